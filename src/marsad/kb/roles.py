"""Role phrases: «وزير الدفاع التركي» -> ("defence_minister", "TUR"), resolved to the holder.

Phrases are compared on `loose_key`s (article and feminine ending dropped), so «وزير الدفاع»,
«وزير دفاع» and «وزيرة الدفاع» are one phrase. The country is a nisba adjective or a
country name after the phrase («وزير خارجية تركيا»); an international body after
«الأمين العام» names that body.
"""

from __future__ import annotations

from marsad.kb.entries import Entry
from marsad.kb.keys import loose_key
from marsad.kb.store import KnowledgeBase

# Arabic role phrase -> role key (see data/kb/curated.tsv for the keys).
ROLE_PHRASES: dict[str, str] = {
    "وزير الدفاع": "defence_minister",
    "وزير الخارجية": "foreign_minister",
    "وزير الداخلية": "interior_minister",
    "رئيس الوزراء": "prime_minister",
    "رئيس الحكومة": "prime_minister",
    "المستشارة": "prime_minister",
    "رئيس الجمهورية": "president",
    "الرئيس": "president",
    "الملك": "king",
    "العاهل": "king",
    "أمير": "emir",
    "السلطان": "sultan",
    "ولي العهد": "crown_prince",
    "المرشد الأعلى": "supreme_leader",
    "رئيس الأركان": "chief_of_staff",
    "رئيس هيئة الأركان": "chief_of_staff",
    "رئيس هيئة الأركان العامة": "chief_of_staff",
    "رئيس أركان الجيش": "chief_of_staff",
    "رئيس الأركان العامة": "chief_of_staff",
    "قائد القوات البرية": "land_forces_commander",
    "رئيس أركان القوات البرية": "land_forces_commander",
    "قائد الجيش": "commander_in_chief",
    "القائد العام": "commander_in_chief",
    "رئيس المخابرات": "intelligence_chief",
    "رئيس جهاز المخابرات": "intelligence_chief",
    "رئيس جهاز الاستخبارات": "intelligence_chief",
    "الأمين العام": "secretary_general",
    "رئيس البرلمان": "speaker",
    "رئيس مجلس النواب": "speaker",
}
# International bodies whose heads are recorded as roles «@UN», «@ARABLEAGUE».
BODIES = {"wikidata:Q1065": "UN", "wikidata:Q7172": "ARABLEAGUE"}

_PHRASES = sorted(((loose_key(p).split(), role) for p, role in ROLE_PHRASES.items()),
                  key=lambda item: -len(item[0]))


def parse_role(text: str, kb: KnowledgeBase) -> tuple[str, str] | None:
    """(role, country or body) named by a role phrase, or None when it names neither."""
    words = loose_key(text).split()
    for phrase, role in _PHRASES:
        if words[: len(phrase)] != phrase:
            continue
        rest = words[len(phrase):]
        for i in range(len(rest)):
            where = _country_of(" ".join(rest[i:i + 3]), rest[i], kb)
            if where:
                return role, where
        return None
    return None


def _country_of(span: str, word: str, kb: KnowledgeBase) -> str | None:
    country = kb.demonym_country(word)
    if country:
        return country
    for candidate in (span, word):
        for entry in kb.exact_match(candidate) or kb.loose_match(candidate):
            if entry.kb_id in BODIES:
                return BODIES[entry.kb_id]
            if entry.source == "iso":
                return entry.country
    return None


def resolve_role(text: str, on: str | None, kb: KnowledgeBase | None = None) -> Entry | None:
    """The KB entry holding the role a phrase names on the ISO date `on`, or None."""
    kb = kb or KnowledgeBase.default()
    parsed = parse_role(text, kb)
    if parsed is None:
        return None
    return kb.holder(parsed[0], parsed[1], on)
