"""The bundled demo corpus: articles written for this project about real 2023-2025 events."""

from __future__ import annotations

import pathlib
from importlib import resources

__all__ = ["demo_files"]


def demo_files() -> list[pathlib.Path]:
    """Every article file of the demo corpus (JSON records, text pages, HTML pages), sorted."""
    folder = pathlib.Path(str(resources.files("dateline").joinpath("data/demo")))
    return sorted(p for p in folder.iterdir() if p.suffix in (".json", ".txt", ".html"))
