"""The article the project began from: what it must yield, scored by the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def seed_output(shared_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "out.json"
    run = subprocess.run([sys.executable, "-m", "dateline", "extract", str(shared_dir / "seed/yonhap-2024-06-29.txt")],
                         capture_output=True, text=True, check=True)
    out.write_text(run.stdout)
    return out


def test_seed_scores_as_required(seed_output, shared_dir):
    run = subprocess.run([sys.executable, str(shared_dir / "tools/score_events.py"),
                          str(shared_dir / "seed/expected.json"), str(seed_output)],
                         capture_output=True, text=True, check=True)
    score = json.loads(run.stdout)
    assert score["event_recall"] == 1.0
    assert score["event_precision"] >= 0.75
    assert score["date_accuracy"] == 1.0
    assert score["time_accuracy"] == 1.0
    assert score["metadata_ok"] == "1/1"


@pytest.mark.parametrize("furniture", ["From", "Send to"])
def test_seed_share_widgets_removed(seed_output, furniture):
    text = json.loads(seed_output.read_text())["article"]["text"]
    assert furniture not in text.splitlines()
    assert not text.startswith(furniture)


def test_seed_plenary_is_one_event_sourced_to_kcna_via_yonhap(seed_output):
    out = json.loads(seed_output.read_text())
    plenary = [e for e in out["events"] if e["type"] == "CONSULT" and e["date"]["value"] == "2024-06-28"]
    assert len(plenary) == 1
    chain = [a["actor"] for a in plenary[0]["attribution"]]
    assert chain[0] == "kcna" and chain[-1] == "yonhap"
    assert len(plenary[0]["evidence"]) >= 3  # lead, body and captions tell it


def test_seed_summit_in_pyongyang(seed_output):
    out = json.loads(seed_output.read_text())
    summit = [e for e in out["events"] if e["type"] == "CONSULT" and e["date"]["value"] == "2024-06-19"]
    assert len(summit) == 1
    assert summit[0]["location"]["name"] == "Pyongyang"
