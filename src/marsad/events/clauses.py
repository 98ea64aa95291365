"""The stretch of a sentence that belongs to one trigger, and the mentions in it.

After the trigger, a clause runs to the next trigger or a hard boundary (؛ : . ...); a comma
ends it for bare nouns unless و/ثم carries a list on, an apposition follows, or a relative
clause (الذي يقوم بجولة، ...) sat between the subject and the object. Before the trigger, a
clause starts after a boundary, a complementizer (أن، إن) or a relative pronoun.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.document import Token
from marsad.events.cues import (
    COMPLEMENTIZERS,
    PREPOSITIONS,
    PUNCT_BOUNDARY,
    SOFT_BOUNDARY,
    TIME_WORDS,
    TITLE_WORDS,
)
from marsad.events.sentence import QUOTES, Mention, SentenceView, abbreviated_title, is_title_like, stem_of

# «تفجير انتحاري ... وبعد عمليات أمنية ضد X»: what follows «and after» is another event's, not this one's.
TIME_CLAUSE_OPENERS = frozenset({"وبعد", "وقبل", "وعقب"})
# «قتل الطفل حين هاجم مستوطنون منزلين»: a clause of its own, with its own subject after its verb.
SUBORDINATORS = frozenset({"حين", "وحين", "حينما", "عندما", "وعندما", "بعدما", "وبعدما"})
# «واصلت أنقرة حملتها بينما قصفت الطائرات التركية»: «while», a clause of its own too (but no «when» of the event).
# «يرافقه X»: the entourage, a clause of its own (no object of the verb before it).
ENTOURAGE_VERBS = frozenset({"يرافقه", "يرافقها", "يرافقهم", "ترافقه", "ترافقها", "ويرافقه", "ويرافقها"})
CLAUSE_OPENERS = SUBORDINATORS | {"بينما", "وبينما", "فيما", "وفيما"} | ENTOURAGE_VERBS
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
OPENING_QUOTES = frozenset({"«", "“"})  # a quotation starts a new clause
MAX_GENITIVE_GAP = 2
MAX_OBLIQUE_GAP = 5
MAX_ASIDE = 5  # words of a prepositional phrase set off by commas between verb arguments
# Words that close a prepositional phrase at once as its object («خلال ذلك»، «بعد هذا»، «من هناك»).
DEICTIC_WORDS = frozenset({"ذلك", "هذا", "هذه", "تلك", "ذاك", "هنا", "هناك"})


@dataclass
class Before:
    """Mentions before a trigger in its clause; `subordinate` when a complementizer or relative opened it.

    `anchor`: the noun the subordinate clause is about: the antecedent of a relative pronoun (كيري، الذي
    وصل) or the subject of the verb before «أنها/أنه» (أعلنت الأجهزة أنها قتلت); it stands for the subject.
    """

    mentions: list[Mention]
    subordinate: bool
    anchor: list[Mention] = field(default_factory=list)
    relative: bool = False  # the anchor is a relative pronoun's antecedent: said in the text, not inferred


def after(tokens: list[Token], view: SentenceView, i: int, stop: int) -> list[Mention]:
    """Mentions after the trigger at token i, up to token `stop`, in the trigger's clause."""
    out: list[Mention] = []
    crossed = relative = False
    pos = i + 1
    titled = view.title_tokens()  # («السفير السعودي»)
    for m in view.mentions_between(i + 1, min(stop, view.hi)):
        gap = without_asides([tokens[k].norm for k in range(pos, m.first)
                              if k not in titled and not is_title_like(tokens[k]) and not abbreviated_title(tokens, k)])
        if any(g in COMPLEMENTIZERS or g in TIME_CLAUSE_OPENERS or g in CLAUSE_OPENERS for g in gap):
            break  # «... إلى توحيد صفوفهم وأن يحذوا حذو زعيمهم»: a new clause
        if any(g in PUNCT_BOUNDARY and g not in SOFT_BOUNDARY for g in gap):
            break
        rel = next((n for n, g in enumerate(gap) if g in RELATIVES), None)
        on_event = not out and rel is not None and rel <= 1  # «الاجتماع الذي عقد أمس مع ...» describes the event
        if rel is not None and not on_event and not any(g in SOFT_BOUNDARY for g in gap[rel:]):
            continue  # inside a relative clause on the last noun: not an argument of this trigger
        relative = relative or any(g in RELATIVES for g in gap)
        commas = sum(g in SOFT_BOUNDARY for g in gap)
        if commas and all(g in SOFT_BOUNDARY or g in TIME_WORDS for g in gap):
            commas = 0  # «وسيلتقي، اليوم، نظيره»: a parenthetical time
        crossed = crossed or commas > 0
        if m.prep is not None and len(gap) > MAX_OBLIQUE_GAP:
            break  # a prepositional phrase far from the last argument belongs to another clause
        subject_only = len(out) == 1  # «يلتقي كارتر الذي يقوم بجولة، رئيس الوزراء»: the object after a relative
        titles_only = subject_only and commas == 1 and _titles_between(tokens, view, pos, m)
        if crossed and not (m.coord or m.apposition or m.prep is not None or titles_only
                            or (relative and commas == 1 and subject_only)):
            break
        run = m.first  # the titles right before the name are no phrase around it («الأمين العام لجامعة ... X»)
        for t in reversed([t for t in view.mentions if pos <= t.first and t.last < m.first]):
            if not t.title_only:
                break
            run = t.first
        tail = list(range(pos, run))
        cut = max((n for n, k in enumerate(tail) if tokens[k].norm in SOFT_BOUNDARY), default=-1)
        titled_name = (m.entity is not None and m.entity.type == "PER"  # the PP is its title's complement
                       and (run < m.first or (m.first > view.lo and is_title_like(tokens[m.first - 1]))))
        if m.prep is None and not (m.coord or m.apposition or titled_name) and any(
                _opens_pp(tokens[k]) and not _closed_pp(tokens, k) and not _in_title(tokens, view, k) for k in tail[cut + 1:]):
            continue  # «يطالب بتحرك دولي لوقف وحشية إسرائيل»: a noun inside a prepositional phrase
        out.append(m)
        pos, crossed, relative = m.last + 1, False, False
    return out


def _titles_between(tokens: list[Token], view: SentenceView, pos: int, m: Mention) -> bool:
    """Only titles and one comma before a titled name: «استقبل X أمير المنطقة الشرقية، سفير كوريا لدى
    المملكة كيم جين سو»: the comma closes the subject's title, the object follows with its own."""
    titled = {k for t in view.mentions if t.title_only and pos <= t.first and t.last < m.first
              for k in range(t.first - (t.prep is not None and tokens[t.first - 1].norm == t.prep), t.last + 1)}
    rest = [k for k in range(pos, m.first) if k not in titled and not is_title_like(tokens[k])
            and not abbreviated_title(tokens, k)]
    lead = m.first - 1
    while lead >= pos and lead not in titled and is_title_like(tokens[lead]):
        lead -= 1  # «سفير كوريا لدى المملكة السيد كيم جين سو»: an honorific between title and name
    return (m.entity is not None and m.entity.type == "PER" and lead in titled
            and all(tokens[k].norm in SOFT_BOUNDARY for k in rest))


DASHES = frozenset({"-", "–", "—"})


def in_dashes(tokens: list[Token], view: SentenceView, m: Mention, end: int) -> bool:
    """The mention lies in an aside between two dashes before token `end` («وكانت الأجهزة الأمنية - عقب
    وقوع التفجير في مسجد الإمام الصادق - ألقت القبض»)."""
    opened = sum(tokens[k].text.strip() in DASHES for k in range(view.lo, m.first)) % 2 == 1
    return opened and any(tokens[k].text.strip() in DASHES for k in range(m.last + 1, end))


def without_asides(gap: list[str]) -> list[str]:
    """The words between two arguments less the asides that leave the clause open: a time in brackets or
    between commas («اليوم (الأربعاء)،»، «، اليوم الأحد،») and a short prepositional phrase between commas («استقبل X، في قصر السلام، Y»)."""
    out: list[str] = []
    k = 0
    while k < len(gap):
        end = gap.index(")", k) if gap[k] == "(" and ")" in gap[k:] else -1
        if gap[k] in SOFT_BOUNDARY:  # «كرم X، اليوم الأحد، السائق Y»: a time between commas
            end = next((n for n in range(k + 1, len(gap)) if gap[n] in SOFT_BOUNDARY), -1)
        if end > k + 1 and all(w in TIME_WORDS or w.isdigit() for w in gap[k + 1:end]):
            k = end + 1
            continue
        out.append(gap[k])
        k += 1
    inner = out[1:-1]
    if (len(out) >= 3 and out[0] in SOFT_BOUNDARY and out[-1] in SOFT_BOUNDARY and inner[0] in PREPOSITIONS
            and len(inner) <= MAX_ASIDE
            and not any(w in PUNCT_BOUNDARY or w in RELATIVES or w in COMPLEMENTIZERS for w in inner)):
        return []
    return out


def _opens_pp(token: Token) -> bool:
    """A preposition, or a plain word with a بـ/لـ proclitic (a prepositional phrase starts there)."""
    if token.norm in PREPOSITIONS:
        return True
    return any(w.kind == "proclitic" and w.text in ("ب", "ل") for w in token.words) and not is_title_like(token)


def _in_title(tokens: list[Token], view: SentenceView, k: int) -> bool:
    """«الأمين العام للأمم المتحدة»: a لـ phrase right after a title word completes the title."""
    return k > view.lo and tokens[k].norm not in PREPOSITIONS and tokens[k - 1].norm in TITLE_WORDS


def _closed_pp(tokens: list[Token], k: int) -> bool:
    """«خلال ذلك»، «بعد هذا»: a preposition whose object is a demonstrative closes at once; so does one whose
    object carries a possessive pronoun («في مكتبه»، «بمقره»): a possessed noun ends its phrase."""
    if tokens[k].norm not in PREPOSITIONS:
        return _possessed(tokens[k])
    if (k + 2 < len(tokens) and tokens[k + 1].norm.startswith("ال") and tokens[k + 2].norm in TITLE_WORDS
            and not tokens[k + 2].norm.startswith("ال")):
        return True  # «استقبل ... في المركز سفير ...»: one definite noun, then a title starts a new phrase
    return k + 1 < len(tokens) and (tokens[k + 1].norm in DEICTIC_WORDS or _possessed(tokens[k + 1]))


def _possessed(token: Token) -> bool:
    """A noun with a possessive pronoun, read on the written form (ـه, not the ـة that normalizes to it)."""
    text = token.text.rstrip("ًٌٍَُِّْ")
    return len(text) >= 5 and text.endswith(("ه", "ها", "هم")) and not text.endswith(("يه", "اه", "ية"))


def before(tokens: list[Token], view: SentenceView, i: int, prev_trigger: int) -> Before:
    """Mentions before the trigger in its clause."""
    start = max(view.lo, prev_trigger + 1)
    for k in range(i - 1, start - 1, -1):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY or tokens[k].text in OPENING_QUOTES:  # («بيان الجيش «قتل ثلاثة ...»»)
            return Before(view.mentions_between(k + 1, i), False)
        if norm in RELATIVES:
            ante = [m for m in view.mentions if m.last in (k - 1, k - 2) and not m.title_only
                    and (m.prep is None or not m.is_place)]  # («مع نظيرهم جون كيري، الذي وصل»)
            return Before(view.mentions_between(k + 1, i), True, ante[-1:], relative=True)
        if norm in CLAUSE_OPENERS:  # the subject of the main clause is not carried into it
            return Before(view.mentions_between(k + 1, i), True)
        if stem_of(tokens[k]) in COMPLEMENTIZERS or norm in COMPLEMENTIZERS:
            anchor: list[Mention] = []
            if norm.endswith(("ه", "ها", "هم")):  # «أنها»: the pronoun is the subject of the main verb
                main = [m for m in view.mentions_between(view.lo, k) if m.prep is None]
                anchor = main[:1]
            return Before(view.mentions_between(k + 1, i), True, anchor)
    if prev_trigger >= view.lo:
        return Before([], False)  # the nouns between two verbs belong to the first one: the subject is shared
    return Before(view.mentions_between(start, i), False)


def groups(mentions: list[Mention]) -> list[list[Mention]]:
    """Consecutive mentions joined by و form one group."""
    out: list[list[Mention]] = []
    for m in mentions:
        if out and m.coord == "و":
            out[-1].append(m)
        else:
            out.append([m])
    return out


def close(tokens: list[Token], view: SentenceView, i: int, m: Mention, gap: int = MAX_GENITIVE_GAP) -> bool:
    """A mention is close to a noun when at most `gap` plain words (titles, adjectives, commas aside) and
    no preposition part them."""
    inside = view.title_tokens()
    plain = [k for k in range(i + 1, m.first)
             if k not in inside and not is_title_like(tokens[k]) and tokens[k].norm not in SOFT_BOUNDARY
             and not abbreviated_title(tokens, k)
             and tokens[k].text not in QUOTES]
    return len(plain) <= gap and not any(tokens[k].norm in PREPOSITIONS for k in plain)
