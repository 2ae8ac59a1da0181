"""Benchmark: the time stage against the spaCy pipeline on the distinct KCNA 2024 texts.

    python bench/time_stage.py [--shared ../shared] [--limit N]

Both stages see the same paragraphs (``split_paragraphs``); spaCy parses them once, then the
tagger runs twice, with and without the parses. Prints both timings and the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dateline.ingest.paragraphs import split_paragraphs  # noqa: E402
from dateline.nlp import load_pipeline, parse_regions  # noqa: E402
from dateline.time import TimeTagger  # noqa: E402


def load_texts(shared: pathlib.Path) -> list[tuple[str, dt.date]]:
    """Distinct ``story_text`` values with their publication dates, in file order."""
    records = json.loads((shared / "data" / "kcna-2024" / "headlines_2024-11-11.json").read_text("utf-8"))
    seen: set[str] = set()
    out = []
    for r in records:
        text = r.get("story_text") or ""
        if text.strip() and text not in seen:
            seen.add(text)
            out.append((text, dt.date.fromisoformat(r["date_str"])))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=pathlib.Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts")
    args = ap.parse_args(argv)

    docs = load_texts(args.shared)[: args.limit]
    regions = [split_paragraphs(text) for text, _ in docs]
    nlp = load_pipeline()
    tagger = TimeTagger.load()
    chars = sum(len(t) for t, _ in docs)

    t0 = time.perf_counter()
    parsed = [parse_regions(nlp, text, regs) for (text, _), regs in zip(docs, regions)]
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_times = sum(
        len(tagger.tag(text, dct, regions=regs, paragraphs=paras))
        for (text, dct), regs, paras in zip(docs, regions, parsed)
    )
    time_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for (text, dct), regs in zip(docs, regions):
        tagger.tag(text, dct, regions=regs)
    plain_s = time.perf_counter() - t0

    print(f"texts {len(docs)}  characters {chars}  times found {n_times}")
    print(f"spaCy pipeline          {spacy_s:8.2f} s")
    print(f"time stage (with parse) {time_s:8.2f} s   ratio {time_s / spacy_s:.3f}")
    print(f"time stage (text only)  {plain_s:8.2f} s   ratio {plain_s / spacy_s:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
