"""The gazetteer's file format, validated on load (``dateline/data/actors/*.yaml``)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

#: PLOVER/CAMEO actor sectors Dateline uses.
SECTORS = {
    "GOV": "government, executive",
    "MIL": "armed forces",
    "PTY": "political party",
    "LEG": "legislature",
    "JUD": "judiciary",
    "COP": "police, internal security",
    "SPY": "intelligence service",
    "MED": "media, news agency",
    "REB": "rebels, insurgents",
    "OPP": "political opposition",
    "BUS": "business",
    "CVL": "civilians",
    "EDU": "education",
    "HLH": "health",
    "REL": "religious",
    "NGO": "non-governmental organisation",
    "IGO": "intergovernmental organisation",
    "ELI": "elites, notables",
    "LAB": "labour, unions",
    "REF": "refugees, displaced",
    "CRM": "criminals",
    "AGR": "agriculture",
    "ENV": "environment",
    "SCI": "science, technology",
    "UAF": "unaffiliated armed forces",
}

Kind = Literal["person", "organisation", "country", "place"]


def _known_sector(cls, v: str | None) -> str | None:
    if v is not None and v not in SECTORS:
        raise ValueError(f"unknown sector {v!r}")
    return v


class Role(BaseModel):
    """A dated position: lets "the defence minister" resolve to whoever held it that day."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    office: str = Field(description="key from offices.yaml, e.g. head_of_state, defence_minister")
    country: str | None = Field(None, description="ISO 3166 alpha-3 the office belongs to (default: the actor's)")
    org: str | None = Field(None, description="id of the organisation, e.g. wpk")
    title: str | None = Field(None, description="official title as written")
    sector: str | None = Field(None, description="sector while in this role (default: the actor's)")
    start: dt.date | None = None
    end: dt.date | None = Field(None, description="last day in office; None = still in office")

    _sector_known = field_validator("sector")(_known_sector)

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Entry(BaseModel):
    """One actor or place. Countries use their ISO 3166 alpha-3 code as id; others a slug."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    kind: Kind
    country: str | None = Field(None, description="ISO 3166 alpha-3 (IGOs: None)")
    sector: str | None = None
    aliases: list[str] = Field(default_factory=list, description="other full names: always matched")
    short: list[str] = Field(
        default_factory=list,
        description="short forms (a surname): matched only after a full mention in the same article",
    )
    adjectives: list[str] = Field(default_factory=list, description="countries: demonyms, 'North Korean'")
    context_aliases: list[str] = Field(
        default_factory=list,
        description="phrases such as 'the North' or 'state media': matched only when the entry's "
        "country is already named in the article",
    )
    capital: str | None = Field(None, description="countries: id of the capital place")
    capital_of: str | None = Field(None, description="places: the country whose government the city stands for")
    lat: float | None = None
    lon: float | None = None
    roles: list[Role] = Field(default_factory=list)
    female: bool = Field(False, description="people: a woman, whom 'she'/'her' may take and 'he'/'his' may not")
    parent: str | None = Field(None, description="id of the organisation this one belongs to")
    agency: bool = Field(False, description="a news agency or outlet that appears in datelines and bylines")
    timezone: str | None = Field(None, description="IANA zone of an agency's publication times")
    report_lag_days: int = Field(0, ge=0, le=7, description="an agency that reports what happened the day before "
                                 "(KCNA: 1): an undated event's likeliest day (its date's value) is that many days "
                                 "before publication; its range still ends on the publication day")
    confidence_model: str | None = Field(
        None, description="outlets: the model of events/confidence.yaml that scores their events ('state_media' for "
        "KCNA and its kin, whose wording the KCNA marks describe); None: the file's default (wire copy)")
    examples: list[str] = Field(default_factory=list, description="sentences in which a test must find this entry")

    _sector_known = field_validator("sector")(_known_sector)

    @field_validator("country")
    @classmethod
    def _alpha3(cls, v: str | None) -> str | None:
        if v is not None and not (len(v) == 3 and v.isalpha() and v.isupper()):
            raise ValueError(f"country must be ISO 3166 alpha-3, got {v!r}")
        return v

    @model_validator(mode="after")
    def _country_id(self) -> "Entry":
        if self.kind == "country" and self.id != self.country:
            raise ValueError(f"country {self.name!r}: id must equal its alpha-3 code")
        return self


class Office(BaseModel):
    """A title phrase and the offices it can refer to, tried in order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    offices: list[str]
    examples: list[str] = Field(default_factory=list)


class GazetteerFile(BaseModel):
    """One YAML file: ``entries:`` and/or ``offices:``."""

    model_config = ConfigDict(extra="forbid")

    entries: list[Entry] = Field(default_factory=list)
    offices: list[Office] = Field(default_factory=list)
