"""Splitting text into paragraph regions without changing it."""

from __future__ import annotations

import re

from ..nlp import Region

_BLOCK = re.compile(r"\S(?:.|\n(?![ \t\r\f\v]*\n))*")
_LINE = re.compile(r"[^\n]+")
_TERMINAL = tuple(".!?:;\"'\u201d\u2019)]")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines of one paragraph broken at a fixed width (TimeBank, e-mail) rather than one per line."""
    if len(lines) < 3:
        return False
    body = lines[:-1]
    wrapped = sum(40 <= len(x.strip()) <= 100 for x in body)
    open_ended = sum(not x.rstrip().endswith(_TERMINAL) for x in body)
    return wrapped == len(body) and open_ended >= 0.6 * len(body)


def split_paragraphs(text: str, start: int = 0, end: int | None = None, kind: str = "body") -> list[Region]:
    """Paragraph regions of ``text[start:end]``, trimmed; the text itself is untouched.

    Blank lines always separate paragraphs. Inside a block, news copy puts one paragraph
    (or a headline, or a dateline) per line; hard-wrapped blocks stay one paragraph.
    """
    end = len(text) if end is None else end
    out: list[Region] = []
    for block in _BLOCK.finditer(text, start, end):
        lines = list(_LINE.finditer(text, block.start(), block.end()))
        if len(lines) > 1 and _hard_wrapped([m.group() for m in lines]):
            s, e = _trim(text, block.start(), block.end())
            out.append(Region(s, e, kind))
            continue
        for m in lines:
            s, e = _trim(text, m.start(), m.end())
            if s < e:
                out.append(Region(s, e, kind))
    return out
