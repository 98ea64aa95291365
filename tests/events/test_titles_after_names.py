"""Titles and honorifics around a person's name are the person, never a participant of their own."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document, Event
from marsad.events import code_events

MakeDoc = Callable[..., Document]


def _pairs(events: list[Event], ptype: str) -> list[tuple[list[str], list[str]]]:
    return [([p.text for p in e.actor], [p.text for p in e.recipient]) for e in events if e.type == ptype]


def test_offices_after_the_hosts_name_are_his(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
                   "في جدة اليوم وزير الدولة القطري حمد العطية.",
                   [("محمد بن سلمان", "PER", "SAU"), ("جدة", "GPE", "SAU"), ("حمد العطية", "PER", "QAT")])
    assert _pairs(code_events(doc), "CONSULT") == [(["محمد بن سلمان"], ["حمد العطية"])]


def test_an_honorific_is_no_name(make_doc: MakeDoc) -> None:
    doc = make_doc("حضر الاستقبال مدير مكتب معالي الوزير السفير محمد الكلابي. وزار معالي وزير الخارجية الأستاذ عادل الجبير "
                   "السفارة في روما. وأجرى معالي وزير الخارجية "
                   "عادل الجبير مباحثات أمس مع معالي وزير الخارجية الإيطالي باولو جينتيلوني في روما.",
                   [("محمد الكلابي", "PER", "SAU"), ("عادل الجبير", "PER", "SAU"), ("روما", "GPE", "ITA"),
                    ("باولو جينتيلوني", "PER", "ITA")])
    pairs = _pairs(code_events(doc), "CONSULT")
    assert (["عادل الجبير"], ["باولو جينتيلوني"]) in pairs
    assert not any("معالي" in name for actors, recipients in pairs for name in actors + recipients)
