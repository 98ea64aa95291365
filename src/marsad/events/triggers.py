"""Find trigger words in a sentence: lexicon look-up of each token's clitic-stripped stems.

A token matches when one of its candidate stems (`marsad.arabic.clitics.candidate_stems`) is an
inflected form in the lexicon and the sense's constraints hold (an expected object among the
next words, a required or excluded neighbour). Tokens inside named entities are never triggers
(مجلس التعاون is a name, not cooperation).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.arabic.normalize import normalize_with_map, original_span, strip_diacritics
from marsad.document import Token
from marsad.events.clauses import RELATIVES
from marsad.events.cues import FEAR_CUES, GENERIC_CUES, PREPOSITIONS, PUNCT_BOUNDARY, TIME_WORDS, TRIAL_CUES
from marsad.events.lexicon import Lexicon, TriggerSense
from marsad.events.sentence import SentenceView, is_title_like, stems_of, without_conjunction

OBJECT_WINDOW = 6
OBJECT_BEFORE = 3
GENERIC_REACH = 3
PREPOSITION_WINDOW = 12
DARED_FORMS = frozenset({"اقدم", "اقدمت", "اقدموا", "يقدم", "يقدمون"})  # «أقدم X على»: went ahead (not «تقدم»: advanced)
DARED_REACH = 8  # words from «أقدم» (and its subject) to «على» + the deed
PRONOUN_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن"})
POSSESSED_ENDINGS = ("ته", "تها", "تهم", "تهما", "تنا", "تي", "اتها", "اتهم", "اته")  # a noun with a pronoun suffix
# Nouns whose complement is a content, not an event: «تهمة التعاون»، «ذريعة الهجوم».
CONTENT_NOUNS = frozenset({"تهمه", "تهم", "ذريعه", "حجه", "شبهه", "خشيه", "مخاوف", "احتمال", "امكانيه", "فكره"})
# A plot or a case is no attack told («مؤامرة تفجير الطائرات»، «خطة لتفجير»، «المعتقل في قضية تفجير الطائرات»);
# other events may be the plan's content and happen («بدأت إسرائيل تنفيذ خطة الانسحاب»).
PLOT_NOUNS = frozenset({"موامره", "موامرات", "مخطط", "مخططات", "خطه", "قضيه"})
# Words that contain a trigger after a letter that is not a clitic here: وزارة is a ministry, not زار+ه.
NOT_TRIGGERS = frozenset({"زاره", "زارات", "زارتي", "زارتها", "زارته", "زارتهم",
                          "ادهم"})  # (the name «أدهم», not «I raid»)


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger: the token index, the matched sense, and the character span of the word itself."""

    token: int
    sense: TriggerSense
    start: int
    end: int
    text: str
    clitics: str  # normalized proclitics before the matched form (e.g. "و", "وال")


def rule_trigger(tokens: list[Token], k: int, sense: TriggerSense) -> TriggerMatch:
    """The trigger of an event a rule reads with no lexicon word of its own: the word at token k, clitics off."""
    word = tokens[k].stem_word
    return TriggerMatch(k, sense, word.start, word.end, word.text, "")


def find_triggers(tokens: list[Token], view: SentenceView, lexicon: Lexicon) -> list[TriggerMatch]:
    """Every trigger of one sentence, in text order (one sense per token: the most specific, heaviest)."""
    found: list[TriggerMatch] = []
    for i in range(view.lo, view.hi):
        if i in view.entity_tokens:
            continue
        tok = tokens[i]
        senses_map = lexicon.senses
        if not any(stem in senses_map for stem in stems_of(tok.norm)):
            continue  # fast path: no stem is in the lexicon, so the checks below cannot find a trigger
        after_prep = i > view.lo and _is_preposition(tokens[i - 1].norm)  # «إلى حث»، «عليها سحب»: a verbal noun
        after_prep = after_prep and dared_verb(tokens, view, i) is None  # («أقدم مسلح على قتل شقيقين»: a deed told)
        k = i - 1
        while k > view.lo and tokens[k].text in "\"'“”«»":
            k -= 1
        # «إنّ قتل عناصر الحوثي جاء»: after إنّ comes a noun; after أنْ a past verb is fine («سبق أن زار»)
        after_inna = k >= view.lo and strip_diacritics(tokens[k].text) in ("إن", "لأن", "فإن", "وإن")
        if i > view.lo and stem_of_token(tokens[i - 1]) in CONTENT_NOUNS:
            continue  # «بتهمة التعاون»: what someone is charged with is not an event told
        window = {tokens[k].norm for k in range(max(view.lo, i - GENERIC_REACH), i)}
        generic, judged = not window.isdisjoint(GENERIC_CUES), not window.isdisjoint(TRIAL_CUES)
        if generic and window & GENERIC_CUES <= FEAR_CUES and _told_after(tokens, view, i):
            generic = False  # «فر المدنيون خوفا من القصف الذي استهدف أحياءهم»: the feared shelling happened
        plotted = i > view.lo and stem_of_token(tokens[i - 1]) in PLOT_NOUNS
        for stem in stems_of(tok.norm):
            head = tok.norm[: len(tok.norm) - len(stem)]
            if stem in NOT_TRIGGERS:
                break
            if head.endswith(("بال", "ب")) and any(s.type == "COOPERATE" for s in lexicon.lookup(stem)):
                break  # «بالتعاون مع»، «بالتنسيق مع»: an adverbial, not a cooperation told
            marbuta = strip_diacritics(tok.text).endswith("ة")  # تظاهرة is a noun, never تظاهر + ه
            senses = [
                s for s in lexicon.lookup(stem)
                if not (marbuta and (s.kind == "V" or _pronoun_reading(s, lexicon)))
                and not (s.kind == "V" and (after_prep or _not_verbal(head, stem)))
                and not (s.kind == "V" and after_inna and not stem.startswith(("ي", "ت", "ن", "س")))
                and not (s.kind == "N" and generic and s.type in ("ASSAULT", "COERCE", "THREATEN"))
                and not (s.kind == "N" and judged and s.type == "ASSAULT")
                and not (plotted and s.type in ("ASSAULT", "PROTEST"))
                and _constraints_hold(s, tokens, i, view)
            ]
            if not senses:
                continue
            sense = max(senses, key=lambda s: (_specific(s), s.weight))
            found.append(_match(tok, i, sense, stem))
            break
    return found


def dared_verb(tokens: list[Token], view: SentenceView, i: int) -> int | None:
    """The token of «أقدم» (went ahead and did) that governs the «على» + verbal noun at token i, or None: that
    noun reads as its verb, a deed told; not «حرض على قتل»، «عازم على قتل» (incited, resolved: nothing done yet)."""
    if i - 1 <= view.lo or tokens[i - 1].norm != "علي":
        return None
    return next((k for k in range(i - 2, max(view.lo, i - DARED_REACH) - 1, -1)
                 if without_conjunction(tokens[k].norm) in DARED_FORMS), None)


def stem_of_token(token: Token) -> str:
    return stems_of(token.norm)[-1]


def _is_preposition(norm: str) -> bool:
    """A preposition, alone or with a conjunction before it or a pronoun after it (وعليها، لديه)."""
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 2 else norm
    for word in (norm, bare):
        if word in PREPOSITIONS:
            return True
        for suffix in ("ها", "ه", "هم"):
            if word.endswith(suffix) and word[: -len(suffix)] in PREPOSITIONS:
                return True
    return False


def _pronoun_reading(sense: TriggerSense, lexicon: Lexicon) -> bool:
    """The form reads as the word plus the pronoun ه (القبض + ه); a word written with ة is another word."""
    return sense.form.endswith("ه") and sense.form[:-1] in lexicon.forms_of(sense.lemma, sense.type)


def is_trigger_word(norm: str, lexicon: Lexicon) -> bool:
    """Whether a normalized word reads as a trigger (ignoring context constraints)."""
    for stem in stems_of(norm):
        if stem in NOT_TRIGGERS:
            return False
        if lexicon.lookup(stem):
            return True
    return False


def _not_verbal(head: str, stem: str) -> bool:
    """Proclitics no verb takes: the article, بـ/كـ, and لـ before a past form (ليزور is fine, لبحث is a noun)."""
    if head.endswith(("ال", "لل")) or "ب" in head or "ك" in head:
        return True
    return head.endswith("ل") and not stem.startswith(("ي", "ت", "ن", "ا"))


def _specific(sense: TriggerSense) -> bool:
    return sense.constraint("obj") is not None or sense.constraint("next") is not None


def _constraints_hold(sense: TriggerSense, tokens: list[Token], i: int, view: SentenceView) -> bool:
    following = [_stems(tokens[j]) for j in range(i + 1, min(view.hi, i + 1 + OBJECT_WINDOW))]
    obj = sense.constraint("obj")
    if obj:  # «دعا الزعيم الجديد لحركة طالبان السبت مقاتليه إلى»: the object may come after the subject
        following = _clause_stems(tokens, view, i, int((sense.constraint("reach") or (str(PREPOSITION_WINDOW),))[0]))
    if obj and sense.constraint("subject_between") is not None and not _only_subject_before(sense, tokens, i, view):
        return False  # «قبض الموظفون رواتبهم على دفعتين»: a direct object before «على», not an arrest
    if obj and not any(stems & set(obj) for stems in following):
        preceding = [_stems(tokens[j]) for j in range(max(view.lo, i - OBJECT_BEFORE), i)]
        pronoun_object = tokens[i].norm.endswith(("ها", "ه", "هم")) and sense.type == "ASSAULT"  # «قنبلة ألقاها»
        if not (pronoun_object and any(stems & set(obj) for stems in preceding)):
            return False
    if sense.constraint("nosuffix") is not None and (
            sense.form.endswith(POSSESSED_ENDINGS) or sense.form[len(sense.lemma):] in PRONOUN_SUFFIXES):
        return False  # «مسيرته»: his career, not a march; «لقي مصرعه»: the verb's object
    nxt = sense.constraint("next")
    if nxt and not (following and following[0] & set(nxt)):
        return False
    not_next = sense.constraint("not_next")
    if not_next and following and following[0] & set(not_next):
        return False
    not_obj = sense.constraint("not_obj")  # «استشهد الخطيب بقول الشاعر»: cited, not martyred
    if not_obj and any(stems & set(not_obj) for stems in _clause_stems(tokens, view, i, PREPOSITION_WINDOW)):
        return False
    not_prev = sense.constraint("not_prev")
    if not not_prev:
        return True
    # «وقف دائم لإطلاق النار»: after a لـ the noun it completes may stand one adjective further back
    back = 2 if tokens[i].norm.startswith("ل") else 1
    return not any(_stems(tokens[k]) & set(not_prev) for k in range(max(view.lo, i - back), i))


def _told_after(tokens: list[Token], view: SentenceView, i: int) -> bool:
    """A relative clause after the noun at i tells it as having happened."""
    return i + 1 < view.hi and tokens[i + 1].norm in RELATIVES


def _clause_stems(tokens: list[Token], view: SentenceView, i: int, reach: int) -> list[set[str]]:
    """The stems of the words after token i, up to `reach` words or a sentence mark (a comma goes on)."""
    out = []
    for j in range(i + 1, min(view.hi, i + 1 + reach)):
        if tokens[j].norm in PUNCT_BOUNDARY and tokens[j].norm not in ("،", ","):
            break
        out.append(_stems(tokens[j]))
    return out


def _only_subject_before(sense: TriggerSense, tokens: list[Token], i: int, view: SentenceView) -> bool:
    """Between the verb and its object word there is nothing but its subject (a noun phrase, titles, a time)."""
    obj = set(sense.constraint("obj") or ())
    inside = {k for m in view.mentions for k in range(m.first, m.last + 1)}
    for j in range(i + 1, view.hi):
        if _stems(tokens[j]) & obj:
            return True
        if j not in inside and tokens[j].norm not in TIME_WORDS and not is_title_like(tokens[j]):
            return False
    return False


def _stems(token: Token) -> set[str]:
    return set(stems_of(token.norm))


def _match(tok: Token, i: int, sense: TriggerSense, stem: str) -> TriggerMatch:
    norm, index = normalize_with_map(tok.text)
    a, b = original_span(index, len(norm) - len(stem), len(norm))
    return TriggerMatch(i, sense, tok.start + a, tok.start + b, tok.text[a:b], norm[: len(norm) - len(stem)])
