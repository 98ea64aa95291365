"""Names the NER stage missed, found from what the article itself makes clear.

- A person's title followed by two to four plain words up to a comma or the end of the clause
  («رئيس أركان القوات البرية التركية سلجوق بيراكتار أوغلو،») is a name: a mention with no entity
  (its text is the words), and the title gives way to it.
- A single word equal to the last word of a person named earlier in the article («حفتر» after
  «صدام حفتر») is a short reference to a name: a mention with the words, no entity (the family
  name alone does not say which member of the family is meant).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document, Token
from marsad.events.cues import MANNER_WORDS, PREPOSITIONS, PUNCT_BOUNDARY
from marsad.events.sentence import (
    Mention,
    SentenceView,
    is_title_like,
    pp_clitic,
    stem_of,
    without_conjunction,
)

PERSON_TITLES = frozenset({
    "رييس", "وزير", "نايب", "قايد", "سفير", "مبعوث", "منسق", "المتحدث", "الناطق", "امين", "مدير", "محافظ", "زعيم",
    "الرييس", "الوزير", "الملك", "الامير", "الشيخ", "العقيد", "اللواء", "العميد", "الفريق", "المشير", "مستشار",
    "امير", "ملك", "السفير", "المدير", "الامين", "المحافظ", "المستشار",
})
NOT_NAMES = frozenset({
    "قد", "ان", "انه", "انها", "كما", "امس", "غدا", "يوم", "خلال", "ذلك", "هذا", "هذه", "الذي", "التي", "عن",
    "ثم", "و", "او", "بعد", "قبل", "منذ", "حيث", "اذ", "لم", "لن", "لا", "ما", "كان", "كانت", "ايضا", "رسميا",
    "عدد", "عددا", "بعض", "كل", "جميع", "مع", "في", "علي", "الي", "من", "بين", "عند", "لدي", "نحو", "اليوم",
    "هاتفيا", "اتصالا", "رسالة", "رساله", "برقيه", "حفظه", "الله",
    # words of quantity and exception, no one by themselves («لم تعتقل سوى ...»، «اعتقلت المزيد»)
    "سوي", "الكثير", "كثير", "كثيرا", "اكثر", "المزيد", "مزيد", "اقل",
    # honorifics and the office word of a title («معالي الوزير»، «مدير مكتب معاليه»)
    "معالي", "معاليه", "سمو", "سموه", "فخامه", "فخامته", "جلاله", "جلالته", "صاحب", "سماحه", "سماحته", "مكتب",
})
# Titles that stand right before a name, looked for where no mention holds them («النائب»، «الدكتور»).
LONE_TITLES = frozenset({"النايب", "الدكتور", "المهندس", "الاستاذ", "السيد", "الشيخ", "اللواء", "العميد", "العقيد"})
MIN_NAME, MAX_NAME = 2, 4
POSTING_WORDS = frozenset({"في", "لدي"})


def add_unnamed(doc: Document, view: SentenceView, known_word: Callable[[str], bool],
                found: list[str] | None = None) -> None:
    """Add name mentions after person titles, and surname references, to `view.mentions`.

    `found` collects the names found so far in the article (their surnames are references too).
    """
    found = found if found is not None else []
    tokens = doc.tokens
    taken = set(view.entity_tokens)
    for m in list(view.mentions):
        taken.update(range(m.first, m.last + 1))
    for m in list(view.mentions):
        if m.entity is not None or stem_of(tokens[m.first]) not in PERSON_TITLES:
            continue
        start = _after_posting(tokens, view, m.last + 1)
        _add_name(doc, view, start, _name_end(tokens, view, start, taken, known_word), found, taken)
    for i in range(view.lo, view.hi - MIN_NAME):  # «شجب عضو اللقاء الديموقراطي النائب نعمة طعمة»: a title in no
        if i in taken or i + 1 in taken or tokens[i].norm not in LONE_TITLES:  # mention of its own
            continue
        _add_name(doc, view, i + 1, _name_end(tokens, view, i + 1, taken, known_word), found, taken)
    _add_custodian(doc, view, taken)
    surnames = _surnames(doc, view.span.start) | {_last_word(n) for n in found if len(n.split()) >= 2}
    for i in range(view.lo, view.hi):
        if i in taken or len(tokens[i].norm) < 3 or tokens[i].norm in NOT_NAMES or tokens[i].norm in PREPOSITIONS:
            continue  # (a surname «علي» is spelled like the preposition «على» once normalized)
        stem = stem_of(tokens[i]) if tokens[i].norm not in surnames else tokens[i].norm
        if stem in surnames:
            word = tokens[i].stem_word if stem != tokens[i].norm else tokens[i]
            view.mentions.append(Mention(i, i, word.start, word.end, doc.text[word.start:word.end], name=True))


def _add_custodian(doc: Document, view: SentenceView, taken: set[int]) -> None:
    """«خادم الحرمين الشريفين» with no name after it stands for the King of Saudi Arabia, as a name does
    («واستقبل خادم الحرمين الشريفين، اليوم، X»); before «الملك سلمان» it stays the title of the name."""
    tokens = doc.tokens
    for i in range(view.lo, view.hi - 2):
        if tokens[i + 1].norm != "الحرمين" or (tokens[i].stem_word.text, tokens[i + 2].norm) != ("خادم", "الشريفين") or any(
                k in taken for k in range(i, i + 3)):
            continue
        nxt = i + 3
        if nxt < view.hi and (tokens[nxt].norm == "الملك" or nxt in view.entity_tokens or nxt in taken):
            continue
        if i > view.lo and (is_title_like(tokens[i - 1]) or stem_of(tokens[i - 1]) in PERSON_TITLES
                            or tokens[i - 1].norm.endswith("ه")):
            continue  # «سفير خادم الحرمين الشريفين»، «مستشار خادم الحرمين»، «بمقر سفارة خادم الحرمين»: another's title
            # or a place named after him, not him
        start, end = tokens[i].stem_word.start, tokens[i + 2].end
        view.mentions.append(Mention(i, i + 2, start, end, doc.text[start:end], name=True))
        taken.update(range(i, i + 3))


def _after_posting(tokens: list[Token], view: SentenceView, k: int) -> int:
    """Past the posting of a title, «في لبنان» or «لدى مصر», when one follows at token k: the name comes next
    («سفير المملكة في لبنان علي عواض عسيري»)."""
    if k + 1 < view.hi and tokens[k].norm in POSTING_WORDS:
        place = next((m for m in view.mentions if m.first == k + 1 and m.is_place), None)
        if place is not None:
            return place.last + 1
    return k


def _add_name(doc: Document, view: SentenceView, first: int, last: int | None, found: list[str],
              taken: set[int]) -> None:
    """Add the name of tokens first..last (when one was found) as a mention, and note it as found and taken."""
    if last is None:
        return
    start, end = doc.tokens[first].start, doc.tokens[last].end
    view.mentions.append(Mention(first, last, start, end, doc.text[start:end], name=True))
    found.append(doc.text[start:end])
    taken.update(range(first, last + 1))


def _name_end(tokens: list[Token], view: SentenceView, i: int, taken: set[int],
              known_word: Callable[[str], bool]) -> int | None:
    """The last token of a plain-word name starting at i, or None."""
    k = i
    while k < view.hi and k - i < MAX_NAME:
        tok = tokens[k]
        norm = tok.norm
        family = norm.startswith("ال") and k > i  # «عبده الحذيفي»: a family name may carry the article
        ali = k == i and tok.text.endswith("علي")  # the given name, written with ي (the preposition is «على»)
        plain = (k not in taken and norm.isalpha() and (not norm.startswith("ال") or family) and pp_clitic(tok) is None
                 and (ali or norm not in NOT_NAMES and norm not in PREPOSITIONS) and not known_word(norm)
                 and without_conjunction(norm) not in MANNER_WORDS and stem_of(tok) not in PERSON_TITLES)
        # («استنكر وزير الخارجية | بشدة تصريحات نائب الرئيس»: a manner word or another title is no name)
        if not plain:
            break
        k += 1
        if family and (k >= view.hi or not tokens[k].norm.startswith("ال")):
            break  # (a chain of family names: «صباح الأحمد الجابر الصباح»)
    count = k - i
    nxt = tokens[k].norm if k < view.hi else ""
    ends_clause = (k >= view.hi or nxt in PUNCT_BOUNDARY or nxt in ("و", "ثم") or nxt in NOT_NAMES
                   or nxt in PREPOSITIONS or k in taken or (k < view.hi and pp_clitic(tokens[k]) is not None)
                   or (nxt.startswith("ال") and known_word(nxt)))  # «شجب النائب نعمة طعمة | التفجير»: the object
    return k - 1 if MIN_NAME <= count and ends_clause else None


def _last_word(name: str) -> str:
    from marsad.arabic.normalize import normalize

    return normalize(name).split()[-1]


def _surnames(doc: Document, before: int) -> set[str]:
    """Last words (normalized, 3+ letters) of the multi-word person names given before `before`."""
    from marsad.arabic.normalize import normalize

    out: set[str] = set()
    for ent in doc.entities:
        if ent.type != "PER" or ent.end > before:
            continue  # checked first: normalizing every entity for every sentence is the cost here
        words = normalize(ent.text).split()
        if len(words) >= 2 and len(words[-1]) >= 3:
            out.add(words[-1])
    return out
