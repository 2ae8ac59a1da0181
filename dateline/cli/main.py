"""Entry point: registers every command module and turns DatelineError into one line."""

from __future__ import annotations

import sys

from ..errors import DatelineError
from .app import app
from . import (  # noqa: F401  (modules register their commands)
    demo,
    evaluate_demo,
    evaluate_html,
    evaluate_kcna,
    evaluate_merge,
    evaluate_plover,
    evaluate_times,
    export,
    extract,
    ingest,
    query,
)


def run(argv: list[str] | None = None) -> int:
    """Run the CLI; a DatelineError prints one ``[Dnnn] ...`` line and exits 1."""
    try:
        app(args=argv, standalone_mode=True)
    except DatelineError as exc:
        print(f"dateline: {exc}", file=sys.stderr)
        return 1
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0
