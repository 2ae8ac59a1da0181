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


SCORER = ROOT.parent / "shared/tools/score_events.py"
GOLD = ROOT / "tests/gold/demo"
#: The wire model's features: few, for 30 or so articles (type weights only if they survive leave-one-article-out).
WIRE_USE = ("paragraph", "explicit", "no_actor")
WIRE_L2 = 5.0  # 2.5 times the KCNA model's, on a third of its events
WIRE_TYPES = True  # per-type weights: they lower the leave-one-article-out log loss (the table `wire` prints)
WIRE_THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)


def _scorer():
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def demo_outputs() -> dict:
    """This tree's output for every demo article (by file stem) and the confidence model of its source."""
    sys.path.insert(0, str(ROOT))
    from dateline.demo import demo_files
    from dateline.events.confidence import model_name
    from dateline.ingest.files import iter_paths
    from dateline.pipeline import default_context, process_item

    ctx = default_context()
    out = {}
    for path in demo_files():
        for item in iter_paths([str(path)]):
            r = process_item(item.payload, ctx)
            src = ctx.gazetteer.get(r.article.source_id)
            out[path.stem] = (r.to_dict(), model_name(src.confidence_model if src else None))
    return out


def verdicts(gold: dict, out: dict, sc) -> list[tuple[str, str, str]]:
    """(verdict, class, gold key) of each event of ``out``, matched as the shared scorer matches them.

    The scorer's loop, kept per event: a match (``ok``, or a second prediction of a gold event the scorer
    counts as DUP, or a match of an optional gold event) is right when its date is one of the gold's
    dates (the KCNA rule checks the date too), else wrong (DATE); no gold event matched is wrong (FP).
    A DUP is right: the event is true, telling it twice is the merge's error, not the event's.
    """
    gold_actors = {a["name"]: a for a in gold.get("actors", [])}
    table_ = sc.pred_actor_keys(out)
    golds = gold.get("events", [])
    taken: dict = {}
    res = []
    for pev in out.get("events", []):
        cands = [i for i, g in enumerate(golds) if sc.event_matches(g, pev, gold_actors, table_)]
        hit = None
        for required, dated in ((True, True), (True, False), (False, True), (False, False)):
            hit = next((i for i in cands if i not in taken and golds[i].get("required", True) == required
                        and (not dated or sc.date_of(pev) in golds[i].get("date", []))), None)
            if hit is not None:
                break
        if hit is not None:
            taken[hit] = pev
            g, cls = golds[hit], "ok"
        elif cands:
            g = next((golds[i] for i in cands if golds[i].get("required", True)), golds[cands[0]])
            cls = "DUP"
        else:
            res.append(("wrong", "FP", ""))
            continue
        dated = sc.date_of(pev) in g.get("date", [])
        res.append(("right" if dated else "wrong", cls if dated else "DATE", g["key"]))
    return res


def demo_label(out_csv: str) -> None:
    """Label every timeline event (asserted, reported) of the demo corpus right or wrong against its gold."""
    from dateline.events.confidence import FEATURES, event_features
    from dateline.events.types import FACTUAL

    sc = _scorer()
    with open(out_csv, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["article", "model", "event", "type", "actors", "verdict", "class", "gold", *FEATURES])
        for stem, (res, model) in demo_outputs().items():
            res = dict(res, events=[e for e in res["events"] if e["modality"] in FACTUAL])
            gold = json.loads((GOLD / f"{stem}.json").read_text())
            known = {a["id"]: a["known"] for a in res["actors"]}
            published = dt.date.fromisoformat(res["article"]["published"][:10])
            for ev, (verdict, cls, key) in zip(res["events"], verdicts(gold, res, sc)):
                f = event_features(ev, res["article"]["text"], lambda i: known.get(i, True), published)
                w.writerow([stem, model, ev["id"], ev["type"], len(ev.get("actors") or []), verdict, cls, key,
                            *(f"{f[k]:.4g}" for k in FEATURES)])


def _load_wire(path: str, use=WIRE_USE, types_: bool = False):
    import numpy as np

    rows = [r for r in csv.DictReader(open(path, encoding="utf-8")) if r["model"] == "wire"]
    types = sorted({r["type"] for r in rows}) if types_ else []
    X = np.array([[float(r[k]) for k in use] + [float(r["type"] == t) for t in types] for r in rows])
    y = np.array([1.0 if r["verdict"] == "right" else 0.0 for r in rows])
    arts = np.array([r["article"] for r in rows])
    return rows, types, X, y, arts


def _loao(X, y, arts, l2):
    import numpy as np

    held = np.zeros(len(y))
    for a in sorted(set(arts)):
        tr = arts != a
        held[~tr] = _predict(fit_logistic(X[tr], y[tr], l2), X[~tr])
    return held


def _log_loss(p, y) -> float:
    import numpy as np

    p = np.clip(p, 0.01, 0.99)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def _timeline_pr(outputs: dict, score) -> list[str]:
    """Demo gold precision / recall of the timeline's events at each threshold, the shared scorer's totals."""
    from dateline.events.types import FACTUAL

    sc = _scorer()
    lines = ["| threshold | events kept | precision | recall | F1 |", "|---:|---:|---:|---:|---:|"]
    for t in WIRE_THRESHOLDS:
        results, n = [], 0
        for stem, (res, model) in outputs.items():
            keep = [e for e in res["events"] if e["modality"] in FACTUAL and score(stem, model, e) >= t]
            n += len(keep)
            results.append(sc.score(json.loads((GOLD / f"{stem}.json").read_text()), dict(res, events=keep)))
        tot = sc.total(results)
        lines.append(f"| {t:.2f} | {n} | {tot['event_precision']:.3f} | {tot['event_recall']:.3f} "
                     f"| {tot['event_f1']:.3f} |")
    return lines


def wire(path: str, write: bool, timeline: bool) -> None:
    """Leave-one-article-out validation of the wire model on the demo labels; the final fit; the timeline."""
    import numpy as np

    rows, types, X, y, arts = _load_wire(path, types_=WIRE_TYPES)
    print(f"Wire model: {len(y)} labelled timeline events of {len(set(arts))} non-state-media demo articles, "
          f"{int(y.sum())} right; features {', '.join(WIRE_USE)}" + (" and the type" if WIRE_TYPES else ""))
    plain = _load_wire(path)[2]
    everything = _load_wire(path, ("paragraph", "explicit", "no_actor", "no_recipient", "quoted", "mentions", "old",
                                   "long", "lead", "unknown_actor", "reported", "pronoun"), True)[2]
    for name, Xa in {"constant (intercept only)": X[:, :0], "features": plain,
                     "features + type weights": _load_wire(path, types_=True)[2],
                     "type weights only": _load_wire(path, (), True)[2],
                     "12 features + type weights": everything}.items():
        print(f"  leave-one-article-out log loss, {name}: "
              + ", ".join(f"L2 {l2:g} {_log_loss(_loao(Xa, y, arts, l2), y):.3f}" for l2 in (2.0, WIRE_L2, 10.0)))
    held = _loao(X, y, arts, WIRE_L2)
    print()
    print("\n".join(table(held, y, "Leave-one-ARTICLE-out (each article's events scored by a model fitted "
                                    "without it)", WIRE_THRESHOLDS, recall=True)))
    w = fit_logistic(X, y, WIRE_L2)
    print("\nFinal wire fit: intercept %.3f" % w[0])
    for n, v in zip(list(WIRE_USE) + [f"type {t}" for t in types], w[1:]):
        print(f"  {n:16s} {v:+.3f}")
    if write:
        body = {"intercept": round(float(w[0]), 3), "weights": {k: round(float(v), 3) for k, v in zip(WIRE_USE, w[1:])},
                "type_weights": {t: round(float(v), 3) for t, v in zip(types, w[1 + len(WIRE_USE):])}}
        _write_block("wire", body, f"# fitted on {len(y)} labelled timeline events ({int(y.sum())} right) of the "
                     f"{len(set(arts))} non-state-media demo articles, L2 {WIRE_L2}: bench/fit_confidence.py wire\n")
    if timeline:
        sys.path.insert(0, str(ROOT))
        from dateline.events.confidence import event_features, load_model

        outputs = demo_outputs()
        held_of = {(r["article"], r["event"]): p for r, p in zip(rows, held)}

        def scored(stem, model, e, heldout=False):
            if heldout and model == "wire":
                return held_of[(stem, e["id"])]
            return e["confidence"]
        print("\nDemo timeline (asserted, reported events) against the demo gold, each article scored by its "
              "outlet's model (this tree's YAML):")
        print("\n".join(_timeline_pr(outputs, scored)))
        print("\nThe same, the wire articles' events scored by the leave-one-article-out model:")
        print("\n".join(_timeline_pr(outputs, lambda s, m, e: scored(s, m, e, True))))
        print("\nEvents the labels count right that the timeline hides (below their model's threshold):")
        for r in csv.DictReader(open(path, encoding="utf-8")):
            ev = next(e for e in outputs[r["article"]][0]["events"] if e["id"] == r["event"])
            if r["verdict"] == "right" and ev["confidence"] < load_model(r["model"]).threshold:
                print(f"  {ev['confidence']:.2f} {r['model']:11s} {r['type']:9s} {r['class']:3s} {r['article']} "
                      f"{r['event']} = gold '{r['gold']}'")


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


def table(p, y, title: str, thresholds=THRESHOLDS, recall: bool = False) -> list[str]:
    """Precision and kept share (and the share of the right events kept) of the held-out events at each threshold."""
    out = [f"{title}: {len(y)} marked events, {int(y.sum())} right", "",
           "| threshold | kept | kept share | right among kept | precision |" + (" right kept |" if recall else ""),
           "|---:|---:|---:|---:|---:|" + ("---:|" if recall else "")]
    for t in thresholds:
        k = p >= t
        prec = y[k].mean() if k.any() else float("nan")
        out.append(f"| {t:.2f} | {int(k.sum())} | {k.mean():.2f} | {int(y[k].sum())} | {prec:.3f} |"
                   + (f" {y[k].sum() / y.sum():.2f} |" if recall else ""))
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
    """Replace the state_media model's weights in the YAML file, keeping its threshold and the rest."""
    body = {"intercept": round(float(w[0]), 3),
            "weights": {k: round(float(v), 3) for k, v in zip(USE, w[1:])},
            "type_weights": {t: round(float(v), 3) for t, v in zip(types, w[1 + len(USE):])}}
    _write_block("state_media", body, f"# fitted on {n} hand-marked KCNA timeline events ({right} right), draws "
                 f"{seeds[0]}-{seeds[-1]} ({len(seeds)} draws), L2 {L2}: bench/fit_confidence.py fit --write\n")


def _write_block(name: str, body: dict, note: str) -> None:
    """Replace one model's fitted block (between its markers) in the YAML file."""
    import yaml

    text = YAML.read_text("utf-8")
    start, end = f"    # --- fitted {name} ---\n", f"    # --- end of fitted {name} ---\n"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    dumped = "".join("    " + line + "\n" for line in yaml.safe_dump(body, sort_keys=False, width=106).splitlines())
    YAML.write_text(head + start + "    " + note + dumped + end + tail, "utf-8")


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
    a = sub.add_parser("demo")
    a.add_argument("out")
    a = sub.add_parser("wire")
    a.add_argument("table")
    a.add_argument("--write", action="store_true")
    a.add_argument("--timeline", action="store_true")
    a = sub.add_parser("fit")
    a.add_argument("table")
    a.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.code, args.out)
    elif args.cmd == "label":
        label(args.marks, args.dumps, args.out)
    elif args.cmd == "demo":
        demo_label(args.out)
    elif args.cmd == "wire":
        wire(args.table, args.write, args.timeline)
    else:
        fit(args.table, args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
