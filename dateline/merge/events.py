"""Cross-article merge: event mentions from many reports that tell the same real event become one.

Order-independent by construction:

1. every mention is a plain ``MentionRecord``; the input is sorted by key first;
2. candidate pairs come from blocking keys (type family + participant) and a sweep over
   date intervals, so only mentions that could match are compared;
3. ``same_event(a, b, similarity)`` is symmetric and returns a score or None; ``similarity``
   is the TF-IDF cosine of the two reports, computed over all the reports given (``documents``);
4. candidate pairs are taken best score first (ties by key), and two clusters join only
   when the join keeps the cluster consistent (one mention per article, a common date,
   one location country), which guards against chaining unrelated events;
5. a cluster's id is its smallest member key.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from ..events.types import EXPLICIT_BASES as EXPLICIT

__all__ = [
    "EXPLICIT",
    "MergeConfig",
    "MentionRecord",
    "common_actors",
    "compatible_types",
    "cosine",
    "date_window",
    "merge_mentions",
    "participant_keys",
    "report_words",
    "same_event",
    "terms",
    "tfidf",
    "words",
]

#: Date bases that place the event itself; the others only bound it from above.
_FACTUAL = frozenset({"asserted", "reported"})
#: PLOVER types that outlets use for the same act ("criticized" ACCUSE, "said" STATEMENT, "urged" REQUEST).
_FAMILY = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"), "cooperation"),
    **dict.fromkeys(("ACCUSE", "REJECT", "THREATEN", "PROTEST", "REQUEST"), "conflict"),
    **dict.fromkeys(("SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "force"),
}
_COUNTRY = re.compile(r"^[A-Z]{3}(?:-[A-Z]+)?$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
_STOP = frozenset(
    "a an and are as at be been but by for from had has have he her his in into is it its of on or said says "
    "she that the their them they this to was were which who will with would after before over about than "
    "also not no more most other some such there then these those what when where while mr mrs ms".split())


@dataclass(frozen=True)
class MergeConfig:
    """Knobs of the merge; the defaults are the ones docs/merge.md reports figures for."""

    #: How many days before its publication an undated event may have happened.
    lookback_days: int = 7
    #: Slack, in days, when two explicit day dates are compared (time zones, late reports).
    day_slack: int = 1
    #: Below this TF-IDF cosine two reports are not telling the same story (unless both date the event to the day).
    #: Chosen on BASIL's development half (stories of even years); docs/merge.md has the grid.
    min_similarity: float = 0.14
    #: Report similarity reads the headline and this many content words of the body: news puts the story
    #: in its lede (the inverted pyramid); the background further down is shared by every report on the topic.
    lede_words: int = 120
    #: Evidence sentences sharing this share of their content words tell one act even when actors differ.
    min_wording: float = 0.2
    #: An explicit date wider than this many days (a year, a season) merges only with the same date.
    max_width_days: int = 31
    #: Reports this alike tell one story: their events of one type need no shared participant
    #: (chosen with ``min_similarity`` on BASIL's development half). A ``STATEMENT`` ("X said"), the weakest
    #: sign of one act, merges only between reports this alike (or with the same wording, or dated to the day).
    strong_similarity: float = 0.16
    #: Two undated mentions (bounded only by their reports' dates) are one event only when their reports came
    #: out within this many days of each other: undated, the event is each report's news.
    undated_days: int = 3
    #: An actor named in more than this share of the reports (and in at least ``common_min_reports``) -- the
    #: president, the country -- is no evidence by itself that two mentions tell one act (IDF, not raw overlap).
    common_share: float = 0.1
    common_min_reports: int = 10


@dataclass(frozen=True)
class MentionRecord:
    """One event mention as the merge sees it: plain values, no database, no spaCy."""

    key: str
    article: str
    source: str
    type: str
    modality: str
    actors: frozenset[str]
    recipients: frozenset[str]
    start: dt.date
    end: dt.date
    explicit: bool
    group: str = ""
    country: str | None = None
    terms: frozenset[str] = field(default_factory=frozenset)
    #: The report's publication day (an undated mention's only anchor).
    published: dt.date | None = None

    @property
    def report(self) -> str:
        """The report this mention belongs to: near-duplicate copies count as one."""
        return self.group or self.article


def date_window(value_start: str, value_end: str, basis: str, published: str | None,
                config: MergeConfig = MergeConfig()) -> tuple[dt.date, dt.date]:
    """The days an event may fall on: its interval when dated, else up to ``lookback_days`` before the report."""
    start, end = dt.date.fromisoformat(value_start[:10]), dt.date.fromisoformat(value_end[:10])
    if basis in EXPLICIT:
        return start, end
    upper = end
    if published:
        upper = min(upper, dt.date.fromisoformat(published[:10]))
    return upper - dt.timedelta(days=config.lookback_days), upper


def participant_keys(actor_id: str) -> tuple[str, frozenset[str]]:
    """(exact key, name tokens): countries and groups match exactly, names by their words."""
    if _COUNTRY.match(actor_id):
        return actor_id, frozenset()
    name = actor_id.split(":", 1)[-1]
    tokens = [t for t in name.split("-") if t]
    return actor_id, frozenset(tokens)


_SUFFIX = frozenset({"jr", "sr", "ii", "iii", "s"})


def _name(actor_id: str) -> list[str]:
    """A name's words without a generational suffix or a possessive ("eric-h-holder-jr", "hillary-clinton-s")."""
    tokens = [t for t in actor_id.split(":", 1)[-1].split("-") if t]
    while len(tokens) > 2 and tokens[-1] in _SUFFIX:
        tokens.pop()
    return tokens


def _same_actor(a: str, b: str) -> bool:
    """The same actor, allowing a surname alone ("org:steele") for the full name ("per:michael-steele").

    Two full names must end in the same surname ("chuck-schumer" ~ "charles-schumer"): a word in common
    elsewhere is not enough ("kim-yo-jong" is not "kim-jong-un", "ash-carter" not "carter-page").
    """
    if a == b:
        return True
    if _COUNTRY.match(a) or _COUNTRY.match(b):
        return False
    na, nb = _name(a), _name(b)
    if not na or not nb:
        return False
    if len(na) == 1 or len(nb) == 1:
        short, long_ = (na, nb) if len(na) == 1 else (nb, na)
        return len(short[0]) > 2 and short[0] == long_[-1]
    return na[-1] == nb[-1] and len(na[-1]) > 2


def _matched(a: frozenset[str], b: frozenset[str]) -> int:
    """How many actors of the smaller side have a counterpart on the other."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return sum(1 for x in small if any(_same_actor(x, y) for y in big))


def _modality_class(m: str) -> str:
    return "factual" if m in _FACTUAL else m


def _overlap(a: MentionRecord, b: MentionRecord, slack: int) -> bool:
    pad = dt.timedelta(days=slack if a.explicit and b.explicit else 0)
    return a.start - pad <= b.end and b.start - pad <= a.end


def compatible_types(a: str, b: str) -> bool:
    """The same type, two types of one family, or a STATEMENT and a spoken (non-force) type."""
    if a == b:
        return True
    if "STATEMENT" in (a, b):
        other = b if a == "STATEMENT" else a
        return _FAMILY.get(other) in ("cooperation", "conflict")
    return _FAMILY.get(a) is not None and _FAMILY.get(a) == _FAMILY.get(b)


def _family(t: str) -> str:
    return "spoken" if t == "STATEMENT" or _FAMILY.get(t) in ("cooperation", "conflict") else _FAMILY.get(t, t)


def _wide(r: MentionRecord, config: MergeConfig) -> bool:
    return r.explicit and (r.end - r.start).days > config.max_width_days


def _to_the_day(r: MentionRecord) -> bool:
    return r.explicit and r.end <= r.start + dt.timedelta(days=1)


def common_actors(records: Iterable[MentionRecord], config: MergeConfig = MergeConfig()) -> frozenset[str]:
    """Actors named in so many reports that sharing one says little (``MergeConfig.common_share``)."""
    reports: dict[str, set[str]] = {}
    all_reports = set()
    for r in records:
        all_reports.add(r.report)
        for x in r.actors | r.recipients:
            reports.setdefault(x, set()).add(r.report)
    bar = max(config.common_share * len(all_reports), config.common_min_reports)
    return frozenset(x for x, seen in reports.items() if len(seen) >= bar)


def same_event(a: MentionRecord, b: MentionRecord, similarity: float = 0.0,
               config: MergeConfig = MergeConfig(), common: frozenset[str] = frozenset()) -> float | None:
    """How sure we are that two mentions from different reports tell one event (None: they don't).

    ``similarity`` is the cosine of the two reports' TF-IDF vectors; ``common`` the actors too frequent
    in the collection to count as shared evidence (``common_actors``). Symmetric in ``a`` and ``b``.
    """
    if a.article == b.article:
        return None
    if not compatible_types(a.type, b.type) or _modality_class(a.modality) != _modality_class(b.modality):
        return None
    if not _overlap(a, b, config.day_slack):
        return None
    # "last year" or "in 2018" places an earlier event, not this week's news: coarse dates merge only alike
    wide_a, wide_b = _wide(a, config), _wide(b, config)
    if (wide_a or wide_b) and (a.start, a.end) != (b.start, b.end):
        return None
    if a.country and b.country and a.country != b.country:
        return None
    # two undated mentions: each is its report's news, so the reports came out close together
    if not a.explicit and not b.explicit and a.published and b.published \
            and abs((a.published - b.published).days) > config.undated_days:
        return None
    pa, pb = a.actors | a.recipients, b.actors | b.recipients
    shared = _matched(pa, pb) if pa and pb else 0
    if shared and common and not _matched(pa - common, pb - common):
        shared = 0  # only the president (the country, a party) in common: no sign of one act
    wording = len(a.terms & b.terms) / len(a.terms | b.terms) if a.terms and b.terms else 0.0
    # the same participants, or (when actors were missed) the same words in the evidence, or one story
    if not shared and wording < config.min_wording and not (a.type == b.type and similarity >= config.strong_similarity):
        return None
    dated = a.type == b.type and _to_the_day(a) and _to_the_day(b)
    if similarity < config.min_similarity and not dated:
        return None
    # "X said": a statement merges only within one story, with the same words, or on the same day
    if "STATEMENT" in (a.type, b.type) and not dated and similarity < config.strong_similarity \
            and wording < config.min_wording:
        return None
    score = similarity + wording + (0.5 * shared / min(len(pa), len(pb)) if shared else 0.0)
    if a.type == b.type:
        score += 0.25
    if dated:
        score += 0.25
    return round(score, 6)


def _candidates(records: Sequence[MentionRecord]) -> set[tuple[int, int]]:
    """Index pairs that share a type family and a participant or evidence word and whose date windows overlap."""
    blocks: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(records):
        keys = set(r.terms)
        for actor in r.actors | r.recipients:
            exact, tokens = participant_keys(actor)
            keys.add(exact)
            keys |= tokens
        for k in keys:
            blocks.setdefault((_family(r.type), k), []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (records[i].start, records[i].key))
        active: list[int] = []
        for i in members:
            lo = records[i].start - dt.timedelta(days=1)
            active = [j for j in active if records[j].end >= lo]
            for j in active:
                pairs.add((min(i, j), max(i, j)))
            active.append(i)
    return pairs


@dataclass
class _Cluster:
    members: list[int]
    articles: set[str]
    start: dt.date
    end: dt.date
    country: str | None


def merge_mentions(records: Iterable[MentionRecord], config: MergeConfig = MergeConfig(),
                   documents: Mapping[str, Mapping[str, int]] | None = None) -> dict[str, str]:
    """Each mention key's event id (the smallest key of its cluster); the same for any input order.

    ``documents`` gives each report's word counts (by article id); without it, reports are
    taken as unrelated and only mentions dated to the day can merge.
    """
    recs = sorted(records, key=lambda r: r.key)
    if len({r.key for r in recs}) != len(recs):
        raise ValueError("mention keys must be unique")
    vectors = tfidf(documents or {})
    common = common_actors(recs, config)
    scored = []
    for i, j in _candidates(recs):
        sim = cosine(vectors.get(recs[i].article, {}), vectors.get(recs[j].article, {}))
        s = same_event(recs[i], recs[j], sim, config, common)
        if s is not None:
            scored.append((-s, recs[i].key, recs[j].key, i, j))
    scored.sort()

    parent = list(range(len(recs)))
    clusters = {
        i: _Cluster([i], {r.article}, r.start, r.end, r.country) for i, r in enumerate(recs)
    }

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, _, _, i, j in scored:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        a, b = clusters[ri], clusters[rj]
        if not _joinable(a, b, config.day_slack):
            continue
        root, other = min(ri, rj), max(ri, rj)
        parent[other] = root
        clusters[root] = _join(a, b)
        del clusters[other]

    out = {}
    for root, c in clusters.items():
        cid = recs[min(c.members)].key
        for m in c.members:
            out[recs[m].key] = cid
    return out


def _joinable(a: _Cluster, b: _Cluster, slack: int) -> bool:
    # one mention per article: two events the article kept apart stay apart
    if a.articles & b.articles:
        return False
    if max(a.start, b.start) - dt.timedelta(days=slack) > min(a.end, b.end):
        return False
    return not (a.country and b.country and a.country != b.country)


def _join(a: _Cluster, b: _Cluster) -> _Cluster:
    return _Cluster(a.members + b.members, a.articles | b.articles, max(a.start, b.start), min(a.end, b.end),
                    a.country or b.country)


def words(text: str) -> list[str]:
    """Content words, case-folded: the vocabulary of report similarity and evidence overlap."""
    return [w for w in (x.casefold() for x in _WORD.findall(text)) if w not in _STOP and len(w) > 2]


def tfidf(documents: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, float]]:
    """Unit-length TF-IDF vectors (log tf, log idf over the documents given), by document id."""
    df: dict[str, int] = {}
    for counts in documents.values():
        for w in counts:
            df[w] = df.get(w, 0) + 1
    n = len(documents)
    out = {}
    for key in sorted(documents):
        v = {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in documents[key].items() if c > 0}
        norm = math.sqrt(sum(x * x for x in v.values()))
        out[key] = {w: x / norm for w, x in v.items() if x} if norm else {}
    return out


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # fsum is exactly rounded, so the result does not depend on the order of the words
    return math.fsum(x * b.get(w, 0.0) for w, x in a.items())


def report_words(title: str | None, text: str | None, config: MergeConfig = MergeConfig()) -> Counter[str]:
    """A report's words for report similarity: its headline and the first ``lede_words`` content words."""
    return Counter(words(title or "")) + Counter(words(text or "")[:config.lede_words])


def terms(texts: Iterable[str]) -> frozenset[str]:
    """Content words of evidence sentences, for the lexical part of the score."""
    return frozenset(w for t in texts for w in words(t))
