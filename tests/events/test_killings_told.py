"""Killings that were told and went uncoded: an official as the one killed, a bounded count as the
victims, a force's own claim after «أعلنت X أنها». Read off the test half of the ANERcorp sentence set;
invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_an_official_assassinated_by_gunmen(make_doc: MakeDoc) -> None:
    doc = make_doc("اغتال مسلحون معاون سجن أحداث الموصل المقدم عبد الله الهلالي وسط المدينة.",
                   [("الموصل", "GPE", "IRQ"), ("عبد الله الهلالي", "PER")])
    assert event_pairs(doc, "ASSAULT") == [(["مسلحون"], ["معاون سجن أحداث"])]


def test_gunmen_are_not_joined_to_the_title_after_them(make_doc: MakeDoc) -> None:
    doc = make_doc("واغتال مسلحون مدير شرطة المدينة صباح اليوم.", [])
    assert [a for a, _ in event_pairs(doc, "ASSAULT")] == [["مسلحون"]]


def test_a_bounded_count_is_who_was_killed(make_doc: MakeDoc) -> None:
    doc = make_doc("أعدم مقاتلو داعش ما لا يقل عن 200 إيزيدي في القرية.", [("داعش", "ORG")])
    assert event_pairs(doc, "ASSAULT") == [(["داعش"], ["ما لا يقل عن 200 إيزيدي"])]


def test_a_force_claiming_its_own_killing(make_doc: MakeDoc) -> None:
    doc = make_doc("وأعلنت القوات العراقية أنها قتلت سبعة مسلحين في حي العامل.",
                   [("القوات العراقية", "ORG", "IRQ"), ("العامل", "LOC")])
    assert event_pairs(doc, "ASSAULT") == [(["القوات العراقية"], ["سبعة مسلحين"])]


def test_he_was_killed_is_no_killing_by_him(make_doc: MakeDoc) -> None:
    doc = make_doc("لا أحد يعرف إن كان بلمختار ما زال على قيد الحياة أم أنه قتل بالفعل.", [("بلمختار", "PER")])
    assert all("بلمختار" not in a for a, _ in event_pairs(doc, "ASSAULT"))


def test_a_claim_with_no_object_is_not_enough(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال الجيش إنه قتل في المعارك الأخيرة.", [])
    assert all("الجيش" not in a for a, _ in event_pairs(doc, "ASSAULT"))


def test_soldiers_killed_with_no_killer_named(make_doc: MakeDoc) -> None:
    doc = make_doc("الجيش الإسرائيلي اعترف بمقتل ضابط من الوحدات الخاصة وجرح اثنين آخرين.", [("الجيش الإسرائيلي", "ORG", "ISR")])
    assert event_pairs(doc, "ASSAULT") == [([], ["ضابط"])]


def test_soldiers_killed_in_an_accident_or_a_fire(make_doc: MakeDoc) -> None:
    crash = make_doc("مقتل جنديين في تحطم مروحية عسكرية شمال البلاد.", [])
    fire = make_doc("السيطرة على حرائق غابات أسفرت عن مقتل شرطي.", [])
    assert event_pairs(crash, "ASSAULT") == event_pairs(fire, "ASSAULT") == []


def test_martyred_by_shelling_is_an_attack(make_doc: MakeDoc) -> None:
    doc = make_doc("واستشهد ثلاثة فلسطينيين بقذائف مدفعية أطلقتها دبابات إسرائيلية شرق غزة.",
                   [("فلسطينيين", "NORP"), ("إسرائيلية", "NORP"), ("غزة", "GPE")])
    assert [r for _, r in event_pairs(doc, "ASSAULT")] == [["ثلاثة فلسطينيين"]]


def test_citing_a_poet_or_figures_is_no_martyrdom(make_doc: MakeDoc) -> None:
    poet = make_doc("واستشهد الخطيب بقول الشاعر في خطبته عن الحرب.", [])
    figures = make_doc("واستشهد الوزير بالأرقام التي نشرتها الهيئة عن القتلى.", [])
    assert event_pairs(poet, "ASSAULT") == event_pairs(figures, "ASSAULT") == []


def test_killing_corruption_is_no_killing(make_doc: MakeDoc) -> None:
    doc = make_doc("قالت الحكومة إنها قتلت الفساد في مهده بفضل الإصلاحات الجديدة.", [])
    assert event_pairs(doc, "ASSAULT") == []


def test_martyred_of_wounds_received_in_clashes(make_doc: MakeDoc) -> None:
    doc = make_doc("استشهد رجل أمن خلال مطاردة مهربين على الحدود الجنوبية.", [])
    assert [r for _, r in event_pairs(doc, "ASSAULT")] == [["رجل أمن"]]


def test_gunmen_and_the_village_they_attacked(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم مسلحون قرية في ولاية بورنو مما أثار الخوف بين السكان.", [("بورنو", "LOC", "NGA")])
    assert event_pairs(doc, "ASSAULT") == [(["مسلحون"], ["قرية"])]


def test_who_met_his_death_without_the_word_death(make_doc: MakeDoc) -> None:
    doc = make_doc("لقي جندي إسرائيلي مصرعه وأصيب ثلاثة آخرون بجراح في عملية قرب الحدود.", [("إسرائيلي", "NORP", "ISR")])
    assert [r for _, r in event_pairs(doc, "ASSAULT")] == [["جندي إسرائيلي"]]


def test_a_passive_killing_names_its_doer_by_the_hand_of(make_doc: MakeDoc) -> None:
    doc = make_doc("ومن جهة ثانية، قتل عنصر من حزب العمال الكردستاني على يد قوات الأمن في مدينة جزرة.",
                   [("حزب العمال الكردستاني", "ORG", "TUR"), ("جزرة", "GPE", "TUR")])
    assert [pair[0] for pair in event_pairs(doc, "ASSAULT")] == [["قوات الأمن"]]


def test_killed_and_wounded_is_passive_the_wounded_verb_is_no_victim(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال مسؤول إن جنديا قتل وأصيب آخر في اشتباكات على الحدود.", [])
    assert all("وأصيب" not in " ".join(r) for _, r in event_pairs(doc, "ASSAULT"))


def test_a_number_of_a_groups_members_is_the_group(make_doc: MakeDoc) -> None:
    doc = make_doc("وقتل عدد من قياديي تنظيم القاعدة في الأشهر الأخيرة في غارات أميركية.",
                   [("تنظيم القاعدة", "ORG"), ("أميركية", "NORP", "USA")])
    recipients = [r for _, r in event_pairs(doc, "ASSAULT")]
    assert ["تنظيم القاعدة"] in recipients and ["عدد"] not in recipients
