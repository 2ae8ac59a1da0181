"""Turning files and streams into input items: one per article, or a coded error in its place."""

from __future__ import annotations

import json
import pathlib
from dataclasses import dataclass
from typing import IO, Any, Iterable, Iterator

from ..errors import EmptyInputError, InputError, MalformedRecordError, UnreadableInputError
from .guards import decode

__all__ = ["Item", "iter_lines", "iter_paths", "read_payload"]

_JSONL = (".jsonl", ".ndjson", ".jsonlines")
_TEXT = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Item:
    """One article to read: ``payload`` is text, bytes or a record; or ``error`` says why not."""

    name: str
    payload: Any = None
    error: InputError | None = None


def read_payload(data: bytes, name: str) -> Any:
    """The article(s) in one file's bytes: a record, a list of records, or text/bytes."""
    suffix = pathlib.PurePath(name).suffix.lower()
    if suffix == ".json":
        text = decode(data)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise MalformedRecordError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if suffix in _TEXT or not data.lstrip()[:1] in (b"{", b"["):
        return data
    try:  # no telling suffix: a JSON object is an article record
        return json.loads(decode(data))
    except (json.JSONDecodeError, InputError):
        return data


def _records(obj: Any, name: str) -> Iterator[Item]:
    if isinstance(obj, list):
        for k, rec in enumerate(obj, 1):
            if isinstance(rec, dict):
                yield Item(f"{name}[{k}]", rec)
            else:
                yield Item(f"{name}[{k}]", error=MalformedRecordError("array item is not a JSON object"))
    elif isinstance(obj, dict) and isinstance(obj.get("articles"), list):
        yield from _records(obj["articles"], name)
    else:
        yield Item(name, obj)


def iter_lines(stream: Iterable[str | bytes], name: str = "-") -> Iterator[Item]:
    """NDJSON: one JSON article object per line; blank lines are skipped, bad lines reported."""
    for n, line in enumerate(stream, 1):
        if isinstance(line, bytes):
            try:
                line = decode(line) if line.strip() else ""
            except InputError as exc:
                yield Item(f"{name}:{n}", error=exc)
                continue
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(f"{name}:{n}", error=MalformedRecordError(f"invalid JSON: {exc.msg}"))
            continue
        if not isinstance(rec, dict):
            yield Item(f"{name}:{n}", error=MalformedRecordError("line is not a JSON object"))
            continue
        yield Item(f"{name}:{n}", rec)


def iter_paths(paths: Iterable[str], *, stdin: IO[bytes] | None = None, nl: bool = False) -> Iterator[Item]:
    """Items from files, folders (recursively, sorted) and ``-`` (standard input)."""
    for p in paths:
        if p == "-":
            if stdin is None:
                continue
            if nl:
                yield from iter_lines(stdin, "-")
                continue
            data = stdin.read()
            try:
                yield from _records(read_payload(data, "-"), "-")
            except InputError as exc:
                yield Item("-", error=exc)
            continue
        path = pathlib.Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
            yield from iter_paths([str(f) for f in files], nl=nl)
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Item(p, error=UnreadableInputError(f"cannot read {p}: {exc.strerror}"))
            continue
        if nl or path.suffix.lower() in _JSONL:
            yield from iter_lines(data.splitlines(), p)
            continue
        if not data.strip():
            yield Item(p, error=EmptyInputError("input is empty or whitespace only"))
            continue
        try:
            yield from _records(read_payload(data, p), p)
        except InputError as exc:
            yield Item(p, error=exc)
