"""The typer applications that command modules register on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="dateline",
    help="Dated, sourced, de-duplicated timelines of events from news reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
evaluate_app = typer.Typer(
    help="Score Dateline against gold data (../shared/data) and print the figures.",
    no_args_is_help=True,
)
app.add_typer(evaluate_app, name="evaluate")
