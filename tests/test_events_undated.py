"""Undated events claim a range of days before their report, not the publication day (issue 4)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dateline
from dateline.events.consolidate import UNDATED_GRANULARITY, UNDATED_WINDOW_DAYS, undated_date
from dateline.output import date_label
from dateline.store.rows import date_bounds, timeline_day

D = dt.date


@pytest.mark.parametrize("published, lag, value, interval", [
    (D(2024, 6, 20), 0, "2024-06-20", ("2024-06-13", "2024-06-20")),  # an outlet: likeliest the day itself
    (D(2024, 7, 20), 1, "2024-07-19", ("2024-07-13", "2024-07-20")),  # KCNA: yesterday, same-day statements too
    (D(2024, 3, 3), 0, "2024-03-03", ("2024-02-25", "2024-03-03")),  # across a month end
    (D(2024, 1, 1), 1, "2023-12-31", ("2023-12-25", "2024-01-01")),  # across a year end
])
def test_undated_date_cases(published, lag, value, interval):
    d = undated_date(published, lag)
    assert (d.value, d.interval, d.basis, d.granularity) == (value, interval, "publication", "range")


def test_undated_date_without_publication_has_no_range():
    d = undated_date(None)
    assert d.value == "" and d.interval is None and d.basis == "publication"


@settings(max_examples=200, deadline=None)
@given(published=st.dates(D(1990, 1, 1), D(2060, 12, 31)), lag=st.integers(0, 7), window=st.integers(0, 30))
def test_undated_interval_contains_value_and_ends_on_publication(published, lag, window):
    d = undated_date(published, lag, window)
    first, last = (D.fromisoformat(x) for x in d.interval)
    assert first <= D.fromisoformat(d.value) <= last == published
    assert (last - first).days == max(window, lag)
    assert d.granularity != "day"  # not a day the text gives
    # the store keeps the range and places the event on its likeliest day
    assert date_bounds(d.to_dict(), published.isoformat()) == d.interval
    assert timeline_day(d.basis, d.value, d.interval[0]) == d.value


@pytest.mark.parametrize("text, basis, granularity, interval", [
    ("North Korea fired a ballistic missile into the East Sea, the South Korean military said.",
     "publication", UNDATED_GRANULARITY, ["2024-06-13", "2024-06-20"]),
    ("North Korea fired a ballistic missile into the East Sea on Tuesday, the South Korean military said.",
     "time_expression", "day", ["2024-06-18", "2024-06-18"]),
])
def test_extracted_undated_event_claims_the_range(ctx, text, basis, granularity, interval):
    result = dateline.extract(text, ctx=ctx, published="2024-06-20T10:00+09:00", source="Yonhap")
    (event,) = result["events"]
    assert (event["date"]["basis"], event["date"]["granularity"], event["date"]["interval"]) == \
        (basis, granularity, interval)


@pytest.mark.parametrize("value, basis, interval, label", [
    ("2024-06-18", "time_expression", ["2024-06-18", "2024-06-18"], "2024-06-18"),
    ("2024-06", "coordination", ["2024-06-01", "2024-06-30"], "2024-06"),
    ("2024-06-20", "report", ["2024-06-20", "2024-06-20"], "2024-06-20?"),
    ("2024-06-20", "publication", ["2024-06-13", "2024-06-20"], "2024-06-13/2024-06-20"),
    ("2024-06-20", "publication", ["2024-06-20", "2024-06-20"], "2024-06-20?"),  # a store written before the range
    ("2024-06-20", "publication", None, "2024-06-20?"),
])
def test_date_label(value, basis, interval, label):
    assert date_label(value, basis, interval) == label


def test_window_is_the_merge_look_back():
    from dateline.merge import MergeConfig

    assert UNDATED_WINDOW_DAYS == MergeConfig().lookback_days


_REPORTS = {
    "a.json": {"title": "Yoon and Kishida meet in Seoul", "source": "Yonhap", "published": "2024-06-20T09:00+09:00",
               "text": "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Seoul "
                       "on Saturday."},
    "b.json": {"title": "North Korea fires missile", "source": "AP", "published": "2024-06-20T11:00+09:00",
               "text": "North Korea fired a ballistic missile into the East Sea, the South Korean military said."},
    "c.json": {"title": "Wang Yi in Moscow", "source": "Reuters", "published": "2024-06-20T18:00+09:00",
               "text": "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow "
                       "on Thursday."},
}


@pytest.fixture(scope="module")
def undated_store(tmp_path_factory, ctx):
    import json

    root = tmp_path_factory.mktemp("undated")
    for name, rec in _REPORTS.items():
        (root / name).write_text(json.dumps(rec), encoding="utf-8")
    with dateline.open(root / "u.db") as store:
        store.ingest([str(root)], ctx=ctx)
        yield store


def test_store_keeps_the_range_and_orders_undated_after_dated_of_its_day(undated_store):
    rows = undated_store.events()
    assert [(r["date_value"], r["basis"]) for r in rows] == [
        ("2024-06-15", "time_expression"), ("2024-06-20", "time_expression"), ("2024-06-20", "publication")]
    undated = rows[-1]
    assert (undated["granularity"], undated["date_start"], undated["date_end"]) == ("range", "2024-06-13", "2024-06-20")
    assert [r["date"] for r in undated_store.timeline()][-1] == "2024-06-13/2024-06-20"


@pytest.mark.parametrize("filters, n_undated", [
    ({"since": "2024-06-20"}, 1),  # on its likeliest day, as before the range
    ({"until": "2024-06-19"}, 0),  # not on the range's first day
    ({"since": "2024-06-14", "until": "2024-06-19"}, 0),
    ({"actor": "North Korea", "since": "2024-06-20"}, 1),
    ({"actor": "North Korea", "until": "2024-06-19"}, 0),
])
def test_store_filters_place_undated_on_their_likeliest_day(undated_store, filters, n_undated):
    rows = undated_store.events(**filters)
    assert sum(r["basis"] == "publication" for r in rows) == n_undated


def test_cameo_export_dates_undated_on_their_likeliest_day(undated_store):
    import io

    out = io.StringIO()
    undated_store.export("cameo", out)
    lines = out.getvalue().splitlines()
    assert [line.split("\t")[1] for line in lines[1:]] == ["20240615", "20240620", "20240620"]


def test_merged_undated_event_keeps_the_days_every_report_allows(tmp_path, ctx):
    import json

    reports = {
        **_REPORTS,
        "d.json": {"title": "North Korea fires ballistic missile toward East Sea", "source": "Reuters",
                   "published": "2024-06-21T11:00+09:00",
                   "text": "North Korea fired a ballistic missile toward the East Sea, South Korea's military said."},
        "e.json": {"title": "Floods hit Bangladesh", "source": "Reuters", "published": "2024-06-20T18:00+09:00",
                   "text": "Floods swept through northern Bangladesh after days of rain, officials said."},
    }
    for name, rec in reports.items():
        (tmp_path / name).write_text(json.dumps(rec), encoding="utf-8")
    with dateline.open(tmp_path / "m.db") as store:
        store.ingest([str(tmp_path)], ctx=ctx)
        (missile,) = [e for e in store.events() if e["basis"] == "publication" and e["reports"] == 2]
    # AP of the 20th: 13-20; Reuters of the 21st: 14-21; both: 14-20, on the earlier report's day
    assert (missile["date_value"], missile["date_start"], missile["date_end"]) == ("2024-06-20", "2024-06-14",
                                                                                   "2024-06-20")
