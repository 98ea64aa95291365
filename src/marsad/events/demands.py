"""Demands told as what someone must do: «قال X إن على Y أن يسكت أسلحته»، «وأكد أنه يجب على Y أن ...».

«على Y أن» right after the complementizer of a verb of saying (or after «يجب»، «ينبغي»، «يتعين») is a
demand of the speaker on Y: a REQUEST with no trigger word of its own. The trigger is «على», the actor
the speaker named after the verb of saying, the recipient Y.
"""

from __future__ import annotations

from marsad.document import Token
from marsad.events.arguments import Arguments
from marsad.events.constructions import mention_at, plain_words
from marsad.events.cues import PUNCT_BOUNDARY, REPORTING_VERBS, people_noun
from marsad.events.lexicon import TriggerSense
from marsad.events.sentence import QUOTES, Mention, SentenceView, stem_of, without_conjunction
from marsad.events.triggers import TriggerMatch, rule_trigger

DEMAND_SENSE = TriggerSense("علي", "REQUEST", None, "020", "N", "علي", 0.5, "rule")
OPENERS = frozenset({"ان", "انه", "بان", "يجب", "ينبغي", "يتعين", "لابد"})
MUST_REACH = 9  # words from «على» to the «أن» of what must be done
BRACKETS = frozenset("()")
SPEAKER_REACH = 24  # words from the verb of saying to «على»


def demand_events(tokens: list[Token], view: SentenceView,
                  triggers: list[TriggerMatch]) -> list[tuple[TriggerMatch, Arguments]]:
    """(trigger, arguments) for each «على Y أن» demand of a named speaker in the sentence."""
    if any(t.sense.type == "REQUEST" for t in triggers):
        return []  # «دعا X Y إلى»: the sentence's own request verb says it
    out = []
    for k in range(view.lo + 1, view.hi - 2):
        before = k - 1 if tokens[k - 1].text not in QUOTES or k - 2 < view.lo else k - 2  # («إن «على X أن»)
        if tokens[k].norm != "علي" or without_conjunction(tokens[before].norm) not in OPENERS:
            continue
        must = next((j for j in range(k + 2, min(view.hi - 1, k + 2 + MUST_REACH)) if tokens[j].norm == "ان"), None)
        if (must is None or not _imperfect(tokens[must + 1])
                or any(tokens[j].norm in PUNCT_BOUNDARY and tokens[j].text not in BRACKETS for j in range(k + 1, must))):
            continue  # («إن على رأس أولوياتها أن يعود الأمن»: a place in a list, not a duty)
        speaker = _speaker(tokens, view, k) or (out[-1][1].actor[0] if out else None)  # («..., ويجب على Z أن»)
        whom = _bound(tokens, view, k + 1)
        if speaker is None or whom is None or whom.last >= must:
            continue
        out.append((rule_trigger(tokens, k, DEMAND_SENSE), Arguments(actor=[speaker], recipients=[[whom]])))
    return out


def _imperfect(token: Token) -> bool:
    """A verb in the imperfect, as «أن» takes it («أن يسكت»، «أن تكف»)."""
    return token.norm.isalpha() and token.norm[:1] in ("ي", "ت", "ن") and len(token.norm) >= 3


def _bound(tokens: list[Token], view: SentenceView, k: int) -> Mention | None:
    """Who is bound to act: a named party, a group, or plain words for people («على المسلحين»), not any noun
    («على الرغم»، «على طاولة المفاوضات»)."""
    named = mention_at(view, k)
    if named is not None:
        return named
    return plain_words(tokens, view, k) if people_noun(tokens[k].norm) else None


def _speaker(tokens: list[Token], view: SentenceView, k: int) -> Mention | None:
    """The named subject of the verb of saying before token k: «وقال الرئيس المشارك لحزب X، صلاح الدين
    ديمرتاش، إن ...» (the name rather than its title)."""
    said = next((j for j in range(k - 1, max(view.lo, k - SPEAKER_REACH) - 1, -1)
                 if tokens[j].norm in REPORTING_VERBS or stem_of(tokens[j]) in REPORTING_VERBS), None)
    if said is None:
        return None
    subjects = [m for m in view.mentions if said < m.first and m.last < k and m.prep is None and not m.title_only
                and not m.is_place]
    named = [m for m in subjects if m.entity is not None and m.entity.type in ("PER", "ORG", "GPE")]
    return named[-1] if named else (subjects[0] if subjects else None)
