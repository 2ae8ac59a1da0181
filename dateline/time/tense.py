"""The tense of the clause a temporal expression sits in: past, present, future or unknown.

With a spaCy parse the governing verb and its auxiliaries decide; without one, the nearest
tense marker in the sentence does.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["TenseFinder"]

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d", "ll"}
#: Modals that point ahead unless a perfect ("could have met") points back.
_MODALS = {"may", "might", "could", "can", "should", "must", "ought", "ca"}
#: Verbs whose complement happens later: "is scheduled to meet Friday".
_FUTURE_VERBS = {
    "schedule", "scheduled", "plan", "planned", "plans", "planning", "expect", "expected",
    "set", "due", "slate", "slated", "intend", "intends", "aim", "aims", "prepare", "preparing",
    "going", "hope", "hopes", "expects", "likely", "poised", "ready",
}
#: Verbs whose object is an event still to come.
_PLANNING = {"schedule", "scheduled", "plan", "planned", "slate", "slated", "reschedule", "rescheduled",
             "postpone", "postponed", "delay", "delayed"}
_DEADLINE = re.compile(
    r"\b(?:until|till|effective|deadline of|due|as (?:soon|early) as)\s+(?:on\s+)?\Z", re.IGNORECASE
)
#: Nouns a weekday or date can modify without naming an event: "Thursday morning" is a time,
#: so its tense is the clause's, not the past of "Wednesday's ruling".
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "noon", "midnight", "overnight", "midday",
              "mid-morning", "mid-afternoon", "daytime", "mornings", "nights", "evenings"}
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")
_MARKER = re.compile(
    r"\b(?P<future>will|won't|'ll|shall|would|going to|is to|are to|plans? to|planned|"
    r"scheduled|expected to|expects to|set to|due to|upcoming|to be held)\b|"
    r"\b(?P<past>was|were|had|did|said|told|met|held|made|took|came|went|began|won|lost|led|left|"
    r"gave|saw|found|fell|rose|sent|spent|sold|paid|kept|brought|bought|thought|wrote|ran|stood|"
    r"struck|became|broke|chose|drew|drove|flew|fought|got|grew|knew|meant|shot|spoke|stole|"
    r"taught|threw|understood|woke|withdrew|ago|\w{3,}ed)\b",
    re.IGNORECASE,
)


class TenseFinder:
    """Answers ``tense_at(start, end)`` for one region, from its parse when there is one."""

    def __init__(self, text: str, start: int, end: int, doc: "Doc | None" = None, doc_start: int = 0):
        self.text = text
        self.start = start
        self.end = end
        self.doc = doc
        self.doc_start = doc_start
        self._idx = [t.idx for t in doc] if doc is not None else None

    def tense_at(self, s: int, e: int) -> str:
        # "Wednesday's ruling", "the Oct. 23 slaying": a day naming an event that happened,
        # whatever the verb of the clause says
        if self.text.startswith(("'s", "\u2019s"), e):
            return "past"
        # "until Tuesday", "effective Feb. 1", "as soon as Monday": deadlines lie ahead
        tok = self._token(s) if self.doc is not None else None
        if _DEADLINE.search(self.text, max(self.start, s - 12), s):
            # ... unless a past perfect closed it: "until Thursday they had not called him"
            return "past" if tok is not None and _past_perfect(tok) else "future"
        if self.doc is not None:
            if tok is not None:
                tense = _tense_from_parse(tok)
                if tense != "unknown":
                    return tense
        return self._tense_from_text(s, e)

    def _token(self, s: int) -> "Token | None":
        i = bisect_right(self._idx, s - self.doc_start) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def _tense_from_text(self, s: int, e: int) -> str:
        lo = self.start
        for m in _SENTENCE_END.finditer(self.text, self.start, s):
            lo = m.end()
        m = _SENTENCE_END.search(self.text, e, self.end)
        hi = m.start() + 1 if m else self.end
        best, best_dist = "unknown", None
        for m in _MARKER.finditer(self.text, lo, hi):
            if s <= m.start() < e:
                continue
            dist = s - m.end() if m.end() <= s else m.start() - e
            if best_dist is None or dist < best_dist:
                best, best_dist = ("future" if m.group("future") else "past"), dist
        return best


def _governing_verb(tok: "Token") -> "Token":
    """The nearest verb or auxiliary above ``tok`` (``tok``'s root when there is none)."""
    verb, steps = tok, 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 8:
        verb = verb.head
        steps += 1
    return verb


def _past_perfect(tok: "Token") -> bool:
    """Whether the clause of ``tok`` is in the past perfect ("had not called"), a finished past."""
    verb = _governing_verb(tok)
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in verb.children)


def _tense_from_parse(tok: "Token") -> str:
    if tok.dep_ in ("compound", "nmod") and tok.head.lower_ in _DAY_PARTS:
        tok = tok.head  # "on Thursday morning": the day part's clause decides
    if tok.dep_ in ("poss", "compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return "past"
    verb = _governing_verb(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return _sentence_tense(tok)
    return _verb_tense(verb)


def _verb_tense(verb: "Token", depth: int = 0) -> str:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if words & _MODALS:
        return "past" if words & {"have", "'ve"} else "future"
    if any(a.lower_ == "to" for a in auxes) or verb.tag_ == "TO":
        head = verb.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ") and depth < 3:
            if head.lower_ in _FUTURE_VERBS or head.lemma_ in _FUTURE_VERBS:
                # "had been due to expire Friday": a plan already in the past
                return "past" if _past_perfect(head) else "future"
            outer = _verb_tense(head, depth + 1)
            return "future" if outer in ("present", "future") else outer
        return "future"
    if verb.lower_ in _FUTURE_VERBS and verb.tag_ in ("VBN", "JJ"):
        if any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
            return "future"
    if (verb.lemma_ in _PLANNING or verb.lower_ in _PLANNING) and not words & {"had", "was", "were"}:
        return "future"  # "has scheduled a news conference Thursday", not "was planned for"
    tags = {a.tag_ for a in auxes} | {verb.tag_}
    if "VBD" in tags:
        return "past"
    if verb.tag_ == "VBN":
        if words & {"has", "have", "'ve", "'s", "had"}:
            return "past"
        return "past" if not words else "present"
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return "future"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VB" and words & {"do", "does"}:
        return "present"
    if verb.tag_ == "MD":
        return "future" if verb.lower_ in _FUTURE_AUX else "present"
    return "unknown"


def _sentence_tense(tok: "Token") -> str:
    root = tok.sent.root if tok.doc.has_annotation("SENT_START") or tok.doc.has_annotation("DEP") else None
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return "unknown"
    return _verb_tense(root)
