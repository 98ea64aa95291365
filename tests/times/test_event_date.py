"""resolve_event_date: the most specific time of the sentence, else the publication date."""

from __future__ import annotations

from marsad.document import Document, Span
from marsad.times.event_date import published_date, resolve_event_date
from marsad.times.extract import find_times

TEXT = ("زار الوزير أنقرة. وسبق أن زار إسطنبول في عام 2024، وتحديدا في أكتوبر الماضي. "
        "وقع الهجوم أمس قرب الحدود.")


def sentence(text: str, fragment: str) -> Span:
    start = text.index(fragment)
    return Span(start, start + len(fragment), fragment)


def test_most_specific_expression_of_the_sentence() -> None:
    doc = Document(text=TEXT, published="2025-04-05")
    doc.times = find_times(TEXT, doc.published)
    date = resolve_event_date(doc, sentence(TEXT, "وسبق أن زار إسطنبول في عام 2024، وتحديدا في أكتوبر الماضي."))
    assert (date.value, date.precision, date.source) == ("2024-10", "month", "text")
    date = resolve_event_date(doc, sentence(TEXT, "وقع الهجوم أمس قرب الحدود."))
    assert (date.value, date.precision, date.source) == ("2025-04-04", "day", "text")


def test_falls_back_to_the_publication_date() -> None:
    doc = Document(text=TEXT, published="2025-04-05")
    doc.times = find_times(TEXT, doc.published)
    date = resolve_event_date(doc, sentence(TEXT, "زار الوزير أنقرة."))
    assert (date.value, date.precision, date.source) == ("2025-04-05", "day", "published")


def test_works_before_the_times_stage_ran() -> None:
    doc = Document(text=TEXT, published="2025-04-05")
    date = resolve_event_date(doc, sentence(TEXT, "وقع الهجوم أمس قرب الحدود."))
    assert date.value == "2025-04-04" and date.source == "text"


def test_publication_date_forms() -> None:
    assert published_date(Document(text="نص", published="2025-04")).precision == "month"
    unknown = published_date(Document(text="نص"))
    assert (unknown.value, unknown.precision, unknown.source) == (None, "unknown", "published")


def test_unresolvable_expression_falls_back() -> None:
    doc = Document(text="وقع الهجوم أمس قرب الحدود.")
    date = resolve_event_date(doc, Span(0, len(doc.text)))
    assert (date.value, date.precision, date.source) == (None, "unknown", "published")
