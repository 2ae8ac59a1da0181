"""TempEval-3 Task A scoring of Dateline's times on TimeML, MEANTIME and WikiWars corpora.

The matching rules are those of ``shared/tools/te3_score.py``: strict = same span, relaxed =
any overlap (one-to-one, greedy in gold order); value F1 = relaxed F1 x value accuracy over
the relaxed matches, type F1 likewise.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from ..errors import UsageError

__all__ = ["Document", "GoldTime", "evaluate_corpus", "evaluate_times", "read_corpus", "score"]


@dataclass(frozen=True)
class GoldTime:
    start: int
    end: int
    type: str
    value: str | None
    text: str


@dataclass
class Document:
    """One gold document: text as the tagger sees it, its DCT, gold times, spans to ignore."""

    name: str
    dct: dt.date | None
    text: str
    gold: list[GoldTime]
    ignore: list[tuple[int, int]] = field(default_factory=list)


# --- readers ---------------------------------------------------------------------------------

def read_timeml(path: pathlib.Path) -> Document:
    """A .tml file: the verbatim text of <TEXT> with its TIMEX3 spans (the DCT excluded)."""
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_dct(t.get("value"))
            break
    text, gold = _inline(root.find("TEXT"), "TIMEX3", lambda el: (el.get("type"), el.get("value")))
    return Document(path.name, dct, text, gold)


def read_wikiwars(path: pathlib.Path) -> Document:
    """A WikiWars key file: TIMEX2 inline, ``val`` as value; the type is read off the value."""
    root = ET.parse(path).getroot()
    dct = None
    dt_el = root.find("DATETIME")
    if dt_el is not None:
        t2 = dt_el.find("TIMEX2")
        dct = _parse_dct(t2.get("val") if t2 is not None else dt_el.text)
    text, gold = _inline(root.find("TEXT"), "TIMEX2", lambda el: (_timex2_type(el), el.get("val")))
    return Document(path.name, dct, text, gold)


def _timex2_type(el: ET.Element) -> str:
    val = el.get("val") or ""
    if el.get("set") == "YES":
        return "SET"
    if val.startswith("P"):
        return "DURATION"
    if re.search(r"T\d", val) or re.search(r"T(MO|AF|EV|NI|DT|MI)$", val):
        return "TIME"
    return "DATE"


def _inline(text_el: ET.Element, tag: str, attrs: Callable) -> tuple[str, list[GoldTime]]:
    """Text of an element with markup removed, and the outermost ``tag`` spans in it."""
    parts: list[str] = []
    gold: list[GoldTime] = []
    pos = 0

    def walk(el: ET.Element, inside: bool) -> None:
        nonlocal pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            is_timex = child.tag == tag and not inside
            walk(child, inside or is_timex)
            if is_timex:
                type_, value = attrs(child)
                gold.append(GoldTime(start, pos, type_, value, "".join(parts)[start:pos]))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(text_el, False)
    return "".join(parts), gold


#: MEANTIME's annotated part: sentences 0 (title) to 5.
_MEANTIME_LAST_SENTENCE = 5
_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "%", "'s", "n't", "'", "?", "!", "'re", "'ve", "'ll", "'d"}
_NO_SPACE_AFTER = {"(", "[", "$", "``"}


def read_meantime(path: pathlib.Path) -> Document:
    """A MEANTIME CAT file: tokens joined back into sentences (one a line) and TIMEX3 anchors.

    The DCT's own tokens stay in the text (the dateline) but are ignored when scoring, and so
    is everything after sentence 5: MEANTIME annotates the title, the dateline and the first
    four sentences only.
    """
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos, sentence, prev = 0, None, None
    annotated_end = None
    for tok in root.iter("token"):
        word = tok.text or ""
        if annotated_end is None and int(tok.get("sentence")) > _MEANTIME_LAST_SENTENCE:
            annotated_end = pos
        if sentence is not None and tok.get("sentence") != sentence:
            parts.append("\n")
            pos += 1
        elif prev is not None and word not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
            parts.append(" ")
            pos += 1
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        sentence, prev = tok.get("sentence"), word
    text = "".join(parts)
    dct, gold, ignore = None, [], []
    markables = root.find("Markables")
    for t in markables.iter("TIMEX3") if markables is not None else ():
        anchors = [offsets[a.get("t_id")] for a in t.iter("token_anchor") if a.get("t_id") in offsets]
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_dct(t.get("value"))
            if anchors:
                ignore.append((min(a[0] for a in anchors), max(a[1] for a in anchors)))
            continue
        if not anchors:
            continue
        s, e = min(a[0] for a in anchors), max(a[1] for a in anchors)
        gold.append(GoldTime(s, e, t.get("type"), t.get("value"), text[s:e]))
    gold.sort(key=lambda g: g.start)
    if annotated_end is not None:
        ignore.append((annotated_end, len(text)))
    return Document(path.name, dct, text, gold, ignore)


def _parse_dct(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value.strip())
    if m:
        return dt.date(*map(int, m.groups()))
    m = re.match(r"(\d{2})-(\d{2})-(\d{4})$", value.strip())  # MEANTIME's one "03-02-2009"
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def read_corpus(path: str | pathlib.Path) -> list[Document]:
    """Every gold document under ``path`` (a file or a folder), whatever its format."""
    path = pathlib.Path(path)
    if not path.exists():
        raise UsageError(f"no such corpus: {path}")
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    docs = []
    for f in files:
        reader = _reader_for(f)
        if reader is not None:
            docs.append(reader(f))
    if not docs:
        raise UsageError(f"no TimeML, MEANTIME or WikiWars files under {path}")
    return docs


def _reader_for(path: pathlib.Path) -> Callable[[pathlib.Path], Document] | None:
    if path.suffix == ".tml":
        return read_timeml
    if path.suffix != ".xml" or path.name.endswith(".xsd"):
        return None
    with path.open(encoding="utf-8", errors="replace") as fh:
        head = fh.read(4000)
    if "<TIMEX2" in head or "<DATETIME>" in head:
        return read_wikiwars
    if "<Document" in head and "<token" in head:
        return read_meantime
    if "<TimeML" in head:
        return read_timeml
    return None


# --- scoring ---------------------------------------------------------------------------------

def _match(gold: Sequence[GoldTime], pred: Sequence[dict], overlap: bool) -> list[tuple[GoldTime, dict]]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        for j, p in enumerate(pred):
            if j in used:
                continue
            if overlap:
                ok = p["start"] < g.end and g.start < p["end"]
            else:
                ok = p["start"] == g.start and p["end"] == g.end
            if ok:
                used.add(j)
                pairs.append((g, p))
                break
    return pairs


def _prf(n_match: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: Iterable[tuple[Document, list[dict]]], *, errors: list[str] | None = None) -> dict:
    """TempEval-3 Task A figures for (document, predicted times) pairs."""
    n = dict(gold=0, pred=0, strict=0, relaxed=0, value=0, type=0, docs=0)
    for doc, pred in docs:
        pred = [
            p for p in pred
            if not any(p["start"] < e and s < p["end"] for s, e in doc.ignore)
        ]
        strict = _match(doc.gold, pred, overlap=False)
        relaxed = _match(doc.gold, pred, overlap=True)
        n["docs"] += 1
        n["gold"] += len(doc.gold)
        n["pred"] += len(pred)
        n["strict"] += len(strict)
        n["relaxed"] += len(relaxed)
        n["value"] += sum(1 for g, p in relaxed if str(p.get("value")) == g.value)
        n["type"] += sum(1 for g, p in relaxed if str(p.get("type")).upper() == g.type)
        if errors is not None:
            errors.extend(_errors(doc, pred, relaxed))
    sp, sr, sf = _prf(n["strict"], n["gold"], n["pred"])
    rp, rr, rf = _prf(n["relaxed"], n["gold"], n["pred"])
    vacc = n["value"] / n["relaxed"] if n["relaxed"] else 0.0
    tacc = n["type"] / n["relaxed"] if n["relaxed"] else 0.0
    r4 = lambda x: round(x, 4)  # noqa: E731
    return {
        "documents": n["docs"], "gold": n["gold"], "predicted": n["pred"],
        "strict_p": r4(sp), "strict_r": r4(sr), "strict_f1": r4(sf),
        "relaxed_p": r4(rp), "relaxed_r": r4(rr), "relaxed_f1": r4(rf),
        "value_accuracy": r4(vacc), "value_f1": r4(rf * vacc), "type_f1": r4(rf * tacc),
    }


def _errors(doc: Document, pred: list[dict], relaxed: list[tuple[GoldTime, dict]]) -> list[str]:
    out = []
    dct = doc.dct.isoformat() if doc.dct else "-"
    for g, p in relaxed:
        span = doc.text[p["start"]:p["end"]]
        if str(p.get("value")) != g.value:
            out.append(f"{doc.name}: VALUE {g.text!r} gold {g.value} got {p.get('value')} ({span!r}, dct {dct})")
        elif (p["start"], p["end"]) != (g.start, g.end):
            out.append(f"{doc.name}: SPAN {g.text!r} got {span!r}")
    hit = {id(g) for g, _ in relaxed}
    out += [f"{doc.name}: MISS {g.text!r} {g.value}" for g in doc.gold if id(g) not in hit]
    taken = {id(p) for _, p in relaxed}
    out += [
        f"{doc.name}: EXTRA {doc.text[p['start']:p['end']]!r} {p.get('value')}"
        for p in pred if id(p) not in taken
    ]
    return out


# --- running Dateline ------------------------------------------------------------------------

#: What ``evaluate_times`` runs: the whole pipeline, the time stage with spaCy, or without it.
STAGES = ("pipeline", "tagger", "heuristics")


def extract_document_times(text: str, dct: dt.date) -> list[dict]:
    """The "times" Dateline outputs for one document, through the whole pipeline (as the scorer runs it)."""
    import dateline

    return dateline.extract(text, published=dct.isoformat(), verbatim=True)["times"]


class TimesExtractor:
    """The time stage alone: the tagger, with spaCy parses unless ``parse`` is false (loaded once or given)."""

    def __init__(self, *, tagger=None, nlp=None, parse: bool = True) -> None:
        from ..nlp import load_pipeline
        from ..time import TimeTagger

        self.tagger = tagger or TimeTagger.load()
        self.nlp = (nlp or load_pipeline()) if parse else None

    def __call__(self, text: str, dct: dt.date) -> list[dict]:
        from ..ingest.paragraphs import split_paragraphs
        from ..nlp import parse_regions

        regions = split_paragraphs(text)
        paragraphs = parse_regions(self.nlp, text, regions) if self.nlp is not None else None
        return [t.to_dict() for t in self.tagger.tag(text, dct, regions=regions, paragraphs=paragraphs)]


def evaluate_corpus(
    path: str | pathlib.Path,
    extractor: Callable[[str, dt.date], list[dict]],
    *,
    limit: int | None = None,
    errors: list[str] | None = None,
) -> dict:
    """Figures for one corpus; documents without a DCT are scored against no prediction."""
    docs = read_corpus(path)[:limit] if limit else read_corpus(path)
    t0 = time.perf_counter()
    pairs = [(d, extractor(d.text, d.dct) if d.dct else []) for d in docs]
    seconds = time.perf_counter() - t0
    result = {"corpus": pathlib.Path(path).name, **score(pairs, errors=errors)}
    result["seconds"] = round(seconds, 2)
    return result


def evaluate_times(
    paths: Sequence[str | pathlib.Path],
    *,
    verbose: bool = False,
    stage: str = "pipeline",
    extractor: Callable[[str, dt.date], list[dict]] | None = None,
) -> dict:
    """Figures for each corpus; with ``verbose`` the error lines too (VALUE, SPAN, MISS, EXTRA).

    ``stage``: ``pipeline`` (``dateline.extract``), ``tagger`` (time stage + spaCy), ``heuristics``."""
    if stage not in STAGES:
        raise UsageError(f"unknown stage {stage!r}; one of {', '.join(STAGES)}")
    if extractor is None:
        extractor = extract_document_times if stage == "pipeline" else TimesExtractor(parse=stage == "tagger")
    corpora, errors = [], []
    for p in paths:
        errs: list[str] | None = [] if verbose else None
        corpora.append(evaluate_corpus(p, extractor, errors=errs))
        if errs:
            errors.extend(errs)
    out: dict = {"corpora": corpora}
    if verbose:
        out["errors"] = errors
    return out
