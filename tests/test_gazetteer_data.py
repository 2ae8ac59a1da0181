"""Contract tests for the actor gazetteer data in dateline/data/actors/*.yaml."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import pathlib
import re
import zoneinfo

import pytest
import yaml

from dateline.actors.schema import Entry, GazetteerFile, Role

DATA = pathlib.Path(__file__).resolve().parent.parent / "dateline" / "data" / "actors"
FILES = sorted(p.name for p in DATA.glob("*.yaml"))

#: Territories with no capital city; every other country must name one.
NO_CAPITAL = {
    "ATA": "Antarctica has no government of its own",
    "BVT": "Bouvet Island is uninhabited",
    "HMD": "Heard Island and McDonald Islands are uninhabited",
    "UMI": "the U.S. Minor Outlying Islands are administered from Washington",
    "TKL": "Tokelau's administration rotates between its three atolls",
}

#: Always-matched forms (name, aliases, adjectives) that more than one entry may carry.
#: Key: the casefolded form; value: (ids that may share it, reason).
ALLOWED_COLLISIONS = {
    "singapore": ({"SGP", "singapore"}, "city-state: the country and its capital are one place"),
    "monaco": ({"MCO", "monaco"}, "city-state: the country and its capital are one place"),
    "gibraltar": ({"GIB", "gibraltar"}, "territory co-extensive with its only town"),
    "hong kong": ({"HKG", "hong-kong"}, "territory listed in ISO 3166-1 and named as a city by news"),
    "macau": ({"MAC", "macau"}, "territory listed in ISO 3166-1 and named as a city by news"),
}

#: Offices that several people hold at once, so the one-holder-per-day check skips them.
MULTI_HOLDER_OFFICES = {
    "party_department_director": "the WPK Central Committee has about 17 department directors",
}

#: Pairs of people who may hold the same office on the same days, with the reason.
ALLOWED_OVERLAPS = {
    ("head_of_state", "KOR", frozenset({"yoon-suk-yeol", "han-duck-soo"})): (
        "Yoon stayed president while impeached (14 Dec 2024 - 4 Apr 2025); Han acted for him"
    ),
    ("head_of_state", "KOR", frozenset({"yoon-suk-yeol", "choi-sang-mok"})): (
        "Yoon stayed president while impeached; Choi acted for him while Han was also impeached"
    ),
    # -- people_historic.yaml: presidents suspended or incapacitated while another acted --
    ("head_of_state", "KOR", frozenset({"roh-moo-hyun", "goh-kun"})): (
        "Roh stayed president while impeached (12 Mar - 14 May 2004); Prime Minister Goh acted for him"
    ),
    ("head_of_state", "KOR", frozenset({"park-geun-hye", "hwang-kyo-ahn"})): (
        "Park stayed president while impeached (9 Dec 2016 - 10 Mar 2017); Prime Minister Hwang acted for her"
    ),
    ("head_of_state", "BRA", frozenset({"fernando-collor-de-mello", "itamar-franco"})): (
        "Collor stayed president while suspended by impeachment (Oct - Dec 1992); Vice President Franco acted"
    ),
    ("head_of_state", "BRA", frozenset({"dilma-rousseff", "michel-temer"})): (
        "Rousseff stayed president while suspended by impeachment (May - Aug 2016); Vice President Temer acted"
    ),
    ("head_of_state", "NGA", frozenset({"umaru-musa-yaradua", "goodluck-jonathan"})): (
        "Yar'Adua stayed president while ill abroad; Vice President Jonathan acted from 9 Feb 2010"
    ),
    ("head_of_state", "CUB", frozenset({"fidel-castro", "raul-castro"})): (
        "Fidel Castro handed his powers provisionally to Raul on 31 Jul 2006 and stayed president until Feb 2008"
    ),
    # -- rival claimants, co-holders --
    ("head_of_state", "CIV", frozenset({"laurent-gbagbo", "alassane-ouattara"})): (
        "both were sworn in after the 2010 election; Ouattara was recognised, Gbagbo held Abidjan until his arrest"
    ),
    ("head_of_government", "LBN", frozenset({"michel-aoun", "selim-al-hoss"})): (
        "rival military and civilian governments of Lebanon, Sep 1988 - Oct 1990"
    ),
    ("head_of_government", "KHM", frozenset({"hun-sen", "norodom-ranariddh"})): (
        "Cambodia had two co-prime ministers from 1993 to 1998"
    ),
    ("head_of_government", "KHM", frozenset({"hun-sen", "ung-huot"})): (
        "Cambodia had two co-prime ministers from 1993 to 1998"
    ),
    ("vice_president", "ZAF", frozenset({"f-w-de-klerk", "thabo-mbeki"})): (
        "South Africa had two deputy presidents in the national unity government, May 1994 - Jun 1996"
    ),
    # -- a federation and its republic, both filed under the successor's code --
    ("head_of_state", "RUS", frozenset({"mikhail-gorbachev", "boris-yeltsin"})): (
        "Gorbachev was Soviet president while Yeltsin was president of the Russian republic (Jul - Dec 1991)"
    ),
    ("head_of_government", "RUS", frozenset({"nikolai-ryzhkov", "ivan-silayev"})): (
        "Ryzhkov headed the Soviet government while Silayev headed the Russian republic's"
    ),
    ("head_of_government", "RUS", frozenset({"valentin-pavlov", "ivan-silayev"})): (
        "Pavlov headed the Soviet government while Silayev headed the Russian republic's"
    ),
    **{
        ("head_of_state", "SRB", frozenset({"slobodan-milosevic", other})): (
            "Milosevic was president of Serbia while another held the Yugoslav presidency"
        )
        for other in ("raif-dizdarevic", "janez-drnovsek", "borisav-jovic", "stjepan-mesic", "branko-kostic",
                      "dobrica-cosic", "zoran-lilic")
    },
    **{
        ("head_of_state", "SRB", frozenset(pair)): "a Yugoslav (or Serbia and Montenegro) president and a Serbian one"
        for pair in (("slobodan-milosevic", "milan-milutinovic"), ("vojislav-kostunica", "milan-milutinovic"),
                     ("vojislav-kostunica", "natasa-micic"), ("svetozar-marovic", "natasa-micic"),
                     ("svetozar-marovic", "predrag-markovic"), ("svetozar-marovic", "boris-tadic"))
    },
    **{
        ("head_of_government", "SRB", frozenset({"zoran-dindic", other})): (
            "Djindjic was prime minister of Serbia while another was Yugoslav prime minister"
        )
        for other in ("zoran-zizic", "dragisa-pesic")
    },
}


@functools.cache
def _load(name: str) -> GazetteerFile:
    return GazetteerFile.model_validate(yaml.safe_load((DATA / name).read_text(encoding="utf-8")))


def _entries() -> list[Entry]:
    return [e for name in FILES for e in _load(name).entries]


def _by_id() -> dict[str, Entry]:
    return {e.id: e for e in _entries()}


def _office_keys() -> set[str]:
    return {key for name in FILES for office in _load(name).offices for key in office.offices}


def _key(form: str) -> str:
    """How the matcher compares a form: all-caps acronyms exactly, anything else case-insensitively."""
    return form if form.isupper() else form.casefold()


def _mentions(text: str, form: str) -> bool:
    """True if ``form`` occurs in ``text`` as whole words (all-caps forms are case-sensitive)."""
    flags = 0 if form.isupper() else re.IGNORECASE
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text, flags) is not None


def _scope(entry: Entry, role: Role) -> str:
    """What an office belongs to: the organisation if named, else the country."""
    return role.org or role.country or entry.country or ""


@pytest.mark.parametrize("name", FILES)
def test_gazetteer_data_file_validates(name):
    gazetteer = _load(name)
    assert gazetteer.entries or gazetteer.offices, f"{name} is empty"


@pytest.mark.parametrize("expected", [{"countries.yaml", "places.yaml", "people.yaml", "organisations.yaml", "media.yaml", "offices.yaml"}])
def test_gazetteer_data_files_present(expected):
    assert expected <= set(FILES)


@pytest.mark.parametrize("kind", ["entries"])
def test_gazetteer_data_ids_unique(kind):
    seen: dict[str, list[str]] = {}
    for name in FILES:
        for e in _load(name).entries:
            seen.setdefault(e.id, []).append(name)
    dupes = {i: files for i, files in seen.items() if len(files) > 1}
    assert not dupes, f"duplicate ids: {dupes}"


@pytest.mark.parametrize("slug", [re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")])
def test_gazetteer_data_id_conventions(slug):
    bad = [e.id for e in _entries() if e.kind != "country" and not slug.match(e.id)]
    assert not bad, f"non-country ids must be lowercase slugs: {bad}"


@pytest.mark.parametrize("field,kinds", [("capital", {"place"}), ("capital_of", {"country"}), ("parent", {"organisation"})])
def test_gazetteer_data_references_exist(field, kinds):
    by_id = _by_id()
    bad = []
    for e in _entries():
        ref = getattr(e, field)
        if ref is not None and (ref not in by_id or by_id[ref].kind not in kinds):
            bad.append((e.id, ref))
    assert not bad, f"{field} must name an entry of kind {kinds}: {bad}"


@pytest.mark.parametrize("kinds", [{"organisation"}])
def test_gazetteer_data_role_orgs_exist(kinds):
    by_id = _by_id()
    bad = [
        (e.id, r.org)
        for e in _entries()
        for r in e.roles
        if r.org is not None and (r.org not in by_id or by_id[r.org].kind not in kinds)
    ]
    assert not bad, f"roles[].org must name an organisation: {bad}"


@pytest.mark.parametrize("field", ["country"])
def test_gazetteer_data_countries_exist(field):
    countries = {e.id for e in _entries() if e.kind == "country"}
    bad = [(e.id, e.country) for e in _entries() if e.country is not None and e.country not in countries]
    bad += [(e.id, r.country) for e in _entries() for r in e.roles if r.country is not None and r.country not in countries]
    assert not bad, f"unknown country codes: {bad}"


@pytest.mark.parametrize("minimum", [250])
def test_gazetteer_data_every_country_listed(minimum):
    countries = [e for e in _entries() if e.kind == "country"]
    assert len(countries) >= minimum
    assert {"PRK", "KOR", "RUS", "USA", "CHN", "JPN", "UKR", "IRN", "XKX", "PSE"} <= {e.id for e in countries}
    assert all(e.sector == "GOV" for e in countries)


@pytest.mark.parametrize("exempt", [NO_CAPITAL])
def test_gazetteer_data_every_country_has_capital(exempt):
    by_id = _by_id()
    missing, mismatched = [], []
    for e in _entries():
        if e.kind != "country" or e.id in exempt:
            continue
        place = by_id.get(e.capital or "")
        if place is None:
            missing.append(e.id)
        elif place.capital_of != e.id:
            mismatched.append((e.id, place.id, place.capital_of))
    assert not missing, f"countries without a capital place: {missing}"
    assert not mismatched, f"capital's capital_of must point back: {mismatched}"
    stale = [c for c in exempt if by_id.get(c) is None or by_id[c].capital is not None]
    assert not stale, f"NO_CAPITAL lists countries that have one or do not exist: {stale}"


@pytest.mark.parametrize("kind", ["place"])
def test_gazetteer_data_places_have_coordinates(kind):
    bad = []
    for e in _entries():
        if e.kind != kind:
            continue
        if e.lat is None or e.lon is None or not (-90 <= e.lat <= 90 and -180 <= e.lon <= 180):
            bad.append(e.id)
        elif round(e.lat, 4) != e.lat or round(e.lon, 4) != e.lon:
            bad.append(e.id)
    assert not bad, f"places need lat/lon in range with at most 4 decimals: {bad}"


@pytest.mark.parametrize("sector", ["MED"])
def test_gazetteer_data_agencies_have_timezone(sector):
    bad = []
    for e in _entries():
        if not e.agency:
            continue
        try:
            zoneinfo.ZoneInfo(e.timezone or "")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            bad.append((e.id, e.timezone))
        if e.sector != sector:
            bad.append((e.id, e.sector))
    assert not bad, f"agencies need an IANA timezone and sector {sector}: {bad}"


@pytest.mark.parametrize("kinds", [{"person", "organisation", "place"}])
def test_gazetteer_data_examples_mention_entry(kinds):
    missing, unmentioned = [], []
    for e in _entries():
        if e.kind not in kinds:
            continue
        if not e.examples:
            missing.append(e.id)
        forms = [e.name, *e.aliases, *e.adjectives, *e.context_aliases]
        for sentence in e.examples:
            if not any(_mentions(sentence, f) for f in forms):
                unmentioned.append((e.id, sentence))
    assert not missing, f"entries without examples: {missing}"
    assert not unmentioned, f"examples that name no form of their entry: {unmentioned}"


@pytest.mark.parametrize("allowed", [ALLOWED_COLLISIONS])
def test_gazetteer_data_no_alias_collisions(allowed):
    """An always-matched form must pick out one entry, unless whitelisted with a reason."""
    owners: dict[str, set[str]] = {}
    for e in _entries():
        for form in {e.name, *e.aliases, *e.adjectives}:
            owners.setdefault(form.casefold(), set()).add(e.id)
    clashes = {form: ids for form, ids in owners.items() if len(ids) > 1}
    unexplained = {f: sorted(ids) for f, ids in clashes.items() if f not in allowed or ids != allowed[f][0]}
    assert not unexplained, f"forms shared by several entries: {unexplained}"
    stale = sorted(set(allowed) - set(clashes))
    assert not stale, f"ALLOWED_COLLISIONS entries that no longer collide: {stale}"


@pytest.mark.parametrize("field", ["context_aliases"])
def test_gazetteer_data_context_aliases_unique_per_country(field):
    """Context aliases resolve by country, so two entries of one country may not share one."""
    owners: dict[tuple[str | None, str], set[str]] = {}
    for e in _entries():
        for form in getattr(e, field):
            owners.setdefault((e.country, form.casefold()), set()).add(e.id)
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, f"context aliases shared within a country: {clashes}"
    orphans = [e.id for e in _entries() if getattr(e, field) and e.country is None]
    assert not orphans, f"context aliases need a country to be matched against: {orphans}"


@pytest.mark.parametrize("field", ["short"])
def test_gazetteer_data_short_forms_do_not_shadow_names(field):
    """A short form must not equal another entry's always-matched form."""
    always: dict[str, set[str]] = {}
    for e in _entries():
        for form in {e.name, *e.aliases, *e.adjectives}:
            always.setdefault(form.casefold(), set()).add(e.id)
    bad = [
        (e.id, s, sorted(always[s.casefold()] - {e.id}))
        for e in _entries()
        for s in getattr(e, field)
        if always.get(s.casefold(), set()) - {e.id}
    ]
    assert not bad, f"short forms that are another entry's name or alias: {bad}"


@pytest.mark.parametrize("kind", ["person"])
def test_gazetteer_data_roles_well_formed(kind):
    keys = _office_keys()
    bad_dates, bad_offices, roles_elsewhere = [], [], []
    for e in _entries():
        if e.roles and e.kind != kind:
            roles_elsewhere.append(e.id)
        for r in e.roles:
            if r.start is None:
                bad_dates.append((e.id, r.office, "no start"))
            elif r.end is not None and r.start > r.end:
                bad_dates.append((e.id, r.office, r.start, r.end))
            if r.office not in keys:
                bad_offices.append((e.id, r.office))
    assert not roles_elsewhere, f"only people hold roles: {roles_elsewhere}"
    assert not bad_dates, f"roles need start <= end: {bad_dates}"
    assert not bad_offices, f"role offices missing from offices.yaml: {bad_offices}"


@pytest.mark.parametrize("allowed", [ALLOWED_OVERLAPS])
def test_gazetteer_data_one_holder_per_office_per_day(allowed):
    far = dt.date(9999, 12, 31)
    by_office: dict[tuple[str, str], list[tuple[str, dt.date, dt.date]]] = {}
    for e in _entries():
        for r in e.roles:
            if r.office in MULTI_HOLDER_OFFICES:
                continue
            by_office.setdefault((r.office, _scope(e, r)), []).append((e.id, r.start, r.end or far))
    overlaps, used = [], set()
    for (office, scope), spans in by_office.items():
        for (a, a0, a1), (b, b0, b1) in itertools.combinations(spans, 2):
            if a0 <= b1 and b0 <= a1:
                key = (office, scope, frozenset({a, b}))
                if key in allowed:
                    used.add(key)
                else:
                    overlaps.append((office, scope, a, b, max(a0, b0)))
    assert not overlaps, f"two holders of one office on the same day: {overlaps}"
    assert used == set(allowed), f"ALLOWED_OVERLAPS entries that no longer overlap: {set(allowed) - used}"


@pytest.mark.parametrize("name", ["offices.yaml"])
def test_gazetteer_data_offices_documented_with_examples(name):
    text = (DATA / name).read_text(encoding="utf-8")
    documented = set(re.findall(r"^#\s+([a-z_]+)\s{2,}", text, re.MULTILINE))
    keys = _office_keys()
    assert keys == documented, f"office keys used vs documented in the header: {keys ^ documented}"
    titles = [o.title.casefold() for o in _load(name).offices]
    assert len(titles) == len(set(titles)), "duplicate title phrases"
    bad = [(o.title, s) for o in _load(name).offices for s in o.examples if not _mentions(s, o.title)] + [
        (o.title, None) for o in _load(name).offices if not o.examples
    ]
    assert not bad, f"office examples must contain their title: {bad}"


@pytest.mark.parametrize("field", ["aliases", "short", "adjectives", "context_aliases"])
def test_gazetteer_data_forms_not_repeated(field):
    bad = []
    for e in _entries():
        forms = [_key(f) for f in getattr(e, field)]
        if len(forms) != len(set(forms)) or (field == "aliases" and _key(e.name) in forms):
            bad.append(e.id)
    assert not bad, f"repeated {field} (or an alias equal to the name): {bad}"
