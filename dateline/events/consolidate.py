"""Merging the mentions of one event within an article (headline, lead, body, caption)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Sequence

from ..actors.resolve import ArticleActors
from .types import EXPLICIT_BASES, FACTUAL, RECIPROCAL, Attribution, Event, EventDate, EventMention

__all__ = ["UNDATED_GRANULARITY", "UNDATED_WINDOW_DAYS", "consolidate", "undated_date"]

#: How many days before its publication an event the text does not date may have happened. Measured
#: on the events the text does date to the day (docs/times.md, "Undated events"): the publication day
#: minus the event's day is at most 7 for 95.6 % of them (KCNA 93.2 %, BASIL dev 97.9 %, demo 95.5 %).
#: The cross-article merge looks back as far (``MergeConfig.lookback_days``).
UNDATED_WINDOW_DAYS = 7
#: The granularity of an undated event's date: a range of days, not one day the text gives.
UNDATED_GRANULARITY = "range"

_GRANULARITY_RANK = {"second": 0, "minute": 1, "hour": 2, "day": 3, "week": 4, "month": 5, "quarter": 6,
                     "season": 6, "half": 7, "year": 8, "decade": 9, "century": 10}


def _modality_class(m: str) -> str:
    # a mention in passing ("background") of an event another mention tells as fact is the same event
    return "factual" if m in FACTUAL or m == "background" else m


def _interval(d: EventDate | None) -> tuple[str, str] | None:
    if d is None:
        return None
    if d.interval:
        return d.interval[0][:10], d.interval[1][:10]
    if len(d.value) == 10:
        return d.value, d.value
    return None


@dataclass
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    def explicit(self) -> list[EventDate]:
        return [m.date for m in self.mentions if m.date is not None and m.date.basis in EXPLICIT_BASES]

    def participants(self) -> set[str]:
        return set().union(*(_firm(m) for m in self.mentions))

    def recipients(self) -> set[str]:
        return set().union(*(set(m.recipients) for m in self.mentions if not m.guessed_recipients))

    def themes(self) -> set[str]:
        return {m.theme for m in self.mentions if m.theme}


def _firm(m: EventMention) -> set[str]:
    """Participants the text ties to the trigger (a guessed recipient does not decide a merge)."""
    return set(m.actors) if m.guessed_recipients else m.participants


def _identities(ids: set[str], actors: ArticleActors) -> set[str]:
    """Ids, where a country, its generic groups ("USA-MIL") and its places count as one actor."""
    out = set()
    for i in ids:
        a = actors.actors.get(i)
        out.add(a.country if a is not None and a.kind in ("country", "group", "place") and a.country else i)
    return out


def _countries(ids: set[str], actors: ArticleActors) -> set[str]:
    return {actors.country_of(i) or i for i in ids}


def _dates_compatible(a: list[EventDate], b: EventDate | None) -> bool:
    if b is None or b.basis not in EXPLICIT_BASES or not a:
        return True
    ib = _interval(b)
    for d in a:
        ia = _interval(d)
        if ia is None or ib is None:
            continue
        if ia[1] < ib[0] or ib[1] < ia[0]:
            return False
    return True


def _compatible(c: _Cluster, m: EventMention, actors: ArticleActors, themes: dict[str, str]) -> bool:
    f = c.first
    if f.type != m.type or _modality_class(f.modality) != _modality_class(m.modality):
        return False
    ours, theirs = c.participants(), _firm(m)
    ct = c.themes()
    if not _identities(ours, actors) & _identities(theirs, actors):
        # no shared actor: the same country, and the same occasion or the same day
        same_day = m.date is not None and m.date.basis in EXPLICIT_BASES and m.date.granularity == "day" and any(
            d.value == m.date.value for d in c.explicit())
        if not (_countries(ours, actors) & _countries(theirs, actors) and ((m.theme and m.theme in ct) or same_day)):
            return False
    if _reversed(c, m, actors) or _other_people(c, m, actors):
        return False
    cr, mr = c.recipients(), set() if m.guessed_recipients else set(m.recipients)
    if cr and mr and not (_identities(cr, actors) & _identities(mr, actors) or _countries(cr, actors) & _countries(mr, actors)) \
            and not _headline_named(c, m, cr | mr, actors) and not _swapped(c, m, actors):
        return False
    if ct and m.theme and m.theme not in ct:
        return False
    if not _dates_compatible(c.explicit(), m.date):
        return False
    if m.date is not None and m.date.basis in EXPLICIT_BASES:
        for other in c.mentions:  # an explicit date may not fall after a report that already told it
            if other.date is not None and other.date.basis == "report":
                ia, ib = _interval(m.date), _interval(other.date)
                if ia and ib and ia[0] > ib[1]:
                    return False
    return True


def _headline_named(c: _Cluster, m: EventMention, recipients: set[str], actors: ArticleActors) -> bool:
    """ "Kim Jong Un Sends Congratulations to Vietnamese President" and the lead's "sent a congratulatory
    message to Luong Cong, president of the Socialist Republic of Vietnam, on Oct. 22": a headline
    names by country or title the one its lead names by a name the gazetteer lacks (no country
    known); the act the lead tells as fact, with its day, is the headline's (a mention in passing,
    "the WPK Central Committee in the message extended ...", is not the headline's act)."""
    return m.modality in FACTUAL and all(x.evidence.region == "title" for x in c.mentions) and any(
        actors.country_of(r) is None for r in recipients)


def _swapped(c: _Cluster, m: EventMention, actors: ArticleActors) -> bool:
    """ "Kim Tok Hun met and had a talk with the Belarusian foreign minister who paid a courtesy call on
    him at the Mansudae Assembly Hall on Thursday": a reciprocal act told from the other side (actor and
    recipient swapped: the same actor received, one of the same country calling) is the same meeting,
    and its day is the meeting's."""
    if m.type not in RECIPROCAL or m.guessed_recipients:
        return False
    ours = _identities({a for x in c.mentions for a in x.actors}, actors)
    return bool(ours & _identities(set(m.recipients), actors)) and bool(
        _countries(set(m.actors), actors) & _countries(c.recipients(), actors))


def _cluster_actors(c: _Cluster, actors: ArticleActors) -> list[str]:
    """The actors of a cluster as its first mention tells the act: a reciprocal act told the other way
    round ("who paid a courtesy call on him") adds no actor from the side the first one received."""
    first = c.first
    received = _countries(set(first.recipients), actors) if first.type in RECIPROCAL else set()
    ours = _identities(set(first.actors), actors)

    def other_side(m: EventMention, a: str) -> bool:
        return bool(received) and m is not first and bool(_identities(set(m.recipients), actors) & ours) \
            and bool(_countries({a}, actors) & received)
    return list(dict.fromkeys(a for m in c.mentions for a in m.actors if not other_side(m, a)))


def _reversed(c: _Cluster, m: EventMention, actors: ArticleActors) -> bool:
    """A directed act told the other way round is another act: the ambassador "conveyed the
    greetings of Kim Jong Un to President Obiang" and "the president expressed deep thanks" are a
    greeting and its answer, not one SUPPORT of both. Talks and agreements ("Kim met Putin",
    "Putin met Kim") are reciprocal and stay one."""
    if m.type in RECIPROCAL:
        return False
    ours = _identities({a for x in c.mentions for a in x.actors}, actors)
    theirs = _identities(set(m.actors), actors)
    if not ours or not theirs or ours & theirs:
        return False
    mr = set() if m.guessed_recipients else set(m.recipients)
    return bool(theirs & _identities(c.recipients(), actors)) or bool(ours & _identities(mr, actors))


def _other_people(c: _Cluster, m: EventMention, actors: ArticleActors) -> bool:
    """Two named people doing a directed act are two acts, even to the same recipients: "Kim Jong Un
    extended warm congratulations to the war veterans" and "Ri Il Hwan congratulated the war veterans"
    at the same celebration. Reciprocal acts ("Kim met Putin", "Putin met Kim") stay one."""
    if m.type in RECIPROCAL:
        return False
    ours = {a for x in c.mentions for a in x.actors}
    theirs = set(m.actors)
    people = [actors.actors.get(a) for a in ours | theirs]
    return bool(ours and theirs) and not ours & theirs and all(a is not None and a.kind == "person" for a in people)


def _best_date(c: _Cluster, published: dt.date | None, lag_days: int = 0) -> EventDate:
    explicit = c.explicit()
    if explicit:
        return min(explicit, key=lambda d: (_GRANULARITY_RANK.get(d.granularity, 5), d.basis != "time_expression"))
    # the story's day carried to a mention in passing does not date the act a factual mention tells: "Kim
    # Kang Il Monday made public the following press statement" (the story's day), not "The DPRK bitterly
    # condemns ..." further on, which sits after the drills "on June 17-20" the statement recalls; a day
    # the passing mention's own report gives ("Trump announced late on Saturday") still counts
    dated = [m for m in c.mentions if m.date is not None]
    told = [m.date for m in dated if m.modality in FACTUAL]
    reported = told + [m.date for m in dated if m.modality not in FACTUAL and m.date.basis != "narrative"] \
        if told else [m.date for m in dated]
    if reported:
        return min(reported, key=lambda d: d.value)
    return undated_date(published, lag_days)


def undated_date(published: dt.date | None, lag_days: int = 0,
                 window: int = UNDATED_WINDOW_DAYS) -> EventDate:
    """The date of an event the text does not date: a range of days, not the publication day.

    Claiming the publication day would be GDELT's flaw (the article's day taken for the event's).
    ``interval`` is every day the event may fall on, ``window`` days before publication up to the
    publication day itself (an agency's same-day press statements); ``value`` is the likeliest day,
    the publisher's usual lag (``lag_days``: KCNA tells yesterday's events), as before.
    """
    if published is None:
        return EventDate("", UNDATED_GRANULARITY, "publication", None, None)
    value = (published - dt.timedelta(days=lag_days)).isoformat()
    first = published - dt.timedelta(days=max(window, lag_days))
    return EventDate(value, UNDATED_GRANULARITY, "publication", None, (first.isoformat(), published.isoformat()))


def _salience(c: _Cluster, date: EventDate, actors: ArticleActors) -> float:
    """How much the event is its sentence's main act, a hand-set score (trigger strength, known actors,
    an explicit date, several mentions, told as fact). It picks the event that stands for a sentence
    (PLOVER); the chance that the event is right is ``confidence`` (events/confidence.py)."""
    score = 0.5 + max(m.salience for m in c.mentions)
    if any(m.actors for m in c.mentions):
        score += 0.1
    known = [actors.actors[i].known for i in c.participants() if i in actors.actors]
    if known and all(known):
        score += 0.1
    if date.basis in EXPLICIT_BASES:
        score += 0.1
    score += min(0.15, 0.05 * (len(c.mentions) - 1))
    if all(m.modality not in FACTUAL for m in c.mentions):
        score -= 0.2
    return round(max(0.05, min(0.99, score)), 2)


def consolidate(mentions: Sequence[EventMention], actors: ArticleActors, published: dt.date | None,
                publisher: Attribution | None = None, lag_days: int = 0) -> list[Event]:
    """Group mentions of the same event (same type, participants, compatible time and theme).

    ``lag_days``: how many days before publication the publisher's undated events fall (KCNA: 1).
    """
    clusters: list[_Cluster] = []
    for m in mentions:
        for c in clusters:
            if _compatible(c, m, actors, {}):
                c.mentions.append(m)
                break
        else:
            clusters.append(_Cluster([m]))
    events = []
    for n, c in enumerate(clusters, 1):
        actor_ids = _cluster_actors(c, actors)
        firm = [r for m in c.mentions if not m.guessed_recipients for r in m.recipients]
        guessed = [r for m in c.mentions if m.guessed_recipients for r in m.recipients]
        recipient_ids = [r for r in dict.fromkeys(firm or (guessed if len(actor_ids) < 2 else []))
                         if r not in actor_ids]
        attribution: list[Attribution] = []
        for m in c.mentions:
            for a in m.attribution:
                if all((a.actor, a.cue) != (b.actor, b.cue) for b in attribution) and (a.actor or a.text):
                    attribution.append(a)
        modality = c.first.modality
        if modality == "background" and any(m.modality in FACTUAL for m in c.mentions):
            modality = "asserted"  # told as fact somewhere in the article
        if modality in FACTUAL:  # one attributed mention makes the event a report
            modality = "reported" if any(a.actor for a in attribution) else "asserted"
        if publisher is not None:
            attribution.append(publisher)
        date = _best_date(c, published, lag_days)
        salience = _salience(c, date, actors)  # the confidence until events/confidence.py calibrates it
        location = next((m.location for m in c.mentions if m.location), None)
        events.append(Event(
            id=f"e{n}", type=c.first.type, mode=next((m.mode for m in c.mentions if m.mode), None),
            cameo=c.first.cameo, modality=modality, actors=tuple(actor_ids), recipients=tuple(recipient_ids),
            date=date, location=location, attribution=tuple(attribution),
            evidence=tuple(m.evidence for m in c.mentions), confidence=salience, salience=salience,
            trigger=c.first.trigger, theme=next((m.theme for m in c.mentions if m.theme), None),
        ))
    return events
