"""Who protests and against whom when the protest is a noun: a counted crowd carried by a light verb, and the
person named after «احتجاجا على»; invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document, Event
from marsad.events import code_events

MakeDoc = Callable[..., Document]


def _pairs(doc: Document) -> list[tuple[list[str], list[str]]]:
    events: list[Event] = [e for e in code_events(doc) if e.type == "PROTEST"]
    return [([p.text for p in e.actor], [p.text for p in e.recipient]) for e in events]


def test_a_crowd_after_the_light_verb(make_doc: MakeDoc) -> None:
    doc = make_doc("ونفذ أكثر من ألف شخص اعتصاما عند دوار الزراعة في مدينة اللاذقية.",
                   [("اللاذقية", "GPE", "SYR")])
    assert _pairs(doc) == [(["أكثر من ألف شخص"], [])]


def test_a_crowd_before_a_plural_light_verb(make_doc: MakeDoc) -> None:
    doc = make_doc("وأعلن المرصد أن نحو ألف سوري بدأوا اعتصاما في مدينة اللاذقية.",
                   [("المرصد", "ORG", "SYR"), ("اللاذقية", "GPE", "SYR")])
    assert _pairs(doc) == [(["ألف سوري"], [])]


def test_the_person_protested_against(make_doc: MakeDoc) -> None:
    doc = make_doc("ونفذ أكثر من ألف شخص اعتصاما في اللاذقية احتجاجا على قتل سليمان هلال الأسد للعقيد حسان الشيخ.",
                   [("اللاذقية", "GPE", "SYR"), ("سليمان هلال الأسد", "PER", "SYR"), ("حسان الشيخ", "PER", "SYR")])
    assert _pairs(doc) == [(["أكثر من ألف شخص"], ["سليمان هلال الأسد"])]


def test_a_protest_against_a_measure_names_no_one(make_doc: MakeDoc) -> None:
    doc = make_doc("وتظاهر المئات في عمان احتجاجا على رفع أسعار الوقود.", [("عمان", "GPE", "JOR")])
    assert _pairs(doc) == [(["المئات"], [])]


def test_a_target_in_another_clause_is_not_the_protests(make_doc: MakeDoc) -> None:
    doc = make_doc("وتظاهر المئات في عمان، فيما اعتقلت الشرطة محتجين خرجوا احتجاجا على زيارة عمر البشير.",
                   [("عمان", "GPE", "JOR"), ("عمر البشير", "PER", "SDN")])
    assert (["المئات"], ["عمر البشير"]) not in _pairs(doc)


def test_one_protest_described_with_two_crowds_is_one_event(make_doc: MakeDoc) -> None:
    doc = make_doc("تظاهر مئات الطلاب أمام وزارة التعليم في تايبيه. ورفع المتظاهرون لافتات تندد بالمناهج وتظاهر المحتجون "
                   "حتى المساء.", [("وزارة التعليم", "ORG", "TWN"), ("تايبيه", "GPE", "TWN")])
    protests = [e for e in code_events(doc) if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].mentions


def test_protests_in_two_cities_stay_two(make_doc: MakeDoc) -> None:
    doc = make_doc("تظاهر مئات الطلاب في تايبيه. وتظاهر المحتجون في كاوهسيونغ.",
                   [("تايبيه", "GPE", "TWN"), ("كاوهسيونغ", "GPE", "TWN")])
    assert len([e for e in code_events(doc) if e.type == "PROTEST"]) == 2


def test_the_same_city_named_twice_is_one_place(make_doc: MakeDoc) -> None:
    doc = make_doc("تظاهر مئات الطلاب في بغداد. وتظاهر المحتجون في بغداد حتى المساء.", [("بغداد", "GPE", "IRQ")])
    assert len([e for e in code_events(doc) if e.type == "PROTEST"]) == 1


def test_protests_far_apart_stay_two(make_doc: MakeDoc) -> None:
    filler = " وأضاف المتحدث أن الحكومة تدرس الخطط الجديدة للتنمية في البلاد." * 20  # about 1,300 characters
    doc = make_doc("تظاهر مئات الطلاب يوم الأحد." + filler + " وفي خبر آخر، تظاهر عشرات العمال.", [])
    assert len([e for e in code_events(doc) if e.type == "PROTEST"]) == 2
