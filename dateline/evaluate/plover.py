"""Event type, actor and CAMEO figures on the PLOVER gold-standard records (GSR01, 322 sentences).

Each gold sentence goes through ``extract`` on its own with a placeholder publication date. The
scoring rules (which event stands for a sentence, how actors and sectors are compared, what
"CAMEO root" means, the dev/test split) are stated in ``docs/events.md``; this module is their
implementation and nothing else.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from ..errors import DataFileError, UsageError

if TYPE_CHECKING:
    from ..pipeline import Context

__all__ = [
    "ActorKey",
    "CameoTable",
    "GoldActor",
    "GoldSentence",
    "NO_EVENT",
    "PLOVER_TYPES",
    "SentenceResult",
    "actors_match",
    "choose_event",
    "default_shared_dir",
    "diagnose_actors",
    "evaluate_plover",
    "format_confusion",
    "format_report",
    "format_table",
    "gold_actor_key",
    "load_gold",
    "no_event_cause",
    "predicted_actor_key",
    "read_cameo_table",
    "run_sentence",
    "score_sentences",
    "split_of",
    "type_scores",
]

GOLD_FILE = Path("data/plover-gsr-cameo/plover_gsr_cameo.normalized.jsonl")
CAMEO_FILE = Path("data/plover-gsr-cameo/CAMEO2PLOVER-2021.txt")
#: The gold dates are all 2000-01-01 placeholders; any fixed date does, this one is theirs.
PLACEHOLDER_DATE = "2000-01-01"

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
NO_EVENT = "none"
STATEMENT = "STATEMENT"
SPLITS = ("dev", "test")

#: Gold country codes that are not ISO 3166 alpha-3 for the country meant.
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: the gold's spelling variants of one PLOVER context, as data/events/contexts.yaml names it
CONTEXT_SPELLINGS = {"refugees": "refugee", "resources": "resource", "politics": "political", "religion": "religious"}
#: Gold entries whose code is plainly wrong, keyed by the entry's text (README "Known quirks").
ENTRY_FIXES = {"Amnesty International": "NGO", "Serbian military police": "SRB"}
#: Gold codes for actors that belong to no single state; all compare as ``INT`` at country level.
TRANSNATIONAL = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "ISM": None}
INT = "INT"
#: Gold sectors spelled otherwise than Dateline's (first three letters, upper case, then this).
SECTOR_FIXES = {"CIV": "CVL", "JRN": "MED", "MOS": "REL"}

#: (country, sector); a gold sector of None matches any predicted sector.
ActorKey = tuple[str, "str | None"]


def default_shared_dir() -> Path:
    """``$DATELINE_SHARED`` or ``../shared`` next to the repository."""
    env = os.environ.get("DATELINE_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared"


# --- gold ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldActor:
    """One gold actor or recipient entry, normalised, with where the sentence names it."""

    text: str
    code: str
    sector: str | None
    key: ActorKey
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class GoldSentence:
    line: int  # 1-based line of the JSONL file: ids are not unique
    id: str
    text: str
    type: str
    actors: tuple[GoldActor, ...]
    recipients: tuple[GoldActor, ...]
    split: str = ""
    locations: tuple[tuple[int, int], ...] = ()
    triggers: tuple[str, ...] = ()  # the words of the gold EVT spans
    contexts: tuple[str, ...] = ()  # PLOVER contexts, spelt as data/events/contexts.yaml spells them


def gold_actor_key(code: str, sector: str | None, text: str = "") -> ActorKey:
    """The comparable (country, sector) of a gold entry, the gold's quirks normalised."""
    code = ENTRY_FIXES.get(text.strip(), code)
    code = CODE_FIXES.get(code, code)
    if code in TRANSNATIONAL:
        return INT, TRANSNATIONAL[code] or _gold_sector(sector)
    return code, _gold_sector(sector)


def _gold_sector(sector: str | None) -> str | None:
    if not sector or sector.strip("*") == "":
        return None
    s = sector[:3].upper()
    return SECTOR_FIXES.get(s, s)


def split_of(sentences: Sequence[GoldSentence]) -> dict[int, str]:
    """Line -> ``dev``/``test``: within each gold type, sentences ranked by SHA-256 of id and text
    alternate dev, test, dev, ... so both halves hold every type and odd types give dev one more."""
    by_type: dict[str, list[GoldSentence]] = collections.defaultdict(list)
    for s in sentences:
        by_type[s.type].append(s)
    out: dict[int, str] = {}
    for group in by_type.values():
        ranked = sorted(group, key=lambda s: hashlib.sha256(f"{s.id}\n{s.text}".encode()).hexdigest())
        for i, s in enumerate(ranked):
            out[s.line] = SPLITS[i % 2]
    return out


def load_gold(shared_dir: Path | str | None = None) -> list[GoldSentence]:
    """The 322 gold sentences with PLOVER 2023 labels, normalised actors and their split."""
    path = Path(shared_dir or default_shared_dir()) / GOLD_FILE
    if not path.is_file():
        raise DataFileError(f"{path} not found; set DATELINE_SHARED to the shared/ directory")
    raw = []
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if line.strip():
                raw.append((line_no, json.loads(line)))
    sentences = [_gold_sentence(n, r) for n, r in raw]
    splits = split_of(sentences)
    return [_replace_split(s, splits[s.line]) for s in sentences]


def _replace_split(s: GoldSentence, split: str) -> GoldSentence:
    return replace(s, split=split)


def _gold_sentence(line: int, r: dict) -> GoldSentence:
    spans = [m for m in r.get("markup_spans") or [] if m["start"] is not None]

    def entries(role: str, labels: tuple[str, ...]) -> tuple[GoldActor, ...]:
        mine = [m for m in spans if m["label"] in labels]
        return tuple(GoldActor(a["text"], a["code"], a.get("sector"),
                               gold_actor_key(a["code"], a.get("sector"), a["text"]),
                               _align(a["text"], mine, r["text"]))
                     for a in r.get(role) or [])

    locations = tuple((m["start"], m["end"]) for m in spans if m["label"] == "LOC")
    triggers = tuple(w for m in r.get("markup_spans") or [] if m["label"] == "EVT" for w in m["text"].split())
    contexts = tuple(dict.fromkeys(CONTEXT_SPELLINGS.get(c, c) for c in r.get("context") or [] if c != "unknown"))
    return GoldSentence(line, r["id"], r["text"], r["event_plover_2023"], entries("actor", ("SRC", "SRC/TAR")),
                        entries("recipient", ("TAR",)), "", locations, triggers, contexts)


def _align(entry: str, spans: list[dict], text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence names a gold entry: its markup span; else the markup spans its text
    contains ("U.S. ... negotiators" -> "U.S."); else the first of its words found in the sentence."""
    norm = " ".join(entry.split())
    exact = [m for m in spans if " ".join(m["text"].split()) == norm]
    if exact:
        return ((exact[0]["start"], exact[0]["end"]),)
    inside = [(m["start"], m["end"]) for m in spans if " ".join(m["text"].split()) in norm]
    if inside:
        return tuple(inside)
    for word in norm.split():
        at = text.find(word) if len(word) > 1 else -1
        if at >= 0:
            return ((at, at + len(word)),)
    return ()


# --- the CAMEO table -------------------------------------------------------------------------

@dataclass(frozen=True)
class CameoTable:
    """CAMEO code -> PLOVER types, read from CAMEO2PLOVER-2021.txt (root 08 gives two types)."""

    codes: dict[str, frozenset[str]]

    def root_types(self, cameo: str | None) -> frozenset[str]:
        return self.codes.get((cameo or "")[:2], frozenset())

    def code_types(self, cameo: str | None) -> frozenset[str]:
        """Types of the longest listed prefix of ``cameo`` (the code itself when listed)."""
        cameo = cameo or ""
        for n in range(len(cameo), 1, -1):
            if cameo[:n] in self.codes:
                return self.codes[cameo[:n]]
        return frozenset()


def read_cameo_table(shared_dir: Path | str | None = None) -> CameoTable:
    path = Path(shared_dir or default_shared_dir()) / CAMEO_FILE
    if not path.is_file():
        raise DataFileError(f"{path} not found; set DATELINE_SHARED to the shared/ directory")
    codes: dict[str, set[str]] = collections.defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        codes[code.strip()].add(rest.split(",", 1)[0].strip())
    return CameoTable({k: frozenset(v) for k, v in codes.items()})


# --- one sentence ----------------------------------------------------------------------------

def _rank(e: dict) -> float:
    return e.get("salience", e.get("confidence", 0.0))


def choose_event(events: Sequence[dict], *, factual_only: bool = False) -> dict | None:
    """The event that stands for the sentence: the most salient event of a PLOVER type (any modality
    unless ``factual_only``), the first in output order on a tie; None if there is none. Salience
    (the sentence's main act), not confidence (the chance of being right), picks it; an output without
    ``salience`` (older versions) is ranked by ``confidence``, which was the same score."""
    best = None
    for e in events:
        if e["type"] not in PLOVER_TYPES:
            continue
        if factual_only and e.get("modality") not in ("asserted", "reported"):
            continue
        if best is None or _rank(e) > _rank(best):
            best = e
    return best


def predicted_actor_key(actor: dict | None, actor_id: str = "") -> ActorKey:
    """(country, sector) of an output actor; a known actor with no country is transnational (INT),
    as is an unknown one that Dateline placed in an international body (sector IGO or NGO, e.g.
    "Arab League Secretary General Chadli Klibi"); any other unknown one without a country can
    match nothing."""
    if actor is None:
        return f"?{actor_id}", None
    if actor.get("country"):
        return actor["country"], actor.get("sector")
    if actor.get("known") or actor.get("sector") in ("IGO", "NGO"):
        return INT, actor.get("sector")
    return f"?{actor['id']}", actor.get("sector")


def actors_match(gold: Iterable[ActorKey], pred: Iterable[ActorKey], *, sector: bool) -> bool:
    """Order-free set match. Country level: the sets of countries are equal. With sector: every
    gold key is met by a predicted one and every predicted key meets a gold one; a gold sector of
    None (missing or ``***`` in the gold) is met by any sector."""
    gold, pred = list(gold), list(pred)
    if not sector:
        return {g[0] for g in gold} == {p[0] for p in pred}

    def meets(g: ActorKey, p: ActorKey) -> bool:
        return g[0] == p[0] and (g[1] is None or g[1] == p[1])

    return all(any(meets(g, p) for p in pred) for g in gold) and all(any(meets(g, p) for g in gold) for p in pred)


@dataclass
class SentenceResult:
    """One gold sentence and what Dateline made of it."""

    gold: GoldSentence
    result: dict
    event: dict | None
    factual_event: dict | None
    actors: list[ActorKey] = field(default_factory=list)
    recipients: list[ActorKey] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.event["type"] if self.event else NO_EVENT

    @property
    def factual_label(self) -> str:
        return self.factual_event["type"] if self.factual_event else NO_EVENT

    @property
    def shown_label(self) -> str:
        """The label for the confusion table: ``STATEMENT`` when that was all Dateline found."""
        if self.event is None and any(e["type"] == STATEMENT for e in self.result["events"]):
            return STATEMENT
        return self.label

    @property
    def found(self) -> bool:
        return any(e["type"] == self.gold.type for e in self.result["events"])

    def match(self, role: str, *, sector: bool) -> bool:
        if self.event is None:
            return False
        gold = [a.key for a in (self.gold.actors if role == "actor" else self.gold.recipients)]
        return actors_match(gold, self.actors if role == "actor" else self.recipients, sector=sector)


def run_sentence(gold: GoldSentence, ctx: "Context") -> SentenceResult:
    """``extract`` on one gold sentence, with the event that stands for it and its actor keys."""
    from ..pipeline import extract

    result = extract(gold.text, ctx=ctx, published=PLACEHOLDER_DATE)
    event = choose_event(result["events"])
    by_id = {a["id"]: a for a in result["actors"]}

    def keys(ids: Sequence[str]) -> list[ActorKey]:
        return [predicted_actor_key(by_id.get(i), i) for i in ids]

    return SentenceResult(gold, result, event, choose_event(result["events"], factual_only=True),
                          keys(event["actors"]) if event else [], keys(event["recipients"]) if event else [])


# --- scores ----------------------------------------------------------------------------------

def type_scores(pairs: Sequence[tuple[str, str]]) -> dict:
    """Accuracy, and per-type and macro P/R/F1 over the PLOVER types the gold holds, from
    (gold, predicted) pairs; a ``none`` prediction is a miss for its gold type."""
    n = len(pairs)
    per_type = {}
    for t in PLOVER_TYPES:
        tp = sum(1 for g, p in pairs if g == t and p == t)
        fp = sum(1 for g, p in pairs if g != t and p == t)
        fn = sum(1 for g, p in pairs if g == t and p != t)
        if tp + fn == 0 and fp == 0:
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_type[t] = {"gold": tp + fn, "predicted": tp + fp, "p": prec, "r": rec, "f1": f1}
    supported = [v["f1"] for v in per_type.values() if v["gold"]]
    return {
        "accuracy": sum(1 for g, p in pairs if g == p) / n if n else 0.0,
        "macro_f1": sum(supported) / len(supported) if supported else 0.0,
        "per_type": per_type,
    }


def context_scores(results: Sequence[SentenceResult]) -> dict:
    """Micro P/R/F1 of the chosen event's PLOVER contexts against the gold's, over the sentences whose
    gold names a context (no event: nothing predicted), and P/R/F1 per context."""
    pairs = [(set(r.gold.contexts), set(r.event.get("contexts", ())) if r.event else set())
             for r in results if r.gold.contexts]
    names = sorted({c for g, p in pairs for c in g | p})
    per = {}
    for c in names:
        tp = sum(1 for g, p in pairs if c in g and c in p)
        per[c] = _prf(tp, sum(1 for _, p in pairs if c in p), sum(1 for g, _ in pairs if c in g))
    tp = sum(len(g & p) for g, p in pairs)
    micro = _prf(tp, sum(len(p) for _, p in pairs), sum(len(g) for g, _ in pairs))
    return {"sentences": len(pairs), **{k: micro[k] for k in ("p", "r", "f1")},
            "exact": sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0, "per_context": per}


def _prf(tp: int, predicted: int, gold: int) -> dict:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"gold": gold, "predicted": predicted, "p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_sentences(results: Sequence[SentenceResult], cameo: CameoTable, name: str = "") -> dict:
    """The figures of one split."""
    n = len(results)

    def rate(xs: Iterable[bool], d: int | None = None) -> float:
        xs = list(xs)
        d = len(xs) if d is None else d
        return sum(xs) / d if d else 0.0

    types = type_scores([(r.gold.type, r.label) for r in results])
    right = [r for r in results if r.label == r.gold.type]
    chosen = [r.event for r in results if r.event]
    contexts = context_scores(results)
    return {
        "split": name,
        "sentences": n,
        "type_accuracy": types["accuracy"],
        "macro_f1": types["macro_f1"],
        "found": rate(r.found for r in results),
        "no_event": sum(1 for r in results if r.event is None),
        "type_accuracy_factual": rate(r.factual_label == r.gold.type for r in results),
        "extra_events": sum(1 for r in results for e in r.result["events"]
                            if e["type"] in PLOVER_TYPES and e["type"] != r.gold.type),
        "actor_country": rate(r.match("actor", sector=False) for r in results),
        "actor_sector": rate(r.match("actor", sector=True) for r in results),
        "recipient_country": rate(r.match("recipient", sector=False) for r in results),
        "recipient_sector": rate(r.match("recipient", sector=True) for r in results),
        "actor_country_if_type_right": rate(r.match("actor", sector=False) for r in right),
        "recipient_country_if_type_right": rate(r.match("recipient", sector=False) for r in right),
        "cameo_root": rate(r.event is not None and r.gold.type in cameo.root_types(r.event["cameo"])
                           for r in results),
        "cameo_type_disagreements": sum(1 for e in chosen if e["type"] not in cameo.code_types(e["cameo"])),
        "context_f1": contexts["f1"],
        "context_p": contexts["p"],
        "context_r": contexts["r"],
        "context_exact": contexts["exact"],
        "per_type": types["per_type"],
        "per_context": contexts["per_context"],
    }


def confusion(results: Sequence[SentenceResult]) -> dict[str, dict[str, int]]:
    """gold type -> shown predicted label -> count."""
    table: dict[str, dict[str, int]] = {t: {} for t in PLOVER_TYPES}
    for r in results:
        row = table.setdefault(r.gold.type, {})
        row[r.shown_label] = row.get(r.shown_label, 0) + 1
    return table


# --- error analysis --------------------------------------------------------------------------

def _overlapping(result: dict, spans: Iterable[tuple[int, int]], gold_text: str) -> list[dict]:
    """Output actors with a mention on the gold spans (offsets mapped if the text was cleaned)."""
    text = result["article"]["text"]
    out = []
    for start, end in spans:
        if text != gold_text:
            piece = gold_text[start:end]
            at = text.find(piece, max(0, start - 5))
            at = at if at >= 0 else text.find(piece)
            if at < 0:
                continue
            start, end = at, at + len(piece)
        out += [a for a in result["actors"] if a not in out
                and any(m["start"] < end and start < m["end"] for m in a["mentions"])]
    return out


def diagnose_actors(r: SentenceResult) -> list[tuple[str, str, str]]:
    """(role, error class, what) for each actor or recipient error of a sentence that has an event.

    A gold entry missing from the event (country level) is ``not recognised`` (no actor mention on
    its words; ``gold unaligned`` if its words are not in the sentence), ``unresolved name`` (only
    unknown actors without a country there), ``wrong country``, ``role swapped`` (in the event's
    other role, and not a same-country dyad) or ``not attached`` (resolved right, but the event
    did not take it). A predicted participant the gold lacks is ``location as actor`` (named on a
    gold LOC span) or ``extra participant`` (one the gold has in the other role is counted once,
    as ``role swapped``). ``wrong sector``: the country is right, the sector not; ``extra
    sector``: a second group of a country the gold has, with a sector the gold lacks.
    """
    if r.event is None:
        return []
    out = []
    g = r.gold
    by_id = {a["id"]: a for a in r.result["actors"]}
    roles = {"actor": (g.actors, r.actors, r.recipients), "recipient": (g.recipients, r.recipients, r.actors)}
    for role, (gold, pred, other) in roles.items():
        gold_countries = {a.key[0] for a in gold}
        pred_countries = {p[0] for p in pred}
        other_gold = {x.key[0] for x in (g.recipients if role == "actor" else g.actors)}
        for a in gold:
            if a.key[0] in pred_countries:
                if not any(a.key[0] == p[0] and (a.key[1] is None or a.key[1] == p[1]) for p in pred):
                    out.append((role, "wrong sector", f"{a.text} {a.key[1]} vs {[p[1] for p in pred]}"))
                continue
            over = [predicted_actor_key(x) for x in _overlapping(r.result, a.spans, g.text)]
            if a.key[0] in {o[0] for o in other} and a.key[0] not in other_gold:
                cls = "role swapped"
            elif a.key[0] in {o[0] for o in over}:
                cls = "not attached"
            elif not a.spans:
                cls = "gold unaligned"
            elif not over:
                cls = "not recognised"
            elif all(o[0].startswith("?") for o in over):
                cls = "unresolved name"
            else:
                cls = "wrong country"
            out.append((role, cls, f"{a.text} ({a.key[0]})"))
        ids = r.event["actors"] if role == "actor" else r.event["recipients"]
        for aid, key in zip(ids, pred):
            if key[0] in gold_countries:
                same = [a.key for a in gold if a.key[0] == key[0]]
                if not any(k[1] is None or k[1] == key[1] for k in same) and all(
                        any(k[1] == p[1] for p in pred) for k in same):
                    out.append((role, "extra sector", f"{by_id.get(aid, {}).get('name', aid)} {key[1]}"))
                continue
            if key[0] in other_gold and key[0] not in {o[0] for o in other}:
                continue  # already counted as "role swapped" from the other role
            actor = by_id.get(aid)
            spans = [(m["start"], m["end"]) for m in (actor or {}).get("mentions", [])]
            if any(s < le and ls < e for s, e in spans for ls, le in g.locations):
                cls = "location as actor"
            else:
                cls = "extra participant"
            out.append((role, cls, f"{(actor or {}).get('name', aid)} ({key[0]})"))
    return out


def no_event_cause(r: SentenceResult, lexicon) -> str:
    """Why a sentence has no PLOVER event, judged from the words of the gold's event spans:
    ``STATEMENT only``; ``trigger of the gold type`` (a word is a trigger form of the gold type,
    so the rule or its actors failed); ``trigger of another type only``; ``no trigger word``."""
    if r.shown_label == STATEMENT:
        return "STATEMENT only"
    tables = (getattr(lexicon, "verbs", {}), getattr(lexicon, "nouns", {}))
    words = {w.strip(".,;:'\"()`").lower() for w in r.gold.triggers}
    types = {rule.type for table in tables for w in words for rule in table.get(w, ())}
    if r.gold.type in types:
        return "trigger of the gold type"
    return "trigger of another type only" if types else "no trigger word"


def _keys(keys: Iterable[ActorKey], blank: str = "-") -> str:
    return ", ".join(f"{c}/{s or blank}" for c, s in keys) or "-"


def _describe(r: SentenceResult) -> str:
    g = r.gold
    ev = r.event
    gold_a = _keys((a.key for a in g.actors), "*")
    gold_r = _keys((a.key for a in g.recipients), "*")
    if ev:
        pred = (f"{ev['type']} {ev['cameo']} {ev['modality']} [{ev['trigger']}] "
                f"{_keys(r.actors)} -> {_keys(r.recipients)}")
    else:
        pred = r.shown_label
    return (f"line {g.line} {g.id}\n  gold {g.type} {gold_a} -> {gold_r}\n  pred {pred}\n  {g.text}")


# --- driver ----------------------------------------------------------------------------------

def evaluate_plover(shared_dir: Path | str | None = None, *, split: str = "dev", ctx: "Context | None" = None,
                    limit: int | None = None, verbose: bool = False) -> dict:
    """Figures for ``dev``, ``test`` or ``all`` (dev, test and both together).

    Per-type scores, the confusion table, the actor error tally and (``verbose``) the list of
    errors are given for one split only: the one asked for, or dev under ``all``, so that test
    errors are seen only when asked for by name.
    """
    if split not in ("dev", "test", "all"):
        raise UsageError(f"unknown split {split!r}: use dev, test or all")
    from ..pipeline import default_context

    shared = Path(shared_dir or default_shared_dir())
    gold = load_gold(shared)
    table = read_cameo_table(shared)
    wanted = SPLITS if split == "all" else (split,)
    todo = [g for g in gold if g.split in wanted][:limit]
    ctx = ctx or default_context()
    t0 = time.perf_counter()
    results = [run_sentence(g, ctx) for g in todo]
    seconds = time.perf_counter() - t0
    rows = [score_sentences([r for r in results if r.gold.split == s], table, s) for s in wanted]
    if split == "all":
        rows.append(score_sentences(results, table, "all"))
    detail_split = "dev" if split == "all" else split
    detail = [r for r in results if r.gold.split == detail_split]
    tally: collections.Counter[str] = collections.Counter()
    causes = collections.Counter(no_event_cause(r, ctx.lexicon) for r in detail if r.event is None)
    errors = []
    for r in detail:
        found = diagnose_actors(r)
        tally.update(f"{role}: {cls}" for role, cls, _ in found)
        wrong = r.label != r.gold.type or not r.match("actor", sector=True) or not r.match("recipient", sector=True)
        if verbose and wrong:
            cause = f"\n  ! {no_event_cause(r, ctx.lexicon)}" if r.event is None else ""
            if r.event and r.event["type"] not in table.code_types(r.event["cameo"]):
                cause = f"\n  ! CAMEO {r.event['cameo']} is {'/'.join(sorted(table.code_types(r.event['cameo'])))}"
            errors.append(_describe(r) + cause + "".join(f"\n  ! {role} {cls}: {what}" for role, cls, what in found))
    out = {
        "gold": str(shared / GOLD_FILE),
        "published": PLACEHOLDER_DATE,
        "seconds": seconds,
        "splits": rows,
        "detail_split": detail_split,
        "per_type": next(r["per_type"] for r in rows if r["split"] == detail_split),
        "per_context": next(r["per_context"] for r in rows if r["split"] == detail_split),
        "confusion": confusion(detail),
        "actor_errors": dict(tally.most_common()),
        "no_event_causes": dict(causes.most_common()),
    }
    for row in rows:
        del row["per_type"], row["per_context"]
    if verbose:
        out["errors"] = errors
    return out


# --- printing --------------------------------------------------------------------------------

_COLUMNS = (
    ("split", "split", "{}"),
    ("sentences", "sents", "{}"),
    ("type_accuracy", "type acc", "{:.3f}"),
    ("macro_f1", "macro-F1", "{:.3f}"),
    ("found", "found", "{:.3f}"),
    ("no_event", "no event", "{}"),
    ("actor_country", "actor C", "{:.3f}"),
    ("actor_sector", "actor C+S", "{:.3f}"),
    ("recipient_country", "recip C", "{:.3f}"),
    ("recipient_sector", "recip C+S", "{:.3f}"),
    ("cameo_root", "CAMEO root", "{:.3f}"),
    ("context_f1", "context F1", "{:.3f}"),
)

_ABBREV = {"STATEMENT": "STMT", NO_EVENT: "none"}


def format_table(rows: Sequence[dict]) -> str:
    """One row per split, columns aligned."""
    return _aligned([[label for _, label, _ in _COLUMNS]]
                    + [[fmt.format(row[key]) for key, _, fmt in _COLUMNS] for row in rows])


def format_confusion(table: dict[str, dict[str, int]]) -> str:
    """Gold type (rows) x predicted label (columns); ``.`` for zero."""
    cols = list(PLOVER_TYPES) + [STATEMENT, NO_EVENT]
    head = ["gold \\ pred"] + [_ABBREV.get(c, c[:4]) for c in cols] + ["n"]
    rows = [head]
    for t in PLOVER_TYPES:
        row = table.get(t, {})
        rows.append([t] + [str(row.get(c, 0) or ".") for c in cols] + [str(sum(row.values()))])
    return _aligned(rows)


def format_per_type(per_type: dict[str, dict], first: str = "type") -> str:
    rows = [[first, "gold", "pred", "P", "R", "F1"]]
    rows += [[t, str(v["gold"]), str(v["predicted"]), f"{v['p']:.2f}", f"{v['r']:.2f}", f"{v['f1']:.2f}"]
             for t, v in per_type.items()]
    return _aligned(rows)


def format_report(report: dict) -> str:
    """The whole plain-text report: figures, then the detail of one split."""
    parts = [format_table(report["splits"]), "",
             f"{report['detail_split']}: gold type (rows) x predicted type (columns); STMT = only a "
             f"STATEMENT event, scored as none",
             format_confusion(report["confusion"]), "",
             f"{report['detail_split']}: per-type scores", format_per_type(report["per_type"]), "",
             f"{report['detail_split']}: PLOVER contexts of the chosen event (sentences whose gold names one)",
             format_per_type(report["per_context"], "context"), "",
             f"{report['detail_split']}: actor and recipient errors (sentences with an event)"]
    parts += [f"  {n:4d}  {k}" for k, n in report["actor_errors"].items()] or ["  none"]
    parts += ["", f"{report['detail_split']}: sentences without a PLOVER event, by cause"]
    parts += [f"  {n:4d}  {k}" for k, n in report["no_event_causes"].items()] or ["  none"]
    if report.get("errors"):
        parts += ["", f"{report['detail_split']}: sentences with an error", ""] + report["errors"]
    return "\n".join(parts) + "\n"


def _aligned(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths))).rstrip()
        for r in rows
    )
