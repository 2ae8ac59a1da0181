"""Queries over a store: timeline, events, actors, sources and full-text search.

Each function takes an open SQLAlchemy connection and keyword filters and returns a list of
plain dicts (rows); the CLI prints them with ``output.render`` and ``dateline.open(db)``
returns them as they are. Filters: ``actor`` (id or any name), ``country`` (ISO alpha-3),
``type`` (PLOVER type), ``since``/``until`` (``2024``, ``2024-06`` or ``2024-06-29``, on the
day the timeline places an event: its first day, or an undated event's likeliest day,
``store.rows.timeline_day``), ``source`` (publisher id or name), ``modality``. Several values of
one filter are alternatives.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, Float, Integer, and_, case, column, func, or_, select, text
from sqlalchemy.sql import Select

from ..actors.gazetteer import norm_name
from ..errors import UsageError
from ..events.confidence import min_confidence as default_min_confidence
from ..events.types import FACTUAL, MODALITIES
from ..output import date_label
from ..store import schema as S

__all__ = [
    "ACTOR_COLUMNS",
    "EVENT_COLUMNS",
    "Filters",
    "SEARCH_COLUMNS",
    "SOURCE_COLUMNS",
    "TIMELINE_COLUMNS",
    "actors",
    "event_details",
    "events",
    "search",
    "sources",
    "timeline",
]

#: The columns a table shows by default (every row has more keys; JSON output carries them all).
TIMELINE_COLUMNS = ("date", "type", "actors", "recipients", "where", "sources", "reports", "summary")
EVENT_COLUMNS = ("id", "date", "type", "modality", "actors", "recipients", "where", "mentions", "reports", "sources")
ACTOR_COLUMNS = ("id", "name", "kind", "country", "sector", "events", "reports")
SOURCE_COLUMNS = ("id", "name", "reports", "copies", "duplicates", "events", "first", "last")
SEARCH_COLUMNS = ("published", "source", "title", "region", "text")

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _many(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(v for v in value if v)


def _bound(value: str | None, *, end: bool) -> str | None:
    """``2024`` -> 2024-01-01 (or -12-31 for an upper bound); a bad date is a usage error."""
    if value is None:
        return None
    m = _ISO.match(value.strip())
    if not m:
        raise UsageError(f"cannot read date {value!r}; use 2024, 2024-06 or 2024-06-29")
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if d:
        return f"{y}-{mo}-{d}"
    if mo:
        last = calendar.monthrange(int(y), int(mo))[1] if 1 <= int(mo) <= 12 else 31
        return f"{y}-{mo}-{last:02d}" if end else f"{y}-{mo}-01"
    return f"{y}-12-31" if end else f"{y}-01-01"


@dataclass(frozen=True)
class Filters:
    """The filters every query understands; build with ``Filters.of(**kwargs)``."""

    actor: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    type: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    source: tuple[str, ...] = ()
    modality: tuple[str, ...] = ()
    context: tuple[str, ...] = ()  # PLOVER contexts: an event with any of them

    @classmethod
    def of(cls, *, actor=None, country=None, type=None, since=None, until=None, source=None,
           modality=None, context=None) -> "Filters":
        mods = _many(modality)
        bad = [m for m in mods if m not in MODALITIES]
        if bad:
            raise UsageError(f"unknown modality {bad[0]!r}; expected one of {', '.join(MODALITIES)}")
        return cls(actor=_many(actor), country=tuple(c.upper() for c in _many(country)),
                   type=tuple(t.upper() for t in _many(type)), since=_bound(since, end=False),
                   until=_bound(until, end=True), source=_many(source), modality=mods,
                   context=_contexts_asked(context))


def _contexts_asked(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """PLOVER context names, repeated or comma-separated; an unknown name is a usage error, not an
    empty answer."""
    from ..events.contexts import context_names

    asked = tuple(dict.fromkeys(c.strip().lower() for v in _many(value) for c in v.split(",") if c.strip()))
    bad = [c for c in asked if c not in context_names()]
    if bad:
        raise UsageError(f"unknown context {bad[0]!r}; expected one of {', '.join(context_names())}")
    return asked


def _actor_ids(conn: Connection, names: Sequence[str]) -> list[str]:
    ids = set()
    for n in names:
        ids |= set(conn.execute(select(S.actors.c.id).where(S.actors.c.id == n)).scalars())
        ids |= set(conn.execute(select(S.aliases.c.actor_id).where(S.aliases.c.norm == norm_name(n))).scalars())
    return sorted(ids)


def _source_ids(conn: Connection, names: Sequence[str]) -> list[str]:
    s = S.sources
    lowered = [n.casefold() for n in names]
    return sorted(conn.execute(select(s.c.id).where(or_(s.c.id.in_(names), func.lower(s.c.name).in_(lowered))))
                  .scalars())


def _day(e: Any) -> Any:
    """The SQL of ``store.rows.timeline_day``: an undated event sits on its likeliest day (``date_value``),
    not on the first day of its range, so it does not jump ahead of the dated events of its days."""
    undated = and_(e.c.basis == "publication", func.length(e.c.date_value) >= 10)
    return case((undated, func.substr(e.c.date_value, 1, 10)), else_=e.c.date_start)


def _event_select(conn: Connection, f: Filters, default_modalities: Sequence[str] | None) -> Select:
    e, ea = S.events, S.event_actors
    q = select(e)
    if f.actor:
        ids = _actor_ids(conn, f.actor)
        inner = select(ea.c.event_id).where(ea.c.actor_id.in_(ids))
        if f.since:
            inner = inner.where(ea.c.date_start >= f.since)
        if f.until:
            inner = inner.where(ea.c.date_start <= f.until)
        q = q.where(e.c.id.in_(inner))
    if f.country:
        a = S.actors
        inner = (select(ea.c.event_id).join(a, a.c.id == ea.c.actor_id)
                 .where(or_(a.c.country.in_(f.country), a.c.id.in_(f.country))))
        q = q.where(e.c.id.in_(inner))
    if f.type:
        q = q.where(e.c.type.in_(f.type))
    day = _day(e)
    if f.since:
        q = q.where(day >= f.since)
    if f.until:
        # an event's first day is on or before the day it is placed on: the date index still narrows the scan
        q = q.where(e.c.date_start <= f.until, day <= f.until)
    if f.source:
        es = S.event_sources
        q = q.where(e.c.id.in_(select(es.c.event_id).where(es.c.source_id.in_(_source_ids(conn, f.source)))))
    if f.context:  # a comma-separated list: the name alone, first, last or between
        q = q.where(or_(*(or_(e.c.contexts == c, e.c.contexts.like(f"{c},%"), e.c.contexts.like(f"%,{c}"),
                              e.c.contexts.like(f"%,{c},%")) for c in f.context)))
    modalities = f.modality or default_modalities
    if modalities:
        q = q.where(e.c.modality.in_(sorted(modalities)))
    # on one day, the events the text dates come before those it does not
    return q.order_by(day, case((e.c.basis == "publication", 1), else_=0), e.c.date_start, e.c.id)


def _participants(conn: Connection, rows: Sequence[Any]) -> tuple[dict, dict]:
    """Per event: {role: [(actor id, name)]}, and the names of its sources.

    The merge writes both into the events row; a store merged before migration 0002 has them
    only in event_actors and event_sources, which are read instead.
    """
    people: dict[str, dict[str, list[tuple[str, str]]]] = {}
    sources: dict[str, list[str]] = {}
    missing = []
    for r in rows:
        if r["participants"] is None or r["source_names"] is None:
            missing.append(r["id"])
            people[r["id"]], sources[r["id"]] = {"actor": [], "recipient": []}, []
            continue
        p = json.loads(r["participants"])
        people[r["id"]] = {role: [tuple(x) for x in p[role]] for role in ("actor", "recipient")}
        sources[r["id"]] = json.loads(r["source_names"])
    ea, a, es, s = S.event_actors, S.actors, S.event_sources, S.sources
    for k in range(0, len(missing), 10000):
        chunk = missing[k:k + 10000]
        for eid, role, aid, name in conn.execute(
                select(ea.c.event_id, ea.c.role, a.c.id, a.c.name).join(a, a.c.id == ea.c.actor_id)
                .where(ea.c.event_id.in_(chunk)).order_by(ea.c.event_id, a.c.name, a.c.id)).all():
            people[eid][role].append((aid, name))
        for eid, name in conn.execute(select(es.c.event_id, s.c.name).join(s, s.c.id == es.c.source_id)
                                      .where(es.c.event_id.in_(chunk)).order_by(es.c.event_id, s.c.name)).all():
            sources[eid].append(name)
    return people, sources


def _where(row: Any) -> str | None:
    if not row["location"]:
        return None
    return json.loads(row["location"]).get("name")


def _contexts(row: Any) -> list[str]:
    return row["contexts"].split(",") if row["contexts"] else []


def _date(row: Any) -> str:
    # as in `dateline extract --format table`: an undated event's range, "?" on a date known only as a bound
    return date_label(row["date_value"], row["basis"], (row["date_start"], row["date_end"]))


def timeline(conn: Connection, *, limit: int | None = None, min_confidence: float | None = None,
             **filters: Any) -> list[dict]:
    """Dated events in order, one row per real event; only asserted and reported ones unless ``modality``.

    Only events whose ``confidence`` (the measured chance of being right, docs/confidence.md) is at
    least ``min_confidence``: by default the threshold of ``events/confidence.yaml``; 0 shows every
    event. An event stored without a confidence is shown.
    """
    q = _event_select(conn, Filters.of(**filters), sorted(FACTUAL))
    floor = default_min_confidence() if min_confidence is None else float(min_confidence)
    if floor > 0:
        c = S.events.c.confidence
        q = q.where(or_(c.is_(None), c >= floor))
    if limit:
        q = q.limit(limit)
    rows = conn.execute(q).mappings().all()
    people, srcs = _participants(conn, rows)
    return [{
        "date": _date(r),
        "type": r["type"],
        "contexts": _contexts(r),
        "actors": [n for _, n in people[r["id"]]["actor"]],
        "recipients": [n for _, n in people[r["id"]]["recipient"]],
        "where": _where(r),
        "sources": srcs[r["id"]],
        "reports": r["n_articles"],
        "summary": r["summary"],
        "id": r["id"],
    } for r in rows]


def events(conn: Connection, *, limit: int | None = None, **filters: Any) -> list[dict]:
    """Every merged event (any modality unless ``modality``), with ids, counts and date details."""
    q = _event_select(conn, Filters.of(**filters), None)
    if limit:
        q = q.limit(limit)
    rows = conn.execute(q).mappings().all()
    people, srcs = _participants(conn, rows)
    return [_event_dict(r, people[r["id"]], srcs[r["id"]]) for r in rows]


def _event_dict(r: Any, people: dict, srcs: list[str]) -> dict:
    return {
        "id": r["id"],
        "date": _date(r),
        "date_value": r["date_value"],
        "granularity": r["granularity"],
        "basis": r["basis"],
        "date_start": r["date_start"],
        "date_end": r["date_end"],
        "type": r["type"],
        "mode": r["mode"],
        "cameo": r["cameo"],
        "contexts": _contexts(r),
        "modality": r["modality"],
        "actors": [n for _, n in people["actor"]],
        "actor_ids": [i for i, _ in people["actor"]],
        "recipients": [n for _, n in people["recipient"]],
        "recipient_ids": [i for i, _ in people["recipient"]],
        "where": _where(r),
        "location": json.loads(r["location"]) if r["location"] else None,
        "mentions": r["n_mentions"],
        "reports": r["n_articles"],
        "sources": srcs,
        "confidence": r["confidence"],
        "summary": r["summary"],
    }


def event_details(conn: Connection, rows: list[dict]) -> list[dict]:
    """``events`` rows with every mention: its report, source, date, attribution and evidence."""
    m, a, s, at = S.mentions, S.articles, S.sources, S.attributions
    ids = [r["id"] for r in rows]
    by_event: dict[str, list[dict]] = {i: [] for i in ids}
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        mrows = conn.execute(
            select(m, a.c.title, a.c.url, a.c.published, a.c.duplicate_of, s.c.id.label("source_id"),
                   s.c.name.label("source"))
            .join(a, a.c.id == m.c.article_id).join(s, s.c.id == a.c.source_id)
            .where(m.c.event_id.in_(chunk)).order_by(m.c.event_id, m.c.id)).mappings().all()
        attribution: dict[str, list[dict]] = {}
        for r in conn.execute(select(at).where(at.c.mention_id.in_([x["id"] for x in mrows]))
                              .order_by(at.c.mention_id, at.c.pos)).mappings():
            attribution.setdefault(r["mention_id"], []).append({"actor": r["actor_id"], "cue": r["cue"],
                                                                "text": r["text"]})
        for r in mrows:
            by_event[r["event_id"]].append({
                "id": r["id"], "article": r["article_id"], "duplicate_of": r["duplicate_of"],
                "title": r["title"], "url": r["url"], "published": r["published"], "source_id": r["source_id"],
                "source": r["source"], "type": r["type"], "modality": r["modality"],
                "date": {"value": r["date_value"], "granularity": r["granularity"], "basis": r["basis"],
                         "interval": [r["date_start"], r["date_end"]]},
                "attribution": attribution.get(r["id"], []), "evidence": json.loads(r["evidence"]),
                "confidence": r["confidence"], "trigger": r["trigger"],
            })
    return [{**r, "mention_list": by_event[r["id"]]} for r in rows]


def actors(conn: Connection, *, limit: int | None = None, **filters: Any) -> list[dict]:
    """Actors with how many events (matching the filters) they take part in, busiest first."""
    f = Filters.of(**filters)
    a, ea = S.actors, S.event_actors
    ev = _event_select(conn, Filters(type=f.type, since=f.since, until=f.until, source=f.source,
                                     modality=f.modality), None).with_only_columns(S.events.c.id, S.events.c.n_articles)
    ev = ev.order_by(None).subquery()
    q = (select(a.c.id, a.c.name, a.c.kind, a.c.country, a.c.sector,
                func.count(func.distinct(ea.c.event_id)).label("events"),
                func.coalesce(func.sum(ev.c.n_articles), 0).label("reports"))
         .join(ea, ea.c.actor_id == a.c.id).join(ev, ev.c.id == ea.c.event_id)
         .group_by(a.c.id, a.c.name, a.c.kind, a.c.country, a.c.sector)
         .order_by(text("events DESC"), a.c.id))
    if f.actor:
        q = q.where(a.c.id.in_(_actor_ids(conn, f.actor)))
    if f.country:
        q = q.where(or_(a.c.country.in_(f.country), a.c.id.in_(f.country)))
    if limit:
        q = q.limit(limit)
    return [dict(r) for r in conn.execute(q).mappings()]


def sources(conn: Connection, *, limit: int | None = None, **filters: Any) -> list[dict]:
    """Publishers: distinct reports, copies and duplicates recognised, events, first and last day."""
    f = Filters.of(**filters)
    s, a, c, es = S.sources, S.articles, S.copies, S.event_sources
    conds = []
    if f.since:
        conds.append(a.c.day >= f.since)
    if f.until:
        conds.append(a.c.day <= f.until)
    art = select(a.c.source_id, func.sum(case((a.c.duplicate_of.is_(None), 1), else_=0)).label("reports"),
                 func.sum(case((a.c.duplicate_of.is_(None), 0), else_=1)).label("near"),
                 func.min(a.c.day).label("first"), func.max(a.c.day).label("last"))
    art = art.where(and_(*conds)) if conds else art
    art = art.group_by(a.c.source_id).subquery()
    cop = select(a.c.source_id, func.count().label("copies")).join(c, c.c.article_id == a.c.id)
    cop = (cop.where(and_(*conds)) if conds else cop).group_by(a.c.source_id).subquery()
    evs = select(es.c.source_id, func.count().label("events")).group_by(es.c.source_id).subquery()
    q = (select(s.c.id, s.c.name, art.c.reports, cop.c.copies, art.c.near, evs.c.events, art.c.first, art.c.last)
         .join(art, art.c.source_id == s.c.id).outerjoin(cop, cop.c.source_id == s.c.id)
         .outerjoin(evs, evs.c.source_id == s.c.id).order_by(art.c.reports.desc(), s.c.id))
    if f.source:
        q = q.where(s.c.id.in_(_source_ids(conn, f.source)))
    if limit:
        q = q.limit(limit)
    out = []
    for r in conn.execute(q).mappings():
        copies = r["copies"] or 0
        stored = (r["reports"] or 0) + (r["near"] or 0)
        out.append({"id": r["id"], "name": r["name"], "reports": r["reports"] or 0, "copies": copies,
                    "duplicates": (r["near"] or 0) + max(copies - stored, 0), "events": r["events"] or 0,
                    "first": r["first"], "last": r["last"]})
    return out


def _fts_query(words: str) -> str:
    terms = re.findall(r"[^\W_][\w'-]*", words)
    if not terms:
        raise UsageError("search needs at least one word")
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def search(conn: Connection, query: str, *, limit: int | None = 20, **filters: Any) -> list[dict]:
    """Sentences and headlines that contain every word of ``query``, best match first."""
    f = Filters.of(**filters)
    st, a, s = S.sentences, S.articles, S.sources
    cols = (a.c.published, s.c.name.label("source"), a.c.title, st.c.region, st.c.text, st.c.article_id,
            st.c.start, st.c.end)
    joined = st.join(a, a.c.id == st.c.article_id).join(s, s.c.id == a.c.source_id)
    if conn.dialect.name == "sqlite":
        fts = (text("SELECT rowid AS id, rank FROM sentences_fts WHERE sentences_fts MATCH :q")
               .bindparams(q=_fts_query(query)).columns(column("id", Integer), column("rank", Float)).subquery())
        q = select(*cols).select_from(joined.join(fts, fts.c.id == st.c.id)).order_by(fts.c.rank, st.c.id)
    else:
        q = select(*cols).select_from(joined)
        for word in re.findall(r"[^\W_][\w'-]*", query):
            q = q.where(st.c.text.ilike(f"%{word}%"))
        q = q.order_by(a.c.day.desc(), st.c.id)
    q = q.where(a.c.duplicate_of.is_(None))
    if f.source:
        q = q.where(s.c.id.in_(_source_ids(conn, f.source)))
    if f.since:
        q = q.where(a.c.day >= f.since)
    if f.until:
        q = q.where(a.c.day <= f.until)
    if limit:
        q = q.limit(limit)
    return [{"published": r["published"], "source": r["source"], "title": r["title"], "region": r["region"],
             "text": r["text"], "article": r["article_id"], "start": r["start"], "end": r["end"]}
            for r in conn.execute(q).mappings()]
