"""The PLOVER GSR01 evaluation: split, gold normalisation, metric functions, and a short run."""

from __future__ import annotations

import collections
import json
import random

import pytest

from dateline.datafiles import read_data
from dateline.errors import UsageError
from dateline.evaluate.plover import (
    INT,
    NO_EVENT,
    PLOVER_TYPES,
    GoldSentence,
    SentenceResult,
    actors_match,
    choose_event,
    context_scores,
    evaluate_plover,
    format_report,
    format_table,
    gold_actor_key,
    load_gold,
    predicted_actor_key,
    read_cameo_table,
    split_of,
    type_scores,
)


@pytest.fixture(scope="module")
def gold(shared_dir):
    return load_gold(shared_dir)


def test_evaluate_plover_gold_keyed_by_line(gold):
    assert len(gold) == 322
    assert len({g.line for g in gold}) == 322
    assert len({g.id for g in gold}) == 321  # PLOVER-GSR01-COERCE-0004 is used twice
    assert {g.type for g in gold} == set(PLOVER_TYPES)


def test_evaluate_plover_split_deterministic_and_stratified(gold, shared_dir):
    again = load_gold(shared_dir)
    assert [(g.line, g.split) for g in gold] == [(g.line, g.split) for g in again]
    shuffled = list(gold)
    random.Random(7).shuffle(shuffled)
    assert split_of(shuffled) == {g.line: g.split for g in gold}
    counts = collections.Counter((g.type, g.split) for g in gold)
    for t in PLOVER_TYPES:
        assert counts[t, "dev"] >= 2 and counts[t, "test"] >= 2, t
        assert 0 <= counts[t, "dev"] - counts[t, "test"] <= 1, t
    assert collections.Counter(g.split for g in gold) == {"dev": 163, "test": 159}


@pytest.mark.parametrize("code, sector, text, key", [
    ("JAP", None, "Japan", ("JPN", None)),
    ("ITL", "GOV", "Italy", ("ITA", "GOV")),
    ("VTN", "MIL", "Vietnamese-led forces", ("VNM", "MIL")),
    ("IGO", "MIL", "UN peackeepers", (INT, "IGO")),
    ("IGO", None, "Amnesty International", (INT, "NGO")),
    ("NGO", None, "human rights group", (INT, "NGO")),
    ("IMG", "GOV", "al-Qaeda leaders", (INT, "REB")),
    ("IGO", "MIL", "Serbian military police", ("SRB", "MIL")),
    ("IRQ", "***", "Baghdad", ("IRQ", None)),
    ("ALB", "CVLalb", "ethnic Albanians", ("ALB", "CVL")),
    ("LBY", "CIV", "Libyans", ("LBY", "CVL")),
    ("NIC", "JRN", "La Prensa", ("NIC", "MED")),
    ("EGY", "MOS", "Moslem fundamentalist", ("EGY", "REL")),
    ("CIV", "REB", "Ivory Coast rebels", ("CIV", "REB")),
])
def test_evaluate_plover_gold_actor_key(code, sector, text, key):
    assert gold_actor_key(code, sector, text) == key


@pytest.mark.parametrize("actor, key", [
    ({"id": "HUN", "country": "HUN", "sector": "GOV", "known": True}, ("HUN", "GOV")),
    ({"id": "tokyo", "country": "JPN", "sector": None, "known": True}, ("JPN", None)),
    ({"id": "un", "country": None, "sector": "IGO", "known": True}, (INT, "IGO")),
    ({"id": "per:askar-akayev", "country": None, "sector": "GOV", "known": False}, ("?per:askar-akayev", "GOV")),
    (None, ("?gone", None)),
])
def test_evaluate_plover_predicted_actor_key(actor, key):
    assert predicted_actor_key(actor, "gone") == key


@pytest.mark.parametrize("gold, pred, country, sector", [
    ([("USA", None)], [("USA", "GOV")], True, True),  # a missing gold sector is met by any
    ([("USA", "MIL")], [("USA", "GOV")], True, False),
    ([("HUN", "GOV"), ("ROU", "GOV")], [("ROU", "GOV"), ("HUN", "GOV")], True, True),  # order-free
    ([("HUN", "GOV"), ("ROU", "GOV")], [("HUN", "GOV")], False, False),
    ([("IRQ", "CVL")], [("IRQ", "CVL"), ("IRQ", "GOV")], True, False),  # an extra group
    ([("USA", None)], [("?per:bill-clinton", "GOV")], False, False),
    ([], [], True, True),
    ([("PSE", None)], [], False, False),
])
def test_evaluate_plover_actors_match(gold, pred, country, sector):
    assert actors_match(gold, pred, sector=False) is country
    assert actors_match(gold, pred, sector=True) is sector


def _ev(type_, confidence, modality="asserted"):
    return {"type": type_, "confidence": confidence, "modality": modality}


@pytest.mark.parametrize("events, factual_only, expected", [
    ([], False, None),
    ([_ev("STATEMENT", 0.9)], False, None),
    ([_ev("STATEMENT", 0.9), _ev("ACCUSE", 0.5)], False, 1),
    ([_ev("AGREE", 0.6), _ev("CONSULT", 0.8)], False, 1),
    ([_ev("AGREE", 0.8), _ev("CONSULT", 0.8)], False, 0),  # a tie: the first in output order
    ([_ev("AGREE", 0.9, "expected"), _ev("CONSULT", 0.5)], False, 0),
    ([_ev("AGREE", 0.9, "expected"), _ev("CONSULT", 0.5, "reported")], True, 1),
    ([_ev("AGREE", 0.9, "negated")], True, None),
])
def test_evaluate_plover_choose_event(events, factual_only, expected):
    chosen = choose_event(events, factual_only=factual_only)
    assert chosen is (None if expected is None else events[expected])


@pytest.mark.parametrize("pairs, accuracy, macro_f1, per_type", [
    ([("AGREE", "AGREE")], 1.0, 1.0, {"AGREE": (1.0, 1.0, 1.0)}),
    ([("AGREE", "AGREE"), ("AGREE", NO_EVENT), ("ACCUSE", "AGREE"), ("ACCUSE", "ACCUSE")], 0.5, (0.5 + 2 / 3) / 2,
     {"AGREE": (0.5, 0.5, 0.5), "ACCUSE": (1.0, 0.5, 2 / 3)}),
    # a type predicted but never gold counts against precision, not in the macro average
    ([("AGREE", "REJECT"), ("AGREE", "AGREE")], 0.5, 2 / 3, {"AGREE": (1.0, 0.5, 2 / 3), "REJECT": (0.0, 0.0, 0.0)}),
    ([("AGREE", NO_EVENT)], 0.0, 0.0, {"AGREE": (0.0, 0.0, 0.0)}),
])
def test_evaluate_plover_type_scores(pairs, accuracy, macro_f1, per_type):
    scores = type_scores(pairs)
    assert scores["accuracy"] == pytest.approx(accuracy)
    assert scores["macro_f1"] == pytest.approx(macro_f1)
    assert set(scores["per_type"]) == set(per_type)
    for t, (p, r, f1) in per_type.items():
        got = scores["per_type"][t]
        assert (got["p"], got["r"], got["f1"]) == pytest.approx((p, r, f1))


@pytest.mark.parametrize("cameo, root, full", [
    ("0841", {"CONCEDE", "RETREAT"}, {"RETREAT"}),  # root 08 names two types
    ("083", {"CONCEDE", "RETREAT"}, {"CONCEDE"}),
    ("163", {"SANCTION"}, {"COERCE"}),  # the 2021 table moved sanctions to COERCE
    ("1056", {"REQUEST"}, {"REQUEST"}),
    ("190", {"ASSAULT"}, {"ASSAULT"}),
    ("112", {"ACCUSE"}, {"ACCUSE"}),
    ("010", set(), set()),  # statements and appeals have no PLOVER row
    ("021", set(), set()),
])
def test_evaluate_plover_cameo_table(shared_dir, cameo, root, full):
    table = read_cameo_table(shared_dir)
    assert table.root_types(cameo) == root
    assert table.code_types(cameo) == full


@pytest.mark.parametrize("split", ["train", ""])
def test_evaluate_plover_rejects_unknown_split(shared_dir, split):
    with pytest.raises(UsageError):
        evaluate_plover(shared_dir, split=split)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_evaluate_plover_runs_on_a_few_sentences(shared_dir, ctx, split):
    report = evaluate_plover(shared_dir, split=split, ctx=ctx, limit=6, verbose=True)
    (row,) = report["splits"]
    assert row["split"] == split and row["sentences"] == 6
    for key in ("type_accuracy", "macro_f1", "found", "actor_country", "actor_sector", "recipient_country",
                "recipient_sector", "cameo_root"):
        assert 0.0 <= row[key] <= 1.0, key
    assert sum(sum(r.values()) for r in report["confusion"].values()) == 6
    assert report["detail_split"] == split
    assert "type acc" in format_report(report)
    json.dumps(report)


def test_evaluate_plover_format_table():
    row = {"split": "dev", "sentences": 163, "type_accuracy": 0.5, "macro_f1": 0.25, "found": 0.5, "no_event": 9,
           "actor_country": 0.1, "actor_sector": 0.1, "recipient_country": 0.2, "recipient_sector": 0.2,
           "cameo_root": 0.5, "context_f1": 0.75}
    assert format_table([row]) == (
        "split  sents  type acc  macro-F1  found  no event  actor C  actor C+S  recip C  recip C+S  CAMEO root  "
        "context F1\n"
        "dev      163     0.500     0.250  0.500         9    0.100      0.100    0.200      0.200       0.500       "
        "0.750"
    )


def _with_contexts(gold: tuple, predicted: tuple | None) -> SentenceResult:
    g = GoldSentence(1, "X-1", "text", "AGREE", (), (), "dev", contexts=gold)
    event = None if predicted is None else {"type": "AGREE", "contexts": list(predicted)}
    return SentenceResult(g, {"events": [event] if event else []}, event, event)


def test_context_scores_are_micro_averaged_over_sentences_with_gold_contexts():
    results = [
        _with_contexts(("military",), ("military",)),  # right
        _with_contexts(("military", "diplomatic"), ("military", "economic")),  # one of two, one extra
        _with_contexts(("refugee",), None),  # no event: a miss
        _with_contexts((), ("legal",)),  # no gold context: not scored
    ]
    got = context_scores(results)
    assert got["sentences"] == 3
    assert got["p"] == pytest.approx(2 / 3) and got["r"] == pytest.approx(2 / 4)
    assert got["f1"] == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))
    assert got["exact"] == pytest.approx(1 / 3)
    assert got["per_context"]["military"] == {"gold": 2, "predicted": 2, "p": 1.0, "r": 1.0, "f1": 1.0}
    assert got["per_context"]["economic"]["p"] == 0.0 and "legal" not in got["per_context"]


def test_gold_contexts_are_spelt_as_dateline_spells_them(shared_dir):
    names = set(read_data("events/contexts.yaml")["contexts"])
    gold = {c for s in load_gold(shared_dir) for c in s.contexts}
    assert {"refugees", "resources", "politics", "unknown"}.isdisjoint(gold)
    assert len(gold & names) >= 14  # the rest (assets, historical, ...) are rare labels Dateline does not give


def test_evaluate_plover_cli(shared_dir):
    from typer.testing import CliRunner

    from dateline.cli.main import app

    res = CliRunner().invoke(app, ["evaluate", "plover", "--limit", "3", "--json", "--shared", str(shared_dir)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["splits"][0]["sentences"] == 3
