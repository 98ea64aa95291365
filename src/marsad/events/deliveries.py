"""Aid told by its arrival: «وصلت سفينة مساعدات إلى ميناء عدن»، «بوصول طائرة عسكرية سعودية محملة بمساعدات
إنسانية إلى مطار عدن»، «وصلت المعونة الطبية الإغاثية إلى مدينة سيئون ... مقدمة من مركز الملك سلمان».

An arrival word with an aid word near it is an AID event with no verb of giving. The receiver is where it
arrives («إلى X»); the giver is named after «مقدمة من»، «يقدمها»، «بإشراف من», or, when none is, by the
nationality of the craft that carries it («طائرة عسكرية سعودية»: the craft stands for its country).
"""

from __future__ import annotations

from marsad.document import Token
from marsad.events.arguments import Arguments
from marsad.events.constructions import MORE_THAN, is_count_word, plain_words, span_mention
from marsad.events.cues import PUNCT_BOUNDARY
from marsad.events.lexicon import TriggerSense
from marsad.events.sentence import Mention, SentenceView, definite_nisba, is_demonym, is_title_like, stem_of
from marsad.events.triggers import TriggerMatch, rule_trigger

DELIVERY_SENSE = TriggerSense("وصول", "AID", "humanitarian", "073", "N", "وصول", 0.55, "rule")
ARRIVAL_WORDS = frozenset({"وصلت", "وصل", "وصول", "تصل", "يصل", "هبطت", "حطت", "رست", "رسو", "هبوط"})
AID_WORDS = frozenset({"مساعدات", "المساعدات", "بمساعدات", "اغاثيه", "الاغاثيه", "اغاثي", "الاغاثي", "معونه", "المعونه",
                       "معونات", "المعونات", "اغاثه", "الاغاثه", "بالمساعدات"})
CRAFT_WORDS = frozenset({"طايره", "الطايره", "سفينه", "السفينه", "سفن", "شاحنات", "الشاحنات", "قافله", "القافله", "شحنه",
                         "الشحنه", "قاطرات", "طايرات", "الطايرات"})
GIVER_CUES = frozenset({"مقدمه", "المقدمه", "يقدمها", "تقدمها", "قدمها", "قدمتها", "باشراف", "بتمويل", "المرسله", "مرسله"})
DESTINATION = frozenset({"الي", "لي"})
MEASURES = frozenset({"قيمه", "حجم", "عدد", "اجمالي", "مجموع", "نسبه", "كميه"})
AID_REACH = 10  # words from the arrival word to the aid word
DESTINATION_REACH = 14  # words from the arrival word to «إلى»


def delivery_events(tokens: list[Token], view: SentenceView,
                    triggers: list[TriggerMatch]) -> list[tuple[TriggerMatch, Arguments]]:
    """(trigger, arguments) for an arrival of aid with a named giver and a destination."""
    if any(t.sense.type == "AID" and t.sense.kind == "V" for t in triggers):
        return []  # «قدم المركز مساعدات وصلت إلى عدن»: the verb of giving says it, with its giver
    out = []
    for k in range(view.lo, view.hi):
        if without_proclitic(tokens[k], ARRIVAL_WORDS) not in ARRIVAL_WORDS:
            continue
        if k + 1 < view.hi and tokens[k + 1].norm in MEASURES:
            continue  # «وصلت قيمة المساعدات إلى 274 مليون دولار»: a figure reached, nothing delivered
        near = range(max(view.lo, k - 2), min(view.hi, k + AID_REACH))
        if not any(tokens[j].norm in AID_WORDS or stem_of(tokens[j]) in AID_WORDS for j in near):
            continue
        whither = _destination(tokens, view, k)
        giver = _giver(tokens, view, k)
        if whither is None or giver is None:
            continue
        out.append((rule_trigger(tokens, k, DELIVERY_SENSE), Arguments(actor=[giver], recipients=[[whither]])))
        break  # one delivery per sentence
    return out


def without_proclitic(token: Token, words: frozenset[str]) -> str:
    """The word without a leading و or بـ when the rest is one of `words` («بوصول»، «ووصلت»، «وبإشراف»)."""
    norm = token.norm
    for cut in (1, 2):
        if norm[:cut] in ("و", "ب", "وب") and norm[cut:] in words:
            return norm[cut:]
    return norm


def _destination(tokens: list[Token], view: SentenceView, k: int) -> Mention | None:
    """What follows the first «إلى» after the arrival word, in its clause."""
    for j in range(k + 1, min(view.hi - 1, k + DESTINATION_REACH)):
        if tokens[j].norm in PUNCT_BOUNDARY and tokens[j].norm not in ("،", ","):
            return None
        if tokens[j].norm in DESTINATION:
            named = next((m for m in view.mentions if m.first in (j + 1, j + 2) and not m.title_only), None)
            if named is not None and named.first == j + 2 and is_title_like(tokens[j + 1]):
                last = named.last + int(named.last + 1 < view.hi and definite_nisba(tokens[named.last + 1]))
                return span_mention(tokens, view, j + 1, last)  # «إلى مطار عدن الدولي»، «إلى ميناء عدن»
            if named is not None and named.first == j + 1:
                return named
            if is_count_word(tokens[j + 1].norm) or tokens[j + 1].norm in MORE_THAN:
                return None  # «إلى أكثر من مليار ريال»: an amount, not a place
            return plain_words(tokens, view, j + 1, title=True)
    return None


def _giver(tokens: list[Token], view: SentenceView, k: int) -> Mention | None:
    """Who sends it: the name after a giving cue in the sentence, or the craft with its nationality."""
    for j in range(view.lo, view.hi - 1):
        if without_proclitic(tokens[j], GIVER_CUES) in GIVER_CUES:
            at = j + 2 if tokens[j + 1].norm == "من" else j + 1
            named = next((m for m in view.mentions if m.first == at and not m.title_only and not m.is_place), None)
            if named is not None:
                return named
    for j in range(k + 1, min(view.hi, k + AID_REACH)):
        if tokens[j].norm in CRAFT_WORDS:
            nationality = next((n for n in range(j + 1, min(view.hi, j + 3)) if is_demonym(tokens[n])), None)
            return span_mention(tokens, view, j, nationality) if nationality is not None else None
    return None
