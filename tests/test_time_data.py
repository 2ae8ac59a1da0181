"""The data files load, are validated, and broken ones fail with a coded error."""

from __future__ import annotations

import shutil

import pytest

from dateline.errors import DataFileError
from dateline.time import TimeTagger
from dateline.time.rules import DATA_DIR, load_grammar


def _copy_data(folder):
    for p in DATA_DIR.glob("*.yaml"):
        shutil.copy(p, folder / p.name)
    return folder


@pytest.mark.parametrize(
    "rule_yaml,message",
    [
        ("rules:\n  - {name: bad, pattern: '<nosuchclass>', kind: date, examples: [{text: x, value: y}]}\n",
         "unknown word class"),
        ("rules:\n  - {name: bad, pattern: 'x', kind: nonsense, examples: [{text: x, value: y}]}\n", "invalid"),
        ("rules:\n  - {name: bad, pattern: 'x', kind: date, examples: []}\n", "invalid"),
        ("rules:\n  - {name: Bad-Name, pattern: 'x', kind: date, examples: [{text: x, value: y}]}\n", "invalid"),
        ("rules:\n  - {name: bad, pattern: '(unclosed', kind: date, examples: [{text: x, value: y}]}\n",
         "does not compile"),
        ("rules:\n  - {name: today, pattern: 'x', kind: date, examples: [{text: x, value: y}]}\n", "defined twice"),
        ("rules: [\n", "cannot read"),
    ],
)
def test_data_broken_rule_file_raises_d030(tmp_path, rule_yaml, message):
    data_copy = _copy_data(tmp_path)
    (data_copy / "zz_broken.yaml").write_text(rule_yaml, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_grammar(data_copy)
    assert info.value.code == "D030"
    assert message in str(info.value)


@pytest.mark.parametrize("cls", ["tens", "duration_mod"])
def test_data_vocabulary_without_a_required_class_raises_d030(tmp_path, cls):
    import yaml

    folder = _copy_data(tmp_path)
    vocab = yaml.safe_load((folder / "vocabulary.yaml").read_text(encoding="utf-8"))
    del vocab["classes"][cls]
    (folder / "vocabulary.yaml").write_text(yaml.safe_dump(vocab), encoding="utf-8")
    with pytest.raises(DataFileError, match=cls):
        load_grammar(folder)


@pytest.mark.parametrize("path", [None, DATA_DIR])
def test_data_loads_every_rule(path):
    grammar = load_grammar(path)
    assert len(grammar.rules) >= 50
    assert isinstance(TimeTagger(grammar), TimeTagger)


_GRAMMAR = load_grammar()


@pytest.mark.parametrize("rule", _GRAMMAR.rules, ids=[r.rule.name for r in _GRAMMAR.rules])
def test_data_rule_triggers_are_words_or_digits(rule):
    # a rule with neither could never run: the paragraph filter would skip it everywhere
    assert rule.triggers or rule.digits


@pytest.mark.parametrize("corpus", ["timebank/TimeBank", "wikiwars/keyinline"])
def test_data_trigger_filter_loses_no_match(shared_dir, time_tagger, corpus):
    import dataclasses
    import re

    from dateline.evaluate.timeml import read_corpus

    for doc in read_corpus(shared_dir / "data" / corpus)[:12]:
        # the same grammar with every rule triggered by every word of the document
        every_word = frozenset(re.findall(r"[a-z]+", doc.text.lower()))
        rules = tuple(dataclasses.replace(r, triggers=every_word) for r in time_tagger.grammar.rules)
        everything = TimeTagger(dataclasses.replace(time_tagger.grammar, rules=rules))
        fast = [t.to_dict() for t in time_tagger.tag(doc.text, doc.dct)]
        assert fast == [t.to_dict() for t in everything.tag(doc.text, doc.dct)], doc.name
