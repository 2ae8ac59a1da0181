"""PLOVER contexts (dateline/events/contexts.py, data/events/contexts.yaml): the examples beside each
context, and the rules that pick among several."""

import pytest

from dateline.datafiles import read_data
from dateline.errors import DataFileError
from dateline.events.contexts import ContextRules

DATA = read_data("events/contexts.yaml")
EXAMPLES = [(name, ex) for name, rule in DATA["contexts"].items() for ex in rule.get("examples", [])]


@pytest.mark.parametrize(("name", "example"), EXAMPLES, ids=[f"{n}:{e['text'][:40]}" for n, e in EXAMPLES])
def test_contexts_yaml_examples(run_extract, name, example):
    events = run_extract(example["text"], published="2024-06-03")["events"]
    assert events, "the example's sentence must give an event"
    got = events[0]["contexts"]
    assert set(example["contexts"]) <= set(got), got
    assert not set(example.get("not", [])) & set(got), got


RULES = ContextRules.from_data({"contexts": {
    "military": {"words": ["troop", "war games"], "sectors": ["MIL"], "types": ["ASSAULT"]},
    "economic": {"words": ["strike", "trade"]},
    "election": {"words": ["election"]},
    "legal": {"words": ["ban"], "broad": True},
    "political": {"words": ["hunger strike", "opposition"]},
    "diplomatic": {"words": ["talks"], "types": ["CONSULT"]},
}})


@pytest.mark.parametrize(("text", "anchor", "kind", "sectors", "want"), [
    ("Troops crossed the border.", 0, "MOBILIZE", [], ("military",)),  # a plural of a listed noun
    ("Farmers began a hunger strike.", 0, "PROTEST", [], ("political",)),  # the longest phrase wins
    ("Dock workers went on strike.", 0, "PROTEST", [], ("economic",)),
    ("Navies began war games after trade talks.", 14, "COOPERATE", [], ("military", "economic")),  # nearest two
    ("The talks on trade went on, the opposition said, while troops waited far away.", 4, "CONSULT", [],
     ("diplomatic", "economic")),  # at most two, the nearest the trigger
    ("The ban hit the election.", 4, "SANCTION", [], ("election", "legal")),  # narrow before broad
    ("They attacked the town.", 5, "ASSAULT", ["MIL"], ("military",)),  # no word: the doer's sector
    ("They met in Paris.", 5, "CONSULT", [], ("diplomatic",)),  # nothing said: the type's field
    ("They met in Paris.", 5, "AGREE", [], ()),
])
def test_context_rules(text, anchor, kind, sectors, want):
    assert RULES.of_event([(text, anchor)], kind, sectors) == want


def test_a_second_context_must_be_near_the_trigger():
    far = "Talks opened. " + "x " * 60 + "They spoke of trade."
    assert RULES.of_event([(far, 0)], "CONSULT", []) == ("diplomatic",)


@pytest.mark.parametrize("data", [{}, {"contexts": {"military": {"words": ["!!"]}}}, {"contexts": ["military"]},
                                  {"contexts": {"military": {"words": "army"}}},  # a string, not a list
                                  {"contexts": {"military": {"words": ["army"], "sectors": "MIL"}}}])
def test_invalid_contexts_file_is_a_coded_error(data):
    with pytest.raises(DataFileError):
        ContextRules.from_data(data)
