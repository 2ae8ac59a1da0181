"""Bad input: a coded error for the item, never a crash, and the rest of a batch goes on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import dateline
from dateline.errors import InputError

GOOD = ("SEOUL, March 4 (Yonhap) -- South Korea and the United States began a joint military exercise "
        "on Monday, the Joint Chiefs of Staff said.")

BAD = [
    ("empty", b"", "D001"),
    ("whitespace", b"   \n\t  \n", "D001"),
    ("binary", bytes(range(256)) * 40, "D002"),
    ("huge", b"word " * 2_100_000, "D003"),
    ("invalid-utf8", "Pyongyang said on Monday that the talks had failed.".encode() + b"\xff\xfe\xfa broken", "D004"),
    ("html-no-body", b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
     "D005"),
    ("korean", "북한이 월요일 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다. 군은 추가 발사에 대비해 감시를 강화하고 있다고 덧붙였다. "
               "이번 발사는 올해 들어 세 번째다.".encode(), "D006"),
    ("french", ("La Corée du Nord a tiré lundi un missile balistique en mer du Japon, selon l'état-major sud-coréen, "
                "qui a précisé que le projectile avait parcouru environ mille kilomètres avant de tomber dans la mer, "
                "dans une zone située hors des eaux territoriales japonaises, a indiqué Tokyo.").encode(), "D006"),
]


@pytest.mark.parametrize("name, data, code", BAD, ids=[b[0] for b in BAD])
def test_bad_input_api_raises_coded_error(name, data, code):
    with pytest.raises(InputError) as err:
        dateline.extract(data, published="2024-03-04")
    assert err.value.code == code
    assert str(err.value).startswith(f"[{code}] ")


def test_bad_input_cli_batch_reports_and_goes_on(tmp_path):
    paths = []
    for name, data, _ in BAD:
        p = tmp_path / f"{name}.txt"
        p.write_bytes(data)
        paths.append(str(p))
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    paths.insert(3, str(good))
    run = subprocess.run([sys.executable, "-m", "dateline", "extract", "--published", "2024-03-04", *paths],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    errors = run.stderr.strip().splitlines()
    assert len(errors) == len(BAD)
    for line, (name, _, code) in zip(errors, BAD):
        assert f"{name}.txt: [{code}]" in line
    assert "Traceback" not in run.stderr
    results = json.loads(run.stdout)
    assert len(results) == 1 and results[0]["article"]["source"] == "Yonhap"


def test_bad_input_nl_lines(tmp_path):
    lines = [json.dumps({"text": GOOD, "published": "2024-03-04"}), "{not json", json.dumps([1, 2]),
             json.dumps({"title": "no text", "published": "2024-03-04"}), "",
             json.dumps({"text": GOOD})]
    run = subprocess.run([sys.executable, "-m", "dateline", "extract", "--nl", "-"], input="\n".join(lines),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    out = [json.loads(x) for x in run.stdout.splitlines()]
    assert len(out) == 1
    codes = [line.split("[")[1][:4] for line in run.stderr.strip().splitlines()]
    assert codes == ["D007", "D007", "D007", "D010"]  # the last dateline has no year


def test_bad_input_single_error_is_one_line_no_traceback(tmp_path):
    p = tmp_path / "undated.txt"
    p.write_text("North Korea fired a missile into the sea, officials said.")
    run = subprocess.run([sys.executable, "-m", "dateline", "extract", str(p)], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0
    assert "[D010]" in run.stderr
