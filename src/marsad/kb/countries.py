"""Countries: ISO codes, English and Arabic names, and Arabic adjectives/demonyms.

Names come from pycountry (ISO 3166) and babel (CLDR Arabic territory names); adjectives,
plural demonyms, extra names and Wikidata ids for the region's main countries come from the
hand-written `data/kb/countries_ar.tsv`. Used by the KB builder and the gazetteer builder.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "kb"


@dataclass(slots=True)
class CountryRecord:
    iso2: str
    iso3: str
    name_en: str
    name_ar: str
    names_ar: list[str] = field(default_factory=list)  # every name of the country itself
    demonyms_ar: list[str] = field(default_factory=list)  # adjectives and plurals (NORP)
    qid: str | None = None

    @property
    def kb_id(self) -> str:
        return f"wikidata:{self.qid}" if self.qid else f"iso:{self.iso3}"


def adjective_forms(adjective: str) -> list[str]:
    """The inflections of a nisba adjective: تركي -> تركي تركية تركيون تركيين (± article)."""
    forms = [adjective, adjective + "ة", adjective + "ون", adjective + "ين"]
    return forms + ["ال" + f for f in forms]


def _curated() -> dict[str, dict[str, str]]:
    path = DATA_DIR / "countries_ar.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["iso3"]: row for row in rows}


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip() and v.strip() != "-"]


def load_countries() -> list[CountryRecord]:
    """Every ISO 3166-1 country with its Arabic names and, where curated, demonyms."""
    import pycountry
    from babel import Locale

    arabic = Locale("ar").territories
    curated = _curated()
    records = []
    for country in pycountry.countries:
        row = curated.get(country.alpha_3, {})
        name_en = row.get("name_en") or getattr(country, "common_name", None) or country.name
        name_ar = arabic.get(country.alpha_2, "")
        names = _split(row.get("names_ar"))
        if name_ar and name_ar not in names:
            names.insert(0, name_ar)
        if not names:
            continue
        demonyms: list[str] = []
        for adjective in _split(row.get("adjectives_ar")):
            demonyms += adjective_forms(adjective)
        for plural in _split(row.get("plurals_ar")):
            demonyms += [plural, "ال" + plural if not plural.startswith("ال") else plural]
        records.append(
            CountryRecord(
                iso2=country.alpha_2,
                iso3=country.alpha_3,
                name_en=name_en if name_en != "-" else country.name,
                name_ar=names[0],
                names_ar=names,
                demonyms_ar=list(dict.fromkeys(demonyms)),
                qid=row.get("qid") if row.get("qid") not in (None, "", "-") else None,
            )
        )
    return records
