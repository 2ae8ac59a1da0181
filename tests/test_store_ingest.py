"""Ingest into a store: idempotent, resumable after a kill, readable while it runs, bad items skipped."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from dateline.store import Store, schema

TABLES = [t.name for t in schema.metadata.sorted_tables]


def _counts(path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _snapshot(path) -> dict:
    with sqlite3.connect(path) as db:
        return {
            "articles": sorted(db.execute("SELECT id, duplicate_of FROM articles")),
            "copies": sorted(db.execute("SELECT input_hash, article_id FROM copies")),
            "events": sorted(db.execute("SELECT id, type, date_value, n_mentions, n_articles, n_sources FROM events")),
            "mentions": sorted(db.execute("SELECT id, event_id FROM mentions")),
        }


def _write_series(folder, records):
    folder.mkdir()
    for k, rec in enumerate(records):
        (folder / f"{k:03d}.json").write_text(json.dumps(rec), encoding="utf-8")


def test_store_ingest_rerun_changes_nothing(tmp_path, news_dir, ctx):
    db = tmp_path / "s.db"
    with Store(db) as store:
        first = store.ingest([str(news_dir)], ctx=ctx)
        before = _counts(db), _snapshot(db)
        again = store.ingest([str(news_dir)], ctx=ctx)
    assert first.new == 6 and first.duplicate == 2 and first.rejected == 0
    assert again.new == 0 and again.duplicate == first.read and again.merge is None
    assert (_counts(db), _snapshot(db)) == before


@pytest.mark.parametrize("workers", [2])
def test_store_ingest_process_pool_same_result(tmp_path, news_dir, ctx, workers):
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "pool.db") as pool:
        one.ingest([str(news_dir)], ctx=ctx)
        report = pool.ingest([str(news_dir)], workers=workers, batch_size=2)
    assert report.new == 6 and report.rejected == 0
    assert _snapshot(tmp_path / "pool.db") == _snapshot(tmp_path / "one.db")


def test_store_ingest_reingest_skips_before_reading(tmp_path, news_dir, ctx, monkeypatch):
    with Store(tmp_path / "s.db") as store:
        store.ingest([str(news_dir)], ctx=ctx)
        from dateline.store import ingest as ingest_module

        def boom(*_a, **_k):
            raise AssertionError("a stored input was read again")

        monkeypatch.setattr(ingest_module.Ingester, "_read", boom)
        report = store.ingest([str(news_dir)], ctx=ctx)
    assert report.duplicates == {"already stored": len(os.listdir(news_dir))}


BAD = [
    ("empty.txt", b"", "D001"),
    ("binary.txt", bytes(range(256)) * 8, "D002"),
    ("bad-line.jsonl", b'{"text": "ok"\n', "D007"),
    ("no-text.json", json.dumps({"title": "Headline only", "published": "2024-06-19"}).encode(), "D007"),
    ("undated.txt", b"North Korea fired a ballistic missile into the sea on Monday, the military said.\n\n"
                    b"It was the third launch this month, officials said.", "D010"),
    ("bad-date.json", json.dumps({"text": "Kim met Putin in Pyongyang on Wednesday for talks, officials said.",
                                  "published": "yesterday"}).encode(), "D011"),
    ("french.json", json.dumps({"published": "2024-06-19", "text": (
        "La Coree du Nord a tire lundi un missile balistique en mer du Japon, selon l'etat-major, qui a precise que "
        "le projectile avait parcouru environ mille kilometres avant de tomber dans la mer, a indique Tokyo dans un "
        "communique publie lundi soir.")}).encode(), "D006"),
]


@pytest.mark.parametrize("name, data, code", BAD, ids=[b[0] for b in BAD])
def test_store_ingest_bad_item_reported_rest_lands(tmp_path, news_dir, ctx, name, data, code):
    (news_dir / name).write_bytes(data)
    with Store(tmp_path / "s.db") as store:
        report = store.ingest([str(news_dir)], ctx=ctx)
        assert report.rejected == 1
        (item, error), = report.errors
        assert name in item and error.code == code
        assert report.new == 6
        assert len(store.events()) > 0


def test_store_ingest_cli_reports_each_bad_item(tmp_path, news_dir):
    for name, data, _ in BAD:
        (news_dir / name).write_bytes(data)
    run = subprocess.run([sys.executable, "-m", "dateline", "ingest", str(news_dir), "--db", str(tmp_path / "s.db")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    for name, _, code in BAD:
        assert any(f"{name}" in line and f"[{code}]" in line for line in lines), (name, run.stderr)
    assert lines[-1].startswith(f"dateline: {8 + len(BAD)} read: 6 new, 2 duplicate")
    assert "Traceback" not in run.stderr


def _ingest_process(folder, db, batch_size=1):
    return subprocess.Popen([sys.executable, "-m", "dateline", "ingest", str(folder), "--db", str(db),
                             "--batch-size", str(batch_size), "--silent"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _wait_for_articles(db, n, proc, timeout=120.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=5) as conn:
                    got = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                if got >= n:
                    return got
            except sqlite3.OperationalError:
                pass
        if proc.poll() is not None:
            pytest.fail(f"ingest ended before {n} articles: {proc.stderr.read()}")
        time.sleep(0.05)
    pytest.fail(f"no {n} articles stored within {timeout} s")


@pytest.mark.slow
def test_store_ingest_killed_resumes_without_loss_or_duplicates(tmp_path, dispatch_series, ctx):
    series = dispatch_series(24)
    folder = tmp_path / "series"
    _write_series(folder, series)
    db = tmp_path / "killed.db"
    proc = _ingest_process(folder, db)
    stored = _wait_for_articles(db, 3, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert stored < len(series), "the ingest ended before it could be killed"
    with Store(db) as store:
        assert store.dirty
        resumed = store.ingest([str(folder)], ctx=ctx)
        assert not store.dirty
    assert resumed.duplicates["already stored"] >= stored
    assert resumed.new + resumed.duplicates["already stored"] == len(series)
    with Store(tmp_path / "clean.db") as clean:
        clean.ingest([str(folder)], ctx=ctx)
    assert _snapshot(db) == _snapshot(tmp_path / "clean.db")
    assert _counts(db) == _counts(tmp_path / "clean.db")


@pytest.mark.slow
def test_store_ingest_readers_not_blocked(tmp_path, dispatch_series):
    folder = tmp_path / "series"
    _write_series(folder, dispatch_series(16))
    db = tmp_path / "busy.db"
    proc = _ingest_process(folder, db)
    _wait_for_articles(db, 1, proc)
    seen, reads = [], 0
    with Store(db) as store:
        while proc.poll() is None:
            t0 = time.perf_counter()
            rows = store.sources()
            store.timeline(limit=5)
            assert time.perf_counter() - t0 < 2.0, "a read waited for the writer"
            seen.append(rows[0]["copies"] if rows else 0)
            reads += 1
            time.sleep(0.02)
        assert proc.returncode == 0, proc.stderr.read()
        final = store.sources()[0]["copies"]
    assert reads >= 3
    assert seen == sorted(seen) and final == 16
