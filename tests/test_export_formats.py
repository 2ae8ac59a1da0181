"""Exports of the merged events: Dateline JSONL, PLOVER JSONL, CAMEO TSV, CSV, Parquet."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

import dateline
from dateline.errors import UsageError
from dateline.export import CAMEO_COLUMNS, CSV_COLUMNS


@pytest.fixture(scope="module")
def store(news_store):
    with dateline.open(news_store) as s:
        yield s


def _export(store, fmt, **filters) -> str:
    out = io.StringIO()
    n = store.export(fmt, out, **filters)
    assert n == len(store.events(**filters))
    return out.getvalue()


def test_export_jsonl_keeps_every_mention(store):
    records = [json.loads(line) for line in _export(store, "jsonl").splitlines()]
    merged = max(records, key=lambda r: r["n_reports"])
    assert merged["n_reports"] == 3 and len(merged["mentions"]) == merged["n_mentions"]
    assert {m["source"] for m in merged["mentions"]} == set(merged["sources"])
    assert all(m["evidence"] for m in merged["mentions"])


def test_export_plover_records(store):
    records = [json.loads(line) for line in _export(store, "plover").splitlines()]
    for r in records:
        assert {"id", "date", "event", "mode", "context", "source", "target", "text"} <= set(r)
        assert all({"actorText", "code", "sector"} == set(a) for a in r["source"] + r["target"])
    talks = [r for r in records if r["event"] == "CONSULT" and r["reports"] == 3]
    assert {a["code"] for a in talks[0]["source"]} == {"PRK", "RUS"}


def test_export_cameo_tsv_columns(store):
    rows = list(csv.DictReader(io.StringIO(_export(store, "cameo")), delimiter="\t"))
    assert rows and tuple(rows[0]) == CAMEO_COLUMNS
    for r in rows:
        assert re.fullmatch(r"\d{8}", r["SQLDATE"])
        assert r["EventRootCode"] == r["EventCode"][:2] and r["QuadClass"] in {"1", "2", "3", "4"}
    assert any(r["Actor1Code"] == "PRKGOV" for r in rows)


def test_export_csv_columns(store):
    rows = list(csv.DictReader(io.StringIO(_export(store, "csv", modality="asserted"))))
    assert rows and tuple(rows[0]) == CSV_COLUMNS
    assert {r["modality"] for r in rows} == {"asserted"}


def test_export_parquet(store):
    pq = pytest.importorskip("pyarrow.parquet")
    out = io.BytesIO()
    n = store.export("parquet", out)
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert table.num_rows == n and table.column_names == list(CSV_COLUMNS)
    assert any(len(x) == 3 for x in table.column("sources").to_pylist())


@pytest.mark.parametrize("fmt", ["xml"])
def test_export_unknown_format(store, fmt):
    with pytest.raises(UsageError):
        store.export(fmt, io.StringIO())


def test_export_cli_context_filter(news_store):
    from typer.testing import CliRunner

    from dateline.cli.main import app

    run = CliRunner().invoke(app, ["export", "--db", str(news_store), "--format", "plover", "--context",
                                   "diplomatic", "--silent"])
    assert run.exit_code == 0, run.output
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert records and all("diplomatic" in r["context"].split(", ") for r in records)
    bad = CliRunner().invoke(app, ["export", "--db", str(news_store), "--context", "militray"])
    assert bad.exit_code != 0 and "[D050] unknown context" in f"{bad.output}{bad.exception}"
