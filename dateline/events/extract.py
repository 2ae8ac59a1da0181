"""Event mentions from the dependency parse: trigger, actors, recipients, time, place, modality, source."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator, Sequence

from ..actors.resolve import ArticleActors, tail_sector
from ..datafiles import read_data
from ..nlp.tree import of_chain, of_object, of_objects
from ..time.types import TimeExpr
from .lexicon import Lexicon, TriggerRule, noun_forms
from .types import FACTUAL, Attribution, EventDate, EventMention, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..nlp import ParsedParagraph

__all__ = ["EventExtractor"]

_VERB = {"VERB", "AUX"}
_ROUNDS = {"round", "rounds", "series"}  # "a new round of talks": the talks are the light verb's object
_NOUN = {"NOUN", "PROPN"}
_SUBJ = {"nsubj", "csubj"}
_OBJ = {"dobj", "obj"}
_MODIFIERS = {"compound", "amod", "poss", "nmod", "npadvmod"}
_MEMBERS = {"member", "members", "leader", "leaders", "head", "heads", "chief", "chiefs", "delegation",
            "supporter", "supporters", "follower", "followers", "loyalist", "loyalists", "backer", "backers",
            "delegations", "official", "officials", "representative", "representatives", "spokesman",
            "spokeswoman", "spokesperson", "envoy", "envoys", "minister", "ministers"}
#: bare counts of people: "Tens of thousands rallied in Belgrade" is a crowd
_CROWDS = frozenset({"thousands", "hundreds", "tens", "millions", "scores", "dozens", "crowds"})
#: words that count or part what their "of" names: "a group of refugees" are refugees
_QUANTITY = _CROWDS | {"group", "groups", "number", "crowd", "band", "contingent", "handful", "majority", "some", "many",
                       "most", "all", "both", "several", "few", "lot", "lots", "wave", "team", "teams", "batch", "one",
                       "two", "three", "part", "third", "half", "each", "none"}
#: heads of a partitive object whose "of" noun is the thing acted on: "delivered the first of 18 helicopters",
#: "returned a collection of stolen paintings", "handed back a consignment of archives"
_PARTITIVE = {"first", "last", "rest", "bulk", "collection", "consignment", "shipment", "shipments", "cargo",
              "load", "loads", "tons", "tonnes", "barrels", "truckloads", "planeloads", "quantities", "quantity"}
#: passive light verbs of those who watch an act rather than do it (the parser gives no lemmas)
_SPECTATING = {"watched", "observed", "overseen", "guided", "supervised", "inspected", "witnessed", "attended"}
_PEOPLE_PREPS = {"in", "from", "throughout", "across", "at", "of", "inside"}
#: titles of a party's leaders, and the last words of a party's name ("the Forward Bloc")
_PARTY_TITLES = {"chairperson", "chairman", "chairwoman", "leader", "secretary", "president", "head", "chief",
                 "secretary-general", "co-chairman", "co-chairperson", "vice-chairman", "founder"}
_PARTY_HEADS = {"party", "bloc", "front", "league", "movement", "alliance"}
_FOLLOWERS = {"supporter", "supporters", "follower", "followers", "loyalist", "loyalists", "backer", "backers"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
_PROJECTILES = {"missile", "rocket", "shell", "projectile", "bomb", "drone", "icbm", "round", "salvo", "mortar"}
_PLACE_NOUNS = {"port", "ports", "capital", "city", "region", "border", "coast", "territory", "waters", "soil",
                "airspace", "island", "province", "area", "side", "base", "embassy"}
# "in the Algerian village", "in a Palestinian refugee camp": a nationality on these places where
# something happens tells the country it happens in
_SETTLEMENTS = {"town", "village", "city", "capital", "province", "region", "district", "port", "territory",
                "countryside", "camp", "market", "neighborhood", "neighbourhood", "suburb"}
#: parts of a town named "of" it: "in a residential sector of eastern Beirut" is in Beirut
_QUARTERS = {"sector", "sectors", "quarter", "part", "district", "suburb", "suburbs", "outskirts", "area", "centre",
             "center", "neighborhood", "neighbourhood"}
_CALENDAR_TYPES = {"DATE", "TIME"}
# "after the liberation of Korea (August 15, 1945), he stressed": the way from a time up to the act it
# places, through a temporal preposition; not through the act's participants ("the veterans of 1950")
_HISTORY_PATH = {"pobj", "prep", "pcomp", "appos", "advcl", "npadvmod", "nummod", "compound", "nmod"}
_HISTORY_PREPS = {"after", "since", "before", "following", "during", "in", "until", "till"}
_BOUNDS = {"since", "until", "till", "before", "after", "by", "from", "through", "between", "to"}  # bounds, no date
_PHYSICAL = {"ASSAULT", "COERCE"}  # acts on bodies and property: a town struck stands for its people
_GRIEVANCE_NOUNS = {"protest", "defiance", "opposition", "response", "anger", "outrage"}  # "in protest of X"
#: "a students group urging the impeachment of Yoon started a sit-in": what the protesters are known to demand
_DEMANDING = {"urging", "demanding", "calling", "seeking", "opposing", "denouncing", "protesting"}
_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "AGREE"}
_LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "on"}
_PATRONAGE = {"guidance", "leadership", "care", "behalf", "instruction", "instructions", "direction"}  # no target
#: "with the attendance of personages of ... parties": those who take part are doers, never the target
_ATTENDANCE = {"attendance", "participation", "presence"}
#: "a rally outside the Japanese embassy", "in front of the U.S. embassy": the mission's state is the target
_MISSIONS = {"embassy", "consulate", "mission", "legation"}
_BEFORE_PREPS = {"outside", "before", "at", "near"}
_BE = {"be", "is", "are", "was", "were", "am", "'s", "'re"}
_POSS_PRONOUNS = {"their", "its", "his", "her"}
_BLASTS = {"explosion", "blast", "bomb", "bombing", "shell", "shelling", "missile", "rocket", "grenade", "mine",
           "landmine", "shot", "gunfire", "fire", "raid", "airstrike", "strike", "attack", "ambush", "assault",
           "barrage", "detonation"}


#: people words two countries share: the publisher's own when it is one of them (as in actors.resolve)
_SHARED_PEOPLES = {"korean": frozenset({"PRK", "KOR"}), "koreans": frozenset({"PRK", "KOR"})}
_MOURNED = {"death", "demise", "passing", "bier", "coffin", "funeral", "remains", "grave"}  # "over his death"
_SITES = frozenset(f for w in ("position", "post", "station", "camp", "barracks", "headquarters", "office",
                                "stronghold", "checkpoint", "outpost", "garrison", "hideout", "patrol", "convoy")
                   for f in noun_forms(w))  # a group's sites: "rebel positions"
_MILITARY_SITES = frozenset(f for w in ("position", "barracks", "garrison", "outpost", "bunker", "trench")  # not
                            # "base": KCNA's "livestock farming bases"
                            for f in noun_forms(w))
_ITS_OPPONENTS = frozenset({"REB", "OPP", "MED", "LAB", "GOV", "LEG"})  # whom words are aimed at at home
_STATE_BODIES = frozenset(f for w in ("government", "authority", "regime", "administration", "cabinet", "junta",
                                       "office") for f in noun_forms(w))  # "the government", "government offices"
_MANY = {"different", "various", "many", "several", "other", "foreign", "all", "numerous"}


def _of_many_countries(tok: "Token") -> bool:
    """"political parties and personages in different countries": people of no one country."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "conj"]
    heads += [g for h in list(heads) for g in h.children if g.dep_ == "conj"]
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "of", "from", "across", "around"):
                for g in p.children:
                    if g.dep_ == "pobj" and g.lower_ in ("countries", "nations", "world", "continents") and (
                            g.lower_ == "world" or any(a.lower_ in _MANY for a in g.children)):
                        return True
    return False


def _against(tok: "Token") -> bool:
    """A name inside an "anti-"/"pro-" compound ("the anti-U.S. struggle") is a stance, not where people are."""
    doc = tok.doc
    if tok.lower_.startswith(("anti-", "pro-")):
        return True
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text in ("-", "‐") and tok.i > 1:
        prev = doc[tok.i - 2]
    return prev is not None and prev.lower_ in ("anti", "pro", "anti-", "pro-")


def _town_itself(tok: "Token") -> bool:
    """A place hit as itself ("blockade Paris", "killed 23 in Tel Aviv"), not a place that names a
    site ("the Fordow, Natanz and Isfahan facilities") or a target aimed at ("missiles at Isfahan")."""
    h = tok
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if any(x.pos_ == "NOUN" or x.dep_ in ("compound", "nmod") for x in _conj(h)):
        return False  # "Iran's Fordow, Natanz and Isfahan nuclear sites", however the headline parses
    return h.dep_ not in ("compound", "amod", "nmod", "poss") and not (h.dep_ == "pobj" and h.head.lower_ == "at")


def _conj(tok: "Token") -> Iterator["Token"]:
    yield tok
    for c in tok.children:
        if c.dep_ == "conj":
            yield from _conj(c)



def _complement(t: "Token", words: frozenset[str]) -> "Token | None":
    """The word of ``words`` said of ``t``'s object: "found two journalists guilty" (on the object, or
    heading a clause of its own: "found [the leader guilty]"); "found him not guilty" is no such word."""
    for c in t.children:
        found = [c] if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") else \
            [g for g in c.children if g.dep_ == "amod" and g.i > c.i] if c.dep_ in _OBJ else []
        for w in found:
            if w.lower_ in words and not any(x.dep_ == "neg" or x.lower_ == "not" for x in w.children) \
                    and not any(x.dep_ == "neg" for x in t.children):
                return w
    return None

class EventExtractor:
    """Finds event mentions in parsed paragraphs, given the article's actors and times."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def __call__(self, paragraphs: Sequence["ParsedParagraph"], actors: ArticleActors, times: Sequence[TimeExpr],
                 published: dt.date | None = None, voice: str | None = None) -> list[EventMention]:
        """``voice``: the country of the publisher, whom an unattributed "we" stands for."""
        article = _Article(self.lex, paragraphs, actors, times, published)
        article.voice = voice
        return article.run()


class _Article:
    def __init__(self, lex: Lexicon, paragraphs, actors: ArticleActors, times, published=None) -> None:
        self.lex, self.paragraphs, self.actors = lex, paragraphs, actors
        self._statement_rule = TriggerRule(
            lemma="say", pos="verb", type="STATEMENT", cameo=lex.default_cameo("STATEMENT"), mode=None,
            objects=frozenset(), object_preps=(), particle=None, recipient=("to",), retype=(), needs=frozenset())
        self.times = sorted(times, key=lambda t: t.start)
        self._time_starts = [t.start for t in self.times]
        self.last_source: Attribution | None = None
        self._heads_cache: dict[tuple[int, int], list[tuple[TimeExpr, "Token"]]] = {}
        # a report's own date never sets the story's day: "reported Saturday", the dateline's "July 20"
        self._report_times: set[str] = {te.id for te in self.times for p in paragraphs
                                        if p.kind == "dateline" and p.start <= te.start < p.end}
        self._lead_times: set[str] = {te.id for te in self.times for p in paragraphs
                                      if p.kind == "lead" and p.start <= te.start < p.end}
        self._recent = _recent_window(published)
        self.voice: str | None = None
        self._voiced = False  # the last actors found came from "we"/"I": the statement's own voice
        self._physical = False  # the event being read hits bodies or property: a place hit is its people
        self._statement_date: EventDate | None = None
        self._bound_times: set[str] = set()  # "From October 21, the U.S. has staged ...": a bound, not the day
        self._speaker_times: set[str] = set()  # "two days ago" in a speech: counted from the speech's day
        self._triggers_here: set[int] = set()  # tokens of the sentence being read that trigger an event
        self.sentence_no = 0
        self._break = (-1, -1)  # the last sentence that turned to another occasion ("Meanwhile, ...")
        self._published = published
        self._colon_speaker: str | None = None  # who speaks after "he said, and continued:"
        self._setting = _Background.of(self, paragraphs, published)

    # ------------------------------------------------------------------ driver
    def run(self) -> list[EventMention]:
        out: list[EventMention] = []
        for p_idx, para in enumerate(self.paragraphs):
            if para.kind == "dateline":
                continue
            for sent in para.doc.sents:
                self.sentence_no += 1
                if sent[0].lower_ in self._setting.rules["narrative_breaks"] and not _same_day(sent):
                    self._break = (para.start + sent.start_char, para.start + sent.end_char)
                self._time_heads(p_idx, sent)
                found = self._sentence(p_idx, para, sent)
                for m in sorted(found, key=lambda m: m.evidence.trigger or (0, 0)):
                    if m.date is None and m.modality in ("asserted", "reported", "background") \
                            and para.kind in ("lead", "body"):
                        ref = self._narrative_time(m.evidence.trigger[0] if m.evidence.trigger else m.evidence.start)
                        if ref is not None:
                            m.date = EventDate(*_date_parts(ref), basis="narrative", time_id=ref.id,
                                               interval=ref.interval)
                out.extend(found)
            if para.kind in ("lead", "body"):
                self._colon_speaker = self._introduces_words(p_idx, para) or self._colon_speaker
        return out

    def _introduces_words(self, p_idx: int, para) -> str | None:
        """ "... he said, and continued:": a paragraph ending in a verb of saying and a colon hands the
        word to its subject; an "I" in the paragraphs after it is that person (not the publisher's
        country). Only a person, and only when no quoted document has an author of its own."""
        text = para.doc.text.rstrip()
        if not text.endswith(":") or len(para.doc) < 2:
            return None
        verb = para.doc[-1] if para.doc[-1].text != ":" else para.doc[-2]
        while verb.pos_ not in _VERB and verb.head.i != verb.i:
            verb = verb.head
        if verb.lower_ not in self.lex.reporting and verb.lower_ not in ("continued", "went", "added"):
            return None
        # the parser may hang "and continued" on a verb of the reported clause: the nearest verb of saying
        # up the tree whose subject is one person is the speaker
        for v in [verb, *verb.ancestors][:8]:
            if v.pos_ not in _VERB or (v.lower_ not in self.lex.reporting and v is not verb):
                continue
            for c in v.children:
                if c.dep_ == "nsubj":
                    ids = self._referents(p_idx, [c])
                    people = [i for i in ids if (a := self.actors.actors.get(i)) is not None and a.kind == "person"]
                    if len(people) == 1:
                        return people[0]
        return None

    def _narrative_time(self, offset: int) -> TimeExpr | None:
        """The day the story is at: the last recent, past calendar day named before ``offset``.

        Wire copy names the day once ("Kim inspected a farm on Thursday") and goes on telling
        what happened then; a day named as a report's date ("reported Saturday") does not count,
        nor is it the day of a sentence that turns to another occasion ("Meanwhile, ...", unless
        "on the same day": background.yaml, narrative_breaks); the story goes on after it.
        """
        if self._break[0] <= offset < self._break[1]:
            return None  # "Meanwhile, various organizations issued statements": another occasion, its own day or none
        for te in reversed(self.times[:bisect.bisect_left(self._time_starts, offset)]):
            if te.id in self._bound_times and te.id in self._lead_times and self._range_of(te) is not te:
                pass  # the lead's "took place from October 7 to 8": bound as it is, the story is in the range
            elif te.id in self._report_times or te.id in self._bound_times or te.anchor in self._speaker_times \
                    or te.type != "DATE" \
                    or te.granularity != "day" or not te.interval:
                continue
            if te.interval and self._recent and self._recent[0] <= te.interval[0][:10] <= self._recent[1]:
                return self._range_of(te)
        return None

    def _range_of(self, te: TimeExpr) -> TimeExpr:
        """ "held in Sankt-Peterburg from Sept. 18 to 20": the last day of a range is no day the story is
        at; the story is somewhere in the range, so its narrative date is the whole range (a day listed
        after a bound "from"/"between" day, which it is anchored to)."""
        k = bisect.bisect_left(self._time_starts, te.start)
        first = self.times[k - 1] if k > 0 else None
        if first is None or te.anchor != first.id or first.id not in self._bound_times or not first.interval \
                or not te.interval or te.rule != "listed_day" or first.granularity != "day" \
                or te.start - first.end > 12:
            return te
        return replace(te, interval=(first.interval[0], te.interval[1]))

    def _sentence(self, p_idx: int, para, sent) -> list[EventMention]:
        found: list[tuple["Token", TriggerRule, "Token | None"]] = []
        consumed: set[int] = set()
        for t in sent:
            if t.pos_ in _VERB or (t.tag_ in ("VBG", "VBN") and t.pos_ != "NOUN"):
                rules = self.lex.verbs.get(t.lower_)
                if rules:
                    hit = self._match_verb(t, rules)
                    if hit is not None:
                        rule, obj = hit
                        found.append((t, rule, obj))
                        if obj is not None:
                            consumed.update(x.i for x in _conj(obj))
        for t in sent:
            rules = self.lex.nouns.get(t.lower_) if t.pos_ in _NOUN and t.i not in consumed else None
            if rules and self._noun_is_told(p_idx, t):
                rule = self._match_noun(t, rules)
                if rule is not None:
                    found.append((t, rule, None))
        triggers = {t.i for t, _, _ in found}
        self._triggers_here = triggers
        for t in sent:
            if t.i not in triggers and t.pos_ in _VERB and self._is_statement(p_idx, t):
                found.append((t, self._statement_rule, None))
        requests = [self._must(p_idx, para, sent, t) for t in sent
                    if t.pos_ in _VERB and (any(c.dep_ == "aux" and c.lower_ in self.lex.intents["request_aux"]
                                                for c in t.children) or self._mandated(t))]
        mentions: dict[int, EventMention] = {}
        for t, rule, obj in sorted(found, key=lambda x: x[0].i):
            m = self._mention(p_idx, para, sent, t, rule, obj)
            if m is not None:
                mentions[t.i] = m
        for i, m in list(mentions.items()):
            extra = self._intent(p_idx, para, sent, para.doc[i], m, mentions)
            if extra is not None:
                mentions[-1 - i] = self._passing(p_idx, para.doc[i], extra)
        for k, r in enumerate(x for x in requests if x is not None):
            mentions[-10_000 - k] = self._passing(p_idx, sent.root, r)
        for i, m in mentions.items():  # a coordinated verb without its own time shares its partner's
            if i < 0:
                continue
            t = para.doc[i]
            if m.date is None and t.dep_ == "conj" and t.head.i in mentions:
                d = mentions[t.head.i].date
                if d is not None and d.basis == "time_expression":
                    m.date = EventDate(d.value, d.granularity, "coordination", d.time_id, d.interval)
        return list(mentions.values())

    def _party_of_title(self, p_idx: int, tok: "Token") -> list[str] | None:
        """ "the chairperson of the Party for Peace and Unity of Russia", "general secretary of the Central
        Committee of the All-India Forward Bloc": the holder of a title in a named party acts for that
        party, the body's own mention when it has one, else the party (PTY) of the one country its name
        holds. In KCNA's lists of foreign party leaders the body is rarely in the gazetteer, and its
        country alone (a state) or the country's people are wrong."""
        if tok.pos_ != "NOUN" or tok.lower_ not in _PARTY_TITLES:
            return None
        # "secretary of the Central Committee of the ... Bloc": proper names up to the party's
        g = next((g for g in of_chain(tok, 3) if g.pos_ != "PROPN" or g.lower_ in _PARTY_HEADS), None)
        if g is None or g.pos_ != "PROPN":
            return None
        m = self.actors.at(p_idx, g.i)
        if m is not None and m.how == "context":  # "the Party" is the WPK only when nothing follows
            m = None
        a = self.actors.actors.get(m.actor) if m is not None else None
        if a is not None and a.kind == "organisation":
            return [m.actor] if a.sector == "PTY" else None
        countries = {c for x in g.subtree if x.i != g.i and (n := self.actors.at(p_idx, x.i)) is not None
                     and n.how != "context" and (c := self.actors.country_of(n.acts_as or n.actor))}
        return [self.actors.group(countries.pop(), "PTY")] if len(countries) == 1 else None

    def _entourage(self, p_idx: int, tok: "Token") -> list[str] | None:
        """ "Choe Son Hui and her party": a person's party is her entourage, not a political party."""
        if tok.lower_ not in ("party", "entourage", "suite"):
            return None
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ == "PRON":
                m = self.actors.at(p_idx, c.i)
                a = self.actors.actors.get(m.actor) if m is not None else None
                return [m.actor] if a is not None and a.kind == "person" else []
        return None

    def _diaspora(self, p_idx: int, tok: "Token") -> list[str] | None:
        """ "Koreans in Japan", "a group of Koreans in Japan": a people living in a country are civilians
        of their own nation (Chongryon's members are Koreans), neither the host country's government nor
        its people; the host's civilians only when the people's nation is unknown."""
        of_people = [g for g in of_objects(tok) if g.ent_type_ == "NORP"]
        nationals = self.lex.sector_nouns.get(tok.lower_) == "CVL" and any(
            c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in tok.children)  # "Korean residents"
        if tok.ent_type_ != "NORP" and not (tok.lower_ in _QUANTITY and of_people) and not nationals:
            return None
        for h in [tok] + of_people:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "living", "residing"):
                    for g in c.children:
                        m = self.actors.at(p_idx, g.i) if g.dep_ == "pobj" else None
                        country = self.actors.country_of(m.acts_as or m.actor) if m else None
                        if country:
                            nation = next((n for n in (self._nation_of(p_idx, x) for x in [h] + of_people) if n), None)
                            return [self.actors.group(nation or country, "CVL")]
        return None

    def _nation_of(self, p_idx: int, people: "Token") -> str | None:
        """The nation a people word names ("Koreans", "Korean women"): its demonym's country, or for a
        word two countries share ("Korean") the publisher's own when it is one of them."""
        for t in [people] + [c for c in people.children if c.dep_ in ("amod", "compound")]:
            m = self.actors.at(p_idx, t.i)
            country = self.actors.country_of(m.acts_as or m.actor) if m is not None else None
            if country:
                return country
            shared = _SHARED_PEOPLES.get(t.lower_, ())
            if self.voice in shared:
                return self.voice
        return None

    def _passing(self, p_idx: int, t: "Token", m: EventMention) -> EventMention:
        """A derived intent or request told in passing is background like any other mention."""
        voiced = any(c.dep_ in _SUBJ and c.lower_ in ("i", "we") for c in t.children)
        if self._in_passing(p_idx, t, m.modality, m.date, voiced):
            m.modality = "background"
        elif m.modality in FACTUAL and (m.date is None or m.date.basis != "time_expression") \
                and self._general_claim(p_idx, t, m.actors, m.attribution, voiced):
            m.modality = "habitual"
        return m

    def _in_passing(self, p_idx: int, t: "Token", modality: str, date: EventDate | None, voiced: bool) -> bool:
        """A factual mention that the article tells in passing: without a time expression of its own
        where the article speaks of things in passing, or dated long before it (``_recalled``)."""
        if modality not in FACTUAL:
            return False
        if date is not None and date.basis == "time_expression":
            return self._recalled(p_idx, date, voiced)
        return self._setting.background(p_idx, t, voiced) or self._told_as_past(p_idx, t)

    def _recalled(self, p_idx: int, date: EventDate, voiced: bool) -> bool:
        """ "the top secret nuclear document signed by the U.S. and Japan in 1969", "the oil seized in April
        last year" in a commentary; "One day in April 1961, Kim Il Sung guided a meeting" in a
        reminiscence; "in 2019" in an article quoted by a dispatch: where the article speaks of others
        in passing, an act its own time puts before the month up to publication is history the text
        recalls, not its news (background.yaml, recalled_examples). A statement's own "we" keeps its acts."""
        s, recent = self._setting, self._recent
        if voiced or recent is None or not date.interval or not (
                s.commentary or s.old_story or (s.document_para is not None and p_idx > s.document_para)):
            return False
        return date.interval[1][:10] < recent[0]

    def _general_claim(self, p_idx: int, t: "Token", m_actors, attribution, voiced: bool) -> bool:
        """A claim of what someone does as a rule, not an act of the day (background.yaml, general
        claims): the content of a stance noun's clause ("from the standpoint that Party committees
        take ..."), conduct over time ("many members have absolutely supported ..."), or a simple
        present in the story's text ("The U.S. seeks to tarnish ..."; not a headline, a reporting
        verb, quoted words, or "we"/"I" and the speaker's own side taking a stand)."""
        para = self.paragraphs[p_idx]
        if para.kind not in ("lead", "body") or t.pos_ not in _VERB or voiced:
            return False
        rules = self._setting.rules
        if t.dep_ == "acl" and t.head.lower_ in rules["stance"] and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            return True
        h = _clause_head(t)
        kids = list(h.children)
        if any(c.dep_ in _SUBJ and c.lower_ in ("i", "we") for c in kids):
            return False
        if t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in t.children) \
                and _conduct_told(t):
            return True
        if h.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in kids):
            subj = [c for c in kids if c.dep_ == "nsubj"]
            return any(c.dep_ == "advmod" and c.lower_ in rules["degree"] for c in kids) or any(
                x.lower_ in rules["quantifiers"] for s in subj for x in s.subtree)
        if h.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ in rules["degree"] for c in kids) and all(
                c.lower_ in ("is", "are", "am") for c in kids if c.dep_ in ("aux", "auxpass")) and any(
                c.dep_ == "auxpass" for c in kids):  # "the Party is faithfully supported by the youth": a stance
            return not self._speaks_for_itself(p_idx, m_actors, attribution) and t.i not in _quoted(t.sent)
        return h.tag_ in ("VBZ", "VBP") and h.lower_ not in self.lex.reporting \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids) \
            and not self._speaks_for_itself(p_idx, m_actors, attribution) and t.i not in _quoted(t.sent)

    def _speaks_for_itself(self, p_idx: int, m_actors, attribution) -> bool:
        """ "Vietnam supports the DPRK's efforts, he said", "The DPRK bitterly condemns ..." in a DPRK
        statement, "The Palestinians reject ..., Erakat said": the speaker, the speaker's side, or a
        country in reported words (most often the speaker's own, and the pronoun "he" is not always
        followed to the right person) takes its stand that day, as "we" would; no general claim."""
        author = self._setting.author_at(p_idx)
        speakers = {a.actor for a in attribution if a.actor} | {author} - {None}
        if not m_actors or not (speakers or attribution):
            return False
        countries = {self.actors.country_of(s) for s in speakers} - {None}

        def own(a: str) -> bool:  # "The Palestinians reject ..., negotiator Saeb Erakat said": his side
            x = self.actors.actors.get(a)
            return a in speakers or self.actors.country_of(a) in countries or (
                x is not None and x.kind == "country" and bool(attribution))
        return all(own(a) for a in m_actors)

    def _told_as_past(self, p_idx: int, t: "Token") -> bool:
        """An undated mention the sentence itself places before the report's day (background.yaml):
        "Israel's recent attack", a running toll "since" a time, an act bounded by a year long gone."""
        rules = self._setting.rules
        kids = list(t.children)
        if t.pos_ in _NOUN and any(c.dep_ == "amod" and c.lower_ in rules["adjectives"] for c in kids):
            return True
        perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in kids)
        for c in kids if t.pos_ in _VERB else ():  # "Putin's first visit since 2000" is no running state
            mark = c.lower_ if c.dep_ == "prep" else c.left_edge.lower_ if c.dep_ == "advcl" else None
            if mark in rules["running"] and (perfect or self._times_in(p_idx, c)):
                return True
        return self._bounded_by_history(p_idx, t)

    def _times_in(self, p_idx: int, head: "Token") -> list[TimeExpr]:
        """Calendar times inside ``head``'s phrase."""
        return [te for te, root in self._time_heads(p_idx, head.sent)
                if te.type in _CALENDAR_TYPES and te.interval and head.left_edge.i <= root.i <= head.right_edge.i]

    def _bounded_by_history(self, p_idx: int, t: "Token") -> bool:
        """ "after the liberation of Korea (August 15, 1945), he stressed ...": a time of a year long before
        publication in the trigger's own clause (not in a clause describing a noun, nor in speech), under
        a temporal preposition of a verb ("the deal was sealed during his first visit since 2000": the nearest
        one is of a noun, and "first ... since" compares, it does not place)."""
        if self._published is None:
            return False
        old = self._published.year - self._setting.rules["old_years"]
        for te, root in self._time_heads(p_idx, t.sent):
            if te.type not in _CALENDAR_TYPES or not te.interval or not te.interval[1][:4].isdigit() \
                    or int(te.interval[1][:4]) > old:
                continue
            h, steps, bound = root, 0, None
            while h.head.i != h.i and h.i != t.i and steps < 8 and h.dep_ in _HISTORY_PATH:
                if bound is None and h.dep_ == "prep" and h.lower_ in _HISTORY_PREPS:
                    bound = h.head.pos_ in _VERB  # the nearest temporal preposition: of a verb, or of a noun
                h, steps = h.head, steps + 1
            if h.i == t.i and bound:
                return True
        return False

    # ------------------------------------------------------------------ intents and requests
    def _derived(self, m: EventMention, etype: str, cameo: str, cue: "Token", para, actors, recipients,
                 attribution, rule: str) -> EventMention:
        """An event said in the sentence about another one: its date is the day it was said."""
        report_time = m.report_time
        date = None
        if report_time is not None:
            date = EventDate(*_date_parts(report_time), basis="report", time_id=report_time.id,
                             interval=report_time.interval)
        trig = (para.start + cue.idx, para.start + cue.idx + len(cue.text))
        d = EventMention(
            type=etype, cameo=cameo, mode=None, trigger=cue.text,
            evidence=Evidence(m.evidence.start, m.evidence.end, m.evidence.text, trig, m.evidence.region),
            actors=actors, recipients=recipients, modality="reported" if attribution else "asserted",
            attribution=attribution, date=date, location=m.location, theme=None, sentence=m.sentence, rule=rule,
            salience=m.salience,
        )
        d.report_time = report_time
        return d

    def _intent(self, p_idx: int, para, sent, t: "Token", m: EventMention, mentions) -> EventMention | None:
        """ "X will do Y", "X plans to do Y", "X is willing to do Y": X promises (AGREE) or threatens."""
        cue = m.cue
        if cue is not None and cue.lower_ in self.lex.intents.get("refusal_heads", ()) and m.modality == "negated" \
                and m.rule not in ("intent", "request", "refusal") and m.actors and cue.pos_ in _VERB:
            table = self.lex.intents.get("refuse", {})
            if cue.i in mentions or m.type not in table:  # "rejected ...", "refused to ..." is a trigger itself
                return None
            return self._derived(m, "REJECT", str(table[m.type]), cue, para, m.actors, m.recipients, m.attribution,
                                 "refusal")
        if self._future_refusal(t, m, cue):  # "Baghdad said it would not allow the inspectors to return"
            return self._derived(m, "REJECT", str(self.lex.intents["refuse"][m.type]), cue, para, m.actors,
                                 m.recipients, m.attribution, "refusal")
        if m.modality != "expected" or cue is None or m.rule in ("intent", "request") or not m.actors:
            return None
        if self._attempted(t, m, cue):
            return None
        if cue.i in mentions or cue.pos_ in _NOUN:  # "agreed to ...", "threatened to ...": already an event
            return None
        if cue.lower_ in self.lex.intents["not_intent"]:  # "refused to ...", "decided to ..."
            return None
        if self._standing_pledge(t, cue) or any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
            return None  # "will as ever support", "shall be dispatched": no new intent of the subject
        marks = {g.lower_ for c in t.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark"}
        threat = bool(marks & set(self.lex.intents["threat_marks"])) or (
            m.type not in _COOPERATIVE and bool(marks & {"if"}))
        if not threat and cue.lower_ in self.lex.intents.get("offer_heads", ()):
            # "offered to send military advisers": an offer promises, whatever the act offered
            offers = {**self.lex.intents["agree"], **self.lex.intents.get("offer", {})}
            return self._derived(m, "AGREE", str(offers.get(m.type, "030")), cue, para, m.actors, m.recipients,
                                 m.attribution, "intent")
        table = self.lex.intents["threaten" if threat or m.type not in _COOPERATIVE else "agree"]
        if m.type not in table:
            return None
        etype = "THREATEN" if threat or m.type not in _COOPERATIVE else "AGREE"
        return self._derived(m, etype, str(table[m.type]), cue, para, m.actors, m.recipients, m.attribution,
                             "intent")

    def _attempted(self, t: "Token", m: EventMention, cue: "Token") -> bool:
        """ "Gunmen tried to assassinate the president": a past attempt at an assault happened and
        failed; it is an attempted assault of the day (185 for a killing), not a threat. Sets ``m``."""
        if m.type != "ASSAULT" or cue.lower_ not in self.lex.intents.get("attempt_heads", ()) \
                or t.dep_ != "xcomp" or cue.i != t.head.i:
            return False
        m.modality = "reported" if m.attribution else "asserted"
        m.cue = None
        if m.cameo in ("186", "1823"):
            m.cameo = "185"
        return True

    def _future_refusal(self, t: "Token", m: EventMention, cue: "Token | None") -> bool:
        """ "will not withdraw", "would not allow", "won't release": a cooperative act its doer says it
        will not do is a refusal of it (CAMEO 12x), like "refused to"; a past "did not" is not."""
        return (cue is not None and m.modality == "negated" and cue.dep_ == "neg" and cue.head.i == t.i
                and cue.lower_ in ("not", "n't") and m.cameo != "080"  # "will never allow ...": rhetoric
                and m.rule not in ("intent", "request", "refusal") and bool(m.actors)
                and m.type in self.lex.intents.get("refuse", {}) and t.pos_ in _VERB
                and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in t.children))

    def _standing_pledge(self, t: "Token", cue: "Token") -> bool:
        """ "The DPRK will steadily bolster its nuclear force", "we will as ever support ...", "will continue
        to develop": a speech restating a standing policy expresses no new intent on the day it is said."""
        marks = self.lex.intents.get("standing_marks", ())
        lo, hi = sorted((cue.i, t.i))
        between = t.doc[lo:hi + 1]
        return any(w.lower_ in marks for w in between) or any(
            c.dep_ == "advmod" and c.lower_ in marks for c in t.children)

    def _mandated(self, t: "Token") -> bool:
        """ "insisted that Jordan open its border": a subjunctive clause under a verb of insisting says
        what its subject must do, like "must" (a base form, or a plural-looking form after a singular
        subject; "insisted that it had the right" is a claim)."""
        if t.dep_ != "ccomp" or t.head.lower_ not in self.lex.intents.get("mandative_heads", ()) \
                or any(c.dep_ in ("aux", "auxpass", "neg") for c in t.children):
            return False
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        return subj is not None and (t.tag_ == "VB" or (t.tag_ == "VBP" and subj.tag_ in ("NN", "NNP")))

    def _must(self, p_idx: int, para, sent, t: "Token") -> EventMention | None:
        """ "Russia said Sudan must return the helicopter": a REQUEST from the speaker to Sudan."""
        h = t
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if h.dep_ not in ("ccomp", "parataxis") or h.head.lower_ not in self.lex.reporting:
            return None
        asked = self._subjects(p_idx, t)
        speaker = [c for c in h.head.children if c.dep_ == "nsubj"]
        speakers = [x for x in self._referents(p_idx, speaker) if x not in asked and self.actors.actors.get(x)
                    and self.actors.actors[x].sector != "MED"]
        if not asked or not speakers:
            return None
        attribution, report_time = self._attribution(p_idx, sent, t)
        start, end = para.start + sent.start_char, para.start + sent.end_char
        trig = (para.start + t.idx, para.start + t.idx + len(t.text))
        m = EventMention(
            type="REQUEST", cameo=str(self.lex.intents["request_cameo"]), mode=None, trigger=t.text,
            evidence=Evidence(start, end, para.source(sent.start_char, sent.end_char), trig, para.kind),
            actors=speakers[:1], recipients=asked,
            modality="asserted", attribution=[], date=None, location=None, theme=None,
            sentence=self.sentence_no, rule="request", salience=0.2,
        )
        m.report_time = report_time
        if report_time is not None:
            m.date = EventDate(*_date_parts(report_time), basis="report", time_id=report_time.id,
                               interval=report_time.interval)
        return m

    # ------------------------------------------------------------------ triggers
    def _match_verb(self, t: "Token", rules: list[TriggerRule]) -> tuple[TriggerRule, "Token | None"] | None:
        if any(c.dep_ == "xcomp" and c.lower_ in self.lex.intents["no_comment"] and not any(
                p.dep_ == "prep" and g.dep_ == "pobj" and (g.lower_ in self.lex.intents.get("answerable", ())
                                                       or g.lower_[:-1] in self.lex.intents.get("answerable", ()))
                for p in c.children for g in p.children) for c in t.children):
            return None  # "declined to comment" says nothing ("refused to respond to a demand" does)
        relay = any(c.dep_ == "xcomp" and self._relayed_message(c) for c in t.children)
        for rule in rules:
            if relay and rule.type == "REQUEST":
                continue  # "asked the ambassador to convey his greetings to X": the greeting is the act
            if rule.particle and not any(c.lower_ == rule.particle and (c.dep_ in ("prt", "advmod") or (
                    c.dep_ == "prep" and (rule.object_preps or not any(g.dep_ == "pobj" for g in c.children))))
                    for c in t.children) and not _particle_marks_clause(t, rule.particle):
                continue  # "gave orders in the name of" is no "give in"; "put forward" may parse as advmod
            obj = self._object(t, rule)
            if rule.objects and (obj is None or not any(rule.accepts_object(p) for o in _conj(obj)
                                                         for p in self._phrases(o))):
                continue
            if rule.with_prep and not any(c.dep_ == "prep" and c.lower_ in rule.with_prep for c in t.children):
                continue
            if rule.complement and _complement(t, rule.complement) is None:
                continue
            if rule.intransitive and any(c.dep_ == "dobj" for c in t.children):
                continue  # "demonstrated its dignity", "rallied all the people": not a street protest
            if rule.particle is None and any(c.dep_ == "prt" for c in t.children) and any(
                    r.particle for r in rules):
                continue
            return self._retype(rule, obj), obj
        return None

    def _noun_is_told(self, p_idx: int, t: "Token") -> bool:
        """A noun names an event that the sentence tells, not one it mentions in passing.

        Told: the subject ("The summit lasted four hours"), the object of a light verb ("paid a
        visit", "oversaw the test-fire"), a headline's or apposition's head, or a noun with its
        own time ("the summit on Thursday"). Not told: "on the sidelines of the APEC summit".
        """
        if t.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos") or self._light_verb_of(t) is not None:
            return True
        if self._carrier(t) is not None:  # "were engaged in ethnic cleansing", "a strike in protest at ..."
            return True
        if t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "during") and t.head.head.lower_ in self.lex.casualty_verbs:
            return True  # "five people died in clashes between police and protesters": the clashes are told
        if any(self.actors.at(p_idx, c.i) for c in t.children if c.dep_ == "poss") and t.dep_ not in ("pobj",):
            return True
        times = {te.id for te, root in self._time_heads(p_idx, t.sent) if self._governor(root).i == t.i
                 or self._governor(root).i in {v.i for v in self._noun_clauses(t)}}
        return bool(times)

    def _light_verb_of(self, t: "Token") -> "Token | None":
        """The light verb whose object ``t`` is: "held talks", or through a round of them ("began a
        third round of talks", "concluded a series of talks": the round is the verb's object)."""
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _ROUNDS:
            t = t.head.head
        return t.head if t.dep_ in _OBJ and t.head.lower_ in self.lex.light_verbs else None

    def _carrier(self, t: "Token") -> "Token | None":
        """The verb whose subject does the nominal event ``t`` carried by "in" (see cues.yaml)."""
        if t.dep_ != "pobj" or t.head.lower_ != "in" or t.head.dep_ != "prep":
            return None
        h = t.head.head
        if h.lower_ in self.lex.light_in_verbs:
            if h.pos_ in _NOUN and h.dep_ in _OBJ:  # "took part in"
                h = h.head
            return h if h.pos_ in _VERB else None
        if t.lower_ in self.lex.in_event_nouns:
            if h.pos_ in _NOUN and h.dep_ in _OBJ:  # "continued a hunger strike in protest of"
                h = h.head
            return h if h.pos_ in _VERB else None
        return None

    def _noun_clauses(self, t: "Token") -> list["Token"]:
        """Participle clauses that describe a nominal event: "talks held at ...", "a launch conducted by ..."."""
        out = [c for c in t.children if c.dep_ == "acl" and c.pos_ in _VERB]
        for g in of_objects(t):
            for x in (g, *[a for a in g.children if a.dep_ == "appos"]):
                out += [v for v in x.children if v.dep_ == "acl" and v.pos_ in _VERB]
        return out

    def _event_holder(self, t: "Token") -> set[int]:
        """ "inspected the base to guide the drill of combatants on September 11": a verb that is no event
        of its own and takes a nominal event as its object dates that event with its time."""
        h = t.head
        if t.dep_ in ("dobj", "nsubjpass") and h.pos_ in _VERB and h.i not in self._triggers_here \
                and h.lower_ not in self.lex.reporting:
            return {h.i}
        return set()

    def _is_statement(self, p_idx: int, t: "Token") -> bool:
        """ "Kim Yo Jong said in a statement", "the ministry announced": a statement that is news."""
        low = t.lower_
        in_statement = any(c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and any(
            g.lower_ in self.lex.statement_nouns for g in c.children if g.dep_ == "pobj") for c in t.children)
        if not (low in self.lex.statement_verbs or (low in self.lex.reporting and in_statement)):
            return False
        for c in t.children:
            if c.dep_ == "nsubj":
                ids = self._actors_of(p_idx, c)
                return bool(ids) and all(self.actors.actors[i].sector != "MED" for i in ids if i in self.actors.actors)
        return False

    def _match_noun(self, t: "Token", rules: list[TriggerRule]) -> TriggerRule | None:
        mods = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod", "nmod")}
        phrase = self._phrase(t)
        for rule in rules:
            if rule.needs and not (mods & rule.needs or any(n in phrase for n in rule.needs if " " in n)):
                continue
            if rule.objects and not any(rule.accepts_object(p) for g in of_objects(t) for o in _conj(g)
                                        for p in self._phrases(o)):
                continue  # a noun's object is its "of" phrase: "the closure of the embassy"
            return self._retype(rule, t)
        return None

    def _aimed_at_country(self, p_idx: int, t: "Token", actors: list[str], recipients: list[str]) -> bool:
        """ "fired rockets into Israel": missiles aimed at another country (not into a sea) are an attack."""
        own = {self.actors.country_of(a) for a in actors}
        objects = [c for c in t.children if c.dep_ in _OBJ]  # "fired shells at X" may hang "at X" on the shells
        for c in [*t.children, *(g for o in objects for g in o.children)]:
            if c.dep_ == "prep" and c.lower_ in ("into", "at", "on"):
                for g in c.children:
                    m = self.actors.at(p_idx, g.i) if g.dep_ == "pobj" else None
                    country = self.actors.country_of(m.acts_as or m.actor) if m else None
                    if country and country not in own and (not m.place or m.acts_as or self.actors.actors.get(
                            m.actor) and self.actors.actors[m.actor].kind in ("place", "country")):
                        return True
                    if m is None and c.lower_ == "at" and _struck_thing(g):
                        return True  # "fired rockets at a building in Gaza": aimed at something there
        return False

    def _retype(self, rule: TriggerRule, obj: "Token | None") -> TriggerRule:
        if obj is None or not rule.retype:
            return rule
        mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
        for modifiers, etype, cameo in rule.retype:
            if mods & modifiers:
                return replace(rule, type=etype, cameo=cameo)
        return rule

    def _object(self, t: "Token", rule: TriggerRule) -> "Token | None":
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
        for c in t.children:
            if c.dep_ == "dobj" and "dative" in rule.recipient and rule.objects \
                    and not any(rule.accepts_object(p) for p in self._phrases(c)):
                given = self._given_with(t, rule)
                if given is not None:  # "provided Pakistan with oil": the receiver is the first object
                    return given
            if c.dep_ in _OBJ or (passive and c.dep_ == "nsubjpass") or c.dep_ == "attr":
                counted = any(g.dep_ == "nummod" for g in c.children)
                if c.lower_ in _QUANTITY or c.lower_ in _PARTITIVE or counted:
                    # "suspended part of a military aid program", "25,000 tons of food aid"; but a counted
                    # object the rule takes is the object ("released the 24 crew members of the aircraft")
                    inner = of_objects(c)
                    if inner and not (counted and c.lower_ not in _QUANTITY and c.lower_ not in _PARTITIVE
                                      and rule.objects and any(rule.accepts_object(x) for x in self._phrases(c))):
                        return inner[0]
                return c
        preps = rule.object_preps or ((rule.particle,) if rule.particle else ())
        holders = [t] + [c for c in t.children if c.dep_ in ("prt", "advmod")  # "pulled out of the treaty"
                         or (c.dep_ == "prep" and c.lower_ == rule.particle)]  # ... parsed with "out" a prep
        for h in holders:
            for c in h.children:
                if c.dep_ in ("prep", "prt") and c.lower_ in preps:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return g
        if t.dep_ in ("acl", "relcl") and t.head.pos_ in _NOUN and (passive or t.tag_ == "VBN") \
                and not self._active_participle(t):
            return t.head  # "the treaty signed by ...", "five items that were approved"
        if rule.objects and t.lower_ not in self.lex.reporting:
            for c in t.children:  # "allowed U.N. inspectors back", "allowed the inspectors to return"
                if c.dep_ in ("ccomp", "xcomp") and c.i > t.i:
                    subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i and g.pos_ in _NOUN), None)
                    if subj is not None:
                        return subj
        return None

    def _given_with(self, t: "Token", rule: TriggerRule) -> "Token | None":
        """The thing a verb of giving gives with "with" when its direct object is the receiver ("provided
        Pakistan with 50,000 barrels of oil", "will provide Indonesia with food aid"); it must be one the
        rule takes, so "provides the people with the right to know" gives nothing."""
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    for x in [g] + of_objects(g):  # "with 50,000 barrels of oil"
                        if any(rule.accepts_object(p) for p in self._phrases(x)):
                            return x
        return None

    def _given_with_receiver(self, t: "Token", obj: "Token | None") -> list["Token"]:
        """The direct object that receives what ``obj`` names when ``obj`` came from ``_given_with``."""
        if obj is None or not any(a.dep_ == "prep" and a.lower_ == "with" and a.head.i == t.i
                                  for a in obj.ancestors):
            return []
        return [c for c in t.children if c.dep_ == "dobj"]

    def _phrases(self, noun: "Token") -> list[str]:
        """The object phrase, and with its of-complement ("state of emergency", "persona non grata")."""
        out = [self._phrase(noun)]
        out += [f"{noun.lower_} of {g.lower_}" for g in of_objects(noun)]
        if noun.pos_ == "PROPN":  # "received King Abdullah", "hosted Prime Minister Tony Blair": the title
            out += [c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
        return out

    @staticmethod
    def _phrase(noun: "Token") -> str:
        """The noun with its compound and adjective modifiers ("10th enlarged plenary meeting")."""
        left = noun
        for c in noun.lefts:
            if c.dep_ in ("compound", "amod", "nmod", "nummod") and c.i < left.i:
                left = c
                break
        return noun.doc[left.i:noun.i + 1].text.lower()

    # ------------------------------------------------------------------ one mention
    def _mention(self, p_idx: int, para, sent, t: "Token", rule: TriggerRule, obj) -> EventMention | None:
        self._voiced = False
        self._physical = rule.type in _PHYSICAL
        if rule.pos == "verb":
            actors = self._subjects(p_idx, t, rule=rule)
            recipients = self._recipients(p_idx, t, rule, obj)
            if not recipients and rule.type in ("REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE"):
                recipients = self._clause_recipients(p_idx, t, obj if obj is not None else next(
                    (c for c in t.children if c.dep_ in _OBJ), None))
            if not recipients:
                recipients = self._partner_of_conjunct(p_idx, t, obj)
            theme_noun = obj
        else:
            actors, recipients = self._noun_arguments(p_idx, t, rule)
            theme_noun = t
            for g in of_objects(t):
                if self.lex.theme(g.lower_):
                    theme_noun = g
        if not recipients and rule.type == "PROTEST":
            recipients = self._grievance(p_idx, t, obj)
        if rule.type == "PROTEST":
            recipients = list(recipients) + [r for r in self._demanders_target(p_idx, t) if r not in recipients]
        if not recipients and rule.type in _PHYSICAL and rule.pos == "verb" and "object" in rule.recipient:
            recipients = self._victims_where_hit(p_idx, t, obj)
        passive_title = rule.pos == "verb" and _headline_passive(para, t)
        if passive_title:  # "Kim Jong Un Praised Abroad": the headline's subject is the one praised
            actors, recipients = [], list(actors) + list(recipients)
        actors = self._specific(list(dict.fromkeys(actors)))
        recipients = self._specific([r for r in dict.fromkeys(recipients) if r not in actors])
        if rule.needs_recipient and not recipients:
            return None
        rule = self._joint_by_its_doers(rule, actors)
        if rule.type == "MOBILIZE" and rule.cameo == "154" and rule.pos == "verb" and self._sent_to_help(t):
            rule = replace(rule, type="AID", cameo="074", mode=None)
        if rule.type == "MOBILIZE" and rule.pos == "verb" and actors and obj is not None \
                and obj.lower_.rstrip("s") in _PROJECTILES and self._aimed_at_country(p_idx, t, actors, recipients):
            rule = replace(rule, type="ASSAULT", cameo="195")
        attribution, report_time = self._attribution(p_idx, sent, t)
        modality, cue = self._modality(t, rule, attribution)
        if (cue is not None and cue.dep_ == "mark" and cue.head.i == t.i and cue.lower_ in ("if", "unless", "lest")) \
                or (modality == "hypothetical" and t.dep_ == "advcl"
                    and any(c.lower_ in ("when", "whenever", "once") for c in t.children if c.dep_ in ("advmod", "mark"))):
            return None  # "... must be lifted if/when a majority of parliament demands it": a condition, not an act
        salience = self._salience(t, rule)
        if not recipients and actors and rule.type in ("SUPPORT", "AID") and rule.pos == "verb":
            recipients = [r for r in self._own_people(p_idx, t, obj, actors) if r not in actors]
        if not recipients and actors and rule.cameo == "018":
            recipients = [r for r in self._mourners(p_idx, t) if r not in actors]
        if not recipients and _addressed_to_you(t, obj):  # "I express my deep thanks to you": the message's addressee
            recipients = [a for a in [self._setting.addressee_at(p_idx)] if a and a not in actors]
        if not recipients and actors:
            recipients = [a for a in [self._setting.message_addressee(t, actors)] if a]
        guessed = False
        if not recipients and len(actors) < 2 and rule.type != "STATEMENT" and (
                actors or (modality in ("asserted", "reported") and salience >= 0.1)):
            # force used or massed "at"/"on" something names its target there ("troops on its border with Syria")
            recipients = self._nearest_other(p_idx, t, actors, aimed=rule.type in _PHYSICAL | {"MOBILIZE"})
            if not recipients and rule.pos == "verb" and rule.type in ("RETREAT", "AID"):
                recipients = self._country_left_or_helped(p_idx, t, actors)
            if not recipients and rule.pos == "verb" and rule.type in ("COERCE", "CONCEDE"):
                recipients = self._people_where_imposed(p_idx, t, obj, actors)
            guessed = bool(recipients)
            if guessed and _arrived_at_a_venue(t, rule):
                return None
        if rule.pos == "verb" and _agent_participle(t) and not rule.objects and not recipients:
            return None  # "the class mission charged by the Party": the noun is no party the act is done to
        if not actors and rule.pos == "verb" and not passive_title:
            actors = self._unnamed_agent(t)  # a passive headline's subject is the patient, not the doer
        if not actors and rule.type == "PROTEST" and rule.pos == "verb":
            # "The 102nd candlelight rally was staged in Seoul ... against the U.S.": the target named
            # does not tell who rallied; the place does
            actors = self._protesters_of_place(p_idx, t)
        if not actors and not recipients:
            return None
        if not actors and rule.type == "CONSULT" and not passive_title:
            return None  # "A meeting was held to convey the gifts", "They arrived in Pyongyang": no one known meets
        if not actors and rule.pos == "verb" and not passive_title and (
                any(c.dep_ == "nsubj" and c.pos_ in _NOUN and not (rule.type == "ASSAULT" and recipients
                                                                   and self._is_blast(c)) for c in t.children)
                or (any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and not (
                    rule.type == "ASSAULT" and recipients and t.dep_ == "acl"
                    and t.head.lower_ in ("attempt", "attempts", "plot", "plots", "bid")))  # "an attempt to kill X"
                or t.tag_ == "VBG"):
            # "any transfer would violate ...": the subject is a thing; "to condemn the U.S.", "demanding
            # its removal": a non-finite verb whose doer the sentence does not give is no event of its own
            return None
        if not actors and rule.pos == "noun":
            return None  # "the sanctions against the DPRK": a nominal event needs its doer
        if not actors and _unresolved_pronoun_subject(t):
            return None
        if rule.type in _PHYSICAL and rule.pos == "verb" and actors and rule.cameo[:2] in ("17", "19") \
                and self._rioters(t):  # bombings, killings and kidnappings (18x) stay assaults
            # "Rioters torched cars", "Demonstrators blockaded the parliament": a violent protest
            rule = replace(rule, type="PROTEST", cameo="144" if rule.cameo == "191" else "145",
                           mode="obstruct" if rule.cameo == "191" else "riot")
        if rule.type == "PROTEST" and rule.lemma == "protest" and actors and all(
                a in self.actors.actors and self.actors.actors[a].sector in ("MIL", "GOV", "NGO", "IGO") for a in actors):
            # "Poland protested the incursion": a state complains officially (114); so does a body such
            # as a rights group ("..., a human rights group protested")
            rule = replace(rule, type="ACCUSE", cameo="114", mode="allege")
        if self._not_an_event(rule, actors, recipients, self.lex.theme(
                (obj if rule.pos == "verb" else t).lower_) if (obj is not None or rule.pos == "noun") else None,
                guessed, t):
            return None
        date = self._date(p_idx, para, sent, t, obj)
        if date is None and report_time is not None:
            date = EventDate(*_date_parts(report_time), basis="report", time_id=report_time.id,
                             interval=report_time.interval)
        start, end = para.start + sent.start_char, para.start + sent.end_char
        trig = (para.start + t.idx, para.start + t.idx + len(t.text))
        theme = self.lex.theme(theme_noun.lower_) if theme_noun is not None else None
        if self._voiced and date is None and self._statement_date is not None:
            # "I categorically reject ...": said in the statement, on the day it was released
            d = self._statement_date
            date = EventDate(d.value, d.granularity, "report", d.time_id, d.interval)
        if self._in_passing(p_idx, t, modality, date, self._voiced) or (
                modality in FACTUAL and rule.pos == "noun" and (
                    _source_of_noun(t) or _commemorated(t, self._setting.rules) or _evaluated(t))):
            modality = "background"  # mentioned in passing: not an event of the report's day
        elif modality in FACTUAL and (date is None or date.basis != "time_expression") \
                and self._general_claim(p_idx, t, actors, attribution, self._voiced):
            modality = "habitual"  # "The U.S. seeks to overthrow ...": a claim of what is done as a rule
        if rule.type == "STATEMENT" and actors:
            self.last_source = Attribution(actors[0], t.lower_)
            if date is not None and date.basis in ("time_expression", "coordination"):
                self._statement_date = date
        m = EventMention(
            type=rule.type, cameo=rule.cameo, mode=rule.mode, trigger=para.source(t.idx, t.idx + len(t.text)),
            evidence=Evidence(start, end, para.source(sent.start_char, sent.end_char), trig, para.kind),
            actors=actors, recipients=recipients, modality=modality, attribution=attribution, date=date,
            location=self._location(p_idx, t, obj, rule), theme=theme, sentence=self.sentence_no, rule=rule.lemma,
            salience=salience, guessed_recipients=guessed,
        )
        m.cue, m.report_time = cue, report_time
        return m

    def _partner_of_conjunct(self, p_idx: int, t: "Token", obj) -> list[str]:
        """ "broke off its contacts with the US and suspended talks on ...": talks with no partner of
        their own, in a verb conjoined to one whose object names its partner "with" X, are held with X."""
        if t.dep_ != "conj" or t.head.pos_ not in _VERB or any(c.dep_ in _SUBJ for c in t.children):
            return []
        thing = obj if obj is not None else next((c for c in t.children if c.dep_ in _OBJ), None)
        if thing is None or thing.lower_ not in _TALKS or any(
                c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in thing.children):
            return []
        first = t.head
        nouns = [first] + [c for c in first.children if c.dep_ in _OBJ and c.lower_ in _TALKS]
        return self._referents(p_idx, [g for n in nouns for c in n.children if c.dep_ == "prep"
                                       and c.lower_ == "with" and c.i < t.i for g in c.children if g.dep_ == "pobj"])

    def _sent_to_help(self, t: "Token") -> bool:
        """Forces sent with a helping purpose ("to evacuate foreigners", "to help train its army", "to
        restore order"; cues.yaml aid_purposes) give protection or military aid (AID 074)."""
        for p in t.children:
            if p.dep_ not in ("advcl", "xcomp") or p.pos_ not in _VERB or not any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in p.children):
                continue
            helped = [g for g in p.children if g.dep_ == "xcomp"] if p.lower_ in ("help", "assist") else []
            for c in [p, *helped]:  # "to help train its army": the act helped with
                obj = next((g.lower_ for g in c.children if g.dep_ in _OBJ), "")
                if c.lower_ in self.lex.aid_purposes or f"{c.lower_} the {obj}" in self.lex.aid_purposes \
                        or f"{c.lower_} {obj}" in self.lex.aid_purposes:
                    return True
        return False

    def _joint_by_its_doers(self, rule: TriggerRule, actors: list[str]) -> TriggerRule:
        """"Egyptian and American troops began their Bright Star exercises": drills held by the forces of
        two or more countries together are joint whether or not the sentence says "joint", so the rule's
        reading for a joint object (its ``retype`` with "joint") applies."""
        if not rule.retype or len({self.actors.country_of(a) for a in actors} - {None}) < 2:
            return rule
        for modifiers, etype, cameo in rule.retype:
            if "joint" in modifiers:
                return replace(rule, type=etype, cameo=cameo)
        return rule

    def _rioters(self, t: "Token") -> bool:
        """The verb's subject names protesters ("Rioters", "Angry mobs", "Rioting youths"), or the verb
        says it is done to protest: their force is a riot or a blockade, not an armed attack (cues.yaml,
        protest_doers)."""
        h = t
        while h.dep_ == "conj" and h.head.i != h.i and not any(c.dep_ == "nsubj" for c in h.children):
            h = h.head  # "stormed the parliament and set fire to it"
        if any(c.dep_ == "advcl" and c.lower_ in ("protest", "demonstrate") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in t.children) or any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "protest" for g in c.children)
                for c in t.children):
            return True  # "Greek farmers blockaded the highways to protest against ...", "... in protest at ..."
        for c in h.children:
            if c.dep_ == "nsubj":
                return any(x.lower_ in self.lex.protest_doers or (
                    x.dep_ in ("amod", "compound") and x.lower_ in self.lex.protest_doer_modifiers)
                    for x in [c, *c.children])
        return False

    def _grievance(self, p_idx: int, t: "Token", obj: "Token | None" = None) -> list[str]:
        """Whom a protest is aimed at when its reason says so: "a strike over a bill signed by the
        Labour Minister", "a hunger strike in protest of the Russian government's refusal", "blocked
        streets in defiance of Chinese authorities", "a hunger strike to demand the resignation of X"."""
        holders = [t] + ([t.head] if t.dep_ in _OBJ and t.head.pos_ in _VERB else [])
        if obj is not None and obj is not t:  # "began a hunger strike in protest of X": the reason is the strike's
            holders.append(obj)
        for h in holders:
            for c in h.children:
                nouns: list["Token"] = []
                if c.dep_ == "prep" and c.lower_ in ("over", "against"):
                    nouns = [g for g in c.children if g.dep_ == "pobj"]
                elif c.dep_ == "prep" and c.lower_ == "in":
                    nouns = [x for g in c.children if g.dep_ == "pobj" and g.lower_ in _GRIEVANCE_NOUNS
                             for p in g.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "against", "to")
                             for x in p.children if x.dep_ == "pobj"]
                elif c.dep_ in ("advcl", "xcomp", "acl") and c.lower_ in ("demand", "protest", "oppose", "denounce") \
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    nouns = [g for g in c.children if g.dep_ in _OBJ]
                for n in nouns:
                    got = self._target_of_thing(p_idx, n)
                    if got:
                        return got
        return self._mission_protested(p_idx, t)

    def _demanders_target(self, p_idx: int, t: "Token") -> list[str]:
        """ "A students group urging the impeachment of Yoon started a sit-in outside the National Assembly":
        a protest's doers described by what they demand protest against whom the demand names (the place
        of the sit-in, if given as a target, stays one)."""
        v = t
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        for subj in (c for c in v.children if c.dep_ == "nsubj"):
            for acl in subj.children:
                if acl.dep_ == "acl" and acl.lower_ in _DEMANDING and acl.tag_ == "VBG":
                    for n in (g for g in acl.children if g.dep_ in _OBJ):
                        got = self._target_of_thing(p_idx, n)
                        if got:
                            return got
        return []

    def _mission_protested(self, p_idx: int, t: "Token") -> list[str]:
        """ "a demonstration was staged outside the puppet ROK embassy in London": a protest at a
        state's embassy or consulate is aimed at that state."""
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in _BEFORE_PREPS | {"in"}:
                continue
            nouns = [g for g in c.children if g.dep_ == "pobj"]
            if c.lower_ == "in":  # "in front of the U.S. embassy"
                if not any(g.lower_ == "front" for g in nouns):
                    continue
                nouns = [x for g in nouns for x in of_objects(g)]
            for n in nouns:
                if n.lower_ not in _MISSIONS:
                    continue
                for m in n.children:
                    if m.dep_ in ("compound", "amod", "poss", "nmod"):
                        got = [a for a in self._actors_of(p_idx, m, adjectives=True) if self.actors.country_of(a)]
                        if got:
                            return [self.actors.country_of(got[0])]
        return []

    def _target_of_thing(self, p_idx: int, n: "Token") -> list[str]:
        """Who a grievance names: the party itself, whose the thing is ("the government's refusal",
        "the resignation of X"), or who made it ("a bill signed by X")."""
        got = self._referents(p_idx, [n]) or self._owner(p_idx, n)
        if got:
            return got
        for c in n.children:
            if c.dep_ == "acl":
                for a in c.children:
                    if a.dep_ == "agent":
                        got += self._referents(p_idx, [g for g in a.children if g.dep_ == "pobj"])
        return got

    def _salience(self, t: "Token", rule: TriggerRule) -> float:
        """How central the trigger is: the main verb of its sentence or of reported speech ranks first."""
        score = 0.0
        h = t
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if h.dep_ == "ROOT" or (h.dep_ in ("ccomp", "parataxis") and h.head.lower_ in self.lex.reporting):
            score += 0.1
        elif h.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp"):
            score -= 0.05
        if rule.pos == "noun":
            score -= 0.05
        if rule.objects or rule.particle or rule.with_prep:
            score += 0.05
        return score

    def _nearest_other(self, p_idx: int, t: "Token", actors: list[str], aimed: bool = False) -> list[str]:
        """Who the act is aimed at when no argument says so: the nearest other actor (or place's
        country) in what the trigger governs ("demonstrated ... calling for independence from Iraq").
        A force ``aimed`` at something names its target with "at" or "on" ("fired rockets at a
        Hizbollah base", "opened fire on a bus carrying Israeli settlers"): no mere venue there."""
        skip: set[int] = set()
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent", "csubj") or c.lower_ in self.lex.reporting or (
                    c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS  # "held a meeting in Napoli of Italy"
                    and not (aimed and c.lower_ in ("at", "on"))):
                skip.update(x.i for x in c.subtree)
        for x in t.subtree:  # "under the guidance of Kim Jong Un", "on behalf of the people": no target
            if x.dep_ == "prep" and any(g.lower_ in _PATRONAGE for g in x.children):
                skip.update(y.i for y in x.subtree)
            elif x.dep_ == "prep" and x.lower_ == "with" and any(g.lower_ in _ATTENDANCE for g in x.children):
                # "with the attendance of personages of ... parties": they take part; what they do
                # ("students denouncing Yoon") may still name the target
                told = {y.i for v in x.subtree if v.dep_ in ("acl", "relcl") for y in v.subtree}
                skip.update(y.i for y in x.subtree if y.i not in told)
        skip.update(_owners_of_things(t))
        asides = _asides(t)
        countries = {self.actors.country_of(a) for a in actors}
        for x in sorted(t.subtree, key=lambda x: abs(x.i - t.i)):
            if x.i in skip or x.i == t.i:
                continue
            m = self.actors.at(p_idx, x.i)
            if m is None or self._enemy_of_people(x):
                continue
            if x.i in asides and self.actors.country_of(m.actor) in countries:
                continue  # the doer's own Party in an aside ("which the Party promised"); a foe there may be the target
            if self._physical and (m.place or self._where(x, m)):
                found = self._people_of_place(m)
            elif m.place:
                found = [m.acts_as] if m.acts_as else ([self.actors.group(self.actors.country_of(m.actor), None)]
                                                       if self.actors.country_of(m.actor) else [])
            elif m.how == "demonym":  # "refusing admittance to Ghanaians": Ghana's people, not its government
                found = self._actors_of(p_idx, x)
            elif m.how == "adjective" and x.dep_ in ("amod", "compound") and x.head.pos_ in _NOUN:
                found = self._group_of_phrase(p_idx, x.head, m) or [m.actor]  # "crimes by Croat forces"
            else:
                found = [m.actor]
            found = [f for f in found if f and f not in actors]
            if found and found[0] in countries and _in_a_pair(x):
                continue  # "Xi ... promoted the China-DPRK relations": the other of the pair, not the doer's own state
            if found and not (self.actors.country_of(found[0]) in countries and m.how == "adjective"):
                out = found[:1]
                if x.dep_ in ("pobj", "dobj", "obj"):  # "aid for Romania and Poland": the whole coordination
                    for y in list(_conj(x))[1:]:
                        out += [a for a in self._actors_of(p_idx, y, place_country=True)
                                if a not in actors and a not in out]
                return out
        return []

    def _country_left_or_helped(self, p_idx: int, t: "Token", actors: list[str]) -> list[str]:
        """A withdrawal from, or help sent to, something of no named party in a foreign country the
        verb places it in ("pulled its forces out of a strip of territory in northern Syria", "sent
        relief to flood victims in Poland"): that country is the one left or helped."""
        if not any(c.dep_ in ("prep", "dative", "prt") and c.lower_ in ("from", "out", "to") for c in t.children):
            return []
        countries = {self.actors.country_of(a) for a in actors}
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for g in c.children:
                    m = self.actors.at(p_idx, g.i) if g.dep_ == "pobj" else None
                    a = self.actors.actors.get(m.actor) if m is not None else None
                    if a is not None and a.kind == "country" and a.id not in countries:
                        return [a.id]
        return []

    def _people_where_imposed(self, p_idx: int, t: "Token", obj, actors: list[str]) -> list[str]:
        """A measure imposed or eased in a place ("declared a state of siege in Haiti", "lifted martial
        law in Lhasa") bears on the people of that place's country, the doer's own included."""
        for h in [t] + ([obj] if obj is not None else []):
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    for g in c.children:
                        m = self.actors.at(p_idx, g.i) if g.dep_ == "pobj" else None
                        if m is not None and (m.place or self._where(g, m)):
                            return [a for a in self._people_of_place(m) if a not in actors]
        return []

    def _enemy_of_people(self, x: "Token") -> bool:
        """An "anti-" adjective on people ("the reminiscences of anti-Japanese guerrillas") names whom
        they fought, not whom the act is aimed at; on a thing ("an anti-U.S. rally") it names the target."""
        return _against(x) and x.dep_ in ("amod", "compound") and bool(
            self._sector_noun(x.head) or x.head.lower_ in self.lex.body_nouns)

    def _own_people(self, p_idx: int, t: "Token", obj, actors: list[str]) -> list[str]:
        """Unnamed people a leader praises, greets or thanks ("praised all the combatants", "thanks to
        the workers"): the first actor's country's group of the noun's sector
        (data/events/own_people.yaml), or the body they are "of". Asked only when no recipient was found, so a noun with a
        country of its own ("the Russian soldiers") has been resolved before."""
        country = next((self.actors.country_of(a) for a in actors if self.actors.country_of(a)), None)
        if country is None:
            return []
        rules = own_people_rules()
        holders = [t] + ([x for x in obj.subtree if x.pos_ in _NOUN] if obj is not None else [])
        heads = [c for c in t.children if c.dep_ in _OBJ] + [  # "sent food and kinds of necessities to ..."
            g for h in holders for c in h.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        for h in heads:
            if h.lower_ in rules["deeds"]:  # "the labour feats of soldier-builders"
                h = next(iter(of_objects(h)), h)
            sector = rules["nouns"].get(self._phrase(h)) or rules["nouns"].get(h.lower_)
            if not sector and (self._phrase(h) in rules["local"] or h.lower_ in rules["local"]) \
                    and self._sentence_countries(p_idx, t.sent) <= {country} \
                    and not any(c.ent_type_ in ("NORP", "GPE") for c in h.children):  # not "the Korean people"
                sector = rules["local"].get(self._phrase(h)) or rules["local"][h.lower_]  # "all the participants"
            if sector:  # "the scientists and technicians of the National Aerospace Technology Administration"
                bodies = [a for x in _conj(h) for g in of_objects(x) for a in self._actors_of(p_idx, g)
                          if a in self.actors.actors and self.actors.actors[a].kind == "organisation"]
                return bodies[:1] or [self.actors.group(country, sector)]
        return []

    def _mourners(self, p_idx: int, t: "Token") -> list[str]:
        """Whom condolences told without an addressee go to: "sent a wreath to the Vietnamese embassy,
        expressing condolences" (the "to" of the act they come with), "sent a wreath to the bier of
        Nguyen Phu Trong, ... expressing deep condolences over his death": the dead are mourned in
        their country, which receives the condolences."""
        verbs = [t] + ([t.head] if t.dep_ in ("advcl", "conj") and t.head.pos_ in _VERB else [])
        dead: list["Token"] = []
        for v in verbs:
            for c in v.children:
                if c.dep_ not in ("prep", "dative") or c.lower_ != "to":
                    continue
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    if g.lower_ in _MOURNED:
                        dead.append(g)
                        continue
                    got = self._actors_of(p_idx, g, place_country=True)
                    if got:
                        return got[:1]
        dead += [x for x in t.subtree if x.lower_ in _MOURNED]
        for d in dead:
            for x in [c for c in d.children if c.dep_ == "poss"] + of_objects(d):
                m = self.actors.at(p_idx, x.i)
                country = self.actors.country_of(m.acts_as or m.actor) if m is not None else None
                if country:
                    return [self.actors.group(country, None)]
        return []

    def _group_of_phrase(self, p_idx: int, noun: "Token", m) -> list[str]:
        """The sector group a nationality and its noun make ("Croat forces" -> HRV-MIL), nothing else."""
        country = self.actors.country_of(m.actor)
        return [a for a in self._actors_of(p_idx, noun) if self.actors.actors.get(a) is not None
                and self.actors.actors[a].kind == "group" and self.actors.country_of(a) == country][:1]

    def _where(self, x: "Token", m) -> bool:
        """A country named as where something is ("a village in Western Cambodia"), not as a party."""
        a = self.actors.actors.get(m.actor)
        return a is not None and a.kind == "country" and m.how == "name" and x.dep_ == "pobj" \
            and x.head.lower_ in _LOCATION_PREPS

    def _people_of_place(self, m) -> list[str]:
        """Who a town, city or village stands for when it is bombed, blockaded or retaken: the
        civilians of its country ("blew themselves up in Tel Aviv", "blockade Paris"), not the
        government a capital stands for in words ("demanded an admission by Moscow")."""
        country = self.actors.country_of(m.acts_as or m.actor)
        return [self.actors.group(country, "CVL")] if country else []

    def _specific(self, ids: list[str]) -> list[str]:
        """Drop a country or country group when a named person or body of that country is there too."""
        named = {self.actors.country_of(i) for i in ids
                 if self.actors.actors.get(i) and self.actors.actors[i].kind in ("person", "organisation")}
        kept = [i for i in ids if not (self.actors.actors.get(i) and self.actors.actors[i].kind in ("country", "group")
                                       and self.actors.country_of(i) in named)]
        return self._drop_bare_countries(kept)

    def _drop_bare_countries(self, ids: list[str]) -> list[str]:
        """Drop a bare country when a sector group of it is in the same role: "killed three Iraqi
        civilians in Baghdad" hit Iraq's civilians, not Iraq's government as well."""
        grouped = {self.actors.country_of(i) for i in ids
                   if self.actors.actors.get(i) and self.actors.actors[i].kind == "group"}
        return [i for i in ids if not (self.actors.actors.get(i) and self.actors.actors[i].kind == "country"
                                       and self.actors.country_of(i) in grouped)]

    def _unnamed_agent(self, t: "Token") -> list[str]:
        """A doer the gazetteer does not know but the text plainly names as people or a body:
        "Muslim hackers defaced ...", "a human rights group protested": an unknown actor with the
        sector its noun says. Things ("the transfer") and bare pronouns stay no actor."""
        if t.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or any(
                c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            return []
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ in _NOUN), None)
        if subj is None:
            return []
        head = subj
        if head.lower_ in _QUANTITY or head.lower_ in _MEMBERS:  # "a group of ...", "members of the X association"
            head = next(iter(of_objects(head)), head)
        span = next((e for e in head.doc.ents if e.start <= head.i < e.end and e.label_ == "ORG"), None)
        if span is not None:
            return [self.actors.unknown(span.text, "organisation", None, None)]
        low = head.lower_
        sector = self.lex.sector_nouns.get(self._phrase(head)) or self.lex.sector_nouns.get(low)
        body = low in self.lex.body_nouns or head.ent_type_ in ("ORG", "NORP", "PERSON") or low in _MEMBERS
        if (not sector and not body) or sector in ("MIL", "GOV", "COP") or low in ("unit", "units") or any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            return []  # "seven B-2 bombers", "units", "our workers": a known party's, not a new actor
        if head.ent_type_ == "PERSON" and not any(c.dep_ == "compound" for c in head.children):
            return []  # a surname alone ("Kim conceded") is someone named before
        name = head.doc[head.left_edge.i:head.i + 1].text
        name = " ".join(w for w in name.split() if w.lower() not in ("a", "an", "the"))
        if not name:
            return []
        kind = "person" if head.ent_type_ == "PERSON" else "organisation"
        return [self.actors.unknown(name, kind, None, sector)]

    def _protesters_of_place(self, p_idx: int, t: "Token") -> list[str]:
        """ "A demonstration against the war was held in London": a protest held, staged or organised
        with no doer named is by the people of the one country where it was held."""
        if self._crowd_subject(t):  # "Tens of thousands rallied in Belgrade": people of that country
            where = self._clause_countries(p_idx, t)
            return [self.actors.group(where.pop(), "CVL")] if len(where) == 1 else []
        held = [c for c in t.children if c.dep_ == "nsubjpass"]
        if not held or any(c.dep_ == "agent" for c in t.children) or not any(
                r.type == "PROTEST" for r in self.lex.nouns.get(held[0].lower_, ())):
            return []  # "a ceremony of commemorative march was held": a ceremony, not a protest
        where = self._clause_countries(p_idx, t)
        return [self.actors.group(where.pop(), "CVL")] if len(where) == 1 else []

    @staticmethod
    def _crowd_subject(t: "Token") -> bool:
        """The protest's subject is a bare crowd count ("Thousands", "Tens of thousands", "Hundreds"):
        people, though the sentence does not say whose."""
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in _CROWDS:
            return False
        return not any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ not in _CROWDS for g in c.children) for c in subj.children)

    def _sent_from(self, t: "Token") -> list["Token"]:
        """ "The message of sympathy from Moscow was conveyed to the Foreign Ministry": a message passed
        on without a "by" is sent by whoever it is "from"."""
        return [g for c in t.children if c.dep_ == "nsubjpass" and c.lower_ in self.lex.statement_nouns
                for p in c.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                if g.dep_ == "pobj"]

    @staticmethod
    def _active_participle(t: "Token") -> bool:
        """A finite verb the parser hung on its subject as a participle: "Doctors ... donated and
        delivered goods". A passive participle takes no direct object and no "by" agent here."""
        if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or t.head.pos_ not in _NOUN:
            return False
        if any(c.dep_ in ("agent", "auxpass", "nsubjpass", "aux", "mark") for c in t.children):
            return False
        return any(c.dep_ in _OBJ for x in _conj(t) for c in x.children)

    @staticmethod
    def _noun_of_phrase(n: "Token") -> "Token":
        """ "doctors from two aid groups" -> doctors: the noun a from/of phrase hangs on."""
        for _ in range(3):
            if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.lower_ in ("from", "of") \
                    and n.head.head.pos_ in _NOUN:
                n = n.head.head
            else:
                break
        return n

    def _is_blast(self, n: "Token") -> bool:
        if n.pos_ not in _NOUN:
            return False
        low = n.lower_
        return low.rstrip("s") in _BLASTS or low in _BLASTS or any(
            r.type == "ASSAULT" for r in self.lex.nouns.get(low, ()))

    def _blast_doers(self, p_idx: int, n: "Token") -> list[str]:
        """Who set off the blast: "US Predator attacks", "Israel's air strike", "an attack by rebels"."""
        out: list[str] = []
        mods = [c for c in n.children] + [g for c in n.children if c.dep_ == "compound" for g in c.children
                                          if g.dep_ in ("compound", "amod")]  # "US Predator attacks"
        for c in mods:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and self.actors.at(p_idx, c.i)):
                m = self.actors.at(p_idx, c.i)
                if m is not None and m.place and not m.acts_as and m.how != "adjective":
                    continue  # "a Baghdad car bomb": where, not who
                out += self._actors_of(p_idx, c, places_act=True, adjectives=True)
            elif c.dep_ == "prep" and c.lower_ == "by":
                out += self._referents(p_idx, [g for g in c.children if g.dep_ == "pobj"])
        return out

    def _possessor(self, p_idx: int, pron: "Token", depth: int = 0) -> list[str]:
        """Whom "their"/"its" stands for: the subject of the clause, else the speaker of reported speech.

        "Bosnian Serbs said their forces had completed their withdrawal": the forces are the
        Bosnian Serbs'; the withdrawal is the forces'.
        """
        if depth > 1:
            return []
        noun = pron.head
        verb = next((a for a in noun.ancestors if a.pos_ in _VERB), None)
        if verb is None:
            return []
        inside = {x.i for x in noun.subtree}
        h = verb
        for _ in range(3):
            subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside]
            if subj:
                got = self._referents(p_idx, subj)
                if got:
                    return got
                break
            if h.dep_ in ("conj", "xcomp") and h.head.i != h.i:
                h = h.head
            else:
                break
        while h.dep_ in ("conj", "xcomp") and h.head.i != h.i:
            h = h.head
        if h.dep_ in ("ccomp", "parataxis") and h.head.lower_ in self.lex.reporting:
            subj = [c for c in h.head.children if c.dep_ == "nsubj" and c.i not in inside]
            return self._referents(p_idx, subj)
        return []

    # ------------------------------------------------------------------ arguments
    def _subjects(self, p_idx: int, t: "Token", depth: int = 0, rule: TriggerRule | None = None) -> list[str]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or (
            rule is not None and _agent_participle(t))  # the participle's own doer, not a clause's it governs
        heads: list["Token"] = []
        if passive:
            for c in t.children:
                if c.dep_ == "agent":
                    heads += [g for g in c.children if g.dep_ == "pobj"]
            if heads:  # "signed ... by Kim Jong Un, ..., and Vladimir Putin": the parser may hang the
                heads += [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN"]  # 2nd on the verb
                heads += self._listed_persons(p_idx, heads, t)
            elif self._sent_from(t):
                heads = self._sent_from(t)
            elif rule is not None and "object" not in rule.recipient:  # "guerrillas have been demobilized"
                heads = [c for c in t.children if c.dep_ == "nsubjpass"]
        else:
            heads = [c for c in t.children if c.dep_ in _SUBJ] or _dated_subject(t) or _adverb_subject(t) \
                or self._name_as_prep(p_idx, t)
        if heads and rule is not None and rule.type == "ASSAULT" and not passive:
            # "US Predator attacks have killed ...": the attack's doer, not the attack, is the actor
            blasts = [h for h in heads if self._is_blast(h)]
            if blasts:
                out: list[str] = []
                for b in blasts:
                    out += self._blast_doers(p_idx, b)
                return out + self._referents(p_idx, [h for h in heads if h not in blasts])
        if not heads and t.tag_ == "VBG" and t.dep_ in _SUBJ:
            # "Fighting between Sudanese troops and rebels killed 40 people": a gerund used as a noun
            heads = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("between", "among", "by")
                     for g in c.children if g.dep_ == "pobj"]
        if not heads and depth < 3 and self._active_participle(t):
            heads = [self._noun_of_phrase(t.head)]  # "Doctors from two aid groups donated goods ...": misparsed
        if not heads and depth < 3:
            if t.dep_ == "conj" and t.head.lower_ in self.lex.reporting:
                # "Kim called for X, state media reported, and ordered Y": Y is Kim's, not the media's
                said = [c for c in t.head.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in _VERB]
                if said:
                    return self._subjects(p_idx, said[0], depth + 1)
            if t.dep_ in ("conj", "xcomp") and t.head.pos_ in _VERB:
                return self._subjects(p_idx, t.head, depth + 1)
            if t.dep_ == "xcomp" and t.head.pos_ == "ADJ":  # "Norway is willing to send"
                return self._subjects(p_idx, t.head.head if t.head.dep_ in ("acomp", "xcomp") else t.head,
                                      depth + 1)
            if t.dep_ == "advcl" and (t.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
                return self._subjects(p_idx, t.head, depth + 1)  # ", saying ...", "sent personnel to investigate"
            if t.dep_ in ("acl", "relcl") and t.head.pos_ in _NOUN and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                    r.type == "PROTEST" for r in self.lex.nouns.get(t.head.lower_, ())):
                # "converging for a rally in Lagos to protest ...": the rally's people protest
                v = t.head.head.head if t.head.dep_ == "pobj" else t.head.head if t.head.dep_ in _OBJ else None
                if v is not None and v.pos_ in _VERB:
                    return self._subjects(p_idx, v, depth + 1)
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ == "to" and t.tag_ == "VBG" \
                    and t.head.head.pos_ in _VERB and not any(c.dep_ in _OBJ for c in t.head.head.children):
                return self._subjects(p_idx, t.head.head, depth + 1)  # "resorted to throwing stones"
            if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.lower_ in self.lex.document_nouns \
                    and t.head.dep_ in _OBJ and t.head.head.lower_ in self.lex.issue_verbs:
                return self._subjects(p_idx, t.head.head, depth + 1)  # "passed a resolution backing X" (cues.yaml)
            if t.dep_ in ("acl", "relcl") and t.tag_ in ("VBG", "VBD") and t.head.pos_ in _NOUN | {"PRON"}:
                heads = [t.head]  # "North Korea holding ...", and a finite verb parsed as a modifier
            elif t.dep_ == "ccomp" and t.tag_ == "VBG" and t.head.lower_ in self.lex.caption_verbs:
                heads = [c for c in t.head.children if c.dep_ in _OBJ]
        found = self._referents(p_idx, heads)
        if depth > 0 or self._has_country(found) or not any(h.head.i == t.i and h.dep_ in _SUBJ for h in heads):
            return found  # a verb's own subject only: the doer of "urged X to allow" is not the urger
        return self._transnational(p_idx, heads, found)

    def _has_country(self, ids: list[str]) -> bool:
        return any(self.actors.country_of(a) or (a in self.actors.actors and (
            self.actors.actors[a].known or self.actors.actors[a].sector)) for a in ids)

    def _transnational(self, p_idx: int, heads: list["Token"], found: list[str]) -> list[str]:
        """A subject no gazetteer entry places: its nationality ("French truck drivers"), else a body of
        no state named by what it is ("Relief agencies", "a human rights group": cues.yaml,
        transnational_doers), kept with its sector rather than dropped as an unknown name."""
        nation = self._nation_of_doer(p_idx, heads)
        if nation:
            return nation
        out: list[str] = []
        for h in heads:
            for x in _conj(h):
                if x.pos_ not in _NOUN or x.dep_ not in _SUBJ | {"conj"}:
                    continue
                words = self._phrase(x).split()
                sector = next((self.lex.transnational_doers[w] for w in (" ".join(words[-n:]) for n in (3, 2, 1))
                               if w in self.lex.transnational_doers), None)
                if sector is None:
                    continue
                m = self.actors.at(p_idx, x.i)
                old = self.actors.actors.get(m.actor) if m is not None else None
                if old is not None and (old.known or old.country):
                    continue
                name = old.name if old is not None else x.doc[x.left_edge.i:x.i + 1].text
                out.append(self.actors.unknown(name, old.kind if old is not None else "organisation", None, sector))
        return out or found

    def _nation_of_doer(self, p_idx: int, heads: list["Token"]) -> list[str]:
        """A doer the gazetteer and the sector nouns do not know, named with its nationality: "French
        truck drivers blocked roads", "Italian naval vessels began patrolling", "Gazprom, the Russian gas
        monopoly, threatened ...". Whoever or whatever does the act, its country is the one the sentence
        gives it; only a subject noun qualifies (an object or a place says nothing of who acts). Plural
        nouns are taken as the country's people (CVL), a single body as the country."""
        out: list[str] = []
        for h in heads:
            for x in (h, *(c for c in h.children if c.dep_ == "appos")):
                if x.pos_ not in _NOUN or x.dep_ not in ("nsubj", "appos"):
                    continue
                for c in x.children:
                    m = self.actors.at(p_idx, c.i) if c.dep_ in ("amod", "compound") else None
                    country = self.actors.country_of(m.acts_as or m.actor) if m and m.how == "adjective" else None
                    if country and not _against(c):
                        # people or things of a country, not its state: the state would make a protest an
                        # official complaint and a march a parade
                        out.append(self.actors.group(self._host(p_idx, x, country), "CVL" if x.tag_ == "NNS" else None))
        return list(dict.fromkeys(out))

    def _name_as_prep(self, p_idx: int, t: "Token") -> list["Token"]:
        """ "To Lam expressed deep thanks": a person's name that opens the sentence with a word the
        parser takes for a preposition ("To") hangs on the verb as "to ..."; it is the subject."""
        for c in t.children:
            if c.dep_ != "prep" or c.i != c.sent.start or c.i > t.i:
                continue
            m = self.actors.at(p_idx, c.i)
            a = self.actors.actors.get(m.actor) if m is not None else None
            if a is not None and a.kind == "person" and m.i == c.i:
                return [g for g in c.children if g.dep_ == "pobj" and m.i <= g.i < m.j]
        return []

    def _listed_persons(self, p_idx: int, heads: list["Token"], verb: "Token | None" = None) -> list["Token"]:
        """ "Speeches were made by A, director of X, B, a teacher of Y, C, ...": the parser hangs a
        list of persons, each with a description, as appositions (of the first name or of a noun in a
        description); every person named by name in that chain is one more doer. A person's own title
        in apposition ("Kim Jong Un, general secretary of the WPK") is not a name and adds no one.
        After a description the parser may hang the list's next names on the verb itself ("attended
        by A and B, secretaries of X, C and D, vice-chairmen of Y"): they are in the chain too."""
        def person(m) -> bool:
            a = self.actors.actors.get(m.actor) if m is not None else None
            return a is not None and a.kind == "person"

        out: list["Token"] = []
        for h in heads:
            first = self.actors.at(p_idx, h.i)
            if not person(first):
                continue
            rest = [c for c in verb.children if c.i > h.i and c.pos_ == "PROPN" and c.dep_ in (
                "dep", "appos", "npadvmod")] if verb is not None else []
            for x in [y for r in [h, *rest] for y in r.subtree]:
                if x.i == h.i or (x.dep_ not in ("appos", "conj") and x not in rest):
                    continue
                m = self.actors.at(p_idx, x.i)
                if person(m) and m.how in ("name", "ner") and m.actor != first.actor:
                    out.append(x)
        return out

    def _referents(self, p_idx: int, heads: list["Token"], places_act: bool = True,
                   place_country: bool = False) -> list[str]:
        """Actors of subject or object phrases.

        A name keeps its description out ("Kim Jong Un, general secretary of the WPK" is Kim); a
        title gives way to the name in apposition ("the North's leader Kim" is Kim); an unknown name
        in apposition to a national group takes the group's country ("the Hutu rebel group, FDD").
        """
        out: list[str] = []
        for h in heads:
            for x in _conj(h):
                found = self._actors_of(p_idx, x, places_act, place_country=place_country)
                m = self.actors.at(p_idx, x.i)
                named = m is not None and not m.place and m.how in ("name", "short", "title", "ner", "context")
                appositions = [c for c in x.children if c.dep_ == "appos"]
                if named or not appositions:
                    out += found
                    continue
                appos = [a for c in appositions for y in _conj(c)
                         for a in self._actors_of(p_idx, y, places_act, place_country=place_country)]
                if found and appos:
                    appos = [self._adopt(a, found[0]) for a in appos]
                if found and found == self._party_of_title(p_idx, x):
                    # "the chairperson of the Party ... of Russia, general secretary of the ... Bloc, ...": a
                    # list of party leaders, the first no title of the next one; the parser may hang the
                    # list's later members on an earlier apposition ("the director general and ..., the
                    # general secretary of the Syrian Arab Socialist Union Party")
                    chain, k = list(appositions), 0
                    while k < len(chain) and len(chain) < 30:
                        chain += [c for c in chain[k].children if c.dep_ in ("appos", "conj") and c not in chain]
                        k += 1
                    appos = found + [a for y in chain for a in self._actors_of(
                        p_idx, y, places_act, place_country=place_country)]
                out += appos or found
        return out

    def _recipients(self, p_idx: int, t: "Token", rule: TriggerRule, obj) -> list[str]:
        out: list[str] = []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
        holders = [t] + ([obj] if obj is not None and obj.i != t.i else [])
        accused = rule.type == "ACCUSE" and "against" in rule.recipient
        for where in rule.recipient:
            if where == "object":
                for c in t.children:
                    if c.dep_ in _OBJ or (passive and c.dep_ == "nsubjpass"):
                        out += self._referents(p_idx, [c], place_country=True)
            elif where == "dative":
                for c in t.children:
                    if c.dep_ == "dative":
                        out += self._referents(p_idx, [g for g in c.children if g.dep_ == "pobj"] or [c])
                out += self._referents(p_idx, self._given_with_receiver(t, obj), place_country=True)
            elif where == "complement":  # "found the Kurdish leader guilty" parsed as a clause
                comp = _complement(t, rule.complement)
                if comp is not None and comp.dep_ != "amod":
                    out += self._referents(p_idx, [g for g in comp.children if g.dep_ in ("nsubj", "nsubjpass")])
            elif where == "owner":
                target = obj
                if target is None:
                    target = next((c for c in t.children if c.dep_ in _OBJ or c.dep_ == "nsubjpass"), None)
                if target is None:
                    target = _object_after_date(t)
                if target is not None:
                    out += self._owner(p_idx, target)
            else:
                for h in holders:
                    for c in h.children:
                        if c.dep_ in ("prep", "prt", "agent") and c.lower_ == where:
                            pobjs = [g for g in c.children if g.dep_ == "pobj"]
                            if accused:  # "a complaint with the Security Council against Israel": the target
                                aimed = [a for g in pobjs for p in g.children if p.dep_ == "prep"
                                         and p.lower_ == "against" for a in p.children if a.dep_ == "pobj"]
                                if aimed or where in ("with", "to") and any(
                                        x.dep_ == "prep" and x.lower_ == "against" for x2 in holders
                                        for x in x2.children):
                                    pobjs = aimed  # the body complained to or with is a venue, no target
                            got = self._referents(p_idx, pobjs, place_country=True)
                            if not got and where in ("to", "with"):
                                # "support ... to the cause of the WPK", "solidarity with the struggle of the WPK"
                                got = self._referents(p_idx, [o for g in pobjs if g.lower_ in owned_things()
                                                              or g.lower_ == "struggle" for o in of_objects(g)])
                            out += got
        return out

    def _clause_recipients(self, p_idx: int, t: "Token", obj) -> list[str]:
        """ "demanded that the US cancel ...", "demanded an admission by Moscow": who is asked."""
        out: list[str] = []
        nouns = [n for n in ([obj] if obj is not None else []) + [g for c in t.children if c.dep_ == "prep"
                                                                    for g in c.children if g.dep_ == "pobj"]
                 if n.pos_ in _NOUN]
        for h in [t] + nouns:  # "demanded that the US ...", "insisted on its demands that Burundi's government ..."
            for c in h.children:
                if c.dep_ in ("ccomp", "acl") and (c.pos_ in _VERB or c.dep_ == "acl") and (h.i == t.i or any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)):
                    out += self._referents(p_idx, [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")])
        if not out:  # "threatened to ban Ugandan opposition candidates", "agreed to pay compensation to Iraq"
            for c in t.children:
                if c.dep_ == "xcomp" and c.pos_ in _VERB:
                    objs = [g for g in c.children if g.dep_ in _OBJ]
                    got = self._referents(p_idx, objs, place_country=True)
                    # "agreed to write off part of Ukraine's gas debt": whose the thing acted on is; not
                    # when someone is addressed ("calling on the academy to meet the Party's requirements")
                    if not got and not any(x.dep_ in _OBJ or x.dep_ == "dative" or (
                            x.dep_ == "prep" and x.lower_ in ("on", "upon")) for x in t.children):
                        # the "of" noun only of a part ("part of Ukraine's debt"); an owned thing's owner is no
                        # target ("translate into reality the decision of the Political Bureau")
                        got = [a for g in objs for n in [g] + (of_objects(g)[:1] if g.lower_ in _QUANTITY
                                                               or g.lower_ == "any" else [])
                               if n.lower_ not in owned_things() for a in self._owner(p_idx, n)]
                    out += got
                    pobjs = [g for p in c.children if p.dep_ in ("prep", "dative")
                             and p.lower_ in ("to", "with", "against", "on") for g in p.children if g.dep_ == "pobj"]
                    got = self._referents(p_idx, pobjs, place_country=True)
                    out += got or [a for g in pobjs for a in self._owner(p_idx, g)]  # "respond to a demand from X"
        if not out and obj is not None:
            out += self._owner(p_idx, obj)
        return out

    def _noun_arguments(self, p_idx: int, t: "Token", rule: TriggerRule) -> tuple[list[str], list[str]]:
        actors: list[str] = []
        recipients: list[str] = []
        for c in t.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and self.actors.at(p_idx, c.i)):
                for x in _conj(c):
                    actors += self._actors_of(p_idx, x, places_act=True, adjectives=True)
            elif c.dep_ == "prep" and c.lower_ in ("by", "between", "among"):
                actors += self._referents(p_idx, [g for g in c.children if g.dep_ == "pobj"])
            elif c.dep_ == "prep" and c.lower_ in rule.recipient:
                recipients += self._referents(p_idx, [g for g in c.children if g.dep_ == "pobj"])
        if not actors:
            for v in self._noun_clauses(t):
                for c in v.children:
                    if c.dep_ == "agent":
                        actors += self._referents(p_idx, [g for g in c.children if g.dep_ == "pobj"])
        if not actors and self._light_verb_of(t) is not None:
            actors = self._subjects(p_idx, self._light_verb_of(t))
        if not actors and t.dep_ == "nsubjpass" and t.head.lower_ in self.lex.light_verbs \
                and t.head.lower_ not in _SPECTATING:
            # "The release of the hostages was announced by Baghdad": the light verb's agent (not one
            # who watched it: "The test-fire was watched by ..." names the guests, not the doer)
            actors = self._referents(p_idx, [g for c in t.head.children if c.dep_ == "agent"
                                             for g in c.children if g.dep_ == "pobj"])
        if not actors and t.lower_ in self.lex.of_doer_nouns:  # "the withdrawal of Russian troops" (cues.yaml)
            actors = self._referents(p_idx, of_objects(t))
        if not actors and _source_of_noun(t) and any(
                c.dep_ in ("amod", "compound") and c.lower_ in self.lex.own_meetings for c in t.children):
            # "the programme set forth at the Plenary Meeting of the Party Central Committee": the body met
            # (a mention in passing); its name is no recipient. Told as news, a plenary meeting keeps the
            # arguments the sentence gives it.
            of = of_objects(t)
            actors = self._referents(p_idx, of)
            recipients = [r for r in recipients if r not in actors]
        carrier = self._carrier(t) if not actors else None
        if carrier is not None:
            actors = self._subjects(p_idx, carrier) or self._referents(
                p_idx, [c for c in carrier.children if c.dep_ == "nsubjpass"])  # "Serb forces were engaged in"
        return actors, recipients

    def _actors_of(self, p_idx: int, tok: "Token", places_act: bool = True, adjectives: bool = False,
                   depth: int = 0, place_country: bool = False) -> list[str]:
        """The actor a token stands for: a named mention, or a group such as "North Korean troops".

        A capital stands for its government when ``places_act``; with ``place_country`` any other
        place stands for its country (the target of "struck Fordow" is Iran).
        """
        speaker = self._speaker_of(p_idx, tok)
        if speaker:
            return speaker
        if tok.lower_ in ("we", "us", "our", "i") and tok.pos_ == "PRON":
            self._voiced = True
            if tok.lower_ == "i" and self._colon_speaker and self._setting.author_at(p_idx) is None:
                return [self._colon_speaker]  # "... and continued: ... Therefore, I convened ..."
            return self._first_person(p_idx)
        if tok.lower_ in _POSS_PRONOUNS and tok.dep_ == "poss" and depth == 0:
            return self._possessor(p_idx, tok)
        m = self.actors.at(p_idx, tok.i)
        if m is not None:
            if m.how == "demonym" or (m.how == "adjective" and tok.tag_ in ("NNS", "NNPS")
                                      and tok.dep_ not in ("amod", "compound")):
                # "the Palestinians": the people of that country; "Bosnian Serbs": Bosnia's; "ethnic Turks"
                for c in tok.children:
                    mod = self.actors.at(p_idx, c.i) if c.dep_ in ("amod", "compound") else None
                    if mod is not None and mod.how == "adjective":
                        return [self.actors.group(self._host(p_idx, tok, mod.actor), "CVL")]
                return [self.actors.group(self._host(p_idx, tok, m.actor), "CVL")]
            if m.place:
                if place_country and self._physical and _town_itself(tok):
                    return self._people_of_place(m)
                if m.acts_as and places_act:
                    return [m.acts_as]
                country = self.actors.country_of(m.actor) if place_country else None
                return [self.actors.group(country, None)] if country else []
            shared = self._shared_head_sector(tok) if m.how == "adjective" else None
            if shared:  # "Sierra Leonean and Liberian refugees" parsed as "Leonean" and "refugees"
                return [self.actors.group(self.actors.country_of(m.acts_as or m.actor), shared)]
            if m.how == "adjective" and not adjectives and tok.dep_ in ("amod", "compound"):
                return []
            return [m.actor]
        if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl" and depth < 2:
            return self._actors_of(p_idx, tok.head.head, places_act, adjectives, depth + 1)
        if depth > 2 or tok.pos_ not in _NOUN | {"NUM", "PRON", "DET", "ADJ"}:
            return []
        diaspora = self._diaspora(p_idx, tok)
        if diaspora is not None:
            return diaspora
        if tok.lower_ in _QUANTITY or tok.pos_ == "NUM":  # "thousands of Iraqi Kurds", "a group of refugees"
            g = of_object(tok)
            if g is not None:  # "scores of Sierra Leonean and Liberian refugees": every conjunct
                return list(dict.fromkeys(a for y in _conj(g) for a in self._actors_of(
                    p_idx, y, places_act, adjectives, depth + 1)))
        if tok.pos_ not in _NOUN:
            return []
        if place_country and tok.lower_ in _PLACE_NOUNS:
            for g in of_objects(tok):
                m2 = self.actors.at(p_idx, g.i)
                country = self.actors.country_of(m2.acts_as or m2.actor) if m2 else None
                if country:
                    return [self.actors.group(country, None)]
        entourage = self._entourage(p_idx, tok)
        if entourage is not None:
            return entourage
        party = self._party_of_title(p_idx, tok)
        if party is not None:
            return party
        sector = self._sector_noun(tok) or self._modifier_sector(tok)  # "the main Hutu rebel group"
        if tok.lower_ in _MILITARY_SITES and sector in (None, "GOV"):
            sector = "MIL"  # "attacked Ethiopian positions", "shelled government positions": the army's
        if sector == "MIL":
            sector = self._unit_of_people(tok) or sector
        low = tok.lower_
        people = sector or tok.ent_type_ == "NORP" or low in self.lex.country_nouns or low in self.lex.body_nouns
        found: list[str] = []
        for c in tok.children:
            if c.dep_ not in _MODIFIERS:
                continue
            if c.dep_ == "poss" and c.lower_ in _POSS_PRONOUNS and people and depth == 0 \
                    and tok.dep_ in ("nsubj", "nsubjpass"):
                # "their forces withdrew": the forces of whoever "their" is ("defend its people" is no recipient)
                for a in self._possessor(p_idx, c):
                    country = self.actors.country_of(a)
                    if country:
                        found.append(self.actors.group(country, sector or None))
                continue
            for x in _conj(c):  # "Hungarian and Romanian officials"
                mod = self.actors.at(p_idx, x.i) or self._mention_in(p_idx, x)
                if mod is None or not people or _against(x):
                    continue  # "anti-Japanese guerrillas" are not Japan's: the adjective names their enemy
                mod_actor = self.actors.actors.get(mod.actor)
                if mod_actor is not None and mod_actor.kind == "organisation":
                    found.append(mod.actor)
                    continue
                country = self.actors.country_of(mod.acts_as or mod.actor)
                if country and mod.how == "adjective":
                    country = self._host(p_idx, tok, country)
                if country:
                    default = None if low in self.lex.country_nouns or low in self.lex.body_nouns else "CVL"
                    found.append(self.actors.group(country, sector or default))
        if found:
            return list(dict.fromkeys(found))
        if tok.lower_ in _MEMBERS or people:
            for c in tok.children:  # "members of the WPK", "students throughout Indonesia"
                if c.dep_ == "prep" and c.lower_ in _PEOPLE_PREPS:
                    for g in c.children:
                        if g.dep_ != "pobj":
                            continue
                        if c.lower_ == "of" and low in _FOLLOWERS:  # "supporters of former President X"
                            country = next((self.actors.country_of(a) for a in
                                            self._actors_of(p_idx, g, places_act, adjectives, depth + 1)
                                            if self.actors.country_of(a)), None)
                            countries = self._sentence_countries(p_idx, tok.sent)
                            country = country or (next(iter(countries)) if len(countries) == 1 else None)
                            if country:
                                return [self.actors.group(country, "CVL")]
                            continue
                        if c.lower_ in ("of", "from"):
                            got = [a for y in _conj(g)  # "leaders of Ethiopia and Eritrea"
                                   for a in self._actors_of(p_idx, y, places_act, adjectives, depth + 1)]
                            if got and sector:  # "doctors from two American aid groups"
                                got = [self.actors.group(self.actors.country_of(a), sector)
                                       if self.actors.actors[a].kind in ("country", "group") else a for a in got]
                            if got:
                                return got
                            mod = next((self.actors.at(p_idx, x.i) for x in g.children
                                        if x.dep_ in ("amod", "compound") and self.actors.at(p_idx, x.i)), None)
                            country = self.actors.country_of(mod.acts_as or mod.actor) if mod else None
                            if country and sector:
                                return [self.actors.group(country, sector)]
                        place = self.actors.at(p_idx, g.i)
                        country = self.actors.country_of(place.acts_as or place.actor) if place else None
                        if country and sector:
                            return [self.actors.group(country, sector)]
        top = tok
        while top.dep_ == "pobj" and top.head.lower_ == "of" and (top.head.head.lower_ in _QUANTITY
                                                                  or top.head.head.pos_ == "NUM"):
            top = top.head.head  # "thousands of people", "a group of refugees"
        if tok.lower_ in _MEMBERS:
            sector = self._body_sector(tok) or sector  # "leaders of the opposition coalition": OPP, not GOV
        if sector and top.dep_ in _SUBJ and depth <= 2 and not _of_many_countries(top):
            where = self._clause_countries(p_idx, top.head)
            if len(where) == 1:  # "thousands of people marched in Hong Kong": people of Hong Kong
                return [self.actors.group(where.pop(), sector)]
            countries = self._sentence_countries(p_idx, tok.sent, skip=_acted_on(top.head))
            if len(countries) == 1:  # "the opposition threatened ... in Tbilisi": Georgia's opposition
                return [self.actors.group(countries.pop(), sector)]
        if sector and depth <= 2 and not _of_many_countries(top):
            return self._people_where_they_are(p_idx, tok, sector) or (
                self._people_of_sole_country(p_idx, tok, sector) if depth == 0 else [])
        return []

    def _people_of_sole_country(self, p_idx: int, tok: "Token", sector: str) -> list[str]:
        """People acted on, named by what they are, in a sentence that names one country: "Indian troops
        killed five Kashmiri militants", "police in Nairobi arrested 30 opposition supporters" hit that
        country's own militants and opposition (PLOVER codes such unnamed targets as domestic)."""
        if sector == "GOV" and not (tok.lower_ in _SITES or tok.lower_ in _STATE_BODIES and tok.dep_ == "pobj"):
            return []  # "asked officials to keep the government running": whose is unsaid ("wages from the
            # government", "attacked government offices" are the country's own)
        if tok.head.dep_ == "agent":
            return []  # "removed by the court": which court is unsaid
        first = tok
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if first.dep_ in _SUBJ:
            return []  # "officials and young people attended": doers are placed by the subject rule
        if not self._sector_noun(tok) and tok.lower_ not in _SITES:
            return []  # "rejected military rule", "a military pact": a thing, not people ("rebel positions" are)
        countries = self._sentence_countries(p_idx, tok.sent)
        if len(countries) != 1:
            return []
        country = countries.pop()
        if sector in ("CVL", "REF") and self._physical and self._state_named_only_as_doer(p_idx, tok):
            return []
        if country == self.voice and not self._physical and sector not in _ITS_OPPONENTS:
            return []  # KCNA's "the WPK defends the people", "called on the regiments": the publisher's own
            # people are no party to its state's words (force on them, or a stand against it, is)
        return [self.actors.group(country, sector)]

    def _state_named_only_as_doer(self, p_idx: int, tok: "Token") -> bool:
        """ "Israeli troops stormed a dwelling and killed all inhabitants", "the U.S. killed many
        civilians": when the one country a sentence names is a state (or its army) doing the force, the
        people it hits are seldom its own; rebels, police and a place named ("in northern Burundi") say
        the fight is at home."""
        verb = tok
        while verb.pos_ not in _VERB and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i \
                and not any(c.dep_ in _SUBJ for c in verb.children):
            verb = verb.head  # "stormed a dwelling and killed all inhabitants", "dropped a bomb ..., killing"
        subjects = [c for c in verb.children if c.dep_ in _SUBJ]
        doer = frozenset(x.i for c in subjects for x in c.subtree)
        if verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in subjects):
            subjects = [verb.head]  # "the U.S., which during the war massacred innocent civilians"
            doer = frozenset(x.i for x in verb.head.subtree) - frozenset(x.i for x in verb.subtree)
        if not doer or self._sentence_countries(p_idx, tok.sent, skip=doer) \
                or any(self._sector_noun(c) not in (None, "MIL", "GOV") for c in subjects):
            return False  # "Algerian Islamic militants killed 15 villagers", "police fired on workers"
        doers = [self.actors.actors.get(m.acts_as or m.actor) for i in doer
                 if (m := self.actors.at(p_idx, i)) is not None]
        return bool(doers) and all(a is not None and (a.kind == "country" or a.sector in ("MIL", "GOV", None))
                                   for a in doers)

    def _people_where_they_are(self, p_idx: int, tok: "Token", sector: str) -> list[str]:
        """People named by what they are, placed by their own phrase: "refugees fleeing the civil war
        in Liberia", "refugees in Chad" are Liberia's and Chad's, when that phrase names one country."""
        near: set[str] = set()
        for h in [tok] + [c for c in tok.children if c.dep_ in ("acl", "relcl")]:
            near |= self._clause_countries(p_idx, h)
        return [self.actors.group(near.pop(), sector)] if len(near) == 1 else []

    def _shared_head_sector(self, tok: "Token") -> str | None:
        """The sector of the noun a nationality shares with a coordinated one, when the parser made
        the nationality the head: "scores of Sierra Leonean and Liberian refugees"."""
        if tok.dep_ in ("amod", "compound") or tok.tag_ not in ("NNP", "JJ"):
            return None
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "NOUN" and any(g.dep_ == "amod" for g in c.children):
                return self.lex.sector_nouns.get(c.lower_)
        return None

    def _unit_of_people(self, tok: "Token") -> str | None:
        """A unit named "of" whom it gathers ("the Pyongyang Municipal Regiment of Party Members", "a
        shock brigade of youth") is of their sector, not an army's: the word "regiment" alone makes
        no soldiers."""
        for g in of_objects(tok):
            if g.pos_ in _NOUN:
                sector = self._sector_noun(g) or (self._modifier_sector(g) if g.lower_ in _MEMBERS else None)
                if sector and sector != "MIL":
                    return sector
        return None

    def _body_sector(self, tok: "Token") -> str | None:
        """The sector of the body whose leaders or members a noun names ("leaders of the Azadliq
        opposition coalition" speak for the opposition)."""
        for g in of_objects(tok):
            if g.pos_ == "NOUN":
                return self._sector_noun(g) or self._modifier_sector(g)
        return None

    def _modifier_sector(self, tok: "Token") -> str | None:
        """The sector a noun's modifier names: "rebel" in "the main Hutu rebel group"."""
        return next((self.lex.sector_nouns[c.lower_] for c in tok.children
                     if c.dep_ in ("compound", "amod") and c.lower_ in self.lex.sector_nouns), None)

    def _sector_noun(self, tok: "Token") -> str | None:
        """The sector of the longest known tail of the noun's phrase: "Serbian military police" is
        MIL by "military police" before COP by "police"."""
        return tail_sector(self._phrase(tok).split(), self.lex.sector_nouns) or self.lex.sector_nouns.get(tok.lower_)

    def _host(self, p_idx: int, tok: "Token", country: str) -> str:
        """ "ethnic Albanian guerrillas operating in Macedonia": an ethnic minority belongs to the
        country it lives in, when the sentence names exactly one other."""
        left = tok.doc[max(tok.left_edge.i, tok.i - 4):tok.i]
        if not any(x.lower_ == "ethnic" for x in left):
            return country
        near: set[str] = set()  # "guerrillas operating in Macedonia", "Albanians in Macedonia"
        for h in [tok] + [c for c in tok.children if c.dep_ in ("acl", "relcl")]:
            near |= self._clause_countries(p_idx, h)
        near.discard(country)
        if len(near) == 1:
            return near.pop()
        others = {self.actors.country_of(m.acts_as or m.actor) for x in tok.sent
                  if (m := self.actors.at(p_idx, x.i)) is not None and not (
                      self.actors.actors.get(m.actor) and self.actors.actors[m.actor].sector == "MED")}
        others -= {country, None}
        return others.pop() if len(others) == 1 else country

    def _clause_countries(self, p_idx: int, verb: "Token") -> set[str]:
        """Countries of the places a clause happens in ("blocked streets in Hong Kong")."""
        out: set[str] = set()
        for h in [verb] + [c for c in verb.children if c.dep_ in _OBJ]:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "across", "throughout", "near", "outside"):
                    for g in c.children:
                        if g.dep_ != "pobj":
                            continue
                        # "in a market in Karachi": the place the site is in
                        inner = [y for p in g.children if p.dep_ == "prep" and p.lower_ in ("in", "near")
                                 for y in p.children if y.dep_ == "pobj"]
                        for x in [g] + inner + [  # "in a residential sector of eastern Beirut"
                                z for y in inner if y.lower_ in _QUARTERS for z in of_objects(y)] + [
                                y for y in g.children if y.dep_ == "amod" and g.lower_.rstrip("s") in _SETTLEMENTS]:
                            m = self.actors.at(p_idx, x.i)
                            a = self.actors.actors.get(m.actor) if m is not None else None
                            if m is not None and (m.place or (a is not None and a.kind in ("place", "country"))):
                                country = self.actors.country_of(m.acts_as or m.actor)
                                if country:
                                    out.add(country)
                                break
        return out

    def _victims_where_hit(self, p_idx: int, t: "Token", obj: "Token | None") -> list[str]:
        """ "A bomb killed 10 people in a market in Karachi", "Hundreds of civilians were massacred in a
        village in Algeria": people hit by force whom no country names are of the one country it happens in."""
        if obj is None or obj.pos_ not in _NOUN | {"NUM"}:
            return []
        sector = "CVL" if obj.pos_ == "NUM" or obj.lower_ in _QUANTITY else self._sector_noun(obj)
        if obj.lower_ in _QUANTITY:
            inner = of_object(obj)
            sector = (self._sector_noun(inner) if inner is not None else None) or sector
        if not sector or sector in ("MIL", "GOV", "COP"):
            return []  # soldiers and officials belong to a party, not to the place
        where = self._clause_countries(p_idx, t)
        return [self.actors.group(where.pop(), sector)] if len(where) == 1 else []

    def _sentence_countries(self, p_idx: int, sent, skip: frozenset[int] = frozenset()) -> set[str]:
        out = set()
        for tok in sent:
            if tok.i in skip:
                continue
            m = self.actors.at(p_idx, tok.i)
            if m is not None and not _against(tok):
                c = self.actors.country_of(m.acts_as or m.actor)
                if c:
                    out.add(c)
        return out

    def _one_country(self, actors: list[str]) -> bool:
        """Are all the actors of one and the same country (a meeting of them meets no one else)?"""
        countries = {self.actors.country_of(a) for a in actors}
        return len(countries) == 1 and None not in countries and "" not in countries

    def _not_an_event(self, rule: TriggerRule, actors: list[str], recipients: list[str],
                      theme: str | None = None, guessed: bool = False, trigger: "Token | None" = None) -> bool:
        """Readings the trigger allows that are not PLOVER events."""
        kinds = [self.actors.actors[a] for a in actors if a in self.actors.actors]
        if rule.type == "CONSULT" and len(actors) == 1 and not recipients and theme not in ("meeting", "talks"):
            return True  # "Kim attended the ceremony": one party alone consults no one
        if rule.type == "CONSULT" and rule.lemma == "attend" and not recipients and theme != "talks" \
                and self._one_country(actors):
            return True  # "The ceremony was attended by officials of the Party, ...": a country's own gathering
        if rule.cameo == "060" and len(actors) == 1 and not recipients and not _partnered(trigger):
            # "the regiment intensified the guidance and cooperation to build ...": its own work (a
            # handover or a sale, 061-064, has its partner in the thing done, named or not)
            return True
        if rule.type == "PROTEST" and kinds and all(a.sector in ("MIL", "GOV") for a in kinds):
            return True  # soldiers marching past a tribune parade; they do not protest
        if kinds and (not recipients or guessed) and all(a.sector == "MED" for a in kinds):
            return True  # "Rodong Sinmun calls for ...": an editorial exhorting its readers (a body it
            # names on the way, "in unity with the Central Committee", is not whom it addresses)
        if rule.mode == "visit" and kinds:
            own = {a.country for a in kinds}
            foreign = [r for r in recipients if self.actors.country_of(r) and self.actors.country_of(r) not in own]
            known = [r for r in recipients if r in self.actors.actors and self.actors.actors[r].known
                     and self.actors.actors[r].kind in ("person", "organisation")]
            if not foreign and not known:
                return True  # "Kim visited a textile mill": a domestic tour, not a visit to someone
        return False

    def _first_person(self, p_idx: int = -1) -> list[str]:
        """ "We strongly denounce ...": the voice of a statement is its author, else the publisher's country."""
        author = self._setting.author_at(p_idx)
        if author is not None:  # "Kim Jong Un sent a reply message ... The message said: I express ..."
            return [author]
        if self._setting.commentary and self.voice:  # a commentary's "we" is its publisher's country
            return [self.actors.group(self.voice, None)]
        if self.last_source is not None and self.last_source.actor:
            a = self.actors.actors.get(self.last_source.actor)
            if a is not None and a.sector != "MED":
                return [a.id]
        if self.voice:  # a statement a state agency carries speaks for that state
            return [self.actors.group(self.voice, None)]
        return []

    def _adopt(self, named: str, group: str) -> str:
        """An unknown name given as the apposition of a national group takes the group's country and sector."""
        a, g = self.actors.actors.get(named), self.actors.actors.get(group)
        if a is None or g is None or a.known or a.country or not g.country:
            return named
        return self.actors.unknown(a.name, a.kind, g.country, g.sector)

    def _speaker_of(self, p_idx: int, tok: "Token") -> list[str] | None:
        """ "X said it would ...": a pronoun subject of reported speech is the speaker."""
        if tok.lower_ not in _PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        h = tok.head
        for _ in range(3):
            if h.dep_ in ("conj", "xcomp") and h.head.i != h.i:
                h = h.head
            else:
                break
        if h.dep_ in ("ccomp", "parataxis") and h.head.lower_ in self.lex.reporting:
            subj = [c for c in h.head.children if c.dep_ == "nsubj" and c.i != tok.i]
            if subj:
                return self._referents(p_idx, subj)
        return None

    def _mention_in(self, p_idx: int, tok: "Token"):
        for x in tok.subtree:
            m = self.actors.at(p_idx, x.i)
            if m is not None:
                return m
        return None

    def _owner(self, p_idx: int, noun: "Token") -> list[str]:
        """Whose thing the object is: "North Korea's demand", "a U.S. request", "Russian diplomats"."""
        out: list[str] = []
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and not _against(c):  # "anti-U.S. struggle": a stance
                m = self._mention_in(p_idx, c) if c.dep_ == "poss" else self.actors.at(p_idx, c.i)
                if m is not None:
                    out.append(m.acts_as if m.place and m.acts_as else m.actor)
            elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):  # "demands from Shona rebels"
                out += self._referents(p_idx, [g for g in c.children if g.dep_ == "pobj"])
        return [x for x in out if x]

    def _location(self, p_idx: int, t: "Token", obj, rule: TriggerRule) -> dict | None:
        holders = [t] + ([obj] if obj is not None else [])
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and (c.lower_ in _LOCATION_PREPS or (c.lower_ == "to" and rule.mode == "visit")):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            loc = self._place(p_idx, g)
                            if loc:
                                return loc
        if rule.mode == "visit" and obj is not None:
            return self._place(p_idx, obj)
        return None

    def _place(self, p_idx: int, tok: "Token") -> dict | None:
        m = self.actors.at(p_idx, tok.i)
        if m is None:
            if tok.ent_type_ in ("GPE", "LOC", "FAC"):
                span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
                if span is not None:
                    return {"name": span.text, "country": None, "lat": None, "lon": None}
            return None
        a = self.actors.actors.get(m.actor)
        if a is None or a.kind not in ("place", "country"):
            return None
        return {"name": a.name, "country": a.country, "lat": a.lat, "lon": a.lon}

    # ------------------------------------------------------------------ who says so
    def _attribution(self, p_idx: int, sent, t: "Token") -> tuple[list[Attribution], TimeExpr | None]:
        out: list[Attribution] = []
        report_time: TimeExpr | None = None
        h = t
        for _ in range(8):
            if h.dep_ == "ROOT" or h.head.i == h.i:
                break
            parent = h.head
            if parent.lower_ in self.lex.reporting and parent.pos_ in _VERB and h.dep_ in (
                    "ccomp", "parataxis", "xcomp", "advcl", "conj", "dep"):
                a = self._source(p_idx, parent)
                if a is not None:
                    out.append(a)
                    report_time = report_time or self._attached_time(p_idx, parent)
                    if report_time is not None:
                        self._report_times.add(report_time.id)
            h = parent
        for anc in t.ancestors:  # "This photo, carried by KCNA on Saturday, shows ..."
            if anc.lower_ in self.lex.caption_verbs:
                a = self._caption_source(p_idx, anc)
                if a is not None and a not in out:
                    out.append(a)
                break
        for anc in [t, *t.ancestors]:
            for c in anc.children:
                if c.dep_ in ("parataxis", "advcl") and c.lower_ in self.lex.reporting and c.i > t.i:
                    a = self._source(p_idx, c)
                    if a is not None and a not in out:
                        out.append(a)
                        report_time = report_time or self._attached_time(p_idx, c)
        for tok in sent:
            if tok.lower_ == "according":
                for to in tok.children:
                    if to.lower_ == "to":
                        for g in to.children:
                            if g.dep_ == "pobj":
                                a = self._source_of_noun(p_idx, g, "according to")
                                if a is not None and a not in out:
                                    out.append(a)
        if out:
            self.last_source = out[-1]
        return out, report_time

    def _caption_source(self, p_idx: int, verb: "Token") -> Attribution | None:
        for subj in verb.children:
            if subj.dep_ != "nsubj":
                continue
            for acl in subj.children:
                if acl.dep_ == "acl":
                    for agent in acl.children:
                        if agent.dep_ == "agent":
                            for g in agent.children:
                                if g.dep_ == "pobj":
                                    found = self._actors_of(p_idx, g)
                                    if found:
                                        return Attribution(found[0], acl.lower_, g.text)
        return None

    def _source(self, p_idx: int, verb: "Token") -> Attribution | None:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return self._source_of_noun(p_idx, c, verb.lower_)
        return None

    def _source_of_noun(self, p_idx: int, noun: "Token", cue: str) -> Attribution | None:
        found = self._actors_of(p_idx, noun, places_act=True)
        span = noun.doc[noun.left_edge.i:noun.right_edge.i + 1].text if noun.n_lefts or noun.n_rights else noun.text
        if found:
            return Attribution(found[0], cue, span[:80])
        if noun.lower_ in self.lex.report_nouns and self.last_source is not None:
            return Attribution(self.last_source.actor, cue, span[:80])
        if noun.pos_ in _NOUN:
            return Attribution(None, cue, span[:80])
        return None

    # ------------------------------------------------------------------ how sure
    def _modality(self, t: "Token", rule: TriggerRule,
                  attribution: list[Attribution]) -> tuple[str, "Token | None"]:
        """The mention's modality, and the word that made it non-factual ("will", "plans", "if")."""
        lex = self.lex
        mood, cue = self._own_mood(t, rule)
        h, steps = t, 0
        while mood is None and steps < 5 and h.dep_ != "ROOT" and h.head.i != h.i:
            parent, dep = h.head, h.dep_
            steps += 1
            if parent.lower_ in lex.reporting and parent.pos_ in _VERB:
                break
            if rule.pos == "noun" and h.i == t.i and dep not in _OBJ | {"nsubj", "nsubjpass"}:
                break  # a nominal event in a prepositional phrase is presupposed ("following its signing")
            if parent.pos_ in _NOUN:
                if parent.lower_ in lex.hypothetical_nouns:
                    mood, cue = "hypothetical", parent
                elif parent.lower_ in lex.future_nouns:
                    mood, cue = "expected", parent
                if dep not in ("acl", "relcl", "ccomp", "prep", "pobj", "pcomp"):
                    break
            elif parent.pos_ == "ADP" and dep == "pcomp" and parent.head.lower_ in lex.future_heads:
                mood, cue = "expected", parent.head  # "calling for ousting Yoon", "demanding its removal"
            elif parent.pos_ in _VERB:
                if dep == "xcomp" and h.i == t.i and self._relayed_message(h):
                    pass  # "asked the ambassador to convey his greetings": the asker greets now
                elif dep == "xcomp" and parent.lower_ in self.lex.intents.get("refusal_heads", ()):
                    mood, cue = "negated", parent  # "refused to meet", "failed to reach agreement"
                elif dep == "xcomp" and (parent.lower_ in lex.future_heads or (
                        parent.lower_ in _BE and any(c.lower_ == "to" for c in h.children))):
                    mood, cue = "expected", parent
                elif dep == "advcl" and parent.lower_ in self.lex.request_heads and _asked_clause(parent, h):
                    # "asked the Council on Monday to lift the sanctions", "called for the president to
                    # step down": the parser hangs the asked-for act as an adverbial clause; it is asked, not done
                    mood, cue = "expected", parent
                elif dep in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "dobj", "nsubj", "nsubjpass", "prep",
                             "pobj"):
                    inherited, icue = self._own_mood(parent, None)
                    if inherited is not None and not (dep == "conj" and inherited == "habitual"):
                        mood, cue = inherited, icue
            elif parent.pos_ == "ADJ" and parent.lower_ in lex.future_heads:
                mood, cue = "expected", parent
            h = parent
        if mood is not None:
            return mood, cue
        return ("reported" if attribution else "asserted"), None

    def _relayed_message(self, v: "Token") -> bool:
        """ "to convey his greetings": passing on a message the asker sends (data/events/intents.yaml)."""
        return v.lower_ in self.lex.intents.get("relayed", ()) and any(
            c.dep_ == "dobj" and c.lower_ in self.lex.intents.get("relayed_messages", ()) for c in v.children)

    def _own_mood(self, t: "Token", rule: TriggerRule | None) -> tuple[str | None, "Token | None"]:
        lex = self.lex
        kids = list(t.children)
        for c in kids:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return "negated", c
        if t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in kids):
            to = next((c for c in kids if c.dep_ == "aux" and c.lower_ == "to"), None)
            if to is not None:
                return "expected", to  # a headline's "Japan to resume aid to Indonesia": what is to come
        for c in kids:
            if c.dep_ in ("aux", "auxpass"):
                if c.lower_ in lex.future_aux:
                    return "expected", c
                if c.lower_ in lex.hypothetical_aux:
                    return ("expected" if c.lower_ == "would" and self._reported_clause(t) else "hypothetical"), c
        for c in kids:
            if c.dep_ == "mark" and c.lower_ in lex.conditional:
                return "hypothetical", c
        for c in kids:
            if c.dep_ == "advmod" and c.lower_ in lex.habitual:
                return "habitual", c
            if _tally(c, lex) or (c.dep_ == "npadvmod" and any(_tally(g, lex) for g in c.children)):
                return "habitual", c  # "three times", "twice this year" (the parser hangs "twice" on "year")
        if t.pos_ in _VERB:
            count = _count_after(t, lex)
            if count is not None:
                return "habitual", count
            count = _counted_things(t, lex)
            if count is not None and _over_span(t, lex):
                return "habitual", count
        if rule is not None and rule.pos == "noun":
            for c in kids:
                if c.dep_ in ("amod", "compound") and c.lower_ in lex.planned:
                    return "expected", c
        return None, None

    def _reported_clause(self, t: "Token") -> bool:
        """ "X said it would ...": the future of reported speech. A clause that an evaluation holds on the
        way up ("stressed that it is significant that the children would get together") is the content
        judged, not a promise reported, and stays hypothetical."""
        for a in t.ancestors:
            if a.lower_ in self.lex.reporting:
                return True
            if a.pos_ == "ADJ" or (a.lower_ in _BE and any(c.dep_ == "acomp" for c in a.children)):
                return False
        return False

    # ------------------------------------------------------------------ when
    def _tokens_time(self, p_idx: int, tok: "Token") -> TimeExpr | None:
        start = self.paragraphs[p_idx].start + tok.idx
        k = bisect.bisect_right(self._time_starts, start) - 1
        if k >= 0 and self.times[k].start <= start < self.times[k].end:
            return self.times[k]
        return None

    def _time_heads(self, p_idx: int, sent) -> list[tuple[TimeExpr, "Token"]]:
        """Each time expression of the sentence with the token that governs it from outside."""
        key = (p_idx, sent.start)
        if key in self._heads_cache:
            return self._heads_cache[key]
        groups: dict[str, list["Token"]] = {}
        found: dict[str, TimeExpr] = {}
        for tok in sent:
            te = self._tokens_time(p_idx, tok)
            if te is not None:
                groups.setdefault(te.id, []).append(tok)
                found[te.id] = te
        out = []
        for tid, members in groups.items():
            ids = {x.i for x in members}
            root = next((x for x in members if x.head.i not in ids or x.head.i == x.i), members[0])
            out.append((found[tid], root))
            if root.dep_ == "pobj" and root.head.lower_ in _BOUNDS or self._names_a_day(root):
                self._bound_times.add(tid)
        spoken = [tid for tid, members in groups.items() if self._speakers_deixis(sent, found[tid], members[0])]
        self._bound_times.update(spoken)
        self._speaker_times.update(spoken)
        self._heads_cache[key] = out
        return out

    def _names_a_day(self, root: "Token") -> bool:
        """ "the immortal victory of July 27", "the national day of September 9", "the June 25-July 27 month
        of anti-U.S. joint struggle": a date inside a noun phrase names a day or a period (a victory, a
        holiday, a campaign), not the day the story is at; "on the morning of July 26" is that day
        (background.yaml, day_parts, named_day_examples)."""
        if root.dep_ in ("nmod", "compound", "amod", "nummod"):
            return root.head.pos_ in _NOUN and root.head.i > root.i
        if root.dep_ != "pobj" or root.head.lower_ != "of":
            return False
        noun = root.head.head
        on_it = noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at")  # "on the national day of September 9"
        return noun.pos_ in _NOUN and noun.lower_ not in self._setting.rules["day_parts"] and not on_it

    def _speakers_deixis(self, sent, te: TimeExpr, tok: "Token") -> bool:
        """A time a speaker counts from the day of the speech ("We completely blocked the roads two days
        ago", "even if a war breaks out at once today", he said at an inspection KCNA reports days later):
        resolved against the dispatch's date, it neither sets the story's day (``_narrative_time``) nor
        dates the speech's events by the dispatch (``_speech_day``)."""
        if te.rule not in _DEICTIC_RULES or te.anchor != "dct":
            return False
        return self._in_speech(tok) or any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("we", "i") for t in sent)

    def _in_speech(self, tok: "Token") -> bool:
        """``tok`` lies in the clause a reporting verb governs ("he said that ... today", "Saying that as
        seen in today's training, ..."), not beside the verb itself ("he said today that ...")."""
        prev = tok
        for a in tok.ancestors:
            if prev.dep_ in ("ccomp", "parataxis") and a.lower_ in self.lex.reporting:
                return True
            prev = a
        return False

    def _governor(self, tok: "Token") -> "Token":
        """The verb or event noun a time phrase hangs from (through "on", "in", "since" ...)."""
        h = tok.head
        steps = 0
        while steps < 6 and h.head.i != h.i and h.pos_ not in _VERB and not (
                h.pos_ in _NOUN and (self.lex.nouns.get(h.lower_) or h.dep_ in _OBJ)):
            h = h.head
            steps += 1
        return h

    def _attached_time(self, p_idx: int, verb: "Token") -> TimeExpr | None:
        for te, root in self._time_heads(p_idx, verb.sent):
            if te.type in _CALENDAR_TYPES and te.interval and self._governor(root).i == verb.i:
                return te
        return None

    def _date(self, p_idx: int, para, sent, t: "Token", obj) -> EventDate | None:
        owners = {t.i} | ({obj.i} if obj is not None else set())
        if t.pos_ in _NOUN:  # "the summit talks held on June 19", "the test-fire ... conducted on October 31"
            owners |= {v.i for v in self._noun_clauses(t)} | self._event_holder(t)
            # "the December 2023 Plenary Meeting": a date in the nominal's own name
            for te, root in self._time_heads(p_idx, sent):
                if root.head.i == t.i and root.dep_ in ("nmod", "compound", "nummod") and te.type in _CALENDAR_TYPES \
                        and te.interval and te.value[:1].isdigit():
                    return EventDate(*_date_parts(te), basis="time_expression", time_id=te.id, interval=te.interval)
        candidates = [(te, self._governor(root)) for te, root in self._time_heads(p_idx, sent)
                      if te.type in _CALENDAR_TYPES and te.interval and te.value[:1].isdigit()
                      and not (root.dep_ == "pobj" and root.head.lower_ in _BOUNDS)
                      and root.dep_ not in ("compound", "amod", "nmod", "nummod", "poss")  # "the 2018 pact"
                      and not _compared(root)]
        for te, gov in candidates:
            if gov.i in owners:
                if te.id in self._speaker_times:
                    return self._speech_day(p_idx, sent, te)
                return EventDate(*_date_parts(te), basis="time_expression", time_id=te.id, interval=te.interval)
        shared = self._time_of_later_conjunct(para, t, candidates)
        if shared is not None:
            return shared
        # "Kim inspected the farm on Thursday, praising ...": the clause it depends on gives the time
        h = t
        holder = self._event_holder(t) if t.pos_ in _NOUN else set()
        if holder:  # "inspected the fleet and paid a visit to the command": from the light verb "paid"
            h = t.head
        for _ in range(3):
            if h.dep_ not in ("advcl", "xcomp", "conj", "acl", "pcomp", "prep", "pobj") or h.head.i == h.i:
                break
            h = h.head
            if h.lower_ in self.lex.reporting:
                break
            for te, gov in candidates:
                if gov.i == h.i:
                    return EventDate(*_date_parts(te), basis="time_expression", time_id=te.id,
                                     interval=te.interval)
        sub = self._subordinate_time(p_idx, sent, t, candidates) or self._old_time_in_phrase(t, candidates)
        if sub is not None:
            return sub
        # a caption's "This photo shows X doing Y the previous day" dates Y
        verb = t.head if t.dep_ in ("ccomp", "acl", "xcomp", "dobj", "advcl") else None
        if verb is not None and verb.lower_ in self.lex.caption_verbs:
            for te, gov in candidates:
                if gov.i == verb.i and te.start > para.start + t.idx - 400:
                    return EventDate(*_date_parts(te), basis="time_expression", time_id=te.id, interval=te.interval)
        return self._time_after_quote(p_idx, sent, t)

    def _subordinate_time(self, p_idx: int, sent, t: "Token", candidates) -> EventDate | None:
        """ "So I convened a meeting again as soon as the plenary meeting finished its work earlier this
        year": a past act told with a temporal clause of its own ("as soon as", "when", "after") takes
        that clause's time, not the day of the speech or report that tells it (background.yaml,
        subordinate_time_examples)."""
        if t.pos_ not in _VERB or not candidates:
            return None
        marks = self._setting.rules["temporal_marks"]
        series = _verb_series(t)
        clauses = [c for v in series for c in v.children if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)]
        clauses += [g for v in series for c in v.children if c.dep_ == "advmod" and c.lower_ in marks
                    for g in c.children if g.dep_ == "advcl"]  # "as soon as": the clause hangs on "soon"
        for c in clauses:
            for te, gov in candidates:
                if gov.i == c.i:
                    if te.id in self._speaker_times:
                        return self._speech_day(p_idx, sent, te)
                    return EventDate(*_date_parts(te), basis="time_expression", time_id=te.id, interval=te.interval)
        return None

    def _old_time_in_phrase(self, t: "Token", candidates) -> EventDate | None:
        """ "He made a speech at the ceremony for starting the construction of the street in February last
        year": a time long past in the trigger's own phrases (a place or occasion it names, through
        prepositions and the participles of its nouns, not a clause of its own) places the act then;
        the story's day does not carry over to it. Only a time before the month up to publication."""
        h = t
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if not self._recent or h.dep_ in ("relcl", "acl"):  # "the days when we deepened ...": a recollection
            return None
        for te, gov in candidates:
            if te.interval[1][:10] >= self._recent[0] or gov.i == t.i or t not in gov.ancestors:
                continue
            h = gov
            while h.i != t.i and h.dep_ in ("prep", "pobj", "pcomp", "acl", "dobj", "compound", "amod") \
                    and not (h.pos_ in _VERB and h.dep_ not in ("pcomp", "acl")) \
                    and not (h.dep_ == "prep" and h.lower_ in _BOUNDS):  # "Since declaring ... in 1949": a bound
                h = h.head
            if h.i == t.i:
                return EventDate(*_date_parts(te), basis="time_expression", time_id=te.id, interval=te.interval)
        return None

    def _speech_day(self, p_idx: int, sent, te: TimeExpr) -> EventDate:
        """ "He said the KPA had blocked the roads two days ago", in a speech of the story's day: a speaker's
        deictic day counts from the speech (the story's day), not from the dispatch; with no story day
        the speech is taken to be of the dispatch's day, as the time stage resolved it."""
        ref = self._narrative_time(self.paragraphs[p_idx].start + sent.start_char)
        if ref is None or self._published is None or te.granularity != "day" or te.value[:10].count("-") != 2:
            return EventDate(*_date_parts(te), basis="time_expression", time_id=te.id, interval=te.interval)
        shift = dt.date.fromisoformat(ref.value[:10]) - self._published
        value = (dt.date.fromisoformat(te.value[:10]) + shift).isoformat()
        return EventDate(value, "day", "narrative", ref.id, (value, value))

    def _time_of_later_conjunct(self, para, t: "Token", candidates) -> EventDate | None:
        """ "He visited the school and gave a lecture there on October 17, 2022": a time written after
        the last of two verbs in the same tense dates both; one written before it ("and on Thursday
        visited ...") is that verb's own."""
        if t.pos_ not in _VERB:
            return None
        later = [c for c in t.children if c.dep_ == "conj" and c.pos_ in _VERB and c.tag_ == t.tag_ and c.i > t.i]
        for te, gov in candidates:
            if te.granularity in ("century", "decade"):
                continue  # "... and thus worked a miracle in the 20th century": an era, no occasion both share
            c = next((c for c in later if gov.i == c.i or t.dep_ == "ROOT" and _within_conjunct(gov, c)), None)
            if c is not None and te.start > para.start + c.idx:
                return EventDate(*_date_parts(te), basis="coordination", time_id=te.id, interval=te.interval)
        return None

    def _time_after_quote(self, p_idx: int, sent, t: "Token") -> EventDate | None:
        """ "X released the following statement "..." on Sunday:": the parser hangs a time after a quoted
        title from a word inside the quotes; outside them, the time belongs to the sentence's main verb."""
        if t.dep_ != "ROOT" or t.pos_ not in _VERB:
            return None
        inside = _quoted(sent)
        if not inside or t.i in inside:
            return None
        for te, root in self._time_heads(p_idx, sent):
            if te.type in _CALENDAR_TYPES and te.interval and te.value[:1].isdigit() and root.i not in inside \
                    and root.i > t.i and self._governor(root).i in inside \
                    and not (root.dep_ == "pobj" and root.head.lower_ in _BOUNDS):
                return self._weekday_before_quote(te, t) or EventDate(*_date_parts(te), basis="time_expression",
                                                                        time_id=te.id, interval=te.interval)
        return None

    def _weekday_before_quote(self, te: TimeExpr, verb: "Token") -> EventDate | None:
        """ "issued the following press statement under the title "We will deter ..." on Friday": the
        weekday was resolved with the quoted title's future tense; a statement already issued (past
        tense) falls on the last such weekday up to the dispatch, not the next one."""
        if te.rule != "weekday" or verb.tag_ != "VBD" or self._published is None or te.granularity != "day":
            return None
        day = dt.date.fromisoformat(te.value[:10])
        if day <= self._published:
            return None
        day -= dt.timedelta(days=7 * -(-(day - self._published).days // 7))  # back to the dispatch's day or before
        value = day.isoformat()
        return EventDate(value, "day", "time_expression", te.id, (value, value))


_QUOTES = {'"', "\u201c", "\u201d", "''", "``"}


_NOT_TARGETS = {"sea", "ocean", "water", "waters", "target", "targets", "island", "range", "sky", "air", "dawn",
                "noon", "night", "midnight", "hour", "hours", "rate", "interval", "intervals", "distance", "angle",
                "speed", "altitude", "time", "times", "site", "area", "zone"}


#: words that give a cooperation partners even when none is named ("bilateral cooperation", "joint drills")
_PARTNER_WORDS = {"with", "among", "between", "together", "bilateral", "joint", "jointly", "mutual", "multilateral",
                  "trilateral", "both", "allies", "partners"}
#: "in conformity with", "in line with": a standard kept, not a partner
_STANDARD_NOUNS = {"conformity", "accordance", "line", "keeping", "compliance"}
#: dealings held with a partner ("suspended talks", "broke off contacts")
_TALKS = frozenset({"talks", "negotiations", "dialogue", "contacts", "contact", "relations", "ties", "cooperation",
                    "consultations", "exchanges"})


def _partnered(t: "Token | None") -> bool:
    """Does a cooperation's phrase speak of partners ("develop the bilateral cooperation", "make joint
    efforts with you")? Without them one body's "guidance and cooperation" is its own work."""
    if t is None:
        return True
    top = t.head if t.dep_ in ("xcomp", "advcl", "conj") and t.head.pos_ in _VERB else t
    return any(x.lower_ in _PARTNER_WORDS and not (x.lower_ == "with" and x.head.lower_ in _STANDARD_NOUNS)
               for x in top.subtree)


def _acted_on(verb: "Token") -> frozenset[int]:
    """Tokens of what describes the things a verb acts on (appositions and participle phrases of its
    objects, and of those of its purpose clause) and of the clauses conjoined with a subject of their
    own: a country named there does not place the verb's subject ("The resistance forces conducted
    attacks to shoot down six MQ-9 Reapers, the air combat drones the U.S. is pride of" are not U.S.
    forces; "A spokesman ... released the press statement titled 'U.S. ...'" is not the U.S.'s). The
    object itself may ("fundamentalists ... demand the resignation of Algerian President"), and so may
    a relative clause, which can name the doers again ("a joint statement, which they called the
    Spirit of Camp David")."""
    out: set[int] = set()
    objects: list["Token"] = []
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in _VERB and any(g.dep_ in _SUBJ | {"nsubjpass"} for g in c.children):
            out.update(x.i for x in c.subtree)
        elif c.dep_ in _OBJ:
            objects.append(c)
        elif c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            objects += [g for g in c.children if g.dep_ in _OBJ]
    for o in objects:
        for y in _conj(o):
            out.update(x.i for d in y.children if d.dep_ in ("appos", "acl") for x in d.subtree)
    return frozenset(out)


def _asked_clause(head: "Token", clause: "Token") -> bool:
    """A "to" clause under a verb of asking is what is asked when someone is asked: an object
    ("asked the Council ... to lift"), one appealed or called to ("appealed to India ... to", "called on
    X ... to"), or a "for" subject ("called for the president to step down"); "called at the veterans'
    homes to congratulate them" is a visit with its purpose."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return (any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
            or any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon"))
                   for c in head.children))


def _particle_marks_clause(t: "Token", particle: str) -> bool:
    """ "called for the president to step down": the parser makes "for" the mark of the asked-for
    clause, not a particle of the verb; the clause is what is called for."""
    return any(c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > t.i
               and any(g.dep_ == "mark" and g.lower_ == particle and g.i < c.i for g in c.children)
               for c in t.children)


def _struck_thing(g: "Token") -> bool:
    """The object of "fired missiles at ...": a building, a convoy, a crowd, not a test target, a sea or
    a time ("at dawn", "at 10 a.m."), which a test or a drill also has."""
    return g.dep_ == "pobj" and g.pos_ in _NOUN and g.lower_ not in _NOT_TARGETS \
        and g.ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY") and not any(
            c.lower_ in _NOT_TARGETS for c in g.children if c.dep_ in ("compound", "amod"))


def _agent_participle(t: "Token") -> bool:
    """ "the deal reached by Armenia and Azerbaijan", "aid sent by Saudi Arabia": a past participle
    modifying a noun, with a "by" agent, is a passive whose doer is the agent (not the noun)."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children)


def _headline_passive(para, t: "Token") -> bool:
    """A headline's bare past participle is passive ("Kim Jong Un Praised Abroad", "Envoy Feted"):
    headlines tell a past act in the present tense and drop the auxiliary of the passive."""
    return para.kind == "title" and t.tag_ in ("VBN", "VBD") and t.lower_.endswith("ed") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "obj", "nsubjpass") for c in t.children)


def _quoted(sent) -> set[int]:
    """Indices of the tokens between quotation marks in a sentence (the marks included)."""
    out: set[int] = set()
    opened: int | None = None
    for tok in sent:
        if tok.text in _QUOTES:
            if opened is None:
                opened = tok.i
            else:
                out.update(range(opened, tok.i + 1))
                opened = None
    return out


@functools.lru_cache(maxsize=1)
def background_rules() -> dict:
    """data/events/background.yaml: cues of mentions made in passing (read once per process)."""
    d = read_data("events/background.yaml")
    nouns = sorted(d["document_nouns"], key=len, reverse=True)
    return {
        "adverbs": frozenset(d["adverbs"]),
        "document": re.compile(r"\b(?:%s)s?\b" % "|".join(map(re.escape, nouns)), re.I),
        "commentary": tuple(d["commentary_titles"]),
        "digest": tuple(c.lower() for c in d["digest_cues"]),
        "old_years": int(d["old_story_years"]),
        "adjectives": frozenset(d["adjectives"]),
        "running": frozenset(d["running_marks"]),
        "temporal_marks": frozenset(d["temporal_marks"]),
        "stance": frozenset(d["stance_nouns"]),
        "quantifiers": frozenset(d["quantifiers"]),
        "degree": frozenset(d["degree_adverbs"]),
        "narrative_breaks": frozenset(w.lower() for w in d["narrative_breaks"]),
        "day_parts": frozenset(d["day_parts"]),
        "commemorative": frozenset(f for w in d["commemorative_objects"] for f in noun_forms(w)),
        "commemorating": frozenset(d["commemorating_words"]),
    }


@functools.lru_cache(maxsize=1)
def own_people_rules() -> dict:
    """data/events/own_people.yaml: nouns of a speaker's own people by sector (read once per process)."""
    d = read_data("events/own_people.yaml")
    return {"nouns": {f: sector for sector, words in d["nouns"].items() for w in words for f in noun_forms(w.lower())},
            "deeds": frozenset(d["deeds"]),
            "local": {f: sector for sector, words in d["local"].items() for w in words for f in noun_forms(w.lower())}}


_DEICTIC_RULES = frozenset({"ago", "today", "yesterday", "tomorrow", "tonight", "last_night", "day_before_yesterday",
                            "day_after_tomorrow", "earlier"})


_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _within_conjunct(gov: "Token", verb: "Token") -> bool:
    """ "met and had a talk with a group ... led by Ko Tok U ... at the Hall on September 12", "met and
    congratulated the cadres ... on the national day of September 9": in a report's main clause, a time
    the parser hangs on a word of the last conjunct's object or participle is still that conjunct's
    time, unless a finite clause of its own ("who arrived on ...") comes between them; a verb that
    hangs the time itself ("deepened our friendship by declaring ... on last June 19") is an act with
    its own time, a participle naming a role ("the group led by ...") is not."""
    if gov.i != verb.i and gov.pos_ in _VERB and not (gov.tag_ == "VBN" and gov.dep_ == "acl"):
        return False
    x = gov
    for _ in range(12):
        if x.i == verb.i:
            return True
        if x.tag_ in _FINITE or x.dep_ in ("relcl", "advcl", "ccomp", "conj") and x.pos_ in _VERB \
                or x.head.i == x.i:
            return False
        x = x.head
    return False


def _dated_subject(t: "Token") -> list["Token"]:
    """ "Rodong Sinmun Monday editorially calls for ...": the parser makes the weekday the verb's
    modifier and the name before it the weekday's compound; that name is the subject."""
    for c in t.children:
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and c.i < t.i:
            names = [g for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN" and not g.ent_type_ == "DATE"]
            if names:
                return names[-1:]
    return []


def _adverb_subject(t: "Token") -> list["Token"]:
    """ "Choe Son Hui courteously conveyed ...": the parser may take the adverb before the verb for the
    head of the subject, with the name's words compounded on it; the name is the subject."""
    for c in t.children:
        if c.dep_ == "advmod" and c.pos_ == "ADV" and c.i < t.i:
            names = [g for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"]
            if names:
                return [names[-1]]
    return []


def _unresolved_pronoun_subject(t: "Token") -> bool:
    """ "They accused Yoon group of ...", "It called for extending full support ...": when no actor came
    out of the pronoun, the doer is someone the article named but we could not follow; an event with
    only a target would tell the timeline that no one did it. Such a mention is not emitted."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in ("they", "it", "he", "she")
               for c in t.children)  # a passive's pronoun is the target: "he was arrested" keeps its event


def _object_after_date(t: "Token") -> "Token | None":
    """The object a date put before it made the parser hang on "on" ("spurned on Monday Seoul's offer":
    "offer" under "on", with "Monday" its compound or a second object of "on"); the word right after
    the verb is "on" and the object owned by someone, or None."""
    on = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "on" and c.i == t.i + 1), None)
    if on is None:
        return None
    pobjs = [g for g in on.children if g.dep_ == "pobj"]
    dated = on.i + 1 < len(t.doc) and t.doc[on.i + 1].ent_type_ == "DATE"  # "on Monday Seoul's offer"
    things = [g for g in pobjs if g.ent_type_ != "DATE" and g.pos_ == "NOUN" and any(
        x.dep_ == "poss" for x in g.children)]
    return things[0] if dated and len(things) == 1 else None


def _owners_of_things(t: "Token") -> set[int]:
    """Tokens of a body named as the owner of a thing under the trigger ("the 79th founding anniversary
    of the Workers' Party of Korea", "the decision of the Political Bureau", "the special order of the
    WPK Central Military Commission"): whose thing it is, not at whom the act is aimed; a guessed
    recipient is not taken from there (data/events/owned_things.yaml)."""
    things = owned_things()
    out: set[int] = set()
    for x in t.subtree:
        if x.dep_ == "prep" and x.lower_ == "of" and x.head.lower_ in things and x.head.i != t.i:
            out.update(y.i for y in x.subtree)
    return out


_TIME_NOUNS = frozenset({"moment", "day", "time", "hour", "year", "days", "times"})


def _adverbial_relative(x: "Token") -> bool:
    """A relative clause telling where, when or what of its noun ("a rally, at which they stated ...",
    "till the moment Yoon goes to ruin", "the territory where ..."), not who acts on a thing or person."""
    return x.head.lower_ in _TIME_NOUNS or any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") or c.dep_ == "prep" and any(
            g.lower_ in ("which", "whom") for g in c.children) for c in x.children)


def _aimed_at(t: "Token", thing: "Token") -> bool:
    """The owned thing is what the trigger acts on: "demanded the withdrawal of the U.S. imperialists'
    hostile policy" (the U.S. is the target), "supported the WPK's policies"."""
    h = thing.head.head if thing.dep_ == "pobj" and thing.head.lower_ == "of" else thing
    return h.i == t.i or h.head.i == t.i


def _asides(t: "Token") -> set[int]:
    """Tokens of a relative clause under the trigger ("building the factories, which the Party promised
    to the people"; "the students who are upholding the Party's cause") or of a comparative "as"-clause,
    its verb's object left out ("a plan as the Meeting of the Political Bureau had decided"): who acts
    there is not at whom the main act is aimed. A clause that tells where or when ("a rally, at which
    they stated ... to overthrow Yoon", "till the moment Yoon goes to ruin") still may name the target;
    so may an "as"-clause of cause ("lifted martial law as the National Assembly demanded its end"). Also
    the possessor of an owned thing further down ("to guarantee the implementation of the Party's
    policy"). Skipped only for the doer's own country's bodies (_nearest_other): a foe named in an aside
    may be the target."""
    out: set[int] = set()
    for x in t.subtree:
        if x.i != t.i and (x.dep_ == "relcl" and not _adverbial_relative(x) or x.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in x.children) and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in x.children)):
            out.update(y.i for y in x.subtree)
        elif x.dep_ == "prep" and x.lower_ == "as":
            out.update(_misparsed_as_clause(t, x))
        elif x.dep_ == "poss" and x.head.lower_ in owned_things() and not _aimed_at(t, x.head):
            out.update(y.i for y in x.subtree)  # "to guarantee the implementation of the Party's policy"
    return out


def _misparsed_as_clause(t: "Token", x: "Token") -> set[int]:
    """ "a plan as the Meeting of the Political Bureau had decided", "as the rehabilitation is ...": the
    parser may take "as" for a preposition, its clause's subject for the object and hang the verb
    elsewhere; when a verb follows the object at once, the subject and that verb's clause are an aside."""
    objs = [g for g in x.children if g.dep_ == "pobj"]
    if not objs:
        return set()
    doc = x.doc
    k = objs[0].right_edge.i + 1
    if k >= len(doc) or doc[k].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return set()
    verb = doc[k].head if doc[k].dep_ in ("aux", "auxpass") else doc[k]
    out = {y.i for y in x.subtree}
    if not (verb.left_edge.i <= t.i <= verb.right_edge.i):
        out.update(y.i for y in verb.subtree)
    return out


@functools.lru_cache(maxsize=1)
def owned_things() -> frozenset[str]:
    """data/events/owned_things.yaml (read once per process)."""
    return frozenset(read_data("events/owned_things.yaml")["nouns"])


def _addressed_to_you(t: "Token", obj) -> bool:
    """The act is aimed at "you" ("I express my deep thanks to you", "I sincerely congratulate you")."""
    holders = [t] + ([obj] if obj is not None else [])
    return any(_you(c) and c.dep_ in ("dobj", "obj", "dative") for h in holders for c in h.children) or any(
        _you(g) for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj")


def _in_a_pair(x: "Token") -> bool:
    """ "the China-DPRK relations", "DPRK-Russia friendship": one side of a hyphenated pair of parties."""
    doc = x.doc
    return (x.i + 1 < len(doc) and doc[x.i + 1].text == "-" and not doc[x.i].whitespace_) or (
        x.i > 0 and doc[x.i - 1].text == "-" and not doc[x.i - 2].whitespace_ if x.i > 1 else False)


def _you(t: "Token") -> bool:
    """ "you", and the addressee's style: "to Your Excellency", "Your Majesty"."""
    return t.lower_ == "you" or (t.lower_ in ("excellency", "majesty", "highness")
                                 and any(c.lower_ == "your" for c in t.children))


def _arrived_at_a_venue(t: "Token", rule: TriggerRule) -> bool:
    """ "Kim Jong Un arrived at the venue", "arrived at the Pyongyang Indoor Stadium": arriving at a
    place, with no one it is a visit to but a guess from elsewhere in the sentence ("the general
    secretary of the WPK"), is no visit; "arrived in Pyongyang" finds its host before any guess."""
    return rule.lemma == "arrive" and any(c.dep_ == "prep" and c.lower_ == "at" for c in t.children)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _source_of_noun(t: "Token") -> bool:
    """ "the fighting programme set forth at the December 2023 Plenary Meeting": a nominal event under a
    participle that describes another noun names where that noun comes from; it is mentioned in
    passing, not told (background.yaml, source_of_noun_examples)."""
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return False
    if t.head.lower_ == "of" and t.head.head.lower_ in owned_things():
        return True  # "true to the decisions of the historic December 2023 Plenary Meeting"
    acl = t.head.head
    return acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.head.pos_ in _NOUN and acl.head.i != t.i


def _same_day(sent) -> bool:
    """ "Meanwhile, the minister met the delegation on the same day": the sentence keeps the story's day."""
    words = [t.lower_ for t in sent]
    return any(w in ("same", "that") and nxt == "day" for w, nxt in zip(words, words[1:]))


def _commemorated(t: "Token", rules: dict) -> bool:
    """ "A tablet to honor President Kim Il Sung's first official visit to the Soviet Union", "the
    unveiling of the monument marking the visit": a nominal event that an object honours (a tablet,
    a monument, a plaque, an exhibition) is the history the object recalls, not the news of the
    object's unveiling (background.yaml, commemorated_examples). The object is on the event's path
    up the tree, or the "of" phrase of a noun on it; a word of honouring stands between the two."""
    chain, h = [], t
    for _ in range(4):
        if h.head.i == h.i or (h.head.pos_ in _VERB and h.head.lower_ not in rules["commemorating"]):
            break
        h = h.head
        chain.append(h)
    objects = [x for x in chain if x.lower_ in rules["commemorative"]]
    objects += [g for x in chain for c in x.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.lower_ in rules["commemorative"]]
    doc = t.doc
    return any(doc[k].lower_ in rules["commemorating"]
               for o in objects for k in range(min(o.i, t.i) + 1, max(o.i, t.i)))


def _evaluated(t: "Token") -> bool:
    """ "Kim Il Sung's visit to the Soviet Union was one of the most important landmarks at that time",
    "President Putin's visit to the DPRK was a great historic event": a nominal event that is the
    subject of "was"/"is" with a noun as its predicate is judged in passing, not told."""
    h = t.head
    return t.dep_ == "nsubj" and h.lower_ in ("was", "is", "were", "are") and any(
        c.dep_ == "attr" and c.pos_ in _NOUN | {"NUM", "PRON"} for c in h.children)


def _count_after(t: "Token", lex) -> "Token | None":
    """ "were deployed near the Korean peninsula three times and the submarine made ...": the parser may
    hang the count on the next clause; a count right after the verb's phrase (before any conjunction,
    punctuation or other verb, within a few words) is the verb's own."""
    doc, end = t.doc, min(t.i + 12, t.sent.end)
    for k in range(t.i + 1, end):
        tok = doc[k]
        if tok.dep_ in ("cc", "punct", "mark") or tok.pos_ in _VERB:
            return None
        if tok.lower_ in lex.tally_nouns:
            prev = doc[k - 1]
            if prev.lower_ == "of" and k >= 2:  # "hundreds of times"
                prev = doc[k - 2]
            if _many(prev, lex):
                return tok
            return None
    return None


def _compared(tok: "Token") -> bool:
    """A time inside a comparison ("twice as many as those in the same period last year", "more
    than last year") is what the act is measured against, not its date."""
    for a in tok.ancestors:
        if a.pos_ in _VERB:
            return False
        if a.dep_ == "prep" and (a.lower_ == "than" or (a.lower_ == "as" and any(
                g.dep_ == "advmod" and g.lower_ == "as" for g in a.head.children))):
            return True
    return False


def _counted_things(t: "Token", lex) -> "Token | None":
    """The count of a verb's things ("shot down 12 drones", "40 exercises were staged", "twice as
    many"): a number (not one, not a year) or a tally word before its object or subject noun. The
    parser may hang the number on a particle ("shot down 12"), so the words between the verb and its
    object count too."""
    doc = t.doc
    for c in t.children:
        if c.dep_ not in _OBJ | {"nsubj", "nsubjpass"}:
            continue
        if c.lower_ == "many" and any(g.lower_ in lex.tally_adverbs for g in c.children):
            return c  # "staged exercises ... twice as many as"
        lo = t.i + 1 if c.i > t.i else c.left_edge.i
        for k in range(lo, c.i):
            w = doc[k]  # the noun's own number, not a compound's ("their first three-way summit")
            if w.head.i != c.i and not (w.head.head.i == t.i and w.head.dep_ in ("prt", "advmod")):
                continue
            if _many(w, lex) and not (w.text.isdigit() and len(w.text) == 4):  # not a year
                return w
    return None


def _over_span(t: "Token", lex) -> bool:
    """The verb's time is a span of months: a from-to range ("from January to April") or a span noun
    after in/during/over ("in the first half of this year", "over the past six months")."""
    preps = [c for c in t.children if c.dep_ == "prep"]
    if any(p.lower_ == "from" for p in preps) and any(
            p.lower_ in ("to", "till", "until", "through") for p in preps + [g for c in preps for g in c.subtree]):
        return True
    return any(p.lower_ in ("in", "during", "over", "for") and any(
        g.dep_ == "pobj" and g.lower_ in lex.tally_spans for g in p.children) for p in preps)


def _tally(c: "Token", lex) -> bool:
    """A verb's count of its own acts ("were deployed near the peninsula three times", "flew twice"):
    an aggregate of several acts over a stretch of time, habitual rather than one act of a day. An
    ordinal ("for the fifth time") or "one time" counts one act, and is no tally."""
    if c.dep_ == "advmod" and c.lower_ in lex.tally_adverbs:
        return True
    return c.dep_ in ("npadvmod", "advmod") and c.lower_ in lex.tally_nouns and any(
        (g.dep_ == "nummod" and g.tag_ == "CD" and g.lower_ not in ("one", "1"))
        or (g.dep_ == "amod" and g.lower_ in lex.tally_counts) for g in c.children)


def _many(w: "Token", lex) -> bool:
    """A count of more than one: a number other than one ("three", "12"), or a counting word
    ("several", "many": cues.yaml ``tally_counts``)."""
    return (w.tag_ == "CD" and w.lower_ not in ("one", "1")) or w.lower_ in lex.tally_counts


class _Background:
    """Where an article speaks of things in passing (see data/events/background.yaml)."""

    def __init__(self) -> None:
        self.rules = background_rules()
        self.digest = self.old_story = self.commentary = False
        self.document_para: int | None = None
        self.author: str | None = None  # who speaks in the quoted document: the lead's sender or speaker
        self.addressee: str | None = None  # to whom it was sent: the lead's "to X"
        self.sender: str | None = None  # the lead's sender of a message, quoted or not
        self.sent_to: str | None = None  # and its addressee
        self.kinds: list[str] = []

    @classmethod
    def of(cls, article: "_Article", paragraphs, published: dt.date | None) -> "_Background":
        self = cls()
        r = self.rules
        texts = [(p.kind, p.doc.text) for p in paragraphs]
        self.kinds = [kind for kind, _ in texts]
        self.digest = any(c in low for low in (text.lower() for _, text in texts) for c in r["digest"])
        self.commentary = any(kind == "title" and any(c in text for c in r["commentary"]) for kind, text in texts)
        for k, (kind, text) in enumerate(texts):  # "... issued the following statement:", "The message said:"
            if kind in ("lead", "body") and text.rstrip().endswith(":") and r["document"].search(text):
                self.document_para = k
                break
        if self.document_para is not None:
            lead = next(k for k, (kind, _) in enumerate(texts) if kind in ("lead", "body"))
            self.author = _lead_author(article.actors, paragraphs[lead].doc, lead)
            self.addressee = _lead_addressee(article.actors, paragraphs[lead].doc, lead)
        lead = next((k for k, (kind, _) in enumerate(texts) if kind in ("lead", "body")), None)
        if lead is not None and _tells_a_message(paragraphs[lead].doc):
            self.sender = _lead_author(article.actors, paragraphs[lead].doc, lead)
            self.sent_to = _lead_addressee(article.actors, paragraphs[lead].doc, lead)
        if published is not None:
            story = next((text for kind, text in texts if kind in ("lead", "body")), "")
            years = [int(y) for y in _YEAR.findall(story)]
            if not years:  # a feature whose lead names no year ("Kim Il Sung is the founder of ..."): all its
                # times old, one of them a month or a day (an occasion told, not a year named in passing)
                told = [te for te in article.times if te.interval and te.type == "DATE"
                        and te.interval[0][:4].isdigit() and te.id not in article._report_times]
                if told and max(int(te.interval[1][:4]) for te in told) <= published.year - r["old_years"] \
                        and any(te.granularity in ("day", "month") for te in told):
                    years = [int(te.interval[0][:4]) for te in told]
            recent = article._recent
            named_recent = recent is not None and any(
                te.id not in article._report_times and te.interval and te.type == "DATE"
                and recent[0] <= te.interval[0][:10] <= recent[1] for te in article.times)
            self.old_story = bool(years) and min(years) <= published.year - r["old_years"] and not named_recent
        return self

    def message_addressee(self, t: "Token", actors: list[str]) -> str | None:
        """ "President Medvedev in his message expressed his sincere sympathy": what the lead's sender
        says "in his message" is said to the lead's addressee ("Kim Jong Un received a letter of
        sympathy from Medvedev")."""
        if self.sender is None or self.sent_to is None or self.sender not in actors or self.sent_to in actors:
            return None
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ in _MESSAGES for g in c.children) for c in t.children):
            return self.sent_to
        return None

    def addressee_at(self, p_idx: int) -> str | None:
        """To whom the document a paragraph belongs to was sent, if it is inside a quoted document."""
        if self.document_para is not None and p_idx > self.document_para:
            return self.addressee
        return None

    def author_at(self, p_idx: int) -> str | None:
        """The author of the document a paragraph belongs to, if it is inside a quoted document."""
        if self.document_para is not None and p_idx > self.document_para:
            return self.author
        return None

    def background(self, p_idx: int, t: "Token", voiced: bool) -> bool:
        """Whether a factual mention without a time of its own is told in passing."""
        if self.digest or self.old_story:
            return True
        if any(c.dep_ == "advmod" and c.lower_ in self.rules["adverbs"] for c in t.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children) and t.tag_ == "VBN":
            return True  # past perfect: before the story's time
        if self.kinds[p_idx:p_idx + 1] in (["lead"], ["body"]) and _describes_noun(t):
            return True
        if voiced:
            return False
        if self.commentary:
            return True
        return self.document_para is not None and p_idx > self.document_para


_RELATIVIZERS = frozenset({"who", "whom", "whose", "which", "that"})


def _clause_head(t: "Token") -> "Token":
    """The finite verb whose tense and subject a verb shares: "seeks" for "seeks to tarnish ... and
    overthrow", "supported" for "have supported ... and devoted themselves"."""
    h = t
    for _ in range(4):
        if h.dep_ not in ("xcomp", "conj") or h.head.i == h.i or h.head.pos_ not in _VERB \
                or any(c.dep_ in _SUBJ for c in h.children):
            break
        h = h.head
    return h


def _describes_noun(t: "Token") -> bool:
    """A verb in a clause that describes a noun tells what the noun's referent is known for, not
    the story's act: "Kim Jong Un, who highly praised the innovators, presented gifts", "bills
    which were refused by Yoon", "the housing project, welcomed by the people". A relative clause
    needs its relative word (the parser also hangs "In the message Zhuganov extended ..." on the
    noun, and "that" as an object is more often a complementizer); a participle must not be a finite verb the parser took for one (``_active_participle``).
    Headlines are not asked ("Kim Jong Un's Leadership Lauded by Foreign Personages"). A participle or an
    infinitive hanging on such a clause's verb describes too ("units, which have grown up to be the
    force of the army firmly defending the sovereignty of the country, demonstrated ...")."""
    h = t
    while h.head.i != h.i and (h.dep_ in ("conj", "xcomp") or (h.dep_ == "advcl" and h.tag_ == "VBG" and not any(
            c.dep_ in ("mark", "nsubj", "nsubjpass") for c in h.children))):
        if h.dep_ != "conj" and h.head.dep_ not in ("relcl", "acl", "conj", "xcomp", "advcl"):
            break  # a participle of a main clause ("He inspected the farm, praising ...") keeps its own
        h = h.head
    if h.head.pos_ not in ("NOUN", "PROPN", "PRON") or h.head.i == h.i:
        return False
    if h.dep_ == "relcl":  # "that" only as the subject: "talks that Pyongyang would stand ..." is a complement
        return any(c.lower_ in _RELATIVIZERS and (c.lower_ != "that" or c.dep_ in ("nsubj", "nsubjpass"))
                   for c in h.children) or any(
            g.lower_ in _RELATIVIZERS - {"that"} for c in h.children if c.dep_ == "prep" for g in c.children)
    return h.dep_ == "acl" and h.tag_ in ("VBN", "VBG") and not _Article._active_participle(h)


#: what a sender writes in ("in his message", "in its letter"); the tagger has no lemmas
_MESSAGES = {"message", "messages", "letter", "letters", "telegram", "reply", "cable"}
_SEND_RECEIVE = {"send", "sends", "sent", "receive", "receives", "received"}
_DOCUMENTS = _MESSAGES | {"speech", "address", "statement", "article", "report", "lecture", "interview"}


def _tells_a_message(doc) -> bool:
    """The lead's first sentence sends or receives a message ("received a letter of sympathy from")."""
    sent = next(iter(doc.sents), None)
    return sent is not None and sent.root.lower_ in _SEND_RECEIVE and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in _MESSAGES for c in sent.root.children)


def _lead_addressee(actors: ArticleActors, doc, p_idx: int) -> str | None:
    """To whom a quoted message was sent: the "to X" of the lead's first sentence ("Kim Jong Un sent a
    reply message to Bashar Al-Assad, president of the Syrian Arab Republic, on Nov. 1"), or the X of
    "X received a reply message from Y"."""
    sent = next(iter(doc.sents), None)
    if sent is None:
        return None
    root = sent.root
    if root.lower_ in ("received", "receives", "receive"):  # "Kim Jong Un received a reply message from Xi"
        found = (_party_at(actors, p_idx, tok) for c in root.children if c.dep_ == "nsubj" for tok in c.subtree)
    else:
        holders = [root] + [c for c in root.children if c.dep_ in ("dobj", "obj")]
        found = (_party_at(actors, p_idx, g) for h in holders for c in h.children
                 if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")
    return next((a for a in found if a), None)


def _party_at(actors: ArticleActors, p_idx: int, tok: "Token") -> str | None:
    """The person, body or country a token names (not a place), if any."""
    m = actors.at(p_idx, tok.i)
    a = actors.actors.get(m.actor) if m is not None else None
    return a.id if a is not None and not m.place and a.kind in ("person", "organisation", "country") else None


def _lead_author(actors: ArticleActors, doc, p_idx: int) -> str | None:
    """Who wrote or spoke what a dispatch quotes: the subject of its first sentence ("Kim Jong Un sent
    a reply message", "A spokesman for the Foreign Ministry issued ..."), or the "from" of "received a
    message from X"."""
    sent = next(iter(doc.sents), None)
    if sent is None:
        return None
    root = sent.root
    heads = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if root.lower_ in ("received", "receives", "receive"):  # the whole "from" phrase: "from To Lam" has
        heads = [c for c in root.subtree if c.dep_ == "prep" and c.lower_ == "from"]  # "To" parsed as a preposition
    # "The following is the full text of Kim Jong Un's important speech": whose the quoted document is
    heads += [c for c in sent if c.dep_ == "poss" and c.head.lower_ in _DOCUMENTS]
    for h in heads:
        for tok in h.subtree:
            m = actors.at(p_idx, tok.i)
            a = actors.actors.get(m.actor) if m is not None else None
            if a is not None and a.kind in ("person", "organisation") and a.sector != "MED":
                return a.id
    return None


def _conduct_told(h: "Token") -> bool:
    """A present perfect that sums up conduct over time rather than telling an act of a day: joined with a
    verb of another tense ("The WPK has rejected the pressure and steadily led ..., and is carrying
    forward its traditions"; "defended the country ... and has rallied all the people"), or the content
    an evaluation holds ("it is worthy of appraisement that the army has strengthened ...")."""
    series = [h] + [c for c in h.children if c.dep_ == "conj" and c.pos_ in _VERB and not any(
        g.dep_ in _SUBJ for g in c.children)]  # one subject's conduct: "what appeared to be" is another clause
    if h.dep_ == "conj" and h.head.pos_ in _VERB and not any(g.dep_ in _SUBJ for g in h.children):
        series.append(h.head)
    tenses = set()
    for v in series:
        aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        tenses.add("perfect" if aux & {"has", "have"} else "progressive" if v.tag_ == "VBG" and aux & _BE
                   else "past" if v.tag_ == "VBD" and not aux else "other")
    if {"perfect"} < tenses and tenses & {"past", "progressive"}:
        return True
    up = h.head
    return h.dep_ == "ccomp" and (up.pos_ == "ADJ" or (up.lower_ in _BE and any(
        c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "NOUN") and c.lower_ != "it" for c in up.children)))


def _verb_series(t: "Token") -> list["Token"]:
    """ "I convened a meeting, set forth the policy and attached significance to it as soon as the plenary
    meeting ended": the verbs of one series share a temporal clause written after the last of them. The
    series is ``t`` and the verbs joined to it by "and" or by a bare comma (an unmarked adverbial clause)."""
    out, todo = [t], [t]
    while todo and len(out) < 6:
        v = todo.pop()
        for c in v.children:
            if c.pos_ in _VERB and (c.dep_ == "conj" or (c.dep_ == "advcl" and not any(
                    g.dep_ in ("mark", "aux") or g.tag_ == "VBG" for g in [c, *c.children]))):
                out.append(c)
                todo.append(c)
    return out


def _date_parts(te: TimeExpr) -> tuple[str, str]:
    """Calendar value and granularity of a DATE or TIME expression (a clock time gives its day)."""
    if te.type == "TIME" and "T" in te.value:
        return te.value.split("T")[0], "day"
    return te.value, te.granularity


def _recent_window(published: dt.date | None) -> tuple[str, str] | None:
    """Days a story's narrative can be at without saying so: the month before publication."""
    if published is None:
        return None
    return (published - dt.timedelta(days=31)).isoformat(), published.isoformat()
