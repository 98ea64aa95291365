"""Who the subject is: the named holder of a title before a light verb's noun or set off by commas after a
long title or renewing raids («جددت X غاراتها»), the whole phrase of forces loyal to an internationally
recognized government, settlers as doers, «خادم الحرمين الشريفين» with no name after it, and not a name
ending a prepositional phrase before the verb; a base the NER missed as a raid's target; invented sentences
with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_the_named_title_holder_pays_the_visit(make_doc: MakeDoc) -> None:
    doc = make_doc("قام سفير جمهورية البوسنة والهرسك لدى المملكة حارث هارلي، بزيارة لجامعة نايف العربية للعلوم الأمنية.",
                   [("البوسنة والهرسك", "GPE", "BIH"), ("حارث هارلي", "PER", "BIH"),
                    ("جامعة نايف العربية للعلوم الأمنية", "ORG", "SAU")])
    assert event_pairs(doc, "CONSULT") == [(["حارث هارلي"], ["جامعة نايف العربية للعلوم الأمنية"])]


def test_forces_loyal_to_a_recognized_government(make_doc: MakeDoc) -> None:
    doc = make_doc("سيطرت القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي على زنجبار.",
                   [("عبدربه منصور هادي", "PER", "YEM"), ("زنجبار", "GPE", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي"],
                                             ["زنجبار"])]


def test_a_name_ending_a_prepositional_phrase_is_no_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("وفي أول رد فعل على قرارات العبادي انتقد النائب محمد اللكاش الحكومة.",
                   [("العبادي", "PER", "IRQ"), ("محمد اللكاش", "PER", "IRQ")])
    assert event_pairs(doc, "ACCUSE") == [(["محمد اللكاش"], ["الحكومة"])]


def test_a_name_set_off_by_commas_after_a_long_title(make_doc: MakeDoc) -> None:
    doc = make_doc("أدان المبعوث الخاص للأمم المتحدة إلى اليمن، إسماعيل ولد الشيخ أحمد، الهجوم على مطار عدن.",
                   [("الأمم المتحدة", "ORG", None), ("اليمن", "GPE", "YEM"), ("إسماعيل ولد الشيخ أحمد", "PER", "MRT"),
                    ("مطار عدن", "FAC", "YEM")])
    assert [actor for actor, _ in event_pairs(doc, "ACCUSE")] == [["إسماعيل ولد الشيخ أحمد"]]


def test_settlers_are_overt_doers(make_doc: MakeDoc) -> None:
    doc = make_doc("وأصيب ثلاثة فلسطينيين إثر استهداف المستوطنين المتطرفين لمنزل العائلة في قرية دوما.",
                   [("دوما", "GPE", "PSE")])
    assert event_pairs(doc, "ASSAULT") == [(["المستوطنين"], ["منزل العائلة"])]


def test_renewed_raids_on_a_base_the_ner_missed(make_doc: MakeDoc) -> None:
    doc = make_doc("وجددت طائرات التحالف العربي الذي تقوده السعودية، غاراتها بكثافة على قاعدة العند الجوية في محافظة لحج.",
                   [("التحالف العربي", "ORG", None), ("السعودية", "GPE", "SAU"), ("لحج", "GPE", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["التحالف العربي"], ["قاعدة العند الجوية"])]


def test_factions_shower_neighbourhoods_with_shells(make_doc: MakeDoc) -> None:
    doc = make_doc("وأمطر الحوثيون الأحياء السكنية في تعز بوابل من القذائف.", [("الحوثيون", "ORG", "YEM"), ("تعز", "GPE", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["الحوثيون"], ["الأحياء السكنية"])]
    doc = make_doc("أمطرت الفصائل المقاتلة الفوعة بالقذائف الصاروخية.", [("الفوعة", "GPE", "SYR")])
    assert event_pairs(doc, "ASSAULT") == [(["الفصائل المقاتلة"], ["الفوعة"])]  # (not «الفصائل المقاتلة الفوعة»)
    doc = make_doc("أمطرت السماء المدينة بالثلوج.", [])
    assert event_pairs(doc, "ASSAULT") == []


def test_the_custodian_of_the_two_holy_mosques_alone_is_the_host(make_doc: MakeDoc) -> None:
    doc = make_doc("واستقبل خادم الحرمين الشريفين، اليوم، وزير الخارجية الأمريكي جون كيري.", [("جون كيري", "PER", "USA")])
    assert event_pairs(doc, "CONSULT") == [(["خادم الحرمين الشريفين"], ["جون كيري"])]
    doc = make_doc("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اليوم جون كيري.",
                   [("سلمان بن عبدالعزيز", "PER", "SAU"), ("جون كيري", "PER", "USA")])
    assert event_pairs(doc, "CONSULT") == [(["سلمان بن عبدالعزيز"], ["جون كيري"])]


def test_the_custodian_in_another_title_or_place_is_no_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل وزير الخارجية عادل الجبير أمس بمقر سفارة خادم الحرمين الشريفين في روما السفير أرماندو فاريكيو.",
                   [("عادل الجبير", "PER", "SAU"), ("روما", "GPE", "ITA"), ("أرماندو فاريكيو", "PER", "ITA")])
    assert event_pairs(doc, "CONSULT") == [(["عادل الجبير"], ["أرماندو فاريكيو"])]
