"""Checks that turn bad input into coded errors before any work is done."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
    NotEnglishError,
)

#: Longest text accepted by default (characters); a news report is rarely above 50,000.
DEFAULT_MAX_CHARS = 1_000_000

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
_WORD = re.compile(r"[^\W\d_]+")
_STOPWORDS = frozenset(
    "the of and to a in is was that for on with as by at from it its his her their said has have had "
    "be been were are will would this which who an not but or also after over they he she we more "
    "than about into up out new".split()
)


def check_text(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """Raise D001 (empty), D002 (binary) or D003 (too large) for text no reader should parse."""
    if not text or not text.strip():
        raise EmptyInputError("input is empty or whitespace only")
    if len(text) > max_chars:
        raise InputTooLargeError(f"input is {len(text):,} characters; the limit is {max_chars:,} (max_chars)")
    sample = text[:20000]
    if "\x00" in sample:
        raise BinaryInputError("input contains NUL characters: it looks binary, not text")
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _CONTROL_OK)
    if controls > max(3, len(sample) // 100):
        raise BinaryInputError(f"input has {controls} control characters in its first {len(sample):,}: it looks binary")


def decode(data: bytes, encoding: str | None = None) -> str:
    """Bytes to text: the given encoding, a BOM, or strict UTF-8 (D004 when it fails)."""
    if not data or not data.strip():
        raise EmptyInputError("input is empty or whitespace only")
    if encoding is None:
        for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
            if data.startswith(bom):
                encoding = name
                break
    if encoding is None and b"\x00" in data[:8192]:
        raise BinaryInputError("input contains NUL bytes: it looks binary, not text")
    try:
        return data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"input is not valid {exc.encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "pass the right encoding"
        ) from None
    except LookupError:
        raise EncodingError(f"unknown encoding {encoding!r}") from None


def check_english(text: str) -> None:
    """Raise D006 when a text of some length is clearly not English."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if len(letters) < 20:
        return
    latin = sum(1 for ch in letters if ch < "\u0250")
    if latin / len(letters) < 0.6:
        raise NotEnglishError(f"input is mostly in a non-Latin script ({latin / len(letters):.0%} Latin letters)")
    words = [w.casefold() for w in _WORD.findall(text[:20000])]
    if len(words) >= 25:
        ratio = sum(1 for w in words if w in _STOPWORDS) / len(words)
        if ratio < 0.08:
            raise NotEnglishError(f"input does not read as English (common English words are {ratio:.0%} of it)")
