"""`dateline evaluate plover`: event type, actor and CAMEO figures on the PLOVER gold sentences."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from .app import evaluate_app


class Split(str, Enum):
    dev = "dev"
    test = "test"
    all = "all"


@evaluate_app.command("plover")
def evaluate_plover_command(
    split: Split = typer.Option(Split.dev, "--split", help="dev (tune here), test, or all (dev, test, both)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also list every sentence with an error."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Score only the first N sentences of the split."),
    shared: Path | None = typer.Option(
        None, "--shared", help="The shared/ directory (default: $DATELINE_SHARED, else ../shared)."
    ),
) -> None:
    """Score events on the 322 PLOVER GSR01 sentences: type accuracy and macro-F1, actors, CAMEO root.

    Per-type scores, the confusion table and the error list cover one split: the one named, or
    dev under --split all, so test errors are shown only when asked for by name.
    """
    from ..evaluate.plover import evaluate_plover, format_report

    report = evaluate_plover(shared, split=split.value, limit=limit, verbose=verbose)
    if as_json:
        typer.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        typer.echo(format_report(report), nl=False)
