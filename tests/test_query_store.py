"""Queries over a store: timeline, events, actors, sources, search; one set of output formats."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

import dateline
from dateline.errors import UsageError


@pytest.fixture(scope="module")
def store(news_store):
    with dateline.open(news_store) as s:
        yield s


def test_query_timeline_only_factual_in_date_order(store):
    rows = store.timeline()
    assert rows
    assert [r["date"].rstrip("?") for r in rows] == sorted(r["date"].rstrip("?") for r in rows)
    every = store.events()
    assert {e["modality"] for e in every if e["id"] in {r["id"] for r in rows}} <= {"asserted", "reported"}


def test_query_timeline_one_event_from_three_outlets(store):
    talks = [r for r in store.timeline(type="CONSULT", since="2024-06-19", until="2024-06-19")
             if r["reports"] == 3]
    assert len(talks) == 1
    assert talks[0]["sources"] == ["KCNA", "Reuters", "Yonhap"]
    assert {"Kim Jong Un", "Vladimir Putin"} <= set(talks[0]["actors"])


@pytest.mark.parametrize("actor", ["vladimir-putin", "Vladimir Putin", "putin"])
def test_query_timeline_actor_by_id_or_name(store, actor):
    rows = store.timeline(actor=actor)
    assert rows and all("Vladimir Putin" in r["actors"] + r["recipients"] for r in rows)


@pytest.mark.parametrize("filters, check", [
    ({"country": "JPN"}, lambda r: any("Japan" in n or n == "Fumio Kishida" for n in r["actors"] + r["recipients"])),
    ({"type": "consult"}, lambda r: r["type"] == "CONSULT"),
    ({"since": "2024-10", "until": "2024"}, lambda r: r["date"].startswith("2024-1")),
    ({"until": "2023"}, lambda r: r["date"].startswith("2023")),
    ({"source": "reuters"}, lambda r: "Reuters" in r["sources"]),
    ({"source": ["AP", "KCNA"]}, lambda r: {"AP", "KCNA"} & set(r["sources"])),
    ({"context": "military"}, lambda r: "military" in r["contexts"]),
    ({"context": ["Diplomatic", "cbrn"]}, lambda r: {"diplomatic", "cbrn"} & set(r["contexts"])),
    ({"context": "cbrn, diplomatic"}, lambda r: {"diplomatic", "cbrn"} & set(r["contexts"])),  # comma-separated
])
def test_query_timeline_filters(store, filters, check):
    # every event, whatever its confidence: the filters, not the threshold, are under test here
    rows = store.timeline(min_confidence=0, **filters)
    assert rows
    assert all(check(r) for r in rows), rows
    assert len(rows) < len(store.timeline(min_confidence=0))


def test_query_events_carry_contexts(store):
    rows = store.events()
    assert any(r["contexts"] for r in rows) and all(len(r["contexts"]) <= 2 for r in rows)


@pytest.mark.parametrize("told, lead, merged", [
    (["military", "military,diplomatic", "diplomatic,military"], "diplomatic,military", "military,diplomatic"),
    (["economic", "legal"], "legal", "legal,economic"),  # a tie: the lead mention's order
    (["cbrn,military", "military", "refugee", "refugee"], "cbrn", "military,refugee"),  # the two most told
    ([None, None], None, None),
])
def test_merged_event_takes_the_contexts_most_mentions_give(told, lead, merged):
    from dateline.store.merging import _contexts

    assert _contexts([{"contexts": c} for c in told], {"contexts": lead}) == merged


@pytest.mark.parametrize("modality", ["reported", ["asserted", "reported"]])
def test_query_events_modality_filter(store, modality):
    wanted = {modality} if isinstance(modality, str) else set(modality)
    rows = store.events(modality=modality)
    assert rows and {r["modality"] for r in rows} <= wanted


@pytest.mark.parametrize("bad", [{"since": "last week"}, {"modality": "rumoured"}, {"context": "militray"},
                                 {"context": "military,%"}])
def test_query_bad_filter_is_usage_error(store, bad):
    with pytest.raises(UsageError) as err:
        store.timeline(**bad)
    assert err.value.code == "D050"


def test_query_events_mentions_keep_evidence(store):
    rows = store.events(mentions=True, type="CONSULT", since="2024-06-19", until="2024-06-19")
    merged = max(rows, key=lambda r: r["reports"])
    assert merged["mentions"] == len(merged["mention_list"]) >= 3
    for m in merged["mention_list"]:
        assert m["evidence"] and m["evidence"][0]["text"]
        assert m["attribution"][-1]["cue"] == "published"


def test_query_sources_count_copies_once(store):
    by_name = {r["name"]: r for r in store.sources()}
    assert by_name["KCNA"] == {**by_name["KCNA"], "reports": 1, "copies": 3, "duplicates": 2}
    assert by_name["Reuters"]["reports"] == 1 and by_name["AP"]["reports"] == 2


def test_query_actors_busiest_first(store):
    rows = store.actors()
    assert [r["events"] for r in rows] == sorted((r["events"] for r in rows), reverse=True)
    assert {"kim-jong-un", "vladimir-putin"} <= {r["id"] for r in rows}
    assert all(r["country"] == "JPN" for r in store.actors(country="JPN"))


@pytest.mark.parametrize("words, expect", [
    ("artillery shells", "supplying artillery shells"),
    ("Kumsusan", "Kumsusan State Guest House"),
    ("ICBM East Sea", "N. Korea fires ICBM into East Sea"),
])
def test_query_search_finds_sentences_once(store, words, expect):
    rows = store.search(words)
    assert len(rows) == 1 and expect in rows[0]["text"]


def _cli(*args):
    """Run a command in this process (stdout is not a terminal, as in a pipe)."""
    from typer.testing import CliRunner

    from dateline.cli.main import app

    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("flag, parse", [
    ("--json", lambda out: json.loads(out)),
    ("--nl", lambda out: [json.loads(line) for line in out.splitlines()]),
    ("--csv", lambda out: list(csv.DictReader(io.StringIO(out)))),
    ("--tsv", lambda out: list(csv.DictReader(io.StringIO(out), delimiter="\t"))),
    ("", lambda out: json.loads(out)),
])
@pytest.mark.parametrize("command", ["timeline", "events", "actors", "sources"])
def test_query_cli_output_formats(news_store, command, flag, parse):
    run = _cli(command, "--db", str(news_store), *([flag] if flag else []))
    assert run.exit_code == 0, run.output
    rows = parse(run.stdout)
    assert len(rows) >= 2
    assert all("id" in r or "date" in r for r in rows)


@pytest.mark.parametrize("command, header", [("timeline", "DATE"), ("sources", "ID"), ("search Pyongyang", "PUBLISHED")])
def test_query_cli_table(news_store, command, header):
    run = _cli(*command.split(), "--db", str(news_store), "--table")
    assert run.exit_code == 0, run.output
    first, rule = run.stdout.splitlines()[:2]
    assert first.startswith(header) and set(rule) <= {"-", " "}


def test_query_cli_usage_error_one_line(news_store):
    run = subprocess.run([sys.executable, "-m", "dateline", "timeline", "--db", str(news_store), "--since", "soon"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.strip() == "dateline: [D050] cannot read date 'soon'; use 2024, 2024-06 or 2024-06-29"


@pytest.mark.parametrize("floor", [None, 0.0, 0.3, 0.6, 0.9])
def test_query_timeline_min_confidence(store, floor):
    """The timeline hides events less likely than the threshold to be right (default: the fitted one);
    0 shows every factual event; `events` shows them all whatever their confidence."""
    from dateline.events.confidence import min_confidence

    rows = store.timeline(min_confidence=floor) if floor is not None else store.timeline()
    every = store.timeline(min_confidence=0)
    conf = {e["id"]: e["confidence"] for e in store.events()}
    expected = min_confidence() if floor is None else floor
    assert [r["id"] for r in rows] == [r["id"] for r in every if conf[r["id"]] >= expected]
    assert len(store.events()) >= len(every)


def test_query_timeline_cli_all_and_min_confidence(news_store):
    def ids(*args):
        out = subprocess.run([sys.executable, "-m", "dateline", "timeline", "--db", str(news_store), "--json", *args],
                             capture_output=True, text=True, check=True).stdout
        return [r["id"] for r in json.loads(out)]
    with dateline.open(news_store) as s:
        assert ids() == [r["id"] for r in s.timeline()]
        assert ids("--all") == ids("--min-confidence", "0") == [r["id"] for r in s.timeline(min_confidence=0)]
        assert ids("--min-confidence", "0.9") == [r["id"] for r in s.timeline(min_confidence=0.9)]
