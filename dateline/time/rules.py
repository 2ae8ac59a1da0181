"""The tagger's data files: validated with pydantic, then compiled into regular expressions.

Patterns name word classes as ``<class>`` (the group is named after the class) or
``<class:group>``; a group may recur in alternatives. A space matches any run of whitespace.
"""

from __future__ import annotations

import pathlib
import re
from dataclasses import dataclass
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import DataFileError

__all__ = ["Example", "Grammar", "HolidaySpec", "Rule", "Vocabulary", "load_grammar"]

DATA_DIR = pathlib.Path(__file__).resolve().parent.parent / "data" / "time"

#: Normalisers in resolve.py; a rule names one as its ``kind``.
Kind = Literal[
    "date",
    "year",
    "decade",
    "century",
    "weekday",
    "relative",
    "month_relative",
    "offset",
    "anaphor",
    "month_anaphor",
    "same_period",
    "focus_day",
    "duration",
    "fixed",
    "clock",
    "quarter",
    "season",
    "holiday",
    "set",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WordClass(_Strict):
    """Surface forms of one word class and the value each stands for."""

    exact_case: bool = False
    forms: dict[str, Any]


class HolidaySpec(_Strict):
    """A holiday: a fixed day, the n-th weekday of a month, or an offset from Easter Sunday."""

    month: int | None = Field(None, ge=1, le=12)
    day: int | None = Field(None, ge=1, le=31)
    weekday: int | None = Field(None, ge=1, le=7)
    nth: int | None = None
    after_day: int | None = None
    easter: int | None = None


class Vocabulary(_Strict):
    classes: dict[str, WordClass]
    holidays: dict[str, HolidaySpec] = {}


class Example(_Strict):
    """A phrase the rule must tag: ``expr`` (default: all of ``text``) must get ``value``."""

    text: str
    value: str
    expr: str | None = None
    type: Literal["DATE", "TIME", "DURATION", "SET"] | None = None
    dct: str = "2024-06-29"
    mod: str | None = None


class Rule(_Strict):
    """One pattern, the normaliser that turns its match into a value, and examples."""

    name: str
    pattern: str
    kind: Kind
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    params: dict[str, Any] = {}
    preceded_by: str | None = None
    not_preceded_by: str | None = None
    followed_by: str | None = None
    not_followed_by: str | None = None
    case_sensitive: bool = False
    #: breaks ties between matches of equal length (higher wins; then file order)
    priority: int = 0
    #: word classes or words one of which every match contains: the rule runs only on
    #: paragraphs that have one (default: any class or word of the pattern, or a digit)
    requires: list[str] = []
    examples: list[Example] = Field(min_length=1)

    @field_validator("name")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", v):
            raise ValueError("rule names are lower_snake_case")
        return v


class RuleFile(_Strict):
    rules: list[Rule]


@dataclass(frozen=True)
class CompiledRule:
    """A rule ready to run: its regex and which word class each named group holds."""

    rule: Rule
    regex: re.Pattern
    group_classes: dict[str, str]
    priority: tuple[int, int]
    preceded_by: re.Pattern | None
    not_preceded_by: re.Pattern | None
    followed_by: re.Pattern | None
    not_followed_by: re.Pattern | None
    #: words one of which (or a digit, when ``digits``) every match contains
    triggers: frozenset[str] = frozenset()
    digits: bool = False


@dataclass(frozen=True)
class Grammar:
    """Everything the tagger reads from the data directory."""

    rules: tuple[CompiledRule, ...]
    lookup: dict[str, dict[str, Any]]  # class -> lower-cased form -> value
    holidays: dict[str, HolidaySpec]
    #: (class, regex, calendar values only), tried in this order
    modifiers: tuple[tuple[str, re.Pattern, bool], ...]


#: Classes the loader and the normalisers read by name.
_REQUIRED_CLASSES = {"number", "tens", "fuzzy", "unit", "units", "date_mod", "duration_mod"}
_MACRO = re.compile(r"(?<!\?P)<([a-z_]+)(?::([a-z_0-9]+))?>")

#: Built-in classes that are patterns rather than word lists.
_BUILTIN = {
    "day": r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])",
    "year": r"(?:1[0-9]|20|21)[0-9]{2}(?![0-9])",
    "yy": r"[0-9]{2}(?![0-9])",
    "hour": r"(?:[01]?[0-9]|2[0-4])(?![0-9])",
    "minute": r"[0-5][0-9](?![0-9])",
    "digits": r"[0-9]+(?:\.[0-9]+)?(?![0-9])",
}


def _alternation(forms: list[str], exact_case: bool) -> str:
    variants: set[str] = set()
    for f in forms:
        variants.add(f)
        if exact_case:
            variants.add(f.upper())
    parts = []
    for f in sorted(variants, key=lambda s: (-len(s), s)):
        esc = re.escape(f).replace(r"\ ", " ")
        # A form ending in a letter must end at a word boundary; "Jan." carries its own stop.
        parts.append(esc + (r"\b" if f[-1].isalnum() else ""))
    body = "|".join(parts)
    return f"(?-i:{body})" if exact_case else f"(?:{body})"


def _number_forms(lookup: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Number words 1..99 (``twenty-four``, ``twenty four``) and the fixed phrases."""
    forms = {k: int(v) for k, v in lookup["number"].items()}
    units = {k: v for k, v in forms.items() if isinstance(v, int) and 1 <= v <= 9 and " " not in k}
    for tens, tv in lookup["tens"].items():
        forms[tens] = int(tv)
        for u, uv in units.items():
            forms[f"{tens}-{u}"] = int(tv) + uv
            forms[f"{tens} {u}"] = int(tv) + uv
    return forms


def _expand(pattern: str, classes: dict[str, str]) -> tuple[str, dict[str, str]]:
    group_classes: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        cls, group = m.group(1), m.group(2) or m.group(1)
        if cls not in classes:
            raise DataFileError(f"pattern names unknown word class <{cls}>: {pattern!r}")
        # a group named twice (in alternatives) is stored as group__2; Match reads either
        k = 2
        base = group
        while group in group_classes:
            group, k = f"{base}__{k}", k + 1
        group_classes[group] = cls
        return f"(?P<{group}>{classes[cls]})"

    body = _MACRO.sub(sub, pattern)
    body = re.sub(r" +([?*])", r"\\s*", body)  # "FY ?25": optional space
    body = re.sub(r" +", r"\\s+", body)
    return body, group_classes


def _read_yaml(path: pathlib.Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read {path.name}: {exc}") from exc


def load_grammar(path: str | pathlib.Path | None = None) -> Grammar:
    """Read ``vocabulary.yaml`` and every other ``*.yaml`` rule file under ``path``."""
    folder = pathlib.Path(path) if path else DATA_DIR
    vocab_path = folder / "vocabulary.yaml"
    try:
        vocab = Vocabulary.model_validate(_read_yaml(vocab_path))
        rule_files = [
            (p, RuleFile.model_validate(_read_yaml(p)))
            for p in sorted(folder.glob("*.yaml"))
            if p.name != "vocabulary.yaml"
        ]
    except ValidationError as exc:
        raise DataFileError(f"invalid time data in {folder}: {exc}") from exc
    if not rule_files:
        raise DataFileError(f"no rule files in {folder}")
    missing = _REQUIRED_CLASSES - set(vocab.classes)
    if missing:
        raise DataFileError(f"vocabulary.yaml lacks word classes {sorted(missing)}")

    lookup = {name: {k.lower(): v for k, v in wc.forms.items()} for name, wc in vocab.classes.items()}
    lookup["num"] = _number_forms(lookup)
    lookup["holiday"] = {k.lower(): k for k in vocab.holidays}
    classes = {name: _alternation(list(wc.forms), wc.exact_case) for name, wc in vocab.classes.items()}
    classes.update(_BUILTIN)
    classes["holiday"] = _alternation(list(vocab.holidays), False)
    words = _alternation(list(lookup["num"]), False)
    classes["num"] = (
        rf"(?:(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.[0-9]+)?(?: 1/2| and a half)?(?![0-9])|(?:{words})(?: and a half)?|an?(?= )|one)"
    ).replace(" ", r"\s+")

    compiled: list[CompiledRule] = []
    seen: set[str] = set()
    for path_, rf in rule_files:
        for rule in rf.rules:
            if rule.name in seen:
                raise DataFileError(f"rule {rule.name!r} defined twice ({path_.name})")
            seen.add(rule.name)
            body, group_classes = _expand(rule.pattern, classes)
            flags = 0 if rule.case_sensitive else re.IGNORECASE
            try:
                regex = re.compile(rf"(?<![\w])(?:{body})(?![\w])", flags)
                ctx = (
                    _context(rule.preceded_by, classes, before=True),
                    _context(rule.not_preceded_by, classes, before=True),
                    _context(rule.followed_by, classes, before=False),
                    _context(rule.not_followed_by, classes, before=False),
                )
            except re.error as exc:
                raise DataFileError(f"rule {rule.name!r} does not compile: {exc}") from exc
            order = (-rule.priority, len(compiled))
            words, digits = _triggers(rule, lookup)
            compiled.append(CompiledRule(rule, regex, group_classes, order, *ctx, words, digits))

    modifiers = tuple(
        (cls, _modifier_regex(vocab.classes[cls].forms), calendar_only)
        for cls, calendar_only in (("date_mod", True), ("duration_mod", False))
    )
    return Grammar(tuple(compiled), lookup, dict(vocab.holidays), modifiers)


def _modifier_regex(forms: dict[str, Any]) -> re.Pattern:
    """A modifier ending right where an expression starts ("mid-" may touch it)."""
    alt = _alternation(list(forms), False)
    return re.compile(rf"(?:^|(?<=[^\w-]))(?P<mod>{alt})(?:\s+|(?<=-))\Z", re.IGNORECASE)


#: Words too common to tell a paragraph apart; a rule is never triggered by these alone.
_STOPWORDS = frozenset(
    "the a an of in on at to and or for by that this these those its their his her from with as "
    "is are was were be".split()
)
_NUMERIC_CLASSES = {"day", "year", "yy", "hour", "minute", "digits", "num"}


def _triggers(rule: Rule, lookup: dict[str, dict[str, Any]]) -> tuple[frozenset[str], bool]:
    """Words one of which every match of the rule contains (its classes' forms and its own
    literal words, or just its ``requires``), and whether a digit may stand in for them."""
    if rule.requires:
        words = set()
        for item in rule.requires:
            forms = lookup.get(item, {item: None})
            for form in forms:
                words.update(_WORD.findall(str(form).lower()))
        return frozenset(words), False
    pattern = rule.pattern
    classes = [m.group(1) for m in _MACRO.finditer(pattern)]
    words: set[str] = set()
    digits = any(c in _NUMERIC_CLASSES for c in classes) or bool(re.search(r"\\d|0-9|\[[0-9]", pattern))
    for cls in classes:
        for form in lookup.get(cls, {}):
            words.update(_WORD.findall(str(form).lower()))
    literal = _MACRO.sub(" ", _SYNTAX.sub(" ", pattern))
    words.update(_WORD.findall(literal.lower()))
    return frozenset(words - _STOPWORDS), digits


_WORD = re.compile(r"[a-z]+")
#: Regex syntax that looks like words: group names, inline flags, escapes.
_SYNTAX = re.compile(r"\(\?P<\w+>|\(\?[-a-zA-Z]*:|\\[a-zA-Z]")


def _context(pattern: str | None, classes: dict[str, str], *, before: bool) -> re.Pattern | None:
    """A context test: ``before`` ones must end where the match starts, others start where it ends."""
    if not pattern:
        return None
    pattern = _MACRO.sub(lambda m: f"(?:{classes[m.group(1)]})", pattern)
    return re.compile(rf"(?:{pattern})\Z" if before else rf"(?:{pattern})", re.IGNORECASE)

