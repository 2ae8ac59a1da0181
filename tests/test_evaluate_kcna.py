"""The KCNA check harness: dispatches read once each, a reproducible sample, a markable table."""

from __future__ import annotations

import re

import pytest

from dateline.evaluate.kcna import (
    SampledEvent,
    evaluate_kcna,
    format_kcna_report,
    format_sample_table,
    load_kcna,
    sample_events,
)


def test_evaluate_kcna_load_dedupes(shared_dir):
    records = load_kcna(shared_dir)
    assert len(records) == 1045  # the README's count of distinct texts
    assert len({r["text"].strip() for r in records}) == len(records)
    for r in records:
        assert r["source"] == "KCNA"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"])
        assert r["title"] and r["text"].strip()


def _event(n: int) -> SampledEvent:
    return SampledEvent(n, f"http://kcna.kp/{n}", "A title", "2024-09-01", "e1", "CONSULT", "040", "asserted",
                        ("Kim Jong Un",), ("Russia",), "2024-08-31", "time_expression", "Kim **met** a delegation.",
                        "met")


@pytest.mark.parametrize("n, size, seed", [(50, 20, 0), (50, 20, 3), (5, 20, 0), (0, 20, 0)])
def test_evaluate_kcna_sample_reproducible(n, size, seed):
    events = [_event(i) for i in range(n)]
    first = sample_events(events, size, seed)
    assert first == sample_events(events, size, seed)
    assert len(first) == min(n, size)
    assert len(set(e.article for e in first)) == len(first)


@pytest.mark.parametrize("evidence, cell", [
    ("Kim **met** a delegation.", "Kim **met** a delegation."),
    ("A | B said", "A \\| B said"),
])
def test_evaluate_kcna_sample_table_has_empty_verdict(evidence, cell):
    row = _event(1).to_dict() | {"evidence": evidence}
    lines = format_sample_table([row]).splitlines()
    assert lines[0].startswith("| # | published |") and lines[0].endswith("| verdict |")
    assert lines[2] == (f"| 1 | 2024-09-01 | 2024-08-31 (time_expression) | CONSULT (040, asserted) | "
                        f"Kim Jong Un → Russia | {cell} | |")


def test_evaluate_kcna_runs_on_a_few_articles(shared_dir, ctx):
    report = evaluate_kcna(shared_dir, ctx=ctx, limit=4, sample=3, seed=1)
    assert report["articles"] == 4
    assert report["events"] == sum(report["types"].values())
    assert len(report["sample"]) == min(3, report["sampled_from"])
    assert report["sampled_from"] <= report["events"]
    for s in report["sample"]:
        assert s["published"] and s["type"] and s["date"]
    text = format_kcna_report(report)
    assert "| verdict |" in text and "unresolved name" in text


def test_evaluate_kcna_samples_above_the_confidence_threshold(shared_dir, ctx):
    """The sample is drawn from what the timeline shows: the events at or above the threshold; the
    report says how many the threshold hides, and 0 samples from every factual event."""
    from dateline.events.confidence import min_confidence

    default = evaluate_kcna(shared_dir, ctx=ctx, limit=12, sample=50, seed=1)
    every = evaluate_kcna(shared_dir, ctx=ctx, limit=12, sample=50, seed=1, min_confidence=0)
    assert default["min_confidence"] == min_confidence() and every["hidden_by_confidence"] == 0
    assert default["sampled_from"] + default["hidden_by_confidence"] == every["sampled_from"]
    assert default["hidden_by_confidence"] > 0  # the first dispatches hold events below the threshold
    assert "the threshold hides" in format_kcna_report(default)
