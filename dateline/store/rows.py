"""From one article's JSON output (version 1) to the store's rows, and back to plain values."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from typing import Any, Iterator, Mapping

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite

from ..actors.gazetteer import norm_name
from . import schema as S

__all__ = ["ArticleRows", "article_rows", "date_bounds", "insert_ignore", "now", "source_key", "split_sentences",
           "timeline_day"]

_SENTENCE = re.compile(r"(?<=[.!?])[\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Prof|Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept?|"
                     r"Oct|Nov|Dec|U\.S|U\.N|[A-Z])\.$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def source_key(source_id: str | None, source: str | None) -> tuple[str, str]:
    """(id, name) of the publisher: the gazetteer id when known, else one made from the name."""
    if source_id:
        return source_id, source or source_id
    if source and source.strip():
        slug = "-".join(re.findall(r"[^\W_]+", source.casefold()))
        return f"src:{slug or 'unknown'}", source.strip()
    return "src:unknown", "unknown"


def timeline_day(basis: str, value: str, start: str) -> str:
    """The day a timeline places an event on: its first day, but an undated event (basis
    ``publication``, a range of days before its report) its likeliest day, ``value``: placed on the
    range's first day it would jump ahead of the dated events of the days it may fall on."""
    if basis == "publication" and _DAY.match(value or ""):
        return value[:10]
    return start


def date_bounds(date: Mapping[str, Any], day: str) -> tuple[str, str]:
    """First and last day an event date covers (its interval, else read from its value)."""
    interval = date.get("interval")
    if interval and interval[0] and interval[1]:
        return interval[0][:10], interval[1][:10]
    value = date.get("value") or ""
    if _DAY.match(value):
        return value[:10], value[:10]
    m = _MONTH.match(value)
    if m:
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    m = _YEAR.match(value)
    if m:
        return f"{m[1]}-01-01", f"{m[1]}-12-31"
    return day, day


def split_sentences(text: str, start: int, region: str) -> Iterator[dict]:
    """Sentences of one paragraph with offsets into the article text (a light rule splitter for search)."""
    pos = 0
    for m in _SENTENCE.finditer(text):
        if _ABBREV.search(text[max(0, m.start() - 6):m.start()]):
            continue
        piece = text[pos:m.end()].rstrip()
        if piece:
            yield {"start": start + pos, "end": start + pos + len(piece), "region": region, "text": piece}
        pos = m.end()
    piece = text[pos:].rstrip()
    if piece.strip():
        yield {"start": start + pos, "end": start + pos + len(piece), "region": region, "text": piece}


def _paragraph_sentences(article: Mapping[str, Any]) -> Iterator[dict]:
    text = article["text"]
    captions = {(c["start"], c["end"]) for c in article.get("captions") or []}
    title = " ".join((article.get("title") or "").split())
    pos = 0
    first = True
    for para in text.split("\n\n"):
        start, end = pos, pos + len(para)
        pos = end + 2
        if not para.strip():
            continue
        if first and title and " ".join(para.split()) == title:
            region = "title"
        elif (start, end) in captions:
            region = "caption"
        else:
            region = "body"
        first = False
        if region == "title":
            yield {"start": start, "end": end, "region": region, "text": para}
        else:
            yield from split_sentences(para, start, region)


class ArticleRows:
    """Every row one article adds, table by table."""

    def __init__(self) -> None:
        self.rows: dict[Table, list[dict]] = {}

    def add(self, table: Table, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)

    def get(self, table: Table) -> list[dict]:
        return self.rows.get(table, [])


def article_rows(result: Mapping[str, Any], *, ingested_at: str) -> ArticleRows:
    """The rows of one extraction result (``ArticleResult.to_dict()``)."""
    out = ArticleRows()
    art = result["article"]
    aid = art["id"]
    sid, sname = source_key(art.get("source_id"), art.get("source"))
    day = (art.get("published") or "")[:10]
    out.add(S.sources, {"id": sid, "name": sname})
    out.add(S.articles, {
        "id": aid, "title": art.get("title"), "source_id": sid, "published": art.get("published"), "day": day,
        "published_basis": art.get("published_basis"), "byline": art.get("byline"), "url": art.get("url"),
        "dateline_place": art.get("dateline_place"), "text": art["text"], "duplicate_of": None,
        "ingested_at": ingested_at, "result": json.dumps(result, ensure_ascii=False, separators=(",", ":")),
    })
    for s in _paragraph_sentences(art):
        out.add(S.sentences, {"article_id": aid, **s})
    for t in result.get("times", []):
        iv = t.get("interval") or [None, None]
        out.add(S.times, {
            "article_id": aid, "tid": t["id"], "text": t["text"], "start": t["start"], "end": t["end"],
            "type": t["type"], "value": t["value"], "granularity": t.get("granularity"), "anchor": t.get("anchor"),
            "relative": bool(t.get("relative")), "interval_start": iv[0], "interval_end": iv[1], "mod": t.get("mod"),
        })
    known = set()
    for a in result.get("actors", []):
        known.add(a["id"])
        out.add(S.actors, {"id": a["id"], "name": a["name"], "kind": a["kind"], "country": a.get("country"),
                           "sector": a.get("sector"), "known": bool(a.get("known"))})
        names = {a["name"], *a.get("aliases", ()),
                 *(m["text"] for m in a.get("mentions", ()) if m.get("how") in ("name", "short"))}
        for n in sorted(names):
            if norm_name(n):
                out.add(S.aliases, {"norm": norm_name(n), "actor_id": a["id"], "alias": n})
    for e in result.get("events", []):
        mid = f"{aid}:{e['id']}"
        start, end = date_bounds(e["date"], day)
        loc = e.get("location")
        out.add(S.mentions, {
            "id": mid, "article_id": aid, "eid": e["id"], "type": e["type"], "mode": e.get("mode"),
            "cameo": e.get("cameo"), "modality": e["modality"], "date_value": e["date"]["value"],
            "granularity": e["date"].get("granularity"), "basis": e["date"]["basis"], "date_start": start,
            "date_end": end, "location": json.dumps(loc, ensure_ascii=False) if loc else None,
            "location_country": (loc or {}).get("country"), "confidence": e.get("confidence"),
            "contexts": ",".join(e.get("contexts") or []) or None,
            "trigger": e.get("trigger"), "evidence": json.dumps(e.get("evidence", []), ensure_ascii=False),
            "event_id": None,
        })
        for role, ids in (("actor", e.get("actors", [])), ("recipient", e.get("recipients", []))):
            for x in dict.fromkeys(ids):
                if x not in known:
                    known.add(x)
                    out.add(S.actors, {"id": x, "name": x, "kind": "group", "country": None, "sector": None,
                                       "known": False})
                out.add(S.mention_actors, {"mention_id": mid, "actor_id": x, "role": role})
        for pos, at in enumerate(e.get("attribution", [])):
            actor = at.get("actor")
            if actor and actor not in known:
                known.add(actor)
                out.add(S.actors, {"id": actor, "name": at.get("text") or actor, "kind": "organisation",
                                   "country": None, "sector": None, "known": False})
            out.add(S.attributions, {"mention_id": mid, "pos": pos, "actor_id": actor, "cue": at["cue"],
                                     "text": at.get("text")})
    return out


def insert_ignore(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert rows, skipping those whose key is already stored (SQLite and PostgreSQL)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        stmt = postgresql.insert(table).on_conflict_do_nothing()
    else:
        stmt = sqlite.insert(table).on_conflict_do_nothing()
    conn.execute(stmt, rows)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
