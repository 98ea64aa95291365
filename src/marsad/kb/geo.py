"""Place resolution against the shipped gazetteer, disambiguated by the article's country context.

A mention is looked up under its clitic splits (`keys.query_keys`), then, when nothing is
found, with leading descriptor words dropped («العاصمة طرابلس» -> «طرابلس», «شرق ليبيا» ->
«ليبيا»). A trailing nisba adjective («طرابلس الليبية») restricts the country. Among the
candidates the winner maximises log-population + a bonus for countries the article is about
(`country_context`) + small bonuses for capitals and countries. «طرابلس» in a Libyan story is
Tripoli, Libya; in a Lebanese story, Tripoli, Lebanon.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from marsad.document import Document, Geo
from marsad.errors import ModelError
from marsad.kb.geo_build import GEO_DIR
from marsad.kb.keys import clean, name_key, query_keys, strip_article

PLACE_TYPES = ("LOC", "GPE", "FAC")
CONTEXT_WEIGHT = 2.0
CONTEXT_CAP = 1.5
NEIGHBOUR_WORDS_BEFORE = 2
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
        path = GEO_DIR / "places.tsv.gz"
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
        return cls(index)

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


def resolve_place(text: str, doc: Document, context: Counter[str] | None = None,
                  start: int | None = None, end: int | None = None) -> Geo | None:
    """Geocode a place string in the context of a document: a `Geo`, or None when unknown.

    `context` (from `country_context(doc)`) may be passed to avoid recomputing it per mention;
    `start`/`end`, the mention's offsets, let an adjacent nisba adjective name the country.
    """
    gazetteer = Gazetteer.default()
    found, hinted = gazetteer.find(text)
    if not found:
        return None
    if context is None:
        context = country_context(doc, gazetteer)
    if hinted is None and start is not None and end is not None:
        hinted = neighbour_country(doc, start, end)
    place = choose(found, context, hinted) or choose(found, context)
    return place.to_geo() if place else None
