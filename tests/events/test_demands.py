"""Demands told as what someone must do («قال X إن على Y أن ...»); invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_ala_after_the_complementizer_of_a_speaker(make_doc: MakeDoc) -> None:
    doc = make_doc("وأكد وزير الخارجية عادل الجبير أن على إيران أن تكف عن التدخل في شؤون المنطقة.",
                   [("عادل الجبير", "PER", "SAU"), ("إيران", "GPE", "IRN")])
    assert event_pairs(doc, "REQUEST") == [(["عادل الجبير"], ["إيران"])]


def test_a_quoted_demand_and_a_second_one_with_yajib(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال رئيس الحزب، صلاح الدين ديمرتاش، إن «على المسلحين أن يلقوا أسلحتهم، ويجب على الحكومة التركية أن توقف "
                   "عملياتها».", [("صلاح الدين ديمرتاش", "PER", "TUR")])
    assert event_pairs(doc, "REQUEST") == [(["صلاح الدين ديمرتاش"], ["المسلحين"]),
                                           (["صلاح الدين ديمرتاش"], ["الحكومة التركية"])]


def test_an_attack_on_something_is_no_demand(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال الوزير إن الهجوم على القاعدة أن يكون رسالة.", [])
    assert event_pairs(doc, "REQUEST") == []


def test_insisting_on_something_is_no_demand(make_doc: MakeDoc) -> None:
    doc = make_doc("وشدد الوزير على أن التعاون مستمر.", [])
    assert event_pairs(doc, "REQUEST") == []


def test_no_speaker_no_demand(make_doc: MakeDoc) -> None:
    doc = make_doc("ويجب على الحكومة أن توفر الخدمات.", [])
    assert event_pairs(doc, "REQUEST") == []
