"""The date of an event: the most specific time expression of its sentence, else the
publication date.

Used by the events stage. An explicit expression in the sentence ("في سبتمبر 2023") dates
the event better than the article's publication date, which is only a fallback (reports
mostly describe the last day or two before publication).
"""

from __future__ import annotations

from marsad.document import Document, EventDate, Span, TimeExpr
from marsad.times.calendar import parse_anchor
from marsad.times.extract import find_times

# Most specific first; "range" is less specific than a year ("2025/2030").
_RANK = {"day": 0, "month": 1, "year": 2, "range": 3}


def resolve_event_date(doc: Document, sentence: Span) -> EventDate:
    """The date of an event in `sentence` (offsets into `doc.text`).

    Takes the resolved time expressions of `doc.times` inside the sentence (or finds them,
    when the times stage has not run) and returns the most specific one, the first on a tie,
    with `source="text"`; else the publication date with `source="published"`.
    """
    times = [t for t in doc.times if sentence.start <= t.start and t.end <= sentence.end]
    if not doc.times:
        times = find_times(doc.text, doc.published, [(sentence.start, sentence.end)])
    best = _most_specific(times)
    if best is not None:
        return EventDate(best.value, best.precision, "text")
    return published_date(doc)


def published_date(doc: Document) -> EventDate:
    """The publication date as an `EventDate` (precision day or month; unknown if absent)."""
    anchor = parse_anchor(doc.published)
    if anchor is None:
        return EventDate(None, "unknown", "published")
    if anchor.day is None:
        return EventDate(f"{anchor.year:04d}-{anchor.month:02d}", "month", "published")
    return EventDate(anchor.date.isoformat(), "day", "published")


def _most_specific(times: list[TimeExpr]) -> TimeExpr | None:
    usable = [t for t in times if t.value is not None and t.precision in _RANK]
    if not usable:
        return None
    return min(usable, key=lambda t: (_RANK[t.precision], t.start))
