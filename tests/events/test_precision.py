"""Hard negatives: sentences that mention attacks, protests or meetings without one happening."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.document import Document
from marsad.events import code_events

MakeDoc = Callable[..., Document]
ENTITIES = [("الجيش", "ORG"), ("حلب", "GPE", "SYR"), ("التنظيم", "ORG"), ("الهلال", "ORG"), ("النصر", "ORG"),
            ("سمير علي", "PER"), ("الأردن", "GPE", "JOR")]


@pytest.mark.parametrize("text", [
    "وتعهدت الحكومة بمكافحة الهجمات الإرهابية في البلاد.",
    "ويلتقي الهلال والنصر في مباراة الدوري مساء الجمعة.",
    "وخطف اللاعب الأضواء في حفل الافتتاح.",
    "وأشاد المدرب بمسيرته الطويلة مع النادي.",
    "وأشاد الوزير بمسيرة التنمية في المملكة.",  # a march only with a protest word after it
    "وتضمنت الاحتفالات مسيرات للإبل والسيارات التراثية.",
    "واستدعت الأردن السفير احتجاجا على تصريحات سمير علي.",  # a diplomatic protest, no demonstration
    "وسلمت الأردن مذكرة احتجاج إلى السفير.",
    "وما زال القانون يثير احتجاجات قانونية غاضبة.",
    "وهو يختلف عن الكتاب ممن يتظاهر بالتعالم والإحاطة.",  # تظاهر بـ: to pretend
    "ووقع الحادث بعد ثلاث سنوات على هجوم مماثل في حلب.",  # an earlier attack that dates this one
    "وانفجر إطار السيارة على الطريق السريع.",
    "وتناول الكاتب في مقاله خطر الاعتداءات على البيئة.",
    "وقامت الهيئة بضبط الجودة في الأسواق.",
    "وأعلن الجيش وقف إطلاق النار في حلب.",  # a ceasefire: «إطلاق النار» after «وقف» is no shooting
    "وأعلن الجيش وقفا لإطلاق النار في حلب.",
])
def test_no_event_is_coded(make_doc: MakeDoc, text: str) -> None:
    assert code_events(make_doc(text, ENTITIES)) == []


def test_a_festival_programme_is_no_demonstration(make_doc: MakeDoc) -> None:
    text = ("وعرض المهرجان أفلام المخرج في السينما. وهناك عروض لتظاهرة ممنوحة للمخرج الراحل في المهرجان. "
            "وحضر العروض جمهور كبير.")
    assert [e for e in code_events(make_doc(text, ENTITIES)) if e.type == "PROTEST"] == []


def test_demonstrating_by_the_thousands(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("وتظاهروا بالآلاف في حلب.", ENTITIES))
    assert [e.type for e in events] == ["PROTEST"]


def test_a_drone_is_no_march(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("وأطلقت الطائرات المسيرة صواريخ على حلب.", ENTITIES))
    assert [e.type for e in events] == ["ASSAULT"]


def test_shooting_is_still_an_attack(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("وأطلق الجيش النار على التنظيم في حلب.", ENTITIES))
    assert [e.type for e in events] == ["ASSAULT"]


def test_denied_attack_is_negated(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("ونفى الجيش قصف مدينة حلب أمس.", ENTITIES))
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(e.modality == "negated" for e in attacks)
    assert [(e.type, e.modality) for e in events if e.type != "ASSAULT"] == [("REJECT", "asserted")]  # the denial


def test_attack_that_did_not_happen_is_negated(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("ولم يهاجم الجيش مدينة حلب.", ENTITIES))
    assert events and all(e.modality == "negated" for e in events)


def test_threat_is_a_threat_not_an_attack(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("وهدد التنظيم الجيش بشن هجمات جديدة.", ENTITIES))
    assert {e.type for e in events} == {"THREATEN"}


def test_a_state_protest_is_a_rebuke(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("واحتج الأردن رسميا على تصريحات سمير علي.", ENTITIES))
    assert [e.type for e in events] == ["ACCUSE"]


def test_a_death_at_someones_hands_is_an_attack_on_the_dead(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("مقتل جندي برصاص التنظيم في حلب.", ENTITIES))
    assert [(e.type, [a.text for a in e.actor], [r.text for r in e.recipient]) for e in events] == [
        ("ASSAULT", ["التنظيم"], ["جندي"])]


def test_a_death_with_no_killer_named_is_no_attack(make_doc: MakeDoc) -> None:
    assert code_events(make_doc("وأعلنت الشرطة مقتل ثلاثة أشخاص في حادث سير في حلب.", ENTITIES)) == []


def test_a_bare_count_is_no_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("مقتل 5 باشتباكات في أجدابيا.", [("أجدابيا", "GPE", "LBY")])
    assert all(p.text != "5" for e in code_events(doc) for p in e.recipient + e.actor)




def test_support_after_a_verb_of_saying_is_its_object(make_doc: MakeDoc) -> None:
    doc = make_doc("وأكد الأمير سعود بن نايف دعم حكومة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز للاستثمار.",
                   [("سعود بن نايف", "PER", "SAU"), ("سلمان بن عبدالعزيز", "PER", "SAU")])
    assert [e.type for e in code_events(doc)] == []  # the government's support, not the prince supporting it
