"""Throughput of `extract` on every distinct KCNA dispatch, next to bare spaCy on the same text.

usage: python bench/kcna_extract.py [--shared ../shared] [--limit N] [--json]

Runs the bare spaCy pipeline (paragraph by paragraph, lemmatizer excluded, as Dateline feeds it)
and Dateline's whole per-article function over the same texts, interleaved article by article in
one process, and prints both speeds and their ratio. Every article that raises anything but a coded InputError counts
as a crash.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import sys
import time
import traceback

from common import print_figures

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_kcna(shared: pathlib.Path, limit: int | None = None) -> list[dict]:
    """Distinct non-empty dispatches as article records (first record of each text wins)."""
    rows = json.loads((shared / "data/kcna-2024/headlines_2024-11-11.json").read_text("utf-8"))
    seen, out = set(), []
    for r in rows:
        text = (r.get("story_text") or "").strip()
        if not text or text in seen:
            continue
        seen.add(text)
        out.append({"title": r["headline"], "text": r["story_text"], "published": r["date_str"],
                    "url": r["link"], "topic": r["topic"]})
    return out[:limit] if limit else out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", action="store_true", help="print one JSON line instead of a table")
    args = ap.parse_args(argv)

    from dateline.errors import InputError
    from dateline.nlp import load_pipeline
    from dateline.pipeline import Context, process_article, read_any

    records = load_kcna(pathlib.Path(args.shared), args.limit)
    words = sum(len(r["text"].split()) for r in records)

    nlp = load_pipeline()
    ctx = Context.load()
    events = 0
    rejected: collections.Counter[str] = collections.Counter()
    crashes: list[str] = []
    types: collections.Counter[str] = collections.Counter()
    spacy_s = dateline_s = 0.0
    # interleaved article by article, so both see the same machine load (2 shared cores here)
    for r in records:
        paragraphs = [line for line in r["text"].splitlines() if line.strip()]
        t0 = time.perf_counter()
        for _ in nlp.pipe(paragraphs):
            pass
        spacy_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        try:
            res = process_article(read_any(r, ctx), ctx)
        except InputError as exc:
            rejected[exc.code] += 1
            continue
        except Exception:  # noqa: BLE001 - the benchmark's job is to count them
            crashes.append(f"{r['url']}\n{traceback.format_exc()}")
            continue
        finally:
            dateline_s += time.perf_counter() - t0
        events += len(res.events)
        types.update(e.type for e in res.events)
    done = len(records) - sum(rejected.values()) - len(crashes)

    figures = {
        "articles": len(records),
        "words": words,
        "processed": done,
        "rejected": dict(rejected),
        "crashes": len(crashes),
        "spacy_words_per_s": round(words / spacy_s),
        "dateline_articles_per_s": round(len(records) / dateline_s, 2),
        "dateline_words_per_s": round(words / dateline_s),
        "events_per_article": round(events / max(done, 1), 2),
        "dateline_over_spacy_time": round(dateline_s / spacy_s, 3),
        "top_event_types": dict(types.most_common(8)),
    }
    for c in crashes[:5]:
        print(c, file=sys.stderr)
    print_figures(figures, args.json)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
