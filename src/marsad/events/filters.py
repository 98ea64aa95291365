"""Which triggers of a sentence tell an event that happened, before any participant is looked for.

Dropped: attacks, arrests and protests in sports news (a match «يلتقي»، a transfer «يخطف»); attacks
a threat, demand or refusal names («هدد بشن هجمات»); attacks a condemnation or description names in
passing («أدان الهجوم»، «وصف الهجوم بأنه»); definite verbal nouns after a time word, which refer to
an event told before («بعد الهجوم»); and verbs whose object is a verbal noun of the same type
(«شن هجوما»: the noun carries the event).
"""

from __future__ import annotations

from marsad.arabic.months import GREGORIAN_MONTHS
from marsad.document import Token
from marsad.events.cues import (
    COMPLEMENTIZERS,
    DENIAL_LEMMAS,
    FEELING_NOUNS,
    GUARDED,
    NOUN_LIKE_VERBS,
    PASSING_VERBS,
    PUNCT_BOUNDARY,
    SPORTS_WORDS,
    VALUING_VERBS,
)
from marsad.events.sentence import SentenceView, pp_clitic, stems_of, without_conjunction
from marsad.events.triggers import TriggerMatch

SPORTS_ARTICLE = 3  # sports words in an article that make it sports news
SPORTS_SENSITIVE = frozenset({"ASSAULT", "COERCE", "CONSULT", "THREATEN", "MOBILIZE"})
SPORTS_LITERAL = frozenset({"اشتباك", "اعتداء", "اعتدي", "اعتقل", "اعتقال", "القبض", "قبض", "شغب", "احتجز"})  # fights are fights
PLACE_PREPOSITIONS = frozenset({"امام", "قرب", "داخل", "خارج", "وسط", "في"})
CROWD_SIZES = frozenset({"بالالاف", "بالميات", "بالعشرات", "بالملايين", "بالاف", "بميات"})
FESTIVAL_SENSES = frozenset({"تظاهره"})
CULTURE_ARTICLE = 3  # film and festival words in an article that make «تظاهرة» a festival event
CULTURE_WORDS = frozenset({"مهرجان", "المهرجان", "فيلم", "الفيلم", "افلام", "الافلام", "السينما", "السينمايي",
                           "السينمايية", "المخرج", "المخرجين", "مخرجين", "عروض", "العروض", "معرض", "المعرض"})
MEMBER_TITLES = frozenset({"عضو", "اعضاء", "رييس", "رييسه", "امين", "نايب", "العضو"})
ANCHOR_REACH = 5
DURATIONS = frozenset({"سنوات", "سنتين", "سنه", "عام", "عامين", "اعوام", "اشهر", "شهر", "شهرين", "اسبوع", "اسبوعين",
                       "اسابيع", "ايام", "يوم", "يومين", "ساعات", "ساعه", "عقود", "عقد"})
CALL_VERBS = frozenset({"دعا", "ناشد", "حث"})
OBJECT_VERB_REACH = 8  # words from the valuing verb, its subject between, to the verbal noun
THREAT_REACH = 6
PASSING_REACH = 8
# Figures and periods that make attacks a statistic (`_statistic`).
STATISTIC_WORDS = frozenset({"احصاييات", "احصاءات", "احصاييه", "معدل", "معدلات", "موشر"})
PERIOD_PHRASES = frozenset({("العام", "الجاري"), ("هذا", "العام"), ("منذ", "بدايه"), ("منذ", "مطلع"), ("خلال", "العام"),
                            ("خلال", "الاشهر"), ("خلال", "السنوات"), ("خلال", "الاعوام"), ("الشهر", "الجاري"),
                            ("السنوات", "الماضيه"), ("الاعوام", "الماضيه")})
PERIOD_REACH = 2
EXILE_REACH = 7  # words from «نفى» to the «إلى» of an exile
RESULT_VERBS = frozenset({"اسفر", "اسفرت", "يسفر", "تسفر", "نتج", "نتجت"})  # «أسفر عن»: what an act resulted in
CARRY_GAP = 14
TIME_PREPOSITIONS = frozenset({"بعد", "عقب", "منذ", "قبل", "اثر", "خلال", "جراء", "وبعد", "وعقب", "ومنذ", "وقبل",
                               "خلفيه"})  # «على خلفية التفجير»
DATED_NAME_WORDS = frozenset({"الحادي", "الحاديه"})  # «اعتداءات الحادي عشر من سبتمبر»
MONTH_WORDS = frozenset(name.split()[0] for name in GREGORIAN_MONTHS)  # («كانون الثاني»: its first word)
# An attack of words or of code, right after the attack noun: «هجوما سياسيا»، «هجمات إلكترونية»، «مواجهات كلامية»
# (not «حادة»: «بآلة حادة»، «اشتباكات حادة» are fights; not two words on: «اغتيال المعارض السياسي»).
NOT_PHYSICAL = frozenset({"سياسي", "سياسيا", "السياسي", "سياسيه", "السياسيه", "اعلامي", "اعلاميا", "الاعلامي",
                          "اعلاميه", "الاعلاميه", "كلامي", "كلاميا", "الكلامي", "كلاميه", "الكلاميه", "لاذع", "لاذعا",
                          "اللاذع", "لاذعه", "اللاذعه", "الكتروني", "الكترونيا", "الالكتروني", "الكترونيه",
                          "الالكترونيه", "سيبراني", "السيبراني", "سيبرانيه", "السيبرانيه", "لفظي", "لفظيا", "اللفظي",
                          "لفظيه", "اللفظيه"})
# «هاجم الوزير خصومه في تصريحات صحفية»: where the words were said, in the attacker's own clause.
SPEECH_PLACES = frozenset({"تصريحات", "تصريح", "تصريحاته", "مقابله", "مقابلته", "خطابه", "كلمته", "حديثه", "مقال",
                           "مقاله", "تغريده", "تغريدات"})  # (not «خلال كلمة المحافظ»: someone else's speech)
SPEECH_REACH = 8  # words from «هاجم» to «في تصريحات»
NAMING_VERBS = frozenset({"اسماه", "سماه", "وصفه", "اعتبره", "يسميه", "يصفه", "يعتبره", "وصفها", "اسماها", "سماها"})
# Armed doers: with one of them in the sentence «هاجم» is an attack of arms whatever follows it.
ARMED_DOERS = frozenset({"الجيش", "جيش", "القوات", "قوات", "الطيران", "طيران", "الطايرات", "طايرات", "مسلحون",
                         "مسلحين", "مسلح", "متظاهرون", "متظاهرين", "مجهولون", "مجهولين"})
# «هيئة كبار العلماء تصدر بياناً عن اقتحام الأقصى»: a statement issued about an attack is no report of it (not
# «أعلن الجيش في بيان عن مقتل»، «تحدث ناشطون عن اشتباكات»: announcing or describing an attack tells it).
ISSUE_VERBS = frozenset({"اصدر", "اصدرت", "يصدر", "تصدر", "اصدروا"})
STATEMENT_NOUNS = frozenset({"بيان", "بيانا", "البيان"})
# What blows up by accident: «انفجرت أسطوانة غاز داخل مطعم»، «انفجار خزان وقود».
ACCIDENT_BLASTS = frozenset({"اسطوانه", "اسطوانات", "غاز", "الغاز", "خزان", "خزانات", "محول", "محولات", "مولد", "بطاريه",
                             "مرجل", "انبوب", "انابيب", "بالون"})
BLAST_LEMMAS = frozenset({"انفجر", "انفجار"})
AGGRESSION = "عدوان"  # what one repels («لرد عدوان») names a kind of act, not one told
REPEL_WORDS = frozenset({"رد", "لرد", "صد", "لصد"})


def _member_of(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """A definite event noun in the genitive of a member's title names a body: «عضو اللقاء الديموقراطي»،
    «رئيس المؤتمر الوطني»، «أعضاء الائتلاف»."""
    return (trig.sense.kind == "N" and trig.clitics == "ال" and trig.token > view.lo
            and without_conjunction(tokens[trig.token - 1].norm) in MEMBER_TITLES)


def sports_article(tokens: list[Token]) -> bool:
    return sum(_sports_word(tokens, k) for k in range(len(tokens))) >= SPORTS_ARTICLE


def _sports_word(tokens: list[Token], k: int) -> bool:
    """A word of sports news; a guard is a goalkeeper unless what he guards follows («حراس أمن»، «حارس شخصي»)."""
    norm = tokens[k].norm
    if norm in ("حارس", "حراس") and k + 1 < len(tokens) and tokens[k + 1].norm in GUARDED:
        return False
    return norm in SPORTS_WORDS


def keep_triggers(tokens: list[Token], view: SentenceView, triggers: list[TriggerMatch],
                  sports: bool, culture: bool = False) -> list[TriggerMatch]:
    """The triggers of one sentence that may tell an event (`culture`: a film or festival article, where
    «تظاهرة» is an event of the festival)."""
    if culture:
        triggers = [t for t in triggers if t.sense.lemma not in FESTIVAL_SENSES]
    if sports:  # sports news: matches, transfers and contracts, no politics; fights and arrests are literal
        triggers = [t for t in triggers if t.sense.lemma in SPORTS_LITERAL]
    elif any(_sports_word(tokens, k) for k in range(view.lo, view.hi)):
        triggers = [t for t in triggers if t.sense.type not in SPORTS_SENSITIVE or t.sense.lemma in SPORTS_LITERAL]
    triggers = [t for t in triggers if not _protest_adverbial(tokens, view, t) and not _pretends(tokens, view, t)
                and not _verbal_noun_object(tokens, view, t) and not _member_of(tokens, view, t)]
    passing = [k for k in range(view.lo, view.hi) if tokens[k].norm in PASSING_VERBS
               or without_conjunction(tokens[k].norm) in PASSING_VERBS]  # «واستنكر»
    unarmed = [t for t in triggers if _no_attack_of_arms(tokens, view, t)]  # (and «شن» that carries one)
    statistic = any(t.sense.type == "ASSAULT" for t in triggers) and _statistic(tokens, view, triggers)
    return [t for t in triggers
            if not threatened(t, triggers) and not _passing(t, passing) and not _time_reference(tokens, view, t)
            and not _toll_of_condemned(tokens, t, passing) and not _exile(tokens, view, t)
            and t not in unarmed and not carried(t, unarmed) and not _said_about(tokens, view, t)
            and not (t.sense.type == "ASSAULT" and statistic) and not _feeling_about(tokens, t)]


def _feeling_about(tokens: list[Token], trig: TriggerMatch) -> bool:
    """«أعرب عن حزنه لمقتل الجنود»: an attack named as what a feeling is about is mentioned, not told."""
    k = trig.token
    return (trig.sense.type == "ASSAULT" and k >= 1 and pp_clitic(tokens[k]) in ("ل", "ب")
            and without_conjunction(tokens[k - 1].norm) in FEELING_NOUNS)


def _statistic(tokens: list[Token], view: SentenceView, triggers: list[TriggerMatch]) -> bool:
    """A sentence that counts attacks over a period or in figures, telling none: «140 جنديا قتلوا في هجمات العام
    الجاري»، «وقع أكثر من 1600 انفجار في ذلك الشهر وفقا للإحصائيات»، «معدل الهجمات»."""
    if any(STATISTIC_WORDS & set(stems_of(tokens[k].norm)) for k in range(view.lo, view.hi)):
        return True  # («وفقا للإحصائيات»)
    for trig in triggers:  # «في هجمات العام الجاري» (not «في أعنف هجوم هذا العام»: one attack, the worst)
        plural = trig.sense.kind == "N" and tokens[trig.token].norm.endswith("ات")
        near = range(trig.token + 1, min(view.hi - 1, trig.token + 1 + PERIOD_REACH))
        if trig.sense.type == "ASSAULT" and plural and any((tokens[k].norm, tokens[k + 1].norm) in PERIOD_PHRASES
                                                         for k in near):
            return True
    return False


def _said_about(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """«هيئة كبار العلماء تصدر بياناً عن اقتحام الأقصى»، «ماذا قال العريفي عن اقتحام الأقصى»: an attack or protest
    noun after «عن» that an issued statement, or a question about what was said, governs."""
    k = trig.token
    if trig.sense.kind != "N" or trig.sense.type not in ("ASSAULT", "PROTEST") or k - 2 < view.lo:
        return False
    if tokens[k - 1].norm != "عن":
        return False
    if tokens[view.lo].norm == "ماذا":
        return True
    return tokens[k - 2].norm in STATEMENT_NOUNS and any(
        without_conjunction(tokens[j].norm) in ISSUE_VERBS for j in range(max(view.lo, k - 5), k - 2))


def _no_attack_of_arms(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """«شن هجوما سياسيا»، «هجمات إلكترونية»، «هاجم الوزير خصومه في تصريحات صحفية»، «هاجم X ما أسماه ...»: an attack
    by words or code, no attack of arms; «لرد عدوان»: aggression as a kind of act one repels; and «انفجرت أسطوانة
    غاز»: a blast of no one's making."""
    if trig.sense.type != "ASSAULT":
        return False
    if trig.sense.lemma == AGGRESSION and trig.token > view.lo and tokens[trig.token - 1].norm in REPEL_WORDS:
        return True
    if trig.sense.lemma in BLAST_LEMMAS and any(
            tokens[k].norm in ACCIDENT_BLASTS for k in range(trig.token + 1, min(view.hi, trig.token + 3))):
        return True  # an accident: «انفجرت أسطوانة غاز»
    nxt = tokens[trig.token + 1].norm if trig.token + 1 < view.hi else ""
    if trig.sense.kind == "N" and without_conjunction(nxt) in NOT_PHYSICAL:
        return True
    if trig.sense.kind != "V" or trig.sense.lemma != "هاجم":
        return False
    if any(without_conjunction(tokens[k].norm) in ARMED_DOERS for k in range(view.lo, view.hi)):
        return False  # «هاجم مسلحون تجمعا انتخابيا خلال خطاب لزعيم حزب»
    if any(tokens[k].norm == "ما" and k + 1 < view.hi and tokens[k + 1].norm in NAMING_VERBS
           for k in range(trig.token + 1, min(view.hi, trig.token + 6))):
        return True  # «هاجم ألونسو ما أسماه التحيز المؤسسي»: what he called something
    for k in range(trig.token + 1, min(view.hi - 1, trig.token + SPEECH_REACH + 1)):
        if tokens[k].norm in PUNCT_BOUNDARY:
            return False  # (the speech of another clause: «هاجم X كنيسة، وقال مسؤول في تصريح»)
        if tokens[k].norm in ("في", "خلال") and tokens[k + 1].norm in SPEECH_PLACES:
            return True
    return False


def _exile(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """«نفت السلطات المعارض إلى لندن»، «نفته خارج البلاد»: «نفى» is to exile when a destination follows."""
    return trig.sense.lemma in DENIAL_LEMMAS and any(
        tokens[k].norm in ("الي", "خارج") for k in range(trig.token + 1, min(view.hi, trig.token + EXILE_REACH)))


def _protest_adverbial(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """«احتجاجا على»، «للاحتجاج على»: «in protest at» qualifies another act (the act, «تجمع», «خرج», tells
    the protest); «احتجاجه» is someone's objection, not a march. «بدأوا احتجاجا أمام الوزارة» is one."""
    form = trig.sense.form
    if trig.sense.lemma != "احتجاج":
        return False
    nxt = tokens[trig.token + 1].norm if trig.token + 1 < view.hi else ""
    if form.endswith("ا") and nxt in PLACE_PREPOSITIONS:
        return False
    return form.endswith(("ا", "ه", "ها", "هم")) or trig.clitics in ("لل", "ل")


def _verbal_noun_object(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """«أكد الأمير دعم المملكة للاستثمار»، «ثمن الوزير دعم المملكة»: a bare past-tense form after a verb of
    saying or valuing and its subject, with no «أن» between, is that verb's object, the verbal noun
    (the support of the Kingdom), not a verb whose subject is the speaker."""
    if trig.sense.kind != "V" or tokens[trig.token].norm not in NOUN_LIKE_VERBS:
        return False  # (not «أعلنت رفضها»: her rejection, told by its owner, is the event)
    for k in range(trig.token - 1, max(view.lo - 1, trig.token - OBJECT_VERB_REACH), -1):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY or norm in COMPLEMENTIZERS:
            return False
        if norm in VALUING_VERBS or without_conjunction(norm) in VALUING_VERBS:
            return True
    return False


def _pretends(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """«يتظاهر بالتعالم»: تظاهر بـ is to pretend (not «تظاهروا بالآلاف»)."""
    if trig.sense.lemma != "تظاهر" or trig.sense.kind != "V" or trig.token + 1 >= view.hi:
        return False
    nxt = tokens[trig.token + 1]
    return pp_clitic(nxt) == "ب" and nxt.norm not in CROWD_SIZES


def culture_article(tokens: list[Token]) -> bool:
    return sum(t.norm in CULTURE_WORDS for t in tokens) >= CULTURE_ARTICLE


def threatened(trig: TriggerMatch, triggers: list[TriggerMatch]) -> bool:
    """«هدد التنظيم بشن هجمات»: the attack a threat names has not happened; the threat is the event (and
    «دعا الناشطون إلى تظاهرة»: a protest called for is not yet one)."""
    before = [t for t in triggers if 0 < trig.token - t.token <= THREAT_REACH]
    if trig.sense.type == "PROTEST":  # (not «طالب», also the word for a student)
        return any(t.sense.type == "REQUEST" and t.sense.lemma in CALL_VERBS for t in before)
    return trig.sense.type in ("ASSAULT", "COERCE", "SANCTION") and any(
        t.sense.type in ("THREATEN", "REQUEST", "REJECT") and t.sense.lemma not in DENIAL_LEMMAS for t in before)
    # (a denied attack, «نفى الجيش قصف حلب», stays: coded negated, next to the denial)


def carried(trig: TriggerMatch, triggers: list[TriggerMatch]) -> bool:
    """«شن هجوما»، «عقد اجتماعا»: a verb whose object is a verbal noun of the same type; the noun is the event."""
    obj = trig.sense.constraint("obj")
    if trig.sense.kind != "V" or obj is None or set(obj) <= {"علي", "الي"}:
        return False  # («سيطرت X على Y بعد معارك»: a preposition, not an event noun, is what it needs)
    return any(t.sense.kind == "N" and t.sense.type == trig.sense.type and 0 < abs(t.token - trig.token) <= CARRY_GAP
               for t in triggers)


def _passing(trig: TriggerMatch, passing: list[int]) -> bool:
    return trig.sense.type == "ASSAULT" and any(0 < trig.token - k <= PASSING_REACH for k in passing)


def _toll_of_condemned(tokens: list[Token], trig: TriggerMatch, passing: list[int]) -> bool:
    """«استنكر X التفجير الذي وقع في مسجد ... وأسفر عن مقتل عدد من رجال الأمن»: the toll of the condemned act."""
    k = trig.token
    result = k >= 2 and tokens[k - 1].norm == "عن" and without_conjunction(tokens[k - 2].norm) in RESULT_VERBS
    return trig.sense.constraint("victim") is not None and result and any(p < k for p in passing)


def _time_reference(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """«بعد الهجوم»، «بعد ثلاث سنوات على إطلاق النار»: an event told before, named to date another."""
    definite = trig.clitics.endswith(("ال", "لل"))
    told_elsewhere = trig.sense.type in ("ASSAULT", "PROTEST", "COERCE")  # (خلال الاجتماع is the meeting told)
    if trig.sense.kind != "N" or not told_elsewhere or trig.token <= view.lo:
        return False
    if definite and tokens[trig.token - 1].norm in TIME_PREPOSITIONS:
        return True
    nxt = tokens[trig.token + 1].norm if trig.token + 1 < view.hi else ""
    after = tokens[trig.token + 2].norm if trig.token + 2 < view.hi else ""
    if tokens[trig.token - 1].norm in TIME_PREPOSITIONS and (nxt[:1].isdigit() and after in MONTH_WORDS
                                                              or nxt in DATED_NAME_WORDS):
        return True  # «بعد هجمات 11 سبتمبر»: an attack named by its date (not «بعد مقتل 3 متظاهرين»)
    before = [tokens[k].norm for k in range(max(view.lo, trig.token - ANCHOR_REACH), trig.token)]
    return (before[-1:] in (["علي"], ["من"]) and any(b in ("بعد", "قبل", "وبعد", "وقبل") for b in before)
            and any(b in DURATIONS for b in before))
