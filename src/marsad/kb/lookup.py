"""`lookup(name)`: search the actor KB and the gazetteer, for `marsad kb lookup NAME`.

Arabic names are matched exactly (score 100), on their lemma-like key (95), as a role phrase
whose holder on `on` is known (97), as a demonym (90), then fuzzily (rapidfuzz ratio); places
from the gazetteer follow the actors. Latin-script names are matched fuzzily against the
English names. Results are ranked by score, then by source (curated, iso, cameo, geonames).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.arabic.normalize import ARABIC_LETTER
from marsad.kb.entries import Entry
from marsad.kb.geo import Gazetteer
from marsad.kb.keys import loose_key
from marsad.kb.roles import resolve_role
from marsad.kb.store import KnowledgeBase, source_rank
from marsad.kb.translit import transliterate

FUZZY_CUTOFF = 75.0


@dataclass(slots=True)
class Candidate:
    name_ar: str
    name_en: str | None
    kb_id: str
    country: str | None
    sector: str | None
    score: float
    source: str


def _candidate(entry: Entry, score: float, on: str | None) -> Candidate:
    country, sector = entry.at(on)
    return Candidate(entry.name_ar, entry.name_en or transliterate(entry.name_ar), entry.kb_id,
                     country, sector, score, entry.source.split(":")[0])


def lookup(name: str, limit: int = 10, on: str | None = None) -> list[Candidate]:
    """KB actors and gazetteer places matching `name`, best first (at most `limit`).

    `on` (ISO date) selects the roles, countries and sectors in force on that date.
    """
    kb = KnowledgeBase.default()
    found: dict[str, tuple[float, Entry]] = {}

    def add(entries: list[Entry], score: float) -> None:
        for entry in entries:
            if entry.kb_id not in found or found[entry.kb_id][0] < score:
                found[entry.kb_id] = (score, entry)

    if ARABIC_LETTER.search(name):
        add(kb.exact_match(name), 100.0)
        add(kb.loose_match(name), 95.0)
        holder = resolve_role(name, on, kb)
        add([holder] if holder else [], 97.0)
        country = kb.demonym_country(name)
        entry = kb.country(country) if country else None
        add([entry] if entry else [], 90.0)
        _fuzzy_arabic(kb, name, limit, add)
    else:
        _fuzzy_english(kb, name, limit, add)
    ranked = sorted(found.values(), key=lambda item: (-item[0], source_rank(item[1]), item[1].kb_id))
    results = [_candidate(entry, score, on) for score, entry in ranked]
    if ARABIC_LETTER.search(name):
        results += _places(name)
    return results[:limit]


def _fuzzy_arabic(kb: KnowledgeBase, name: str, limit: int, add) -> None:
    from rapidfuzz import fuzz, process

    keys = list(kb.loose)
    for key, score, _ in process.extract(loose_key(name), keys, scorer=fuzz.ratio, limit=limit,
                                         score_cutoff=FUZZY_CUTOFF):
        add(kb.loose[key], round(min(score, 94.0), 1))


def _fuzzy_english(kb: KnowledgeBase, name: str, limit: int, add) -> None:
    from rapidfuzz import fuzz, process, utils

    entries = [e for e in kb.entries.values() if e.name_en]
    choices = [e.name_en or "" for e in entries]
    for _, score, index in process.extract(name, choices, scorer=fuzz.WRatio, processor=utils.default_process,
                                           limit=limit, score_cutoff=FUZZY_CUTOFF):
        add([entries[index]], round(score, 1))


def _places(name: str) -> list[Candidate]:
    places = sorted(Gazetteer.default().candidates(name), key=lambda p: -p.population)
    return [
        Candidate(name, p.name, f"geonames:{p.geonameid}" if p.geonameid else f"place:{p.name}",
                  p.country, None, 100.0, "geonames")
        for p in places
    ]
