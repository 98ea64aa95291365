"""Whatever the text, coded events point into it: spans match, participants are substrings, types are valid."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import MODALITIES, PLOVER_TYPES, Canonical, Entity
from marsad.events import code_events
from tests.events.conftest import build_doc

WORDS = [
    "زار", "وزار", "التقى", "والتقى", "هاجم", "هجوم", "الهجوم", "قصفت", "اعتقلت", "اعتقال", "تظاهر", "احتجاج",
    "وقع", "اتفاقية", "طالب", "بالإفراج", "عن", "في", "على", "مع", "إلى", "من", "قبل", "و", "ثم", "،", ".",
    "الرئيس", "وزير", "الخارجية", "قوات", "الأمن", "المتظاهرين", "لم", "سيزور", "إذا", "وفق", "قال", "أن",
    "الذي", "التي", "تم", "استقباله", "زيارته", "عام", "2020", "أمس", "مدينة", "بغداد", "دمشق", "سمير", "علي",
]


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
    text = " ".join(words)
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for word in words:
        if draw(st.integers(0, 5)) == 0 and word.isalpha():
            spans.append((pos, pos + len(word), draw(st.sampled_from(["PER", "ORG", "GPE", "LOC", "NORP"]))))
        pos += len(word) + 1
    return text, spans


@settings(max_examples=150, deadline=None)
@given(documents())
def test_events_always_point_into_the_text(sample: tuple[str, list[tuple[int, int, str]]]) -> None:
    text, spans = sample
    doc = build_doc(text, [])
    doc.entities = [
        Entity(f"T{n}", text[a:b], etype, a, b, Canonical(text[a:b])) for n, (a, b, etype) in enumerate(spans, 1)
    ]
    for event in code_events(doc):
        assert event.type in PLOVER_TYPES and event.modality in MODALITIES
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        assert event.sentence.start <= event.trigger.start < event.trigger.end <= event.sentence.end
        for p in [*event.actor, *event.recipient, *event.attributed_to]:
            assert p.text and p.text in text
            if p.start is not None and p.end is not None:
                assert text[p.start:p.end] == p.text
        if event.location is not None:
            assert event.location.text in text
        assert 0.0 <= event.confidence <= 1.0
