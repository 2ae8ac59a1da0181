"""`dateline ingest`: files, folders, feeds, WARC files or NDJSON on stdin into a store."""

from __future__ import annotations

import sys
import time
from typing import List, Optional

import typer

from ..output import dumps
from .app import app
from .query import DB, db_path


class _Progress:
    """A one-line counter on stderr, redrawn at most five times a second (only on a terminal)."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, report) -> None:
        t = time.monotonic()
        if t - self.last < 0.2:
            return
        self.last = t
        sys.stderr.write(f"\r{report.read} read, {report.new} new, {report.duplicate} duplicate, "
                         f"{report.rejected} rejected")
        sys.stderr.flush()

    def close(self) -> None:
        if self.last:
            sys.stderr.write("\r\033[K")


@app.command()
def ingest(
    inputs: List[str] = typer.Argument(..., help="Files or folders (text, HTML, JSON/JSONL records, RSS/Atom, "
                                                 "WARC); - reads NDJSON records from stdin."),
    db: Optional[str] = DB,
    field: Optional[List[str]] = typer.Option(None, "--field", help="Map a record field: NAME=KEY, e.g. "
                                                                      "text=story_text (repeatable)."),
    published: Optional[str] = typer.Option(None, help="Publication time for every input (ISO 8601)."),
    source: Optional[str] = typer.Option(None, help="Publisher for every input (Yonhap, KCNA ...)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes that run the NLP (one model each)."),
    batch_size: int = typer.Option(20, "--batch-size", min=1, help="Articles per committed batch (per worker)."),
    silent: bool = typer.Option(False, "--silent", help="No progress, no per-item errors, no summary."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
) -> None:
    """Read reports into the store, skip what it already holds, merge events across reports.

    Re-running the same input changes nothing; an interrupted run resumes where it stopped.
    Bad items are reported on stderr (one coded line each) and skipped; the exit status is 1
    if any item was rejected.
    """
    from ..ingest.sources import parse_fields
    from ..store import Store

    fields = parse_fields(field or [])
    progress = _Progress() if (sys.stderr.isatty() and not silent) else None
    with Store(db_path(db)) as store:
        report = store.ingest(inputs, fields=fields, workers=workers, batch_size=batch_size,
                              stdin=sys.stdin.buffer, progress=progress, published=published, source=source)
    if progress is not None:
        progress.close()
    if not silent:
        for name, exc in report.errors:
            print(f"dateline: {name}: {exc}", file=sys.stderr)
        print(f"dateline: {report.summary()}", file=sys.stderr)
    if as_json:
        sys.stdout.write(dumps(report.to_dict()) + "\n")
    if report.rejected:
        raise typer.Exit(1)
