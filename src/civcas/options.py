"""Command-line options every `civcas` command shares (the main CLI, `gazetteer`, `serve`, `user`)."""

from typing import Annotated

import typer

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="CIVCAS_DB", help="Database: a SQLite file path or URL, or postgresql://… (default: civcas.db in this directory)"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table (for pipes and scripts).")]
