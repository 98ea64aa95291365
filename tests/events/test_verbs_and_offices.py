"""A verb opening the sentence that the NER tagged as a name of its own, and offices that speak without a
name: invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs, events_of

MakeDoc = Callable[..., Document]


def test_a_verb_tagged_as_a_lone_name_before_the_subject_is_the_verb(make_doc: MakeDoc) -> None:
    doc = make_doc("أدان صاحب السمو الأمير عبدالله بن مساعد العمل الإرهابي الذي استهدف مسجدا.",
                   [("أدان", "PER"), ("عبدالله بن مساعد", "PER")])
    assert event_pairs(doc, "ACCUSE") == [(["عبدالله بن مساعد"], ["العمل الإرهابي"])]


def test_a_name_that_is_also_a_verb_stays_a_name_before_a_verb(make_doc: MakeDoc) -> None:
    doc = make_doc("أدان يزور الرياض اليوم.", [("أدان", "PER"), ("الرياض", "GPE", "SAU")])
    assert event_pairs(doc, "CONSULT") == [(["أدان"], ["الرياض"])]
    assert event_pairs(doc, "ACCUSE") == []


def test_an_office_condemns_as_a_name_does(make_doc: MakeDoc) -> None:
    doc = make_doc("أدان وزير الداخلية العمل الإرهابي الذي استهدف مسجدا.", [])
    assert event_pairs(doc, "ACCUSE") == [(["وزير الداخلية"], ["العمل الإرهابي"])]


def test_an_unnamed_group_still_needs_a_name_to_condemn(make_doc: MakeDoc) -> None:
    doc = make_doc("أدان مسؤولون العمل الإرهابي الذي استهدف مسجدا.", [])
    assert event_pairs(doc, "ACCUSE") == []


def test_the_headline_office_is_the_person_the_body_names(make_doc: MakeDoc) -> None:
    doc = make_doc("رئيس البرلمان العراقي يطالب حيدر العبادي بإقالة الوزراء\nطالب رئيس مجلس النواب سليم الجبوري رئيس "
                   "الوزراء حيدر العبادي بإقالة الوزراء الفاسدين.", [("سليم الجبوري", "PER"), ("حيدر العبادي", "PER")])
    events = events_of(doc, "REQUEST")
    assert [([p.text for p in e.actor], len(e.mentions)) for e in events] == [(["سليم الجبوري"], 1)]


def test_an_office_after_the_headline_is_not_the_person_named_next(make_doc: MakeDoc) -> None:
    doc = make_doc("انتهى الاجتماع في بغداد.\nرئيس البرلمان العراقي يطالب حيدر العبادي بإقالة الوزراء. وطالب سليم الجبوري "
                   "حيدر العبادي بإقالة الوزراء الفاسدين.", [("سليم الجبوري", "PER"), ("حيدر العبادي", "PER")])
    assert [a for a, _ in event_pairs(doc, "REQUEST")] == [["رئيس البرلمان العراقي"], ["سليم الجبوري"]]


def test_an_office_ends_at_a_definite_noun_after_its_genitive(make_doc: MakeDoc) -> None:
    doc = make_doc("طالب رئيس الوزراء الحكومة بالاستقالة.", [])
    assert event_pairs(doc, "REQUEST") == [(["رئيس الوزراء"], ["الحكومة"])]
    doc = make_doc("التقى رئيس هيئة الأركان العامة الوفد الزائر.", [])  # («العامة»: an adjective goes on)
    assert event_pairs(doc, "CONSULT") == [(["رئيس هيئة الأركان العامة"], ["الوفد الزائر"])]


def test_a_bare_title_is_no_office_that_speaks(make_doc: MakeDoc) -> None:
    doc = make_doc("أدان الرئيس العمل الإرهابي الذي استهدف مسجدا.", [])
    assert event_pairs(doc, "ACCUSE") == []


def test_an_envoy_with_the_body_and_the_post_in_his_title_is_the_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("دعا المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد الأطراف المتحاربة "
                   "إلى الحوار.", [("لأمم المتحدة", "ORG"), ("اليمن", "GPE", "YEM"), ("إسماعيل ولد الشيخ أحمد", "PER")])
    assert event_pairs(doc, "REQUEST") == [(["إسماعيل ولد الشيخ أحمد"], ["الأطراف المتحاربة"])]


def test_two_offices_joined_by_and_are_one_persons_title(make_doc: MakeDoc) -> None:
    doc = make_doc("التقى المبعوث الخاص ورئيس بعثة الأمم المتحدة للدعم في ليبيا برناردينو ليون وزير الخارجية "
                   "الإيطالي باولو جينتيلوني.", [("الأمم المتحدة", "ORG"), ("ليبيا", "GPE", "LBY"),
                                                  ("برناردينو ليون", "PER"), ("باولو جينتيلوني", "PER")])
    assert event_pairs(doc, "CONSULT") == [(["برناردينو ليون"], ["باولو جينتيلوني"])]


def test_an_office_after_a_place_starts_a_new_phrase(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الرئيس عبد ربه منصور هادي في الرياض سفير الولايات المتحدة لدى اليمن ماثيو تولر.",
                   [("عبد ربه منصور هادي", "PER"), ("الرياض", "GPE", "SAU"), ("الولايات المتحدة", "GPE", "USA"),
                    ("اليمن", "GPE", "YEM"), ("ماثيو تولر", "PER")])
    assert event_pairs(doc, "CONSULT") == [(["عبد ربه منصور هادي"], ["ماثيو تولر"])]


def test_a_verb_after_and_that_the_ner_ran_into_a_name_is_left_out(make_doc: MakeDoc) -> None:
    doc = make_doc("وأدان ليون العمل الإرهابي الذي استهدف مسجدا.", [("أدان ليون", "PER")])
    assert event_pairs(doc, "ACCUSE") == [(["ليون"], ["العمل الإرهابي"])]


def test_a_place_closes_a_title_when_another_office_follows(make_doc: MakeDoc) -> None:
    doc = make_doc("التقى رئيس الوزراء العراقي في بغداد وزير الخارجية الأمريكي جون كيري.",
                   [("بغداد", "GPE", "IRQ"), ("جون كيري", "PER")])
    assert event_pairs(doc, "CONSULT") == [(["رئيس الوزراء العراقي"], ["جون كيري"])]
    doc = make_doc("أدان السفير الأمريكي في بغداد ستيوارت جونز التفجير الإرهابي.",
                   [("بغداد", "GPE", "IRQ"), ("ستيوارت جونز", "PER")])  # (no second office: his own title)
    assert event_pairs(doc, "ACCUSE") == [(["ستيوارت جونز"], ["التفجير الإرهابي"])]


def test_an_office_stands_for_the_person_it_follows_after_a_comma(make_doc: MakeDoc) -> None:
    doc = make_doc("أمير القصيم يثمن جهود وزارة الشؤون الإسلامية\nأعرب الأمير فيصل بن مشعل، أمير منطقة القصيم، عن شكره "
                   "لوزارة الشؤون الإسلامية.", [("فيصل بن مشعل", "PER"), ("القصيم", "LOC", "SAU")])
    pairs = event_pairs(doc, "SUPPORT")
    assert pairs and all(a == ["فيصل بن مشعل"] for a, _ in pairs), pairs
    assert all(r not in (["فيصل بن مشعل"], ["أمير منطقة القصيم"]) for _, r in pairs)
