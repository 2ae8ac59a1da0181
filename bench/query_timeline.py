"""Timeline query speed: one actor over one year, on a store of 100,000 generated events.

usage: python bench/query_timeline.py [--events 100000] [--db FILE] [--json]

Fills a fresh store (through the migrations, then bulk inserts) with generated events spread
over ten years: 2,000 actors with a Zipf-like share of events (the busiest takes part in about
one event in eight), one to three participants and one to four sources per event. Then times
``Store.timeline(actor=..., since=Y, until=Y)`` for the busiest actor and for a typical one
(the median of 30 runs each, after one warm-up run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import random
import statistics
import sys
import tempfile
import time

from common import print_figures


def fill(store, n_events: int, seed: int = 7) -> list[str]:
    """Generated actors, sources and events; returns actor ids, busiest first."""
    from dateline.store import schema as S

    rng = random.Random(seed)
    actors = [f"per:actor-{k:04d}" for k in range(2000)]
    weights = [1 / (k + 1) for k in range(len(actors))]
    sources = [f"src:outlet-{k}" for k in range(40)]
    types = ["CONSULT", "STATEMENT", "ACCUSE", "AGREE", "MOBILIZE", "ASSAULT", "REQUEST", "SUPPORT"]
    first = dt.date(2015, 1, 1)
    events, people, told = [], [], []
    for k in range(n_events):
        day = (first + dt.timedelta(days=rng.randrange(3650))).isoformat()
        eid = f"a{k:015x}:e1"
        n_src = rng.randint(1, 4)
        events.append({"id": eid, "type": rng.choice(types), "mode": None, "cameo": "040",
                       "modality": rng.choice(("asserted", "asserted", "reported", "expected")),
                       "date_value": day, "granularity": "day", "basis": "time_expression", "date_start": day,
                       "date_end": day, "location": None, "location_country": None, "confidence": 0.8,
                       "summary": f"Generated event {k}", "n_mentions": n_src, "n_articles": n_src,
                       "n_sources": n_src})
        chosen = sorted(set(rng.choices(actors, weights, k=rng.randint(1, 3))))
        for j, a in enumerate(chosen):
            people.append({"event_id": eid, "actor_id": a, "role": "actor" if j == 0 else "recipient",
                           "date_start": day})
        picked = sorted(rng.sample(sources, n_src))
        for s in picked:
            told.append({"event_id": eid, "source_id": s})
        # the names the merge copies into each event row
        name = {a: f"Actor {int(a[-4:])}" for a in chosen}
        events[-1]["participants"] = json.dumps({"actor": [[chosen[0], name[chosen[0]]]],
                                                 "recipient": [[a, name[a]] for a in chosen[1:]]})
        events[-1]["source_names"] = json.dumps([s[4:] for s in picked])
    with store.engine.begin() as conn:
        conn.execute(S.actors.insert(), [{"id": a, "name": f"Actor {k}", "kind": "person", "country": "PRK",
                                          "sector": "GOV", "known": True} for k, a in enumerate(actors)])
        conn.execute(S.sources.insert(), [{"id": s, "name": s[4:]} for s in sources])
        for table, rows in ((S.events, events), (S.event_actors, people), (S.event_sources, told)):
            for k in range(0, len(rows), 20000):
                conn.execute(table.insert(), rows[k:k + 20000])
    return actors


def timed(fn, runs: int = 30) -> tuple[float, int]:
    fn()
    times, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(fn())
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="keep the generated store here")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from dateline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or str(pathlib.Path(tmp) / "generated.db")
        with Store(path) as store:
            t0 = time.perf_counter()
            actors = fill(store, args.events)
            fill_s = time.perf_counter() - t0
            busiest, typical = actors[0], actors[40]
            figures = {"events": args.events, "fill_s": round(fill_s, 1)}
            for label, actor in (("busiest", busiest), ("typical", typical)):
                ms, n = timed(lambda: store.timeline(actor=actor, since="2020", until="2020"))
                figures[f"{label}_actor_year_ms"] = round(ms, 2)
                figures[f"{label}_actor_year_rows"] = n
            ms, n = timed(lambda: store.timeline(actor=busiest, since="2020-06", until="2020-06", type="CONSULT"))
            figures["busiest_actor_month_type_ms"] = round(ms, 2)
    print_figures(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
