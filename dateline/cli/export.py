"""`dateline export`: the merged events of a store as JSONL, PLOVER JSONL, CAMEO TSV, CSV or Parquet."""

from __future__ import annotations

import sys
from typing import List, Optional

import typer

from .app import app
from .query import ACTOR, CONTEXT, COUNTRY, DB, MODALITY, SINCE, SOURCE, TYPE, UNTIL, db_path


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (Dateline's own), plover, cameo (GDELT-style "
                                                            "TSV), csv or parquet."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file (default stdout)."),
    db: Optional[str] = DB, actor: Optional[List[str]] = ACTOR, country: Optional[List[str]] = COUNTRY,
    type_: Optional[List[str]] = TYPE, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    source: Optional[List[str]] = SOURCE, modality: Optional[List[str]] = MODALITY,
    context: Optional[List[str]] = CONTEXT,
    silent: bool = typer.Option(False, "--silent", help="No closing count on stderr."),
) -> None:
    """Export the merged events (every modality unless --modality) for other tools."""
    from ..export import FORMATS
    from ..store import Store

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    filters = {"actor": actor, "country": country, "type": type_, "since": since, "until": until, "source": source,
               "modality": modality, "context": context}
    filters = {k: v for k, v in filters.items() if v}
    with Store(db_path(db)) as store:
        if output:
            with open(output, "wb" if fmt == "parquet" else "w", encoding=None if fmt == "parquet" else "utf-8",
                      newline="" if fmt in ("csv", "cameo") else None) as out:
                n = store.export(fmt, out, **filters)
        else:
            n = store.export(fmt, sys.stdout, **filters)
    if not silent:
        print(f"dateline: {n} events exported as {fmt}", file=sys.stderr)
