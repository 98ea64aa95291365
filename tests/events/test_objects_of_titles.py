"""What follows a definite title is its object, what was suffered names its doer after «من قبل», and a
speaker's circumstantial participle («محملا») is an act of his: invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_a_definite_title_takes_no_genitive(make_doc: MakeDoc) -> None:
    doc = make_doc("وناشد المفتي الدول العربية ومنظمة التعاون الإسلامي ضرورة التدخل العاجل.",
                   [("منظمة التعاون الإسلامي", "ORG", None)])
    assert event_pairs(doc, "REQUEST") == [(["المفتي"], ["الدول العربية"]), (["المفتي"], ["منظمة التعاون الإسلامي"])]
    doc = make_doc("والتقى الوزير السفير الأمريكي في مكتبه.", [])
    assert event_pairs(doc, "CONSULT") == [(["الوزير"], ["السفير الأمريكي"])]


def test_a_place_after_a_definite_title_is_its_object(make_doc: MakeDoc) -> None:
    doc = make_doc("وحمل الوزير إسرائيل المسؤولية عن الهجوم.", [("إسرائيل", "GPE", "ISR")])
    assert event_pairs(doc, "ACCUSE") == [(["الوزير"], ["إسرائيل"])]


def test_the_sufferer_before_a_located_participle_and_the_doer_after_min_qibal(make_doc: MakeDoc) -> None:
    doc = make_doc("أوضحت شرطة منطقة تبوك أن امرأة ذكرت تعرض منزلها الواقع بضباء لإطلاق نار من قبل شخص مجهول.",
                   [("تبوك", "GPE", "SAU"), ("ضباء", "GPE", "SAU")])
    assert event_pairs(doc, "ASSAULT") == [(["شخص مجهول"], ["منزلها"])]
    doc = make_doc("تعرضت الدورية لإطلاق نار من قبل مسلحين.", [])
    assert event_pairs(doc, "ASSAULT") == [(["مسلحين"], ["الدورية"])]


def test_a_speakers_circumstantial_participle(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال الوزير إن الهجوم جبان، محملا الحوثيين مسؤولية الهجوم.", [("الحوثيين", "ORG", "YEM")])
    assert event_pairs(doc, "ACCUSE") == [(["الوزير"], ["الحوثيين"])]
    doc = make_doc("ووصلت إلى الميناء شاحنة محملة بالمساعدات.", [])
    assert event_pairs(doc, "ACCUSE") == []


