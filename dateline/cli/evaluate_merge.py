"""`dateline evaluate merge`: cross-article merge figures on BASIL (100 stories x 3 outlets)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .app import evaluate_app


@evaluate_app.command("merge")
def evaluate_merge_command(
    shared: Optional[Path] = typer.Option(None, "--shared", help="The shared/ directory (default: "
                                                                 "$DATELINE_SHARED, else ../shared)."),
    db: Optional[str] = typer.Option(None, "--db", help="Keep the store here instead of a temporary file."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes that run the NLP."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    errors: Optional[str] = typer.Option(None, "--errors", help="List one half's errors (dev: stories of even "
                                                                "years, the half thresholds are chosen on)."),
) -> None:
    """Ingest BASIL, merge events across reports, score articles grouped through shared events.

    Exits 1 when pairwise F1 is under its floor or too many merged events span different stories.
    """
    from ..evaluate.merge import evaluate_merge, format_errors, format_report

    if errors not in (None, "dev", "test"):
        raise typer.BadParameter("--errors takes dev or test", param_hint="--errors")
    figures = evaluate_merge(shared, db=db, workers=workers, errors=errors)
    typer.echo(json.dumps(figures, indent=2) if as_json else format_report(figures), nl=as_json)
    if errors and not as_json:
        typer.echo(format_errors(figures["errors"], errors), nl=False)
    if not figures["passed"]:
        raise typer.Exit(1)
