"""Documentation as a contract: every output key, command and public name is documented."""

from __future__ import annotations

import pathlib
import re

import pytest

import dateline

ROOT = pathlib.Path(__file__).resolve().parent.parent
FORMAT_DOC = (ROOT / "docs/output-format.md").read_text()
README = (ROOT / "README.md").read_text()


def _documented(section: str) -> set[str]:
    """Keys in the first column of the tables under a '## `section`' (or '## Top level') heading."""
    part = FORMAT_DOC.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    keys = set()
    for line in part.splitlines():
        if line.startswith("| `"):
            keys |= set(re.findall(r"`([a-z_]+)`", line.split("|")[1]))
    return keys


@pytest.fixture(scope="module")
def seed_result(run_extract, shared_dir):
    return run_extract((shared_dir / "seed/yonhap-2024-06-29.txt").read_text())


def test_docs_output_keys_documented(seed_result):
    assert set(seed_result) <= _documented("Top level")
    assert set(seed_result["article"]) <= _documented("`article`")
    for section, items in (("`times[]`", seed_result["times"]), ("`actors[]`", seed_result["actors"]),
                           ("`events[]`", seed_result["events"])):
        assert items
        for item in items:
            assert set(item) <= _documented(section), (section, set(item) - _documented(section))


def test_docs_every_command_in_readme():
    from dateline.cli.app import app, evaluate_app

    commands = {c.name or c.callback.__name__ for c in app.registered_commands}
    for name in commands:
        assert f"dateline {name}" in README, name
    for c in evaluate_app.registered_commands:
        assert f"dateline evaluate {c.name}" in README, c.name


def test_docs_public_api_sorted_and_importable():
    assert dateline.__all__ == sorted(dateline.__all__, key=lambda n: (not n.startswith("_"), n.lower()))
    for name in dateline.__all__:
        assert hasattr(dateline, name), name
