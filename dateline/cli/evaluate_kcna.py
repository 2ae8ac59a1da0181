"""`dateline evaluate kcna`: figures on the KCNA 2024 dispatches and a sample of events to mark."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from .app import evaluate_app


@evaluate_app.command("kcna")
def evaluate_kcna_command(
    sample: int = typer.Option(20, "--sample", min=0, help="How many events to draw for marking."),
    seed: int = typer.Option(0, "--seed", help="Seed of the draw (the same seed and pipeline give the same sample)."),
    top: int = typer.Option(15, "--top", min=1, help="Rows of the actor and unresolved-name lists."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N distinct dispatches."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures and the sample as one JSON object."),
    all_modalities: bool = typer.Option(False, "--all-modalities",
                                        help="Sample from every event, not only those a timeline shows."),
    min_confidence: float | None = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0,
        help="Sample only events at least this likely to be right (default: the timeline's threshold; 0: all)."),
    shared: Path | None = typer.Option(
        None, "--shared", help="The shared/ directory (default: $DATELINE_SHARED, else ../shared)."
    ),
) -> None:
    """Run every distinct KCNA dispatch: event types, actors, unresolved names, and a markdown
    table of sampled events with an empty verdict column."""
    from ..evaluate.kcna import evaluate_kcna, format_kcna_report

    report = evaluate_kcna(shared, limit=limit, sample=sample, seed=seed, top=top, all_modalities=all_modalities,
                           min_confidence=min_confidence)
    if as_json:
        typer.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        typer.echo(format_kcna_report(report), nl=False)
