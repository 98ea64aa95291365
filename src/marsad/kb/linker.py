"""Entity linking: a mention -> `Canonical(name_ar, name_en, kb_id, country, sector)`.

Tried in order, the first that answers wins:
1. places (LOC/GPE/FAC): a country name, else the gazetteer (`geo.resolve_place`);
2. nationalities (NORP): the country of the demonym («الأتراك» -> Turkey);
3. a short person name that begins or ends a fuller one earlier in the article («حفتر» after
   «صدام حفتر»; not «سعود» after «... آل سعود»);
4. an exact KB name, also after dropping up to 4 leading title words or nationalities
   («وزير الدفاع التركي يشار غولر» -> «يشار غولر») or 1-2 words a person span ran over;
5. a role phrase whose holder on the publication date the KB knows («وزير الدفاع التركي»);
6. for names of two words or more, the lemma-like key (CAMEO's lemmatized entries), then a
   fuzzy match (rapidfuzz) against the curated and country names, for spelling variants, with
   the last words close too (CAMEO is too noisy to match fuzzily);
7. a generic agent with a nationality («القوات البحرية الليبية» -> LBY, MIL);
8. otherwise a transliteration and `marsad:<hash>`, with the country of a trailing demonym.
Country and sector are those of the role held on the publication date, when known.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import cached_property

from marsad.document import Canonical, Document, Entity
from marsad.kb.entries import Entry
from marsad.kb.geo import PLACE_TYPES, country_context, resolve_place
from marsad.kb.keys import clean, loose_key, name_key, strip_article
from marsad.kb.roles import resolve_role
from marsad.kb.store import KnowledgeBase, source_rank
from marsad.kb.translit import transliterate

FUZZY_CUTOFF = 85.0  # for names of two words or more
FUZZY_CUTOFF_ONE_WORD = 90.0
FUZZY_LAST_WORD = 75.0
FUZZY_MIN_CHARS = 6
MAX_TITLE_WORDS = 4
_HASHED = re.compile(r"marsad:[0-9a-f]{12}")
# Words that may precede a person's name as title or role (loose keys, without the article).
_TITLES = """
    رئيس الرئيس ملك الملك عاهل أمير الأمير شيخ الشيخ سلطان السلطان ولي العهد نائب وزير وزيرة
    الدفاع الخارجية الداخلية الوزراء الحكومة الأركان هيئة العامة القوات البرية الجوية البحرية
    سمو صاحب السمو الملكي جلالة فخامة معالي سعادة خادم الحرمين الشريفين السيد السيدة الدكتور
    المهندس الأستاذ اللواء العميد العقيد المقدم النقيب الفريق أول المشير الجنرال الأدميرال
    السفير المستشار القائد قائد الزعيم زعيم المرشد الأعلى المتحدث الناطق باسم الإمام آية الله
    الجمهورية المخلوع السابق الراحل الحالي الجديد الأمين العام
"""
TITLE_WORDS = frozenset(loose_key(w) for w in _TITLES.split())
# Head nouns of organisation names and the PLOVER sector they imply (normalized, no article).
GENERIC_HEADS = {clean(k): v for k, v in {
    "قوات": "MIL", "قوة": "MIL", "جيش": "MIL", "كتيبة": "MIL", "لواء": "MIL", "فرقة": "MIL", "سلاح": "MIL",
    "شرطة": "COP", "أمن": "COP", "حرس": "MIL", "حكومة": "GOV", "وزارة": "GOV", "رئاسة": "GOV",
    "هيئة": "GOV", "بلدية": "GOV", "إمارة": "GOV", "برلمان": "LEG", "مجلس": "GOV", "محكمة": "JUD",
    "نيابة": "JUD", "مخابرات": "SPY", "استخبارات": "SPY", "حزب": "PTY", "حركة": "PTY", "شركة": "BUS",
    "شركات": "BUS", "بنك": "BUS", "مصرف": "BUS", "جامعة": "EDU", "مدرسة": "EDU", "صحيفة": "JRN",
    "جريدة": "JRN", "قناة": "JRN", "مجلة": "JRN", "وكالة": "JRN", "ميليشيا": "REB", "ميليشيات": "REB",
    "مستشفى": "MED", "جمعية": "NGO", "منظمة": "NGO",
}.items()}


def hashed_id(text: str) -> str:
    """A stable id for a name the KB lacks: «marsad:» + 12 hex digits of its name key's SHA-1."""
    return "marsad:" + hashlib.sha1(name_key(text).encode("utf-8")).hexdigest()[:12]


class Linker:
    """Links the entities of one document after another, remembering earlier full names."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or KnowledgeBase.default()

    @cached_property
    def _fuzzy_choices(self) -> tuple[list[str], list[Entry]]:
        keys, entries = [], []
        for key, found in self.kb.loose.items():
            best = min(found, key=source_rank)
            if len(key) >= FUZZY_MIN_CHARS and best.source != "cameo":
                keys.append(key)
                entries.append(best)
        return keys, entries

    def link_document(self, doc: Document) -> None:
        """Fill `canonical` on every entity of `doc` (places, people, organisations, ...)."""
        ordered = sorted(doc.entities, key=lambda e: (e.start, e.end))
        seen: list[tuple[list[str], Canonical]] = []
        for ent in ordered:
            if ent.type not in PLACE_TYPES:
                ent.canonical = self.link(ent, doc, None, seen)
                if ent.type == "PER" and ent.canonical is not None and len(clean(ent.text).split()) >= 2:
                    seen.append((name_key(ent.text).split(), ent.canonical))
                    # Names the KB knows first: a short name prefers them to unknown full names.
                    seen.sort(key=lambda item: not _hashed(item[1].kb_id))
        # Places last: the countries of the actors just linked help to disambiguate them.
        context = country_context(doc)
        for ent in ordered:
            if ent.type in PLACE_TYPES:
                ent.canonical = self.link(ent, doc, context, seen)

    def link(self, ent: Entity, doc: Document, context: Counter[str] | None = None,
             seen: list[tuple[list[str], Canonical]] | None = None) -> Canonical | None:
        """The canonical actor of one entity."""
        on = doc.published
        if ent.type in PLACE_TYPES:
            return self._place(ent, doc, context)
        if ent.type == "NORP":
            country = self.kb.demonym_country(ent.text)
            entry = self.kb.country(country) if country else None
            if entry is not None:
                return Canonical(ent.text, entry.name_en, entry.kb_id, entry.country, None)
        words = name_key(ent.text).split()
        exact = self._exact(ent.text)
        if ent.type == "PER" and seen and not (exact is not None and len(words) >= 2):
            for full, canonical in reversed(seen):
                if len(words) < len(full) and _part_of_name(words, full):
                    return canonical
        entry = exact or resolve_role(ent.text, on, self.kb)
        if entry is None and len(words) >= 2:
            # Lemma-like keys of single words collide too often («النصر» ~ «النصرة»).
            entry = self._best(self.kb.loose_match(ent.text)) or self._fuzzy(ent.text)
        # A person never links to a country (NER may mistype an organisation as PER, though).
        if entry is not None and not (ent.type == "PER" and entry.type == "GPE"):
            country, sector = entry.at(on)
            return Canonical(entry.name_ar, entry.name_en or transliterate(entry.name_ar), entry.kb_id,
                             country, sector)
        return self._unknown(ent)

    def _exact(self, text: str) -> Entry | None:
        """An exact KB name: the whole mention, else a person's name after leading title words
        («الرئيس التركي رجب طيب أردوغان») or before 1-2 words a span ran over
        («صدام حفتر إسطنبول»), keeping at least two words of the name."""
        words = clean(text).split()
        for drop in range(min(MAX_TITLE_WORDS, len(words) - 1) + 1):
            if drop and not self._title_word(words[drop - 1]):
                break
            entry = self._best(self.kb.exact_match(" ".join(words[drop:])))
            if entry is not None and (drop == 0 or entry.type == "PER"):
                return entry
        for cut in (1, 2):
            if len(words) - cut >= 2:
                entry = self._best(self.kb.exact_match(" ".join(words[:-cut])))
                if entry is not None and entry.type == "PER":
                    return entry
        return None

    def _title_word(self, word: str) -> bool:
        """A word of a title or role phrase («الرئيس», «وزير», «الدفاع»), or a nationality."""
        return strip_article(loose_key(word)) in TITLE_WORDS or self.kb.demonym_country(word) is not None

    def _best(self, entries: list[Entry]) -> Entry | None:
        return min(entries, key=source_rank) if entries else None

    def _fuzzy(self, text: str) -> Entry | None:
        from rapidfuzz import fuzz, process

        key = loose_key(text)
        if len(key) < FUZZY_MIN_CHARS:
            return None
        keys, entries = self._fuzzy_choices
        cutoff = FUZZY_CUTOFF if " " in key else FUZZY_CUTOFF_ONE_WORD
        for choice, _, index in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5):
            # The family names must agree too: «إبراهيم العيد» is not «إبراهيم قالن».
            if fuzz.ratio(key.split()[-1], choice.split()[-1]) >= FUZZY_LAST_WORD:
                return entries[index]
        return None

    def _place(self, ent: Entity, doc: Document, context: Counter[str] | None) -> Canonical | None:
        for entry in self.kb.exact_match(ent.text):
            if entry.source == "iso":
                return Canonical(entry.name_ar, entry.name_en, entry.kb_id, entry.country, entry.sector)
        geo = resolve_place(ent.text, doc, context, ent.start, ent.end)
        if geo is None:
            return self._unknown(ent)
        if geo.feature_code == "PCLI":
            entry = self.kb.country(geo.country or "")
            if entry is not None:
                return Canonical(entry.name_ar, entry.name_en, entry.kb_id, entry.country, entry.sector)
        kb_id = f"geonames:{geo.geonameid}" if geo.geonameid else hashed_id(ent.text)
        return Canonical(ent.text, geo.name, kb_id, geo.country, None)

    def _unknown(self, ent: Entity) -> Canonical:
        words = clean(ent.text).split()
        country = self.kb.demonym_country(words[-1]) if len(words) > 1 else None
        sector = None
        if ent.type not in ("PER", *PLACE_TYPES):
            sector = generic_sector(words)
            head = self._best(self.kb.loose_match(" ".join(words[:-1]))) if country else None
            if sector is None and head is not None and head.country is None:
                sector = head.sector
        return Canonical(ent.text, transliterate(ent.text), hashed_id(ent.text), country, sector)


def generic_sector(words: list[str]) -> str | None:
    """The sector a generic head noun names («القوات البحرية» -> MIL, «وزارة الصحة» -> GOV)."""
    if not words:
        return None
    return GENERIC_HEADS.get(strip_article(name_key(words[0])))


def _hashed(kb_id: str | None) -> bool:
    return bool(kb_id and _HASHED.fullmatch(kb_id))


def _part_of_name(words: list[str], full: list[str]) -> bool:
    """True when `words` are the first or last words of the full name, and not a family or
    father's name cut from its particle («سعود» is not short for «... آل سعود»)."""
    n = len(words)
    if full[:n] == words:
        return True
    return full[-n:] == words and full[-n - 1] not in GENEALOGY


GENEALOGY = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ام"})
