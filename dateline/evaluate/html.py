"""Scores for HTML extraction: zyte-aeb (article body) and fundus-en (body, title, publication date).

The body metric is the Zyte article-extraction benchmark's, re-implemented from its README:
``\\w+`` tokens, multisets of 4-token shingles, per-page TP/FP/FN normalised to sum to 1,
precision and recall averaged over pages, F1 from the two means, its standard deviation from
1,000 bootstrap resamples of the pages, and accuracy = share of pages whose token sequence
equals the gold exactly.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import DataFileError, InputError, UsageError
from ..ingest.html import HtmlExtract, extract_html, parse_datetime

__all__ = [
    "BodyScore",
    "CORPORA",
    "FundusPage",
    "ZytePage",
    "default_shared_dir",
    "evaluate_fundus",
    "evaluate_html",
    "evaluate_zyte",
    "format_report",
    "fundus_pages",
    "same_day",
    "same_minute",
    "score_body",
    "summarize",
    "zyte_pages",
]

Extractor = Callable[..., HtmlExtract]
_TOKEN = re.compile(r"\w+")
SHINGLE = 4
BOOTSTRAP = 1000


@dataclass(frozen=True)
class BodyScore:
    """One page: shingle TP/FP/FN normalised to sum to 1, and whether the token sequences match."""

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def _shingles(tokens: Sequence[str], n: int = SHINGLE) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def score_body(gold: str, extracted: str, *, optional: str = "") -> BodyScore:
    """Shingle overlap of one extracted body with its gold; nothing extracted scores 0/0.

    Shingles of ``optional`` text (a teaser that may or may not be printed as the lede) are
    neither required nor counted as false positives when extracted.
    """
    gold_tokens, got_tokens = _TOKEN.findall(gold), _TOKEN.findall(extracted)
    expected, got = _shingles(gold_tokens), _shingles(got_tokens)
    tp = sum((expected & got).values())
    optional_tokens = _TOKEN.findall(optional)
    spare = got - expected
    if optional_tokens:  # the teaser's shingles, and those bridging it into the body as a lede
        spare -= _shingles(optional_tokens + gold_tokens)
    fp = sum(spare.values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    exact = got_tokens in (gold_tokens, optional_tokens + gold_tokens)
    if total == 0:  # both shorter than one shingle: they agree or they do not
        return BodyScore(1.0 if exact else 0.0, 0.0, 0.0 if exact else 1.0, exact)
    return BodyScore(tp / total, fp / total, fn / total, exact)


def _f1(scores: Sequence[BodyScore]) -> tuple[float, float, float]:
    p = statistics.fmean(s.precision for s in scores)
    r = statistics.fmean(s.recall for s in scores)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summarize(scores: Sequence[BodyScore], *, n_bootstrap: int = BOOTSTRAP, seed: int = 0) -> dict:
    """Mean precision and recall over pages, F1 of the means, bootstrap std of F1, accuracy."""
    if not scores:
        raise DataFileError("no pages to score")
    p, r, f1 = _f1(scores)
    rng = random.Random(seed)
    n = len(scores)
    resampled = [_f1([scores[rng.randrange(n)] for _ in range(n)])[2] for _ in range(n_bootstrap)]
    return {
        "pages": n,
        "precision": p,
        "recall": r,
        "f1": f1,
        "f1_std": statistics.stdev(resampled) if n_bootstrap > 1 else 0.0,
        "accuracy": sum(s.exact for s in scores) / n,
    }


# ---------------------------------------------------------------------------------------------
# corpora


def default_shared_dir() -> Path:
    """``$DATELINE_SHARED`` or ``../shared`` next to the repository."""
    env = os.environ.get("DATELINE_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared"


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"missing data file {path}") from None
    except ValueError as exc:
        raise DataFileError(f"{path} is not valid JSON: {exc}") from None


@dataclass(frozen=True)
class ZytePage:
    """One zyte-aeb page: its raw bytes and gold article body."""

    id: str
    url: str
    html: bytes
    gold: str


def _data_dir(shared_dir: Path, name: str) -> Path:
    root = Path(shared_dir) / "data" / name
    if not root.is_dir():
        raise DataFileError(f"{root} not found; set DATELINE_SHARED to the shared/ directory")
    return root


def zyte_pages(shared_dir: Path) -> Iterator[ZytePage]:
    """The 181 zyte-aeb pages with their gold article bodies, in ground-truth order."""
    root = _data_dir(shared_dir, "zyte-aeb")
    truth = _read_json(root / "ground-truth.json")
    for page_id, entry in truth.items():
        with gzip.open(root / "html" / f"{page_id}.html.gz") as fh:
            yield ZytePage(page_id, entry.get("url", ""), fh.read(), entry["articleBody"])


@dataclass(frozen=True)
class FundusPage:
    """One fundus-en page: its raw bytes and gold title, body, summary and publication time."""

    id: str
    url: str
    html: bytes
    title: str
    body: str
    summary: str
    published: datetime


def _fundus_body(gold: dict) -> str:
    """Body as scored: every section's sub-headlines and paragraphs.

    The summary is scored as optional (see ``score_body``): on some sites it is the lede printed
    in the story, on others a teaser above it, and the gold does not say which.
    """
    parts: list[str] = []
    for section in gold["body"]["sections"]:
        parts += section.get("headline") or []
        parts += section.get("paragraphs") or []
    return "\n\n".join(parts)


def fundus_pages(shared_dir: Path) -> Iterator[FundusPage]:
    """The 84 fundus-en pages with gold title, body, summary and publication date."""
    root = _data_dir(shared_dir, "fundus-en")
    lines = (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    gold_files: dict[str, dict] = {}
    for line in lines:
        row = json.loads(line)
        if row["gold_file"] not in gold_files:
            gold_files[row["gold_file"]] = _read_json(root / row["gold_file"])
        gold = gold_files[row["gold_file"]][row["gold_version"]]
        published = parse_datetime(gold["publishing_date"])
        if published is None:
            raise DataFileError(f"{row['gold_file']}: unreadable publishing_date {gold['publishing_date']!r}")
        with gzip.open(root / row["html"]) as fh:
            html = fh.read()
        yield FundusPage(
            id=row["html"].removeprefix("test_data/").removesuffix(".html.gz"),
            url=row["url"],
            html=html,
            title=gold["title"],
            body=_fundus_body(gold),
            summary="\n\n".join(gold["body"].get("summary") or []),
            published=published,
        )


# ---------------------------------------------------------------------------------------------
# dates


def same_day(got: datetime | None, gold: datetime) -> bool:
    """Same calendar day, read in the gold's timezone (wall-clock dates when either is naive)."""
    if got is None:
        return False
    if got.tzinfo is not None and gold.tzinfo is not None:
        got = got.astimezone(gold.tzinfo)
    return got.date() == gold.date()


def same_minute(got: datetime | None, gold: datetime) -> bool:
    """Same instant to the minute (wall-clock time when either is naive)."""
    if got is None:
        return False
    if got.tzinfo is not None and gold.tzinfo is not None:
        got = got.astimezone(gold.tzinfo)
    return got.replace(second=0, microsecond=0, tzinfo=None) == gold.replace(second=0, microsecond=0, tzinfo=None)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


# ---------------------------------------------------------------------------------------------
# evaluations


def _run(extract: Extractor, html: bytes, url: str) -> tuple[HtmlExtract | None, str | None]:
    try:
        return extract(html, url=url), None
    except InputError as exc:
        return None, exc.code


def _baseline_zyte(root: Path) -> dict[str, str]:
    data = _read_json(_data_dir(root, "zyte-aeb") / "baseline" / "trafilatura-2.0.0.json")
    return {k: v.get("articleBody") or "" for k, v in data["output"].items()}


def evaluate_zyte(
    shared_dir: Path | None = None,
    *,
    extract: Extractor = extract_html,
    n_bootstrap: int = BOOTSTRAP,
    verbose: bool = False,
) -> dict:
    """Body scores of ``extract`` on zyte-aeb, and of the shipped trafilatura 2.0.0 output, same metric."""
    root = Path(shared_dir) if shared_dir else default_shared_dir()
    baseline = _baseline_zyte(root)
    ours: list[BodyScore] = []
    theirs: list[BodyScore] = []
    failures: dict[str, str] = {}
    pages: list[dict] = []
    for page in zyte_pages(root):
        result, error = _run(extract, page.html, page.url)
        if error:
            failures[page.id] = error
        score = score_body(page.gold, result.text if result else "")
        ours.append(score)
        theirs.append(score_body(page.gold, baseline.get(page.id, "")))
        if verbose:
            pages.append(
                {"id": page.id, "url": page.url, "precision": score.precision, "recall": score.recall, "error": error}
            )
    out = {
        "corpus": "zyte-aeb",
        "dateline": summarize(ours, n_bootstrap=n_bootstrap),
        "baseline": {"name": "trafilatura 2.0.0 (shipped output)", **summarize(theirs, n_bootstrap=n_bootstrap)},
        "failures": failures,
    }
    if verbose:
        out["per_page"] = pages
    return out


def _trafilatura_defaults(html: bytes, *, url: str | None = None) -> HtmlExtract:
    """trafilatura's defaults (comments off) on the same bytes: the reference point on fundus-en."""
    import trafilatura

    from ..errors import NoTextError
    from ..ingest.html import decode_html

    doc = trafilatura.bare_extraction(decode_html(html), url=url, include_comments=False, with_metadata=True)
    if doc is None or not doc.text:
        raise NoTextError("trafilatura found no body")
    date = parse_datetime(doc.date) if doc.date else None
    return HtmlExtract(
        title=doc.title,
        paragraphs=tuple(doc.text.split("\n")),
        captions=(),
        published=date,
        published_source="htmldate" if date else None,
        author=doc.author,
        sitename=doc.sitename,
        language=doc.language,
        description=doc.description,
    )


def evaluate_fundus(
    shared_dir: Path | None = None,
    *,
    extract: Extractor = extract_html,
    n_bootstrap: int = BOOTSTRAP,
    baseline: bool = True,
    verbose: bool = False,
) -> dict:
    """Body, title and publication-date scores of ``extract`` on fundus-en (and trafilatura's defaults)."""
    root = Path(shared_dir) if shared_dir else default_shared_dir()
    systems = {"dateline": extract}
    if baseline:
        systems["baseline"] = _trafilatura_defaults
    tallies = {
        name: {"body": [], "title": 0, "day": 0, "minute": 0, "found": 0, "sources": Counter(), "failures": {}}
        for name in systems
    }
    pages: list[dict] = []
    n = 0
    for page in fundus_pages(root):
        n += 1
        for name, fn in systems.items():
            t = tallies[name]
            result, error = _run(fn, page.html, page.url)
            if error:
                t["failures"][page.id] = error
            t["body"].append(score_body(page.body, result.text if result else "", optional=page.summary))
            got = result.published if result else None
            t["title"] += bool(result) and _clean(result.title) == _clean(page.title)
            t["day"] += same_day(got, page.published)
            t["minute"] += same_minute(got, page.published)
            t["found"] += got is not None
            t["sources"][(result.published_source if result else None) or "none"] += 1
            if verbose and name == "dateline":
                score = t["body"][-1]
                pages.append(
                    {
                        "id": page.id,
                        "url": page.url,
                        "precision": score.precision,
                        "recall": score.recall,
                        "title_ok": bool(result) and _clean(result.title) == _clean(page.title),
                        "published": got.isoformat() if got else None,
                        "published_source": result.published_source if result else None,
                        "gold_published": page.published.isoformat(),
                        "day_ok": same_day(got, page.published),
                        "minute_ok": same_minute(got, page.published),
                        "error": error,
                    }
                )
    out: dict = {"corpus": "fundus-en", "pages": n}
    for name, t in tallies.items():
        out[name] = {
            **({"name": "trafilatura defaults (comments off, with_metadata)"} if name == "baseline" else {}),
            **summarize(t["body"], n_bootstrap=n_bootstrap),
            "title_exact": t["title"] / n,
            "date_found": t["found"] / n,
            "date_day": t["day"] / n,
            "date_minute": t["minute"] / n,
            "date_sources": dict(t["sources"].most_common()),
            "failures": t["failures"],
        }
    if verbose:
        out["per_page"] = pages
    return out


CORPORA = ("zyte", "fundus", "all")


def evaluate_html(shared_dir: Path | None = None, *, corpus: str = "all", verbose: bool = False) -> dict:
    """Both evaluations (or one: ``corpus`` is "zyte", "fundus" or "all"), keyed by corpus."""
    if corpus not in CORPORA:
        raise UsageError(f"unknown corpus {corpus!r}; choose one of {', '.join(CORPORA)}")
    out: dict = {}
    if corpus in ("zyte", "all"):
        out["zyte"] = evaluate_zyte(shared_dir, verbose=verbose)
    if corpus in ("fundus", "all"):
        out["fundus"] = evaluate_fundus(shared_dir, verbose=verbose)
    return out


# ---------------------------------------------------------------------------------------------
# report


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [_row(header, widths), _row(["-" * w for w in widths], widths), *(_row(r, widths) for r in rows)]


def _body_cells(s: dict) -> list[str]:
    f1 = f"{s['f1']:.3f} ± {s['f1_std']:.3f}"
    return [f"{s['precision']:.3f}", f"{s['recall']:.3f}", f1, f"{s['accuracy']:.3f}"]


def _worst(pages: list[dict], n: int = 10) -> list[str]:
    ranked = sorted(pages, key=lambda p: min(p["precision"], p["recall"]))[:n]
    return [f"  {p['precision']:.3f}  {p['recall']:.3f}  {p['id'][:40]}  {p['url'][:70]}" for p in ranked]


def format_report(report: dict) -> str:
    """The figures of ``evaluate_html`` as plain-text tables (with worst pages when per-page data is there)."""
    lines: list[str] = []
    if "zyte" in report:
        z = report["zyte"]
        lines.append(f"zyte-aeb: article body, {z['dateline']['pages']} pages (Zyte benchmark metric)")
        lines += _table(
            ["system", "precision", "recall", "F1", "accuracy"],
            [["dateline", *_body_cells(z["dateline"])], [z["baseline"]["name"], *_body_cells(z["baseline"])]],
        )
        lines.append(f"pages with no body extracted: {len(z['failures'])}")
        if "per_page" in z:
            lines += ["worst pages (precision, recall, id, url):", *_worst(z["per_page"])]
        lines.append("")
    if "fundus" in report:
        f = report["fundus"]
        systems = [k for k in ("dateline", "baseline") if k in f]
        lines.append(f"fundus-en: body (summary optional), title, publication date, {f['pages']} pages")
        lines += _table(
            ["system", "precision", "recall", "F1", "accuracy", "title", "date (day)", "date (minute)"],
            [
                [
                    f[k].get("name", k),
                    *_body_cells(f[k]),
                    *(f"{f[k][m]:.3f}" for m in ("title_exact", "date_day", "date_minute")),
                ]
                for k in systems
            ],
        )
        sources = ", ".join(f"{k} {v}" for k, v in f["dateline"]["date_sources"].items())
        lines.append(f"date sources (dateline): {sources}")
        lines.append(f"pages with no body extracted: {len(f['dateline']['failures'])}")
        if "per_page" in f:
            lines += ["worst pages (precision, recall, id, url):", *_worst(f["per_page"])]
            misses = [p for p in f["per_page"] if not p["minute_ok"]]
            lines.append("publication dates not exact to the minute (got / gold / source):")
            lines += [
                f"  {p['id']}: {p['published']} / {p['gold_published']} / {p['published_source']}" for p in misses
            ] or ["  none"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
