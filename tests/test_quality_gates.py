"""Quality gates: floors under today's measured figures (docs/events.md, docs/merge.md).

A floor may be raised when a figure improves; lowering one needs a reason in the commit.
The issue targets that are not met yet are strict xfails: the day one is reached, the test
fails and the floor must become the target.
"""

from __future__ import annotations

import pytest

from dateline.evaluate.plover import evaluate_plover

#: measured on 2026-12-08 (docs/events.md: dev 0.877 / 0.905 / 0.834 / 0.798, test 0.711 / 0.721 / 0.711 /
#: 0.597; context F1 dev 0.711, test 0.487), minus a small margin for parser nondeterminism
PLOVER_FLOORS = {
    "dev": {"type_accuracy": 0.86, "macro_f1": 0.89, "actor_country": 0.82, "recipient_country": 0.78,
            "context_f1": 0.69},
    "test": {"type_accuracy": 0.70, "macro_f1": 0.71, "actor_country": 0.70, "recipient_country": 0.58,
             "context_f1": 0.46},
}
PLOVER_TARGETS = {"type_accuracy": 0.75, "actor_country": 0.85, "recipient_country": 0.80}


@pytest.fixture(scope="module")
def plover(shared_dir, ctx):
    report = evaluate_plover(shared_dir, split="all", ctx=ctx)
    return {s["split"]: s for s in report["splits"]}


@pytest.mark.parametrize("split, metric", [(s, m) for s, f in PLOVER_FLOORS.items() for m in f])
def test_quality_plover_floor(plover, split, metric):
    assert plover[split][metric] >= PLOVER_FLOORS[split][metric]


@pytest.mark.xfail(strict=True, reason="issue 4 targets on the PLOVER test half not reached yet (docs/events.md)")
@pytest.mark.parametrize("metric", sorted(PLOVER_TARGETS))
def test_quality_plover_issue_target(plover, metric):
    assert plover["test"][metric] >= PLOVER_TARGETS[metric]


def test_quality_plover_macro_f1_target_met(plover):
    assert plover["test"]["macro_f1"] >= 0.65


@pytest.fixture(scope="module")
def basil(shared_dir, ctx):
    from dateline.evaluate.merge import evaluate_merge

    return evaluate_merge(shared_dir, ctx=ctx)


def test_quality_merge_floor(basil):
    assert basil["pairwise_f1"] >= 0.82  # measured 0.858 (docs/merge.md)
    assert basil["bcubed_f1"] >= 0.89  # measured 0.917
    assert basil["cross_story"] <= 0.05  # the issue's bound on merges across stories (measured 0.9 %)


def test_quality_merge_issue_target(basil):
    # issue 5: pairwise F1 0.80 on BASIL (reached: docs/merge.md)
    assert basil["pairwise_f1"] >= 0.80
    assert basil["passed"]
