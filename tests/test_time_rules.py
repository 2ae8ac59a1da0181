"""Every example phrase beside a rule in dateline/data/time must come out with its value."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.time.rules import DATA_DIR, RuleFile, _read_yaml

_EXAMPLES = [
    pytest.param(rule.name, ex, id=f"{path.stem}:{rule.name}:{ex.expr or ex.text}")
    for path in sorted(DATA_DIR.glob("*.yaml"))
    if path.name != "vocabulary.yaml"
    for rule in RuleFile.model_validate(_read_yaml(path)).rules
    for ex in rule.examples
]



@pytest.mark.parametrize("rule_name,example", _EXAMPLES)
def test_rules_example_resolves(time_tagger, rule_name, example):
    found = time_tagger.tag(example.text, dt.date.fromisoformat(example.dct))
    expr = example.expr or example.text
    hits = [t for t in found if t.text == expr]
    assert hits, f"{rule_name}: {expr!r} not found in {[t.text for t in found]}"
    got = hits[0]
    assert got.value == example.value, f"{rule_name}: {expr!r} -> {got.value}"
    if example.type:
        assert got.type == example.type
    if example.mod:
        assert got.mod == example.mod
