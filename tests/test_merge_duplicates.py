"""Exact and near-duplicate reports: cross-posts and revisions count once, never as independent sources."""

from __future__ import annotations

import collections
import datetime as dt
import json
import subprocess
import sys

import pytest
from sqlalchemy import select

from dateline.merge import MinHasher, duplicate_groups, is_near_duplicate, jaccard, shingles

LEAD = ("Pyongyang, October 15 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, convened a "
        "consultative meeting on national defence and security on October 14. Present there were the minister of "
        "National Defence, the chief of the General Staff and the director of the General Reconnaissance Bureau. "
        "The meeting reviewed the situation on the southern border and set out measures for the security of the "
        "country, the agency said.")


@pytest.mark.parametrize("other, days, same", [
    (LEAD, 0, True),
    (LEAD.replace("Present there were", "The meeting was attended by").replace("October 14", "Oct. 14"), 0, True),
    (LEAD.replace("Present there were", "The meeting was attended by"), 1, True),
    (LEAD, 5, False),
    ("Pyongyang, October 15 (KCNA) -- A delegation of the Ministry of Culture left Pyongyang on Tuesday for a "
     "visit to Laos, where it will take part in a festival of friendship and sign an agreement on exchanges.", 0,
     False),
])
def test_merge_duplicates_near_duplicate_revision(other, days, same):
    day = dt.date(2024, 10, 15)
    sim = is_near_duplicate(shingles(LEAD), shingles(other), day, day + dt.timedelta(days=days))
    assert (sim is not None) is same


@pytest.mark.parametrize("text", [LEAD])
def test_merge_duplicates_minhash_bands_find_revisions(text):
    hasher = MinHasher()
    revised = text.replace("Present there were", "The meeting was attended by")
    a, b = hasher.band_keys(hasher.signature(shingles(text))), hasher.band_keys(hasher.signature(shingles(revised)))
    assert jaccard(shingles(text), shingles(revised)) > 0.5
    assert set(a) & set(b)


@pytest.mark.parametrize("pairs, groups", [
    ([("b", "c"), ("a", "c")], {"a": "a", "b": "a", "c": "a", "d": "d"}),
    ([], {"a": "a", "b": "b", "c": "c", "d": "d"}),
])
def test_merge_duplicates_groups_take_smallest_id(pairs, groups):
    assert duplicate_groups("abcd", pairs) == groups
    assert duplicate_groups("dcba", list(reversed(pairs))) == groups


def _no_nlp(article):
    """Stands in for the NLP: stores the article with no events (duplicates are found before NLP)."""
    return {"article": article.to_dict(), "times": [], "actors": [], "events": []}


@pytest.mark.slow
def test_merge_duplicates_kcna_every_crosspost_recognised(kcna_records, tmp_path):
    from dateline.ingest.files import Item
    from dateline.store import Store, schema
    from dateline.store.ingest import input_hash

    fields = {"text": "story_text"}
    items = [Item(f"kcna[{k}]", r) for k, r in enumerate(kcna_records)]
    with Store(tmp_path / "kcna.db") as store:
        report = store.ingest(items, fields=fields, source="KCNA", process=_no_nlp, batch_size=200)
        with store.engine.connect() as conn:
            article_of = dict(conn.execute(select(schema.copies.c.input_hash, schema.copies.c.article_id)).all())
            group_of = {a: d or a for a, d in conn.execute(select(schema.articles.c.id,
                                                                   schema.articles.c.duplicate_of))}
        sources = store.sources()
    texts = collections.defaultdict(set)
    for r in kcna_records:
        if (r["story_text"] or "").strip():
            key = input_hash(r, fields, {"source": "KCNA"})
            texts[r["story_text"].strip()].add(group_of[article_of[key]])
    nonempty = sum(1 for r in kcna_records if (r["story_text"] or "").strip())
    assert len(texts) == 1045
    # every copy of a dispatch is one report
    assert all(len(groups) == 1 for groups in texts.values())
    assert report.read == len(kcna_records) == 2087
    assert report.new + report.duplicate == nonempty
    assert report.duplicates["exact copy"] >= nonempty - len(texts) - 2  # two texts carry two headlines
    assert [s["name"] for s in sources] == ["KCNA"]
    assert sources[0]["copies"] == nonempty
    assert sources[0]["reports"] == len({g for groups in texts.values() for g in groups}) == report.new
    assert sources[0]["reports"] + sources[0]["duplicates"] == nonempty


@pytest.mark.slow
def test_merge_duplicates_sources_cli_one_row_per_publisher(kcna_records, tmp_path):
    from dateline.ingest.files import Item
    from dateline.store import Store

    subset = [r for r in kcna_records if r["date_str"] <= "2024-07-31"]
    with Store(tmp_path / "k.db") as store:
        report = store.ingest([Item(str(k), r) for k, r in enumerate(subset)], fields={"text": "story_text"},
                              source="KCNA", process=_no_nlp)
    run = subprocess.run([sys.executable, "-m", "dateline", "sources", "--db", str(tmp_path / "k.db"), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert len(rows) == 1 and rows[0]["name"] == "KCNA"
    assert rows[0]["reports"] == report.new
    assert rows[0]["copies"] == report.new + report.duplicate
