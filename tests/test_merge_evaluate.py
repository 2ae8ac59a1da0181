"""Scoring a grouping of articles through shared events against gold stories, and listing its errors."""

from __future__ import annotations

import pytest

from dateline.evaluate.merge import grouping_errors, score_grouping, split_of

# two stories told by three outlets each
GOLD = {"fox/1": "s1", "nyt/1": "s1", "hpo/1": "s1", "fox/2": "s2", "nyt/2": "s2", "hpo/2": "s2"}


def test_merge_evaluate_perfect_grouping():
    f = score_grouping([["fox/1", "nyt/1"], ["nyt/1", "hpo/1"], ["fox/2", "nyt/2", "hpo/2"]], GOLD)
    assert (f["pairwise_p"], f["pairwise_r"], f["bcubed_f1"]) == (1.0, 1.0, 1.0)
    assert f["stories_whole"] == 2 and f["cross_story_events"] == 0


def test_merge_evaluate_one_cross_story_event_joins_both_stories():
    events = [["fox/1", "nyt/1", "hpo/1"], ["fox/2", "nyt/2", "hpo/2"], ["hpo/1", "hpo/2"]]
    f = score_grouping(events, GOLD)
    # one wrong link makes one group of six: 6 of 15 pairs right
    assert f["pairwise_p"] == pytest.approx(6 / 15)
    assert f["pairwise_r"] == 1.0
    assert f["cross_story"] == pytest.approx(1 / 3)
    assert f["stories_whole"] == 0


def test_merge_evaluate_errors_list_cross_events_and_unlinked_pairs():
    events = [
        [{"url": "fox/1", "id": "a:e1"}, {"url": "nyt/1", "id": "b:e1"}],
        [{"url": "hpo/1", "id": "c:e2"}, {"url": "fox/2", "id": "d:e1"}],
    ]
    errors = grouping_errors(events, GOLD)
    assert [[m["url"] for m in ms] for ms in errors["cross_story_events"]] == [["hpo/1", "fox/2"]]
    assert ("s1", "fox/1", "hpo/1") in errors["unlinked_pairs"]
    assert ("s1", "fox/1", "nyt/1") not in errors["unlinked_pairs"]
    # s2's three reports are linked by nothing among themselves
    assert sum(1 for s, _, _ in errors["unlinked_pairs"] if s == "s2") == 3


@pytest.mark.parametrize("year, half", [(2010, "dev"), (2018, "dev"), (2019, "test"), (2011, "test")])
def test_merge_evaluate_halves_by_year(year, half):
    assert split_of(year) == half
