"""Dev-only: event-type accuracy on PETRARCH's unit-test sentences (../shared/data/petrarch-unittest).

The sentences use fictional actors (Arnor, Gondor, ...). Each fictional name of the validation
actor dictionary is replaced by a real country's name (one per code, in a fixed order) so that
Dateline's gazetteer knows the participants; the expected CAMEO codes are mapped to PLOVER types
with CAMEO2PLOVER-2021.txt. A record counts as right when the event that stands for it (the rule
of ``dateline evaluate plover``) has one of the expected types; a ``noevents`` record is right
when no PLOVER event stands for it. This is a development aid, not a benchmark: the sentences are
tests of a coder's pattern language, not news.

    python bench/petrarch_types.py            # summary
    python bench/petrarch_types.py --errors   # and every wrong record
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

from dateline.evaluate.plover import NO_EVENT, choose_event, default_shared_dir, read_cameo_table
from dateline.pipeline import default_context, extract

REAL = ["Norway", "Chile", "Kenya", "Peru", "Sweden", "Ghana", "Austria", "Brazil", "Mexico", "Poland", "Turkey",
        "Egypt", "Japan", "India", "Canada", "Nigeria", "Ukraine", "Greece", "Portugal", "Morocco", "Thailand",
        "Vietnam", "Bolivia", "Finland", "Hungary", "Senegal", "Zambia", "Nepal", "Cuba", "Belgium", "Romania",
        "Tunisia", "Uganda", "Ecuador", "Malaysia", "Denmark", "Ireland", "Jordan", "Lebanon", "Syria", "Iraq",
        "Libya", "Sudan", "Angola", "Colombia", "Venezuela", "Argentina", "Indonesia", "Pakistan", "Bangladesh"]


def fictional_names(path: Path) -> dict[str, str]:
    """Dictionary phrase (upper case, spaces) -> code, for the entries and their "+" synonyms."""
    out: dict[str, str] = {}
    code = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<"):
            continue
        m = re.match(r"^\+?([^\[]+?)\s*(\[([^\]]*)\])?\s*$", line)
        if not m:
            continue
        name = m.group(1).replace("_", " ").strip()
        if not line.startswith("+"):
            code = (m.group(3) or "").strip()[:3].upper() or None
        if code and name and len(name) > 2:
            out[name] = code
    return out


def substitute(text: str, names: dict[str, str], real: dict[str, str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        code = names[name]
        if code not in real:
            continue
        text = re.sub(r"\b" + re.escape(name) + r"\b", real[code], text, flags=re.I)
    return text


def main(argv: list[str]) -> int:
    shared = default_shared_dir()
    folder = shared / "data" / "petrarch-unittest"
    table = read_cameo_table(shared)
    names = fictional_names(folder / "PETR.Validate.actors.txt")
    known = {"ISR", "USA", "JOR", "EGY", "PSE", "AFG", "AUS", "GRC", "HUN", "CYP", "CZE", "DNK", "CAF", "ARG"}
    codes = sorted({c for c in names.values() if c not in known})
    real = {c: REAL[k % len(REAL)] for k, c in enumerate(codes)}
    ctx = default_context()
    tally, errors = collections.Counter(), []
    for line in (folder / "PETR.UnitTest.records.normalized.jsonl").read_text().splitlines():
        r = json.loads(line)
        if r["expected_error"]:
            continue
        expected = {t for s, tg, code in r["expected_events"] for t in table.code_types(code)}
        if not r["noevents"] and not expected:
            continue  # test-only codes (9xx)
        text = substitute(r["text"], names, real)
        out = extract(text, published="2000-01-01")
        best = choose_event(out["events"])
        pred = best["type"] if best else NO_EVENT
        ok = (pred == NO_EVENT) if r["noevents"] else pred in expected
        kind = "noevents" if r["noevents"] else "events"
        tally[kind, ok] += 1
        if not ok:
            tally["miss" if pred == NO_EVENT else "wrong"] += 1
            errors.append((r["id"], sorted(expected) or [NO_EVENT], pred, best["trigger"] if best else "", text))
    n_ev = tally["events", True] + tally["events", False]
    n_no = tally["noevents", True] + tally["noevents", False]
    print(f"petrarch records with events: {n_ev}, type right {tally['events', True]} "
          f"({tally['events', True] / max(n_ev, 1):.3f}); no PLOVER event {tally['miss']}; "
          f"noevents records right {tally['noevents', True]}/{n_no}")
    if "--errors" in argv:
        for rid, exp, pred, trig, text in errors:
            print(f"{rid}\t{'/'.join(exp)}\t{pred}\t[{trig}]\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
