"""Fit the event confidence (dateline/data/events/confidence.yaml) on hand-marked KCNA events.

usage:
  python bench/fit_confidence.py dump CODE_DIR OUT.json     # one pass of a code tree over all dispatches
  python bench/fit_confidence.py label MARKS.csv DUMP_DIR OUT.csv  # features of every marked event
  python bench/fit_confidence.py fit bench/confidence_marks.csv [--write]   # CV table; --write the YAML

Every marked event is recreated by the code it was drawn on: ``dump`` runs that commit (a detached
worktree) once over the 1,045 dispatches and keeps each article's output and the timeline list the
draw is taken from; ``label`` redraws each seed from that list (the same seed on the same list gives
the same draw, checked against the stored sample) and computes the features with *this* tree's
``dateline.events.confidence.event_features``. A marked event matched to today's output instead
would carry today's features but yesterday's verdict, and the code fixed many of the marked errors
since, so the verdict would no longer describe the event.

MARKS.csv: ``commit,seed,n,verdict[,class]``; the samples to check against are looked up as
``DUMP_DIR/sample-SEED.json`` (a ``dateline evaluate kcna --json`` output or a list of sampled events).

``fit``: L2-regularised logistic regression (numpy, Newton steps). Validation is leave-one-draw-out
(each seed's 20 or so events held out in turn, the model fitted on the others) and, separately, fit on
the draws of older code and tested on the four newest official draws. Prints precision and kept share
at each threshold of the held-out scores.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
YAML = ROOT / "dateline/data/events/confidence.yaml"
#: Features the model uses (a subset of dateline.events.confidence.FEATURES), and the type weights.
USE = ("paragraph", "mentions", "explicit", "old", "no_actor", "unknown_actor", "no_recipient", "quoted", "long")
L2 = 2.0  # ridge penalty on every weight but the intercept (and on the type weights)
THRESHOLDS = (0.0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
#: Official draws on the newest code: the second validation fits on every other draw and tests on these.
NEWEST = {2028, 2029, 2030, 2031}


def dump(code: str, out: str) -> None:
    """Run the tree at ``code`` over every dispatch; keep each output and the timeline list."""
    sys.path.insert(0, code)
    import dateline.evaluate.kcna as K
    import dateline.pipeline as P

    assert pathlib.Path(P.__file__).resolve().is_relative_to(pathlib.Path(code).resolve()), P.__file__
    results: list = []
    orig, orig_sample = P.process_article, K.sample_events
    captured: dict = {}

    def keep(doc, ctx):
        results.append(orig(doc, ctx))
        return results[-1]

    def sample(events, n, seed):
        captured["timeline"] = list(events)
        return orig_sample(events, n, seed)
    P.process_article, K.sample_events = keep, sample
    rep = K.evaluate_kcna(None, sample=20, seed=0)
    assert not rep["rejected"] and not rep["crashed"]
    arts = [{"url": rec["url"], "result": r.to_dict()} for rec, r in zip(K.load_kcna(None), results)]
    pathlib.Path(out).write_text(json.dumps({"articles": arts, "timeline": [s.to_dict() for s in captured["timeline"]]}))


def label(marks: str, dumps: str, out: str) -> None:
    """Features of every marked event, from the dump of the commit it was drawn on."""
    sys.path.insert(0, str(ROOT))
    from dateline.events.confidence import FEATURES, event_features

    rows = list(csv.DictReader(open(marks, encoding="utf-8")))
    cache: dict = {}
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["commit", "seed", "n", "article", "event", "type", "verdict", "class", *FEATURES])
        for r in rows:
            commit, seed, n = r["commit"], int(r["seed"]), int(r["n"])
            if commit not in cache:
                cache[commit] = json.loads((pathlib.Path(dumps) / f"dump-{commit}.json").read_text())
            d = cache[commit]
            tl = d["timeline"]
            s = tl[random.Random(seed).sample(range(len(tl)), 20)[n - 1]]
            ref = json.loads((pathlib.Path(dumps) / f"sample-{seed}.json").read_text())
            ref = (ref["sample"] if isinstance(ref, dict) else ref)[n - 1]
            assert (s["url"], s["evidence"], s["type"]) == (ref["url"], ref["evidence"], ref["type"]), (seed, n)
            res = d["articles"][s["article"]]["result"]
            ev = next(e for e in res["events"] if e["id"] == s["event"])
            known = {a["id"]: a["known"] for a in res["actors"]}
            f = event_features(ev, res["article"]["text"], lambda i: known.get(i, True),
                               dt.date.fromisoformat(res["article"]["published"][:10]))
            w.writerow([commit, seed, n, s["article"], s["event"], ev["type"], r["verdict"], r.get("class", ""),
                        *(f"{f[k]:.4g}" for k in FEATURES)])


def _load(path: str):
    import numpy as np

    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    types = sorted({r["type"] for r in rows})
    X = np.array([[float(r[k]) for k in USE] + [float(r["type"] == t) for t in types] for r in rows])
    y = np.array([1.0 if r["verdict"] == "right" else 0.0 for r in rows])
    seeds = np.array([int(r["seed"]) for r in rows])
    return rows, types, X, y, seeds


def fit_logistic(X, y, l2: float = L2, steps: int = 50):
    """Intercept and weights of an L2-penalised logistic regression (Newton's method)."""
    import numpy as np

    A = np.hstack([np.ones((len(X), 1)), X])
    w = np.zeros(A.shape[1])
    pen = np.full(A.shape[1], l2)
    pen[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-A @ w))
        g = A.T @ (p - y) + pen * w
        H = (A * (p * (1 - p))[:, None]).T @ A + np.diag(pen)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def _predict(w, X):
    import numpy as np

    return np.round(1 / (1 + np.exp(-(w[0] + X @ w[1:]))), 2)


def table(p, y, title: str) -> list[str]:
    """Precision and kept share of the held-out events at each threshold."""
    out = [f"{title}: {len(y)} marked events, {int(y.sum())} right", "",
           "| threshold | kept | kept share | right among kept | precision |", "|---:|---:|---:|---:|---:|"]
    for t in THRESHOLDS:
        k = p >= t
        prec = y[k].mean() if k.any() else float("nan")
        out.append(f"| {t:.2f} | {int(k.sum())} | {k.mean():.2f} | {int(y[k].sum())} | {prec:.3f} |")
    return out


def fit(path: str, write: bool) -> None:
    """Leave-one-draw-out and newest-draw validation tables; the final fit on every mark."""
    import numpy as np

    rows, types, X, y, seeds = _load(path)
    held = np.zeros(len(y))
    for s in sorted(set(seeds)):
        tr = seeds != s
        held[~tr] = _predict(fit_logistic(X[tr], y[tr]), X[~tr])
    print("\n".join(table(held, y, "Leave-one-draw-out (every draw's events scored by a model fitted without it)")))
    new = np.isin(seeds, list(NEWEST))
    print()
    print("\n".join(table(held[new], y[new], "The same, on the official draws 2028-2031 only (the newest code)")))
    print()
    print("\n".join(table(_predict(fit_logistic(X[~new], y[~new]), X[new]), y[new],
                          "Fit on the older draws, tested on the official draws 2028-2031 (the newest code)")))
    w = fit_logistic(X, y)
    names = list(USE) + [f"type {t}" for t in types]
    print("\nFinal fit on all marks: intercept %.3f" % w[0])
    for n, v in zip(names, w[1:]):
        print(f"  {n:16s} {v:+.3f}")
    if write:
        _write(w, types, len(y), int(y.sum()), sorted(set(int(s) for s in seeds)))


def _write(w, types, n: int, right: int, seeds: list[int]) -> None:
    """Replace the weights in the YAML file, keeping its threshold and words."""
    import yaml

    text = YAML.read_text("utf-8")
    head, _, rest = text.partition("# --- fitted: bench/fit_confidence.py fit --write ---\n")
    _, _, tail = rest.partition("# --- end of fitted ---\n")
    body = {"intercept": round(float(w[0]), 3),
            "weights": {k: round(float(v), 3) for k, v in zip(USE, w[1:])},
            "type_weights": {t: round(float(v), 3) for t, v in zip(types, w[1 + len(USE):])}}
    note = (f"# fitted on {n} hand-marked KCNA timeline events ({right} right), draws {seeds[0]}-{seeds[-1]}"
            f" ({len(seeds)} draws), L2 {L2}\n")
    YAML.write_text(head + "# --- fitted: bench/fit_confidence.py fit --write ---\n" + note
                    + yaml.safe_dump(body, sort_keys=False, width=110) + "# --- end of fitted ---\n" + tail, "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("dump")
    a.add_argument("code")
    a.add_argument("out")
    a = sub.add_parser("label")
    a.add_argument("marks")
    a.add_argument("dumps")
    a.add_argument("out")
    a = sub.add_parser("fit")
    a.add_argument("table")
    a.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.code, args.out)
    elif args.cmd == "label":
        label(args.marks, args.dumps, args.out)
    else:
        fit(args.table, args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
