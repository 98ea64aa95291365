"""The role marks of a sentence's mentions: the preposition that governs each, coordination, and the
mentions that are only titles of the name after them (رئيس أركان ...، صدام حفتر), or one participant
with the name before them (زعيم طالبان، حكومة ماليزيا).
"""

from __future__ import annotations

import itertools

from marsad.arabic.normalize import normalize
from marsad.document import Token
from marsad.events.cues import ACTING_BODIES, PREMISES, PREPOSITIONS, PUNCT_BOUNDARY, TITLE_WORDS
from marsad.events.sentence import (
    NAMED_TYPES,
    PERSON_HEADS,
    QUOTES,
    WHOLE_WORDS,
    Mention,
    SentenceView,
    definite_nisba,
    is_title_like,
    office_word,
    pp_clitic,
    stem_of,
    without_conjunction,
)

MAX_APPOSITION_GAP = 6
PREMISE_WORDS = PREMISES | {"قاعه", "فندق"}  # (a hall or hotel names where, never a host)
FORCE_HEADS = frozenset({"قوات", "القوات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "انصار", "مقاتلي", "عناصر",
                         "كتايب", "جيش"})
MAX_COMPLEMENT = 4
BACKED = "بدعم"  # the role mark of a mention after «مدعوما/مسنودا بـ»: it backs the doer
BACKED_WORDS = frozenset({"مدعوما", "مدعومه", "مدعومين", "مدعومون", "مدعوم", "مسنودا", "مسنوده", "مسنودين", "مسنودون"})
MAX_LONG_TITLE = 14  # tokens from a name back to its office («المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن»)
TITLE_LINKS = frozenset({"في", "الي", "لدي"})  # an office's post: «سفير ... لدى اليمن»، «مبعوث ... إلى اليمن»


def _swallowed_clitic(m: Mention) -> bool:
    """The entity's text starts with و/ب/ل that its linked name lacks (بمكة -> مكة; not لبنان -> لبنان)."""
    ent = m.entity
    text = normalize(m.text)
    if ent is None or len(text) < 4 or text[0] not in "وبل":
        return False
    names = [n for n in (ent.canonical.name_ar if ent.canonical else None, ent.geo.name if ent.geo else None) if n]
    return any(normalize(n) == text[1:] or normalize(n).startswith(text[1:].split()[0]) for n in names)


def clitics_of(tokens: list[Token], m: Mention) -> list[str]:
    """Normalized proclitics before a mention: for an entity, the letters between its token and itself."""
    first = tokens[m.first]
    if m.entity is not None:
        head = normalize(first.text[: max(0, m.start - first.start)])
        if not head and _swallowed_clitic(m):  # «بمكة»، «لتنظيم الدولة» tagged with their preposition
            return [normalize(m.text)[0]]
        return [c for c in head if c in "وفبلك"] if len(head) <= 3 else []
    head = normalize(first.text[: max(0, m.start - first.start)])
    return [c for c in head if c in "وفبلك"] if len(head) <= 3 else []


def _expressed(tokens: list[Token], view: SentenceView, j: int) -> bool:
    """«وعبر X عن ...» opening a sentence is the verb «عبّر» (X expressed), not the preposition «عبر» (via)."""
    return (j == view.lo and without_conjunction(tokens[j].norm) == "عبر"
            and any(tokens[k].norm == "عن" for k in range(j + 2, min(view.hi, j + 10))))


def mark_roles(tokens: list[Token], view: SentenceView) -> None:
    """Set the governing preposition, coordination and title-only flags of each mention."""
    previous: Mention | None = None
    kept: list[Mention] = []
    covered = {k for m in view.mentions for k in range(m.first, m.last + 1)}
    for m in view.mentions:
        if previous is not None and m.first <= previous.last:
            continue  # overlaps an entity already kept
        norm_clitics = clitics_of(tokens, m)
        j = m.first - 1
        while (j >= view.lo and (is_title_like(tokens[j]) or tokens[j].text in QUOTES) and j not in view.entity_tokens
               and j not in covered):  # (a noun phrase before it ends the walk: «في ديوان الوزارة | رئيس»)
            j -= 1
            if pp_clitic(tokens[j + 1]):
                break  # «لرئيس أركان ...»: the title starts with the preposition
        if j + 1 < m.first and pp_clitic(tokens[j + 1]):
            m.prep = pp_clitic(tokens[j + 1])
        before = tokens[j] if j >= view.lo else None
        if m.prep is not None or before is not None and _expressed(tokens, view, j):
            pass
        elif before is not None and before.norm == "قبل" and j - 1 >= view.lo and tokens[j - 1].norm == "من":
            m.prep = "من قبل"
        elif before is not None and before.norm in PREPOSITIONS:
            m.prep = before.norm
        elif before is not None and stem_of(before) in PREPOSITIONS and before.norm[:1] in "وف":
            m.prep = stem_of(before)
        elif before is not None and before.norm[:1] in "وف" and before.norm[1:] in PREPOSITIONS:
            m.prep = before.norm[1:]  # «وبين»: the shortest stem of و+ب+ين is no preposition
        elif any(c in ("ب", "ل", "ك") for c in norm_clitics):
            m.prep = next(c for c in norm_clitics if c in ("ب", "ل", "ك"))
        if before is not None and without_conjunction(before.norm) in BACKED_WORDS:
            m.prep = BACKED  # «مسنودين بقوات موالية لصالح»: allies of the doer, no target of the act
        if (m.prep is None and (m.entity is None or m.is_place) and m.first - 1 >= view.lo
                and _premises(tokens, view, m.first - 1)):
            m.prep = "في"  # «استقبل ... بقصر قرطاج»: the palace's place is where (not «بمقر وزارة الدفاع»: the host)
        m.coord = _coordination(tokens, view, j, norm_clitics)
        if m.coord is None and j + 1 < m.first and any(w.kind == "proclitic" and w.text == "و"
                                                       for w in tokens[j + 1].words):
            m.coord = "و"  # «عادل الجبير ونظيره الفرنسي لوران فابيوس»: the conjunction is on the title
        split_waw = (any(w.kind == "proclitic" and w.text == "و" for w in tokens[m.first].words)
                     and tokens[m.first].norm not in WHOLE_WORDS)  # (وزارة is a word, not و + زارة)
        if m.coord is None and m.entity is not None and split_waw and previous is not None:
            m.coord = "و" if m.first - previous.last <= 1 else None  # the NER span kept the conjunction
        shares = previous is not None and previous.prep is not None and m.first - previous.last <= 2
        if m.coord == "و" and m.prep is None and shares:  # «في اليمن وسوريا»: the conjunct shares the preposition
            m.prep = previous.prep
        kept.append(m)
        previous = m
    for a, b in itertools.pairwise(kept):
        gap = [tokens[k] for k in range(a.last + 1, b.first)]
        complement = (0 < len(gap) <= MAX_COMPLEMENT and pp_clitic(gap[0]) == "ل" and tokens[a.last].norm in TITLE_WORDS
                      and all(t.norm.startswith("ال") or is_title_like(t) for t in gap[1:]))  # «العام للأمم المتحدة»
        if not (complement or all(is_title_like(t) or t.text in QUOTES for t in gap)) or clitics_of(tokens, b):
            continue
        b_named = b.name or (b.entity is not None and b.entity.type in NAMED_TYPES)
        b_person = b.name or (b.entity is not None and b.entity.type == "PER")
        leader = stem_of(tokens[a.first]) in PERSON_HEADS and not b_person  # «زعيم طالبان»: not a title
        if a.entity is None and stem_of(tokens[a.first]) in ACTING_BODIES and not (b_person and _after_title(tokens, view, a)):
            continue  # («احتجزت الشرطة في تشيلي أرتورو فيدال»: the police are no title of the man; «قائد الشرطة X» is)
        title_entity = a.entity is not None and all(is_title_like(tokens[k]) for k in range(a.first, a.last + 1))
        if title_entity and b_person and gap:  # «خادم الحرمين الشريفين الملك سلمان»: a title tagged as a name
            a.title_only = True
            continue
        if (a.entity is None and b_named and not leader) or (
            a.entity is not None and a.entity.type != "PER" and b_person and _after_title(tokens, view, a)
        ):
            a.title_only = True
            if not _title_complement(tokens, view, a):  # «سفير اليابان لدى المملكة X»: لدى is inside the title
                b.prep, b.coord = b.prep or a.prep, b.coord or a.coord
    _long_titles(tokens, view, kept)
    _title_chains(tokens, view, kept)
    _appositions(tokens, view, kept)
    view.mentions = _genitive_places(tokens, view, _leaders_of(tokens, view, kept))
    _titles_after_names(tokens, view.mentions)


def _leaders_of(tokens: list[Token], view: SentenceView, kept: list[Mention]) -> list[Mention]:
    """«زعيم طالبان»، «وزير خارجية إيران»: a person's title before an organisation or a country is one
    participant (the leader of it), not a title standing for the name."""
    out: list[Mention] = []
    for m in kept:
        prev = out[-1] if out else None
        joined = prev is not None and prev.entity is None and not prev.name and m.entity is not None \
            and m.entity.type in ("ORG", "GPE", "LOC") and m.first == prev.last + 1 and not _closed_by_adjective(tokens, prev)
        head = stem_of(tokens[prev.first]) if prev is not None else ""
        leader = joined and (not clitics_of(tokens, m) and head in PERSON_HEADS and not _definite(tokens[prev.last])
                             or clitics_of(tokens, m) == ["ل"] and head.startswith("ال") and head[2:] in PERSON_HEADS)
        # («زعيم طالبان»، «الأمين العام للأمم المتحدة»)
        forces = (prev is not None and prev.entity is None and not prev.name and m.entity is not None
                  and m.entity.type == "PER" and m.first == prev.last + 1 and not clitics_of(tokens, m)
                  and prev.last == prev.first and stem_of(tokens[prev.first]) in FORCE_HEADS)
        if forces:  # «قوات الأسد»، «ميليشيات صالح»: a man's forces are the participant, not the man
            prev.title_only = False
            leader = True
        if leader and m.title_only:  # «رئيس أركان القوات البرية التركية سلجوق ...»: all of it is a title
            prev.title_only = True
        elif leader:
            text = view.span.text[prev.start - view.span.start:m.end - view.span.start]
            out[-1] = Mention(prev.first, m.last, prev.start, m.end, text, None, prev.prep, prev.coord,
                              prev.title_only)
            continue
        out.append(m)
    return out


def _definite(token: Token) -> bool:
    """A word with the article: it takes no genitive after it («الوزير إسرائيل» is two phrases)."""
    return without_conjunction(token.norm).startswith(("ال", "لل", "بال", "كال"))


def _definite_title(token: Token) -> bool:
    """A person's title with the article («الوزير», «والرئيس»): a place after it is its object, not its genitive
    («العاصمة صنعاء» is one place)."""
    return _definite(token) and without_conjunction(token.norm)[2:] in PERSON_HEADS


def _closed_by_adjective(tokens: list[Token], m: Mention) -> bool:
    """«رئيس الأركان التركي»: a title ending with a nationality adjective takes no genitive after it."""
    return m.last > m.first and definite_nisba(tokens[m.last])


def _genitive_places(tokens: list[Token], view: SentenceView, kept: list[Mention]) -> list[Mention]:
    """«حكومة ماليزيا»، «قوات الأمن السورية»: a group word right before a place is one participant, the
    place's entity standing for it (its country and coordinates)."""
    out: list[Mention] = []
    for m in kept:
        prev = out[-1] if out else None
        if (prev is not None and prev.entity is None and not prev.name and m.is_place and m.first == prev.last + 1
                and m.prep is None and not m.coord and not _closed_by_adjective(tokens, prev)
                and not _definite_title(tokens[prev.last])  # («وحمل الوزير | إسرائيل المسؤولية»: the object)
                and not (prev.last > prev.first and _definite(tokens[prev.last]))):  # («الفصائل المقاتلة | الفوعة»)
            text = view.span.text[prev.start - view.span.start:m.end - view.span.start]
            out[-1] = Mention(prev.first, m.last, prev.start, m.end, text, m.entity, prev.prep, prev.coord,
                              prev.title_only)
            continue
        out.append(m)
    return out


def _titles_after_names(tokens: list[Token], kept: list[Mention]) -> None:
    """«الأمير محمد بن سلمان ولي ولي العهد ... وزير الدفاع»: titles after a person's name describe the person."""
    for a, b in itertools.pairwise(kept):
        person = a.name or (a.entity is not None and a.entity.type == "PER") or (a.title_only and a.entity is None)
        gap = [tokens[k] for k in range(a.last + 1, b.first)]
        titled = stem_of(tokens[b.first]) in PERSON_HEADS or any(stem_of(t) in PERSON_HEADS for t in gap)
        if (person and not b.name and (b.entity is None or b.entity.type == "ORG") and titled
                and all(is_title_like(t) for t in gap) and b.prep in (None, "ل")):
            b.title_only = True  # (also «مدير عام فرع وزارة العمل»: the office in the title)


def _appositions(tokens: list[Token], view: SentenceView, kept: list[Mention]) -> None:
    """«رئيس أركان القوات البرية التابعة للقيادة العامة، صدام حفتر»: the title and its complements give
    way to the name after the comma, which takes their place in the clause."""
    starts = {m.first: m for m in kept}
    for a in kept:
        if a.entity is not None or a.title_only or stem_of(tokens[a.first]) not in TITLE_WORDS:
            continue
        k = a.last + 1
        while k < view.hi and k - a.last <= MAX_APPOSITION_GAP and tokens[k].norm not in PUNCT_BOUNDARY:
            k += 1
        b = starts.get(k + 1)
        if k >= view.hi or tokens[k].norm != "،" or b is None or b.entity is None or b.entity.type != "PER":
            continue
        for m in kept:
            if a.first <= m.first < k:
                m.title_only = True
        b.prep, b.coord, b.apposition = a.prep, a.coord, True


def _coordination(tokens: list[Token], view: SentenceView, j: int, clitics: list[str]) -> str | None:
    """"ثم" or "و" when a conjunction joins this mention to what precedes it (adverbs like بعدها skipped)."""
    for k in (j, j - 1):
        if k < view.lo:
            break
        norm = tokens[k].norm
        if norm in ("ثم", "و"):
            return norm
        if k == j and clitics[:1] == ["و"]:
            return "و"
        if not norm.endswith(("ها", "ه", "هم")) or norm.lstrip("وف")[:3] not in ("بعد", "خلا", "اثن"):
            break
    if clitics[:1] == ["و"]:
        return "و"
    return None


def _person(m: Mention) -> bool:
    return m.name or m.apposition or (m.entity is not None and m.entity.type == "PER")


def _title_chains(tokens: list[Token], view: SentenceView, kept: list[Mention]) -> None:
    """«عقد مدير عام فرع وزارة العمل بمنطقة المدينة المنورة عواد الحازمي اجتماعا»: the phrases of a long title
    before a person are all title, and the person takes the role of the title's first word (here the subject:
    the ب of «بمنطقة» is inside the title)."""
    for n, b in enumerate(kept):
        if not _person(b) or n == 0 or not kept[n - 1].title_only:
            continue
        head = n - 1
        while head > 0 and _joined(tokens, kept[head - 1], kept[head]):
            head -= 1
            kept[head].title_only = True
        if head == n - 1:
            continue  # one title: the marks already set stand
        b.prep, b.coord = kept[head].prep, b.coord or kept[head].coord


def _long_titles(tokens: list[Token], view: SentenceView, kept: list[Mention]) -> None:
    """«رئيس بعثة الأمم المتحدة للدعم في ليبيا برناردينو ليون», «المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن
    إسماعيل ولد الشيخ أحمد»: an office, the body it serves, its post and the place of it, right before a person's
    name, are one title; so are two offices joined by و («المبعوث الخاص ورئيس بعثة ...»). The walk back from the
    name crosses organisations, places, title words, «لل...» complements and «في/إلى/لدى», and stops at the first
    office not joined to an earlier one by و (a second office starts a new phrase: «التقى رئيس الوزراء في بغداد |
    وزير الخارجية الأمريكي جون كيري»)."""
    ending = {m.last: m for m in kept}
    ending_first = {m.first: m for m in kept}
    for b in kept:
        if not _person(b) or b.title_only:
            continue
        k, head, crossed = b.first - 1, None, []
        while k >= view.lo and b.first - k <= MAX_LONG_TITLE:
            m = ending.get(k)
            if m is not None:
                if _person(m):
                    break
                crossed.append(m)
                if m.entity is None and office_word(tokens[m.first]):
                    head = m
                    if m.coord != "و" and m.prep != "ل":
                        break  # («للأمين العام»: the office an envoy serves; «ورئيس»: his second office)
                k = m.first - 1
                continue
            tok = tokens[k]
            construct = (not tok.norm.startswith("ال") and tok.norm.isalpha() and k + 1 in ending_first
                         and ending_first[k + 1].entity is not None)  # «بعثة | الأمم المتحدة»
            if not (construct or is_title_like(tok) or tok.norm in TITLE_LINKS or tok.norm.startswith("لل")
                    or tok.text in QUOTES):
                break
            k -= 1
        if head is None or not any(m.entity is not None for m in crossed):
            continue  # a title with no organisation or place in it is left to the rules below
        for m in crossed[: crossed.index(head) + 1]:
            m.title_only = True
        b.prep, b.coord = head.prep, head.coord  # (the «و» of a second office is inside the title)


def _joined(tokens: list[Token], a: Mention, b: Mention) -> bool:
    """Two phrases of one title: nothing but title words and a preposition between them, the first no person."""
    gap = [tokens[k] for k in range(a.last + 1, b.first)]
    return (not _person(a) and not a.title_only and b.coord is None and a.coord is None
            and not (a.entity is None and stem_of(tokens[a.first]) in ACTING_BODIES)
            and all(is_title_like(t) or t.norm in ("لدي", "في", "الي") for t in gap)
            and (b.prep in ("ب", "ل", "في", "لدي") or b.prep == "الي" and b.is_place))


def _title_complement(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    """A mention that completes a title rather than being governed from outside it: «لدى المملكة» (an envoy's
    post), «لمنظمة ...» right after a title word («الأمين العام لمنظمة التعاون»)."""
    if m.prep == "لدي" or (m.prep in ("في", "الي") and m.is_place):
        return True  # («سفير ... لدى اليمن X»، «المنسق الإقليمي للعمليات الإنسانية في اليمن عامر الداوودي»)
    own = pp_clitic(tokens[m.first]) == "ل"  # (not «لرئيس أركان القوات البرية X»: the ل governs all of it)
    return own and m.first > view.lo and (tokens[m.first - 1].norm in TITLE_WORDS
                                                   or stem_of(tokens[m.first - 1]) in PERSON_HEADS)


def _premises(tokens: list[Token], view: SentenceView, k: int) -> bool:
    """«بقصر»، «في مقر»، «بمبنى»: a building word with its preposition."""
    norm = tokens[k].norm
    if norm[:1] == "ب" and norm[1:] in PREMISE_WORDS:
        return True
    return norm in PREMISE_WORDS and k - 1 >= view.lo and tokens[k - 1].norm == "في"


def _after_title(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    """Right after a title word, or after «في/لدى/إلى» right after one («السفير الأمريكي في بغداد ستيوارت جونز»)."""
    j = m.first - 1
    if j - 1 >= view.lo and tokens[j].norm in ("في", "لدي", "الي") and m.is_place:  # (an envoy «إلى اليمن»)
        j -= 1
        if _led_organisation(tokens, view, j):
            return True
    return j >= view.lo and is_title_like(tokens[j]) and tokens[j].norm not in PUNCT_BOUNDARY


def _led_organisation(tokens: list[Token], view: SentenceView, k: int) -> bool:
    """Token k ends an organisation that a person's title governs: «مبعوث أمين عام الأمم المتحدة | في اليمن»."""
    org = next((m for m in view.mentions if m.last == k and m.entity is not None and m.entity.type == "ORG"), None)
    return org is not None and any(m.last == org.first - 1 and m.entity is None and stem_of(tokens[m.first]) in PERSON_HEADS
                                   for m in view.mentions)
