"""Participants named through one cue word of the sentence rather than its order: the dead forces announced
(«الجيش يعلن مقتل 88 إرهابيا»), who suffered an attack («تعرض X لهجوم»), what a threat would fall on («هدد X
باستهداف Y»), whom a release frees («أفرج عن X»), the crowd that protests («تجمع المئات»، «نفذ أكثر من ألف
شخص اعتصاما») and whom it is against («احتجاجا على»). Used by `marsad.events.arguments`.
"""

from __future__ import annotations

from marsad.document import Token
from marsad.events.constructions import (
    ABOUT_WORDS,
    MORE_THAN,
    after_subject,
    is_count_word,
    mention_at,
    named_or_plain,
    past_relative_aside,
    plain_words,
    span_mention,
    verb_bases,
)
from marsad.events.cues import (
    COMPLEMENTIZERS,
    ENEMY_WORDS,
    GROUP_HEADS,
    NEGATORS,
    PARTY_TYPES,
    PUNCT_BOUNDARY,
    SOFT_BOUNDARY,
    TIME_WORDS,
    people_noun,
)
from marsad.events.sentence import Mention, SentenceView, is_title_like, pp_clitic, stem_of, stems_of
from marsad.events.triggers import TriggerMatch

NOT_DOERS = frozenset({"عده", "اي", "ذلك", "ان", "مره", "مرات", "كل"})  # what «من قبل» "before" is followed by
PASSIVE_DOER_REACH = 8  # «لإطلاق نار ومحاولة إحراقه من قبل»: the suffered event and its like, then the doer
SUFFER_VERBS = frozenset({"تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون"})
ANNOUNCE_VERBS = frozenset({"اعلن", "اعلنت", "يعلن", "تعلن", "اكد", "اكدت", "يوكد", "توكد"})
# Verbs that carry a protest noun as their object: «نفذ المئات اعتصاما»، «بدأوا اعتصاما».
# Verbs a crowd does a protest noun with («نفذ ألف شخص اعتصاما»، «شارك الآلاف في مسيرة»); bases, see verb_bases.
CROWD_LIGHT_VERBS = frozenset({"نفذ", "بدا", "نظم", "اقام", "واصل", "شارك"})
LIGHT_REACH = 6
MAX_CROWD_WORDS = 3
PENALTY_NOUNS = frozenset({"بسجن", "باعدام", "بحبس"})  # a sentence with its convict in the genitive
SENTENCE_REACH = 6  # words from a verb of sentencing (and the court) to the penalty
PRAISE_REACH = 4  # words from a verb of praise (and its subject) to the بـ of what it praises
ASKED_REACH = 10  # words from «طلب» to the «من» of whom it asks
PARTITIVES = frozenset({"مزيد", "مزيدا", "المزيد", "نسخه", "عدد", "عددا", "بعض", "اكثر", "جزء", "جزءا", "بدلا", "كميه"})
WORK_STEMS = frozenset({"دور", "جهود", "جهد", "انجازات", "انجاز", "موقف", "مواقف", "قرار", "قرارات", "نجاحات",
                        "تضحيات", "بطولات", "مبادره", "اعمال"})  # the work a verb of valuing names
WORK_REACH = 3  # words from the work noun (and its adjectives) to the لـ of its owner
VALUED_REACH = 14  # words from a verb of valuing (and its subject) to the لـ of whose work it values
SITE_PREPOSITIONS = frozenset({"في", "داخل", "امام", "قرب", "وسط"})
BOMB_MEANS = ("بحزام", "باحزمه", "بسياره", "بعبوه")  # «نفسه بحزام ناسف»: how, before where
BOMB_WORDS = frozenset({"ناسف", "ناسفه", "مفخخ", "مفخخه", "متفجره", "متفجرات"})
# Sites a suicide bomber blows himself up in (not «في الركعة الثالثة»: a moment, not a place).
BOMBED_SITES = frozenset({"مسجد", "جامع", "مصلين", "حسينيه", "كنيسه", "سوق", "مطعم", "مقهي", "فندق", "مركز", "مقر", "نقطه",
                          "حاجز", "تجمع", "حشد", "موكب", "حافله", "مبني", "مدرسه", "مستشفي", "ملعب", "قاعده",
                          "معسكر", "ثكنه", "سفاره", "قنصليه", "محطه", "مطار", "حفل", "جنازه", "مصلي", "ساحه"})
THREAT_LIGHT_WORDS = frozenset({"بشن", "بضرب"})  # «هدد بشن هجمات على X»: the act threatened, then its target
PROTEST_REACH = 12  # words from a protest to the «احتجاجا على» that says what it is against
CLAUSE_OPENERS = frozenset({"فيما", "بينما", "حيث", "كما"})


def enemy_dead(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """The dead are the armed enemy («مقتل 88 إرهابيا»، «مقتل 12 مسلحا»), not the announcer's own men, and an
    announcement verb comes right before: forces announcing such deaths are who killed them."""
    dead = any(stems_of(tokens[k].norm)[-1] in ENEMY_WORDS or tokens[k].norm in ENEMY_WORDS
               for k in range(trig.token + 1, min(view.hi, trig.token + 4)))
    announced = any(ANNOUNCE_VERBS & {tokens[k].norm, tokens[k].norm[1:]} for k in range(max(view.lo, trig.token - 4), trig.token))
    return dead and announced


def suffered_plain(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """The plain words after «تعرض» right before «لهجوم»: «تعرض موكب محافظ عدن لهجوم»."""
    for k in range(trig.token - 1, max(view.lo - 1, trig.token - 6), -1):
        if SUFFER_VERBS & {tokens[k].norm, tokens[k].norm[1:]}:
            return plain_words(tokens, view, k + 1)
    return None


BY_HAND = frozenset({"يد", "ايدي"})  # «على يد X»، «على أيدي X»: by the hand of X


def passive_doer(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """Who did what the sentence tells as suffered: the mention or plain words after «من قبل» or «على يد/أيدي»
    within PASSIVE_DOER_REACH words of the trigger («تعرضت الدورية لإطلاق نار من قبل مسلحين»، «قتل عنصر من
    الحزب على يد قوات الأمن»), as the actor list; none when nothing or a place is named there."""
    doer = _doer_after_by(tokens, view, trig)
    return [doer] if doer is not None and not doer.is_place else []


def _doer_after_by(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    for k in range(trig.token + 1, min(view.hi - 2, trig.token + PASSIVE_DOER_REACH)):
        if tokens[k].norm in PUNCT_BOUNDARY and tokens[k].norm not in SOFT_BOUNDARY or tokens[k].norm in NEGATORS:
            return None  # («لاعتداء لم تشهده من قبل»: «before», in a clause of its own)
        if tokens[k].norm == "من" and tokens[k + 1].norm == "قبل":
            if tokens[k + 2].norm in NOT_DOERS or is_count_word(tokens[k + 2].norm):
                return None  # «لهجمات مماثلة من قبل عدة مرات»: before, several times
            return named_or_plain(tokens, view, k + 2)
        if tokens[k].norm == "علي" and tokens[k + 1].norm in BY_HAND:
            return named_or_plain(tokens, view, k + 2)
    return None


def after_word(tokens: list[Token], view: SentenceView, trig: TriggerMatch, word: str) -> Mention | None:
    """The mention or plain words right after `word` within a few words of the trigger."""
    at = next((k for k in range(trig.token + 1, min(view.hi, trig.token + 6)) if tokens[k].norm == word), None)
    if at is None:
        return None
    return named_or_plain(tokens, view, at + 1, title=True)


def bombed_site(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """Where a suicide bomber blew himself up, when it is a site and not a town: «فجر نفسه داخل المسجد»،
    «فجر انتحاري نفسه في مسجد بالكويت» (a named city or country is where, the location)."""
    self_at = next((k for k in range(trig.token + 1, min(view.hi, trig.token + 5)) if tokens[k].norm == "نفسه"), None)
    if self_at is None:
        return None
    while self_at + 2 < view.hi and (tokens[self_at + 1].norm.startswith(BOMB_MEANS) or tokens[self_at + 1].norm in BOMB_WORDS
                                     or tokens[self_at + 1].norm in TIME_WORDS or tokens[self_at + 1].norm in SOFT_BOUNDARY):
        self_at += 1  # «فجر انتحاري نفسه بحزام ناسف أمس، داخل مسجد»: the means and the time, then the site
    if self_at + 2 >= view.hi or tokens[self_at + 1].norm not in SITE_PREPOSITIONS:
        return None
    named = next((m for m in view.mentions if m.first == self_at + 2), None)
    if named is not None:
        return None if named.is_place else named
    site = tokens[self_at + 2].norm
    if (site.removeprefix("ال")) not in BOMBED_SITES:
        return None
    return plain_words(tokens, view, self_at + 2, title=True)


def praised(tokens: list[Token], view: SentenceView, trig: TriggerMatch, actor: list[Mention]) -> Mention | None:
    """«أشاد X بجهود المملكة»، «رحب X بقرار مجلس الأمن»: whose work the praise names, after بـ and one noun, or
    the owner after لـ of the work it values («ثمن X الإنجازات العديدة لرجال الأمن»)."""
    start = past_relative_aside(tokens, view, after_subject(trig, actor))
    for k in range(start, min(view.hi, start + PRAISE_REACH)):
        if tokens[k].norm in PUNCT_BOUNDARY:
            return None
        if pp_clitic(tokens[k]) == "ب":
            named = next((m for m in view.mentions if m.first in (k, k + 1) and not m.title_only
                          and not (m.entity is None and m.first == m.last and is_title_like(tokens[m.first]))), None)
            # («بانتخاب أمير جديد لطالبان»: a lone title with no name is no one)
            if named is not None:
                return named
            break  # «أشاد الوزير بالدور الكبير للقوات المسلحة»: the work, then whose it is
    for k in range(start + 1, min(view.hi, start + VALUED_REACH)):  # «ثمن X الإنجازات العديدة لرجال الأمن»،
        if tokens[k].norm in PUNCT_BOUNDARY or tokens[k].norm in COMPLEMENTIZERS:  # «ثمن الرئيس الدور الكبير
            return None  # للمملكة»: whose work is valued
        if (pp_clitic(tokens[k]) == "ل" or tokens[k].norm.startswith("لل")) and _work_before(tokens, view, k):
            return mention_at(view, k)
    return None


def _work_before(tokens: list[Token], view: SentenceView, k: int) -> bool:
    """A noun of work («الدور»، «الجهود»، «الإنجازات») right before token k, adjectives between: what is valued
    is someone's work, not what is done to or given to them («التصدي لداعش»، «الدعم المقدم لليمن»)."""
    for j in range(k - 1, max(view.lo - 1, k - 1 - WORK_REACH), -1):
        if WORK_STEMS & set(stems_of(tokens[j].norm)):
            return True
        if not tokens[j].norm.startswith("ال"):
            return False
    return False


def asked_of(tokens: list[Token], view: SentenceView, trig: TriggerMatch,
             actor: list[Mention]) -> tuple[int, Mention] | None:
    """Whom a request is made of: «طلبت الحكومة من الأمم المتحدة إرسال مراقبين» (a «من» right after the verb or
    its subject, not «مزيدا من الدعم»); its token and the mention (a party, a body or people), or None."""
    subject_end = after_subject(trig, actor) - 1
    for k in range(trig.token + 1, min(view.hi - 1, trig.token + ASKED_REACH)):
        if tokens[k].norm in PUNCT_BOUNDARY:
            return None
        if tokens[k].norm != "من":
            continue
        if tokens[k - 1].norm in PARTITIVES or (actor and k != subject_end + 1):
            return None  # («طلبت روسيا نسخة من التقرير»)
        named = mention_at(view, k + 1)
        if named is not None:
            place = named.entity is not None and named.entity.type in ("LOC", "FAC")
            return None if place else (k, named)  # (a state is asked: «من روسيا»)
        first = tokens[k + 1]
        if people_noun(first.norm):
            return k, span_mention(tokens, view, k + 1, k + 1)  # «طلب الحوثيون من أنصارهم الاحتشاد»
        plain = plain_words(tokens, view, k + 1, title=True) if is_title_like(first) else None
        return (k, plain) if plain is not None else None
    return None


def asked_in_clause(tokens: list[Token], view: SentenceView, trig: TriggerMatch,
                    actor: list[Mention]) -> Mention | None:
    """Whom a call is made of when the call is a clause: «دعا X إلى أن تقوم الحكومة بـ»، «طالب X بأن تتحمل
    الأمم المتحدة مسؤولياتها»: the subject of the verb right after «إلى أن»/«بأن» (right after the caller)."""
    k = after_subject(trig, actor)
    if k + 2 >= view.hi:
        return None
    if tokens[k].norm == "الي" and tokens[k + 1].norm == "ان":
        verb = k + 2
    elif tokens[k].norm == "بان":
        verb = k + 1
    else:
        return None
    norm = tokens[verb].norm
    if verb + 1 >= view.hi or len(norm) < 4 or not norm.startswith(("ي", "ت")) or not norm.isalpha():
        return None  # an imperfect verb opens the clause («تقوم»، «يتخذ»)
    whom = named_or_plain(tokens, view, verb + 1)
    if whom is None:
        return None
    party = (whom.entity.type in PARTY_TYPES if whom.entity is not None
             else stem_of(tokens[whom.first]) in GROUP_HEADS or people_noun(tokens[whom.first].norm))
    return whom if party else None  # (not «طالبت فرنسا بأن تشمل | العقوبات الجديدة»: a thing, not a party)


def sentenced(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """Whom a court sentences: «حكمت محكمة على X بالسجن»، «قضت المحكمة بإعدام X»."""
    on = after_word(tokens, view, trig, "علي")
    if on is not None:
        return on
    for k in range(trig.token + 1, min(view.hi, trig.token + SENTENCE_REACH)):
        if tokens[k].norm in PUNCT_BOUNDARY:
            return None
        if tokens[k].norm in PENALTY_NOUNS:
            return named_or_plain(tokens, view, k + 1)
    return None


def threatened_target(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """«هدد X باستهداف Y»، «توعد بضرب Y»: what the threatened act would fall on."""
    for k in range(trig.token + 1, min(view.hi, trig.token + 5)):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY:
            return None
        if norm.startswith("ب") and (len(norm) >= 5 or norm in THREAT_LIGHT_WORDS) and k + 1 < view.hi:
            named = mention_at(view, k + 1)
            on = next((m for m in view.mentions if k + 1 < m.first <= k + 3 and m.prep in ("علي", "ضد")), None)
            if norm in THREAT_LIGHT_WORDS and not on:
                return named  # «هدد بشن هجمات»: the attacks are what is threatened, not whom
            return named or on or plain_words(tokens, view, k + 1)  # «بشن هجمات على السعودية»
    return None


def crowd_subject(tokens: list[Token], view: SentenceView, trig: TriggerMatch, actor: list[Mention]) -> Mention | None:
    """The plain words right after a protest verb when the subject found is further on («تجمع المئات»)."""
    if actor and actor[0].first <= trig.token + 1:
        return None
    return plain_words(tokens, view, trig.token + 1)


def light_crowd(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """A counted crowd doing the protest noun of a light verb: after it («نفذ أكثر من ألف شخص اعتصاما») or,
    when the verb carries a plural subject suffix, before it («نحو ألف سوري بدأوا اعتصاما»)."""
    for k in range(trig.token - 1, max(view.lo - 1, trig.token - LIGHT_REACH), -1):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY:
            return None
        if not CROWD_LIGHT_VERBS & verb_bases(tokens[k]):
            continue
        stop = trig.token - (tokens[trig.token - 1].norm == "في")  # «شارك الآلاف في مسيرة»
        if k + 1 < stop:
            return _counted_crowd(tokens, view, k + 1, stop)
        if norm.endswith("وا"):
            start = max(view.lo, k - 4)
            return next((c for s in range(start, k) if (c := _counted_crowd(tokens, view, s, k)) is not None), None)
        return None
    return None


def _counted_crowd(tokens: list[Token], view: SentenceView, start: int, stop: int) -> Mention | None:
    """The plain words start..stop-1 when they begin with a number: «ألف سوري»، «أكثر من ألف شخص»."""
    first = start
    if start < stop and tokens[start].norm in ABOUT_WORDS:
        first = start = start + 1  # «نحو ألف سوري»: the crowd is «ألف سوري»
    elif start + 1 < stop and tokens[start].norm in MORE_THAN and tokens[start + 1].norm == "من":
        start += 2  # «أكثر من ألف شخص»: kept in the mention
    head = tokens[start].norm if start < stop else ""
    if not is_count_word(head) or stop - start > MAX_CROWD_WORDS:
        return None
    if plain_words(tokens, view, start) is None or any(not tokens[k].norm.isalnum() for k in range(start, stop)):
        return None
    return span_mention(tokens, view, first, stop - 1)


def protested(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """Who a protest is against (a person, a group, a state), named within three words after «احتجاجا على»
    later in the clause: «نفذ ألف شخص اعتصاما ... احتجاجا على قتل سليمان هلال الأسد للعقيد»."""
    for k in range(trig.token + 1, min(view.hi - 1, trig.token + PROTEST_REACH)):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY or norm in COMPLEMENTIZERS or norm in CLAUSE_OPENERS:
            return None  # «تظاهر المئات، فيما اعتقلت الشرطة محتجين خرجوا احتجاجا على ...»: another clause
        if norm == "احتجاجا" and tokens[k + 1].norm == "علي":
            return next((m for m in view.mentions if k + 2 <= m.first <= k + 4 and m.prep is None
                         and not m.title_only and not m.is_place and m.entity is not None), None)
    return None
