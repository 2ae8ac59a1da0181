"""A check harness on the KCNA 2024 dispatches: what Dateline finds, and a sample to mark by hand.

There is no gold here. Every distinct dispatch goes through ``process_article``; the figures are
counts (event types, actors, names the gazetteer lacks) and a reproducible random sample of
events is printed as a markdown table with an empty verdict column, for a person to mark.
"""

from __future__ import annotations

import collections
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..errors import DataFileError, InputError
from ..output import date_label
from .plover import default_shared_dir

if TYPE_CHECKING:
    from ..pipeline import Context

__all__ = ["SampledEvent", "evaluate_kcna", "format_kcna_report", "format_sample_table", "load_kcna",
           "sample_events"]

KCNA_FILE = Path("data/kcna-2024/headlines_2024-11-11.json")
SOURCE = "KCNA"


def load_kcna(shared_dir: Path | str | None = None) -> list[dict]:
    """Distinct dispatches as article records, in file order; the first record of a text wins
    (the rest are cross-posts under other topics)."""
    path = Path(shared_dir or default_shared_dir()) / KCNA_FILE
    if not path.is_file():
        raise DataFileError(f"{path} not found; set DATELINE_SHARED to the shared/ directory")
    seen: set[str] = set()
    out = []
    for r in json.loads(path.read_text(encoding="utf-8")):
        text = (r.get("story_text") or "").strip()
        if not text or text in seen:
            continue
        seen.add(text)
        out.append({"title": r["headline"], "text": r["story_text"], "published": r["date_str"], "source": SOURCE,
                    "url": r["link"], "topic": r["topic"]})
    return out


@dataclass(frozen=True)
class SampledEvent:
    """One event with what a person needs to judge it."""

    article: int  # index of the dispatch in load_kcna() order
    url: str
    title: str
    published: str
    event: str
    type: str
    cameo: str
    modality: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date: str
    date_basis: str
    evidence: str
    trigger: str

    def to_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}


def _sampled(article: int, record: dict, result: dict, event: dict) -> SampledEvent:
    names = {a["id"]: a["name"] + ("" if a["known"] else "?") for a in result["actors"]}
    ev = event["evidence"][0] if event["evidence"] else {"text": "", "start": 0}
    text = " ".join(ev["text"].split()) if not ev.get("trigger") else _bold(ev)
    return SampledEvent(article, record["url"], record["title"], record["published"], event["id"], event["type"],
                        event["cameo"], event["modality"], tuple(names.get(i, i) for i in event["actors"]),
                        tuple(names.get(i, i) for i in event["recipients"]),
                        date_label(event["date"]["value"], event["date"]["basis"], event["date"].get("interval")),
                        event["date"]["basis"], text, event.get("trigger", ""))


def _bold(ev: dict) -> str:
    s, e = ev["trigger"]["start"] - ev["start"], ev["trigger"]["end"] - ev["start"]
    t = ev["text"]
    if not 0 <= s < e <= len(t):
        return " ".join(t.split())
    return " ".join(f"{t[:s]}**{t[s:e]}**{t[e:]}".split())


def sample_events(events: Sequence[SampledEvent], n: int, seed: int) -> list[SampledEvent]:
    """``n`` events drawn with ``random.Random(seed)`` from the list in article and event order."""
    return random.Random(seed).sample(list(events), min(n, len(events)))


def evaluate_kcna(shared_dir: Path | str | None = None, *, ctx: "Context | None" = None, limit: int | None = None,
                  sample: int = 20, seed: int = 0, top: int = 15, all_modalities: bool = False,
                  min_confidence: float | None = None) -> dict:
    """Run every distinct dispatch; count types, actors and unknown names; draw a sample.

    The sample is drawn from the events a timeline shows (asserted and reported, with a confidence
    of at least ``min_confidence``: by default the timeline's threshold, 0 for all) unless
    ``all_modalities``. A dispatch the pipeline rejects (coded InputError) or crashes on is
    counted and skipped.
    """
    from ..events.confidence import min_confidence as default_min_confidence
    from ..events.types import FACTUAL

    from ..pipeline import default_context, process_article, read_any

    ctx = ctx or default_context()
    records = load_kcna(shared_dir)[:limit]
    types: collections.Counter[str] = collections.Counter()
    modality: collections.Counter[str] = collections.Counter()
    basis: collections.Counter[str] = collections.Counter()
    actors: collections.Counter[str] = collections.Counter()
    unknown: collections.Counter[str] = collections.Counter()
    names: dict[str, str] = {}
    rejected: collections.Counter[str] = collections.Counter()
    crashed: list[dict] = []
    events: list[SampledEvent] = []
    floor = default_min_confidence() if min_confidence is None else float(min_confidence)
    hidden = 0
    t0 = time.perf_counter()
    for i, rec in enumerate(records):
        try:
            result = process_article(read_any(rec, ctx), ctx).to_dict()
        except InputError as exc:
            rejected[exc.code] += 1
            continue
        except Exception as exc:  # noqa: BLE001 - a harness counts crashes and goes on
            crashed.append({"url": rec["url"], "error": f"{type(exc).__name__}: {exc}"})
            continue
        for a in result["actors"]:
            names.setdefault(a["id"], a["name"])
            if not a["known"]:
                unknown[a["name"]] += 1
        for e in result["events"]:
            types[e["type"]] += 1
            modality[e["modality"]] += 1
            basis[e["date"]["basis"]] += 1
            actors.update(set(e["actors"]) | set(e["recipients"]))
            if all_modalities or e["modality"] in FACTUAL:
                if e["confidence"] < floor and not all_modalities:
                    hidden += 1  # the timeline hides it: below the confidence threshold
                    continue
                events.append(_sampled(i, rec, result, e))
    seconds = time.perf_counter() - t0
    return {
        "articles": len(records),
        "rejected": dict(rejected),
        "crashed": crashed,
        "events": sum(types.values()),
        "sampled_from": len(events),
        "sampled_modalities": "all" if all_modalities else "asserted, reported",
        "min_confidence": 0.0 if all_modalities else floor,
        "hidden_by_confidence": hidden,
        "seconds": seconds,
        "types": dict(types.most_common()),
        "modality": dict(modality.most_common()),
        "date_basis": dict(basis.most_common()),
        "actors": [{"id": k, "name": names.get(k, k), "events": n} for k, n in actors.most_common(top)],
        "unresolved": [{"name": k, "articles": n} for k, n in unknown.most_common(top)],
        "unresolved_distinct": len(unknown),
        "seed": seed,
        "sample": [s.to_dict() for s in sample_events(events, sample, seed)],
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def format_sample_table(sample: Sequence[dict]) -> str:
    """Markdown: one row per sampled event, the verdict column left empty for a person."""
    rows = ["| # | published | event date (basis) | type (CAMEO, modality) | actors → recipients | evidence "
            "| verdict |",
            "|---|---|---|---|---|---|---|"]
    for n, s in enumerate(sample, 1):
        who = f"{', '.join(s['actors']) or '–'} → {', '.join(s['recipients']) or '–'}"
        rows.append(f"| {n} | {s['published']} | {s['date']} ({s['date_basis']}) | {s['type']} ({s['cameo']}, "
                    f"{s['modality']}) | {_cell(who)} | {_cell(s['evidence'])} | |")
    return "\n".join(rows)


def format_kcna_report(report: dict) -> str:
    """The figures and the sample as markdown, ready to paste into docs/kcna-report.md."""
    rej = ", ".join(f"{k} {v}" for k, v in report["rejected"].items()) or "none"
    out = [f"{report['articles']} distinct dispatches, {report['events']} events, rejected: {rej}, "
           f"crashed: {len(report['crashed'])}, {report['seconds']:.0f} s",
           f"sampled from {report['sampled_from']} timeline events ({report['sampled_modalities']}, confidence at "
           f"least {report['min_confidence']:.2f}); the threshold hides {report['hidden_by_confidence']} more", ""]
    out += [f"- crash: {c['url']}: {c['error']}" for c in report["crashed"]] + ([""] if report["crashed"] else [])
    for title, key in (("type", "types"), ("modality", "modality"), ("date basis", "date_basis")):
        out += [f"| {title} | events |", "|---|---:|"]
        out += [f"| {k} | {v} |" for k, v in report[key].items()] + [""]
    out += ["| actor | id | events |", "|---|---|---:|"]
    out += [f"| {_cell(a['name'])} | `{a['id']}` | {a['events']} |" for a in report["actors"]] + [""]
    out += [f"| unresolved name ({report['unresolved_distinct']} distinct) | articles |", "|---|---:|"]
    out += [f"| {_cell(u['name'])} | {u['articles']} |" for u in report["unresolved"]] + [""]
    out += [f"Sample of {len(report['sample'])} events, seed {report['seed']} (`?` after a name: not in the "
            f"gazetteer; trigger in bold):", "", format_sample_table(report["sample"])]
    return "\n".join(out) + "\n"
