"""`dateline extract`: articles in, Dateline's JSON out."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from ..errors import InputError
from ..ingest.files import iter_paths
from ..output import article_summary, dumps
from .app import app


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files or folders (text, HTML, JSON article objects, JSONL); - reads stdin."),
    published: Optional[str] = typer.Option(None, help="Publication time, ISO 8601 (2024-06-29 or 2024-06-29T10:19+09:00)."),
    source: Optional[str] = typer.Option(None, help="Publisher or agency (Yonhap, KCNA, AP ...)."),
    title: Optional[str] = typer.Option(None, help="Headline, when the text does not carry it."),
    url: Optional[str] = typer.Option(None, help="Where the article was published."),
    verbatim: bool = typer.Option(False, "--verbatim", help="Keep the text byte for byte: offsets refer to the input."),
    nl: bool = typer.Option(False, "--nl", help="NDJSON: one article object per input line, one result per output line."),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON."),
    fmt: str = typer.Option("json", "--format", help="json, or table for a readable summary."),
) -> None:
    """Extract dated, sourced events from news articles.

    One input prints one JSON object; several print a JSON array (or NDJSON with --nl).
    A bad input is reported on stderr as one coded line and the rest go on; the exit
    status is 1 if any input failed.
    """
    from ..pipeline import Context, process_item

    if fmt not in ("json", "table"):
        raise typer.BadParameter("--format must be json or table")
    meta = {k: v for k, v in {"published": published, "source": source, "title": title, "url": url}.items() if v}
    ctx = Context.load()
    failed = 0
    results = []
    many = nl or len(inputs) > 1
    for item in iter_paths(inputs, stdin=sys.stdin.buffer, nl=nl):
        try:
            if item.error is not None:
                raise item.error
            result = process_item(item.payload, ctx, verbatim=verbatim, **meta).to_dict()
        except InputError as exc:
            failed += 1
            print(f"dateline: {item.name}: {exc}", file=sys.stderr)
            continue
        if fmt == "table":
            sys.stdout.write(article_summary(result) + "\n")
        elif nl:
            sys.stdout.write(dumps(result) + "\n")
            sys.stdout.flush()
        else:
            results.append(result)
        many = many or len(results) > 1
    if fmt == "json" and not nl:
        if many:
            sys.stdout.write(dumps(results, pretty=pretty) + "\n")
        elif results:
            sys.stdout.write(dumps(results[0], pretty=pretty) + "\n")
    if failed:
        raise typer.Exit(1)
