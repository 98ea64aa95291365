"""Modality of an event: asserted, negated, future, hypothetical or historical.

Read from cue words just before the trigger (لم زار، لن يزور، عدم، نفى ... قصف), the future
prefix سـ on the trigger itself, future cues in the clause (من المقرر، يعتزم، سوف), conditional
words before it (إذا، لو، في حال), and the event date: an event dated more than a year before
publication is historical (في عام 2020).
"""

from __future__ import annotations

from datetime import date

from marsad.document import EventDate, Token
from marsad.events.cues import DENIAL_VERBS, FUTURE_CUES, HYPOTHETICAL_CUES, NEGATORS, PUNCT_BOUNDARY
from marsad.events.sentence import SentenceView, stem_of
from marsad.events.triggers import TriggerMatch

NEGATION_WINDOW = 2
DENIAL_WINDOW = 5
FUTURE_WINDOW = 5
HISTORICAL_DAYS = 365


def modality(tokens: list[Token], view: SentenceView, trig: TriggerMatch, when: EventDate | None,
             published: str | None) -> str:
    """The modality of the event of `trig`."""
    before = _clause_before(tokens, view, trig.token)
    near = [t.norm for t in before[-NEGATION_WINDOW:]]
    if any(n in NEGATORS and n != "ما" for n in near) or near[-1:] == ["ما"]:
        return "negated"
    if any(t.norm in DENIAL_VERBS or stem_of(t) in DENIAL_VERBS for t in before[-DENIAL_WINDOW:]):
        return "negated"
    if any(t.norm in HYPOTHETICAL_CUES or stem_of(t) in HYPOTHETICAL_CUES for t in before):
        return "hypothetical"
    if trig.sense.future:
        return "future"
    if any(t.norm in FUTURE_CUES or stem_of(t) in FUTURE_CUES for t in before[-FUTURE_WINDOW:]):
        return "future"
    if when is not None and when.source == "text" and _long_before(when.value, published):
        return "historical"
    return "asserted"


def _clause_before(tokens: list[Token], view: SentenceView, i: int) -> list[Token]:
    start = view.lo
    for k in range(i - 1, view.lo - 1, -1):
        if tokens[k].norm in PUNCT_BOUNDARY and tokens[k].norm not in ("،", ","):
            start = k + 1
            break
    return tokens[start:i]


def _long_before(value: str | None, published: str | None) -> bool:
    if not value or not published:
        return False
    try:
        event_year = int(value[:4])
        pub_parts = published[:10].split("-")
        pub = date(int(pub_parts[0]), int(pub_parts[1]) if len(pub_parts) > 1 else 6,
                   int(pub_parts[2]) if len(pub_parts) > 2 else 15)
    except ValueError:
        return False
    parts = value[:10].split("-")
    event = date(event_year, int(parts[1]) if len(parts) > 1 else 12, int(parts[2]) if len(parts) > 2 else 28)
    return (pub - event).days > HISTORICAL_DAYS
