"""A sentence as the event coder sees it: tokens, and the noun phrases that can be participants.

A *mention* is a named entity of the NER stage, or a short noun phrase headed by a group or
title word (قوات الأمن، وزير الدفاع التركي، المتظاهرين) when no entity covers it. Each mention
records the preposition that governs it (في، على، مع، بـ، لـ ...) and whether it is joined to the
mention before it by و, which is what the argument finder reads.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.arabic.clitics import NOT_ARTICLE, candidate_stems
from marsad.arabic.normalize import normalize, normalize_with_map, original_span
from marsad.document import Document, Entity, Span, Token
from marsad.events.cues import GROUP_HEADS, PREPOSITIONS, PUNCT_BOUNDARY, TITLE_WORDS

ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "LOC", "NORP", "FAC"})
PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
NAMED_TYPES = frozenset({"PER", "ORG", "NORP"})
MAX_NP_EXTRA = 4
NOT_NISBA = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "الي", "الاخري", "الماضي", "الماضيه", "الحالي", "الحاليه", "الجاري"})
MAX_APPOSITION_GAP = 6
PERSON_HEADS = frozenset({"زعيم", "رييس", "وزير", "قايد", "امير", "ملك", "نايب", "سفير", "مبعوث", "وزراء", "قاده",
                          "مسوولي", "ممثلي", "مفتي", "محافظ", "حاكم", "مندوب", "متحدث"})
QUANTITY_HEADS = frozenset({"مجموعه", "مجموعات", "عدد", "الاف", "ميات", "عشرات", "عناصر"})
WEAK_HEADS = frozenset({"طايرات", "طيران", "الاف", "ميات", "عشرات", "عناصر", "سكان", "مصادر"})
QUOTES = frozenset("\"'“”«»‘’")


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

    def mentions_between(self, a: int, b: int) -> list[Mention]:
        """Mentions that lie inside tokens [a, b)."""
        return [m for m in self.mentions if a <= m.first and m.last < b and not m.title_only]


def stem_of(token: Token) -> str:
    """The token without its proclitics (the shortest candidate stem of length >= 2)."""
    return stems_of(token.norm)[-1]


@lru_cache(maxsize=65536)
def stems_of(norm: str) -> tuple[str, ...]:
    """`candidate_stems`, cached: the same words come back in every article."""
    return tuple(candidate_stems(norm))


def is_title_like(token: Token) -> bool:
    """A title word or a definite nisba adjective (التركي، الليبية) that may precede a name."""
    norm = token.norm
    stem = stem_of(token)
    if norm in PREPOSITIONS or norm in NOT_NISBA or norm in NOT_ARTICLE:
        return False  # (التقى، الغى: verbs that start like the article)
    nisba = norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) >= 5
    return norm in TITLE_WORDS or stem in TITLE_WORDS or nisba


def build_views(doc: Document, known_word: Callable[[str], bool] | None = None) -> list[SentenceView]:
    """One view per sentence, with entity and noun-phrase mentions in text order.

    `known_word(norm)` tells a lexicon word (a trigger) from a possible part of a name.
    """
    from marsad.events.names import add_unnamed

    views: list[SentenceView] = []
    names: list[str] = []  # names found so far in the article
    tokens = doc.tokens
    starts: dict[int, int] = {}
    for i, tok in enumerate(tokens):
        starts.setdefault(tok.sentence, i)
    for s_index, span in enumerate(doc.sentences):
        lo = starts.get(s_index, len(tokens))
        hi = lo
        while hi < len(tokens) and tokens[hi].sentence == s_index:
            hi += 1
        view = SentenceView(s_index, span, lo, hi)
        known = known_word or (lambda _norm: False)
        _add_entities(doc, view, known)
        _add_noun_phrases(doc, view)
        add_unnamed(doc, view, known, names)
        view.mentions.sort(key=lambda m: m.first)
        _mark_roles(tokens, view)
        views.append(view)
    return views


def _add_entities(doc: Document, view: SentenceView, known_word: Callable[[str], bool]) -> None:
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
        if last > first and known_word(tokens[first].norm):
            first += 1
        if ent.type == "NORP" and first == last and first > view.lo:
            prev = tokens[first - 1]
            adjective = first - 2 >= view.lo and not prev.norm.startswith("ال") and prev.norm.endswith(("يه", "ي"))
            event_noun = known_word(prev.norm) or (adjective and known_word(tokens[first - 2].norm))
            after_place = any(e.type in PLACE_TYPES and e.end <= tokens[first].start <= e.end + 1
                              for e in doc.entities if e is not ent)  # «بوسطن الأمريكية»
            if after_place or (prev.norm.isalpha() and prev.norm not in PREPOSITIONS
                               and first - 1 not in view.entity_tokens and not event_noun):
                continue  # an adjective on the noun before it: «الوزير الأمريكي»، «الحدود السورية»
        start = max(ent.start, tokens[first].start)
        view.mentions.append(Mention(first, last, start, ent.end, doc.text[start:ent.end], ent))
        view.entity_tokens.update(range(first, last + 1))


def _add_noun_phrases(doc: Document, view: SentenceView) -> None:
    tokens = doc.tokens
    i = view.lo
    while i < view.hi:
        tok = tokens[i]
        if i in view.entity_tokens or stem_of(tok) not in GROUP_HEADS and tok.norm not in GROUP_HEADS:
            i += 1
            continue
        last = i
        if stem_of(tok) in WEAK_HEADS and (i + 1 >= view.hi or not tokens[i + 1].norm.startswith("ال")):
            i += 1
            continue  # «طائرات» alone is no participant; «طائرات التحالف» is
        if (stem_of(tok) in QUANTITY_HEADS and i + 2 < view.hi and tokens[i + 1].norm == "من"
                and tokens[i + 2].norm.startswith("ال") and i + 2 not in view.entity_tokens):
            last = i + 2  # «مجموعة من المسلحين»
        while last + 1 < view.hi and last - i < MAX_NP_EXTRA and last + 1 not in view.entity_tokens:
            nxt = tokens[last + 1]
            definite = any(tokens[k].norm.startswith("ال") for k in range(i, last + 1))
            if (nxt.norm.startswith("وال") and definite and stem_of(tok) in PERSON_HEADS
                    and last + 1 not in view.entity_tokens):
                last += 1  # «وزير الثقافة والإعلام»: one office with two names
                continue
            if (nxt.norm in PREPOSITIONS or nxt.norm in NOT_NISBA or _pp_clitic(nxt)
                    or not (nxt.norm.startswith("ال") or (is_title_like(nxt) and not definite))):
                break  # a genitive chain ends at its first definite word: «الوزارة | رئيس ديوان»
            last += 1
        start = _np_start(tok)
        view.mentions.append(Mention(i, last, start, tokens[last].end, doc.text[start:tokens[last].end]))
        i = last + 1


def _np_start(tok: Token) -> int:
    """Where a noun phrase starts in its first token: after و/ف/ب/ل, keeping the article (وزارة is a word)."""
    if tok.norm in GROUP_HEADS:
        return tok.start
    norm, index = normalize_with_map(tok.text)
    for stem in candidate_stems(norm):
        if stem in GROUP_HEADS:
            cut = len(norm) - len(stem)
            if cut >= 2 and norm[cut - 2:cut] == "ال":
                cut -= 2  # keep the article with the noun
            return tok.start + original_span(index, cut, len(norm))[0]
    return tok.start


def _swallowed_clitic(m: Mention) -> bool:
    """The entity's text starts with و/ب/ل that its linked name lacks (بمكة -> مكة; not لبنان -> لبنان)."""
    ent = m.entity
    text = normalize(m.text)
    if ent is None or len(text) < 4 or text[0] not in "وبل":
        return False
    names = [n for n in (ent.canonical.name_ar if ent.canonical else None, ent.geo.name if ent.geo else None) if n]
    return any(normalize(n) == text[1:] or normalize(n).startswith(text[1:].split()[0]) for n in names)


def _clitics(tokens: list[Token], m: Mention) -> list[str]:
    """Normalized proclitics before a mention: for an entity, the letters between its token and itself."""
    first = tokens[m.first]
    if m.entity is not None:
        head = normalize(first.text[: max(0, m.start - first.start)])
        if not head and _swallowed_clitic(m):  # «بمكة»، «لتنظيم الدولة» tagged with their preposition
            return [normalize(m.text)[0]]
        return [c for c in head if c in "وفبلك"] if len(head) <= 3 else []
    head = normalize(first.text[: max(0, m.start - first.start)])
    return [c for c in head if c in "وفبلك"] if len(head) <= 3 else []


def _mark_roles(tokens: list[Token], view: SentenceView) -> None:
    """Set the governing preposition, coordination and title-only flags of each mention."""
    previous: Mention | None = None
    kept: list[Mention] = []
    for m in view.mentions:
        if previous is not None and m.first <= previous.last:
            continue  # overlaps an entity already kept
        norm_clitics = _clitics(tokens, m)
        j = m.first - 1
        while j >= view.lo and (is_title_like(tokens[j]) or tokens[j].text in QUOTES) and j not in view.entity_tokens:
            j -= 1
            if _pp_clitic(tokens[j + 1]):
                break  # «لرئيس أركان ...»: the title starts with the preposition
        if j + 1 < m.first and _pp_clitic(tokens[j + 1]):
            m.prep = _pp_clitic(tokens[j + 1])
        before = tokens[j] if j >= view.lo else None
        if m.prep is not None:
            pass
        elif before is not None and before.norm == "قبل" and j - 1 >= view.lo and tokens[j - 1].norm == "من":
            m.prep = "من قبل"
        elif before is not None and before.norm in PREPOSITIONS:
            m.prep = before.norm
        elif before is not None and stem_of(before) in PREPOSITIONS and before.norm[:1] in "وف":
            m.prep = stem_of(before)
        elif any(c in ("ب", "ل", "ك") for c in norm_clitics):
            m.prep = next(c for c in norm_clitics if c in ("ب", "ل", "ك"))
        m.coord = _coordination(tokens, view, j, norm_clitics)
        if m.coord is None and m.entity is not None and normalize(m.text)[:1] == "و" and previous is not None:
            m.coord = "و" if m.first - previous.last <= 1 else None  # the NER span kept the conjunction
        shares = previous is not None and previous.prep is not None and m.first - previous.last <= 2
        if m.coord == "و" and m.prep is None and shares:  # «في اليمن وسوريا»: the conjunct shares the preposition
            m.prep = previous.prep
        kept.append(m)
        previous = m
    for a, b in itertools.pairwise(kept):
        gap = [tokens[k] for k in range(a.last + 1, b.first)]
        if not all(is_title_like(t) or t.text in QUOTES for t in gap) or _clitics(tokens, b):
            continue
        b_named = b.name or (b.entity is not None and b.entity.type in NAMED_TYPES)
        b_person = b.name or (b.entity is not None and b.entity.type == "PER")
        leader = stem_of(tokens[a.first]) in PERSON_HEADS and not b_person  # «زعيم طالبان»: not a title
        if (a.entity is None and b_named and not leader) or (
            a.entity is not None and a.entity.type != "PER" and b_person and _after_title(tokens, view, a)
        ):
            a.title_only = True
            b.prep, b.coord = b.prep or a.prep, b.coord or a.coord
    _appositions(tokens, view, kept)
    view.mentions = _genitive_places(view, _leaders_of(tokens, view, kept))


def _leaders_of(tokens: list[Token], view: SentenceView, kept: list[Mention]) -> list[Mention]:
    """«زعيم طالبان»، «وزير خارجية إيران»: a person's title before an organisation or a country is one
    participant (the leader of it), not a title standing for the name."""
    out: list[Mention] = []
    for m in kept:
        prev = out[-1] if out else None
        leader = (prev is not None and prev.entity is None and not prev.name and m.entity is not None
                  and m.entity.type in ("ORG", "GPE", "LOC") and m.first == prev.last + 1 and not _clitics(tokens, m)
                  and stem_of(tokens[prev.first]) in PERSON_HEADS)
        if leader and m.title_only:  # «رئيس أركان القوات البرية التركية سلجوق ...»: all of it is a title
            prev.title_only = True
        elif leader:
            text = view.span.text[prev.start - view.span.start:m.end - view.span.start]
            out[-1] = Mention(prev.first, m.last, prev.start, m.end, text, None, prev.prep, prev.coord)
            continue
        out.append(m)
    return out


def _genitive_places(view: SentenceView, kept: list[Mention]) -> list[Mention]:
    """«حكومة ماليزيا»، «قوات الأمن السورية»: a group word right before a place is one participant, the
    place's entity standing for it (its country and coordinates)."""
    out: list[Mention] = []
    for m in kept:
        prev = out[-1] if out else None
        if (prev is not None and prev.entity is None and not prev.name and m.is_place and m.first == prev.last + 1
                and m.prep is None and not m.coord):
            text = view.span.text[prev.start - view.span.start:m.end - view.span.start]
            out[-1] = Mention(prev.first, m.last, prev.start, m.end, text, m.entity, prev.prep, prev.coord,
                              prev.title_only)
            continue
        out.append(m)
    return out


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


def _pp_clitic(token: Token) -> str | None:
    """The preposition (ب or ل) a token starts with, by the segmenter's clitic split."""
    clitics = [w.text for w in token.words if w.kind == "proclitic"]
    return next((c for c in clitics if c in ("ب", "ل")), None)


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


def _after_title(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    j = m.first - 1
    return j >= view.lo and is_title_like(tokens[j]) and tokens[j].norm not in PUNCT_BOUNDARY
