"""Cross-article merge on BASIL: 100 real events, each reported by three outlets.

BASIL's 300 articles are ingested into a temporary store; articles are grouped through the
events the merge found in more than one of them (connected components of "shares an event"),
and the grouping is scored against BASIL's story triplets: B-cubed and pairwise precision,
recall and F1, and the share of merged events whose reports come from different stories.
"""

from __future__ import annotations

import itertools
import json
import os
import pathlib
import tempfile
import time
from collections import defaultdict
from typing import Any, Iterable, Mapping

from ..errors import DataFileError
from ..ingest.files import Item
from ..merge import MergeConfig, duplicate_groups

__all__ = ["FLOORS", "basil_items", "evaluate_merge", "format_errors", "format_report", "grouping_errors",
           "score_grouping", "split_of"]

#: Quality floors (docs/merge.md): lowering one needs a reason in the commit.
FLOORS = {"pairwise_f1": 0.80, "max_cross_story": 0.05}

_OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}


def _default_shared() -> pathlib.Path:
    env = os.environ.get("DATELINE_SHARED")
    return pathlib.Path(env) if env else pathlib.Path(__file__).resolve().parents[2].parent / "shared"


def split_of(story_year: int) -> str:
    """BASIL's halves: stories of even years are for development (tuning), odd years for test."""
    return "dev" if story_year % 2 == 0 else "test"


def basil_items(basil: pathlib.Path) -> tuple[list[Item], dict[str, str]]:
    """One article record per BASIL file (paragraphs joined), and each article URL's story id."""
    files = sorted((basil / "articles").glob("*/*.json"))
    if not files:
        raise DataFileError(f"no BASIL articles under {basil / 'articles'}")
    items, story = [], {}
    for f in files:
        d = json.loads(f.read_text("utf-8"))
        text = "\n\n".join(" ".join(p) for p in d["body-paragraphs"])
        source = _OUTLETS.get(d["source"].lower(), d["source"])
        record = {"title": d["title"], "text": text, "published": d["date"], "source": source, "url": d["url"]}
        items.append(Item(f"{f.parent.name}/{f.name}", record))
        story[d["url"]] = d["triplet-uuid"]
    return items, story


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_grouping(events: Iterable[Iterable[str]], gold: Mapping[str, str]) -> dict[str, Any]:
    """Score article groups formed through shared events against gold stories.

    ``events``: for each event told by several reports, the articles that tell it;
    ``gold``: each article's story. Articles absent from every event stand alone.
    """
    events = [sorted(set(e)) for e in events]
    merged = [e for e in events if len(e) > 1]
    links = [(a, b) for e in merged for a, b in zip(e, e[1:])]
    group = duplicate_groups(gold, links)
    clusters: dict[str, set[str]] = defaultdict(set)
    for a, g in group.items():
        clusters[g].add(a)
    stories: dict[str, set[str]] = defaultdict(set)
    for a, s in gold.items():
        stories[s].add(a)
    bp = br = 0.0
    for a in gold:
        c, g = clusters[group[a]], stories[gold[a]]
        both = len(c & g)
        bp += both / len(c)
        br += both / len(g)
    n = len(gold)
    predicted = {p for c in clusters.values() for p in itertools.combinations(sorted(c), 2)}
    true = {p for s in stories.values() for p in itertools.combinations(sorted(s), 2)}
    pp = len(predicted & true) / len(predicted) if predicted else 0.0
    pr = len(predicted & true) / len(true) if true else 0.0
    cross = sum(1 for e in merged if len({gold[a] for a in e if a in gold}) > 1)
    whole = sum(1 for s in stories.values() if clusters[group[next(iter(s))]] == s)
    return {
        "articles": n,
        "stories": len(stories),
        "bcubed_p": bp / n, "bcubed_r": br / n, "bcubed_f1": _f1(bp / n, br / n),
        "pairwise_p": pp, "pairwise_r": pr, "pairwise_f1": _f1(pp, pr),
        "merged_events": len(merged),
        "cross_story_events": cross,
        "cross_story": cross / len(merged) if merged else 0.0,
        "stories_whole": whole,
    }


def grouping_errors(events: list[list[dict]], gold: Mapping[str, str]) -> dict[str, list]:
    """What went wrong for the stories of ``gold``: merged events whose reports span stories, and the
    article pairs of one story that no chain of shared events links.

    ``events``: for each merged event, its mentions (dicts with at least ``url``).
    """
    cross = []
    for mentions in events:
        ms = [m for m in mentions if m["url"] in gold]
        if len({gold[m["url"]] for m in ms}) > 1:
            cross.append(sorted(ms, key=lambda m: (gold[m["url"]], m["url"], m.get("id", ""))))
    links = [(a, b) for ms in events for a, b in itertools.pairwise(sorted({m["url"] for m in ms if m["url"] in gold}))]
    group = duplicate_groups(gold, links)
    stories: dict[str, list[str]] = defaultdict(list)
    for u, s_id in sorted(gold.items()):
        stories[s_id].append(u)
    missed = [(s_id, a, b) for s_id, urls in sorted(stories.items())
              for a, b in itertools.combinations(urls, 2) if group[a] != group[b]]
    return {"cross_story_events": cross, "unlinked_pairs": missed}


def format_errors(errors: Mapping[str, list], half: str) -> str:
    """The error listing of one half, for reading (dev only: thresholds are chosen there)."""
    lines = [f"## {half}: merged events across stories ({len(errors['cross_story_events'])})"]
    for ms in errors["cross_story_events"]:
        lines.append(f"- event {ms[0].get('event', '?')}")
        for m in ms:
            ev = (m.get("evidence") or [{}])[0].get("text", "")
            lines.append(f"    {m['story'][:8]} {m.get('published', '')} {m.get('type', '')} {m.get('source', '')}: "
                         f"{ev[:140]}")
    lines.append(f"## {half}: article pairs of one story not linked ({len(errors['unlinked_pairs'])})")
    for s_id, a, b in errors["unlinked_pairs"]:
        lines.append(f"- {s_id[:8]} {a} | {b}")
    return "\n".join(lines) + "\n"


def evaluate_merge(shared: pathlib.Path | None = None, *, db: str | None = None, workers: int = 1,
                   config: MergeConfig | None = None, ctx=None, errors: str | None = None) -> dict[str, Any]:
    """Ingest BASIL into a store (temporary unless ``db``) and score the merged events.

    ``errors`` ("dev" or "test") adds that half's error listing (``grouping_errors``) as ``figures["errors"]``.
    """
    from ..store import Store

    basil = (shared or _default_shared()) / "data/basil"
    items, story = basil_items(basil)
    with tempfile.TemporaryDirectory(prefix="dateline-basil-") as tmp:
        path = db or str(pathlib.Path(tmp) / "basil.db")
        t0 = time.perf_counter()
        with Store(path, merge_config=config) as store:
            report = store.ingest(items, workers=workers, ctx=ctx)
            if not report.merge:
                store.merge()
            seconds = time.perf_counter() - t0
            rows = store.events(mentions=True)
    events, merged_mentions = [], []
    for r in rows:
        urls = {m["url"] for m in r["mention_list"] if m["url"] in story}
        if len(urls) > 1:
            events.append(urls)
            merged_mentions.append([{**m, "event": r["id"], "story": story[m["url"]]} for m in r["mention_list"]
                                    if m["url"] in story])
    figures = score_grouping(events, story)
    years: dict[str, int] = {}
    for item in items:
        s_id = story[item.payload["url"]]
        years[s_id] = min(years.get(s_id, 9999), int(item.payload["published"][:4]))
    figures["halves"] = {}
    for half in ("dev", "test"):
        gold = {u: s_id for u, s_id in story.items() if split_of(years[s_id]) == half}
        figures["halves"][half] = score_grouping([[u for u in e if u in gold] for e in events], gold)
        if errors == half:
            figures["errors"] = {"half": half, **grouping_errors(merged_mentions, gold)}
    figures.update(read=report.read, rejected=report.rejected, events=len(rows), seconds=round(seconds, 1))
    figures["floors"] = dict(FLOORS)
    figures["passed"] = figures["pairwise_f1"] >= FLOORS["pairwise_f1"] and \
        figures["cross_story"] <= FLOORS["max_cross_story"]
    return figures


def format_report(f: Mapping[str, Any]) -> str:
    """The figures as docs/merge.md shows them."""
    lines = [
        f"BASIL: {f['articles']} articles, {f['stories']} stories; {f['read'] - f['rejected']} ingested, "
        f"{f['rejected']} rejected; {f['events']} events in {f['seconds']} s",
        "",
        "| measure | precision | recall | F1 |",
        "|---|---|---|---|",
        f"| B-cubed (articles grouped through shared events) | {f['bcubed_p']:.3f} | {f['bcubed_r']:.3f} | "
        f"{f['bcubed_f1']:.3f} |",
        f"| pairwise (same story) | {f['pairwise_p']:.3f} | {f['pairwise_r']:.3f} | {f['pairwise_f1']:.3f} |",
        "",
        "| half (stories) | B-cubed F1 | pairwise P | pairwise R | pairwise F1 | cross-story |",
        "|---|---|---|---|---|---|",
        *(f"| {name} ({h['stories']}) | {h['bcubed_f1']:.3f} | {h['pairwise_p']:.3f} | {h['pairwise_r']:.3f} | "
          f"{h['pairwise_f1']:.3f} | {h['cross_story']:.1%} |" for name, h in f.get("halves", {}).items()),
        "",
        "(dev = stories of even years, the only ones thresholds were chosen on; test = odd years)",
        "",
        f"merged events (told by several reports): {f['merged_events']}; across different stories: "
        f"{f['cross_story_events']} ({f['cross_story']:.1%}, floor {f['floors']['max_cross_story']:.0%})",
        f"stories grouped whole (exactly their three reports): {f['stories_whole']} of {f['stories']}",
        f"pairwise F1 floor {f['floors']['pairwise_f1']:.2f}: {'passed' if f['passed'] else 'FAILED'}",
    ]
    return "\n".join(lines) + "\n"
