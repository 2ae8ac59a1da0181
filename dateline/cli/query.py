"""`dateline timeline|events|actors|sources|search`: ask a store, print rows in one shared set of formats."""

from __future__ import annotations

import os
import sys
from typing import Any, List, Optional, Sequence

import typer

from ..output import render
from .app import app

__all__ = ["db_path", "emit", "output_format"]

DB = typer.Option(None, "--db", help="The store (SQLite file or database URL); default $DATELINE_DB or dateline.db.")
ACTOR = typer.Option(None, "--actor", help="Actor id or name (repeatable).")
COUNTRY = typer.Option(None, "--country", help="ISO 3166 alpha-3 country of a participant (repeatable).")
TYPE = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT (repeatable).")
SINCE = typer.Option(None, "--since", help="First day: 2024, 2024-06 or 2024-06-29.")
UNTIL = typer.Option(None, "--until", help="Last day: 2024, 2024-06 or 2024-06-29.")
SOURCE = typer.Option(None, "--source", help="Publisher id or name (repeatable).")
MODALITY = typer.Option(None, "--modality", help="asserted, reported, expected, ... (repeatable).")
CONTEXT = typer.Option(None, "--context", help="PLOVER context, e.g. military, diplomatic, economic (repeatable).")
LIMIT = typer.Option(None, "--limit", help="At most this many rows.")
JSON = typer.Option(False, "--json", help="A JSON array (the default when stdout is not a terminal).")
NL = typer.Option(False, "--nl", help="Newline-delimited JSON, one row per line.")
CSV = typer.Option(False, "--csv", help="CSV with a header row.")
TSV = typer.Option(False, "--tsv", help="Tab-separated values with a header row.")
TABLE = typer.Option(False, "--table", "-t", help="A table for people (the default on a terminal).")


def db_path(db: Optional[str]) -> str:
    """The store a command uses: --db, else $DATELINE_DB, else ./dateline.db."""
    from ..store import DEFAULT_DB

    return db or os.environ.get("DATELINE_DB") or DEFAULT_DB


def output_format(*, as_json: bool, nl: bool, csv: bool, tsv: bool, table: bool) -> str:
    """The one format the flags ask for; none given: a table on a terminal, JSON otherwise."""
    chosen = [name for name, on in (("json", as_json), ("nl", nl), ("csv", csv), ("tsv", tsv), ("table", table))
              if on]
    if len(chosen) > 1:
        raise typer.BadParameter(f"choose one output format, not {' and '.join('--' + c for c in chosen)}")
    if chosen:
        return chosen[0]
    return "table" if sys.stdout.isatty() else "json"


def emit(rows: list[dict], fmt: str, columns: Sequence[str]) -> None:
    """Print rows; tables and CSV show ``columns``, JSON carries every key."""
    cols = list(columns) if fmt in ("table", "csv", "tsv") else None
    sys.stdout.write(render(rows, fmt, cols))


def _run(method: str, columns: Sequence[str], db: Optional[str], fmt: str, *args: Any, **filters: Any) -> None:
    from ..store import Store

    with Store(db_path(db)) as store:
        rows = getattr(store, method)(*args, **{k: v for k, v in filters.items() if v not in (None, [], ())})
    emit(rows, fmt, columns)


def _filters(actor, country, type_, since, until, source, modality, limit, context=None) -> dict:
    return {"actor": actor, "country": country, "type": type_, "since": since, "until": until, "source": source,
            "modality": modality, "limit": limit, "context": context}


@app.command()
def timeline(
    db: Optional[str] = DB, actor: Optional[List[str]] = ACTOR, country: Optional[List[str]] = COUNTRY,
    type_: Optional[List[str]] = TYPE, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    source: Optional[List[str]] = SOURCE, modality: Optional[List[str]] = MODALITY, limit: Optional[int] = LIMIT,
    context: Optional[List[str]] = CONTEXT,
    min_confidence: Optional[float] = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0,
        help="Hide events less likely than this to be right (default: the fitted threshold, docs/confidence.md)."),
    show_all: bool = typer.Option(False, "--all", help="Show every event, whatever its confidence (--min-confidence 0)."),
    as_json: bool = JSON, nl: bool = NL, csv: bool = CSV, tsv: bool = TSV, table: bool = TABLE,
) -> None:
    """The timeline: one row per real event, in date order (asserted and reported events unless --modality),
    without the events Dateline is not sure of (below --min-confidence) unless --all."""
    from ..query import TIMELINE_COLUMNS

    fmt = output_format(as_json=as_json, nl=nl, csv=csv, tsv=tsv, table=table)
    if show_all and min_confidence not in (None, 0.0):
        raise typer.BadParameter("--all shows every event; do not give --min-confidence with it")
    _run("timeline", TIMELINE_COLUMNS, db, fmt, min_confidence=0.0 if show_all else min_confidence,
         **_filters(actor, country, type_, since, until, source, modality, limit, context))


@app.command()
def events(
    db: Optional[str] = DB, actor: Optional[List[str]] = ACTOR, country: Optional[List[str]] = COUNTRY,
    type_: Optional[List[str]] = TYPE, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    source: Optional[List[str]] = SOURCE, modality: Optional[List[str]] = MODALITY, limit: Optional[int] = LIMIT,
    context: Optional[List[str]] = CONTEXT,
    mentions: bool = typer.Option(False, "--mentions", help="Add every mention with its evidence (JSON output)."),
    as_json: bool = JSON, nl: bool = NL, csv: bool = CSV, tsv: bool = TSV, table: bool = TABLE,
) -> None:
    """Every merged event with its id, modality, counts of mentions, reports and sources."""
    from ..query import EVENT_COLUMNS

    fmt = output_format(as_json=as_json, nl=nl, csv=csv, tsv=tsv, table=table)
    _run("events", EVENT_COLUMNS, db, fmt, mentions=mentions,
         **_filters(actor, country, type_, since, until, source, modality, limit, context))


@app.command()
def actors(
    db: Optional[str] = DB, actor: Optional[List[str]] = ACTOR, country: Optional[List[str]] = COUNTRY,
    type_: Optional[List[str]] = TYPE, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    source: Optional[List[str]] = SOURCE, modality: Optional[List[str]] = MODALITY, limit: Optional[int] = LIMIT,
    context: Optional[List[str]] = CONTEXT,
    as_json: bool = JSON, nl: bool = NL, csv: bool = CSV, tsv: bool = TSV, table: bool = TABLE,
) -> None:
    """Actors and how many events (matching the filters) they take part in, busiest first."""
    from ..query import ACTOR_COLUMNS

    fmt = output_format(as_json=as_json, nl=nl, csv=csv, tsv=tsv, table=table)
    _run("actors", ACTOR_COLUMNS, db, fmt, **_filters(actor, country, type_, since, until, source, modality, limit,
                                                      context))


@app.command()
def sources(
    db: Optional[str] = DB, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    source: Optional[List[str]] = SOURCE, limit: Optional[int] = LIMIT,
    as_json: bool = JSON, nl: bool = NL, csv: bool = CSV, tsv: bool = TSV, table: bool = TABLE,
) -> None:
    """Publishers: distinct reports, copies and duplicates recognised, events, first and last day."""
    from ..query import SOURCE_COLUMNS

    fmt = output_format(as_json=as_json, nl=nl, csv=csv, tsv=tsv, table=table)
    _run("sources", SOURCE_COLUMNS, db, fmt, since=since, until=until, source=source, limit=limit)


@app.command()
def search(
    words: str = typer.Argument(..., help="Words every sentence found must contain."),
    db: Optional[str] = DB, since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    source: Optional[List[str]] = SOURCE, limit: int = typer.Option(20, "--limit", help="At most this many rows."),
    as_json: bool = JSON, nl: bool = NL, csv: bool = CSV, tsv: bool = TSV, table: bool = TABLE,
) -> None:
    """Full-text search over the sentences and headlines of stored reports (duplicates left out)."""
    from ..query import SEARCH_COLUMNS

    fmt = output_format(as_json=as_json, nl=nl, csv=csv, tsv=tsv, table=table)
    _run("search", SEARCH_COLUMNS, db, fmt, words, since=since, until=until, source=source, limit=limit)

