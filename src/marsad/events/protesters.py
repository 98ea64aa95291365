"""Protests told through the protesters: «رفع المحتجون شعارات»، «أغلق متظاهرون الشوارع».

A noun for people who protest (متظاهرون، محتجون، معتصمون) as the subject right after a verb, or as a side
of clashes, tells a protest even when no verbal noun (تظاهرة، احتجاج) does. The trigger is the noun itself, the actor
the noun phrase; a sentence that already has a protest trigger is left to it.
"""

from __future__ import annotations

from marsad.document import Token
from marsad.events.arguments import FIGHT_NOUNS, Arguments
from marsad.events.cues import PREPOSITIONS, PROTESTER_HEADS, TIME_WORDS
from marsad.events.lexicon import TriggerSense
from marsad.events.names import NOT_NAMES
from marsad.events.sentence import SentenceView, is_title_like, stem_of
from marsad.events.triggers import TriggerMatch, rule_trigger

FIGHT_SIDE_REACH = 6  # words from a noun of clashes to the protesters on one side
PROTESTER_SENSE = TriggerSense("متظاهرين", "PROTEST", "demonstrate", "141", "N", "متظاهرين", 0.6, "rule")


def protester_events(tokens: list[Token], view: SentenceView,
                     triggers: list[TriggerMatch]) -> list[tuple[TriggerMatch, Arguments]]:
    """(trigger, arguments) for each protester noun phrase that is the subject of a verb."""
    if any(t.sense.type == "PROTEST" for t in triggers):
        return []
    out = []
    for m in view.mentions:
        head = tokens[m.first]
        fought = any(t.sense.lemma in FIGHT_NOUNS and 0 < m.first - t.token <= FIGHT_SIDE_REACH for t in triggers)
        if (m.entity is not None or m.title_only or m.prep not in (None, "بين" if fought else None)
                or stem_of(head) not in PROTESTER_HEADS):
            continue
        before = m.first > view.lo and _verb_like(tokens[m.first - 1])  # «رفع المحتجون شعارات»
        after = m.last + 1 < view.hi and _verb_like(tokens[m.last + 1]) and tokens[m.last + 1].norm[:1] in "يتاو"
        if not (before or after or fought):  # (or «المتظاهرين أقدموا على قطع الطريق»، «محتج يمطر بلاتر»،
            continue  # «مواجهات بين الشرطة ومحتجين أكراد»: protesters are a side of the clashes)
        place = next((p for p in view.mentions if p.first > m.last and p.is_place and p.prep == "في"), None)
        out.append((rule_trigger(tokens, m.first, PROTESTER_SENSE), Arguments(actor=[m], location=place)))
    return out


def _verb_like(token: Token) -> bool:
    """A word that may be a verb: no article, no preposition, no number, no title or time word."""
    norm = token.norm
    return (norm.isalpha() and not norm.startswith(("ال", "لل")) and norm not in PREPOSITIONS
            and norm not in NOT_NAMES and norm not in TIME_WORDS and not is_title_like(token)
            and not norm.endswith(("ه", "ات")) and len(norm) >= 3
            and not norm.startswith(("سي", "ست", "سن", "وسي", "وست")))  # «ستمنع متظاهرين»: not yet
