"""decode_html and extract_html on bytes: BOM, declared charset, mislabelled and undecodable pages."""

from __future__ import annotations

import codecs

import pytest

from dateline.errors import EmptyInputError, EncodingError
from dateline.ingest.html import decode_html, extract_html

TEXT = "Caf\u00e9 owners in M\u00fcnchen said the \u201cnew rules\u201d cost them \u20ac2,000 a year."


def doc(meta: str = "") -> str:
    return f"<html><head>{meta}<title>T</title></head><body><p>{TEXT}</p></body></html>"


@pytest.mark.parametrize(
    "data",
    [
        doc('<meta charset="utf-8">').encode("utf-8"),
        codecs.BOM_UTF8 + doc().encode("utf-8"),
        codecs.BOM_UTF16_LE + doc().encode("utf-16-le"),
        codecs.BOM_UTF16_BE + doc().encode("utf-16-be"),
        doc('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').encode("cp1252"),
        # labelled latin-1 but with curly quotes and the euro sign from windows-1252, as browsers assume
        doc('<meta charset="iso-8859-1">').encode("cp1252"),
        # no label at all: UTF-8 first
        doc().encode("utf-8"),
        # no label, not UTF-8: windows-1252
        doc().encode("cp1252"),
        # labelled UTF-8 but written in windows-1252 (a common CMS mistake)
        doc('<meta charset="utf-8">').encode("cp1252"),
        # a label Python does not know is ignored
        doc('<meta charset="x-unknown-charset">').encode("utf-8"),
        # a meta tag cannot truthfully say UTF-16: read as UTF-8
        doc('<meta charset="utf-16">').encode("utf-8"),
    ],
)
def test_html_decode_finds_the_encoding(data):
    assert TEXT in decode_html(data)


@pytest.mark.parametrize(
    "data,fragment",
    [
        ('<meta charset="koi8-r"><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>'.encode("koi8-r"), "\u041f\u0440\u0438\u0432\u0435\u0442"),
        ('<meta charset="shift_jis"><p>\u65e5\u672c\u8a9e</p>'.encode("shift_jis"), "\u65e5\u672c\u8a9e"),
        ('<?xml version="1.0" encoding="iso-8859-2"?><p>\u0141\u00f3d\u017a</p>'.encode("iso-8859-2"), "\u0141\u00f3d\u017a"),
    ],
)
def test_html_decode_declared_charsets(data, fragment):
    assert fragment in decode_html(data)


@pytest.mark.parametrize(
    "data,message",
    [
        (codecs.BOM_UTF16_LE + b"<\x00p\x00>", "page starts with a utf-16-le byte-order mark but is not utf-16-le (byte 4)"),
        (codecs.BOM_UTF8 + b"<p>\xff\xfe</p>", "page starts with a utf-8 byte-order mark but is not utf-8 (byte 3)"),
        # bytes undefined in windows-1252 after failing UTF-8
        (b'<meta charset="utf-8"><p>\x81\x8d\x8f\x90\x9d</p>', "page bytes are not text in any of: utf-8, cp1252"),
        # binary data (NUL and control bytes) that happens to decode
        (bytes(range(256)) * 8, "page bytes are not text in any of: utf-8, cp1252"),
        (b"\x00\x01\x02\x03<p>valid ASCII, but a binary file</p>" * 50, "page bytes are not text in any of: utf-8, cp1252"),
    ],
)
def test_html_decode_undecodable_raises(data, message):
    with pytest.raises(EncodingError) as info:
        decode_html(data)
    assert info.value.code == "D004"
    assert info.value.message == message


@pytest.mark.parametrize("data", [b"", b" \n\t "])
def test_html_decode_empty_raises(data):
    with pytest.raises(EmptyInputError):
        decode_html(data)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
def test_html_extract_bytes_wrong_label(encoding):
    """A page that says UTF-8 whatever it is written in still yields its text."""
    paragraphs = [TEXT + " " + "The chamber of commerce said it had raised the matter with the city council." * 2] * 3
    html = (
        '<html><head><meta charset="utf-8"><title>Caf\u00e9 rules</title></head><body><article><h1>Caf\u00e9 rules</h1>'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    result = extract_html(html.encode(encoding))
    assert result.paragraphs[0].startswith(TEXT)


@pytest.mark.parametrize("data", [b"\xff\xfe<\x00p\x00>"])
def test_html_extract_bytes_undecodable_raises(data):
    with pytest.raises(EncodingError):
        extract_html(data)
