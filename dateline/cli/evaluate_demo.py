"""`dateline evaluate demo`: the bundled demo corpus against its hand-written gold."""

from __future__ import annotations

import pathlib

import typer

from ..output import dumps
from .app import evaluate_app

_ROOT = pathlib.Path(__file__).resolve().parents[2]


@evaluate_app.command("demo")
def evaluate_demo_command(
    gold: pathlib.Path = typer.Option(_ROOT / "tests/gold/demo", help="Folder of gold files (seed format)."),
    scorer: pathlib.Path = typer.Option(_ROOT.parent / "shared/tools/score_events.py", help="The shared scorer."),
    verbose: bool = typer.Option(False, "--verbose", help="Print the scorer's per-event log."),
) -> None:
    """Events, dates and times on the demo corpus, scored by ../shared/tools/score_events.py."""
    from ..evaluate.demo import evaluate_demo

    figures = evaluate_demo(gold, scorer, verbose=verbose)
    for line in figures.pop("log", []):
        typer.echo(line)
    typer.echo(dumps(figures))
