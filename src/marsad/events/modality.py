"""Modality of an event: asserted, negated, future, hypothetical or historical.

Read from cue words just before the trigger (لم زار، لن يزور، عدم، نفى ... قصف), the future
prefix سـ on the trigger itself, future cues in the clause (من المقرر، يعتزم، سوف), conditional
words before it (إذا، لو، في حال), and the event date: an event dated more than a year before
publication is historical (في عام 2020).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from marsad.document import EventDate, Token
from marsad.events.cues import (
    DENIAL_VERBS,
    FUTURE_CUES,
    HYPOTHETICAL_CUES,
    LIGHT_VERBS,
    NEGATORS,
    PUNCT_BOUNDARY,
)
from marsad.events.sentence import SentenceView, stem_of, without_conjunction
from marsad.events.triggers import TriggerMatch

NEGATION_WINDOW = 3
DENIAL_WINDOW = 5
FUTURE_WINDOW = 5
LIGHT_STEMS = frozenset({"نفذ", "عقد", "شن", "نظم", "جري", "قوم", "بدا", "واصل", "قود", "وقع", "برم", "طلق", "شارك"})
# What follows the future prefix and person letter of a light verb: «ستنفذ»، «سيعقد» (and «سيجري» as «يجري»).
FUTURE_LIGHT_STEMS = LIGHT_STEMS | LIGHT_VERBS | frozenset(v[1:] for v in LIGHT_VERBS if v[:1] in "يت")
HISTORICAL_DAYS = 365
DENIED_THAT_REACH = 8  # words from «نفى» to its «أن يكون»
BE_FORMS = frozenset({"يكون", "تكون", "يكونوا", "يكونا", "تكونا"})
# «مسيرات مقررة يوم غد»: an indefinite noun's adjective that puts it ahead (not «شاركوا أمس في التظاهرة المرتقبة»).
SCHEDULED = frozenset({"مقرر", "مقرره", "مرتقب", "مرتقبه", "مزمع", "مزمعه"})
ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def modality(tokens: list[Token], view: SentenceView, trig: TriggerMatch, when: EventDate | None,
             published: str | None) -> str:
    """The modality of the event of `trig`."""
    before = _clause_before(tokens, view, trig.token)
    near = [t.norm for t in before[-NEGATION_WINDOW:]]
    if any(n in NEGATORS and n != "ما" for n in near) or near[-1:] == ["ما"]:
        return "negated"
    if any(t.norm in DENIAL_VERBS or stem_of(t) in DENIAL_VERBS for t in before[-DENIAL_WINDOW:]):
        return "negated"
    if _denied_that(before):
        return "negated"  # «نفى المتحدث باسم التحالف أن تكون طائراته قد قصفت»: the denial reaches through «أن يكون»
    if near[-1:] == ["اي"] and any(t.norm in NEGATORS for t in before[-DENIAL_WINDOW:]):
        return "negated"  # «لم تشهد المدينة أي احتجاجات»: not any
    if any(t.norm in HYPOTHETICAL_CUES or stem_of(t) in HYPOTHETICAL_CUES for t in before):
        return "hypothetical"
    if trig.sense.future or (trig.sense.kind == "N" and _future_light_verb(before[-2:])):
        return "future"
    if trig.sense.kind == "N" and trig.token + 1 < view.hi and tokens[trig.token + 1].norm in SCHEDULED:
        return "future"
    if any(t.norm in FUTURE_CUES or stem_of(t) in FUTURE_CUES for t in before[-FUTURE_WINDOW:]):
        return "future"
    if when is not None and when.source == "text" and _long_before(when.value, published):
        return "historical"
    return "asserted"


def _denied_that(before: list[Token]) -> bool:
    """A denial verb, then «أن يكون/تكون» (within DENIED_THAT_REACH words of it) before the trigger."""
    for n, tok in enumerate(before):
        if tok.norm in DENIAL_VERBS or stem_of(tok) in DENIAL_VERBS:
            ahead = [t.norm for t in before[n + 1:n + 1 + DENIED_THAT_REACH]]
            if any(a in ("ان", "بان") and b in BE_FORMS for a, b in pairwise(ahead)):
                return True
    return False


def _future_light_verb(before: list[Token]) -> bool:
    """«ستنفذ مسيرة»، «سيعقد اجتماعا»: the verb that carries the noun has the future prefix."""
    for tok in before:
        norm = without_conjunction(tok.norm)
        if norm[:2] in ("سي", "ست", "سن") and len(norm) >= 4 and norm[2:] in FUTURE_LIGHT_STEMS:
            return True
    return False


def _clause_before(tokens: list[Token], view: SentenceView, i: int) -> list[Token]:
    start = view.lo
    for k in range(i - 1, view.lo - 1, -1):
        if tokens[k].norm in PUNCT_BOUNDARY and tokens[k].norm not in ("،", ","):
            start = k + 1
            break
    return tokens[start:i]


def _long_before(value: str | None, published: str | None) -> bool:
    """Whether a date (ISO prefix, or a range: its start) lies more than a year before publication."""
    event, pub = _as_date(value, last=True), _as_date(published, last=False)
    return event is not None and pub is not None and (pub - event).days > HISTORICAL_DAYS


def _as_date(value: str | None, last: bool) -> date | None:
    """The date of an ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD), at the end of the period when `last`."""
    match = ISO_PREFIX.match(value or "")
    if match is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else (12 if last else 6)
    day = int(match.group(3)) if match.group(3) else (28 if last else 15)
    try:
        return date(year, month, day)
    except ValueError:
        return None
