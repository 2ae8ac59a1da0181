"""Ingest throughput on kcna-2024 next to bare spaCy, then the same corpus again (re-ingest).

usage: python bench/ingest_kcna.py [--shared ../shared] [--workers N] [--limit N] [--json]

In one process: the bare spaCy pipeline over the distinct dispatches (paragraph by paragraph,
as Dateline feeds it), then `Store.ingest` of all 2,087 records into a fresh store (reading,
de-duplication, NLP, storage, merge), then the same ingest again, which must skip every stored
input before any NLP. Prints articles per second, the re-ingest speed-up and the duplicate counts.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import tempfile
import time

from common import print_figures

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--limit", type=int, help="only the first N records")
    ap.add_argument("--json", action="store_true", help="print one JSON line instead of a table")
    args = ap.parse_args(argv)

    from dateline.ingest.files import Item
    from dateline.nlp import load_pipeline
    from dateline.store import Store

    path = pathlib.Path(args.shared) / "data/kcna-2024/headlines_2024-11-11.json"
    records = json.loads(path.read_text("utf-8"))[: args.limit]
    distinct = list(dict.fromkeys(r["story_text"].strip() for r in records if (r.get("story_text") or "").strip()))
    items = [Item(f"kcna[{k}]", r) for k, r in enumerate(records, 1)]

    nlp = load_pipeline()
    paragraphs = [line for t in distinct for line in t.splitlines() if line.strip()]
    t0 = time.perf_counter()
    for _ in nlp.pipe(paragraphs):
        pass
    spacy_s = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp, Store(pathlib.Path(tmp) / "kcna.db") as store:
        t0 = time.perf_counter()
        first = store.ingest(items, fields={"text": "story_text"}, source="KCNA", workers=args.workers)
        first_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = store.ingest(items, fields={"text": "story_text"}, source="KCNA", workers=args.workers)
        again_s = time.perf_counter() - t0
        sources = store.sources()
        events = store.events()

    figures = {
        "records": len(records),
        "distinct_texts": len(distinct),
        "workers": args.workers,
        "spacy_articles_per_s": round(len(distinct) / spacy_s, 1),
        "ingest_s": round(first_s, 1),
        "ingest_articles_per_s": round(len(distinct) / first_s, 2),
        "ingest_records_per_s": round(len(records) / first_s, 2),
        "reingest_s": round(again_s, 2),
        "reingest_speedup": round(first_s / again_s, 1),
        "new": first.new,
        "duplicates": dict(first.duplicates),
        "rejected": dict(first.reasons),
        "reingest_new": again.new,
        "events": len(events),
        "events_told_by_several_reports": sum(1 for e in events if e["reports"] > 1),
        "sources": [{k: s[k] for k in ("name", "reports", "copies", "duplicates", "events")} for s in sources],
    }
    print_figures(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
