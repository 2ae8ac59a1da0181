"""Actor resolution within an article: names, short forms, context phrases, titles, metonymy."""

from __future__ import annotations

import pytest


def _mentions(out: dict) -> dict[str, str]:
    """mention text -> actor id, over every actor of an extraction result."""
    return {m["text"]: a["id"] for a in out["actors"] for m in a["mentions"]}


CASES = [
    # (id, text, published, {mention text: expected actor id})
    ("romanisation", "Kim Jong-un inspected a farm on Monday. Kim Jong Un later met officials.", "2024-08-05",
     {"Kim Jong-un": "kim-jong-un", "Kim Jong Un": "kim-jong-un"}),
    ("surname-after-full-name", "Kim Yo Jong issued a statement on Sunday. Kim warned Seoul of a dire price.",
     "2024-10-13", {"Kim Yo Jong": "kim-yo-jong", "Kim": "kim-yo-jong"}),
    ("surname-nearest-before", "Kim Jong Un met Kim Yo Jong on Monday. Later Kim spoke to reporters.",
     "2024-10-14", {"Kim": "kim-yo-jong"}),
    ("the-north-in-korea-context", "North Korea fired a missile on Friday. The North has launched dozens this year.",
     "2024-06-28", {"North Korea": "PRK", "The North": "PRK"}),
    ("state-media", "North Korea held a parade on Thursday, state media reported.", "2024-10-11",
     {"state media": "kcna"}),
    ("acronyms", "The DPRK and the ROK traded accusations, and the U.S. urged calm.", "2024-06-01",
     {"DPRK": "PRK", "ROK": "KOR", "U.S.": "USA"}),
    ("nationality-title-name", "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Thursday.",
     "2024-05-16", {"Vladimir Putin": "vladimir-putin", "Xi Jinping": "xi-jinping"}),
    ("title-resolves-by-date", "North Korea's defence minister warned the United States on Monday.",
     "2024-11-11", {"defence minister": "no-kwang-chol"}),
    ("title-resolves-earlier-holder", "North Korea's defence minister warned the United States on Monday.",
     "2023-05-01", {"defence minister": "kang-sun-nam"}),
    ("wpk-acronym", "The WPK Central Committee convened a plenary meeting on Friday.", "2024-06-29",
     {"WPK Central Committee": "wpk-central-committee"}),
]


@pytest.mark.parametrize("name, text, published, expect", CASES, ids=[c[0] for c in CASES])
def test_actors_resolve_cases(run_extract, name, text, published, expect):
    found = _mentions(run_extract(text, published=published))
    for mention, actor in expect.items():
        hits = {k: v for k, v in found.items() if mention in k}
        assert actor in hits.values(), (mention, found)


def test_actors_capital_acts_as_government_and_stays_a_place(run_extract):
    out = run_extract("Moscow condemned the sanctions on Monday. Talks were held in Moscow later.",
                      published="2024-03-04")
    accuse = [e for e in out["events"] if e["type"] == "ACCUSE"]
    assert accuse and accuse[0]["actors"] == ["RUS"]
    moscow = next(a for a in out["actors"] if a["id"] == "moscow")
    assert moscow["kind"] == "place"


def test_actors_unknown_person_kept_with_country(run_extract):
    out = run_extract("Russian Deputy Foreign Minister Andrei Rudenko met North Korean diplomats on Tuesday.",
                      published="2024-05-14")
    unknown = [a for a in out["actors"] if not a["known"] and a["kind"] == "person"]
    assert unknown and unknown[0]["name"] == "Andrei Rudenko" and unknown[0]["country"] == "RUS"


def test_actors_lowercase_us_is_not_the_united_states(run_extract):
    out = run_extract("Let us hope the talks go well, the minister told reporters in Seoul on Monday.",
                      published="2024-05-14")
    assert "USA" not in {a["id"] for a in out["actors"]}


def test_actors_the_north_needs_korea_context(run_extract):
    out = run_extract("Floods hit the North of England on Monday, the Met Office said.", published="2024-05-14")
    assert "PRK" not in {a["id"] for a in out["actors"]}


def test_actors_unknown_office_holder_takes_the_articles_only_country(run_extract):
    out = run_extract("President Amadou Tchiani has refused to resign despite pressure from Nigerien unions.",
                      published="2024-06-01")
    by_name = {a["name"]: a for a in out["actors"]}
    assert by_name["Amadou Tchiani"]["country"] == "NER", by_name
    out = run_extract("President Amadou Tchiani welcomed Ghanaian leader John Mahama on Thursday.",
                      published="2024-06-01")
    by_name = {a["name"]: a for a in out["actors"]}
    assert by_name["Amadou Tchiani"]["country"] is None, by_name


def test_actors_words_beside_an_unknown_name_decide_its_kind(run_extract):
    out = run_extract("Zambia's government on Monday ordered the opposition newspaper Daily Nation to stop printing.",
                      published="2024-06-01")
    mast = [a for a in out["actors"] if "Nation" in a["name"]]
    assert mast and mast[0]["kind"] == "organisation" and (mast[0]["country"], mast[0]["sector"]) == ("ZMB", "MED"), out["actors"]
    out = run_extract("Vice-President Kindiki Kithure has declined to resign despite pressure from Kenyan "
                      "lawmakers.", published="2024-06-01")
    vp = [a for a in out["actors"] if "Kithure" in a["name"]]
    assert vp and vp[0]["kind"] == "person" and vp[0]["country"] == "KEN", out["actors"]


def test_actors_an_international_office_holder_acts_for_the_body(run_extract):
    out = run_extract("U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw inspectors.",
                      published="2000-01-01")
    annan = next(a for a in out["actors"] if a["id"] == "kofi-annan")
    assert (annan["country"], annan["sector"]) == (None, "IGO"), annan
    out = run_extract("Kofi Annan, a Ghanaian diplomat, visited Accra on Monday.", published="1990-01-01")
    annan = next(a for a in out["actors"] if a["id"] == "kofi-annan")
    assert annan["country"] == "GHA", annan


def test_actors_an_unknown_bodys_name_gives_its_sector(run_extract):
    out = run_extract("Ghana's Supreme Court decided on Monday to allow the vote to go ahead.", published="2024-06-01")
    court = [a for a in out["actors"] if a["name"].endswith("Supreme Court")]
    assert court and court[0]["sector"] == "JUD", out["actors"]
