"""What every `civcas` command shares (the main CLI, `gazetteer`, `serve`, `user`): options, consoles, errors."""

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="CIVCAS_DB", help="Database: a SQLite file path or URL, or postgresql://… (default: civcas.db in this directory)"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table (for pipes and scripts).")]

# Piped output is read by people in pagers and logs: give tables room instead of rich's 80 columns.
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 160)


def fail(message: str) -> typer.Exit:
    """Print `error: message` on stderr, unwrapped so that it greps, and return the exit to raise.

    The message is escaped: it often quotes a path or a document, which may hold rich markup.
    """
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(1)
