"""Subcommands beyond `schema`; each registers itself with cli.command."""

from __future__ import annotations
