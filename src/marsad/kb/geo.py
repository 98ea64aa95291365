"""Place resolution against the shipped gazetteer, disambiguated by the article's country context.

A mention is looked up under its clitic splits (`keys.query_keys`), then, when nothing is
found, with leading descriptor words dropped («العاصمة طرابلس» -> «طرابلس», «شرق ليبيا» ->
«ليبيا»). A trailing nisba adjective («طرابلس الليبية») restricts the country. Among the
candidates the winner maximises log-population + a bonus for countries the article is about
(`country_context`) + small bonuses for capitals and countries. «طرابلس» in a Libyan story is
Tripoli, Libya; in a Lebanese story, Tripoli, Lebanon. A nisba adjective next to the mention
(«العاصمة الأردنية عمان») names the country outright. A mention with no Arabic-name match is
compared by consonant skeleton with places that have only Latin names, in the article's
countries (`kb.skeleton`).
"""

from __future__ import annotations

import csv
import gzip
import io
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.document import Document, Geo
from marsad.errors import ModelError
from marsad.kb.geo_build import GEO_DIR
from marsad.kb.keys import clean, name_key, query_keys, strip_article
from marsad.kb.skeleton import arabic_skeleton, skeleton_keys

PLACE_TYPES = ("LOC", "GPE", "FAC")
CONTEXT_WEIGHT = 2.0
CONTEXT_CAP = 1.5
NEIGHBOUR_WORDS_BEFORE = 2
RESCUE_MAX_POPULATION = 100_000  # a larger Arabic-named candidate is never overridden by skeleton
MAX_DROPPED_WORDS = 3
MIN_KEY_CHARS = 3
# Words that may precede a place name without being part of it («العاصمة طرابلس», «شرق ليبيا»),
# normalized and without the article.
DESCRIPTORS = frozenset(clean(w) for w in ["عاصمة", "مدينة", "محافظة", "منطقة", "ولاية", "إقليم", "اقليم", "بلدة", "قرية", "جزيرة", "حي", "مخيم", "ريف", "ضواحي", "مركز", "قضاء", "ناحية", "شرق", "غرب", "شمال", "جنوب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "جنوبية", "شمالية", "شرقية", "غربية", "أنحاء", "عموم", "داخل", "خارج", "مطار", "ميناء", "معبر", "بلدية", "دولة", "مملكة", "جمهورية", "سلطنة", "إمارة", "أراضي"])


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str
    feature_code: str
    admin1: str
    population: int

    def to_geo(self) -> Geo:
        return Geo(self.geonameid, self.name, self.lat, self.lon, self.country, self.feature_code,
                   self.admin1 or None)


class Gazetteer:
    """Places by Arabic key; load once with `Gazetteer.default()`."""

    def __init__(self, places: dict[str, list[Place]]) -> None:
        self.places = places

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        return cls(read_index(GEO_DIR / "places.tsv.gz"))

    @classmethod
    @lru_cache(maxsize=1)
    def latin(cls) -> Gazetteer:
        """Places without Arabic names, keyed by consonant skeleton (loaded on first need)."""
        return cls(read_index(GEO_DIR / "places_latin.tsv.gz"))

    def by_skeleton(self, text: str, countries: set[str]) -> list[Place]:
        """Places in `countries` whose Latin names share the mention's consonant skeleton."""
        found: list[Place] = []
        for key in skeleton_keys(arabic_skeleton(text)):
            found += [p for p in self.places.get(key, []) if p.country in countries]
        return found

    def candidates(self, text: str) -> list[Place]:
        """Places a mention may name: the first clitic split that is in the index wins."""
        for key in query_keys(text):
            found = self.places.get(key)
            if found:
                return found
        return []

    def find(self, text: str) -> tuple[list[Place], str | None]:
        """Candidates for a mention, dropping up to 3 leading descriptor words («العاصمة»,
        «شرق», «مدينة») if needed, and the country a trailing nisba adjective names (or None)."""
        words = clean(text).split()
        found = self._without_descriptors(words)
        if found or len(words) < 2:
            return found, None
        adjective_country = demonym_country(words[-1])
        if adjective_country:
            return self._without_descriptors(words[:-1]), adjective_country
        return [], None

    def _without_descriptors(self, words: list[str]) -> list[Place]:
        for drop in range(min(MAX_DROPPED_WORDS, len(words) - 1) + 1):
            if drop and strip_article(name_key(words[drop - 1])) not in DESCRIPTORS:
                break
            rest = " ".join(words[drop:])
            found = self.candidates(rest) if len(rest) >= MIN_KEY_CHARS else []
            if found:
                return found
        return []


def read_index(path: Path) -> dict[str, list[Place]]:
    """Places by key from a gazetteer file written by `geo_build`."""
    if not path.exists():
        raise ModelError(f"gazetteer {path} is missing; build it with `python -m marsad.kb.build`")
    index: dict[str, list[Place]] = {}
    with gzip.open(path, "rb") as raw:
        for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"), delimiter="\t"):
            place = Place(
                int(row["geonameid"]) if row["geonameid"] else None, row["name"],
                float(row["lat"]), float(row["lon"]), row["country"], row["feature_code"],
                row["admin1"], int(row["population"] or 0),
            )
            for key in row["keys"].split("|"):
                index.setdefault(key, []).append(place)
    return index


@lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """ISO alpha-3 of the country a nisba adjective/demonym names («الليبية» -> LBY)."""
    from marsad.kb.store import KnowledgeBase

    return KnowledgeBase.default().demonym_country(word)


def country_context(doc: Document, gazetteer: Gazetteer | None = None) -> Counter[str]:
    """How strongly the article is about each country.

    Counts the countries of linked non-place entities (actors, demonyms) and of places whose
    candidates all lie in one country. Places' own links are not counted, so the result is
    the same before and after linking them.
    """
    gazetteer = gazetteer or Gazetteer.default()
    counts: Counter[str] = Counter()
    for ent in doc.entities:
        if ent.type in PLACE_TYPES:
            found, hinted = gazetteer.find(ent.text)
            countries = {p.country for p in found}
            if hinted:
                counts[hinted] += 1
            elif len(countries) == 1:
                counts[countries.pop()] += 1
        elif ent.canonical is not None and ent.canonical.country:
            counts[ent.canonical.country] += 1
    return counts


def score(place: Place, context: Counter[str]) -> float:
    """Log population, plus the article's interest in the place's country, capitals, countries.

    The context bonus is capped: a few mentions of the United States make «لندن» London, Ohio
    no more than they should (London, UK is 3 orders of magnitude larger), while one mention
    of Lebanon is enough to prefer Tripoli, Lebanon to the larger Tripoli, Libya.
    """
    value = math.log10(place.population + 10)
    value += CONTEXT_WEIGHT * min(math.log2(1 + context.get(place.country, 0)), CONTEXT_CAP)
    if place.feature_code in ("PPLC", "PCLI"):
        value += 1.0
    return value


def choose(candidates: list[Place], context: Counter[str], country: str | None = None) -> Place | None:
    """The best candidate; when `country` is given only places in it are allowed."""
    if country:
        candidates = [p for p in candidates if p.country == country]
    if not candidates:
        return None
    return max(candidates, key=lambda p: (score(p, context), -(p.geonameid or 0)))


def neighbour_country(doc: Document, start: int, end: int) -> str | None:
    """A country named by a nisba adjective right around a mention in the text:
    «العاصمة الأردنية عمان» -> JOR, «بلدة سروج التركية» -> TUR."""
    before = clean(doc.text[max(0, start - 60):start]).split()[-NEIGHBOUR_WORDS_BEFORE:]
    after = clean(doc.text[end:end + 30]).split()[:1]
    for word in [*after, *reversed(before)]:
        country = demonym_country(word)
        if country:
            return country
    return None


def _without_self(context: Counter[str], found: list[Place], text: str, doc: Document) -> Counter[str]:
    """The context without the votes of this very name: an unambiguous mention counted its
    own country, which must not then decide between its own candidates and others."""
    own = {p.country for p in found}
    if len(own) != 1:
        return context
    key = clean(text)
    votes = sum(1 for e in doc.entities if e.type in PLACE_TYPES and clean(e.text) == key)
    if not votes:
        return context
    adjusted = Counter(context)
    country = own.pop()
    adjusted[country] = max(0, adjusted[country] - votes)
    return adjusted


def resolve_place(text: str, doc: Document, context: Counter[str] | None = None,
                  start: int | None = None, end: int | None = None) -> Geo | None:
    """Geocode a place string in the context of a document: a `Geo`, or None when unknown.

    `context` (from `country_context(doc)`) may be passed to avoid recomputing it per mention;
    `start`/`end`, the mention's offsets, let an adjacent nisba adjective name the country.
    """
    gazetteer = Gazetteer.default()
    found, hinted = gazetteer.find(text)
    if context is None:
        context = country_context(doc, gazetteer)
    if hinted is None and start is not None and end is not None:
        hinted = neighbour_country(doc, start, end)
    context = _without_self(context, found, text, doc)
    countries = {hinted} if hinted else {c for c, n in context.items() if n > 0}
    if countries and not any(p.country in countries or p.population >= RESCUE_MAX_POPULATION for p in found):
        # Nothing known by its Arabic name in the article's countries, and no major city:
        # a place there known only by its Latin names may be meant («كرك» in Pakistan).
        found = found + Gazetteer.latin().by_skeleton(text, countries)
    place = choose(found, context, hinted) or choose(found, context)
    return place.to_geo() if place else None
