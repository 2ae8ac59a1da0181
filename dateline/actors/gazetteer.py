"""The gazetteer: who and where, with aliases and dated roles (``data/actors/*.yaml``)."""

from __future__ import annotations

import datetime as dt
import pathlib
import re
from collections import defaultdict
from importlib import resources
from typing import Iterable, Iterator

import yaml
from pydantic import ValidationError

from ..datafiles import load_yaml
from ..errors import DataFileError
from ..ingest.article import Agency
from .schema import Entry, GazetteerFile, Office

__all__ = ["Gazetteer", "Phrase", "norm_name"]


def norm_name(name: str) -> str:
    """Compare names blind to case, spacing, hyphens and apostrophes ("Kim Jong-un" = "kim jong un")."""
    return " ".join(re.findall(r"[^\W_]+", name.casefold().replace("'s ", " ")))


class Phrase(tuple):
    """(text, entry id or title, how): one string the matcher looks for."""

    __slots__ = ()

    def __new__(cls, text: str, target: str, how: str):
        return super().__new__(cls, (text, target, how))

    text = property(lambda self: self[0])
    target = property(lambda self: self[1])
    how = property(lambda self: self[2])


def _variants(name: str) -> set[str]:
    """Spelling variants news copy uses for the same name."""
    out = {name}
    if "'" in name:
        out.add(name.replace("'", "\u2019"))
    if "-" in name:
        out.add(name.replace("-", " "))
    return out


class Gazetteer:
    """Entries by id, their names for matching, and dated office holders."""

    def __init__(self, entries: Iterable[Entry], offices: Iterable[Office] = ()) -> None:
        self.entries: dict[str, Entry] = {}
        for e in entries:
            if e.id in self.entries:
                raise DataFileError(f"gazetteer id {e.id!r} is defined twice")
            self.entries[e.id] = e
        self.offices: dict[str, tuple[str, ...]] = {norm_name(o.title): tuple(o.offices) for o in offices}
        self.office_titles = [o.title for o in offices]
        self._by_name: dict[str, list[str]] = defaultdict(list)
        self._holders: dict[tuple[str, str], list[tuple[Entry, object]]] = defaultdict(list)
        self._adjectives: dict[str, str] = {}
        for e in self.entries.values():
            for n in [e.name, *e.aliases]:
                key = norm_name(n)
                if e.id not in self._by_name[key]:
                    self._by_name[key].append(e.id)
            for adj in e.adjectives:
                self._adjectives[norm_name(adj)] = e.id
            for role in e.roles:  # "the NATO secretary-general" is keyed by the body, others by country;
                # a party's leader is not "the South Korean leader": party offices only by the party
                keys = set() if role.org and role.office == "party_leader" else {role.country or e.country or ""}
                keys |= {role.org} if role.org else set()
                for key in keys:
                    self._holders[(role.office, key)].append((e, role))

    @classmethod
    def load(cls, paths: Iterable[str | pathlib.Path] | None = None) -> "Gazetteer":
        """Read and validate YAML files (default: every file in ``dateline/data/actors``)."""
        entries: list[Entry] = []
        offices: list[Office] = []
        for name, text in _read_files(paths):
            try:
                data = GazetteerFile.model_validate(load_yaml(text) or {})
            except (ValidationError, yaml.YAMLError) as exc:
                raise DataFileError(f"gazetteer file {name} is invalid: {str(exc).splitlines()[0]}") from exc
            entries.extend(data.entries)
            offices.extend(data.offices)
        return cls(entries, offices)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entry_id: str) -> bool:
        return entry_id in self.entries

    def get(self, entry_id: str | None) -> Entry | None:
        return self.entries.get(entry_id) if entry_id else None

    def lookup(self, name: str, kind: str | None = None) -> Entry | None:
        """The entry whose name or alias is ``name`` (first defined wins), optionally of one kind."""
        for eid in self._by_name.get(norm_name(name), ()):
            e = self.entries[eid]
            if kind is None or e.kind == kind:
                return e
        return None

    def adjective(self, word: str) -> str | None:
        """Country id for a nationality adjective ("Russian" -> "RUS")."""
        return self._adjectives.get(norm_name(word))

    def holder(self, office: str, country: str, day: dt.date) -> Entry | None:
        """Who held ``office`` in ``country`` (or body, "nato") on ``day``; the latest appointed if several."""
        found = [(role.start or dt.date.min, e) for e, role in self._holders.get((office, country), ())
                 if role.valid_on(day)]
        return max(found, key=lambda x: x[0])[1] if found else None

    def sector_on(self, entry: Entry, day: dt.date | None) -> str | None:
        """The entry's sector on a day: that of a role then held, else its own."""
        if day is not None:
            for role in entry.roles:
                if role.sector and role.valid_on(day):
                    return role.sector
        return entry.sector

    def international_office_on(self, entry: Entry, day: dt.date | None) -> Entry | None:
        """The international body (an IGO with no country of its own) whose office a person holds on
        a day: "U.N. Secretary-General Kofi Annan" acts for the UN, not for Ghana (CAMEO codes him IGO)."""
        if day is None or entry.kind != "person":
            return None
        for role in entry.roles:
            org = self.entries.get(role.org) if role.org else None
            if org is not None and org.country is None and org.sector == "IGO" and role.valid_on(day):
                return org
        return None

    def agency(self, name: str) -> Agency | None:
        """A news agency or outlet by any of its names ("KCNA", "Yonhap News Agency")."""
        for eid in self._by_name.get(norm_name(name), ()):
            e = self.entries[eid]
            if e.agency:
                return Agency(e.id, e.name, e.timezone)
        return None

    def phrases(self) -> Iterator[Phrase]:
        """Every string the actor matcher should find, with how it was listed."""
        for e in self.entries.values():
            for n in [e.name, *e.aliases]:
                for v in _variants(n):
                    yield Phrase(v, e.id, "name")
            for n in e.short:
                yield Phrase(n, e.id, "short")
            for n in e.adjectives:
                for v in _variants(n):
                    yield Phrase(v, e.id, "adjective")
                if not n.endswith(("sh", "ese", "s", "x", "z")):  # "Palestinians", "Serbs", "Greek Cypriots"
                    yield Phrase(n + "s", e.id, "demonym")
            for n in e.context_aliases:
                yield Phrase(n, e.id, "context")
        for title in self.office_titles:
            yield Phrase(title, title, "title")

    def person_names(self) -> list[str]:
        """Full names of people (for repairing names glued to neighbouring words)."""
        return [n for e in self.entries.values() if e.kind == "person" for n in [e.name, *e.aliases]
                if len(n.split()) >= 2]


def _read_files(paths: Iterable[str | pathlib.Path] | None) -> Iterator[tuple[str, str]]:
    if paths is None:
        folder = resources.files("dateline").joinpath("data/actors")
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.name.endswith((".yaml", ".yml")):
                yield item.name, item.read_text("utf-8")
        return
    for p in paths:
        p = pathlib.Path(p)
        files = sorted(p.glob("*.yaml")) if p.is_dir() else [p]
        for f in files:
            yield str(f), f.read_text("utf-8")
