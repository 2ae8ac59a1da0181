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
