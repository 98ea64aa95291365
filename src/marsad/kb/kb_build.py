"""Build the shipped actor KB `data/kb/kb.jsonl.gz` from its three layers.

1. countries: every ISO 3166-1 country (pycountry + CLDR Arabic names via babel) with curated
   adjectives/demonyms and Wikidata ids (`data/kb/countries_ar.tsv`);
2. curated: `data/kb/curated.tsv`, the region's main actors with aliases, codes and dated roles;
3. cameo: the UniversalPetrarch Arabic actor dictionary (MIT), cleaned (`kb.cameo`), read from
   `../shared/data/cameo-ar/actor_dict_ar_v4.txt` or the path given with `--cameo`.
Each entry records its `source`; one JSON object per line, in a stable order.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

from marsad.kb.cameo import merge, read_entries
from marsad.kb.countries import DATA_DIR, load_countries
from marsad.kb.entries import Entry, Role

DEFAULT_CAMEO = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "cameo-ar" / "actor_dict_ar_v4.txt"


def country_entries() -> list[Entry]:
    """One GPE entry per country; its adjectives and plurals are its demonyms."""
    return [
        Entry(kb_id=r.kb_id, name_ar=r.name_ar, name_en=r.name_en, type="GPE", country=r.iso3,
              sector="GOV", aliases=r.names_ar, demonyms=r.demonyms_ar, source="iso")
        for r in load_countries()
    ]


def parse_roles(cell: str, country: str | None) -> list[Role]:
    """«defence_minister:2023-06-04..;secretary_general@UN:2007..2016» -> roles."""
    roles = []
    for part in filter(None, (p.strip() for p in cell.split(";"))):
        head, _, dates = part.partition(":")
        role, _, where = head.partition("@")
        start, _, end = dates.partition("..")
        roles.append(Role(role, where or country, start or None, end or None))
    return roles


def curated_entries(path: Path | None = None) -> list[Entry]:
    """The hand-written actors of `data/kb/curated.tsv`."""
    path = path or DATA_DIR / "curated.tsv"
    entries = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"):
            country = None if row["country"] in ("", "-") else row["country"]
            aliases = [a.strip() for a in row["aliases_ar"].split("|") if a.strip()]
            note = (row.get("note") or "").strip()
            entries.append(Entry(
                kb_id=row["id"], name_ar=aliases[0], name_en=row["name_en"], type=row["type"],
                country=country, sector=row["sector"] or None, aliases=aliases,
                roles=parse_roles(row["roles"] or "", country),
                source="curated" + (f": {note}" if note else ""),
            ))
    return entries


def cameo_entries(path: Path) -> list[Entry]:
    """The cleaned CAMEO actor dictionary."""
    import pycountry

    iso3 = {c.alpha_3 for c in pycountry.countries}
    return merge(read_entries(path, iso3))


def build(cameo_path: Path = DEFAULT_CAMEO) -> list[Entry]:
    """All entries: countries, curated actors, then CAMEO."""
    return country_entries() + curated_entries() + cameo_entries(cameo_path)


def write(entries: list[Entry], path: Path | None = None) -> Path:
    """Gzipped JSON lines (mtime 0: a rebuild gives identical bytes)."""
    path = path or DATA_DIR / "kb.jsonl.gz"
    body = "".join(json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for e in entries)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(body.encode("utf-8"))
    return path
