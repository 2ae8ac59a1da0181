"""Calendar arithmetic on TIMEX3 values (pure functions, no tagger)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.time.calendar import add_months, easter, iso_week, nth_weekday, shift_value


@pytest.mark.parametrize(
    "value,unit,n,expected",
    [
        ("2024-02-29", "Y", 1, "2025-02-28"),  # a leap day a year on has no 29th
        ("2024-02-29", "Y", 4, "2028-02-29"),
        ("2024-01-31", "M", 1, "2024-02-29"),
        ("2024-12", "M", 1, "2025-01"),
        ("2024-Q1", "Q", -1, "2023-Q4"),
        ("2024-H2", "H", 1, "2025-H1"),
        ("2024-Q3", "Y", -1, "2023-Q3"),
        ("2020-W53", "W", 1, "2021-W01"),
        ("2021-W01", "W", -1, "2020-W53"),
        ("2024-W26-WE", "W", -1, "2024-W25-WE"),
        ("2024-SU", "Y", -1, "2023-SU"),
        ("2024", "DE", -1, "2014"),
        ("199", "Y", 1, None),  # a decade does not move by years
    ],
)
def test_calendar_shift_value(value, unit, n, expected):
    assert shift_value(value, unit, n) == expected


@pytest.mark.parametrize(
    "date,week",
    [("2020-12-31", "2020-W53"), ("2021-01-03", "2020-W53"), ("2021-01-04", "2021-W01"),
     ("2024-12-30", "2025-W01"), ("2024-06-29", "2024-W26")],
)
def test_calendar_iso_week_crosses_years(date, week):
    assert iso_week(dt.date.fromisoformat(date)) == week


@pytest.mark.parametrize("year,date", [(2024, "2024-03-31"), (2013, "2013-03-31"), (2019, "2019-04-21")])
def test_calendar_easter(year, date):
    assert easter(year).isoformat() == date


@pytest.mark.parametrize(
    "year,month,weekday,n,date",
    [(2024, 11, 4, 4, "2024-11-28"), (2024, 5, 1, -1, "2024-05-27"), (2024, 9, 1, 1, "2024-09-02")],
)
def test_calendar_nth_weekday(year, month, weekday, n, date):
    assert nth_weekday(year, month, weekday, n).isoformat() == date


@pytest.mark.parametrize("d,n,expected", [("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"),
                                          ("2024-03-31", -13, "2023-02-28")])
def test_calendar_add_months_clamps(d, n, expected):
    assert add_months(dt.date.fromisoformat(d), n).isoformat() == expected
