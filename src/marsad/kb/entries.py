"""The KB record: an actor (person, organisation, country) with names, codes and dated roles."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# PLOVER/CAMEO sector codes marsad emits (SCHEMA.md), plus IGO/NGO for international bodies.
SECTORS = frozenset(
    ["COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "IGO", "NGO"]
)


@dataclass(slots=True)
class Role:
    """A dated role: `role` (e.g. "defence_minister") held in `country` between two ISO dates.

    `country` is an ISO alpha-3 code or the key of an international body ("UN").
    Dates are ISO prefixes (yyyy, yyyy-mm, yyyy-mm-dd); None is an open end.
    """

    role: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    sector: str | None = None

    def active(self, on: str | None) -> bool:
        """True when the role was held on the ISO date `on` (always True when `on` is None)."""
        if on is None:
            return True
        if self.start and on[: len(self.start)] < self.start:
            return False
        return not (self.end and on[: len(self.end)] > self.end)


@dataclass(slots=True)
class Entry:
    kb_id: str
    name_ar: str
    name_en: str | None = None
    type: str | None = None  # PER ORG GPE NORP or None when the source does not say
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)  # Arabic names, the canonical one first
    demonyms: list[str] = field(default_factory=list)  # for countries: adjectives and plurals
    roles: list[Role] = field(default_factory=list)
    source: str = "curated"  # curated | iso | cameo

    def at(self, on: str | None) -> tuple[str | None, str | None]:
        """(country, sector) on a date: from the role active then, else the entry's own codes."""
        for role in sorted(self.roles, key=lambda r: r.start or "", reverse=True):
            if on is not None and role.active(on) and (role.country or role.sector):
                country = role.country if role.country and len(role.country) == 3 else self.country
                return country or self.country, role.sector or self.sector
        return self.country, self.sector

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: v for k, v in data.items() if v not in (None, [], "")}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        data = dict(data)
        data["roles"] = [Role(**r) for r in data.get("roles", [])]
        return cls(**data)
