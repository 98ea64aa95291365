"""Clauses opened by «حين»/«عندما», groups named after a count, and who held a captured town; invented
sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_a_killing_when_an_attack_was_made_is_by_the_attackers(make_doc: MakeDoc) -> None:
    doc = make_doc("وكان الطفل علي دوابشة قتل حرقا حين هاجم مستوطنون منزلين في قرية دوما.",
                   [("علي دوابشة", "PER", "PSE"), ("دوما", "GPE", "PSE")])
    assert event_pairs(doc, "ASSAULT") == [(["مستوطنون"], ["علي دوابشة"]), (["مستوطنون"], ["منزلين"])]


def test_the_subject_before_when_is_not_the_subject_after_it(make_doc: MakeDoc) -> None:
    doc = make_doc("أصيب جنديان عندما هاجم مسلحون دورية في سيناء.", [("سيناء", "LOC", "EGY")])
    assert [actor for actor, _ in event_pairs(doc, "ASSAULT")] == [["مسلحون"]]


def test_a_meeting_before_when_keeps_its_sides(make_doc: MakeDoc) -> None:
    doc = make_doc("قال الوزير إنه التقى الرئيس الفرنسي عندما زار باريس.",
                   [("الفرنسي", "NORP", "FRA"), ("باريس", "GPE", "FRA")])
    assert event_pairs(doc, "CONSULT") == [(["الوزير"], ["الرئيس الفرنسي"])]


def test_counted_members_of_a_named_group(make_doc: MakeDoc) -> None:
    doc = make_doc("قتل ثلاثة جنود من الجيش التركي في هجوم.", [("الجيش التركي", "ORG", "TUR")])
    assert (([], ["ثلاثة جنود من الجيش التركي"])) in event_pairs(doc, "ASSAULT")


def test_counted_leaders_of_a_party_the_ner_missed(make_doc: MakeDoc) -> None:
    doc = make_doc("قام مسلحون تابعون للحوثيين بالقبض على عشرة من قياديي حزب التجمع اليمني للإصلاح في صنعاء.",
                   [("الحوثيين", "ORG", "YEM"), ("صنعاء", "GPE", "YEM")])
    assert event_pairs(doc, "COERCE") == [(["مسلحون تابعون للحوثيين"], ["عشرة من قياديي حزب التجمع اليمني للإصلاح"])]


def test_a_town_taken_from_those_who_held_it(make_doc: MakeDoc) -> None:
    doc = make_doc("سيطرت القوات الموالية للرئيس عبدربه منصور هادي على زنجبار التي كانت تحت سيطرة الحوثيين.",
                   [("عبدربه منصور هادي", "PER", "YEM"), ("زنجبار", "GPE", "YEM"), ("الحوثيين", "ORG", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["القوات الموالية للرئيس عبدربه منصور هادي"], ["الحوثيين"])]


def test_a_town_taken_with_no_holder_named_is_the_target(make_doc: MakeDoc) -> None:
    doc = make_doc("سيطرت القوات الحكومية على زنجبار.", [("زنجبار", "GPE", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["القوات الحكومية"], ["زنجبار"])]


def test_forces_loyal_to_a_government_or_regime(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجمت القوات الموالية لنظام الأسد مواقع المعارضة في حلب.",
                   [("الأسد", "PER", "SYR"), ("حلب", "GPE", "SYR")])
    assert event_pairs(doc, "ASSAULT") == [(["القوات الموالية لنظام الأسد"], ["مواقع المعارضة"])]


def test_a_wanted_person_handed_over_to_the_authorities(make_doc: MakeDoc) -> None:
    doc = make_doc("سلمت الولايات المتحدة أمس السلطات العراقية أرملة زعيم في تنظيم داعش.",
                   [("الولايات المتحدة", "GPE", "USA"), ("تنظيم داعش", "ORG", None)])
    assert event_pairs(doc, "COOPERATE") == [(["الولايات المتحدة"], ["السلطات العراقية"])]


def test_suspects_handed_over_are_no_adjective_of_the_authorities(make_doc: MakeDoc) -> None:
    doc = make_doc("سلمت السلطات التركية المتهمين إلى السعودية.", [("السعودية", "GPE", "SAU")])
    assert event_pairs(doc, "COOPERATE") == [(["السلطات التركية"], ["السعودية"])]


def test_prizes_handed_out_are_no_cooperation(make_doc: MakeDoc) -> None:
    doc = make_doc("سلم الرئيس الجوائز على الفائزين.", [])
    assert event_pairs(doc, "COOPERATE") == []


def test_a_gunman_after_inna_and_the_dead_he_left(make_doc: MakeDoc) -> None:
    doc = make_doc("قالت الشرطة إن مسلحا فتح النار داخل صالة سينما في لافايت، فقتل شخصين وأصاب سبعة آخرين.",
                   [("لافايت", "GPE", "USA")])
    assert event_pairs(doc, "ASSAULT") == [(["مسلحا"], ["شخصين"])]


def test_an_armed_attack_has_no_gunman(make_doc: MakeDoc) -> None:
    doc = make_doc("وقالت الشرطة إن هجوما مسلحا استهدف دورية في العريش.", [("العريش", "GPE", "EGY")])
    assert all(actor == [] for actor, _ in event_pairs(doc, "ASSAULT"))


def test_the_owner_of_military_sites_is_the_target(make_doc: MakeDoc) -> None:
    doc = make_doc("وهاجمت طائرة حربية مواقع يشتبه في أنها تابعة للمسلحين جنوبي البلدة.", [])
    assert event_pairs(doc, "ASSAULT") == [(["طائرة حربية"], ["لمسلحين"])]


def test_a_mosque_is_a_target_of_its_own(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم مسلحون مسجدا للشيعة في الدمام.", [("الدمام", "GPE", "SAU")])
    assert event_pairs(doc, "ASSAULT") == [(["مسلحون"], ["مسجدا"])]


def test_a_claim_of_responsibility_names_the_attacker_and_a_mosque_is_the_target(make_doc: MakeDoc) -> None:
    doc = make_doc("أعلن التنظيم الإرهابي “داعش” مسؤوليته عن هجوم اليوم الجمعة على مسجد للشيعة في مدينة الدمام.",
                   [("داعش", "ORG", None), ("لشيعة", "ORG", None), ("الدمام", "GPE", "SAU")])  # (the NER span)
    assert event_pairs(doc, "ASSAULT") == [(["داعش"], ["مسجد للشيعة"])]


def test_a_denied_or_unclaimed_attack_has_no_claimant(make_doc: MakeDoc) -> None:
    denied = make_doc("نفى حزب الله مسؤوليته عن الهجوم على الدورية الإسرائيلية.", [("حزب الله", "ORG", "LBN")])
    unclaimed = make_doc("قتل ثلاثة مدنيين في الرمادي، ولم تعلن أي جهة مسؤوليتها عن الهجوم.", [("الرمادي", "GPE", "IRQ")])
    assert [actor for actor, _ in event_pairs(denied, "ASSAULT")] in ([], [[]])
    assert all(actor == [] for actor, _ in event_pairs(unclaimed, "ASSAULT"))


def test_a_time_after_military_sites_is_no_owner(make_doc: MakeDoc) -> None:
    doc = make_doc("قصفت طائرات التحالف مواقع عسكرية للمرة الأولى في صعدة.", [("صعدة", "GPE", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["طائرات التحالف"], ["مواقع عسكرية"])]


def test_a_party_name_stops_at_a_relative_pronoun(make_doc: MakeDoc) -> None:
    doc = make_doc("اعتقلت قوات الأمن عشرة من قياديي حزب النهضة التي تتهمها الحكومة بالتحريض.", [])
    assert event_pairs(doc, "COERCE") == [(["قوات الأمن"], ["عشرة من قياديي حزب النهضة"])]


def test_the_attackers_own_dead_are_not_killed_by_them(make_doc: MakeDoc) -> None:
    doc = make_doc("قتل 20 من مسلحي داعش عندما هاجم التنظيم مواقع للجيش العراقي في الرمادي.",
                   [("داعش", "ORG", None), ("الرمادي", "GPE", "IRQ")])
    assert all(actor == [] for actor, recipient in event_pairs(doc, "ASSAULT") if recipient == ["داعش"])


def test_armed_dead_of_a_toll_are_not_the_attack_s_target(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم مسلحون فجر اليوم في العريش، فقتل ثلاثة مسلحين.", [("العريش", "GPE", "EGY")])
    assert event_pairs(doc, "ASSAULT") == [(["مسلحون"], [])]


def test_the_manner_of_death_is_no_part_of_the_victim(make_doc: MakeDoc) -> None:
    doc = make_doc("قتل الطفل حرقا حين هاجم مستوطنون منزل عائلته.", [])
    assert (["مستوطنون"], ["الطفل"]) in event_pairs(doc, "ASSAULT")


def test_prisoners_returned_to_their_families_are_no_judicial_cooperation(make_doc: MakeDoc) -> None:
    doc = make_doc("سلمت الحكومة المعتقلين إلى ذويهم بعد الإفراج عنهم.", [])
    assert event_pairs(doc, "COOPERATE") == []


def test_a_plain_plural_subject_between_the_verb_and_a_name(make_doc: MakeDoc) -> None:
    opponents = make_doc("ويتهم معارضون نكورونزيزا بمخالفة الدستور.", [("نكورونزيزا", "PER", "BDI")])
    others = make_doc("إلى ذلك، اتهم آخرون صالح بأنه يعاني حالة متقدمة من النرجسية.", [("صالح", "PER", "YEM")])
    assert event_pairs(opponents, "ACCUSE") == [(["معارضون"], ["نكورونزيزا"])]
    assert event_pairs(others, "ACCUSE") == [(["آخرون"], ["صالح"])]


def test_two_names_after_the_verb_stay_subject_and_object(make_doc: MakeDoc) -> None:
    doc = make_doc("اتهمت إيران السعودية بدعم الإرهاب.", [("إيران", "GPE", "IRN"), ("السعودية", "GPE", "SAU")])
    assert event_pairs(doc, "ACCUSE") == [(["إيران"], ["السعودية"])]


def test_a_singular_in_construct_is_no_plural_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("يهدد مخزون إيران من اليورانيوم المخصب أمن المنطقة.", [("إيران", "GPE", "IRN")])
    assert all(actor != ["مخزون"] for actor, _ in event_pairs(doc, "THREATEN"))
