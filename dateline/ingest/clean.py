"""Boilerplate: share widgets, end markers, credits and captions (rules in data/ingest/boilerplate.yaml)."""

from __future__ import annotations

import re

from ..datafiles import read_data

_BULLETS = " \t\u00a0•·|>*-–—"


class Boilerplate:
    """Classifies lines and paragraphs of a news page as furniture, caption or report."""

    def __init__(self, spec: dict) -> None:
        self.spec = spec
        self.widgets = {w.casefold() for w in spec["widget_lines"]}
        self.patterns = [
            (r["reason"], re.compile(r["pattern"], 0 if r.get("case_sensitive") else re.I))
            for r in spec["line_patterns"]
        ]
        self.credit = re.compile(spec["trailing_credit"])
        self.caption_openings = tuple(o.casefold() for o in spec["caption_openings"])

    @classmethod
    def load(cls) -> "Boilerplate":
        return cls(read_data("ingest/boilerplate.yaml"))

    def line_reason(self, line: str) -> str | None:
        """Why a whole line is not part of the report ("widget", "end-marker", ...), or None."""
        bare = line.strip(_BULLETS)
        if not bare:
            return "widget" if line.strip() else None
        if len(bare) <= 40 and " ".join(bare.split()).casefold() in self.widgets:
            return "widget"
        line = line.strip()
        if len(line) > 250:
            return None
        for reason, rx in self.patterns:
            if rx.match(line):
                return reason
        return None

    def trailing_credit(self, paragraph: str) -> int | None:
        """Start of a credit such as " (Yonhap)" that ends the paragraph, or None."""
        m = self.credit.search(paragraph)
        if m and m.start() > 0:
            return m.start()
        return None

    def is_caption(self, paragraph: str) -> bool:
        """A photo caption: opens like one ("This photo, carried by ...") or credits a photo."""
        head = paragraph[:40].casefold().lstrip("([ ")
        if head.startswith(self.caption_openings):
            return True
        tail = paragraph[-80:]
        return bool(re.search(r"[\(\[](?:[\w.&' -]+ )?Photo(?:/|\s+by\b)[^)\]]*[\)\]]\s*$", tail))
