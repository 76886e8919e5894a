"""Subcommands beyond `schema`; each module registers itself with cli.command on import."""

from __future__ import annotations

from . import cli_assess, cli_euroscore, cli_report  # noqa: F401
