"""Actor values as they appear in Dateline's output."""

from __future__ import annotations

from dataclasses import dataclass, field

from .schema import SECTORS


@dataclass(frozen=True)
class Actor:
    """Someone or something that acts or is acted on; ``known`` when it is in the gazetteer."""

    id: str
    name: str
    kind: str  # person organisation country place group
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    known: bool = True
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "known": self.known,
        }


@dataclass
class Mention:
    """An actor named in the text: char offsets in ``article.text``, token span in paragraph ``para``."""

    start: int
    end: int
    text: str
    para: int
    i: int
    j: int
    actor: str
    how: str  # name short context adjective title capital pronoun ner
    place: bool = False
    acts_as: str | None = None  # a capital city standing for its country's government
    extra: dict = field(default_factory=dict)


def group_id(country: str, sector: str | None) -> str:
    """Id of a generic group such as North Korea's military ("PRK-MIL")."""
    return f"{country}-{sector}" if sector else country


def group_name(country_name: str, sector: str | None) -> str:
    return f"{country_name} ({SECTORS[sector].split(',')[0]})" if sector else country_name
