"""Finding actors in an article and resolving every mention to one actor id."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Iterable, Sequence

from ..nlp.tree import of_chain, of_objects
from .gazetteer import Gazetteer, Phrase, norm_name
from .schema import Entry
from .types import Actor, Mention, group_id, group_name

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from ..nlp import ParsedParagraph

__all__ = ["ActorMatcher", "ArticleActors", "resolve_actors"]

_PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person"}
_FEMININE = {"she", "her"}
#: One unnamed person a story goes on with, as a subject ("The reporter said ...", "the centenarian");
#: not "the man", which KCNA writes of a named foe ("what did the man say in Seoul?").
_UNNAMED_PERSONS = frozenset({"reporter", "speaker", "centenarian", "lecturer"})
_NER_KINDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place", "LOC": "place",
              "FAC": "place"}
_SLUG = re.compile(r"[^a-z0-9]+")
#: Of two overlapping matches of one length, a name beats a title, a short form or a context phrase
#: ("the South Korean leader": "South Korean", not "the South").
_HOW_RANK = {"name": 0, "adjective": 0, "demonym": 0, "title": 1, "short": 2, "context": 3}


def slug(text: str) -> str:
    return _SLUG.sub("-", norm_name(text)).strip("-") or "x"


class ActorMatcher:
    """Phrase matchers over every gazetteer name: acronyms and short forms by exact case."""

    def __init__(self, nlp: "Language", gazetteer: Gazetteer) -> None:
        from spacy.matcher import PhraseMatcher

        self.gazetteer = gazetteer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases: dict[str, list[Phrase]] = defaultdict(list)
        patterns: dict[str, tuple[bool, str]] = {}
        for ph in gazetteer.phrases():
            exact = ph.how == "short" or (ph.text.isupper() and len(ph.text) <= 10)
            key = ("=" if exact else "~") + (ph.text if exact else ph.text.lower())
            self.phrases[key].append(ph)
            patterns[key] = (exact, ph.text)
        keys = list(patterns)
        docs = nlp.tokenizer.pipe(patterns[k][1] for k in keys)
        for key, doc in zip(keys, docs):
            (self.exact if patterns[key][0] else self.folded).add(key, [doc])
        self.vocab = nlp.vocab

    def __call__(self, doc: "Doc") -> list[tuple[int, int, list[Phrase]]]:
        found = []
        for matcher in (self.exact, self.folded):
            for match_id, i, j in matcher(doc):
                key = self.vocab.strings[match_id]
                phrases = self.phrases[key]
                found_text = doc[i:j].text
                if phrases[0].how in ("context", "short") and not _case_ok(found_text, phrases[0].text):
                    continue
                if matcher is self.folded and phrases[0].text[:1].isupper() and not found_text[:1].isupper():
                    continue  # "turkey", "polish", "chad" are words; "Turkey", "Polish", "Chad" names
                found.append((i, j, phrases))
        return found


def _case_ok(found: str, listed: str) -> bool:
    """Same text, except that a sentence may capitalise the first letter."""
    return found[1:] == listed[1:] and found[:1].lower() == listed[:1].lower()


class ArticleActors:
    """Every actor of one article, its mentions, and lookups by token."""

    def __init__(self, gazetteer: Gazetteer, day: dt.date | None) -> None:
        self.gazetteer = gazetteer
        self.day = day
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self._by_token: dict[tuple[int, int], Mention] = {}
        self.counts: Counter[str] = Counter()
        self.deferred_titles: list[tuple[int, int, int, tuple[int, int]]] = []  # bare titles naming someone described

    def add_mention(self, m: Mention) -> None:
        self.mentions.append(m)
        for i in range(m.i, m.j):
            self._by_token[(m.para, i)] = m

    def at(self, para: int, i: int) -> Mention | None:
        return self._by_token.get((para, i))

    def entry_actor(self, e: Entry) -> Actor:
        if e.id not in self.actors:
            igo = self.gazetteer.international_office_on(e, self.day)
            self.actors[e.id] = Actor(
                id=e.id, name=e.name, kind=e.kind, country=None if igo else e.country,
                sector="IGO" if igo else self.gazetteer.sector_on(e, self.day), aliases=tuple(e.aliases), known=True,
                lat=e.lat, lon=e.lon,
            )
        return self.actors[e.id]

    def group(self, country: str, sector: str | None) -> str:
        """The id of a generic group of a country ("North Korean troops" -> PRK-MIL)."""
        if not sector or sector == "GOV" and country in self.gazetteer:
            c = self.gazetteer.get(country)
            if c is not None:
                self.entry_actor(c)
                if not sector or sector == (c.sector or "GOV"):
                    return c.id
        aid = group_id(country, sector)
        if aid not in self.actors:
            c = self.gazetteer.get(country)
            self.actors[aid] = Actor(id=aid, name=group_name(c.name if c else country, sector), kind="group",
                                     country=country, sector=sector, known=c is not None)
        return aid

    def unknown(self, name: str, kind: str, country: str | None = None, sector: str | None = None) -> str:
        aid = f"{kind[:3]}:{slug(name)}"
        old = self.actors.get(aid)
        if old is None or (old.country is None and country) or (old.sector is None and sector):
            self.actors[aid] = Actor(id=aid, name=name, kind=kind, country=country or (old.country if old else None),
                                     sector=sector or (old.sector if old else None), known=False)
        return aid

    def country_of(self, actor_id: str | None) -> str | None:
        a = self.actors.get(actor_id or "")
        return a.country if a else None

    def used(self, ids: Iterable[str]) -> list[Actor]:
        return [self.actors[i] for i in dict.fromkeys(ids) if i in self.actors]


def resolve_actors(
    paragraphs: Sequence["ParsedParagraph"],
    matcher: ActorMatcher,
    day: dt.date | None,
    sector_nouns: dict[str, str] | None = None,
    not_actors: frozenset[str] = frozenset(),
    voice: str | None = None,
) -> ArticleActors:
    """Match gazetteer names, resolve short forms, context phrases and titles, keep unknown names."""
    gz = matcher.gazetteer
    out = ArticleActors(gz, day)
    sector_nouns = sector_nouns or {}
    raw: list[tuple[int, int, int, list[Phrase]]] = []
    for p_idx, p in enumerate(paragraphs):
        spans = sorted(matcher(p.doc), key=lambda x: (-(x[1] - x[0]), _HOW_RANK.get(x[2][0].how, 9), x[0]))
        taken: set[int] = set()
        for i, j, phrases in spans:
            if taken.intersection(range(i, j)):
                continue
            taken.update(range(i, j))
            raw.append((p_idx, i, j, phrases))
    raw.sort(key=lambda x: (x[0], x[1]))

    def mention(p_idx: int, i: int, j: int, actor: str, how: str, **kw) -> Mention:
        p = paragraphs[p_idx]
        span = p.doc[i:j]
        return Mention(p.start + span.start_char, p.start + span.end_char, p.source(span.start_char, span.end_char),
                       p_idx, i, j, actor, how, **kw)

    # full names first: they decide which countries the article is about and what short forms mean
    full: list[tuple[int, int, Entry]] = []  # (para, token, entry) of every full-name mention
    pending: list[tuple[int, int, int, list[Phrase]]] = []
    for p_idx, i, j, phrases in raw:
        names = [ph for ph in phrases if ph.how in ("name", "adjective", "demonym")]
        if not names:
            pending.append((p_idx, i, j, phrases))
            continue
        e = gz.get(names[0].target) if len({ph.target for ph in names}) == 1 else _by_nearby_country(
            gz, names, paragraphs[p_idx].doc, i, j, out, p_idx)
        if e is None or (e.kind == "person" and _longer_name(paragraphs[p_idx], i, j)):
            continue
        if e.kind == "place":
            out.entry_actor(e)
            m = mention(p_idx, i, j, e.id, "capital" if e.capital_of else "name", place=True, acts_as=e.capital_of)
            if e.capital_of:
                out.entry_actor(gz.get(e.capital_of)) if gz.get(e.capital_of) else None
        else:
            out.entry_actor(e)
            m = mention(p_idx, i, j, e.id, names[0].how)
            full.append((p_idx, i, e))
        out.add_mention(m)
        out.counts[e.country or e.id] += 1

    _shared_adjectives(out, paragraphs, voice, mention)
    article_countries = {c for c, n in out.counts.items() if n}
    starts = {(p_idx, i): {ph.target for ph in phrases} for p_idx, i, _, phrases in raw}  # what each span may be
    for p_idx, i, j, phrases in pending:
        how = phrases[0].how
        if how == "context":
            cands = [gz.get(ph.target) for ph in phrases]
            cands = [e for e in cands if e is not None and e.country in article_countries]
            cands = [e for e in cands if not _owned_by_other(starts, paragraphs[p_idx].doc, p_idx, j, e)]
            if cands:
                e = max(cands, key=lambda e: out.counts[e.country])
                out.entry_actor(e)
                out.add_mention(mention(p_idx, i, j, e.id, "context"))
        elif how == "short":
            doc = paragraphs[p_idx].doc
            prev = doc[i - 1] if i > 0 else None
            if (prev is not None and prev.text[:1].isupper() and not prev.is_sent_start
                    and prev.lower_ not in matcher.gazetteer.offices and prev.pos_ == "PROPN") or (
                    j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()):
                continue  # "Munsu Water Park" is no Park; "President Park" is
            ids = {ph.target for ph in phrases}
            before = [(pp, ii, e) for pp, ii, e in full if e.id in ids and (pp, ii) < (p_idx, i)]
            after = [(pp, ii, e) for pp, ii, e in full if e.id in ids and (pp, ii) > (p_idx, i)]
            pick = before[-1][2] if before else (after[0][2] if after else None)
            if pick is None and len(ids) == 1:  # "Putin": one person in the gazetteer goes by it
                pick = gz.get(next(iter(ids)))
            if pick is not None:
                out.entry_actor(pick)
                out.add_mention(mention(p_idx, i, j, pick.id, "short"))
        elif how == "title":
            _title(out, paragraphs, p_idx, i, j, phrases[0].target, mention, article_countries)

    _unknown_names(out, paragraphs, sector_nouns, mention, not_actors)
    for p_idx, i, j, (p2, k) in out.deferred_titles:
        m = out.at(p2, k)
        if m is not None and out.at(p_idx, i) is None:
            doc = paragraphs[p_idx].doc
            out.add_mention(mention(p_idx, i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i, j, m.actor, "title"))
    _described_titles(out, paragraphs, mention)
    _pronouns(out, paragraphs, mention)
    out.mentions.sort(key=lambda m: m.start)
    return out


def _described_titles(out: ArticleActors, paragraphs, mention) -> None:
    """ "Mishal Al Ahmad Al Jaber Al Sabah, emir of the State of Kuwait ... The emir in the message said":
    a definite title the gazetteer lacks, as a subject or owner, is the named person it last described
    with the same words before it (the gazetteer's own titles are resolved by ``_title``)."""
    described: list[tuple[int, int, "Token"]] = []  # (para, token) of titles describing a named person
    for p_idx, p in enumerate(paragraphs):
        for t in p.doc:
            if t.dep_ in ("appos", "compound") and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ == "PROPN" and (
                    t.dep_ == "appos" or t.head.i > t.i):
                described.append((p_idx, t.i, t))
                continue
            if t.pos_ != "NOUN" or t.tag_ != "NN" or t.dep_ not in ("nsubj", "nsubjpass", "poss") \
                    or out.at(p_idx, t.i) is not None or t.i == 0 or t.doc[t.i - 1].lower_ != "the":
                continue
            for q, _, title in reversed(described):
                if title.lower_ != t.lower_ or _modifiers(title) != _modifiers(t):
                    continue
                m = out.at(q, title.head.i)
                a = out.actors.get(m.actor) if m is not None else None
                if a is not None and a.kind == "person":
                    out.add_mention(mention(p_idx, t.i - 1, t.i + 1, m.actor, "title"))
                break


def _modifiers(t) -> list[str]:
    """The words before a title that make it another ("vice department director" is no "director");
    a name before it is not one ("DPRK Ambassador Ri Sung Guk ... the ambassador")."""
    return [c.lower_ for c in t.children if c.i < t.i and c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "PROPN"]


def _longer_name(p, i: int, j: int) -> bool:
    """ "Kim Song Gyu, vice-chairman of the Provincial People's Committee" is not Kim Song: a person's
    name the tagger reads as part of a longer person's name, going on by one capitalised name word
    in running text, is someone else's (a Title Case headline's "Kim Jong Un Convenes" is Kim)."""
    doc = p.doc
    if p.kind == "title" or j >= len(doc) or doc[i].ent_type_ != "PERSON":
        return False
    nxt = doc[j]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" \
        and (j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I")


def _by_nearby_country(gz: Gazetteer, names: list[Phrase], doc, i: int, j: int, out: ArticleActors,
                       p_idx: int) -> Entry | None:
    """Of several bodies with one name ("the Foreign Ministry"), the one of the country named beside
    it ("the DPRK Foreign Ministry", "the Foreign Ministry of the DPRK"), else of the article's country."""
    cands = [e for e in (gz.get(ph.target) for ph in names) if e is not None]
    near: list[str] = []
    for k in list(range(max(0, i - 4), i)) + list(range(j, min(len(doc), j + 5))):
        m = out.at(p_idx, k)
        if m is not None:
            near.append(out.country_of(m.acts_as or m.actor) or m.actor)
        else:
            e = gz.adjective(doc[k].text) or (gz.lookup(doc[k].text, "country").id if gz.lookup(
                doc[k].text, "country") else None)
            if e:
                near.append(e)
    for country in near:
        for e in cands:
            if e.country == country:
                return e
    for country, _ in out.counts.most_common():
        for e in cands:
            if e.country == country:
                return e
    return cands[0] if cands else None


def _described_earlier(paragraphs, p_idx: int, i: int, word: str) -> tuple[int, int] | None:
    """Where a title word was last given as a named person's description ("Luong Cuong, president of
    Viet Nam"): (paragraph, token of the name), or None."""
    found = None
    for q in range(p_idx + 1):
        doc = paragraphs[q].doc
        for t in doc:
            if q == p_idx and t.i >= i:
                break
            if t.lower_ == word and t.dep_ == "appos" and t.head.pos_ == "PROPN":
                found = (q, t.head.i)
            elif t.lower_ == word and t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i > t.i:
                found = (q, t.head.i)  # "President Kim Il Sung ... the President"
    return found


def _title(out: ArticleActors, paragraphs, p_idx: int, i: int, j: int, title: str, mention, countries) -> None:
    """ "the defence minister" -> whoever held that office in the article's country that day."""
    doc = paragraphs[p_idx].doc
    if j < len(doc) and (doc[j].pos_ == "PROPN" or out.at(p_idx, j) is not None):
        return  # a title before a name: the name is the actor
    country = None
    before = doc[i - 1] if i > 0 else None
    if before is not None and not before.is_sent_start and before.lower_ not in ("the", "'s", "’s", "'", "’", "its",
                                                                                  "their", "his", "her", "a", "an") \
            and out.at(p_idx, before.i) is None:
        return  # "the opposition leader", "a former president": not the office holder
    k = i - 1
    while k >= 0 and doc[k].lower_ in ("'s", "’s", "the", "'", "’"):
        k -= 1
    if k >= 0:
        m = out.at(p_idx, k)
        if m is not None:
            qualifier = out.actors.get(m.actor)
            if qualifier is not None and qualifier.kind == "organisation" and qualifier.country is None:
                country = m.actor  # an international body: "the NATO secretary-general"
            else:
                country = out.country_of(m.acts_as or m.actor) or (m.actor if len(m.actor) == 3 else None)
    if j < len(doc) and doc[j].lower_ == "of":
        # "the chairman of the Supreme Council of the ... Party of Romania", "the chairman of the Russian
        # Association for ...": the office of the body the "of" names; only "of <country>" is a state's office
        pobj = next((g for g in doc[j].children if g.dep_ == "pobj"), None)
        owner = out.at(p_idx, pobj.i) if pobj is not None else None
        if owner is None or owner.how == "adjective":
            return
        country = out.country_of(owner.acts_as or owner.actor) or country
    if country is None:
        if not out.counts:
            return
        country = out.counts.most_common(1)[0][0]
    named = _described_earlier(paragraphs, p_idx, i, doc[j - 1].lower_)
    if named is not None:  # "G. Zhuganov, chairman of ... In the message, the chairman extended ...": him
        out.deferred_titles.append((p_idx, i, j, named))
        return
    if out.day is None:
        return
    for office in out.gazetteer.offices.get(norm_name(title), ()):
        e = out.gazetteer.holder(office, country, out.day)
        if e is not None:
            out.entry_actor(e)
            start = k + 1 if k + 1 < i and doc[k + 1].lower_ == "the" else i
            out.add_mention(mention(p_idx, start, j, e.id, "title"))
            return


def _unknown_names(out: ArticleActors, paragraphs, sector_nouns: dict[str, str], mention,
                   not_actors: frozenset[str] = frozenset()) -> None:
    """Named people and organisations the gazetteer lacks stay actors with a generated id."""
    surnames: dict[str, str] = {}
    sole: object = _UNSET
    for p_idx, p in enumerate(paragraphs):
        for ent in p.doc.ents:
            kind = _NER_KINDS.get(ent.label_)
            if kind == "organisation" and _national_body(out, p_idx, p.doc, ent, sector_nouns, mention):
                continue
            if kind is None or any(out.at(p_idx, t) is not None for t in range(ent.start, ent.end)):
                continue
            text = ent.text.strip(" '’\"")
            if kind == "place" or len(text) < 2 or not text[0].isupper() or text in not_actors \
                    or _names_a_thing(p.doc, ent) or _headline_phrase(p, ent) or _JUCHE_YEAR.match(text) \
                    or _names_a_settlement(ent):
                continue
            if ent.label_ == "PERSON" and len(ent) == 1:
                # a lone surname is an actor only once the full name has been given
                if text in surnames:
                    out.add_mention(mention(p_idx, ent.start, ent.end, surnames[text], "short"))
                continue
            country, sector = _np_modifiers(out, p_idx, p.doc, ent.start, ent.root, sector_nouns)
            if kind == "group":
                continue
            kind, described = _kind_from_description(p.doc, ent, kind)
            sector = sector or (sector_nouns.get(described) if described else None)
            if sector is None and kind == "organisation":
                sector = _sector_of_name(ent, sector_nouns)
            if country is None and kind == "person":
                country = _described_country(out, p_idx, ent)
            office = _office(out, p_idx, ent, sector_nouns) if kind == "person" and country is None else None
            if office is not None:
                country, sector, named_body = office
                if country is None and named_body:  # "director of the Bureau for the Protection of ..."
                    if sole is _UNSET:
                        sole = _sole_country(out, paragraphs, sector_nouns)
                    country = sole
            if country is None and ((kind == "person" and sector in _STATE_SECTORS) or (described and sector)):
                if sole is _UNSET:  # once per article: long dispatches name many unknown people
                    sole = _sole_country(out, paragraphs, sector_nouns)
                country = sole
            aid = out.unknown(text, kind, country, sector or ("GOV" if kind == "person" and country else None))
            out.add_mention(mention(p_idx, ent.start, ent.end, aid, "ner"))
            if kind == "person" and len(ent) >= 2:
                surnames[ent[-1].text] = aid


#: nouns whose "of" names a place, whatever the tagger calls it: "the Georgian village of Zemo Omalo"
_NAMED_PLACES = {"village", "town", "city", "district", "province", "region", "township", "county", "port", "island"}


def _names_a_settlement(ent) -> bool:
    """A name given as what a village, town or district is called is a place, not a party, even when
    tagged a person: "Russian aircraft bombed the Georgian village of Zemo Omalo"."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _NAMED_PLACES


def _described_country(out: ArticleActors, p_idx: int, ent) -> str | None:
    """The country of a person the gazetteer lacks, from the noun he is put in apposition to ("his
    Chinese counterpart, Tang Jiaxuan": the nationality sits on "counterpart", out of the name's own
    words) or from an "of" a country hanging on the name ("King Abdullah of Jordan")."""
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        for c in root.head.children:
            if c.i < root.head.i and c.dep_ in ("amod", "compound", "nmod", "poss"):
                m = out.at(p_idx, c.i)
                country = out.country_of(m.acts_as or m.actor) if m is not None else None
                if country:
                    return country
    for pobj in of_objects(root):
        if pobj.head.i < ent.end:  # an "of" inside the name ("the Bank of Korea") is the name's own
            continue
        m = out.at(p_idx, pobj.i)
        e = out.gazetteer.get(m.actor) if m is not None else None
        if e is not None and e.kind == "country":
            return e.id
    return None


def _office(out: ArticleActors, p_idx: int, ent,
            sector_nouns: dict[str, str]) -> tuple[str | None, str | None, bool] | None:
    """The office a person's description names ("Choe Hung Jo and Kim Yong Hak, secretaries of the
    South Hamgyong Provincial Committee of the Workers' Party of Korea"): (country, sector, named
    body). The country is that of the body the "of" chain names (the WPK's, PRK), when it names one
    country; the sector is the body's, else the title's. A named body of no known country ("vice-
    chairmen of the Provincial People's Committee") is flagged, for the article's sole country. The
    description may hang on any name of the coordination it describes."""
    top = ent.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    group = [top] + [c for c in top.children if c.dep_ == "conj"]
    group += [c for g in group[1:] for c in g.children if c.dep_ == "conj"]
    titles = [c for g in group for c in g.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    # "vice-chairmen of ..." is tokenised "vice", "-", "chairmen": the title is the word with the "of"
    title = next((c for c in titles if any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)), None)
    if title is None:
        return None
    countries, body_sector, named = set(), None, False
    for pobj in of_chain(title, 4):  # "secretaries of the Committee of the Workers' Party of Korea"
        named = named or (pobj.pos_ == "PROPN" and pobj.text[:1].isupper()) or (
            pobj.lower_ in _BODY_HEADS and pobj.left_edge.lower_ == "the")  # "the provincial people's committee"
        for x in [y for y in pobj.subtree if y.i <= pobj.i]:
            m = out.at(p_idx, x.i)
            c = out.country_of(m.acts_as or m.actor) if m is not None else None
            if c:
                countries.add(c)
                a = out.actors.get(m.actor)
                if body_sector is None and a is not None and a.kind == "organisation":
                    body_sector = a.sector
        if countries:
            break
    sector = body_sector or tail_sector([title.lower_.rstrip("s")], sector_nouns) or tail_sector(
        [title.lower_], sector_nouns)
    if len(countries) > 1:
        return None
    return (countries.pop() if countries else None), sector, named


#: nouns that name one body when definite ("vice-chairman of the provincial people's committee")
_BODY_HEADS = {"committee", "commission", "council", "bureau", "ministry", "department", "office", "assembly",
               "court", "administration", "association", "federation", "union", "league", "academy", "university",
               "institute", "complex", "enterprise", "factory", "farm", "mill", "mine", "party"}


#: nationality adjectives two countries share: the publisher's own when it is one of them ("the Korean
#: people" in a KCNA dispatch are North Korea's, in a Yonhap one South Korea's); else no one's
_SHARED_ADJECTIVES = {"korean": frozenset({"PRK", "KOR"})}


def _body_of_country(out: ArticleActors, p_idx: int, doc, ent, sector_nouns: dict[str, str], mention) -> bool:
    """ "the Communist Party of the Russian Federation", tagged "the Communist Party" and the country
    apart: a body the gazetteer lacks, named "of" a known country, is an unknown body of that country."""
    k = ent.end + (2 if ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "the" else 1)
    if ent.end >= len(doc) or doc[ent.end].lower_ != "of" or k >= len(doc):
        return False
    country_m = out.at(p_idx, k)
    a = out.actors.get(country_m.actor) if country_m is not None else None
    words = [t for t in ent if t.lower_ != "the"]
    if a is None or a.kind != "country" or len(words) < 2 or not all(t.text[:1].isupper() for t in words) \
            or any(out.at(p_idx, t.i) is not None for t in ent):
        return False
    sector = _sector_of_name(ent, sector_nouns)
    if sector is None:
        return False
    name = " ".join(t.text for t in words) + " of " + doc[k:country_m.j].text
    aid = out.unknown(name, "organisation", a.country or a.id, sector)
    out.add_mention(mention(p_idx, words[0].i, ent.end, aid, "ner"))
    return True


#: a year of the Juche calendar ("July 30, Juche 98 (2009)"), which the tagger takes for a name
_JUCHE_YEAR = re.compile(r"Juche \d+$")


def _headline_phrase(p, ent) -> bool:
    """A Title Case headline's verb phrase the NER took for a name ("Congratulates Them on National Day",
    "Fervently Welcome"): a name in a title holds no verb, adverb or pronoun."""
    return p.kind == "title" and any(t.pos_ in ("VERB", "ADV", "PRON") for t in ent)


def _abroad(t) -> bool:
    """ "the officials of the women's union and Korean women in Japan": people placed "in" somewhere
    by their noun phrase live there (the phrase up to its verb)."""
    for a in [t.head, *t.head.ancestors]:
        if a.pos_ in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("in", "living", "residing") for c in a.children):
            return True
    return False


def _qualified(t) -> bool:
    """ "inter-Korean", "N. Korean", "anti-Korean": the adjective is part of another word's sense."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return prev is not None and (prev.text in ("-", "‐") or prev.lower_ in _ADJECTIVE_QUALIFIERS)


_ADJECTIVE_QUALIFIERS = {"inter", "n.", "s.", "north", "south", "pan", "anti", "pro", "all"}


def _shared_adjectives(out: ArticleActors, paragraphs, voice: str | None, mention) -> None:
    """ "support the Korean people's struggle" in a dispatch of a Korean publisher: its own country's
    people. Only where they are acted on: as a subject ("the Korean people would overcome", "wrought
    by the Korean people") they are a speech's or a history's, and "Korean women in Japan" live there."""
    e = out.gazetteer.get(voice) if voice is not None else None
    if e is None:
        return
    for p_idx, p in enumerate(paragraphs):
        for t in p.doc:
            if voice in _SHARED_ADJECTIVES.get(t.lower_, ()) and t.dep_ in ("amod", "compound") \
                    and not any(a.dep_ in ("nsubj", "nsubjpass", "csubj", "agent") for a in [t.head, *t.head.ancestors]) \
                    and not _abroad(t) \
                    and not _qualified(t) and out.at(p_idx, t.i) is None:
                out.entry_actor(e)
                out.add_mention(mention(p_idx, t.i, t.i + 1, e.id, "adjective"))
                out.counts[voice] += 1


def _national_body(out: ArticleActors, p_idx: int, doc, ent, sector_nouns: dict[str, str], mention) -> bool:
    """ "the Serbian Communist Party": a body the gazetteer lacks whose name begins with a known
    nationality is an unknown body of that country, of the sector its last word says (PTY), not
    the country itself; its offices ("the general secretary of the Serbian Communist Party") act
    for it. Only names ending in an institution's word ("party", "university", ...) qualify."""
    first = out.at(p_idx, ent.start) or (out.at(p_idx, ent.start + 1) if doc[ent.start].lower_ == "the" else None)
    if first is None:
        return _body_of_country(out, p_idx, doc, ent, sector_nouns, mention)
    if first.how != "adjective" or first.j >= ent.end:
        return False
    rest = doc[first.j:ent.end]
    if len(rest) < 2 or not all(t.text[:1].isupper() for t in rest) \
            or any(out.at(p_idx, t) is not None for t in range(first.j, ent.end)):
        return False  # "the Vietnamese Party" is Vietnam's party, named by its country alone
    country = out.country_of(first.acts_as or first.actor)
    sector = _sector_of_name(ent, sector_nouns)
    if country is None or sector is None:
        return False
    name = " ".join(t.text for t in ent if t.lower_ != "the" or t.i > ent.start)
    aid = out.unknown(name, "organisation", country, sector)
    out.add_mention(mention(p_idx, first.j, ent.end, aid, "ner"))
    return True


_UNSET = object()
#: last words of a body's name that say what it is ("the Supreme Court", "Cumhuriyet University");
#: "Union" is left out: a trade union, a women's or a children's union are not one sector
_INSTITUTION_HEADS = {"court", "tribunal", "university", "school", "college", "academy", "hospital", "church",
                      "bank", "party", "army", "police", "parliament", "assembly", "ministry", "newspaper"}


def _sector_of_name(ent, sector_nouns: dict[str, str]) -> str | None:
    """The sector an unknown body's own name gives: "Supreme Court" JUD, "Baghdad University Medical
    School" EDU, "Montenegro Assembly" LEG (the longest known tail of the name)."""
    if ent[-1].lower_ not in _INSTITUTION_HEADS:
        return None
    return tail_sector([t.lower_ for t in ent][-3:], sector_nouns)


def tail_sector(words: list[str], sector_nouns: dict[str, str]) -> str | None:
    """The sector of the longest known tail of a phrase: "Serbian military police" is MIL by
    "military police" before COP by "police"."""
    for k in range(len(words), 0, -1):
        sector = sector_nouns.get(" ".join(words[-k:]))
        if sector:
            return sector
    return None


#: words before a name that make it a person's, whatever the NER says ("Vice-President Moody Awori")
_PERSON_TITLES = {"president", "minister", "premier", "chancellor", "king", "queen", "prince", "senator", "governor",
                  "mayor", "general", "colonel", "judge", "ambassador", "envoy", "leader", "chairman", "secretary"}
#: nouns a name stands beside as the name of a body ("the opposition newspaper La Prensa")
_BODY_DESCRIPTIONS = {"newspaper", "daily", "weekly", "magazine", "paper", "broadcaster", "party", "university",
                      "movement", "group", "organisation", "organization", "agency", "company", "union"}


def _kind_from_description(doc, ent, kind: str) -> tuple[str, str | None]:
    """Person or organisation as the words beside the name say, and the describing noun of a body
    named in apposition: "Vice-President Moody Awori" is a person even when tagged ORG; "the
    opposition newspaper La Prensa" is a newspaper even when tagged PERSON."""
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if kind == "organisation" and prev is not None and prev.lower_ in _PERSON_TITLES and len(ent) <= 3 \
            and all(t.pos_ == "PROPN" for t in ent):
        return "person", None
    root = ent.root
    head = root.head if root.dep_ == "appos" else (prev if prev is not None and prev.i == ent.start - 1 else None)
    if head is not None and head.lower_ in _BODY_DESCRIPTIONS and head.pos_ == "NOUN":
        return "organisation", head.lower_
    return kind, None


#: sectors of a title that makes its holder an office-holder of some state ("President", "Minister")
_STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP"}


def _sole_country(out: ArticleActors, paragraphs, sector_nouns: dict[str, str]) -> str | None:
    """The one country an article names, if it names exactly one: "President Levy Mwanawasa has
    reneged on his commitment to the Zambian people" is Zambia's president. A country named only as
    someone else's office ("welcomed South African leader de Klerk": a person named carries his own
    country) is not the holder's, and two countries leave it unknown."""
    countries = {c for c, n in out.counts.items() if n and (e := out.gazetteer.get(c)) is not None
                 and e.kind == "country"}
    if len(countries) != 1:
        return None
    country = countries.pop()
    mentions = [m for m in out.mentions if out.country_of(m.actor) == country
                and (a := out.actors.get(m.actor)) is not None and a.kind != "person"]
    if mentions and all(m.how == "adjective" and sector_nouns.get(
            paragraphs[m.para].doc[m.j - 1].head.lower_) == "GOV" for m in mentions):
        return None
    return country


def _np_modifiers(out: ArticleActors, p_idx: int, doc, start: int, root, sector_nouns) -> tuple[str | None, str | None]:
    """Nationality and sector from the words before a name ("U.S. Secretary of State Warren ...")."""
    country = sector = None
    for k in range(start - 1, max(root.left_edge.i, start - 8) - 1, -1):
        if doc[k].text in (",", "(", ")", ";"):
            break
        m = out.at(p_idx, k)
        if m is not None and country is None:
            country = out.country_of(m.acts_as or m.actor)
            body = out.actors.get(m.actor)
            if country is None and body is not None and body.kind == "organisation" and body.sector in ("IGO", "NGO"):
                sector = body.sector  # "Arab League Secretary General Chadli Klibi": an official of the body
        elif sector is None:
            pair = f"{doc[k].lower_} {doc[k + 1].lower_}" if k + 1 < start else ""
            sector = sector_nouns.get(pair) or (sector_nouns.get(doc[k].lower_) if pair not in sector_nouns and
                                                 not (k > 0 and f"{doc[k - 1].lower_} {doc[k].lower_}" in sector_nouns)
                                                 else None)
    return country, sector


#: nouns whose proper name is no actor: "the drill Keen Sword", "exercises dubbed Iron Mace"
_NAMED_THINGS = {"drill", "drills", "exercise", "exercises", "operation", "operations", "games", "wargame",
                 "wargames", "war", "maneuvers", "manoeuvres", "training", "satellite", "missile", "ship", "vessel",
                 "tanker", "carrier", "destroyer", "submarine", "project", "plan", "doctrine", "strategy"}
_NAMING_VERBS = {"dubbed", "codenamed", "code-named", "titled", "entitled", "nicknamed"}


def _names_a_thing(doc, ent) -> bool:
    """A name given to a drill, a ship or a plan ("a joint military drill Keen Sword", "the nuclear
    operation drill dubbed Iron Mace") is that thing's name, not an actor."""
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.lower_ in _NAMING_VERBS:
        return True
    root = ent.root
    head = root.head
    if head.lower_ in _NAMED_THINGS and head.i != root.i and (
            head.i == ent.start - 1 or (root.dep_ == "compound" and head.i == ent.end)):
        return True  # "the joint drill Keen Sword", "the Freedom Edge exercise"
    return root.head.lower_ in _NAMING_VERBS and root.dep_ in ("dobj", "oprd", "attr")


def _owned_by_other(starts: dict, doc, p_idx: int, j: int, e: Entry) -> bool:
    """ "the Central Committee of the Socialist Patriotic Youth League": a body's generic name followed
    by "of X" is X's body, not the entry's, unless X is the entry's own organisation or country."""
    if j >= len(doc) or doc[j].lower_ != "of":
        return False
    own = {e.id, getattr(e, "parent", None), e.country}
    for k in range(j + 1, min(j + 4, len(doc))):
        targets = starts.get((p_idx, k))
        if targets:
            return not (targets & own)
    return True


def _reported_subject(tok) -> bool:
    """The subject of a clause someone reports ("He noted that President Kim Il Sung won the war"):
    the story goes on with the one who speaks, so such a subject does not take the next "he"."""
    h = tok.head
    for _ in range(3):
        if h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        else:
            break
    if h.dep_ == "ccomp" and h.head.i != h.i and h.head.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.i != tok.i for c in h.head.children):
        return True
    # deeper down: "He said that the puppet Yoon bragged ... and it was a great irony", parsed with
    # Yoon as the subject of a clause on a noun inside the reported clause. (Not every clause on an
    # object: the parser hangs "In delivering the speech Yoon made remarks" on "speech".)
    for _ in range(8):
        if h.head.i == h.i:
            return False
        if h.dep_ == "ccomp" and h.head.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.i != tok.i for c in h.head.children):
            return True
        h = h.head
    return False


def _pronouns(out: ArticleActors, paragraphs, mention) -> None:
    """he/she/his/her -> the last person who was the subject of a clause before, else the last named.

    "Kim Jong Un gave field guidance ... He was accompanied by Jo Yong Won ... He asked ...": the
    second "He" is Kim, the last subject, not Jo, the last name. Only a person who may have the
    pronoun's gender is taken ("she" never the leader of a birthday-spread story). With no named
    subject before, an unnamed person as subject ("The reporter said that Kim Jong Un visited ...
    he stressed") holds the pronoun: it is that person, no actor, not the leader named in passing.
    """
    people, subjects, unnamed = [], [], []
    reported: dict[tuple[int, int], int] = {}  # subject of a reported clause -> its sentence's start
    for m in out.mentions:
        a = out.actors.get(m.actor)
        if a is None or a.kind != "person":
            continue
        fem = _female(out, m.actor)
        people.append((m.para, m.i, m.actor, fem))
        root = paragraphs[m.para].doc[m.j - 1]
        if root.dep_ in ("nsubj", "nsubjpass") or (m.how == "pronoun" and root.dep_.startswith("nsubj")):
            if _reported_subject(root):  # counts only within its own sentence
                reported[(m.para, m.i)] = root.sent.start
            subjects.append((m.para, m.i, m.actor, fem))
    if not people:
        return
    people.sort()
    for p_idx, p in enumerate(paragraphs):
        for t in p.doc:
            if t.lower_ in _UNNAMED_PERSONS and _unnamed_subject(t) and out.at(p_idx, t.i) is None:
                unnamed.append((p_idx, t.i))
                continue
            if t.lower_ not in _PRONOUNS or t.pos_ != "PRON" and t.tag_ != "PRP$":
                continue
            fem = t.lower_ in _FEMININE
            prior = [x for x in sorted(subjects) if x[3] in (fem, None) and (x[0], x[1]) < (p_idx, t.i) and (
                (x[0], x[1]) not in reported or (x[0] == p_idx and reported[(x[0], x[1])] == t.sent.start))]
            if not prior and unnamed:
                continue  # the reporter's "he" after "The reporter said that Kim Jong Un visited ..."
            prior = prior or [x for x in people if (x[0], x[1]) < (p_idx, t.i) and x[3] in (fem, None)]
            if prior and out.at(p_idx, t.i) is None:
                out.add_mention(mention(p_idx, t.i, t.i + 1, prior[-1][2], "pronoun"))
                if t.dep_.startswith("nsubj"):
                    subjects.append((p_idx, t.i, prior[-1][2], prior[-1][3]))


def _female(out: ArticleActors, actor: str) -> bool | None:
    """Whether a person is a woman: the gazetteer says (unmarked people are men); of a name it does
    not know we cannot tell (None), so any pronoun may take it."""
    e = out.gazetteer.get(actor)
    return None if e is None else e.female


def _unnamed_subject(t) -> bool:
    """ "The reporter said ...": one definite, unnamed person as the subject of a clause."""
    return t.dep_ == "nsubj" and t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
