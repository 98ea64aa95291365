"""A sentence as the event coder sees it: tokens, and the noun phrases that can be participants.

A *mention* is a named entity of the NER stage, or a short noun phrase headed by a group or
title word (قوات الأمن، وزير الدفاع التركي، المتظاهرين) when no entity covers it. Each mention
records the preposition that governs it (في، على، مع، بـ، لـ ...) and whether it is joined to the
mention before it by و, which is what the argument finder reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.arabic.clitics import NOT_ARTICLE, candidate_stems
from marsad.arabic.normalize import normalize, normalize_with_map, original_span, strip_diacritics
from marsad.document import Document, Entity, Span, Token
from marsad.events.cues import (
    COMPLEMENTIZERS,
    DEMONSTRATIVES,
    GROUP_HEADS,
    PREPOSITIONS,
    STATE_HEADS,
    TIME_WORDS,
    TITLE_WORDS,
    UNKNOWN_WORDS,
    people_noun,
)
from marsad.models.gazetteers import load_gazetteer, word_key

ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "LOC", "NORP", "FAC"})
PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
NAMED_TYPES = frozenset({"PER", "ORG", "NORP"})
MAX_NP_EXTRA = 4
NOT_NISBA = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "الي", "الاخري", "الماضي", "الماضيه", "الحالي", "الحاليه", "الجاري"})
CAPITAL_WORDS = frozenset({"العاصمه"})  # «العاصمة التركية أنقرة»: a description before the place's name
COUNTED = "عددا"  # «عددا من اليمنيين»: «a number of», in the accusative
# Members in construct with their group: «منتسبي قوات الطوارئ»، «قياديي تنظيم القاعدة».
MEMBER_NOUNS = frozenset({"منتسبي", "منسوبي", "افراد", "مسلحي", "مقاتلي", "قياديي", "قاده", "اعضاء", "عناصر"})
QUANTITY_HEADS = frozenset({"مجموعه", "مجموعات", "عدد", COUNTED, "الاف", "ميات", "عشرات", "عناصر"})
ENTOURAGE_HEADS = frozenset({"وفد", "الوفد"})
# «إن مسلحا فتح النار»: one gunman, the subject of the clause after «إن» (elsewhere «مسلح» is often the adjective
# «armed»: «هجوم مسلح»).
LONE_GUNMAN = frozenset({"مسلحا", "مسلح"})
LOYAL_TARGET_HEADS = frozenset({"حكومه", "نظام"})  # «القوات الموالية لحكومة هادي»، «لنظام الأسد»
PEOPLE_PLURALS = frozenset({"اكراد", "اتراك", "عرب", "روس", "افغان"})  # broken plurals: «مقاتلين أكراد»
MEMBER_HEADS = frozenset({"مقاتلين", "عناصر", "مسلحين", "مسلحون"})  # indefinite heads that take «من» + a group
AIRCRAFT_KINDS = frozenset({"مسيره", "حربيه", "مقاتله", "عسكريه"})  # «طائرات مسيرة» is a participant
MINISTRY_ADJECTIVES = frozenset({"الداخليه", "الخارجيه"})  # «الداخلية» alone is the ministry; after a noun, «internal»
WEAK_HEADS = frozenset({"طايرات", "طايره", "طيران", "الاف", "ميات", "عشرات", "عناصر", "سكان", "مصادر",
                        "اجهزه", "الاجهزه"})  # («أجهزة الأمن»، not «أجهزة كمبيوتر»)
WEAK_OR_GROUP_HEADS = WEAK_HEADS | GROUP_HEADS  # (built once: the noun-phrase loop runs on every sentence)
FORCES_WORD = frozenset({"القوي", "قوي"})  # «القوى» (forces) only when written with ى: «قوي» is «strong»
PERSON_HEADS = frozenset({"زعيم", "رييس", "وزير", "العاهل", "عاهل", "قايد", "امير", "ملك", "نايب", "سفير", "مبعوث", "منسق", "وزراء", "قاده",
                          "مسوولي", "ممثلي", "مفتي", "محافظ", "حاكم", "مندوب", "متحدث", "مدير", "وكيل", "امين",
                          "ولي"})  # (ولي العهد)
WHOLE_WORDS = TITLE_WORDS | GROUP_HEADS | PERSON_HEADS
STATE_SETS = frozenset({"الكبري", "الاعضاء", "الست", "الخمس", "المانحه", "المجاوره", "الشقيقه"})
ALL_WORDS = frozenset({"كافه", "جميعها"})  # «طالبت الوزارة الدول كافة»: every state, addressed
STATE_FORMS = frozenset({"جمهوريه", "مملكه", "دوله", "اماره", "سلطنه"})  # the form of state before its name
GENERIC_STATE_WORDS = frozenset({"الناميه", "الاخري", "الغربيه"})  # («الدول النامية»: a kind of state)
RECOGNIZED_LENGTH = 3  # «المعترف به دوليا»
TITLE_ADJECTIVES = frozenset({"العام", "العامه", "الخاص", "الخاصه", "السابق", "السابقه", "الاول", "الاسبق", "الجديد",
                              "الجديده", "الاكبر", "الدايم", "الدايمه", "الراحل", "الراحله", "الفقيد"})
FORCE_ADJECTIVES = frozenset({"امنيه", "عسكريه", "حكوميه", "نظاميه"})  # what kind of forces (not «قوات عملية»)
# Bodies named by a definite noun: what follows them is an adjective or the next phrase («الوزارة | الدول»).
DEFINITE_BODIES = frozenset({"الوزاره", "الحكومه", "الشرطه", "السلطات", "الجيش", "الرياسه", "الامانه", "الهييه",
                             "اللجنه", "المجلس", "المنظمه", "الجامعه", "الحركه", "الجماعه", "الوكاله", "السفاره"})
GENERIC_OFFICES = frozenset({"الامانه العامه", "الامانه", "المكتب الاعلامي", "المكتب التنفيذي", "اللجنه التنفيذيه"})
REGIONAL_ADJECTIVES = frozenset({"العرب", "العربيه", "العربي", "الخليجي", "الخليجيه", "الاوروبي", "الاوروبيه"})
SINGULAR_BODIES = frozenset({"الجيش", "التحالف", "البرلمان", "الحرس", "الوفد"})
# Nouns a verb takes right after its subject («أطلقت الشرطة النار»): never an adjective of the subject.
OBJECT_NOUNS = frozenset({"النار", "الرصاص", "سراح", "المسووليه",  # and the people handed over or held: no adjective of a body
                          "المتهمين", "المطلوبين", "المعتقلين", "السجناء", "الاسري", "الرهاين"})
QUOTES = frozenset("\"'“”«»‘’")
CONSTRUCT_HEADS = frozenset({"مسلحي", "مقاتلي", "متمردي", "عناصر", "انصار", "اعضاء", "قاده", "ممثلي", "مسوولي",
                             "مسلحو", "مقاتلو", "متمردو", "ممثلو", "مسوولو"})  # (genitive and nominative construct forms)
LOYAL_WORDS = frozenset({"الموالي", "الموالية", "المواليه", "الموالين", "الموالون", "التابع", "التابعه", "التابعين",
                         "التابعون", "المواليتين", "المدعومه", "المدعومين", "المدعوم",
                         "تابعون", "تابعين", "تابعه", "موالون", "موالين", "مواليه"})  # (after an indefinite head)
SAYING_VERBS = frozenset({"يقول", "تقول", "يذكر", "تذكر", "يفيد", "تفيد"})
SAYING_STEMS = frozenset({"وكد", "وضح", "شير", "ضيف", "علن", "كشف", "طالب", "دعو", "عرب"})  # يؤكد، يوضح، يشير ...
# Royal titles inside an organisation's name name its patron: «مركز الملك سلمان للإغاثة», «جامعة الأمير سلطان».
ROYAL_TITLES = frozenset({"الملك", "الامير", "الشيخ"})
NASAB = frozenset({"ولد", "بن", "ابن", "بنت", "ال", "ابو", "ابي", "ام"})  # «son of»: a title word after it is a name
# Titles that stand right before a person's name (they end the noun phrase before them).
HONORIFICS = frozenset({"القيادي", "الدكتور", "الشيخ", "السيد", "اللواء", "العميد", "العقيد", "الفريق", "المشير",
                        "الاستاذ", "المهندس", "الامير", "الملك", "الرييس", "الوزير", "النايب", "الناشط", "المعارض"})


@dataclass(slots=True)
class Mention:
    """A possible participant: token range [first, last] (document token indices)."""

    first: int
    last: int
    start: int
    end: int
    text: str
    entity: Entity | None = None
    prep: str | None = None  # governing preposition (normalized), None for a bare noun phrase
    coord: str | None = None  # "و" or "ثم" when joined to the mention before it
    title_only: bool = False  # the title of the name that follows it (رئيس أركان القوات البرية ...)
    apposition: bool = False  # a name after a comma that stands for the title before it
    name: bool = False  # a name the NER stage missed (see marsad.events.names)

    @property
    def is_place(self) -> bool:
        return self.entity is not None and self.entity.type in PLACE_TYPES


@dataclass
class SentenceView:
    index: int
    span: Span
    lo: int  # first token index
    hi: int  # one past the last token index
    mentions: list[Mention] = field(default_factory=list)
    entity_tokens: set[int] = field(default_factory=set)

    def title_tokens(self, with_prep: bool = False) -> set[int]:
        """The tokens inside title-only mentions (with the token of a title's preposition, `with_prep`)."""
        return {k for m in self.mentions if m.title_only
                for k in range(m.first - (with_prep and m.prep is not None), m.last + 1)}

    def mentions_between(self, a: int, b: int) -> list[Mention]:
        """Mentions that lie inside tokens [a, b)."""
        return [m for m in self.mentions if a <= m.first and m.last < b and not m.title_only]


def stem_of(token: Token) -> str:
    """The token without its proclitics (the shortest candidate stem of length >= 2); a title or group word
    is kept whole (وزير is not و + زير)."""
    return _stem_of_norm(token.norm)


@lru_cache(maxsize=65536)  # called for every token by several event passes
def _stem_of_norm(norm: str) -> str:
    if norm in WHOLE_WORDS:
        return norm
    return stems_of(norm)[-1]


@lru_cache(maxsize=65536)
def stems_of(norm: str) -> tuple[str, ...]:
    """`candidate_stems`, cached: the same words come back in every article."""
    return tuple(candidate_stems(norm))


def office_word(token: Token) -> bool:
    """A word naming an office a person holds, with or without the article («وزير», «المبعوث», «لرئيس»)."""
    return office_norm(stem_of(token))


def office_norm(norm: str) -> bool:
    """`office_word` of a normalized word without proclitics other than the article."""
    return norm in PERSON_HEADS or norm.removeprefix("ال") in PERSON_HEADS


def without_conjunction(norm: str) -> str:
    """A normalized word without a leading و or ف («وأكد» -> «أكد»)."""
    return norm[1:] if norm[:1] in "وف" else norm


def _gazetteer_categories(token: Token) -> frozenset[str]:
    """The NER gazetteer's categories of the token's word key."""
    return load_gazetteer().categories(word_key(token.text))


def is_demonym(token: Token) -> bool:
    """A nationality adjective the actor KB knows («تركية»، «الأمريكية»), by the NER gazetteer; also in the
    accusative («فلسطينيا»، not the country «سوريا»)."""
    categories = _gazetteer_categories(token)
    if "DEMONYM" in categories:
        return True
    return (token.norm.endswith("يا") and "COUNTRY" not in categories
            and "DEMONYM" in load_gazetteer().categories(word_key(token.norm[:-1])))


def is_title_like(token: Token) -> bool:
    """A title word or a definite nisba adjective (التركي، الليبية) that may precede a name."""
    norm = token.norm
    stem = stem_of(token)
    if norm in PREPOSITIONS or norm in NOT_NISBA or norm in NOT_ARTICLE:
        return False  # (التقى، الغى: verbs that start like the article)
    nisba = norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) >= 5
    return norm in TITLE_WORDS or stem in TITLE_WORDS or nisba


def abbreviated_title(tokens: list[Token], k: int) -> bool:
    """«د.»، «م.»: a title abbreviated to one letter and a period (the period ends no sentence there)."""
    tok = tokens[k]
    if tok.norm == "." and k > 0:
        tok, k = tokens[k - 1], k - 1
    return (len(tok.norm) == 1 and tok.norm.isalpha() and k + 1 < len(tokens) and tokens[k + 1].norm == "."
            and tokens[k + 1].start == tok.end)


def definite_nisba(token: Token) -> bool:
    """A definite nisba adjective (التركي، المصرية): it closes the noun phrase before it."""
    return token.norm.startswith("ال") and token.norm.endswith(("ي", "يه")) and is_title_like(token)


def build_views(doc: Document, known_word: Callable[[str], bool] | None = None) -> list[SentenceView]:
    """One view per sentence, with entity and noun-phrase mentions in text order.

    `known_word(norm)` tells a lexicon word (a trigger) from a possible part of a name.
    """
    from marsad.events.names import add_unnamed
    from marsad.events.roles import mark_roles

    views: list[SentenceView] = []
    names: list[str] = []  # names found so far in the article
    tokens = doc.tokens
    starts: dict[int, int] = {}
    for i, tok in enumerate(tokens):
        starts.setdefault(tok.sentence, i)
    surnames = _person_surnames(doc)
    for s_index, span in enumerate(doc.sentences):
        lo = starts.get(s_index, len(tokens))
        hi = lo
        while hi < len(tokens) and tokens[hi].sentence == s_index:
            hi += 1
        view = SentenceView(s_index, span, lo, hi)
        known = known_word or (lambda _norm: False)
        _add_entities(doc, view, known, surnames)
        _add_noun_phrases(doc, view, known)
        add_unnamed(doc, view, known, names)
        view.mentions.sort(key=lambda m: m.first)
        _join_offices(doc, view)
        mark_roles(tokens, view)  # (marsad.events.roles)
        views.append(view)
    return views


def _join_offices(doc: Document, view: SentenceView) -> None:
    """«الأمانة العامة | لهيئة كبار العلماء»: a body's generic office and the body after لـ are one participant,
    the body's entity («الأمانة العامة» alone names no one)."""
    out: list[Mention] = []
    for m in view.mentions:
        office = out[-1] if out else None
        if (office is not None and office.entity is not None and office.entity.type == "ORG"
                and normalize(office.text) in GENERIC_OFFICES and m.first == office.last + 1
                and m.entity is not None and m.entity.type == "ORG" and pp_clitic(doc.tokens[m.first]) == "ل"):
            out[-1] = Mention(office.first, m.last, office.start, m.end, doc.text[office.start:m.end], m.entity)
            continue
        out.append(m)
    view.mentions[:] = out


def _person_surnames(doc: Document) -> frozenset[str]:
    """Family names the article gives as person names of their own («الربيعة»), normalized, 4+ letters."""
    names = {normalize(e.text) for e in doc.entities if e.type == "PER" and " " not in e.text.strip()}
    return frozenset(n for n in names if n.startswith("ال") and len(n) >= 5)


def _add_entities(doc: Document, view: SentenceView, known_word: Callable[[str], bool],
                  surnames: frozenset[str] = frozenset()) -> None:
    """Entity mentions; a leading trigger word the NER stage swallowed («يلتقي كارتر») is left out, and a
    lone nationality adjective after a title or group word («الوزير الأمريكي») is left to the noun phrase."""
    tokens = doc.tokens
    for ent in doc.entities:
        if ent.type not in ACTOR_TYPES or ent.start < view.span.start or ent.end > view.span.end:
            continue
        first = next((i for i in range(view.lo, view.hi) if tokens[i].end > ent.start), None)
        if first is None:
            continue
        last = first
        while last + 1 < view.hi and tokens[last + 1].start < ent.end:
            last += 1
        head = tokens[first].norm
        if ent.start > tokens[first].start and head[:1] in "وف":
            head = head[1:]  # «وأدان ليون»: the entity starts after the conjunction
        if (last > first and known_word(head) and head[0] not in "فو"
                and not (ent.type == "PER" and _given_name(tokens[first]))):
            first += 1  # (not «فيصل»: a name read as ف + يصل; not «دان براون», «صادق خان»: a given name)
        quoted = first > view.lo and last + 1 < view.hi and tokens[first - 1].text in QUOTES and tokens[last + 1].text in QUOTES
        if (last > first and ent.type == "ORG" and known_word(tokens[last].norm) and tokens[last].norm.startswith("ال")
                and not quoted):  # (not «"جيش الفتح"»: a quoted name is whole)
            last -= 1  # «وزارة الداخلية القبض»: a trigger noun the NER ran into the name
        while last > first and ent.type == "PER" and (tokens[last].norm in TIME_WORDS or known_word(tokens[last].norm)) \
                and tokens[last - 1].norm not in NASAB:  # (not «أبو طالب»: a name after a kunya or «بن»)
            last -= 1  # «سلمان بن عبدالعزيز اتصالا هاتفيا»: the call the NER ran into the name
        if tokens[first].norm in TIME_WORDS:
            continue  # «ليل الجمعة» tagged as a name: a time, not a participant
        if ent.type == "PER" and last + 1 < view.hi and tokens[last + 1].norm in surnames and not any(
                e.start <= tokens[last + 1].start < e.end and e.type != "PER" for e in doc.entities):
            last += 1  # «عبدالله بن عبدالعزيز | الربيعة»: the family name the article gives him elsewhere
        if first == last and _verb_of_saying(tokens[first].norm):
            continue  # «ويؤكد» tagged as a name
        if first == last == view.lo and ent.type == "PER" and known_word(tokens[first].norm) \
                and _subject_follows(doc, tokens, view, last + 1):
            continue  # «أدان | صاحب السمو الأمير ...»: the verb opening the sentence, tagged as a name of its own
        if ent.type == "NORP" and first == last and first > view.lo:
            prev = tokens[first - 1]
            adjective = first - 2 >= view.lo and not prev.norm.startswith("ال") and prev.norm.endswith("يه")
            event_noun = known_word(prev.norm) or (adjective and known_word(tokens[first - 2].norm))
            after_place = any(e.type in ("ORG", *PLACE_TYPES) and e.end <= tokens[first].start <= e.end + 1
                              for e in doc.entities if e is not ent)  # «بوسطن الأمريكية»، «الحزب الشيوعي الأميركي»
            if after_place or (prev.norm.isalpha() and prev.norm not in PREPOSITIONS
                               and first - 1 not in view.entity_tokens and not event_noun):
                continue  # an adjective on the noun before it: «الوزير الأمريكي»، «الحدود السورية»
        start = max(ent.start, tokens[first].start)
        verb = next((k for k in range(first + 1, last) if ent.type == "PER" and known_word(tokens[k].norm)
                     and tokens[k].norm[:1] in "يت" and len(tokens[k].norm) >= 4), None)
        if verb is not None:  # «عبد الله بن زايد يلتقي ولد الشيخ» tagged as one name: two names and the verb
            _add_split(doc, view, ent, start, (first, verb - 1), (verb + 1, last))
            view.entity_tokens.update(k for k in range(first, last + 1) if k != verb)
            continue
        cut = _known_person_prefix(doc, ent, tokens, first, last) if ent.type == "PER" else None
        honorific = next((k for k in range(first + 1, last) if tokens[k].norm in HONORIFICS
                          and not (ent.type != "PER" and tokens[k].norm in ROYAL_TITLES)
                          and tokens[k - 1].norm not in NASAB), None)  # («إسماعيل ولد الشيخ أحمد»)
        if cut is None and honorific is not None:  # «جامعة الدول العربية الدكتور نبيل العربي» as one name
            _add_split(doc, view, ent, start, (first, honorific - 1), (honorific + 1, last))
        elif cut is not None:  # «صدام حفتر إسطنبول» tagged as one name: the known person, then the rest
            _add_split(doc, view, ent, start, (first, cut), (cut + 1, last))
        else:
            if (ent.type == "ORG" and last + 1 < view.hi and _body_nationality(tokens[last + 1])
                    and not _ends_on_adjective(tokens[last])):  # (not «حزب العمال الكردستاني | التركي»)
                last += 1  # «وزارة الخارجية | الإيرانية»، «مجلس وزراء الداخلية | العرب»: the body's own adjective
            end = tokens[last].end if tokens[last].start >= ent.end else min(ent.end, tokens[last].end)
            view.mentions.append(Mention(first, last, start, end, doc.text[start:end], ent))
        view.entity_tokens.update(range(first, last + 1))


def _subject_follows(doc: Document, tokens: list[Token], view: SentenceView, k: int) -> bool:
    """A title («صاحب السمو», «الرئيس») or another name starts at token k: what follows a verb before its subject."""
    if k >= view.hi:
        return False
    honorific = tokens[k].norm == "صاحب" and k + 1 < view.hi and is_title_like(tokens[k + 1])
    return honorific or is_title_like(tokens[k]) or any(e.start == tokens[k].start for e in doc.entities)


def _body_nationality(token: Token) -> bool:
    """A definite nationality adjective («الإيرانية»، «العرب»): it belongs to the organisation before it."""
    return token.norm.startswith("ال") and (token.norm in REGIONAL_ADJECTIVES or is_demonym(token))


def _ends_on_adjective(token: Token) -> bool:
    """An organisation's last word is its own nisba adjective («الكردستاني»), not a ministry's portfolio
    («الخارجية»): a nationality after it qualifies something else."""
    return (token.norm.startswith("ال") and token.norm.endswith(("ي", "يه"))
            and token.norm not in MINISTRY_ADJECTIVES)


def _add_split(doc: Document, view: SentenceView, ent: Entity, start: int, own: tuple[int, int],
               rest: tuple[int, int]) -> None:
    """One entity read as two participants: its own name (token range `own`, from `start` in the text), then
    a name the NER ran into it (`rest`, marked `name`)."""
    tokens = doc.tokens
    end = tokens[own[1]].end
    view.mentions.append(Mention(own[0], own[1], start, end, doc.text[start:end], ent))
    rest_start = tokens[rest[0]].start
    view.mentions.append(Mention(rest[0], rest[1], rest_start, ent.end, doc.text[rest_start:ent.end], name=True))


def _noun_before_adjective(token: Token) -> bool:
    """A noun with the article or a pronoun suffix («الشؤون»، «شؤونها»), which a definite adjective follows."""
    if token.norm in PREPOSITIONS:
        return False  # («إلى الداخلية»: الي is no article)
    return any(w.kind == "enclitic" or (w.kind == "proclitic" and normalize(w.text) == "ال") for w in token.words)


def _given_name(token: Token) -> bool:
    """A listed given name or person-name word (a few are also trigger words: «دان»، «صادق»)."""
    return bool(_gazetteer_categories(token) & {"PERWORD", "FIRSTNAME"})


def _verb_of_saying(norm: str) -> bool:
    """A present-tense verb of saying or stressing, with or without و/ف («ويؤكد»، «وتقول»)."""
    bare = without_conjunction(norm)
    return bare in SAYING_VERBS or (bare[:1] in "يت" and bare[1:] in SAYING_STEMS)


def _known_person_prefix(doc: Document, ent: Entity, tokens: list[Token], first: int, last: int) -> int | None:
    """The last token of a person named elsewhere in the article that this longer name starts with."""
    words = [tokens[k].norm for k in range(first, last + 1)]
    for other in doc.entities:
        if other is ent or other.type != "PER":
            continue
        known = normalize(other.text).split()
        if 2 <= len(known) < len(words) and words[: len(known)] == known and words[len(known)] not in NASAB:
            return first + len(known) - 1  # (not «سعود بن نايف بن عبدالعزيز»: the longer name goes on)
    return None


def _add_noun_phrases(doc: Document, view: SentenceView, known_word: Callable[[str], bool] | None = None) -> None:
    tokens = doc.tokens
    i = view.lo
    while i < view.hi:
        tok = tokens[i]
        definite_head = tok.norm.startswith("لل") and "ال" + stem_of(tok) in GROUP_HEADS  # «للشرطة»
        lone_gunman = tok.norm in LONE_GUNMAN and i > view.lo and tokens[i - 1].norm in COMPLEMENTIZERS
        if i in view.entity_tokens or (stem_of(tok) not in GROUP_HEADS and tok.norm not in GROUP_HEADS
                                       and not definite_head and not lone_gunman and not _counted_people(tokens, view, i)):
            i += 1
            continue
        if stem_of(tok) == "الدول" and not _named_states(tokens, view, i):
            i += 1
            continue  # «العلاقات بين الدول»، «الدول المتقدمة»: states in general, no participant
        if stem_of(tok) == "المجتمع" and (i + 1 >= view.hi or tokens[i + 1].norm != "الدولي"):
            i += 1
            continue  # «المجتمع السعودي»: a society, no party; «المجتمع الدولي» is one
        if stem_of(tok) in FORCES_WORD and not strip_diacritics(tok.text).endswith("ى"):
            i += 1
            continue  # «انفجار قوي»: the adjective «strong», not «القوى»
        if tok.norm in MINISTRY_ADJECTIVES and i > view.lo and _noun_before_adjective(tokens[i - 1]):
            i += 1
            continue  # «في شؤونها الداخلية»، «الشؤون الخارجية»: the adjective, not the ministry
        if tok.norm in UNKNOWN_WORDS and i > view.lo and (stem_of(tokens[i - 1]) in GROUP_HEADS
                                                          or tokens[i - 1].norm in GROUP_HEADS):
            i += 1
            continue  # «مسلحون مجهولون»: the adjective of the men before it
        last = i
        if stem_of(tok) in ENTOURAGE_HEADS and i + 1 < view.hi and tokens[i + 1].norm.startswith("المراف"):
            i += 1
            continue  # «والوفد المرافق له»: the guest's entourage, not a participant of its own
        if stem_of(tok) in WEAK_HEADS and (i + 1 >= view.hi or not (tokens[i + 1].norm.startswith("ال")
                                                                    or tokens[i + 1].norm in AIRCRAFT_KINDS)) \
                and _members_of(tokens, view, i, i) is None:  # («عناصر من الشرطة التركية» is a participant)
            i += 1
            continue  # «طائرات» alone is no participant; «طائرات التحالف» is
        counted = (tokens[i + 2] if stem_of(tok) in QUANTITY_HEADS and i + 2 < view.hi and tokens[i + 1].norm == "من"
                   else None)  # «عدد من X»: what is counted
        if counted is not None and counted.norm in MEMBER_NOUNS:
            i += 1
            continue  # «عدد من منتسبي قوات الطوارئ»: the members' group is the participant (constructions.plain_words)
        if (counted is not None and counted.norm.startswith("ال")
                and (i + 2 not in view.entity_tokens or is_demonym(counted))):
            last = i + 2  # «مجموعة من المسلحين»، «عددا من اليمنيين» (the people word is no participant of its own)
            view.mentions[:] = [m for m in view.mentions if not m.first == m.last == last]
        while last + 1 < view.hi and last - i < MAX_NP_EXTRA and last + 1 not in view.entity_tokens:
            nxt = tokens[last + 1]
            definite = any(tokens[k].norm.startswith("ال") for k in range(i, last + 1))
            affairs = nxt.norm in ("لشوون", "لشيون", "للشوون", "للشيون") and stem_of(tok) in PERSON_HEADS
            if (affairs and last + 2 < view.hi and tokens[last + 2].norm.startswith("ال")
                    and last + 2 not in view.entity_tokens):
                last += 2  # «وزير الدولة لشؤون الدفاع»: the office's portfolio is part of the title
                continue
            if (nxt.norm.startswith("وال") and definite and stem_of(tok) in PERSON_HEADS
                    and last + 1 not in view.entity_tokens):
                last += 1  # «وزير الثقافة والإعلام»: one office with two names
                continue
            if nxt.norm in ALL_WORDS:
                last += 1  # «الدول كافة»: all of them
                break
            if not definite and stem_of(tok) in PERSON_HEADS and nxt.norm in STATE_FORMS and last + 2 < view.hi:
                if (state := _place_entity_at(doc, tokens[last + 2])) is not None:  # «لرئيس جمهورية بوليفيا»: the office and its state, one title
                    last += 2
                    while last + 1 < view.hi and tokens[last + 1].end <= state.end:
                        last += 1
                break
            if last == i and _indefinite_nisba(tok, nxt):
                last += 1  # «وفدا عشائريا»، «مسلحين حوثيين»: an indefinite noun and its nisba adjective
                break
            if last == i and stem_of(tok) in WEAK_HEADS and nxt.norm in AIRCRAFT_KINDS:
                last += 1  # «طائرات مسيرة»
                continue
            bare_head = without_conjunction(tok.norm)
            if (last == i and bare_head.startswith("ال") and nxt.norm.startswith("ال")
                    and (bare_head[2:] in PERSON_HEADS or bare_head in DEFINITE_BODIES) and not _title_adjective(nxt)):
                break  # «وناشد المفتي | الدول العربية»، «وطالبت الوزارة | الدول»: a definite head takes no genitive
            if stem_of(tok) in STATE_HEADS and not (is_title_like(nxt) and nxt.norm.endswith("يه")):
                break  # «أدانت المملكة | الجريمة»: the kingdom takes only its own adjectives (العربية السعودية)
            if last > i and definite_nisba(tokens[last]) and nxt.norm in GROUP_HEADS:
                break  # «رئيس الأركان التركي | القوات التركية»: the adjective closed the phrase
            if (last > i and tokens[last].norm.startswith("ال") and tokens[last].norm.endswith(("ي", "يه", "يين", "يون"))
                    and nxt.norm.startswith("ال") and not _title_adjective(nxt)):
                break  # «عدد من الخبراء الأمنيين | الحادث»، «رئيس الوزراء الإيطالي | العلاقات»: an adjective closed it
            if (last > i and stem_of(tok) in PERSON_HEADS and tokens[last].norm.startswith("ال")
                    and nxt.norm.startswith("ال") and not _title_adjective(nxt)):
                break  # «طالب رئيس الوزراء | الحكومة»: a definite genitive ends the office; only adjectives follow
            if nxt.norm in HONORIFICS or nxt.norm in TIME_WORDS:
                break  # «قوات الأمن المصرية | القيادي في ...»: a title of the name that follows; «| اليوم»
            if definite and (nxt.norm in OBJECT_NOUNS or known_word is not None and known_word(nxt.norm)):
                break  # «ألقت الشرطة السعودية | القبض»: a definite phrase takes adjectives, and an event noun is none
            if (last == i and tok.norm.startswith("ال") and (tok.norm.endswith("ه") or tok.norm in SINGULAR_BODIES)
                    and nxt.norm.startswith("ال") and nxt.norm.endswith(("ين", "ون")) and len(nxt.norm) > 5):
                break  # «حثت الحكومة | المواطنين»: a singular body takes no plural adjective, that is the object
            sound_plural = len(tok.norm) > 4 and tok.norm.endswith(("ون", "ين")) and stem_of(tok) not in PERSON_HEADS
            bare_plural = (tok.norm.endswith("ون") and not tok.norm.startswith("ال") and not nxt.norm.startswith("ال")
                           and not nxt.norm.endswith(("ون", "ين")))  # «هاجم مسلحون | قرية»: no genitive, no adjective
            if sound_plural and (not is_title_like(nxt) or stem_of(nxt) in PERSON_HEADS or bare_plural):  # («مسلحون | مدير»)
                if last == i and tok.norm.startswith(("ال", "لل", "وال", "بال")) and _plural_nisba(nxt, definite=True):
                    last += 1  # «المتمردين الأكراد»، «المسلحين الحوثيين»: the plural's own adjective
                break  # «مسلحون | النار»: a plural with its ن takes adjectives, no genitive
            if (nxt.norm in PREPOSITIONS or nxt.norm in NOT_NISBA or pp_clitic(nxt)
                    or not (nxt.norm.startswith("ال") or (is_title_like(nxt) and not definite)
                            or (not definite and stem_of(nxt) in WEAK_OR_GROUP_HEADS))):  # «مروحيات طيران الجيش»، «دوريات حرس الحدود»
                break  # a genitive chain ends at its first definite word: «الوزارة | رئيس ديوان»
            last += 1
        if last == i and stem_of(tok) in CONSTRUCT_HEADS:  # «مسلحي جماعات منافسة»: an indefinite genitive
            while (last + 1 < view.hi and last - i < 2 and last + 1 not in view.entity_tokens
                   and tokens[last + 1].norm.isalpha() and not tokens[last + 1].norm.startswith(("ال", "و"))
                   and tokens[last + 1].norm not in PREPOSITIONS and tokens[last + 1].norm not in NOT_NISBA
                   and not pp_clitic(tokens[last + 1]) and not (known_word and known_word(tokens[last + 1].norm))):
                last += 1
        last = _loyal_to(tokens, view, last)
        if (stem_of(tok) in CAPITAL_WORDS and last > i and last + 1 in view.entity_tokens
                and _place_entity_at(doc, tokens[last + 1]) is not None):
            i = last + 1  # «العاصمة التركية | أنقرة»: the capital's name is the participant, its description no other
            continue
        start, first = _np_start(tok), i
        if (i > view.lo and tokens[i - 1].norm in DEMONSTRATIVES and tok.norm.startswith("ال")
                and i - 1 not in view.entity_tokens):
            start, first = tokens[i - 1].start, i - 1  # «وشنت هذه القوات هجمات»: the demonstrative points back
        group = _members_of(tokens, view, i, last)
        if group is not None:  # «مقاتلين من حزب العمال الكردستاني»: the group's members, one participant
            view.mentions.remove(group)
            last = group.last
        view.mentions.append(Mention(first, last, start, tokens[last].end, doc.text[start:tokens[last].end],
                                     group.entity if group is not None else None))
        i = last + 1


def _counted_people(tokens: list[Token], view: SentenceView, i: int) -> bool:
    """«عددا من اليمنيين»، «عددا من المسؤولين»: a number of people, in the accusative (not «عددا من المباني»)."""
    if without_conjunction(tokens[i].norm) != COUNTED or i + 2 >= view.hi or tokens[i + 1].norm != "من":
        return False
    return is_demonym(tokens[i + 2]) or people_noun(tokens[i + 2].norm)


def _place_entity_at(doc: Document, token: Token) -> Entity | None:
    """The place entity that starts at the token, if any."""
    return next((e for e in doc.entities if e.start == token.start and e.type in PLACE_TYPES), None)


def _title_adjective(token: Token) -> bool:
    """A definite word that can qualify a title: a nisba («الأمريكي»), a participle («المساعد»، «المخلوع») or
    a listed adjective («العام»، «السابق»)."""
    norm = token.norm
    participle = norm.startswith("الم") and len(norm) >= 6 and not norm.endswith(("ين", "ون")) and norm not in GROUP_HEADS
    return norm.endswith(("ي", "يه")) or participle or norm in TITLE_ADJECTIVES


def _named_states(tokens: list[Token], view: SentenceView, i: int) -> bool:
    """«الدول» at token i names a set of states: «الدول العربية»، «الدول الكبرى»، «الدول الأعضاء» (not after
    «بين», not with a generic adjective such as «المتقدمة»)."""
    if i > view.lo and stem_of(tokens[i - 1]) == "بين" or i + 1 >= view.hi:
        return False
    nxt = tokens[i + 1].norm
    return nxt in STATE_SETS or nxt in ALL_WORDS or definite_nisba(tokens[i + 1]) and nxt not in GENERIC_STATE_WORDS


def _indefinite_nisba(head: Token, nxt: Token) -> bool:
    """`nxt` is the nisba adjective of the indefinite noun `head`: «وفدا عشائريا»، «مسلحين حوثيين»، «مقاتلات
    تركية» (a nationality only after a feminine plural: not «قوات عملية»)."""
    if len(nxt.norm) < 5 or not nxt.norm.isalpha() or nxt.norm.startswith(("ال", "و")):
        return False
    accusative = head.norm.endswith("ا") and nxt.norm.endswith("يا")
    plural = head.norm.endswith(("ين", "ون")) and _plural_nisba(nxt, definite=False)
    forces = head.norm.endswith("ات") and nxt.norm in FORCE_ADJECTIVES  # «قوات أمنية»، «قوات حكومية»
    return accusative or plural or forces or (head.norm.endswith(("ات", "ه")) and is_demonym(nxt))  # («محكمة مصرية»)


def _plural_nisba(token: Token, definite: bool) -> bool:
    """A plural nisba or people adjective, with or without the article as `definite` says: «حوثيين»،
    «الفلسطينيين»، «أكراد»، «الأكراد» (what follows a plural noun of people as its adjective)."""
    norm = token.norm
    if norm.startswith("ال") != definite or not norm.isalpha():
        return False
    bare = norm[2:] if definite else norm
    return bare in PEOPLE_PLURALS or len(bare) >= 4 and bare.endswith(("يين", "يون"))


def _members_of(tokens: list[Token], view: SentenceView, i: int, last: int) -> Mention | None:
    """The organisation named right after «من» that an indefinite head of fighters belongs to («مقاتلين من
    حزب العمال الكردستاني»، «عناصر من الشرطة التركية»)."""
    if last != i or tokens[i].norm not in MEMBER_HEADS or last + 2 >= view.hi or tokens[last + 1].norm != "من":
        return None
    return next((m for m in view.mentions if m.first == last + 2 and m.entity is not None
                 and m.entity.type == "ORG"), None)


def _loyal_to(tokens: list[Token], view: SentenceView, last: int) -> int:
    """«القوات الموالية للرئيس عبدربه منصور هادي»، «المسلحون التابعون لتنظيم داعش»: whose forces they are is
    part of the noun phrase (the reader cites the whole); the last token of the phrase so extended."""
    k = last + 1
    if (k + 1 < view.hi and tokens[last].norm not in LOYAL_WORDS and tokens[k].norm in LOYAL_WORDS
            and k not in view.entity_tokens):
        last, k = k, k + 1  # «مسلحون تابعون لجماعة الحوثي»: a sound plural took no adjective before
    if tokens[last].norm not in LOYAL_WORDS or k >= view.hi or not (pp_clitic(tokens[k]) == "ل" or _lam_cut(tokens, view, k)):
        return last
    if k not in view.entity_tokens and tokens[k].norm.startswith("لل") and not is_title_like(tokens[k]):
        nisba = k + 1 < view.hi and is_title_like(tokens[k + 1]) and tokens[k + 1].norm.startswith("ال")
        return k + 1 if nisba and k + 1 not in view.entity_tokens else k  # «الموالية للشرعية»، «للحكومة اليمنية»
    while (k < view.hi and k not in view.entity_tokens and k - last <= MAX_NP_EXTRA + RECOGNIZED_LENGTH
           and (is_title_like(tokens[k]) or stem_of(tokens[k]) in LOYAL_TARGET_HEADS or _recognized(tokens, view, k))):
        k += RECOGNIZED_LENGTH if _recognized(tokens, view, k) else 1  # «للرئيس»، «للرئيس اليمني»، «لحكومة هادي»
    if k >= view.hi or k not in view.entity_tokens or tokens[k - 1].norm in PREPOSITIONS:
        return last
    while k + 1 < view.hi and k + 1 in view.entity_tokens and tokens[k + 1].sentence == tokens[k].sentence:
        k += 1
    return k


def _lam_cut(tokens: list[Token], view: SentenceView, k: int) -> bool:
    """A name glued to ل that the splitter left whole and the NER cut («لحزب البعث»: «حزب» has three letters)."""
    return tokens[k].norm.startswith("ل") and any(m.first == k and m.entity is not None and m.start > tokens[k].start
                                                  for m in view.mentions)


def _recognized(tokens: list[Token], view: SentenceView, k: int) -> bool:
    """«المعترف به دوليا»: the epithet of a government or president, inside the phrase of whose forces."""
    return (k + 2 < view.hi and tokens[k].norm == "المعترف" and tokens[k + 1].norm in ("به", "بها")
            and tokens[k + 2].norm in ("دوليا", "دولي"))


def _np_start(tok: Token) -> int:
    """Where a noun phrase starts in its first token: after و/ف/ب/ل, keeping the article (وزارة is a word)."""
    if tok.norm in GROUP_HEADS:
        return tok.start
    norm, index = normalize_with_map(tok.text)
    for stem in candidate_stems(norm):
        if stem in GROUP_HEADS or stem == COUNTED:
            cut = len(norm) - len(stem)
            if cut >= 2 and norm[cut - 2:cut] == "ال":
                cut -= 2  # keep the article with the noun
            elif cut >= 2 and norm[cut - 2:cut] == "لل":
                cut -= 1  # «للمسلحين» -> «لمسلحين»: the article's lam (its alef is not written)
            return tok.start + original_span(index, cut, len(norm))[0]
        if "ال" + stem in GROUP_HEADS and norm.endswith("ل" + stem) and len(norm) - len(stem) >= 2:
            cut = len(norm) - len(stem) - 1  # «للشرطة» -> «لشرطة»: the article's lam (its alef is not written)
            return tok.start + original_span(index, cut, len(norm))[0]
    return tok.start


def pp_clitic(token: Token) -> str | None:
    """The preposition (ب or ل) a token starts with, by the segmenter's clitic split."""
    clitics = [w.text for w in token.words if w.kind == "proclitic"]
    return next((c for c in clitics if c in ("ب", "ل")), None)
