"""Re-running the cross-article merge over every stored mention and rewriting the events tables."""

from __future__ import annotations

import collections
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update

from ..events.contexts import most_contexts
from ..events.types import MODALITIES
from ..merge import MentionRecord, MergeConfig, date_window, duplicate_groups, merge_mentions, terms
from ..merge.events import report_words
from ..merge.events import EXPLICIT
from . import schema as S
from .rows import timeline_day

__all__ = ["MergeReport", "remerge"]

_GRANULARITY = ("second", "minute", "hour", "day", "week", "month", "quarter", "season", "half", "year", "decade",
                "century")


@dataclass(frozen=True)
class MergeReport:
    """What one merge produced."""

    mentions: int
    events: int
    merged: int  # events told by more than one report
    duplicate_articles: int

    def to_dict(self) -> dict:
        return {"mentions": self.mentions, "events": self.events, "merged": self.merged,
                "duplicate_articles": self.duplicate_articles}


def _regroup(conn: Connection) -> dict[str, str]:
    ids = list(conn.execute(select(S.articles.c.id, S.articles.c.duplicate_of)))
    pairs = list(conn.execute(select(S.near_duplicates.c.a, S.near_duplicates.c.b)))
    groups = duplicate_groups((i for i, _ in ids), pairs)
    changed = [{"k": i, "v": (groups[i] if groups[i] != i else None)} for i, old in ids
               if (groups[i] if groups[i] != i else None) != old]
    if changed:
        conn.execute(update(S.articles).where(S.articles.c.id == bindparam("k")).values(duplicate_of=bindparam("v")),
                     changed)
    return groups


def documents(conn: Connection, config: MergeConfig = MergeConfig()) -> dict[str, collections.Counter]:
    """Each stored report's headline and lede content-word counts, for report similarity."""
    return {i: report_words(title, text, config)
            for i, title, text in conn.execute(select(S.articles.c.id, S.articles.c.title, S.articles.c.text))}


def _load(conn: Connection, groups: dict[str, str], config: MergeConfig) -> tuple[list[MentionRecord], dict]:
    m, a = S.mentions, S.articles
    rows = conn.execute(
        select(m.c.id, m.c.article_id, m.c.type, m.c.mode, m.c.cameo, m.c.modality, m.c.date_value, m.c.granularity,
               m.c.basis, m.c.date_start, m.c.date_end, m.c.location, m.c.location_country, m.c.confidence,
               m.c.contexts, m.c.evidence, m.c.event_id, a.c.source_id, a.c.day)
        .join(a, a.c.id == m.c.article_id)
    ).mappings().all()
    roles: dict[str, dict[str, set[str]]] = collections.defaultdict(lambda: {"actor": set(), "recipient": set()})
    for mid, actor, role in conn.execute(select(S.mention_actors.c.mention_id, S.mention_actors.c.actor_id,
                                                S.mention_actors.c.role)):
        roles[mid][role].add(actor)
    records, full = [], {}
    for r in rows:
        evidence = json.loads(r["evidence"])
        start, end = date_window(r["date_start"], r["date_end"], r["basis"], r["day"], config)
        rec = MentionRecord(
            key=r["id"], article=r["article_id"], source=r["source_id"], type=r["type"], modality=r["modality"],
            actors=frozenset(roles[r["id"]]["actor"]), recipients=frozenset(roles[r["id"]]["recipient"]),
            start=start, end=end, explicit=r["basis"] in EXPLICIT, group=groups.get(r["article_id"], ""),
            country=r["location_country"], terms=terms(x["text"] for x in evidence),
            published=dt.date.fromisoformat(r["day"][:10]) if r["day"] else None,
        )
        records.append(rec)
        full[r["id"]] = {**r, "evidence": evidence}
    return records, full


def _contexts(rows: list[Any], lead: Any) -> str | None:
    """The merged event's PLOVER contexts: those most of its mentions give (at most ``most``), ties in
    the order the lead mention gives them."""
    told = collections.Counter(c for r in rows for c in (r["contexts"] or "").split(",") if c)
    first = [c for c in (lead["contexts"] or "").split(",") if c]
    ranked = sorted(told, key=lambda c: (-told[c], first.index(c) if c in first else len(first), c))
    return ",".join(ranked[:most_contexts()]) or None


def _most_common(values: list[Any], order: tuple[str, ...] = ()) -> Any:
    values = [v for v in values if v is not None]
    if not values:
        return None
    counts = collections.Counter(values)
    rank = {v: i for i, v in enumerate(order)}
    return min(counts, key=lambda v: (-counts[v], rank.get(v, len(rank)), str(v)))


def _undated_start(best: dict, rows: list[dict]) -> str:
    """The first day of a merged event's date: an undated event (basis ``publication``) may only
    fall on days every report's range allows, so the latest first day of their ranges, as long as
    it does not pass the event's likeliest day (reports a week apart: keep the earliest's range)."""
    if best["basis"] != "publication":
        return best["date_start"]
    day = timeline_day(best["basis"], best["date_value"], best["date_start"])
    starts = [r["date_start"] for r in rows if r["basis"] == "publication" and r["date_start"] <= day]
    return max(starts + [best["date_start"]])


def _event_row(eid: str, members: list[MentionRecord], full: dict,
               names: dict[str, dict[str, str]]) -> tuple[dict, list[dict], list[dict]]:
    rows = [full[m.key] for m in members]
    explicit = [r for r in rows if r["basis"] in EXPLICIT]
    if explicit:
        # the most precise explicit date; ties go to the earliest, then to the smallest key
        best = min(explicit, key=lambda r: (r["date_end"] > r["date_start"],
                                            _GRANULARITY.index(r["granularity"]) if r["granularity"] in _GRANULARITY
                                            else len(_GRANULARITY), r["date_start"], r["id"]))
    else:
        # only upper bounds: the earliest report bounds the event best (then its likeliest day)
        best = min(rows, key=lambda r: (r["date_end"], timeline_day(r["basis"], r["date_value"], r["date_start"]),
                                        r["id"]))
    start = _undated_start(best, rows)
    locations = [r["location"] for r in rows if r["location"]]
    headline = [r for r in rows if any(x.get("region") == "title" for x in r["evidence"])]
    lead = min(headline or rows, key=lambda r: (-(r["confidence"] or 0), r["id"]))
    reports = {m.report for m in members}
    sources = sorted({m.source for m in members})
    actors = sorted(set().union(*(m.actors for m in members)))
    recipients = sorted(set().union(*(m.recipients for m in members)) - set(actors))
    event = {
        "id": eid,
        # outlets word one act differently; the most told type wins, a plain STATEMENT last
        "type": min(collections.Counter(m.type for m in members).items(),
                    key=lambda kv: (-kv[1], kv[0] == "STATEMENT", kv[0]))[0],
        "mode": _most_common([r["mode"] for r in rows]),
        "cameo": _most_common([r["cameo"] for r in rows]),
        "modality": _most_common([r["modality"] for r in rows], MODALITIES),
        "date_value": best["date_value"],
        "granularity": best["granularity"],
        "basis": best["basis"],
        "date_start": start,
        "date_end": best["date_end"],
        "location": _most_common(locations),
        "location_country": _most_common([r["location_country"] for r in rows]),
        # none known (mentions stored before confidences were measured): unknown, not 0
        "confidence": max((r["confidence"] for r in rows if r["confidence"] is not None), default=None),
        "contexts": _contexts(rows, lead),
        "summary": lead["evidence"][0]["text"] if lead["evidence"] else None,
        "n_mentions": len(rows),
        "n_articles": len(reports),
        "n_sources": len(sources),
        "participants": json.dumps({role: sorted(([i, names["actor"].get(i, i)] for i in ids), key=lambda x: (x[1], x[0]))
                                    for role, ids in (("actor", actors), ("recipient", recipients))},
                                   ensure_ascii=False),
        "source_names": json.dumps(sorted(names["source"].get(s, s) for s in sources), ensure_ascii=False),
    }
    # the actor index carries the day the timeline places the event on (its filters and order use it)
    day = timeline_day(event["basis"], event["date_value"], event["date_start"])
    people = [{"event_id": eid, "actor_id": x, "role": "actor", "date_start": day} for x in actors]
    people += [{"event_id": eid, "actor_id": x, "role": "recipient", "date_start": day} for x in recipients]
    return event, people, [{"event_id": eid, "source_id": s} for s in sources]


def remerge(conn: Connection, config: MergeConfig = MergeConfig()) -> MergeReport:
    """Group near-duplicate reports, merge every mention into events and rewrite the events tables."""
    groups = _regroup(conn)
    records, full = _load(conn, groups, config)
    assignment = merge_mentions(records, config, documents(conn, config))
    clusters: dict[str, list[MentionRecord]] = collections.defaultdict(list)
    for r in records:
        clusters[assignment[r.key]].append(r)
    conn.execute(delete(S.event_sources))
    conn.execute(delete(S.event_actors))
    conn.execute(delete(S.events))
    names = {"actor": dict(conn.execute(select(S.actors.c.id, S.actors.c.name)).all()),
             "source": dict(conn.execute(select(S.sources.c.id, S.sources.c.name)).all())}
    events, people, sources = [], [], []
    for eid in sorted(clusters):
        e, p, s = _event_row(eid, clusters[eid], full, names)
        events.append(e)
        people += p
        sources += s
    for table, rows in ((S.events, events), (S.event_actors, people), (S.event_sources, sources)):
        for k in range(0, len(rows), 5000):
            conn.execute(table.insert(), rows[k:k + 5000])
    moved = [{"k": k, "v": v} for k, v in sorted(assignment.items()) if full[k]["event_id"] != v]
    if moved:
        conn.execute(update(S.mentions).where(S.mentions.c.id == bindparam("k")).values(event_id=bindparam("v")),
                     moved)
    return MergeReport(
        mentions=len(records),
        events=len(events),
        merged=sum(1 for e in events if e["n_articles"] > 1),
        duplicate_articles=sum(1 for k, v in groups.items() if k != v),
    )
