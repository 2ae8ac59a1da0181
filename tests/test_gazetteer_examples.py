"""Every gazetteer entry's example sentence is resolved to that entry by the pipeline."""

from __future__ import annotations

import pytest

from dateline.actors.gazetteer import Gazetteer

GAZETTEER = Gazetteer.load()
EXAMPLES = [(e.id, ex) for e in GAZETTEER.entries.values() for ex in e.examples]


@pytest.mark.parametrize("entry_id, sentence", EXAMPLES, ids=[f"{x[0]}-{k}" for k, x in enumerate(EXAMPLES)])
def test_gazetteer_example_resolves(run_extract, entry_id, sentence):
    out = run_extract(sentence, published="2024-06-20")
    ids = {a["id"] for a in out["actors"]}
    e = GAZETTEER.get(entry_id)
    assert entry_id in ids or (e.capital_of and e.capital_of in ids), (sentence, sorted(ids))
