"""TempEval-3 scoring: corpus readers, the scorer's matching rules, the CLI and quality gates."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from dateline.evaluate.timeml import (
    Document,
    GoldTime,
    evaluate_corpus,
    read_corpus,
    score,
)

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" functionInDocument="CREATION_TIME">19980206</TIMEX3></DCT>
<TEXT>Sales rose <TIMEX3 tid="t1" type="DATE" value="1998-02-05">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> of talks.</TEXT>
</TimeML>
"""
WIKIWARS = """<DOC><DOCID>w</DOCID>
<DATETIME> <TIMEX2 val="2009-12-19T17:00:00">2009-12-19T17:00:00</TIMEX2> </DATETIME>
<TEXT>
On <TIMEX2 val="1939-09-01">September 1, <TIMEX2 val="1939">1939</TIMEX2></TIMEX2>, war began; it lasted <TIMEX2 val="P6Y">six years</TIMEX2>.
</TEXT></DOC>
"""
MEANTIME = """<?xml version="1.0" ?><Document doc_id="1">
<token t_id="1" sentence="0" number="0">Title</token>
<token t_id="2" sentence="1" number="1">June</token><token t_id="3" sentence="1" number="2">6</token>
<token t_id="4" sentence="1" number="3">,</token><token t_id="5" sentence="1" number="4">2005</token>
<token t_id="6" sentence="2" number="5">He</token><token t_id="7" sentence="2" number="6">spoke</token>
<token t_id="8" sentence="2" number="7">on</token><token t_id="9" sentence="2" number="8">Monday</token>
<token t_id="10" sentence="2" number="9">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2005-06-06" functionInDocument="CREATION_TIME"><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2005-06-06" functionInDocument="NONE"><token_anchor t_id="9"/></TIMEX3>
</Markables></Document>
"""


@pytest.mark.parametrize(
    "name,content,dct,text_part,gold",
    [
        ("a.tml", TML, "1998-02-06", "Sales rose Thursday after three days of talks.",
         [("Thursday", "DATE", "1998-02-05"), ("three days", "DURATION", "P3D")]),
        ("w.key.xml", WIKIWARS, "2009-12-19", "On September 1, 1939, war began",
         [("September 1, 1939", "DATE", "1939-09-01"), ("six years", "DURATION", "P6Y")]),
        ("m.xml", MEANTIME, "2005-06-06", "He spoke on Monday.", [("Monday", "DATE", "2005-06-06")]),
    ],
)
def test_evaluate_readers_recover_text_and_gold(tmp_path, name, content, dct, text_part, gold):
    (tmp_path / name).write_text(content, encoding="utf-8")
    [doc] = read_corpus(tmp_path)
    assert doc.dct == dt.date.fromisoformat(dct)
    assert text_part in doc.text
    assert [(g.text, g.type, g.value) for g in doc.gold] == gold
    assert all(doc.text[g.start:g.end] == g.text for g in doc.gold)


def _doc(text: str, spans: list[tuple[str, str]]) -> Document:
    gold = []
    for part, value in spans:
        s = text.index(part)
        gold.append(GoldTime(s, s + len(part), "DATE", value, part))
    return Document("d", dt.date(2024, 6, 29), text, gold)


@pytest.mark.parametrize(
    "pred,expected",
    [
        # exact span, right value
        ([(9, 15, "2024-06-28")], {"strict_f1": 0.6667, "relaxed_f1": 0.6667, "value_f1": 0.6667}),
        # overlapping span only, wrong value: relaxed match, strict miss, no value credit
        ([(0, 15, "2024-06-21")], {"strict_f1": 0.0, "relaxed_f1": 0.6667, "value_f1": 0.0}),
        # both found, one extra
        ([(9, 15, "2024-06-28"), (20, 29, "2024-W25"), (30, 33, "X")],
         {"strict_f1": 0.8, "relaxed_f1": 0.8, "value_f1": 0.8}),
    ],
)
def test_evaluate_score_matches_te3_rules(pred, expected):
    doc = _doc("Talks on Friday and last week.", [("Friday", "2024-06-28"), ("last week", "2024-W25")])
    preds = [{"start": s, "end": e, "value": v, "type": "DATE"} for s, e, v in pred]
    got = score([(doc, preds)])
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("ignored", [True, False])
def test_evaluate_score_ignores_predictions_on_ignored_spans(ignored):
    doc = _doc("June 6, 2005. Monday.", [("Monday", "2005-06-06")])
    if ignored:
        doc.ignore.append((0, 12))
    preds = [{"start": 0, "end": 12, "value": "2005-06-06", "type": "DATE"},
             {"start": 14, "end": 20, "value": "2005-06-06", "type": "DATE"}]
    assert score([(doc, preds)])["predicted"] == (1 if ignored else 2)


@pytest.mark.parametrize("stage", ["nonsense"])
def test_evaluate_unknown_stage_is_a_usage_error(tmp_path, stage):
    from dateline.errors import UsageError
    from dateline.evaluate.timeml import evaluate_times

    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    with pytest.raises(UsageError):
        evaluate_times([tmp_path], stage=stage)


@pytest.mark.parametrize("as_json", [False, True])
def test_evaluate_cli_prints_figures(tmp_path, as_json):
    from dateline.cli import evaluate_times  # noqa: F401  (registers the command)
    from dateline.cli.app import app

    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    args = ["evaluate", "times", str(tmp_path), "--stage", "heuristics"] + (["--json"] if as_json else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    if as_json:
        [row] = json.loads(result.output)
        assert row["corpus"] == tmp_path.name and row["gold"] == 2 and row["value_f1"] == 1.0
    else:
        assert "value F1" in result.output and tmp_path.name in result.output


#: Floors on a fixed development subset (the first 40 TimeBank files); measured 2026-11-29 at
#: strict 0.931, relaxed 0.951, value 0.842. Raise a floor when the tagger improves; never lower one.
DEV_FLOORS = {"relaxed_f1": 0.94, "strict_f1": 0.92, "value_f1": 0.84}


@pytest.mark.parametrize("metric,floor", sorted(DEV_FLOORS.items()))
def test_evaluate_dev_subset_floor(shared_dir, times_extractor, metric, floor):
    result = evaluate_corpus(shared_dir / "data" / "timebank" / "TimeBank", times_extractor, limit=40)
    assert result[metric] >= floor, result


#: Pinned floors on the TempEval-3 platinum TEST set (report only, never tuned on); measured
#: 2026-11-29 at strict 0.803, relaxed 0.907, value 0.803 (HeidelTime: 0.813, 0.903, 0.776).
PLATINUM_FLOORS = {"relaxed_f1": 0.90, "strict_f1": 0.80, "value_f1": 0.80}
#: The project's targets on the same set.
PLATINUM_TARGETS = {"relaxed_f1": 0.92, "strict_f1": 0.85, "value_f1": 0.85}


@pytest.mark.slow
@pytest.mark.parametrize("metric,floor", sorted(PLATINUM_FLOORS.items()))
def test_evaluate_platinum_floor(platinum_times, metric, floor):
    assert platinum_times[metric] >= floor, platinum_times


# strict: when a target is reached this XPASS fails the run, so the floor above gets raised
@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="TE3 targets not reached yet; see docs/times.md")
@pytest.mark.parametrize("metric,target", sorted(PLATINUM_TARGETS.items()))
def test_evaluate_platinum_meets_targets(platinum_times, metric, target):
    assert platinum_times[metric] >= target, platinum_times
