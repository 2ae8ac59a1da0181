"""News pages in, article body and metadata out: trafilatura for the body, page signals for dates."""

from __future__ import annotations

import codecs
import copy
import html as html_lib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from types import MappingProxyType

import trafilatura
from dateutil import parser as dateutil_parser  # htmldate's own dependency
from lxml import etree
from lxml.html import HtmlElement

from ..errors import EmptyInputError, EncodingError, NoTextError

__all__ = ["HtmlExtract", "decode_html", "extract_html", "parse_datetime"]


@dataclass(frozen=True)
class HtmlExtract:
    """What one news page says: its body paragraphs in reading order, captions apart, and metadata."""

    title: str | None
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    published: datetime | None
    published_source: str | None
    author: str | None
    sitename: str | None
    language: str | None
    description: str | None

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


# Chosen on zyte-aeb and fundus-en (docs/html-extraction.md has the figures). Precision mode
# is the main pass; the default ("broad") pass only fills gaps inside the story (_fill_gaps)
# and stands in when precision mode finds next to nothing. Comments are never article text.
# deduplicate stays off: it counts segments in a module-level LRU cache shared by every call,
# so results would depend on what was extracted before (and it cut recall on zyte-aeb).
TRAFILATURA_OPTIONS = MappingProxyType(
    {
        "favor_precision": True,
        "favor_recall": False,
        "include_comments": False,
        "include_tables": True,
        "include_images": False,
        "include_links": False,
        "include_formatting": False,
        "deduplicate": False,
        "fast": False,
        "with_metadata": False,
    }
)
BROAD_OPTIONS = MappingProxyType({"favor_precision": False, "include_links": True})
# The htmldate pass behind trafilatura's metadata is the last date fallback: ask it for the
# original (first published) date, never the last-modified one.
HTMLDATE_OPTIONS = MappingProxyType({"original_date": True, "extensive_search": True})
SMALL_BODY = 300


# ---------------------------------------------------------------------------------------------
# decoding


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# Browsers decode these labels as windows-1252 (WHATWG Encoding Standard), and so do we:
# pages that say latin-1 routinely contain curly quotes from 0x80-0x9F.
_WINDOWS_1252_ALIASES = {"latin_1", "iso8859-1", "ascii", "cp1252"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _codec(label: bytes | str) -> str | None:
    """The Python codec for a charset label, or None when the label is unknown."""
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    if name in _WINDOWS_1252_ALIASES:
        return "cp1252"
    # a meta tag cannot truthfully declare UTF-16/32 (it would not be readable as ASCII)
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def decode_html(data: bytes) -> str:
    """Decode a page: byte-order mark first, then the declared charset, then UTF-8, then windows-1252.

    Raises EmptyInputError for no bytes and EncodingError when no candidate decodes the bytes
    into text (a BOM that lies, binary data, bytes invalid in every candidate).
    """
    if not data.strip():
        raise EmptyInputError("page is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name)
            except UnicodeDecodeError as exc:
                message = f"page starts with a {name} byte-order mark but is not {name} (byte {exc.start})"
                raise EncodingError(message) from None
    head = data[:4096]
    declared = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    candidates = [_codec(declared.group(1))] if declared else []
    candidates += ["utf-8", "cp1252"]
    for name in dict.fromkeys(c for c in candidates if c):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text[:20000])) > 0.01 * min(len(text), 20000):
            break
        return text
    tried = ", ".join(dict.fromkeys(c for c in candidates if c))
    raise EncodingError(f"page bytes are not text in any of: {tried}")


# ---------------------------------------------------------------------------------------------
# body paragraphs


def _clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _norm(text: str) -> str:
    """Comparison key: case-folded word characters only."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


_LEAF = {"p", "head", "item", "code", "quote", "row"}
_CONTAINER = {"list", "quote", "table", "div", "note", "body"}


def _block_text(elem: etree._Element) -> list[str]:
    """The text of one block, split at <lb/> into lines."""
    if elem.tag == "row":
        cells = [_clean("".join(cell.itertext())) for cell in elem]
        return [" | ".join(c for c in cells if c)]
    parts: list[str] = [elem.text or ""]
    for child in elem:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return [_clean(line) for line in "".join(parts).split("\n")]


def _inline_text(elem: etree._Element) -> str:
    parts = [elem.text or ""]
    for child in elem:
        parts.append("\n" if child.tag == "lb" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(elem: etree._Element, kind: str = "p") -> Iterator[tuple[str, str]]:
    """(kind, text) for every block under a trafilatura XML body, in document order.

    kind is "head", "item" (list items, table rows) or "p"; the filters treat them differently.
    """
    for child in elem:
        has_blocks = any(grand.tag in _LEAF or grand.tag in _CONTAINER for grand in child)
        if child.tag in _CONTAINER and has_blocks:
            inner = "item" if child.tag in ("list", "table") else kind
            yield from _blocks(child, inner)
        elif child.tag in _LEAF or child.tag in _CONTAINER:
            block_kind = "head" if child.tag == "head" else "item" if child.tag in ("item", "row") else kind
            for line in _block_text(child):
                if line:
                    yield block_kind, line
        if child.tail and child.tail.strip():
            yield kind, _clean(child.tail)


# Lines that are page furniture rather than reporting, whatever the site. Each pattern is
# matched against a whole paragraph (case-insensitive); tests/test_html_extract.py holds
# an example for each.
_BOILERPLATE = tuple(
    re.compile(p, re.I)
    for p in (
        # share and follow widgets, newsletter and subscription pitches
        r"(share|share this( article| story| page)?|tweet|email|print|copy link|link copied|save|comment)\W*",
        r"(share|tweet) (this|on|via) .{0,60}",
        r".{0,40}\b(like|enjoy(ed)?) this (story|article)\?.{0,80}",
        r"if you (enjoyed|liked|value|appreciate) (this|our|reading).{0,300}",
        r"(follow|like) .{0,80}\bon (twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|x)\b.{0,300}",
        r"(subscribe|sign up|click here|get (our|the) .{0,40}newsletter)\b.{0,200}",
        r".{0,150}\b(sign up|subscribe|delivered|straight)\b.{0,150}\b(newsletters?|inbox)\b.{0,150}",
        r".{0,150}\b(newsletters?|inbox)\b.{0,150}\b(sign up|subscribe|delivered)\b.{0,150}",
        r"(have a (news )?tip|got a (news )?tip|got a story)\?.{0,200}",
        # contact lines: "Email the reporter at ...", a bare address or handle
        r"(e-?mail|reach|contact|write to)\b.{0,200}(@|twitter\.com/).{0,200}",
        r"\S+@\S+\.\w+|(https?://)?(www\.)?(twitter|x)\.com/\S+",
        # related-content teasers ("Read more: ...", "SEE ALSO ...", "Also on example.com ...")
        r"\[?(related|read more|read also|also read|see more|see also|more|also|watch|listen|recommended|"
        r"more on this( story)?|more from .{1,30}|also on \S+|related (article|content|coverage|post|stories|story)s?)"
        r"\s*[:|.>\-\u2013\u2014»]\s*.{0,200}",
        r".{0,200}\[(insight|video|pictures?|pics|reaction|latest|news|analysis|poll|warning|revealed|live|"
        r"comment|update|report|read|watch|listen)\]\W*",
        # comments furniture
        r"(\d+ )?comments?\W*|(leave|post|add) a (comment|reply)\W*|comments are closed\W*|"
        r"tell us what you think\W*|join the (conversation|discussion)\W*",
        # credits: photo, image, video, reporting, editing
        r"\(?(photo|photograph|image|picture|video|graphic|illustration|source|credit)s?"
        r"( credit| source| by)?\s*[:©].{0,160}",
        r"(photo|image|picture|illustration|video)s? (by|courtesy( of)?) .{0,120}",
        r"(image copyright|picture copyright|getty images|afp via getty images|ap photo)\b.{0,120}|.{0,200}©.{0,100}",
        r"(reuters|afp|ap|getty( images)?|shutterstock|epa|pa( wire)?|alamy)( ?/ ?[^.]{0,60})?",
        r"\(?(reporting|additional reporting|writing|editing|edited|compiled) by .{0,300}",
        r".{0,200}\b(contributed (to )?(this|the) (report|story|article|guide)|"
        r"contributed reporting( from .{0,60})?)\.?",
        # reprint notices, copyright lines, citations, tag lists, reading-time badges, update stamps
        r"(copyright|\(c\)|©) .{0,120}|.{0,120}\ball rights reserved\.?",
        r"this (copy|article) is for your personal,? non-commercial use only.{0,300}",
        r"this (document|article|material) is subject to copyright.{0,400}",
        r".{0,120}\bmay not be (re)?published, broadcast, rewritten,? or redistributed.{0,60}",
        r"citation: .{0,300}\bretrieved\b.{0,200}",
        r"(filed under|tags?|topics?|categories|category)\s*:.{0,300}",
        r"(reading time|tempo de leitura|lesezeit)\s*:?.{0,30}",
        r"\(?(updated|published|posted|last updated|first published|last modified)( at| on)?"
        r"\s*:?\s*([^.]|[ap]\.m\.?){0,60}\)?",
        r"(advertisement|sponsored( content)?|story continues below( advertisement)?|continue reading below)\W*",
        # a caption that ends in its credit
        r".{0,300}\((photo|image|picture|photo credit|image credit|credit|courtesy)s?\s*[:/].{1,80}\)",
    )
)
# month and weekday names, clock and zone words, and the small words of a dateline stamp
_DATE_WORDS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    r"september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|am|pm|a\.m|p\.m|gmt|utc|bst|est|edt|pst|pdt|cst|cdt|ist|cet|cest|by|at|on|de|às"
)
_DATE_PART = re.compile(
    rf"\d{{1,2}}:\d\d|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b|"  # 10:15, 29/06/2024
    rf"\b({_DATE_WORDS})\.? \d{{1,2}}\b|\b\d{{1,2}} ({_DATE_WORDS})\b|\b\d{{4}}\b",  # June 29, 29 June, 2024
    re.I,
)
_DATE_WORD = re.compile(rf"\b({_DATE_WORDS})\b\.?", re.I)


def _is_date_stamp(line: str) -> bool:
    """A short line that is only a date/time stamp, perhaps with a byline ('5:45 AM PST 11/19/2019 by X Y')."""
    # a tweet's "— Name (@handle) May 3, 2024" and a "July 15, 1960:" lead-in are content
    if len(line) > 70 or line.rstrip().endswith((".", ":")) or "@" in line or len(_DATE_PART.findall(line)) < 2:
        return False
    rest = _DATE_WORD.sub(" ", _DATE_PART.sub(" ", line))
    return len(re.findall(r"[^\W\d_]{4,}", rest)) <= 3


# A line that opens a block of links to other stories: it goes, and so do the list items after it.
_RELATED_HEADING = re.compile(
    r"(related( (articles|content|coverage|posts|stories|links))?|read more|see also|more( stories| news)?|"
    r"don'?t miss|you may also like|you might also like|recommended( for you)?|also read|more on this( story)?|"
    r"(most )?(read|popular|viewed)( in .{1,30})?|what to read next|further reading|trending( now)?|explore further)\W*"
    # "More Great WIRED Stories", "Related Coverage", "Latest news from ..."
    r"|(\w+ ){0,3}(more|related|recommended|popular|latest|also|other|similar)( \w+){0,4} "
    r"(stories|articles|news|reads|posts|links|coverage|videos|content)\W*",
    re.I,
)


def _is_boilerplate(line: str) -> bool:
    if len(line) > 400:
        return False
    return any(p.fullmatch(line) for p in _BOILERPLATE) or _is_date_stamp(line)


LINK_RUN = 3


def _drop_link_lists(blocks: list[tuple[str, str]], link_only: frozenset[str]) -> list[tuple[str, str]]:
    """Drop list items that are nothing but links when they come in a run (a 'more stories' box)."""
    out: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for block in [*blocks, ("end", "")]:
        if block[0] == "item" and _norm(block[1]) in link_only:
            run.append(block)
            continue
        if len(run) < LINK_RUN:
            out += run
        run = []
        if block[0] != "end":
            out.append(block)
    return out


@dataclass(frozen=True)
class _PageText:
    """Comparison keys of what a page prints outside its story, read before filtering the body."""

    titles: frozenset[str]  # headline variants
    captions: frozenset[str]  # caption texts not also printed as body paragraphs
    image_texts: frozenset[str]  # image alt/title texts not also printed as body paragraphs
    echoes: frozenset[str]  # sentences printed both in the body and as a caption
    link_only: frozenset[str]  # blocks that are all link text


def _filter_blocks(blocks: list[tuple[str, str]], page: _PageText) -> tuple[list[str], list[str]]:
    """Body paragraphs without furniture lines, a repeated headline or link lists.

    Lines that repeat an image's alt text are captions printed next to the image: they are
    returned apart (the second list) instead of in the body.
    """
    blocks = _drop_link_lists(blocks, page.link_only)
    seen: set[str] = set()
    body: list[str] = []
    found_captions: list[str] = []
    in_related = False
    for kind, line in blocks:
        key = _norm(line)
        if not key:
            continue
        if _RELATED_HEADING.fullmatch(line):
            in_related = True
            continue
        if in_related and kind == "item":
            continue
        in_related = False
        if key in page.titles:
            continue
        if key in page.captions:
            continue
        if key in page.image_texts:
            found_captions.append(line)
            continue
        if _is_boilerplate(line):
            continue
        if key in seen and key in page.echoes:
            continue  # a sentence printed in the body and again as a caption is read once
        seen.add(key)
        body.append(line)
    return body, found_captions


def _length(paragraphs: list[str]) -> int:
    return sum(len(p) for p in paragraphs)


def _link_only(body: etree._Element) -> set[str]:
    """Comparison keys of blocks whose text is (almost) all link text: teasers, not reporting."""
    keys = set()
    for elem in body.iter("p", "item", "head"):
        text = _clean("".join(elem.itertext()))
        linked = sum(len(_clean("".join(ref.itertext()))) for ref in elem.iter("ref"))
        if text and linked >= 0.8 * len(text):
            keys.add(_norm(text))
    return keys


def _fill_gaps(
    precise: list[tuple[str, str]], broad: list[tuple[str, str]], link_only: frozenset[str]
) -> list[tuple[str, str]]:
    """Add the broad extraction's blocks that sit between the precise extraction's first and last.

    Precision mode drops link-heavy paragraphs in mid-story (an explainer whose sentences link
    out); the default mode keeps them but also keeps teasers around the story. The stretch of
    the default output that the precise output spans has the story without those; blocks that
    are all link text stay out even there.
    """
    if not precise or not broad:
        return precise
    keys = [_norm(t) for _, t in precise]
    broad_keys = [_norm(t) for _, t in broad]
    matched: list[int] = []  # broad index of each precise block, matched in order
    for key in keys:
        try:
            matched.append(broad_keys.index(key, matched[-1] + 1 if matched else 0))
        except ValueError:
            continue
    if len(matched) < 0.9 * len(keys) or not matched:
        return precise
    taken = set(matched)
    return [
        block
        for i, block in enumerate(broad[matched[0] : matched[-1] + 1], start=matched[0])
        if i in taken or broad_keys[i] not in link_only
    ]


# ---------------------------------------------------------------------------------------------
# split article bodies


_BODY_CLASS = re.compile(r"body|content|article|story|text|entry|post", re.I)


def _merge_split_bodies(tree: HtmlElement) -> None:
    """Move the paragraphs of later copies of the article container into the first one.

    Some layouts cut one article into several sibling containers that share a class
    (an ad row between them); trafilatura keeps only the first, losing half the story.
    """
    groups: dict[str, list[HtmlElement]] = {}
    for elem in tree.iter("div", "section"):
        cls = elem.get("class")
        if not cls or not _BODY_CLASS.search(cls):
            continue
        if sum(1 for p in elem.iterchildren("p") if len(_clean(p.text_content())) >= 80) < 2:
            continue
        groups.setdefault(cls, []).append(elem)
    for elems in groups.values():
        if len(elems) < 2:
            continue
        first = elems[0]
        if any(first in e.iterancestors() or e in first.iterancestors() for e in elems[1:]):
            continue
        for extra in elems[1:]:
            for child in list(extra):
                first.append(child)
            extra.drop_tree()


_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "ul", "script", "style", "noscript", "iframe", "video", "audio",
}  # fmt: skip
_LOOSE_TEXT_MIN = 400
_BREAK_CLASS = re.compile(r"(^|\s)(br|line-?break)(\s|$)", re.I)
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")


def _is_break(node: HtmlElement) -> bool:
    """<br>, or an empty element a CMS uses as one (class "br", "linebreak")."""
    if node.tag == "br":
        return True
    return bool(_BREAK_CLASS.search(node.get("class") or "")) and len(node) == 0 and not (node.text or "").strip()


def _wrap_loose_text(tree: HtmlElement) -> None:
    """Put text written straight into a container into <p> elements, one per paragraph.

    Older CMSs write the story as bare text and line breaks inside one <div>; trafilatura's
    precision mode trusts paragraphs, so without this the lede or the whole story is lost.
    Runs are split at a double break, or at a single one after a sentence end.
    """
    for elem in list(tree.iter("div", "section", "article", "td", "main")):
        loose = len((elem.text or "").strip()) + sum(len((c.tail or "").strip()) for c in elem)
        if loose < _LOOSE_TEXT_MIN:
            continue
        rebuilt: list[HtmlElement] = []
        current: HtmlElement | None = None
        last_was_break = False

        def add_text(text: str | None) -> None:
            nonlocal current
            if not text or not text.strip():
                return
            if current is None:
                current = elem.makeelement("p", {})
                rebuilt.append(current)
            if len(current):
                current[-1].tail = (current[-1].tail or "") + text
            else:
                current.text = (current.text or "") + text

        add_text(elem.text)
        elem.text = None
        for child in list(elem):
            tail, child.tail = child.tail, None
            elem.remove(child)
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag and _is_break(child):
                if last_was_break or (current is not None and _SENTENCE_END.search(current.text_content())):
                    current = None
                elif current is not None:
                    current.append(elem.makeelement("br", {}))
                last_was_break = True
            elif tag in _BLOCK_TAGS or not tag:
                current = None
                if tag:
                    rebuilt.append(child)
                last_was_break = False
            else:
                if current is None:
                    current = elem.makeelement("p", {})
                    rebuilt.append(current)
                current.append(child)
                last_was_break = False
            if tail and tail.strip():
                last_was_break = False
            add_text(tail)
        elem.extend(rebuilt)


_POPUP_CLASS = re.compile(r"rollover|tooltip|popover|hovercard|hover-card|popup", re.I)


def _drop_popups(tree: HtmlElement) -> None:
    """Remove hover cards inside paragraphs (a name's card listing that person's other stories).

    Their text is hidden until hover, but it sits inside the <p> and would be read mid-sentence.
    Only the innermost matching element with two or more links goes, so the linked name stays.
    """
    for elem in list(tree.xpath("//p//*[@class]")):
        if not _POPUP_CLASS.search(elem.get("class", "")):
            continue
        if any(_POPUP_CLASS.search(d.get("class") or "") for d in elem.iterdescendants() if isinstance(d.tag, str)):
            continue
        if len(elem.xpath(".//a")) >= 2 and elem.getparent() is not None:
            elem.drop_tree()


# ---------------------------------------------------------------------------------------------
# captions


_CAPTION_XPATH = etree.XPath(
    "//figcaption | //*[not(self::figcaption) and not(ancestor::figcaption)]"
    "[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
)
_NOT_CAPTION_ANCESTORS = {
    "nav", "footer", "header", "script", "style", "noscript", "button", "select", "label", "form", "menu",
}  # fmt: skip


def _captions(tree: HtmlElement) -> list[str]:
    """Figure captions in document order, each once, credits-only and player-menu 'captions' left out."""
    out: list[str] = []
    seen: list[str] = []
    for elem in _CAPTION_XPATH(tree):
        if any(a.tag in _NOT_CAPTION_ANCESTORS for a in elem.iterancestors()):
            continue
        if elem.find(".//h1") is not None or elem.find(".//h2") is not None or elem.find(".//h3") is not None:
            continue
        text = _clean(elem.text_content())
        key = _norm(text)
        words = key.count(" ") + 1
        if words < 2 or len(text) > 600 or (words <= 6 and _is_boilerplate(text)):
            continue  # a lone credit ("Photograph: A. Name") is no caption
        if any(key in k for k in seen):
            continue
        seen.append(key)
        out.append(text)
    return out


def _paragraph_keys(tree: HtmlElement) -> set[str]:
    """Comparison keys of <p> texts outside figures and captions: text the page prints as body.

    Some sites repeat a body sentence as a caption; such a sentence stays in the body.
    """
    keys = set()
    for p in tree.iter("p"):
        chain = [p, *p.iterancestors()]
        if any(e.tag in ("figure", "figcaption") or "caption" in (e.get("class") or "").lower() for e in chain):
            continue
        keys.add(_norm(p.text_content()))
    return keys


def _image_texts(tree: HtmlElement) -> set[str]:
    """Comparison keys of image alt/title texts of three words or more (shorter ones match too much)."""
    keys = set()
    for img in tree.iter("img"):
        for attr in ("alt", "title"):
            key = _norm(img.get(attr) or "")
            if key.count(" ") >= 2:
                keys.add(key)
    return keys


# ---------------------------------------------------------------------------------------------
# publication date


_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
}
_PAGE_TYPES = {"webpage", "itempage", "collectionpage", "videoobject", "creativework", "mediaobject"}

# Meta tags that name the first publication time, best first. Modified / updated tags are
# deliberately absent.
_META_PUBLISHED = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("property", "og:article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datepublished"),
    ("name", "datepublished"),
    ("name", "parsely-pub-date"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "publish_date"),
    ("name", "published-date"),
    ("name", "article.published"),
    ("name", "date.published"),
    ("name", "sailthru.date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.issued"),
    ("name", "dcterms.created"),
    ("name", "dc.date"),
    ("name", "citation_publication_date"),
    ("name", "cxenseparse:recs:publishtime"),
    ("name", "originalpublicationdate"),
    ("property", "article:published"),
    ("name", "date"),
)

_TZ_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
    "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "WET": 0, "WEST": 1,
    "SAST": 2, "CAT": 2, "EAT": 3, "WAT": 1, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "PHT": 8,
    "AEST": 10, "AEDT": 11, "ACST": 9.5, "ACDT": 10.5, "AWST": 8, "NZST": 12, "NZDT": 13,
}  # fmt: skip


def parse_datetime(value: str) -> datetime | None:
    """A datetime from the forms pages use: ISO 8601, RFC 2822, epoch seconds/ms, 'May 3, 2024 1:53 PM EDT'."""
    value = value.strip()
    if not value or len(value) > 80:
        return None
    if re.fullmatch(r"\d{10}(\d{3})?", value):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    iso = re.sub(r"^(\d{4}-\d\d-\d\d) ", r"\1T", value)
    iso = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", iso)
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        pass
    if re.fullmatch(r"\d{8}", value):
        try:
            return datetime.strptime(value, "%Y%m%d")
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_loose(value)


_TZINFOS = {name: int(hours * 3600) for name, hours in _TZ_ABBREVIATIONS.items()}


def _parse_loose(value: str) -> datetime | None:
    """Free-form dates ('Apr 28, 2023 1:53 PM EDT'); a value without a year is no date."""
    cleaned = re.sub(r"\b(at|on|published|updated|posted)\b:?", " ", value, flags=re.I)
    try:
        parsed = dateutil_parser.parse(cleaned, tzinfos=_TZINFOS, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year < 1990:
        return None
    return parsed


def _json_ld_objects(tree: HtmlElement) -> list[dict]:
    """Every JSON-LD object on the page, flattened out of lists and @graph."""
    out: list[dict] = []

    def walk(node: object, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            out.append(node)
            if "@graph" in node:
                walk(node["@graph"], depth + 1)
            for key in ("mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
                if isinstance(node.get(key), (dict, list)):
                    walk(node[key], depth + 1)

    for script in tree.iterfind(".//script[@type]"):
        if "ld+json" not in script.get("type", "").lower() or not script.text:
            continue
        raw = script.text.strip()
        raw = re.sub(r"^\s*(<!--|//\s*<!\[CDATA\[)|(-->|//\s*\]\]>)\s*$", "", raw)
        try:
            walk(json.loads(raw, strict=False))
        except ValueError:
            continue
    return out


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    names = t if isinstance(t, list) else [t]
    return {n.rsplit("/", 1)[-1].lower() for n in names if isinstance(n, str)}


def _date_from_json_ld(objects: list[dict]) -> datetime | None:
    ranked: list[tuple[int, int, datetime]] = []
    for i, obj in enumerate(objects):
        value = obj.get("datePublished") or obj.get("dateCreated")
        if not isinstance(value, str):
            continue
        parsed = parse_datetime(value)
        if parsed is None:
            continue
        types = _types(obj)
        rank = 0 if types & _ARTICLE_TYPES else 1 if types & _PAGE_TYPES else 2
        ranked.append((rank, i, parsed))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _date_from_meta(tree: HtmlElement) -> tuple[datetime, str] | None:
    metas: dict[tuple[str, str], str] = {}
    for meta in tree.iterfind(".//meta"):
        content = meta.get("content") or meta.get("datetime")
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                metas.setdefault((attr, key.strip().lower()), content)
    for attr, key in _META_PUBLISHED:
        value = metas.get((attr, key))
        if value:
            parsed = parse_datetime(value)
            if parsed is not None:
                return parsed, f"meta:{key}"
    parsely = metas.get(("name", "parsely-page"))
    if parsely:
        try:
            pub = json.loads(parsely).get("pub_date")
        except (ValueError, AttributeError):
            pub = None
        parsed = parse_datetime(pub) if isinstance(pub, str) else None
        if parsed is not None:
            return parsed, "meta:parsely-page"
    return None


_TIME_XPATH = etree.XPath(
    "//time[@datetime][@pubdate or @itemprop='datePublished' or contains(@class, 'publish') "
    "or contains(@class, 'posted') or ancestor::*[contains(@class, 'publish')]]"
    "| //*[@itemprop='datePublished'][@datetime or @content]"
)


def _date_from_time_elements(tree: HtmlElement) -> datetime | None:
    for elem in _TIME_XPATH(tree):
        parsed = parse_datetime(elem.get("datetime") or elem.get("content") or "")
        if parsed is not None:
            return parsed
    return None


def _published(
    tree: HtmlElement, objects: list[dict], htmldate_value: str | None
) -> tuple[datetime | None, str | None]:
    """The first-publication time and the signal it came from: JSON-LD, meta tags, <time>, htmldate."""
    meta = _date_from_meta(tree)
    found = _date_from_json_ld(objects)
    if found is not None:
        # meta tags often carry the offset the JSON-LD value lacks for the same instant
        if meta and found.tzinfo is None and meta[0].tzinfo is not None and meta[0].replace(tzinfo=None) == found:
            return meta
        return found, "json-ld"
    if meta is not None:
        return meta
    found = _date_from_time_elements(tree)
    if found is not None:
        return found, "time-element"
    if htmldate_value:
        parsed = parse_datetime(htmldate_value)
        if parsed is not None:
            return parsed, "htmldate"
    return None, None


# ---------------------------------------------------------------------------------------------
# title


_SEPARATORS = "|\\-\u2013\u2014\u2022*:\u00b7"
_SITE_SUFFIX = re.compile(rf"^(?P<title>.+?)\s+[{_SEPARATORS}]\s+(?P<site>[^{_SEPARATORS}]{{2,60}})$")


def _strip_site(title: str, site_keys: set[str]) -> str:
    """'Headline | TechCrunch' -> 'Headline' when the tail names the site; repeated for 'A - B | C'."""
    while True:
        m = _SITE_SUFFIX.match(title)
        if not m:
            return title
        site = _norm(m.group("site")).replace(" ", "")
        if not site or not any(site in k or k in site for k in site_keys):
            return title
        title = m.group("title").strip()


def _title_candidates(tree: HtmlElement, objects: list[dict], fallback: str | None) -> list[str]:
    """Headline candidates, best first: JSON-LD headline, og:title, twitter:title, first <h1>, trafilatura's."""
    out: list[str] = []
    for obj in objects:
        if _types(obj) & _ARTICLE_TYPES and isinstance(obj.get("headline"), str):
            out.append(obj["headline"])
            break
    for xpath in ('//meta[@property="og:title"]/@content', '//meta[@name="twitter:title"]/@content'):
        out += tree.xpath(xpath)[:1]
    out += [h.text_content() for h in tree.iterfind(".//h1")][:1]
    if fallback:
        out.append(fallback)
    return [t for t in (_clean(html_lib.unescape(str(x))) for x in out) if t]


def _site_keys(tree: HtmlElement, sitename: str | None, url: str | None) -> set[str]:
    keys = {_norm(sitename).replace(" ", "")} if sitename else set()
    keys |= {_norm(v).replace(" ", "") for v in tree.xpath('//meta[@property="og:site_name"]/@content')}
    canonical = url or next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None)
    host = re.match(r"(?:https?://)?(?:www\.)?([^/:]+)", canonical or "")
    if host:
        keys.add(host.group(1).split(".")[0].lower())
    return {k for k in keys if len(k) >= 2}


# ---------------------------------------------------------------------------------------------
# language


def _language(tree: HtmlElement, objects: list[dict]) -> str | None:
    """Primary language subtag ('en') from <html lang>, content-language, og:locale or JSON-LD."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content"))
    candidates += [o.get("inLanguage") for o in objects if isinstance(o.get("inLanguage"), str)]
    for value in candidates:
        m = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", value or "")
        if m:
            return m.group(1).lower()
    return None


# ---------------------------------------------------------------------------------------------
# the stage


def extract_html(html: str | bytes, *, url: str | None = None) -> HtmlExtract:
    """Extract the article from one news page.

    Raises EmptyInputError (D001) for an empty page, EncodingError (D004) for bytes that do not
    decode, NoTextError (D005) when the page has no article body.
    """
    text = decode_html(html) if isinstance(html, (bytes, bytearray)) else html
    if not text.strip():
        raise EmptyInputError("page is empty")
    tree = trafilatura.load_html(text)
    if tree is None:
        raise NoTextError("page is not HTML")
    captions = _captions(tree)
    objects = _json_ld_objects(tree)
    meta = trafilatura.extract_metadata(copy.deepcopy(tree), default_url=url, date_config=dict(HTMLDATE_OPTIONS))
    titles = _title_candidates(tree, objects, meta.title)
    site_keys = _site_keys(tree, meta.sitename, url)
    work = copy.deepcopy(tree)
    _drop_popups(work)
    _merge_split_bodies(work)
    _wrap_loose_text(work)
    precise = trafilatura.bare_extraction(work, url=url, **TRAFILATURA_OPTIONS)
    broad = trafilatura.bare_extraction(work, url=url, **{**TRAFILATURA_OPTIONS, **BROAD_OPTIONS})
    precise_blocks = list(_blocks(precise.body)) if precise is not None and precise.body is not None else []
    broad_blocks = list(_blocks(broad.body)) if broad is not None and broad.body is not None else []
    printed = _paragraph_keys(tree)
    caption_keys = {_norm(c) for c in captions} | _image_texts(tree)
    page = _PageText(
        titles=frozenset({_norm(_strip_site(t, site_keys)) for t in titles} | {_norm(t) for t in titles}),
        captions=frozenset({_norm(c) for c in captions} - printed),
        image_texts=frozenset(_image_texts(tree) - printed),
        echoes=frozenset(caption_keys & printed),
        link_only=frozenset(_link_only(broad.body) if broad_blocks else ()),
    )
    paragraphs, more_captions = _filter_blocks(_fill_gaps(precise_blocks, broad_blocks, page.link_only), page)
    if _length(paragraphs) < SMALL_BODY:
        # precision mode settled on a fragment (a reprint notice, a byline box) or on nothing
        alt_paragraphs, alt_captions = _filter_blocks(broad_blocks, page)
        if _length(alt_paragraphs) >= 3 * max(_length(paragraphs), 1):
            paragraphs, more_captions = alt_paragraphs, alt_captions
    if not paragraphs:
        raise NoTextError("page has no article body")
    published, source = _published(tree, objects, meta.date)
    return HtmlExtract(
        title=_strip_site(titles[0], site_keys) if titles else None,
        paragraphs=tuple(paragraphs),
        captions=tuple(captions + [c for c in more_captions if c not in captions]),
        published=published,
        published_source=source,
        author=_clean(meta.author) or None,
        sitename=_clean(meta.sitename) or None,
        language=_language(tree, objects),
        description=_clean(meta.description) or None,
    )
