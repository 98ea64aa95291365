"""Denials («نفى», REJECT: only with a named denier, the denied act kept as negated) and referrals to the
courts («أحال ... إلى القضاء», ACCUSE): invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document
from marsad.events import code_events

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_a_denial_by_a_named_ambassador_posted_abroad(make_doc: MakeDoc) -> None:
    doc = make_doc("نفى سفير المملكة في لبنان علي عواض عسيري امس ان يكون المتهم يحمل الجنسية السعودية.",
                   [("لبنان", "GPE", "LBN")])
    assert event_pairs(doc, "REJECT") == [(["علي عواض عسيري"], [])]


def test_a_denial_needs_a_named_denier(make_doc: MakeDoc) -> None:
    doc = make_doc("ونفى أن يكون قد التقى أحدا.", [])
    assert event_pairs(doc, "REJECT") == []


def test_a_referral_to_the_courts_accuses_whom_it_refers(make_doc: MakeDoc) -> None:
    doc = make_doc("اعلنت النيابة العامة في الامارات الاحد احالة 41 شخصا الى القضاء بتهمة الانتماء الى تنظيم ارهابي.",
                   [("الامارات", "GPE", "ARE")])
    assert event_pairs(doc, "ACCUSE") == [(["النيابة العامة"], ["41 شخصا"])]
    doc = make_doc("وأحالت النيابة العامة المتهمين إلى المحكمة الجنائية.", [])
    assert event_pairs(doc, "ACCUSE") == [(["النيابة العامة"], ["المتهمين"])]


def test_a_referral_elsewhere_is_no_accusation(make_doc: MakeDoc) -> None:
    doc = make_doc("أحال الرئيس المشروع إلى البرلمان.", [])
    assert event_pairs(doc, "ACCUSE") == []



def test_a_denial_reaches_through_an_kana(make_doc: MakeDoc) -> None:
    doc = make_doc("نفى المتحدث باسم التحالف أن تكون طائراته قد قصفت حفل زفاف في تعز.", [("تعز", "GPE", "YEM")])
    assert [e.modality for e in code_events(doc) if e.type == "ASSAULT"] == ["negated"]
