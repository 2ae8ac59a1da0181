"""One place that turns rows into text: JSON, NDJSON, CSV, TSV or a table for people."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable, Mapping, Sequence

__all__ = ["FORMATS", "date_label", "dumps", "render", "render_table"]

FORMATS = ("table", "json", "nl", "csv", "tsv")


def dumps(obj: Any, *, pretty: bool = False) -> str:
    """JSON the way Dateline prints it: UTF-8 text, stable key order, no NaN."""
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None, allow_nan=False, default=str)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return dumps(value)
    return str(value)


def render_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None,
                 *, max_width: int = 48) -> str:
    """A plain fixed-width table with a header row; long cells are cut with an ellipsis."""
    if not rows:
        return "(no rows)\n"
    columns = list(columns or rows[0].keys())
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in cells]
    widths = [max(len(h), *(len(row[k]) for row in cells)) for k, h in enumerate(columns)]
    lines = ["  ".join(h.upper().ljust(w) for h, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


def render(rows: Iterable[Mapping[str, Any]], fmt: str = "json", columns: Sequence[str] | None = None,
           *, pretty: bool = False) -> str:
    """Rows in one of ``FORMATS``; every printing command and the HTTP layer use this."""
    rows = list(rows)
    if fmt == "json":
        return dumps(rows, pretty=pretty) + "\n"
    if fmt == "nl":
        return "".join(dumps(r) + "\n" for r in rows)
    if fmt in ("csv", "tsv"):
        columns = list(columns or (rows[0].keys() if rows else []))
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r.get(c)) for c in columns])
        return buf.getvalue()
    if fmt == "table":
        return render_table(rows, columns)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def date_label(value: str, basis: str, interval: Sequence[str] | None = None) -> str:
    """An event date for people: the day when the text dates it; else what is known.

    An undated event (basis ``publication``) shows its range of possible days as an ISO 8601
    interval (``2024-07-13/2024-07-20``), not a day the text never gives; a date known only as "on
    or before the report" (basis ``report``) ends in ``?``.
    """
    if basis in ("time_expression", "coordination"):
        return value
    if basis in ("publication", "narrative") and interval and interval[0] and interval[1] \
            and interval[0][:10] != interval[1][:10]:  # a story told over a range of days: the range
        return f"{interval[0][:10]}/{interval[1][:10]}"
    return value + "?"


def event_rows(result: Mapping[str, Any], *, all_modalities: bool = True) -> list[dict[str, Any]]:
    """One readable row per event of an extraction result, actor ids turned into names."""
    names = {a["id"]: a["name"] for a in result.get("actors", [])}
    rows = []
    for e in result.get("events", []):
        sources = [names.get(a["actor"], a.get("text") or "?") for a in e["attribution"]]
        rows.append({
            "date": date_label(e["date"]["value"], e["date"]["basis"], e["date"].get("interval")),
            "type": e["type"],
            "modality": e["modality"],
            "actors": [names.get(a, a) for a in e["actors"]],
            "recipients": [names.get(a, a) for a in e["recipients"]],
            "where": (e.get("location") or {}).get("name"),
            "source": " < ".join(dict.fromkeys(sources)),
        })
    return rows


def article_summary(result: Mapping[str, Any]) -> str:
    """The ``--format table`` view of one extraction: headline, source, then its events."""
    art = result["article"]
    head = art.get("title") or "(untitled)"
    meta = " · ".join(x for x in (art.get("source"), art.get("published"), art.get("dateline_place")) if x)
    body = render_table(event_rows(result), ["date", "type", "modality", "actors", "recipients", "where", "source"])
    return f"{head}\n{meta}\n\n{body}"
