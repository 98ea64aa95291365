"""Edges of the denial, referral, shelling, renewal, raid-target, passive-doer, apposition and participle
rules: readings that look like them and are not; invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_a_renewed_concern_is_not_the_speakers_raid(make_doc: MakeDoc) -> None:
    doc = make_doc("جدد الأمين العام للأمم المتحدة بان كي مون قلقه من الغارات الجوية على المدنيين في اليمن.",
                   [("الأمم المتحدة", "ORG", None), ("بان كي مون", "PER", "KOR"), ("اليمن", "GPE", "YEM")])
    assert all(actor != ["بان كي مون"] for actor, _ in event_pairs(doc, "ASSAULT"))


def test_an_adjective_after_a_camp_leaves_the_owner_as_target(make_doc: MakeDoc) -> None:
    doc = make_doc("شنت طائرات التحالف غارات على معسكر تابع للحرس الجمهوري في صنعاء.",
                   [("الحرس الجمهوري", "ORG", "YEM"), ("صنعاء", "GPE", "YEM")])
    assert [recipient for _, recipient in event_pairs(doc, "ASSAULT")] == [["لحرس الجمهوري"]]


def test_the_speaker_holds_responsible_not_the_subject_he_reports(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال وزير الإعلام اليمني محمد قباطي إن الانقلابيين يواصلون قصف المدن، محملا الحوثيين المسؤولية.",
                   [("محمد قباطي", "PER", "YEM"), ("الحوثيين", "ORG", "YEM")])
    assert event_pairs(doc, "ACCUSE") == [(["محمد قباطي"], ["الحوثيين"])]


def test_an_exile_is_no_denial(make_doc: MakeDoc) -> None:
    doc = make_doc("نفت السلطات البحرينية المعارض الشيعي إلى لندن بعد إسقاط جنسيته.", [("لندن", "GPE", "GBR")])
    assert event_pairs(doc, "REJECT") == []
    doc = make_doc("قررت الحكومة العراقية نفي القيادي البعثي إلى الأردن.", [("الأردن", "GPE", "JOR")])
    assert event_pairs(doc, "REJECT") == []


def test_a_volley_of_questions_is_no_shelling(make_doc: MakeDoc) -> None:
    doc = make_doc("أمطر أعضاء مجلس الشورى وزير الصحة بوابل من الأسئلة.", [("مجلس الشورى", "ORG", "SAU")])
    assert event_pairs(doc, "ASSAULT") == []


def test_before_is_no_doer(make_doc: MakeDoc) -> None:
    doc = make_doc("تعرضت المنطقة الشرقية لهجمات مماثلة من قبل عدة مرات.", [("المنطقة الشرقية", "LOC", "SAU")])
    assert event_pairs(doc, "ASSAULT") == [([], ["المنطقة الشرقية"])]


def test_a_fronted_from_its_side_keeps_the_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("من جهتها إيران رفضت الاتهامات السعودية بدعم الحوثيين.", [("إيران", "GPE", "IRN"), ("الحوثيين", "ORG", "YEM")])
    assert [actor for actor, _ in event_pairs(doc, "REJECT")] == [["إيران"]]


def test_a_name_after_a_second_title_is_the_guest(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل المحافظ رئيس بعثة الصليب الأحمر في عدن.", [("عدن", "GPE", "YEM")])
    assert [actor for actor, _ in event_pairs(doc, "CONSULT")] == [["المحافظ"]]


def test_a_complaint_referred_to_the_prosecutor_accuses_no_court(make_doc: MakeDoc) -> None:
    doc = make_doc("أحالت وزارة التعليم شكوى الطلاب إلى النيابة العامة.", [("وزارة التعليم", "ORG", "SAU")])
    assert event_pairs(doc, "ACCUSE") == []


def test_settlers_targeted_are_no_doers(make_doc: MakeDoc) -> None:
    doc = make_doc("نفذ فلسطيني عملية استهداف المستوطنين قرب مستوطنة كريات أربع.", [])
    assert all(actor != ["المستوطنين"] for actor, _ in event_pairs(doc, "ASSAULT"))


def test_a_time_aside_before_a_titled_guest(make_doc: MakeDoc) -> None:
    doc = make_doc("التقى رئيس الوزراء اللبناني تمام سلام، الخميس، السفير السعودي علي عواض عسيري في السراي.",
                   [("تمام سلام", "PER", "LBN")])
    assert event_pairs(doc, "CONSULT") == [(["تمام سلام"], ["علي عواض عسيري"])]


def test_an_attack_noun_names_only_an_attack_told_with_it(make_doc: MakeDoc) -> None:
    doc = make_doc("قتلت قوات الأمن ثلاثة إرهابيين بعد أن هاجموا نقطة تفتيش. وأدانت الجامعة العربية الهجوم.",
                   [("الجامعة العربية", "ORG")])
    assert event_pairs(doc, "ACCUSE") == [(["الجامعة العربية"], ["الهجوم"])]  # (not the forces that killed them)


def test_a_cable_to_the_president_of_a_republic_is_not_from_it(make_doc: MakeDoc) -> None:
    doc = make_doc("بعث الملك سلمان برقية تهنئة لرئيس جمهورية كوريا الجنوبية.",
                   [("سلمان", "PER", "SAU"), ("كوريا الجنوبية", "GPE", "KOR")])
    assert [a for a, _ in event_pairs(doc, "SUPPORT")] == [["سلمان"]]


def test_an_unnamed_host_of_a_meeting_is_not_guessed(make_doc: MakeDoc) -> None:
    doc = make_doc("أكد الوزير خلال لقائه السفير دعم المملكة للقضية.", [])
    assert event_pairs(doc, "CONSULT") == []


def test_the_guest_ends_before_the_verbs_object(make_doc: MakeDoc) -> None:
    doc = make_doc("بحث الرئيس عبد الفتاح السيسي خلال استقباله رئيس الوزراء الإيطالي العلاقات الثنائية.",
                   [("عبد الفتاح السيسي", "PER", "EGY")])
    assert event_pairs(doc, "CONSULT") == [(["عبد الفتاح السيسي"], ["رئيس الوزراء الإيطالي"])]


def test_a_manner_word_after_the_condemned_act(make_doc: MakeDoc) -> None:
    doc = make_doc("وأدانت الوزارة، في بيان لها، الهجوم بشدة.", [])
    assert event_pairs(doc, "ACCUSE") == [(["الوزارة"], ["الهجوم"])]


def test_a_titles_own_phrase_does_not_stop_the_genitive(make_doc: MakeDoc) -> None:
    doc = make_doc("أثارت زيارة قائد القوات الجوية التابعة لوزارة الدفاع، خالد العتيبي، إلى فرنسا تساؤلات عدة.",
                   [("وزارة الدفاع", "ORG"), ("خالد العتيبي", "PER"), ("فرنسا", "GPE", "FRA")])
    assert event_pairs(doc, "CONSULT") == [(["خالد العتيبي"], ["فرنسا"])]


def test_a_cable_sent_by_his_royal_highness(make_doc: MakeDoc) -> None:
    doc = make_doc("وبعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف، برقية تهنئة لفخامة الرئيس "
                   "إيسوفو محمدو بمناسبة ذكرى استقلال بلاده.", [("محمد بن نايف", "PER", "SAU"), ("إيسوفو محمدو", "PER", "NER")])
    assert event_pairs(doc, "SUPPORT") == [(["محمد بن نايف"], ["إيسوفو محمدو"])]


def test_the_entourage_is_not_visited(make_doc: MakeDoc) -> None:
    doc = make_doc("زار الوزير عادل الجبير موسكو يرافقه وفد رفيع المستوى.", [("عادل الجبير", "PER"), ("موسكو", "GPE", "RUS")])
    assert event_pairs(doc, "CONSULT") == [(["عادل الجبير"], ["موسكو"])]


def test_a_detached_preposition_ends_a_plain_object(make_doc: MakeDoc) -> None:
    doc = make_doc('ودمر التحالف الدولي جسرين استراتيجيين لـ"داعش" في محافظة دير الزور.',
                   [("التحالف الدولي", "ORG"), ("داعش", "ORG"), ("دير الزور", "GPE", "SYR")])
    assert event_pairs(doc, "ASSAULT") == [(["التحالف الدولي"], ["جسرين استراتيجيين"])]


def test_a_person_named_after_arrested_was_arrested(make_doc: MakeDoc) -> None:
    doc = make_doc("واعتقل ديلان روف في ولاية كارولاينا الجنوبية غداة دخوله الكنيسة.",
                   [("ديلان روف", "PER", "USA"), ("كارولاينا الجنوبية", "GPE", "USA")])
    assert event_pairs(doc, "COERCE") == [([], ["ديلان روف"])]
    doc = make_doc("اعتقلت الشرطة ديلان روف في ولاية كارولاينا.", [("ديلان روف", "PER", "USA"), ("كارولاينا", "GPE", "USA")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["ديلان روف"])]
