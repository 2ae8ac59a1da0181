"""`dateline demo`: run the main job on the bundled demo corpus and print its timeline."""

from __future__ import annotations

import sys

import typer

from ..errors import InputError
from ..ingest.files import iter_paths
from ..output import event_rows, render_table
from .app import app


@app.command()
def demo() -> None:
    """Extract every article of the bundled demo corpus and print the timeline of its events."""
    from ..demo import demo_files
    from ..events.types import FACTUAL
    from ..pipeline import Context, process_item

    ctx = Context.load()
    rows = []
    for item in iter_paths([str(p) for p in demo_files()]):
        try:
            if item.error is not None:
                raise item.error
            result = process_item(item.payload, ctx).to_dict()
        except InputError as exc:
            print(f"dateline: {item.name}: {exc}", file=sys.stderr)
            continue
        for row, event in zip(event_rows(result), result["events"]):
            if event["modality"] in FACTUAL:
                rows.append(row)
    rows.sort(key=lambda r: r["date"])
    sys.stdout.write(render_table(rows, ["date", "type", "actors", "recipients", "where", "source"]))
