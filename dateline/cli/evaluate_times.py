"""`dateline evaluate times PATH...`: TempEval-3 Task A figures for each corpus."""

from __future__ import annotations

import json
import pathlib
from typing import List

import typer

from .app import evaluate_app

_COLUMNS = (
    ("corpus", "corpus", "{}"),
    ("documents", "docs", "{}"),
    ("gold", "gold", "{}"),
    ("predicted", "pred", "{}"),
    ("strict_p", "strict P", "{:.3f}"),
    ("strict_r", "strict R", "{:.3f}"),
    ("strict_f1", "strict F1", "{:.3f}"),
    ("relaxed_p", "relax P", "{:.3f}"),
    ("relaxed_r", "relax R", "{:.3f}"),
    ("relaxed_f1", "relax F1", "{:.3f}"),
    ("value_accuracy", "val acc", "{:.3f}"),
    ("value_f1", "value F1", "{:.3f}"),
    ("type_f1", "type F1", "{:.3f}"),
    ("seconds", "seconds", "{:.1f}"),
)


def format_table(corpora: list[dict]) -> str:
    """One row per corpus, columns aligned."""
    rows = [[label for _, label, _ in _COLUMNS]]
    rows += [[fmt.format(c[key]) for key, _, fmt in _COLUMNS] for c in corpora]
    widths = [max(len(r[i]) for r in rows) for i in range(len(_COLUMNS))]
    return "\n".join(
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths)))
        for r in rows
    )


@evaluate_app.command("times")
def evaluate_times_command(
    paths: List[pathlib.Path] = typer.Argument(..., help="Corpus folders or files (.tml, MEANTIME, WikiWars)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Print every error (VALUE, SPAN, MISS, EXTRA)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
    stage: str = typer.Option(
        "pipeline", "--stage",
        help="pipeline: dateline.extract, as the TE3 scorer runs it; tagger: the time stage with "
        "spaCy parses; heuristics: the time stage alone (tense from text).",
    ),
) -> None:
    """Score Dateline's times on TimeML corpora: strict/relaxed extent, value and type F1."""
    from ..evaluate.timeml import evaluate_times

    result = evaluate_times(paths, verbose=verbose, stage=stage)
    for line in result.get("errors", []):
        typer.echo(line)
    if as_json:
        typer.echo(json.dumps(result["corpora"], indent=1))
    else:
        typer.echo(format_table(result["corpora"]))
