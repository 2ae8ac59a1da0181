"""Golden outputs on the demo corpus: what a user sees may change only with --update-golden.

The golden files keep the user-visible meaning of each result (metadata, times, events with
their actors, contexts, dates, modality, place and sources), not incidental details such as confidence.
"""

from __future__ import annotations

import json
import pathlib

import pytest

from dateline.demo import demo_files
from dateline.ingest.files import iter_paths
from dateline.pipeline import process_item

GOLDEN = pathlib.Path(__file__).parent / "golden/demo"


def _date(d: dict) -> list:
    """Value and basis; an undated event's range of days too (it is what the event claims)."""
    return [d["value"], d["basis"]] + (list(d["interval"] or []) if d["basis"] == "publication" else [])


def project(result: dict) -> dict:
    art = result["article"]
    return {
        "article": {k: art[k] for k in ("title", "source", "published", "dateline_place", "byline")},
        "removed": [r["reason"] for r in art["removed"]],
        "captions": len(art["captions"]),
        "times": [[t["text"], t["type"], t["value"]] for t in result["times"]],
        "events": [
            {"type": e["type"], "contexts": e["contexts"], "modality": e["modality"], "actors": e["actors"],
             "recipients": e["recipients"],
             "date": _date(e["date"]), "where": (e["location"] or {}).get("name"),
             "sources": [a["actor"] for a in e["attribution"]], "mentions": len(e["evidence"])}
            for e in result["events"]
        ],
    }


@pytest.mark.parametrize("path", demo_files(), ids=lambda p: p.stem)
def test_golden_demo_article(ctx, update_golden, path):
    item = next(iter_paths([str(path)]))
    got = project(process_item(item.payload, ctx).to_dict())
    golden = GOLDEN / f"{path.stem}.json"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n")
    assert golden.exists(), f"no golden file for {path.name}: run pytest --update-golden"
    assert got == json.loads(golden.read_text())
