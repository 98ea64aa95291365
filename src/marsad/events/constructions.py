"""Particular constructions the argument finder reads: appositions, counterparts, victims told before an
attack noun, light and repelling verbs, relative clauses on event nouns, premises of a host, plain-word
objects. Each function answers one question about one trigger's sentence (see `marsad.events.arguments`).
"""

from __future__ import annotations

from marsad.arabic.clitics import candidate_stems
from marsad.arabic.numbers import is_cardinal_word
from marsad.document import Token
from marsad.events import clauses
from marsad.events.cues import (
    ACCORDING_TO,
    CIVIL_SITES,
    COMPLEMENTIZERS,
    GROUP_HEADS,
    HONORIFICS,
    LIGHT_VERBS,
    MANNER_OF_DEATH,
    MANNER_WORDS,
    PEOPLE_STEMS,
    PREMISES,
    PREPOSITIONS,
    PUNCT_BOUNDARY,
    SECURITY_BODIES,
    SOFT_BOUNDARY,
    SUBJECT_ADJECTIVES,
    TIME_WORDS,
    TITLE_WORDS,
    VICTIM_WORDS,
    WOUNDED_VERBS,
)
from marsad.events.names import NOT_NAMES
from marsad.events.sentence import (
    MEMBER_NOUNS,
    NOT_NISBA,
    PERSON_HEADS,
    QUOTES,
    STATE_FORMS,
    Mention,
    SentenceView,
    definite_nisba,
    is_demonym,
    is_title_like,
    office_word,
    pp_clitic,
    stem_of,
    stems_of,
    without_conjunction,
)
from marsad.events.triggers import TriggerMatch

SUSPECT_VERBS = frozenset({"يشتبه", "يشتبهون", "يعتقد", "يعتقدون", "يرجح", "يتهم", "يتهمون", "يزعم", "يقول", "قال",
                           "كان", "كانا", "كانت", "كانوا", "كانتا"})  # («شخصين كانا متجهين»)
COMMA_APPOSITION = 10  # the longest title (in tokens) a name set off by commas is read as apposed to
LOCATED_PARTICIPLES = frozenset({"الواقع", "الواقعه", "الكاين", "الكاينه", "الموجود", "الموجوده"})  # «منزلها الواقع بـ»
WOUND_NOUNS = frozenset({"جرح", "اصابه", "اصابات", "جرحي"})
PLACE_DESCRIPTORS = frozenset({"قريه", "مدينه", "بلده", "منطقه", "حي", "مخيم", "معسكر", "قاعده", "مطار", "ميناء"})
QUANTITY_WORDS = frozenset({"عشرات", "العشرات", "ميات", "الميات", "الاف", "عدد", "العديد", "بضعه", "عددا"})
MAX_BARE_OBJECT = 3
GROUP_TITLES = frozenset({"حزب", "حركه", "جماعه", "تنظيم", "منظمه", "جبهه"})  # heads of a party's or movement's name
GROUP_TYPES = frozenset({"ORG", "MISC"})  # (armed groups are often typed MISC: «الفرقة 30»)
MAX_GROUP_NAME = 4
# Military sites an attack falls on, whose owner is its target (a mosque or a house is a target of its own).
LAUNCHED = frozenset({"اطلقه", "اطلقها", "اطلقته", "اطلقتها", "اطلقوه", "اطلقوها"})  # «(صاروخ) أطلقته X»
# Verbs of doing what the verbal noun after them says: «قام X بـ»، «أقدم X على».
DO_VERBS = frozenset({"قام", "قامت", "قاموا", "اقدم", "اقدمت", "اقدموا"})
# Verbs of doing a deed, with the deed as object pronoun in a relative clause: «التي ارتكبها X».
PERPETRATE_VERBS = ("ارتكب", "ارتكبت", "نفذ", "نفذت", "شن", "شنت", "اقترف", "اقترفت")
MILITARY_SITES = frozenset({"مواقع", "موقع", "المواقع", "الموقع", "نقطه", "نقاط", "تجمعات", "تجمع", "مقرات", "معسكرات",
                            "ثكنات", "مخازن", "اهداف", "الاهداف", "تحصينات", "خطوط", "دفاعات"})
BASE_WORDS = frozenset({"قاعده", "معسكر", "ثكنه", "مطار"})  # a military base named by a word the NER may miss
SITE_LINKS = frozenset({"تابعه", "التابعه", "تابعين", "التابعين", "يشتبه", "في", "انها", "انه", "يعتقد"})
SITE_OWNER_REACH = 6
GUEST_REACH = 24  # words from the host to the guest's name
GUEST_STOPS = frozenset({"بحضور", "وبحضور", "وذلك", "بمشاركه", "يرافقه"})  # who attends is no guest
CLAIM_WORD = "مسووليت"  # «مسؤوليته»، «مسؤوليتها»، «مسؤوليتهم» (normalized)
CLAIM_VERBS = frozenset({"اعلن", "اعلنت", "تبني", "تبنت", "يعلن", "تعلن", "اعلنوا"})
CLAIM_NEGATIONS = frozenset({"لم", "لا", "نفي", "نفت", "ينفي", "تنفي", "تبرا", "تبرات"})
CLAIM_REACH = 8  # words from the verb of claiming to «مسؤوليته»
PLACE_EPITHETS = frozenset({"المكرمه", "المنوره", "المقدسه"})  # «مكة المكرمة»، «المدينة المنورة»
TWO_WORDS = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})  # «عسكريين تركيين اثنين»: «two» follows its noun
WHOSE_REACH = 7  # words from a condemned noun to the name in its genitive (titles between)
MORE_THAN = frozenset({"اكثر", "اقل"})
ABOUT_WORDS = frozenset({"نحو", "حوالي", "قرابه", "زهاء"})
# Clauses that bound the number after them: «ما لا يقل عن 200»، «ما يزيد على 50»، «ما يقارب 30».
AT_LEAST_PHRASES = (("ما", "لا", "يقل", "عن"), ("ما", "لا", "يقل", "علي"), ("لا", "يقل", "عن"), ("لا", "يقل", "علي"),
                    ("ما", "يزيد", "عن"), ("ما", "يزيد", "علي"), ("ما", "يربو", "علي"), ("ما", "يقارب"))
VERB_WINDOW = 24
COUNTED_REACH = 10  # words back from a passive plural verb to its counted subject
MAX_LOOSE = 2
VICTIM_WINDOW = 16
TARGET_REACH = 6
CAUSE_WORDS = frozenset({"في", "اثر", "جراء", "بسبب", "عقب", "خلال", "نتيجه", "بعد"})
RELATIVE_WINDOW = 9
RELATIVE_NEAR = 3
ADVERBIAL_HEADS = frozenset({"بشكل", "بصوره", "بطريقه", "بكثافه"})
# Adjectives of the verbal noun after light verbs («جددت X رفضها القاطع ...»), and adverbs of degree («قطعيا»).
EMPHASIS_WORDS = frozenset({"القاطع", "الشديد", "التام", "المطلق", "الكامل", "القوي", "الصريح", "قطعيا", "تماما", "مطلقا"})
DETACHED_CLITICS = frozenset({"ل", "ب", "ك"})  # a preposition written apart with a tatweel: «لـ"داعش"»
COUNTED_HEADS = frozenset({"عدد", "عددا", "عشرات", "ميات", "الاف"})  # a count of people owns nothing
MEMBER_WORDS = frozenset({"عنصر", "عنصرا", "عنصرين", "عناصر", "مقاتلا", "مقاتلين", "افراد", "عضوا", "اعضاء"})  # «عنصرا من X»
NISBA_ENDINGS = ("ي", "يه", "يا")  # «شاب سعودي»، «شاب عشريني»: the adjective of a person
NOT_VERBS = frozenset({"اخر", "اخرا", "اعمال", "امن"})  # «شخص آخر»، «رجل أعمال»: no past verb after a person
ASIDE_OPENERS = frozenset({"في", "خلال"})  # «في بيان لها،»، «خلال كلمته،»: how a condemnation was said
ASIDE_REACH = 6
RELATIVE_ASIDE_REACH = 30  # words from the comma before «الذي» to the comma that closes the relative clause
INCIDENT_WORDS = frozenset({"حادث", "حادثه", "عمليه"})
UNNAMED_ADJECTIVES = frozenset({"مجهولون", "مجهولين", "ملثمون", "ملثمين", "مسلحون", "مسلحين", "مجهول", "ملثم"})
GROUP_NOUNS = frozenset({"مسلحون", "مسلحين", "متظاهرون", "متظاهرين", "السلطات", "سلطات", "الشرطه", "عناصر"})
INTENSIFIERS = frozenset({"الشديده", "الشديد", "البالغه", "البالغ", "القويه", "الكامله", "التامه"})
HOLDER_WORDS = frozenset({"ايدي", "يد", "قبضه", "سيطره"})
BY_FIRE = frozenset({"برصاص", "بنيران", "بقذيفه", "بقذايف", "بقصف", "بغاره"})
RAID_NOUNS = frozenset({"الغارات", "الضربات", "القصف", "الهجمات"})  # whose raids killed
AIR_ADJECTIVES = frozenset({"الجويه", "جويه"})
FIGHT_WORDS = frozenset({"اشتباكات", "الاشتباكات", "مواجهات", "المواجهات", "معارك", "المعارك", "اشتباك"})
AGENT_HEADS = frozenset({"انتحاري", "انتحاريا", "انتحاريون", "الانتحاري", "مروحيات", "المروحيات", "قوات", "القوات", "المسلحون", "المسلحين", "المدفعيه", "مدفعيه", "مقاتلات", "المقاتلات", "طايرات", "طايره", "طيران", "جيش", "الجيش", "الشرطه", "التحالف", "ميليشيات", "ميليشيا",
                         "مليشيات", "مليشيا",
                         "مسلحي", "مسلحين", "مسلحون", "مقاتلي", "مقاتلو", "عناصر", "الدفاعات", "دفاعات", "النظام",
                         *SECURITY_BODIES})
# Groups that are overt doers of the events they are the subject or agent of, but not read as the doer from the
# genitive of an attack noun alone («عملية استهداف المستوطنين»: the settlers are the target).
RENEW_VERBS = frozenset({"جدد"})  # light only before the doer's own act, with its possessive
POSSESSIVES = ("ه", "ها", "هم", "هما")  # the pronoun suffixes of an owner
DOER_GROUPS = frozenset({"مستوطنون", "مستوطنين", "المستوطنون", "المستوطنين", "فصايل", "الفصايل"})


def apposed(tokens: list[Token], view: SentenceView, first: list[Mention], second: list[Mention]) -> bool:
    """A person's name right after the noun phrase of their title (titles, places, «لدى تونس» between)."""
    a, b = first[-1], second[0]
    if not (b.name or b.entity is not None and b.entity.type == "PER"):
        return False  # (a name the NER missed, found after its title, is a person too)
    if a.name or a.entity is not None and a.entity.type == "PER":
        return False  # two people: subject and object
    if a.entity is None and stem_of(tokens[a.first]) in AGENT_HEADS | GROUP_NOUNS:
        return False  # «اعتقلت قوات الأمن القيادي في ... X»: forces are no title of a person
    head = tokens[a.last + 1] if a.last + 1 < b.first else None
    if (head is not None and definite_nisba(tokens[a.last]) and stem_of(head) in PERSON_HEADS
            and not head.norm.startswith("ال")):
        return False  # «التقى الرئيس اليمني | مبعوث الأمم المتحدة ... X»: a closed title, then another person's
    if b.entity is None and any(a.last < m.first and m.last < b.first and m.title_only
                                and stem_of(tokens[m.first]) in PERSON_HEADS for m in view.mentions):
        return False  # «استقبل المحافظ رئيس بعثة الصليب الأحمر»: the name is the second title's
    place = next((m.last for m in view.mentions if a.last < m.first and m.last < b.first and m.prep == "في"
                  and m.is_place), None)
    if place is not None and any(place < m.first and m.last < b.first and m.title_only and office_word(tokens[m.first])
                                 for m in view.mentions):
        return False  # «التقى رئيس الوزراء العراقي في بغداد | وزير الخارجية الأمريكي جون كيري»: the place closed
        # the first title; the name after the second office is that office's
    if _between_commas(tokens, view, b) and stem_of(tokens[a.first]) in PERSON_HEADS and b.first - a.last <= COMMA_APPOSITION:
        return True  # «أدان منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف، جريمة»
    inside = {k for m in view.mentions for k in range(m.first, m.last + 1)}
    return all(k in inside or is_title_like(tokens[k]) or tokens[k].norm in ("لدي", "في") or tokens[k].norm in STATE_FORMS
               for k in range(a.last + 1, b.first))  # («سفير جمهورية البوسنة والهرسك لدى المملكة حارث هارلي»)


def _between_commas(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    """A mention set off by commas on both sides: an apposition."""
    return (m.first - 1 >= view.lo and m.last + 1 < view.hi and tokens[m.first - 1].norm in SOFT_BOUNDARY
            and tokens[m.last + 1].norm in SOFT_BOUNDARY)


def counterpart(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    """A name introduced as someone's counterpart (نظيره، نظيرها): the object of a meeting verb."""
    for k in range(m.first - 1, max(view.lo - 1, m.first - 4), -1):
        if tokens[k].norm.startswith(("نظير", "ونظير")):
            return tokens[k].norm.endswith(("ه", "ها", "هم"))
        if not is_title_like(tokens[k]):
            return False
    return False


def complement_follows(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    """A بـ/إلى phrase right after a noun phrase: what it is asked to do («الحكومة بضرورة»، «مقاتليه إلى»)."""
    k = m.last + 1
    if k >= view.hi:
        return False
    nxt = tokens[k]
    return nxt.norm in ("الي", "ب") or any(w.kind == "proclitic" and w.text == "ب" for w in nxt.words)


def modifies_participant(tokens: list[Token], view: SentenceView, trig: TriggerMatch, m: Mention) -> bool:
    """«المقاومة الشعبية الموالية للرئيس هادي»: a لـ phrase after a participant (and its adjectives) is part of it."""
    if m.prep != "ل" or trig.sense.type == "CONSULT":
        return False
    k = m.first - 1
    while k > trig.token and (is_title_like(tokens[k]) or tokens[k].text in QUOTES):
        k -= 1
    return k > trig.token and any(t.first <= k <= t.last and t.first > trig.token for t in view.mentions)


def victims(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """«قتل جندي تركي ... في هجوم شنه مسلحون»، «بمقتل 52 داعشيا ... في غارات»: who was hit by the attack
    the noun names, told before it (a mention, or the plain words after the killing word)."""
    cause = trig.clitics.endswith("ب") or (trig.token - 1 >= view.lo and tokens[trig.token - 1].norm in CAUSE_WORDS)
    if not cause:
        return []
    words: list[int] = []  # the killing words of the clause, the first one names the main victims
    for k in range(trig.token - 2, max(view.lo - 1, trig.token - VICTIM_WINDOW), -1):
        if tokens[k].norm in PUNCT_BOUNDARY and tokens[k].norm not in SOFT_BOUNDARY:
            break
        if stem_of(tokens[k]) in VICTIM_WORDS or tokens[k].norm in VICTIM_WORDS:
            words.append(k)
    if not words:
        return []
    k = words[-1]  # «قتل جندي تركي وأصيب آخر ... في هجوم»: the killed soldier, not «آخر»
    named = [m for m in view.mentions_between(k + 1, min(trig.token, k + 7)) if not m.title_only]
    bare = plain_words(tokens, view, after_victim_words(tokens, view, k + 1))
    if named and bare is not None and bare.first < named[0].first <= bare.last:
        return [bare]  # «مقتل 3 من أفراد الشرطة التركية في هجوم»: how many of them, not the whole police
    if named:
        return named[:1]
    if bare is None and k - 1 >= view.lo and tokens[k - 1].norm in clauses.RELATIVES:
        return [m for m in view.mentions if m.last == k - 2 and not m.title_only][:1]  # «أبو سياف الذي قتل في هجوم»
    if bare is None:
        return []
    more = coordinated_plain(tokens, view, bare)  # «مقتل ثلاثة مهاجمين ورجل شرطة في الهجوم»
    return [bare] + ([more] if more is not None else [])


def after_victim_words(tokens: list[Token], view: SentenceView, k: int) -> int:
    """Past a second killing word joined by و: «بمقتل وجرح 110 من ...» names the victims after «وجرح»."""
    while k < view.hi and tokens[k].norm[:1] == "و" and tokens[k].norm[1:] in VICTIM_WORDS | WOUND_NOUNS:
        k += 1
    return k


def coordinated_plain(tokens: list[Token], view: SentenceView, m: Mention) -> Mention | None:
    """The plain words joined by و right after `m` («ثلاثة مهاجمين ورجل شرطة»), without the و."""
    k = m.last + 1
    if k >= view.hi or not tokens[k].norm.startswith("و") or len(tokens[k].norm) < 3:
        return None
    if tokens[k].norm[1:] in VICTIM_WORDS or stem_of(tokens[k]) in VICTIM_WORDS:
        return None  # «قتل ثلاثة وجرح أربعة آخرون»: a second verb, not a second victim
    more = plain_words(tokens, view, k)
    if more is None:
        return None
    cut = tokens[k].start + 1  # after the و
    return Mention(more.first, more.last, cut, more.end, view.span.text[cut - view.span.start:more.end - view.span.start])


def target_on(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """«غارات على القواعد الخلفية لمقاتلي حزب العمال»، «ضربة جوية على أهداف داعش»: the owner of the places an
    attack falls on is its target."""
    for k in range(trig.token + 1, min(view.hi, trig.token + TARGET_REACH)):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY:
            return []
        if norm in ("علي", "ضد"):
            if (k + 2 < view.hi and stem_of(tokens[k + 1]) in BASE_WORDS and _plain_name_word(tokens[k + 2])
                    and not any(m.first <= k + 2 <= m.last for m in view.mentions)):
                base = plain_words(tokens, view, k + 1, title=True)  # «غاراتها على قاعدة العند الجوية»: the NER
                return [base] if base is not None else []  # missed the base's name
            for m in view.mentions_between(k + 1, min(view.hi, k + 1 + TARGET_REACH)):
                if m.title_only:
                    continue
                gap = [tokens[j] for j in range(k + 1, m.first)]
                if any(t.norm in PREPOSITIONS or t.norm in PUNCT_BOUNDARY for t in gap):
                    return []
                if gap and stem_of(gap[0]) in CIVIL_SITES:  # «هجوم على مسجد للشيعة»: the mosque (and whose it
                    return [span_mention(tokens, view, k + 1, m.last)]  # is) is the target, not the Shia
                return [m] if not m.is_place or not gap else []
            return []
    return []


def _plain_name_word(tok: Token) -> bool:
    """A definite word that may be a name after a base word («قاعدة العند»؛ not «معسكر لـ"بي كا كا"»، «قاعدة في»،
    «معسكر تابع للحرس»، «قاعدة عسكرية»: an indefinite adjective leaves the owner to the mention scan)."""
    return tok.norm.isalpha() and len(tok.norm) >= 5 and tok.norm.startswith("ال") and pp_clitic(tok) is None


def claimant(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """Who claims an attack: «أعلن التنظيم الإرهابي "داعش" مسؤوليته عن هجوم ...»، «تبنت الجماعة مسؤوليتها عن
    التفجير» (the subject between a verb of claiming and «مسؤوليته عن»; not «نفى X مسؤوليته»، «لم تعلن أي جهة»)."""
    k = trig.token
    if k - 2 < view.lo or tokens[k - 1].norm != "عن" or not tokens[k - 2].norm.startswith(CLAIM_WORD):
        return []
    window = range(max(view.lo, k - 2 - CLAIM_REACH), k - 2)
    verb = next((j for j in reversed(window) if without_conjunction(tokens[j].norm) in CLAIM_VERBS), None)
    if verb is None or any(without_conjunction(tokens[j].norm) in CLAIM_NEGATIONS for j in window):
        return []
    said = [m for m in view.mentions if verb < m.first and m.last < k - 2 and m.prep is None and not m.title_only]
    return said[-1:]


def received_guest(tokens: list[Token], view: SentenceView, trig: TriggerMatch, host: list[Mention]) -> Mention | None:
    """The guest a host receives, past the asides the Saudi press puts between them: «استقبل خادم الحرمين
    الشريفين الملك سلمان - حفظه الله - في قصر السلام، اليوم؛ وزير الخارجية المصري "سامح شكري"» (the first
    person named after the host, before the clause ends)."""
    start = after_subject(trig, host)
    while start < view.hi:  # the host's own titles («ولي العهد نائب رئيس مجلس الوزراء») do not count against the reach
        title = next((m for m in view.mentions if m.first == start and m.title_only), None)
        if title is None and not is_title_like(tokens[start]):
            break
        start = (title.last if title is not None else start) + 1
    for k in range(start, min(view.hi, start + GUEST_REACH)):
        norm = tokens[k].norm
        semicolon_after_time = norm == "؛" and k > view.lo and tokens[k - 1].norm in TIME_WORDS
        if (norm in PUNCT_BOUNDARY and norm not in SOFT_BOUNDARY and not semicolon_after_time) or \
                norm in clauses.RELATIVES or norm in COMPLEMENTIZERS or norm in GUEST_STOPS:
            return None
        guest = next((m for m in view.mentions if m.first == k and not m.title_only and m.prep is None
                      and (m.name or m.entity is not None and m.entity.type == "PER")), None)
        if guest is not None:
            return guest
    return None


def site_owner(tokens: list[Token], view: SentenceView, m: Mention) -> Mention | None:
    """Whose military sites a target names: «مواقع للمقاومة الشعبية»، «مواقع وتجمعات للمليشيات الحوثية»،
    «مواقع يشتبه في أنها تابعة للمسلحين» (the owner after لـ; None when the sites are no one's named);
    «نحو 400 موقع من مواقع حزب العمال»: past the count, and a name in the genitive of a site word."""
    head = m.first + approximation(tokens, view, m.first)
    while head < m.last and is_count_word(tokens[head].norm):
        head += 1
    if m.entity is not None or stem_of(tokens[head]) not in MILITARY_SITES:
        return None
    for k in range(m.last + 1, min(view.hi, m.last + 1 + SITE_OWNER_REACH)):
        norm = tokens[k].norm
        owner = next((x for x in view.mentions if x.first == k and not x.is_place and not x.title_only
                      and (x.entity is not None or x.name or stem_of(tokens[k]) in GROUP_HEADS
                           or "ال" + stem_of(tokens[k]) in GROUP_HEADS)), None)  # (not «للمرة الأولى»)
        if pp_clitic(tokens[k]) == "ل" or norm.startswith("لل"):
            return owner
        if owner is not None and owner.entity is not None and stem_of(tokens[k - 1]) in MILITARY_SITES:
            return owner  # «مواقع حزب العمال»: a named group in the genitive
        if not (norm in SITE_LINKS or norm == "من" or stem_of(tokens[k]) in MILITARY_SITES or definite_nisba(tokens[k])):
            return None
    return None


def attached_elsewhere(tokens: list[Token], view: SentenceView, trig: TriggerMatch, m: Mention) -> bool:
    """A prepositional phrase right after a plain noun belongs to that noun («السيطرة على مدينة عدن»); not the
    receiver of aid after its value («قدمت منحة بقيمة مليار دولار للأردن»)."""
    if trig.sense.type == "AID" and m.prep == "ل":
        return False
    k = m.first - 1
    while k > trig.token and (is_title_like(tokens[k]) or tokens[k].text in QUOTES):
        k -= 1
    if k > trig.token and tokens[k].norm in PREPOSITIONS | {"من قبل"}:
        k -= 1
    while k > trig.token and tokens[k].norm in SOFT_BOUNDARY:
        k -= 1
    if k <= trig.token or any(t.first <= k <= t.last for t in view.mentions):
        return False
    obj = set(trig.sense.constraint("obj") or ())
    if any(set(candidate_stems(tokens[j].norm)) & obj for j in range(max(k - 1, trig.token + 1), k + 1)):
        return False  # «استدعت سفيرها لدى إيران»، «وقعت مذكرة تفاهم مع»: the object the sense names is part of it
    return not (is_title_like(tokens[k]) or tokens[k].norm in TIME_WORDS or tokens[k].norm == "قبل")


def agentive(tokens: list[Token], m: Mention) -> bool:
    """An armed force or an organisation: the doer when it is the genitive of قصف، استهداف ..."""
    if m.entity is not None:
        return m.entity.type in ("ORG", "NORP")
    return stem_of(tokens[m.first]) in AGENT_HEADS or tokens[m.first].norm in AGENT_HEADS


def verb_before(tokens: list[Token], view: SentenceView, trig: TriggerMatch, verbs: frozenset[str],
                 chain: list[Mention] | None = None, fallback: bool = True) -> list[Mention]:
    """The subject of a verb of `verbs` just before the noun: after it (VSO) or before it (SVO)."""
    for k in range(trig.token - 1, max(view.lo - 1, trig.token - VERB_WINDOW), -1):
        if tokens[k].norm in PUNCT_BOUNDARY and tokens[k].norm not in SOFT_BOUNDARY:
            return []
        if verbs & verb_bases(tokens[k]):
            if verb_bases(tokens[k]) & RENEW_VERBS and not tokens[trig.token].norm.endswith(POSSESSIVES):
                return []  # «جددت الطائرات غاراتها»، not «جدد بان كي مون قلقه من الغارات»: the renewed act is his own
            inside = {j for m in view.mentions if k < m.first and m.last < trig.token for j in range(m.first, m.last + 1)}
            loose = [j for j in range(k + 1, trig.token) if j not in inside and tokens[j].norm not in TIME_WORDS
                     and not is_title_like(tokens[j]) and tokens[j].norm not in SOFT_BOUNDARY
                     and tokens[j].norm not in HONORIFICS and tokens[j].norm not in ("قد", "ب")
                     and not (tokens[j].norm == "صاحب" and j + 1 < trig.token and is_title_like(tokens[j + 1]))]
            # («صاحب السمو الملكي الأمير X»: an honorific, as «السمو» is)
            if len(loose) > MAX_LOOSE:  # the verb governs something else («تبنى المجلس قرارا يصادق على الاتفاق»)
                return []
            subject = [m for m in view.mentions_between(k + 1, trig.token) if m.prep is None and not m.title_only]
            if subject:
                groups = clauses.groups(subject)
                if len(groups) >= 2 and apposed(tokens, view, groups[0], groups[1]):
                    return groups[1]  # «قام سفير البوسنة لدى المملكة حارث هارلي بزيارة»: the named title holder
                return groups[0]
            doer = plain_words(tokens, view, k + 1) if verb_bases(tokens[k]) & DO_VERBS else None
            if doer is not None and doer.last + 1 + (tokens[doer.last + 1].norm == "علي") == trig.token:
                return [doer]  # «فقام السائق بإطلاق النار»، «أقدم شاب على قتل»: the doer, unnamed
            if not fallback:
                return []
            if chain:  # «سيزور الجبير موسكو يجري خلالها مباحثات»: the same subject goes on
                return chain
            earlier = clauses.before(tokens, view, k, view.lo - 1).mentions
            bare = [m for m in earlier if m.prep is None and not clauses.in_dashes(tokens, view, m, k)]
            return clauses.groups(bare)[-1] if bare else []
    return []


def relative_agent(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """«عملية التفجير التي نفذها تنظيم داعش»: the subject of a light verb in a relative clause on the noun."""
    for k in range(trig.token + 1, min(view.hi - 1, trig.token + RELATIVE_WINDOW)):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY or (norm in clauses.RELATIVES and k - trig.token > RELATIVE_NEAR):
            return []
        verb = tokens[k + 1].norm if norm in clauses.RELATIVES else norm
        bare = next((verb[: -len(p)] for p in ("ها", "ه", "هم") if verb.endswith(p)), verb)
        if (norm in clauses.RELATIVES or bare != verb) and (bare in LIGHT_VERBS or verb in LIGHT_VERBS):
            at = k + 2 if norm in clauses.RELATIVES else k + 1  # «التي نفذها X» or «... نفذه X»
            subject = [m for m in view.mentions_between(at, min(view.hi, at + 4)) if m.prep is None]
            if subject:
                return clauses.groups(subject)[0]
            plural = at < view.hi and (_nominative_plural(tokens[at].norm) or _people_plural(tokens[at].norm))
            doer = plain_words(tokens, view, at) if plural else None
            return [doer] if doer is not None else []  # «هجوم عنيف شنه متطرفون»: plain people, unnamed
    return []


def verb_bases(token: Token) -> set[str]:
    """The token and its stems without future or person prefix or subject suffix (شنوا -> شن، سينفذ -> نفذ)."""
    forms = {token.norm, stem_of(token)}
    if token.norm.startswith(("وال", "فال")) and len(token.norm) >= 5:
        forms.add(without_conjunction(token.norm))  # «وألقت»: و + a verb that starts like the article
    bare = {f[: -len(x)] for f in forms for x in ("وا", "ون", "ان", "ت", "ا") if f.endswith(x) and len(f) - len(x) >= 2}
    forms |= bare
    forms |= {f[1:] for f in forms if f[:1] == "س" and f[1:2] in ("ي", "ت", "ن") and len(f) >= 5}  # سيعقد
    return forms | {f[1:] for f in forms if f[:1] in "يتن" and len(f) >= 4}


def host_by_premises(tokens: list[Token], trig: TriggerMatch, after: list[Mention]) -> list[Mention]:
    """«تم استقباله في مقر رئاسة القوات البرية»: who hosts is whose premises the guest was received in."""
    if trig.sense.mode != "host":
        return []
    for m in after:
        premises = any(k > trig.token and stem_of(tokens[k]) in PREMISES for k in (m.first - 1, m.first - 2))
        if premises and m.prep is None and (not m.is_place or m.entity is not None and m.entity.type == "ORG"):
            return [m]
    return []


def bare_object(tokens: list[Token], view: SentenceView, trig: TriggerMatch, actor: list[Mention]) -> Mention | None:
    """The first plain words after a transitive trigger (and its subject), as an unnamed participant."""
    start = trig.token + 1
    if actor and actor[-1].first > trig.token:
        start = actor[-1].last + 1
        if (start + 1 < view.hi and tokens[actor[-1].last].norm.startswith("الم") and pp_clitic(tokens[start]) == "ل"
                and tokens[start].norm.startswith("لل")):
            start += 1  # «أمطرت الفصائل المعارضة للنظام السوري | أربع بلدات»: the subject's complement
            while start < view.hi and definite_nisba(tokens[start]):
                start += 1
    while start < view.hi and (tokens[start].norm in TIME_WORDS or tokens[start].norm in ADVERBIAL_HEADS
                               or tokens[start].text in QUOTES):  # (the quote that closes «شركة "موبايلي"»)
        start += 2 if tokens[start].norm in ADVERBIAL_HEADS else 1  # «بشكل مكثف»
    if start < view.hi and tokens[start].norm == "علي" and trig.sense.type == "COERCE":
        start += 1  # «قبضت على X»
    while start < view.hi and tokens[start].norm in UNNAMED_ADJECTIVES:
        start += 1  # «اختطف مسلحون مجهولون خمسة ...»: an adjective of the subject
    place = next((m for m in view.mentions if m.first == start + 1 and m.is_place), None)
    if place is not None and tokens[start].norm == "في":
        start = place.last + 1  # «اختطف مسلحون في العاصمة صنعاء 10 من ...»: where, then whom
    bare = cut_at_object_word(tokens, view, trig, plain_words(tokens, view, start))
    if bare is None and start < view.hi and stem_of(tokens[start]) in PLACE_DESCRIPTORS and not any(
            m.first == start + 1 and m.entity is not None and m.entity.type != "NORP" for m in view.mentions):
        bare = plain_words(tokens, view, start, title=True)  # «هاجموا قرية فلسطينية»: a place with no name
    return owned(tokens, view, bare)


WITHOUT_WORDS = frozenset({"بلا", "بدون"})  # «طائرة أمريكية بلا طيار»: a drone


def _phrase_closed(previous: str, norm: str, after_head: bool) -> bool:
    """`norm` cannot go on the noun phrase that ends with `previous`: a definite word takes neither a genitive
    nor an indefinite adjective after it, and after an indefinite nisba adjective (past the head) only an
    adjective of the same ending follows («قوات أمنية خاصة»، «مسلحين حوثيين آخرين»)."""
    if not norm.isalpha() or norm.startswith("ال") or norm in WITHOUT_WORDS:
        return False
    if previous.startswith("ال") and not is_count_word(previous):  # («15 ألف شخص»: «ألف» is no article)
        return True
    if not after_head or not previous.endswith(NISBA_ENDINGS) or norm.endswith(NISBA_ENDINGS):
        return False
    return not any(previous.endswith(e) and norm.endswith(e) for e in ("ه", "ا", "ين", "ون"))


def _nominative_plural(norm: str) -> bool:
    """An indefinite sound masculine plural in the nominative, of six letters or more: «متطرفون»، «مستوطنون» (not
    a verb in -ون: «يقولون»، «تحاولون»)."""
    return norm.endswith("ون") and len(norm) >= 6 and not norm.startswith(("ال", "ي", "ت"))


def _people_plural(norm: str) -> bool:
    """A sound masculine plural of people in the nominative: «مسلحون»، «المعتقلون» (not «معاون», «قانون»)."""
    word = norm.removeprefix("ال")
    return word.endswith("ون") and word[:-2] in PEOPLE_STEMS


def _participle_with_complement(tokens: list[Token], k: int, nxt: int) -> bool:
    """Token k is an indefinite participle («مكونة»، «محملة»، «متهمين») whose complement follows with a
    preposition: it describes the noun before it, and the noun phrase ends before it."""
    norm = tokens[k].norm
    participle = (norm.startswith("م") and len(norm) >= 5 and not norm.startswith("ال")
                  and not norm.endswith(("ي", "يا", "يه", "يين", "يون")))  # (a nisba: «15 خياطا موصليا»)
    follows = tokens[nxt].norm in ("من", "في", "علي", "الي") or pp_clitic(tokens[nxt]) in ("ب", "ل")
    return participle and follows


def _imperfect_verb(previous: Token, token: Token) -> bool:
    """`token` reads as an imperfect verb opening a clause on the noun before it: «ستيني ينتحل صفة»، «شبكة
    إرهابية تنتمي» (ي- words that are no nisba; ت- words after a nisba adjective, and no nisba themselves)."""
    norm, nisba = token.norm, ("ي", "يه", "يا", "يين", "يون")
    if len(norm) < 4 or not norm.startswith(("ي", "ت")) or not norm.isalpha() or is_demonym(token):
        return False  # («شرطيين تركيين»; the gazetteer looked up last, only for ي-/ت- words)
    if norm.startswith("ي"):
        return not norm.endswith((*nisba, "ه", "ا"))  # («شابا يافعا»: an accusative adjective)
    return (norm.startswith("ت") and previous.norm.endswith(nisba)
            and not norm.endswith(("ه", "ات", "يه", "يا", "يين", "يون")))


def owned(tokens: list[Token], view: SentenceView, bare: Mention | None) -> Mention | None:
    """The owner named right after plain words («مواقع الحوثيين»، «دورية للشرطة»), else the words."""
    owner = next((m for m in view.mentions if bare is not None and m.first == bare.last + 1 and m.prep in (None, "ل")
                  and (m.name or m.entity is not None and m.entity.type in ("ORG", "PER", "NORP")
                       or m.prep == "ل" and (stem_of(tokens[m.first]) in GROUP_HEADS
                                            or "ال" + stem_of(tokens[m.first]) in GROUP_HEADS))), None)
    if owner is not None and owner.first == owner.last and owner.entity is None and stem_of(tokens[owner.first]) in MEMBER_NOUNS:
        named = next((m for m in view.mentions if m.first == owner.last + 1 and m.prep in (None, owner.prep) and m.entity is not None
                      and m.entity.type == "ORG"), None)
        owner = named or owner  # «رتلا لمسلحي تنظيم داعش»: the group whose fighters they are
    if owner is None and bare is not None:
        group = next((m for m in view.mentions if m.first == bare.last + 1 and m.prep is None and m.entity is None
                      and not m.name and not m.title_only and not m.coord
                      and not tokens[m.first].norm.startswith(("و", "ف"))
                      and stem_of(tokens[m.first]) not in COUNTED_HEADS), None)  # (not «الغارة | عددا من المدنيين»)
        if group is not None:  # «مسجد قوات الطوارئ الخاصة»: a site of unnamed forces, one target
            return span_mention(tokens, view, bare.first, group.last)
    return owner or bare  # «قصفت المدفعية مواقع الحوثيين»، «مواقع لقوات الوفاق»: the owner of the places is the target


def condemned(tokens: list[Token], view: SentenceView, trig: TriggerMatch, actor: list[Mention]) -> Mention | None:
    """What a condemnation verb names (أدان X الهجوم الإرهابي، استنكرت X بشدة التفجير): a definite noun and
    its adjectives after the verb and its subject, manner phrases (بأشد العبارات، بشدة) skipped."""
    start = trig.token + 1
    if actor and actor[-1].first > trig.token:
        start = actor[-1].last + 1
    while (title := next((m for m in view.mentions if m.first == start and (m.title_only or actor and person_title_after(
            tokens, actor[-1], m))), None)) is not None:
        start = title.last + 1  # «دان نبيل العربي | الأمين العام لجامعة الدول العربية | الجريمة»: the subject's title
    owner = next((m for m in view.mentions if actor and m.first == start and m.prep == "ل" and start > trig.token), None)
    if owner is not None:  # «أدانت الأمانة العامة | لهيئة كبار العلماء | العمل الإجرامي»: whose secretariat
        start = owner.last + 1
    while start < view.hi and (definite_nisba(tokens[start]) or tokens[start].norm in SOFT_BOUNDARY):
        start += 1  # «أدانت وزارة الخارجية | المصرية التفجير»: the subject's adjective; «أدان ...، X، جريمة»
    at = start + 1 if start < view.hi and tokens[start].norm == "في" else start
    seat = next((m for m in view.mentions if m.first == at and m.is_place and m.prep in ("ب", "في")), None)
    if seat is not None:  # «أدانت الأمانة العامة للرابطة بمكة المكرمة العمل الإرهابي»: where the subject sits
        start = seat.last + 1
        while start < view.hi and (tokens[start].norm in PLACE_EPITHETS or definite_nisba(tokens[start])):
            start += 1
    aside_end = next((k for k in range(start + 1, min(view.hi, start + ASIDE_REACH)) if tokens[k].norm in SOFT_BOUNDARY),
                     None) if start < view.hi and tokens[start].norm in ASIDE_OPENERS else None
    if aside_end is not None:  # «ودانت الوزارة | في بيان صحافي لها، | مصادقة لجنة التخطيط»: where it said so
        start = aside_end + 1
    while start < view.hi and (tokens[start].norm in TIME_WORDS or without_conjunction(tokens[start].norm) in MANNER_WORDS
                               or tokens[start].norm in EMPHASIS_WORDS or _comma_before_manner(tokens, view, start)):
        start += 2 if without_conjunction(tokens[start].norm) in ("باشد", "بكل") else 1
    if start + 1 < view.hi and tokens[start].norm in INCIDENT_WORDS:
        start += 1  # «حادث التفجير»: the incident word is not the name of it
    if start >= view.hi:
        return None
    if trig.sense.mode == "disapprove" and pp_clitic(tokens[start]) == "ب":
        return after_clitic(tokens, view, start, "ب", True)  # «نددت X بإعدام السجناء»
    if tokens[start].norm in PREPOSITIONS:
        return None  # «دعا ناشطون | إلى تنظيم تظاهرات»: what is asked for, no one asked
    if not tokens[start].norm.startswith("ال"):
        whose = whose_name(tokens, view, start)  # «استنكر X بشدة تصريحات نائب الرئيس نوري المالكي»
        if (whose is None and trig.sense.mode == "disapprove" and start + 1 < view.hi and tokens[start].norm.isalpha()
                and tokens[start + 1].norm.startswith("ال") and not tokens[start].norm.startswith(("ب", "ل", "و"))):
            return plain_words(tokens, view, start)  # «أدان ليون اختطاف الموظفين الإيطاليين»: the act and whom it hit
        return whose
    what = cut_at_object_word(tokens, view, trig, plain_words(tokens, view, start))
    return (perpetrator(tokens, view, what.last + 1) if what is not None else None) or what


def cut_at_object_word(tokens: list[Token], view: SentenceView, trig: TriggerMatch, m: Mention | None) -> Mention | None:
    """Plain words up to the verb's own object word: «حمّل X الأسرة | المسؤولية الكبيرة» (whom, then the burden)."""
    obj = set(trig.sense.constraint("obj") or ())
    if m is None or not obj or m.entity is not None:
        return m
    cut = next((k for k in range(m.first + 1, m.last + 1) if obj & set(stems_of(tokens[k].norm))), None)
    return m if cut is None else span_mention(tokens, view, m.first, cut - 1)


def person_title_after(tokens: list[Token], person: Mention, m: Mention) -> bool:
    """`m` right after the person `person` is a person's title with the article («الأمين العام لجامعة الدول
    العربية»): in a condemnation, the condemner's office, not what is condemned."""
    stem = stem_of(tokens[m.first])
    named = person.entity is not None and person.entity.type == "PER" or person.name
    return bool(named) and m.first == person.last + 1 and stem.startswith("ال") and stem[2:] in PERSON_HEADS


def accused_plain(tokens: list[Token], view: SentenceView, trig: TriggerMatch, actor: list[Mention]) -> Mention | None:
    """«تتهم أحزاب المعارضة حكومته باستغلال ...»: the plain words after the accuser, then the charge with بـ."""
    whom = plain_words(tokens, view, after_subject(trig, actor))
    if whom is None or whom.last + 1 >= view.hi or pp_clitic(tokens[whom.last + 1]) != "ب":
        return None
    return whom


def perpetrator(tokens: list[Token], view: SentenceView, k: int) -> Mention | None:
    """Who did the deed a relative clause at token k tells of: «(الجريمة) التي ارتكبها مستوطنون إسرائيليون»،
    «(الهجوم) الذي نفذه تنظيم داعش» (the subject right after the verb with its object pronoun)."""
    if k + 2 >= view.hi or tokens[k].norm not in clauses.RELATIVES:
        return None
    verb = tokens[k + 1].norm
    if not any(verb.startswith(v) and verb[len(v):] in ("ه", "ها") for v in PERPETRATE_VERBS):
        return None
    return named_or_plain(tokens, view, k + 2)


def _comma_before_manner(tokens: list[Token], view: SentenceView, k: int) -> bool:
    """«استنكر X، بشدة، تصريحات»: a comma that sets off a manner word, not one that ends the clause."""
    return (tokens[k].norm in SOFT_BOUNDARY and k + 1 < view.hi
            and (tokens[k + 1].norm in MANNER_WORDS or tokens[k + 1].norm in EMPHASIS_WORDS))


def whose_name(tokens: list[Token], view: SentenceView, start: int) -> Mention | None:
    """The name in the genitive of an indefinite noun (statements, acts), past the name's titles: whose
    words or deeds are condemned."""
    titled = view.title_tokens()
    for m in view.mentions:
        if m.title_only or m.prep is not None or not start < m.first <= start + WHOSE_REACH:
            continue
        between = range(start + 1, m.first)
        if all(k in titled or is_title_like(tokens[k]) or tokens[k].norm.startswith("ال") for k in between):
            return m
        return None
    return None


def condemned_for(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """«أعرب عن إدانته الشديدة للهجوم الإرهابي»: what a condemnation noun names with لـ (the span starts after
    the preposition's letter, so «للهجوم» reads as the article's لـ + هجوم)."""
    k = trig.token + 1
    while k < view.hi and (tokens[k].norm in INTENSIFIERS or k - trig.token <= 1 and tokens[k].norm in MANNER_WORDS):
        k += 1
    return after_clitic(tokens, view, k, "ل")


def after_clitic(tokens: list[Token], view: SentenceView, k: int, clitic: str,
                  genitive: bool = False) -> Mention | None:
    """The noun that token k joins to its preposition clitic, with the definite words after it, as a mention
    that starts after the clitic; `genitive`: a named genitive is part of it («بإعدام السجناء»)."""
    if k >= view.hi or pp_clitic(tokens[k]) != clitic or any(m.first <= k <= m.last for m in view.mentions):
        return None
    if stem_of(tokens[k]) in clauses.RELATIVES or "ال" + stem_of(tokens[k]) in clauses.RELATIVES:
        return None  # «ندد بالذين يتبجحون»: a relative clause, no noun
    end = k
    while end + 1 < view.hi and end - k < MAX_BARE_OBJECT - 1 and tokens[end + 1].norm.startswith("ال") \
            and tokens[end + 1].norm not in clauses.RELATIVES \
            and (genitive or not any(m.first == end + 1 for m in view.mentions)):
        end += 1  # «للهجوم الإرهابي الجبان»
    return span_after_clitic(tokens, view, k, end)


def span_after_clitic(tokens: list[Token], view: SentenceView, k: int, end: int) -> Mention:
    """Tokens k..end as a mention that starts after the one-letter clitic of token k («للهجوم» -> «لهجوم»,
    «لهذه الفكرة» -> «هذه الفكرة»)."""
    start = tokens[k].start + 1
    return Mention(k, end, start, tokens[end].end, view.span.text[start - view.span.start:tokens[end].end - view.span.start])


def killer(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """Who killed the subject of «لقي مصرعه»: «على يد X»، «برصاص X»، «بنيران X», or the other side of
    the clashes it happened in («في اشتباكات مع X»)."""
    closed = False  # (a raid told after a stop is another sentence's)
    for k in range(trig.token + 1, view.hi):
        norm = tokens[k].norm
        by_hand = norm == "يد" and tokens[k - 1].norm == "علي"
        fight = stem_of(tokens[k]) in FIGHT_WORDS and k + 1 < view.hi and tokens[k + 1].norm == "مع"
        if by_hand or norm in BY_FIRE or fight:
            at = k + 2 if fight else k + 1
            return [m for m in view.mentions if at <= m.first <= at + 1 and not m.is_place][:1]
        closed = closed or (norm in PUNCT_BOUNDARY and norm not in SOFT_BOUNDARY)
        raid = None if closed or norm not in RAID_NOUNS else _raid_of_state(tokens, view, k)
        if raid is not None:  # «مقتل 260 متمردا خلال أسبوع من الغارات التركية»: the state's raids killed them
            return [raid]
    return []


def _raid_of_state(tokens: list[Token], view: SentenceView, k: int) -> Mention | None:
    """«الغارات (الجوية) التركية»: a raid noun at k and the nationality adjective that names whose raids."""
    end = k + 1
    if end < view.hi and tokens[end].norm in AIR_ADJECTIVES:
        end += 1
    if end < view.hi and is_demonym(tokens[end]) and tokens[end].norm.startswith("ال") == tokens[k].norm.startswith("ال"):
        return span_mention(tokens, view, k, end)
    return None


def launched_by(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """Who fired what the sentence says killed or hit: «في سقوط صاروخ أطلقته قوات النظام السوري على حي»."""
    for k in range(trig.token + 1, view.hi - 1):
        if tokens[k].norm in PUNCT_BOUNDARY and tokens[k].norm not in SOFT_BOUNDARY:
            return []
        if tokens[k].norm in LAUNCHED:
            return [m for m in view.mentions if m.first == k + 1 and not m.is_place and not m.title_only]
    return []


def counted_before(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """The counted people just before a verb in its clause: «أن 8 أشخاص يحملون أحزمة ناسفة قتلوا»."""
    for k in range(trig.token - 1, max(view.lo - 1, trig.token - COUNTED_REACH), -1):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY or norm in COMPLEMENTIZERS or norm in clauses.RELATIVES:
            return None
        if norm[:1].isdigit() or is_cardinal_word(norm):
            counted = plain_words(tokens, view, k)
            return counted if counted is not None and counted.last > k else None
    return None


def held_by(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """Who held what was taken: «من (أيدي|قبضة) X» after a capture verb, X not a place."""
    for k in range(trig.token + 1, min(view.hi, trig.token + VERB_WINDOW)):
        if tokens[k].norm in PUNCT_BOUNDARY and tokens[k].norm not in ("،", ","):
            break
        held_in = tokens[k].norm in ("في", "تحت") and k + 1 < view.hi and tokens[k + 1].norm in HOLDER_WORDS
        if tokens[k].norm != "من" and not held_in:
            continue  # «من أيدي X»، and «التي كانت في أيدي X»، «تحت سيطرة X»
        at = k + 2 if k + 1 < view.hi and tokens[k + 1].norm in HOLDER_WORDS else k + 1
        run = [m for m in view.mentions if at <= m.first <= at + 2]  # «المتمردين الحوثيين»: past the title
        named = [m for m in run if not m.title_only and not m.is_place]
        return named[:1] if run and (run[0].first == at) else []
    return []


def taken_place(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """What a capture verb says was taken when no name is there: «سيطر X على معسكر لبوزة الإستراتيجي»,
    «على منطقتي السدة وحزم العديد», «على اللواء 15 ميكا» (the head noun and its name, no adjective)."""
    at = next((k for k in range(trig.token + 1, min(view.hi, trig.token + VERB_WINDOW))
               if tokens[k].norm == "علي" or tokens[k].norm in PUNCT_BOUNDARY), None)
    if at is None or tokens[at].norm != "علي" or at + 1 >= view.hi:
        return None
    start = end = at + 1
    while end < view.hi and end - start < MAX_BARE_OBJECT:
        norm = tokens[end].norm
        stop = (not norm.isalnum() or norm in PREPOSITIONS or norm in NOT_NAMES or norm in TIME_WORDS
                or _pronoun_preposition(norm) or (pp_clitic(tokens[end]) is not None
                                                  and (end == start or norm.startswith(("لل", "بال")))))
        if stop or (end > start and (norm.startswith("و") or is_title_like(tokens[end]))):
            break  # (a definite nisba adjective: «الإستراتيجي»)
        end += 1
    if end - start < 2:
        return None  # a head noun alone («على المدينة») names nothing new
    return span_mention(tokens, view, start, end - 1)


def _pronoun_preposition(norm: str) -> bool:
    """عنده، عليه، منها، لديهم: a preposition with a pronoun."""
    return any(norm.endswith(p) and norm[: -len(p)] in PREPOSITIONS | {"عند", "لدي", "من", "عن", "علي", "في", "ل", "ب"}
               for p in ("ها", "ه", "هم", "هما"))


def plain_words(tokens: list[Token], view: SentenceView, start: int, title: bool = False) -> Mention | None:
    """Up to three plain words from `start` (no name, title, preposition or function word) as a mention;
    `title`: the first word may be a title word («عن صحفي أمريكي»: a journalist, no name after)."""
    if (start >= view.hi or any(m.first <= start <= m.last for m in view.mentions)
            or (stem_of(tokens[start]) in TITLE_WORDS and not title)
            or tokens[start].norm in SUBJECT_ADJECTIVES or _pronoun_preposition(tokens[start].norm)
            or stem_of(tokens[start]) in ACCORDING_TO or tokens[start].norm in ACCORDING_TO
            or tokens[start].norm in LOCATED_PARTICIPLES or tokens[start].norm in MANNER_WORDS
            or without_conjunction(tokens[start].norm) in WOUNDED_VERBS):
        return None  # a name, a title or place word before one («مدينة صعدة»), an adjective of the subject,
        # the source of the report («هاجم الحوثيون بحسب سكاي نيوز مواقع ...»), where a place lies («الواقعة جنوب»),
        # a verb of wounding that starts the next clause («قتل وأصيب آخر»)
    first = start
    start += approximation(tokens, view, start)  # «أكثر من 200 مدرس»: the count's words follow, kept in the mention
    end = start
    while end < view.hi and end - start < MAX_BARE_OBJECT:
        tok = tokens[end]
        norm = tok.norm
        clitic = any(w.kind == "proclitic" and w.text in ("ب", "ل", "ك") for w in tok.words) and not is_demonym(
            tok)  # («عشرة فلسطينيين»، «قتلت فلسطينيا»: no ف + ل)
        plain = (norm.isalnum() and norm not in PREPOSITIONS and norm not in NOT_NAMES and not clitic
                 and norm not in TIME_WORDS and norm not in clauses.RELATIVES and norm not in clauses.CLAUSE_OPENERS
                 and norm not in MANNER_OF_DEATH)  # («قتل الطفل | حرقا»)
        adjective = end > start and any(m.first == m.last == end and m.entity is not None and m.entity.type == "NORP"
                                        and not norm.startswith("ال") for m in view.mentions)
        if adjective:  # «طالب سعودي»، «جندي تركي»: a nationality adjective of the plain noun
            end += 1
            break
        if not plain or (end > start and norm.startswith("و")) or any(m.first == end for m in view.mentions) \
                or norm in MANNER_WORDS or norm in DETACHED_CLITICS:  # («الهجوم | بشدة»، «جسرين | لـ"داعش"»)
            break
        if end > start and _people_plural(tokens[end - 1].norm) and not norm.endswith("ون"):
            break  # «اغتال مسلحون | مدير شرطة»: a plural in -ون is in no construct; only an adjective in -ون follows
        if end > start and is_count_word(norm) and not is_count_word(tokens[end - 1].norm) and norm not in TWO_WORDS:
            break  # «بسجن مواطن | عشر سنوات»: a count after the noun starts another phrase
        if (end == start + 1 and start == first and tokens[start].norm.removesuffix("ا") in PEOPLE_STEMS
                and norm.startswith("ا") and not norm.startswith("ال") and len(norm) >= 4
                and not norm.endswith(NISBA_ENDINGS) and norm not in NOT_VERBS):
            break  # «القبض على شاب | استغل أسرته»: a past verb after one person opens a relative clause
        if end > start and _phrase_closed(tokens[end - 1].norm, norm, end - 1 > start):
            break  # «الرتل | أدت»، «حافلة ايرانية | خلف قتيلا»: an indefinite word after a definite one, or a word
            # that does not agree after an adjective, starts the next clause
        if end > start and (norm.endswith("وا") or norm in SUSPECT_VERBS or norm in LOCATED_PARTICIPLES
                            or _imperfect_verb(tokens[end - 1], tok)):
            break  # «ثلاثة جنود قتلوا»، «15 شخصا يشتبه في»، «شبكة إرهابية تنتمي»، «منزلها الواقع بضباء»: a verb or
            # a participle of place ends the noun phrase
        end += 1
    if end == start:
        return None
    if end - start == MAX_BARE_OBJECT and end < view.hi and _participle_with_complement(tokens, end - 1, end):
        end -= 1  # «خلية إرهابية | مكونة من ثلاثة»، «ثلاث سيارات | محملة بـ»: the participle opens a clause
    counted = all(is_count_word(tokens[k].norm) for k in range(start, end))
    counted_group = next((m for m in view.mentions if counted and m.first == end and m.entity is None and not m.name
                          and m.prep is None), None)
    if counted_group is not None:  # «خمسة عمال»: the counted noun is a group word, one participant with its count
        return span_mention(tokens, view, first, counted_group.last)
    if counted and end + 3 < view.hi and tokens[end].norm == "علي" and tokens[end + 1].norm == "الاقل":
        end += 2  # «37 على الأقل من ...»
    if counted and end + 1 < view.hi and tokens[end].norm == "من" and tokens[end + 1].norm.isalpha():
        of = next((m for m in view.mentions if m.first == end + 1 and not m.title_only), None)
        titled = view.title_tokens()
        owner = next((m for m in view.mentions if not m.title_only and end + 2 <= m.first <= end + 3
                      and all(k in titled or tokens[k].text in QUOTES for k in range(end + 2, m.first))),
                     None)  # («عناصر تنظيم داعش»، «عناصر "أنصار بيت المقدس"»)
        vague = tokens[first].norm in QUANTITY_WORDS  # «عدد من منتسبي X» (not «10 من قياديي X»: counted people)
        if of is None and owner is not None and (stem_of(tokens[end + 1]) in GROUP_HEADS
                                                 or vague and tokens[end + 1].norm in MEMBER_NOUNS):
            return owner  # «العشرات من عناصر داعش»: members of the group named, the group stands for them
        if of is not None or stem_of(tokens[end + 1]) in GROUP_HEADS:  # «37 من مسلحي جماعات منافسة»: the group
            return of or plain_words(tokens, view, end + 1)
        end += 2  # «خمسة من موظفي الإغاثة»: how many, of whom
        group = next((m for m in view.mentions if m.first == end and m.prep is None and not m.is_place), None)
        if group is not None and not tokens[end - 1].norm.startswith("ال"):
            end = group.last + 1  # «10 من قياديي حزب التجمع اليمني للإصلاح»: the group is part of it
        elif not tokens[end - 1].norm.startswith("ال") and end < view.hi and tokens[end].norm in GROUP_TITLES:
            end = _group_name_end(tokens, view, end)  # (the same when the group's name was not recognised)
        else:
            end += int(end < view.hi and tokens[end].norm.startswith("ال") and tokens[end].norm.isalpha())
    elif (not counted and end + 1 < view.hi and tokens[end].norm == "من"
          and (is_count_word(tokens[start].norm) or tokens[end - 1].norm in MEMBER_WORDS)):
        group = next((m for m in view.mentions if m.first == end + 1 and m.entity is not None
                      and m.entity.type in GROUP_TYPES), None)
        if group is not None:  # «ثمانية عناصر من جبهة النصرة»، «عنصرا من حزب العمال»: of which group
            end = group.last + 1
        elif (end + 2 < view.hi and tokens[end + 1].norm.startswith("ال") and tokens[end + 1].norm.isalpha()
              and tokens[end + 2].norm.isdigit()):
            end += 3  # «ثمانية عناصر من الفرقة 30»: a unit named by its number
    return span_mention(tokens, view, first, end - 1)


def _group_name_end(tokens: list[Token], view: SentenceView, k: int) -> int:
    """One past the name of a party or movement whose head is at k: «حزب التجمع اليمني للإصلاح» (definite
    words, then at most one with the lam of the article where the phrase ends); k when no name follows."""
    end = k + 1
    while end < view.hi and end - k <= MAX_GROUP_NAME and tokens[end].norm.isalpha():
        norm = tokens[end].norm
        if norm in clauses.RELATIVES or norm in NOT_NISBA or norm in TIME_WORDS:
            break
        if norm.startswith("لل") and end > k + 1:
            after = tokens[end + 1].norm if end + 1 < view.hi else "."
            ends = after in PUNCT_BOUNDARY or after in PREPOSITIONS or after.startswith("و")
            return end + 1 if ends else end  # («للإصلاح في صنعاء», not «للتحقيق معهم»)
        if not norm.startswith("ال"):
            break
        end += 1
    return end if end > k + 1 else k


def is_count_word(norm: str) -> bool:
    """A number, a number word or a word of quantity («عشرات»، «آلاف»)."""
    return norm[:1].isdigit() or is_cardinal_word(norm) or norm in QUANTITY_WORDS


def approximation(tokens: list[Token], view: SentenceView, start: int) -> int:
    """How many words at `start` approximate the number after them: 2 for «أكثر من»/«أقل من», 1 for «نحو»،
    «حوالي»، «قرابة»، «زهاء», 4 for «ما لا يقل عن» (AT_LEAST_PHRASES); 0 when no number follows."""
    if start >= view.hi:
        return 0
    size = 2 if (tokens[start].norm in MORE_THAN and start + 1 < view.hi and tokens[start + 1].norm == "من") else (
        1 if tokens[start].norm in ABOUT_WORDS else 0)
    words = tuple(t.norm for t in tokens[start:min(view.hi, start + 4)])
    size = next((len(p) for p in AT_LEAST_PHRASES if words[:len(p)] == p), size)
    if size and start + size < view.hi and (tokens[start + size].norm[:1].isdigit()
                                             or is_cardinal_word(tokens[start + size].norm)):
        return size
    return 0


def mention_at(view: SentenceView, k: int) -> Mention | None:
    """The mention that starts at token k (not a title standing before a name)."""
    return next((m for m in view.mentions if m.first == k and not m.title_only), None)


def named_or_plain(tokens: list[Token], view: SentenceView, k: int, title: bool = False) -> Mention | None:
    """The mention at token k, or else the plain words there (see `plain_words`)."""
    return mention_at(view, k) or plain_words(tokens, view, k, title)


def past_relative_aside(tokens: list[Token], view: SentenceView, k: int) -> int:
    """Token k, or the token after a relative clause set off by commas that starts at k: «ورحب مجلس السلام
    الأفغاني |، الذي شكله الرئيس السابق ...،| بانتخاب أمير جديد»: what the subject does goes on after it."""
    if k + 1 >= view.hi or tokens[k].norm not in SOFT_BOUNDARY or tokens[k + 1].norm not in clauses.RELATIVES:
        return k
    close = next((j for j in range(k + 2, min(view.hi, k + RELATIVE_ASIDE_REACH)) if tokens[j].norm in SOFT_BOUNDARY), None)
    return close + 1 if close is not None else k


def after_subject(trig: TriggerMatch, actor: list[Mention]) -> int:
    """The first token after a verb's subject when the subject follows the verb, else after the verb."""
    return max((m.last for m in actor if m.first > trig.token), default=trig.token) + 1


def span_mention(tokens: list[Token], view: SentenceView, first: int, last: int) -> Mention:
    """A mention of tokens first..last with its text as written."""
    a, b = tokens[first].start - view.span.start, tokens[last].end - view.span.start
    text = view.span.text[a:b] if view.span.text else " ".join(tokens[k].text for k in range(first, last + 1))
    return Mention(first, last, tokens[first].start, tokens[last].end, text)
