"""The event codebook: inflections, and every example sentence yields its entry's event type."""

from __future__ import annotations

import pytest

from dateline.events.lexicon import Lexicon, noun_forms, verb_forms

LEXICON = Lexicon.load()
EXAMPLES = [(rule.lemma, rule.type, ex) for rule, ex in LEXICON.examples()]


@pytest.mark.parametrize("lemma, etype, sentence", EXAMPLES, ids=[f"{e[0]}-{e[1]}" for e in EXAMPLES])
def test_events_lexicon_example_yields_type(run_extract, lemma, etype, sentence):
    out = run_extract(sentence, published="2024-06-20")
    assert etype in {e["type"] for e in out["events"]}, [(e["type"], e["trigger"]) for e in out["events"]]


@pytest.mark.parametrize(
    "lemma, irregular, expect",
    [
        ("hold", {"hold": ["held", "held"]}, {"hold", "holds", "held", "holding"}),
        ("agree", {}, {"agree", "agrees", "agreed", "agreeing"}),
        ("ban", {}, {"ban", "bans", "banned", "banning"}),
        ("apply", {}, {"apply", "applies", "applied", "applying"}),
        ("launch", {}, {"launch", "launches", "launched", "launching"}),
    ],
)
def test_events_lexicon_verb_forms(lemma, irregular, expect):
    assert expect <= verb_forms(lemma, irregular)


@pytest.mark.parametrize("noun, expect", [("summit", {"summit", "summits"}), ("talks", {"talks", "talk"}),
                                          ("ballistic missile", {"ballistic missile", "ballistic missiles"}),
                                          ("embassy", {"embassy", "embassies"}),
                                          ("gunman", {"gunman", "gunmen"}), ("woman", {"women"}),
                                          ("child", {"children"})])
def test_events_lexicon_noun_forms(noun, expect):
    assert expect <= noun_forms(noun)


def test_events_lexicon_types_have_cameo_roots():
    assert set(LEXICON.types) >= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                                  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                                  "ASSAULT", "STATEMENT"}
    for rule in LEXICON.rules:
        assert rule.cameo.isdigit() and 3 <= len(rule.cameo) <= 4, rule
