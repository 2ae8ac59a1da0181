"""The "of" walks the actor and event layers share (dateline.nlp.tree), on parses of our own sentences."""

import pytest

from dateline.nlp.tree import of_chain, of_object, of_objects


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "word", "objects"), [
    ("Leaders of Ethiopia and Eritrea met in Algiers.", "Leaders", ["Ethiopia"]),  # conjuncts hang on the first
    ("Thousands of farmers marched on the capital.", "Thousands", ["farmers"]),
    ("The minister arrived in Cairo on Monday.", "minister", []),  # no "of"
    ("The army from the north attacked the town.", "army", []),  # another preposition
])
def test_of_objects(nlp, text, word, objects):
    tok = _token(nlp, text, word)
    assert [g.text for g in of_objects(tok)] == objects
    assert (of_object(tok).text if objects else of_object(tok)) == (objects[0] if objects else None)


@pytest.mark.parametrize(("depth", "chain"), [
    (4, ["Committee", "Party", "Korea"]),
    (2, ["Committee", "Party"]),  # the walk stops at the depth asked
    (0, []),
])
def test_of_chain_follows_a_title_to_its_body(nlp, depth, chain):
    tok = _token(nlp, "Kim Tok Hun, a secretary of the Central Committee of the Workers' Party of Korea, spoke.",
                 "secretary")
    assert [g.text for g in of_chain(tok, depth)] == chain
