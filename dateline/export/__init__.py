"""Export the merged events of a store: Dateline JSONL, PLOVER-style JSONL, CAMEO TSV, CSV, Parquet.

The columns and keys of each format are listed in docs/store.md.
"""

from __future__ import annotations

import io
from typing import IO, Any, Iterable

from sqlalchemy import Connection, select

from ..errors import UsageError
from ..output import dumps, render
from ..store import schema as S
from ..store.rows import timeline_day

__all__ = ["CAMEO_COLUMNS", "CSV_COLUMNS", "FORMATS", "cameo_rows", "export", "plover_records"]

FORMATS = ("jsonl", "plover", "cameo", "csv", "parquet")

#: GDELT 1.0/2.0 event-table names for the columns Dateline can fill.
CAMEO_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
    "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions",
    "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "SOURCEURL",
)
#: Flat event columns of the CSV and Parquet exports.
CSV_COLUMNS = (
    "id", "date_value", "granularity", "basis", "date_start", "date_end", "type", "mode", "cameo", "contexts", "modality",
    "actor_ids", "actors", "recipient_ids", "recipients", "where", "mentions", "reports", "sources", "confidence",
    "summary",
)


def _quad_class(cameo: str | None) -> int | None:
    """CAMEO root code -> GDELT QuadClass: 1 verbal/2 material cooperation, 3 verbal/4 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _actors(conn: Connection, ids: Iterable[str]) -> dict[str, dict]:
    ids = sorted(set(ids))
    out = {}
    for k in range(0, len(ids), 500):
        for r in conn.execute(select(S.actors).where(S.actors.c.id.in_(ids[k:k + 500]))).mappings():
            out[r["id"]] = dict(r)
    return out


def _actor_code(a: dict | None) -> str:
    """A CAMEO actor code: country then sector (``PRKGOV``), as GDELT writes them."""
    if not a:
        return ""
    return (a.get("country") or "") + (a.get("sector") or "")


def plover_records(conn: Connection, rows: list[dict]) -> Iterable[dict]:
    """PLOVER-style records, shaped like the PLOVER gold-standard records (source/target lists)."""
    people = _actors(conn, [x for r in rows for x in r["actor_ids"] + r["recipient_ids"]])

    def side(ids: list[str]) -> list[dict]:
        return [{"actorText": people.get(i, {}).get("name", i), "code": people.get(i, {}).get("country") or i,
                 "sector": people.get(i, {}).get("sector")} for i in ids]

    for r in rows:
        first = r["mention_list"][0] if r["mention_list"] else {}
        loc = r["location"] or None
        yield {
            "id": r["id"], "date": r["date_value"], "event": r["type"], "mode": r["mode"] or "",
            "context": ", ".join(r.get("contexts") or []),  # the gold records' spelling: "diplomatic, military"
            "source": side(r["actor_ids"]), "target": side(r["recipient_ids"]),
            "eventText": first.get("trigger"), "text": r["summary"],
            "eventLoc": {"name": loc.get("name"), "country code": loc.get("country")} if loc else None,
            "modality": r["modality"], "cameo": r["cameo"], "reports": r["reports"], "sources": r["sources"],
            "urls": sorted({m["url"] for m in r["mention_list"] if m.get("url")}),
        }


def cameo_rows(conn: Connection, rows: list[dict]) -> Iterable[dict]:
    """GDELT-style event rows: first actor and first recipient, CAMEO codes, counts, place, a source URL."""
    people = _actors(conn, [x for r in rows for x in r["actor_ids"][:1] + r["recipient_ids"][:1]])
    for n, r in enumerate(rows, 1):
        a1 = people.get(r["actor_ids"][0]) if r["actor_ids"] else None
        a2 = people.get(r["recipient_ids"][0]) if r["recipient_ids"] else None
        code = r["cameo"] or ""
        loc = r["location"] or {}
        urls = [m["url"] for m in r["mention_list"] if m.get("url")]
        # SQLDATE is one day: the event's first, an undated event's likeliest (not the first of its range)
        yield {
            "GLOBALEVENTID": n, "SQLDATE": timeline_day(r["basis"], r["date_value"], r["date_start"]).replace("-", ""),
            "Actor1Code": _actor_code(a1), "Actor1Name": (a1 or {}).get("name", ""),
            "Actor1CountryCode": (a1 or {}).get("country") or "",
            "Actor2Code": _actor_code(a2), "Actor2Name": (a2 or {}).get("name", ""),
            "Actor2CountryCode": (a2 or {}).get("country") or "",
            "IsRootEvent": 1, "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2],
            "QuadClass": _quad_class(code), "NumMentions": r["mentions"], "NumSources": len(r["sources"]),
            "NumArticles": r["reports"], "ActionGeo_FullName": loc.get("name") or "",
            "ActionGeo_CountryCode": loc.get("country") or "", "ActionGeo_Lat": loc.get("lat"),
            "ActionGeo_Long": loc.get("lon"), "SOURCEURL": min(urls) if urls else "",
        }


def _flat(rows: list[dict]) -> list[dict]:
    return [{c: r.get(c) for c in CSV_COLUMNS} for r in rows]


def export(conn: Connection, fmt: str, out: IO, **filters: Any) -> int:
    """Write the events matching ``filters`` (see ``dateline.query``) to ``out``; returns how many.

    ``out`` is a text stream; ``parquet`` writes bytes (to ``out.buffer`` when given a text stream).
    """
    from .. import query

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    rows = query.events(conn, **filters)
    if fmt in ("jsonl", "plover", "cameo"):
        rows = query.event_details(conn, rows)
    if fmt == "jsonl":
        for r in rows:
            record = {k: v for k, v in r.items() if k not in ("mention_list", "mentions", "reports")}
            record.update(n_mentions=r["mentions"], n_reports=r["reports"], mentions=r["mention_list"])
            out.write(dumps(record) + "\n")
    elif fmt == "plover":
        for rec in plover_records(conn, rows):
            out.write(dumps(rec) + "\n")
    elif fmt == "cameo":
        out.write(render(list(cameo_rows(conn, rows)), "tsv", CAMEO_COLUMNS))
    elif fmt == "csv":
        out.write(render(_flat(rows), "csv", CSV_COLUMNS))
    else:
        _parquet(_flat(rows), out)
    return len(rows)


def _parquet(rows: list[dict], out: IO) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError("Parquet export needs pyarrow: pip install 'dateline[parquet]'") from None
    strings, lists = pa.string(), pa.list_(pa.string())
    types = {c: strings for c in CSV_COLUMNS}
    types.update({c: lists for c in ("contexts", "actor_ids", "actors", "recipient_ids", "recipients", "sources")})
    types.update(mentions=pa.int64(), reports=pa.int64(), confidence=pa.float64())
    schema = pa.schema([(c, types[c]) for c in CSV_COLUMNS])
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buf)
    (out.buffer if isinstance(out, io.TextIOBase) else out).write(buf.getvalue())
