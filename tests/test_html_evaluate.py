"""The HTML evaluation: the Zyte metric, date matching, the report and the CLI layer."""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta, timezone

import pytest
from typer.testing import CliRunner

from dateline.cli import evaluate_html as cli_module
from dateline.cli.app import app
from dateline.errors import UsageError
from dateline.evaluate.html import (
    BodyScore,
    evaluate_html,
    format_report,
    same_day,
    same_minute,
    score_body,
    summarize,
    zyte_pages,
)

GOLD = "one two three four five six seven eight"


@pytest.mark.parametrize(
    "extracted,tp,fp,fn,exact",
    [
        (GOLD, 1.0, 0.0, 0.0, True),
        ("one, two; three four (five) six seven eight!", 1.0, 0.0, 0.0, True),  # only \w+ tokens count
        ("", 0.0, 0.0, 1.0, False),
        ("one two three four five", 2 / 5, 0.0, 3 / 5, False),  # 2 of 5 gold shingles
        (GOLD + " nine ten", 5 / 7, 2 / 7, 0.0, False),
    ],
)
def test_html_score_body_shingles(extracted, tp, fp, fn, exact):
    score = score_body(GOLD, extracted)
    assert (score.tp, score.fp, score.fn, score.exact) == pytest.approx((tp, fp, fn, exact))
    assert score.tp + score.fp + score.fn == pytest.approx(1.0)


@pytest.mark.parametrize("extracted", ["teaser line here now " + GOLD, GOLD])
def test_html_score_body_optional_text_is_neither_required_nor_penalised(extracted):
    score = score_body(GOLD, extracted, optional="teaser line here now")
    assert score.precision == pytest.approx(1.0) and score.recall == pytest.approx(1.0)
    assert score.exact


@pytest.mark.parametrize("scores", [[BodyScore(0.5, 0.5, 0.0, False), BodyScore(0.5, 0.0, 0.5, True)]])
def test_html_summarize_f1_of_mean_precision_and_recall(scores):
    result = summarize(scores, n_bootstrap=200)
    p, r = (0.5 + 1.0) / 2, (1.0 + 0.5) / 2
    assert result["precision"] == pytest.approx(p)
    assert result["recall"] == pytest.approx(r)
    assert result["f1"] == pytest.approx(2 * p * r / (p + r))
    assert result["accuracy"] == 0.5
    assert result["f1_std"] > 0
    assert summarize(scores, n_bootstrap=200) == result  # seeded bootstrap


def test_html_metric_reproduces_published_trafilatura_figures(shared_dir):
    """The shipped trafilatura 2.0.0 output scores as published: F1 0.958 +- 0.006, P 0.938, R 0.978, acc 0.293."""
    baseline = json.loads((shared_dir / "data/zyte-aeb/baseline/trafilatura-2.0.0.json").read_text())["output"]
    scores = [score_body(p.gold, baseline[p.id]["articleBody"] or "") for p in zyte_pages(shared_dir)]
    result = summarize(scores)
    assert len(scores) == 181
    assert round(result["f1"], 3) == 0.958
    assert round(result["precision"], 3) == 0.938
    assert round(result["recall"], 3) == 0.978
    assert round(result["accuracy"], 3) == 0.293
    assert round(result["f1_std"], 3) == 0.006


UTC = timezone.utc
MINUS4 = timezone(timedelta(hours=-4))


@pytest.mark.parametrize(
    "got,gold,day,minute",
    [
        (datetime(2024, 1, 7, 1, 20, tzinfo=UTC), datetime(2024, 1, 7, 1, 20, 30, tzinfo=UTC), True, True),
        # same instant, read in the gold's timezone: still 6 January there
        (datetime(2024, 1, 7, 1, 20, tzinfo=UTC), datetime(2024, 1, 6, 21, 20, tzinfo=MINUS4), True, True),
        (datetime(2024, 1, 7, 1, 20, tzinfo=MINUS4), datetime(2024, 1, 7, 1, 20, tzinfo=UTC), True, False),
        (datetime(2024, 1, 7), datetime(2024, 1, 7, 1, 20, tzinfo=UTC), True, False),  # date only, naive
        (datetime(2024, 1, 7, 8, 21, tzinfo=UTC), datetime(2024, 1, 7, 8, 21), True, True),  # naive gold: wall clock
        (None, datetime(2024, 1, 7, tzinfo=UTC), False, False),
    ],
)
def test_html_dates_day_and_minute(got, gold, day, minute):
    assert same_day(got, gold) is day
    assert same_minute(got, gold) is minute


def _summary(p, r, f, sd, a, n=2):
    return {"pages": n, "precision": p, "recall": r, "f1": f, "f1_std": sd, "accuracy": a}


REPORT = {
    "zyte": {
        "corpus": "zyte-aeb",
        "dateline": _summary(0.97, 0.98, 0.975, 0.004, 0.5),
        "baseline": {"name": "trafilatura 2.0.0 (shipped output)", **_summary(0.9, 0.95, 0.924, 0.01, 0.25)},
        "failures": {"abc": "D005"},
    },
    "fundus": {
        "corpus": "fundus-en",
        "pages": 2,
        "dateline": {
            **_summary(0.95, 0.99, 0.97, 0.006, 0.3),
            "title_exact": 0.5,
            "date_found": 1.0,
            "date_day": 1.0,
            "date_minute": 0.5,
            "date_sources": {"json-ld": 1, "htmldate": 1},
            "failures": {},
        },
        "baseline": {
            "name": "trafilatura defaults",
            **_summary(0.9, 0.98, 0.938, 0.007, 0.1),
            "title_exact": 0.0,
            "date_found": 1.0,
            "date_day": 0.5,
            "date_minute": 0.0,
            "date_sources": {"htmldate": 2},
            "failures": {},
        },
    },
}
REPORT_TEXT = """\
zyte-aeb: article body, 2 pages (Zyte benchmark metric)
system                              precision  recall  F1             accuracy
----------------------------------  ---------  ------  -------------  --------
dateline                            0.970      0.980   0.975 ± 0.004  0.500
trafilatura 2.0.0 (shipped output)  0.900      0.950   0.924 ± 0.010  0.250
pages with no body extracted: 1

fundus-en: body (summary optional), title, publication date, 2 pages
system                precision  recall  F1             accuracy  title  date (day)  date (minute)
--------------------  ---------  ------  -------------  --------  -----  ----------  -------------
dateline              0.950      0.990   0.970 ± 0.006  0.300     0.500  1.000       0.500
trafilatura defaults  0.900      0.980   0.938 ± 0.007  0.100     0.000  0.500       0.000
date sources (dateline): json-ld 1, htmldate 1
pages with no body extracted: 0
"""


@pytest.mark.parametrize("report,text", [(REPORT, REPORT_TEXT)])
def test_html_format_report_golden(report, text):
    assert format_report(report) == text


@pytest.mark.parametrize(
    "args,expected",
    [
        (["evaluate", "html"], REPORT_TEXT),
        (["evaluate", "html", "--corpus", "fundus", "--json"], json.dumps(REPORT, indent=2, ensure_ascii=False) + "\n"),
    ],
)
def test_html_cli_prints_the_report(monkeypatch, args, expected):
    calls = []

    def fake(shared, *, corpus, verbose):
        calls.append((corpus, verbose))
        return REPORT

    monkeypatch.setattr(cli_module, "evaluate_html", fake)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output == expected
    assert calls == [("fundus" if "fundus" in args else "all", False)]


@pytest.mark.parametrize("args", [["evaluate", "html", "--corpus", "nope"]])
def test_html_cli_rejects_unknown_corpus(args):
    assert CliRunner().invoke(app, args).exit_code == 2


@pytest.mark.parametrize("corpus", ["zyte-aeb", ""])
def test_html_evaluate_rejects_unknown_corpus(corpus):
    with pytest.raises(UsageError):
        evaluate_html(corpus=corpus)


def test_html_summarize_nan_free():
    assert not math.isnan(summarize([BodyScore(0.0, 0.0, 1.0, False)], n_bootstrap=10)["f1"])
