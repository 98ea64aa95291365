"""A gazetteer back-off for place names the CRF has never seen.

A word the training corpora never contain (so the CRF has no evidence about it) that the place
index knows as a city of 100,000+ people, in a country at least two other places of the article
point to, is a place: «إعادة إعمار درنة» in a story about Libya. Requiring an unseen word, a
long name and a clear country context keeps ordinary words that are also town names out.
"""

from __future__ import annotations

from collections import Counter

from marsad.document import Document, Entity, Token

MIN_POPULATION = 100_000
MIN_STEM_CHARS = 4  # letters left after clitics and the article
MIN_COUNTRY_VOTES = 2
PLACE_TYPES = ("GPE", "LOC", "FAC")
PREFIXES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")


def add_unseen_places(doc: Document, known_words: frozenset[str] | set[str]) -> list[Entity]:
    """New GPE entities for unseen city names in the article's countries (ids left empty)."""
    from marsad.kb.geo import Gazetteer

    gazetteer = Gazetteer.default()
    countries = _context_countries(doc, gazetteer)
    if not countries:
        return []
    covered = {i for e in doc.entities for i in range(e.start, e.end)}
    added: list[Entity] = []
    for token in doc.tokens:
        if token.start in covered or not token.text[0].isalpha():
            continue
        span = _place_span(token, gazetteer, countries, known_words)
        if span:
            start, end = span
            added.append(Entity("", doc.text[start:end], "GPE", start, end, confidence=0.6, source="gazetteer"))
    return added


def _place_span(token: Token, gazetteer, countries: set[str], known: frozenset[str] | set[str]) -> tuple[int, int] | None:
    """Offsets of the name inside the token (conjunction/preposition off, article kept), if it is one."""
    norm = token.norm
    if norm in known:
        return None
    for prefix in ("", *PREFIXES):
        if not norm.startswith(prefix) or prefix and norm[len(prefix):].startswith("ل"):
            continue  # ل after a prefix is the article's contracted lam: leave such words alone
        name = norm[len(prefix):]
        candidates = gazetteer.places.get(name)
        if not candidates or len(name.removeprefix("ال")) < MIN_STEM_CHARS or name in known:
            continue
        places = [p for p in candidates
                  if p.country in countries and p.population >= MIN_POPULATION and p.feature_code.startswith("PPL")]
        if places:
            start = _surface_offset(token, len(prefix))
            return start, token.end
    return None


def _surface_offset(token: Token, norm_chars: int) -> int:
    """Start in the text after `norm_chars` normalized characters of the token."""
    from marsad.arabic.normalize import normalize_with_map

    _, index = normalize_with_map(token.text)
    return token.start + index[norm_chars]


def _context_countries(doc: Document, gazetteer) -> set[str]:
    """Countries that at least two of the places the NER found point to (most populous reading)."""
    votes: Counter[str] = Counter()
    for entity in doc.entities:
        if entity.type not in PLACE_TYPES:
            continue
        places = gazetteer.find(entity.text)[0]
        if places:
            votes[max(places, key=lambda p: p.population).country] += 1
    return {country for country, n in votes.items() if n >= MIN_COUNTRY_VOTES}


