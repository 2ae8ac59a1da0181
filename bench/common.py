"""What every benchmark script shares: printing its figures."""

from __future__ import annotations

import json


def print_figures(figures: dict, as_json: bool) -> None:
    """One JSON line, or one aligned ``name  value`` line per figure."""
    if as_json:
        print(json.dumps(figures))
        return
    width = max(map(len, figures))
    for k, v in figures.items():
        print(f"{k.ljust(width)}  {v}")
