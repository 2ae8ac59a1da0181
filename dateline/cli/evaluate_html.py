"""`dateline evaluate html`: score HTML extraction on zyte-aeb and fundus-en."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from ..evaluate.html import evaluate_html, format_report
from .app import evaluate_app


class Corpus(str, Enum):
    zyte = "zyte"
    fundus = "fundus"
    all = "all"


@evaluate_app.command("html")
def evaluate_html_command(
    corpus: Corpus = typer.Option(Corpus.all, "--corpus", help="Which corpus to score."),
    verbose: bool = typer.Option(False, "--verbose", help="Also list the worst pages and the date misses."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON instead of tables."),
    shared: Path | None = typer.Option(
        None, "--shared", help="The shared/ directory (default: $DATELINE_SHARED, else ../shared)."
    ),
) -> None:
    """Body F1 on zyte-aeb (next to trafilatura 2.0.0), body/title/date on fundus-en."""
    report = evaluate_html(shared, corpus=corpus.value, verbose=verbose)
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report), nl=False)
