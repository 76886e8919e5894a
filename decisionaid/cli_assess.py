"""`decisionaid` subcommand module (filled in by its issue)."""
