"""Shared fixtures (the only place fixtures live)."""

from __future__ import annotations

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> pathlib.Path:
    """../shared: third-party data, seed and scorers (read only, never copied)."""
    if not SHARED.is_dir():
        pytest.fail(f"../shared not found at {SHARED}; set DATELINE_SHARED")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def ctx():
    """The whole pipeline, loaded once for the test session."""
    from dateline.pipeline import default_context

    return default_context()


@pytest.fixture(scope="session")
def run_extract(ctx):
    """extract() with the shared context: ``run_extract(text, published=..., **meta) -> dict``."""
    from dateline.pipeline import extract

    def run(text, **meta):
        return extract(text, ctx=ctx, **meta)

    return run


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/ from the current output instead of comparing with it")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


# -- store, merge and query fixtures -------------------------------------------------------------

#: Reports written for these tests in wire style: three stories, several outlets, a cross-post
#: and a lightly revised copy. Keys are file names; values are article records.
NEWS = {
    "yonhap-putin.json": {
        "title": "Putin arrives in Pyongyang for summit with Kim Jong-un",
        "source": "Yonhap", "published": "2024-06-19T09:30:00+09:00", "topic": "North Korea",
        "url": "https://example.test/yonhap/putin-arrives",
        "text": "SEOUL, June 19 (Yonhap) -- Russian President Vladimir Putin arrived in Pyongyang early Wednesday "
                "for a two-day state visit, North Korea's state media said.\n\n"
                "North Korean leader Kim Jong-un met Putin at the airport on Wednesday, and the two leaders held "
                "talks on military cooperation later in the day.\n\n"
                "It is Putin's first trip to the North in 24 years.",
    },
    "reuters-putin.json": {
        "title": "Putin and Kim hold talks in Pyongyang",
        "source": "Reuters", "published": "2024-06-19T16:00:00+00:00",
        "url": "https://example.test/reuters/putin-kim-talks",
        "text": "Russian President Vladimir Putin held talks with North Korean leader Kim Jong Un in Pyongyang "
                "on Wednesday, according to Russian state media.\n\n"
                "The two leaders discussed military cooperation and trade, the Kremlin said.\n\n"
                "Washington has accused Pyongyang of supplying artillery shells to Moscow.",
    },
    "kcna-putin.json": {
        "title": "Kim Jong Un Holds Talks with Putin",
        "source": "KCNA", "published": "2024-06-20", "topic": "Top News",
        "url": "https://example.test/kcna/talks",
        "text": "Pyongyang, June 20 (KCNA) -- Kim Jong Un held talks with Vladimir Putin, president of the "
                "Russian Federation, at the Kumsusan State Guest House on June 19.\n\n"
                "The talks dealt with military cooperation between the two countries.",
    },
    "kcna-putin-crosspost.json": {
        "title": "Kim Jong Un Holds Talks with Putin",
        "source": "KCNA", "published": "2024-06-20", "topic": "External",
        "url": "https://example.test/kcna/talks?topic=external",
        "text": "Pyongyang, June 20 (KCNA) -- Kim Jong Un held talks with Vladimir Putin, president of the "
                "Russian Federation, at the Kumsusan State Guest House on June 19.\n\n"
                "The talks dealt with military cooperation between the two countries.",
    },
    "kcna-putin-revised.json": {
        "title": "Kim Jong Un Holds Talks with Russian President",
        "source": "KCNA", "published": "2024-06-20", "topic": "Top News",
        "url": "https://example.test/kcna/talks-revised",
        "text": "Pyongyang, June 20 (KCNA) -- Kim Jong Un held talks with Vladimir Putin, president of the "
                "Russian Federation, at the Kumsusan State Guest House on June 19.\n\n"
                "The talks dealt with the military cooperation between the two countries.",
    },
    "yonhap-missile.json": {
        "title": "N. Korea fires ICBM into East Sea",
        "source": "Yonhap", "published": "2024-10-31T08:00:00+09:00",
        "url": "https://example.test/yonhap/icbm",
        "text": "SEOUL, Oct. 31 (Yonhap) -- North Korea fired an intercontinental ballistic missile into the "
                "East Sea on Thursday, South Korea's Joint Chiefs of Staff said.\n\n"
                "The launch came days before the U.S. presidential election.",
    },
    "ap-missile.json": {
        "title": "North Korea test-fires new long-range missile",
        "source": "AP", "published": "2024-10-31T03:00:00+00:00",
        "url": "https://example.test/ap/icbm",
        "text": "North Korea fired an intercontinental ballistic missile into the sea on Thursday, South Korea's "
                "military said.\n\n"
                "Japan protested the launch through diplomatic channels, officials in Tokyo said.",
    },
    "ap-tokyo.json": {
        "title": "South Korea's Yoon meets Japan's Kishida in Tokyo",
        "source": "AP", "published": "2023-03-16T12:00:00+00:00",
        "url": "https://example.test/ap/yoon-kishida",
        "text": "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on "
                "Thursday, the first such summit in 12 years.\n\n"
                "The two leaders agreed to resume regular visits, Kishida said.",
    },
}


@pytest.fixture(scope="session")
def news_records() -> dict:
    """The hand-written reports above, by file name (copies: never mutate)."""
    import copy

    return copy.deepcopy(NEWS)


@pytest.fixture()
def news_dir(tmp_path, news_records):
    """A folder holding each report as one JSON file."""
    import json

    folder = tmp_path / "news"
    folder.mkdir()
    for name, rec in news_records.items():
        (folder / name).write_text(json.dumps(rec), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def news_store(tmp_path_factory, ctx, news_records):
    """A store holding the hand-written reports (read only: tests that write make their own)."""
    import json

    from dateline.store import Store

    root = tmp_path_factory.mktemp("news-store")
    folder = root / "news"
    folder.mkdir()
    for name, rec in news_records.items():
        (folder / name).write_text(json.dumps(rec), encoding="utf-8")
    path = root / "news.db"
    with Store(path) as store:
        store.ingest([str(folder)], ctx=ctx)
    return path


def _dispatch(k: int) -> dict:
    """The k-th of a series of generated wire reports, each about a different meeting."""
    import datetime as dt

    day = dt.date(2024, 3, 1) + dt.timedelta(days=k)
    ministers = ["Choe Son Hui", "Sergei Lavrov", "Wang Yi", "Antony Blinken", "Cho Tae-yul", "Yoko Kamikawa"]
    a, b = ministers[k % 6], ministers[(k + 1 + k // 6) % 6]
    if a == b:
        b = ministers[(k + 2) % 6]
    return {
        "title": f"Foreign ministers meet in talks number {k}",
        "source": "Yonhap", "published": day.isoformat(),
        "url": f"https://example.test/series/{k}",
        "text": f"SEOUL, {day:%B} {day.day} (Yonhap) -- {a} met {b} on {day:%B} {day.day} for talks on "
                f"regional security, the {k}th such meeting this year, officials said.\n\n"
                f"The ministers agreed to meet again within {k + 2} weeks, according to a statement.",
    }


@pytest.fixture(scope="session")
def dispatch_series():
    """``dispatch_series(n)``: n generated reports, one per day from 2024-03-01."""
    return lambda n: [_dispatch(k) for k in range(n)]


@pytest.fixture(scope="session")
def kcna_records(shared_dir) -> list[dict]:
    """The 2,087 kcna-2024 records as published upstream (read only)."""
    import json

    return json.loads((shared_dir / "data/kcna-2024/headlines_2024-11-11.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def time_tagger():
    """The temporal tagger loaded from dateline/data/time (read once per run)."""
    from dateline.time import TimeTagger

    return TimeTagger.load()


@pytest.fixture(scope="session")
def times_extractor(time_tagger, nlp):
    """Dateline's times for a text, as the TempEval scorer sees them (tagger + spaCy parse)."""
    from dateline.evaluate.timeml import TimesExtractor

    return TimesExtractor(tagger=time_tagger, nlp=nlp)


@pytest.fixture(scope="session")
def platinum_times(shared_dir, times_extractor):
    """TempEval-3 figures on the platinum TEST set, computed once per run (report only)."""
    from dateline.evaluate.timeml import evaluate_corpus

    return evaluate_corpus(shared_dir / "data" / "te3-platinum", times_extractor)
