"""Small walks over a spaCy dependency parse that the actor and event layers share.

The "of" phrase carries most of what news copy says about a noun: whose it is ("the army of
Sudan"), what it is made of ("thousands of people") and which body a title belongs to ("secretary of
the Central Committee of the Workers' Party of Korea"). These helpers name that walk once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["of_chain", "of_object", "of_objects"]


def of_objects(tok: "Token") -> list["Token"]:
    """The objects of ``tok``'s own "of" phrases: "leaders of Ethiopia and Eritrea" gives "Ethiopia"
    (its conjuncts hang on it, not on "of")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def of_object(tok: "Token") -> "Token | None":
    """The first object of ``tok``'s "of" phrases, or None."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def of_chain(tok: "Token", depth: int) -> Iterator["Token"]:
    """Follow "of" from noun to noun, at most ``depth`` steps: "secretaries of the Committee of the
    Workers' Party of Korea" gives "Committee", "Party", "Korea". The caller stops where it has what
    it needs."""
    noun = tok
    for _ in range(depth):
        noun = of_object(noun)
        if noun is None:
            return
        yield noun
