"""`dateline demo`: the main job on the bundled demo corpus: ingest into SQLite, print the timeline."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from .app import app
from .query import emit, output_format


@app.command()
def demo(
    db: Optional[str] = typer.Option("dateline-demo.db", "--db", help="The SQLite store to create or update."),
    silent: bool = typer.Option(False, "--silent", help="No ingest summary on stderr."),
    as_json: bool = typer.Option(False, "--json", help="The timeline as a JSON array."),
    table: bool = typer.Option(False, "--table", "-t", help="The timeline as a table (default on a terminal)."),
) -> None:
    """Ingest the bundled demo corpus into a SQLite store and print its merged timeline.

    Re-running is cheap: articles already in the store are recognised and skipped.
    """
    from ..demo import demo_files
    from ..query import TIMELINE_COLUMNS
    from ..store import Store

    with Store(db) as store:
        report = store.ingest([str(p) for p in demo_files()])
        if not silent:
            print(report.summary(), file=sys.stderr)
            print(f"store: {db}  (try: dateline timeline --db {db} --actor kim-jong-un)", file=sys.stderr)
        rows = store.timeline()
    fmt = output_format(as_json=as_json, nl=False, csv=False, tsv=False, table=table)
    if fmt == "json" and not as_json and not table:
        fmt = "table"  # the demo is for people: a table even when piped, unless --json
    emit(rows, fmt, TIMELINE_COLUMNS)
