"""Score extraction on the bundled demo corpus against its hand-written gold (tests/gold/demo)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import tempfile

from ..demo import demo_files
from ..errors import InputError
from ..ingest.files import iter_paths
from ..output import dumps


def evaluate_demo(gold_dir: pathlib.Path, scorer: pathlib.Path, ctx=None, verbose: bool = False) -> dict:
    """Extract every demo article into a temporary folder and run the shared scorer on the pairs."""
    from ..pipeline import default_context, process_item

    ctx = ctx or default_context()
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp)
        for path in demo_files():
            for item in iter_paths([str(path)]):
                try:
                    if item.error is not None:
                        raise item.error
                    result = process_item(item.payload, ctx).to_dict()
                except InputError as exc:
                    result = {"error": str(exc)}
                (out / f"{path.stem}.json").write_text(dumps(result))
        args = [sys.executable, str(scorer), "--pairs", str(gold_dir), str(out)] + (["--verbose"] if verbose else [])
        run = subprocess.run(args, capture_output=True, text=True, check=True)
    lines = run.stdout.strip().splitlines()
    figures = json.loads(lines[-1])
    if verbose:
        figures["log"] = lines[:-1]
    return figures
