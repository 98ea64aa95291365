"""Who calls and who is called on («دعا X إلى»، «اتهم X بأنه»), and where an unnamed noun phrase ends: invented
sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_the_one_party_before_the_call_is_who_calls(make_doc: MakeDoc) -> None:
    doc = make_doc("ومن جانبه، دعا الاتحاد الأوروبي إلى أن تتعامل الحكومة بحزم مع الجرائم.", [("الاتحاد الأوروبي", "ORG")])
    assert event_pairs(doc, "REQUEST") == [(["الاتحاد الأوروبي"], ["الحكومة"])]


def test_a_named_person_before_the_call_is_who_calls(make_doc: MakeDoc) -> None:
    doc = make_doc("وأدان الوزير الهجوم. ودعا بان كي مون إلى أن تلتزم الحكومة بالهدنة.", [("بان كي مون", "PER")])
    assert event_pairs(doc, "REQUEST") == [(["بان كي مون"], ["الحكومة"])]


def test_the_subject_of_the_clause_called_for_is_called_on(make_doc: MakeDoc) -> None:
    doc = make_doc("وقد دعا زعيم حزب الاستقلال نايجل فاراج إلى أن تقوم الحكومة بحمل فرنسا على اتخاذ إجراءات.",
                   [("نايجل فاراج", "PER"), ("فرنسا", "GPE", "FRA")])
    assert event_pairs(doc, "REQUEST") == [(["نايجل فاراج"], ["الحكومة"])]


def test_a_call_with_no_named_caller_is_no_event(make_doc: MakeDoc) -> None:
    doc = make_doc("ودعا مسؤولون إلى التعامل بحزم مع الجرائم.", [])
    assert event_pairs(doc, "REQUEST") == []


def test_the_one_phrase_before_the_charge_is_who_is_accused(make_doc: MakeDoc) -> None:
    doc = make_doc("وأدان السفير أحمد قطان الهجوم. واتهم الرئيس السابق علي عبدالله صالح، بأنه سبب ضياع البلاد.",
                   [("أحمد قطان", "PER"), ("علي عبدالله صالح", "PER")])
    assert event_pairs(doc, "ACCUSE")[1:] == [(["أحمد قطان"], ["علي عبدالله صالح"])]


def test_a_plain_plural_before_the_accused_is_the_accuser(make_doc: MakeDoc) -> None:
    doc = make_doc("إلى ذلك، اتهم آخرون صالح بأنه يعاني حالة متقدمة من النرجسية.", [("صالح", "PER")])
    assert event_pairs(doc, "ACCUSE") == [(["آخرون"], ["صالح"])]


def test_two_phrases_before_the_charge_are_accuser_and_accused(make_doc: MakeDoc) -> None:
    doc = make_doc("واتهم الرئيس الأمريكي إيران بدعم الإرهاب.", [("إيران", "GPE", "IRN")])
    assert event_pairs(doc, "ACCUSE") == [(["الرئيس الأمريكي"], ["إيران"])]


def test_an_indefinite_act_and_its_genitive_are_what_is_condemned(make_doc: MakeDoc) -> None:
    doc = make_doc("وأدان برناردينو ليون اختطاف الموظفين الإيطاليين.", [("برناردينو ليون", "PER")])
    assert event_pairs(doc, "ACCUSE") == [(["برناردينو ليون"], ["اختطاف الموظفين الإيطاليين"])]


def test_a_manner_word_and_a_title_after_an_office_are_no_name(make_doc: MakeDoc) -> None:
    doc = make_doc("واستنكر وزير الخارجية بشدة تصريحات نائب الرئيس نوري المالكي.", [("نوري المالكي", "PER")])
    assert event_pairs(doc, "ACCUSE") == [(["وزير الخارجية"], ["نوري المالكي"])]


def test_whose_forces_runs_into_a_name_the_splitter_left_whole(make_doc: MakeDoc) -> None:
    doc = make_doc("وهاجم تنظيم داعش جيش النقشبنديين التابع لحزب البعث في القيارة.",
                   [("تنظيم داعش", "ORG"), ("حزب البعث", "ORG")])
    assert event_pairs(doc, "ASSAULT") == [(["تنظيم داعش"], ["جيش النقشبنديين التابع لحزب البعث"])]


def test_a_verb_after_a_definite_object_is_no_part_of_it(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال الحمادي إن الضربات الجوية التي استهدفت الرتل أدت إلى تدميره.", [("الحمادي", "PER")])
    assert [r for _, r in event_pairs(doc, "ASSAULT")] == [["الرتل"]]


def test_a_word_that_does_not_agree_after_an_adjective_ends_the_object(make_doc: MakeDoc) -> None:
    doc = make_doc("دعت السلطات مواطنيها إلى عدم السفر بعد هجوم استهدف حافلة ايرانية خلف قتيلا في شرق تركيا.",
                   [("تركيا", "GPE", "TUR")])
    assert [r for _, r in event_pairs(doc, "ASSAULT") if r] == [["حافلة ايرانية"]]


def test_a_thousand_is_no_article(make_doc: MakeDoc) -> None:
    doc = make_doc("وأدت الهجمات الدامية إلى مقتل 15 ألف شخص في المدينة.", [])
    assert [r for _, r in event_pairs(doc, "ASSAULT")] == [["15 ألف شخص"]]


def test_members_of_a_unit_named_by_its_number(make_doc: MakeDoc) -> None:
    doc = make_doc("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 في ريف حلب.",
                   [("جبهة النصرة", "ORG"), ("حلب", "GPE", "SYR")])
    assert event_pairs(doc, "ASSAULT") == [(["جبهة النصرة"], ["ثمانية عناصر من الفرقة 30"])]


def test_a_member_of_a_named_group(make_doc: MakeDoc) -> None:
    doc = make_doc("وقتلت قوات الأمن عنصرا من حزب العمال الكردستاني في اشتباك.", [("حزب العمال الكردستاني", "ORG")])
    assert event_pairs(doc, "ASSAULT") == [(["قوات الأمن"], ["عنصرا من حزب العمال الكردستاني"])]


def test_what_a_call_asks_for_after_ila_is_no_one_called_on(make_doc: MakeDoc) -> None:
    doc = make_doc("دعا ناشطون إلى تنظيم تظاهرات تأييد في العاصمة بغداد.", [("بغداد", "GPE", "IRQ")])
    assert event_pairs(doc, "REQUEST") == []


def test_a_conjoined_subject_is_not_what_is_condemned(make_doc: MakeDoc) -> None:
    doc = make_doc("وأمس استنكر عدد من البلدات والقرى اللبنانية استقدام شاحنات النفايات من بيروت.",
                   [("بيروت", "GPE", "LBN")])
    assert not any("والقرى" in " ".join(r) for _, r in event_pairs(doc, "ACCUSE"))


def test_a_lone_title_after_what_is_welcomed_is_no_one(make_doc: MakeDoc) -> None:
    doc = make_doc("ورحب مجلس السلام الأفغاني، الذي شكله الرئيس السابق حميد كرزاي، بانتخاب أمير جديد لطالبان.",
                   [("مجلس السلام الأفغاني", "ORG"), ("حميد كرزاي", "PER"), ("طالبان", "ORG")])
    assert not any("أمير" in r for _, rs in event_pairs(doc, "SUPPORT") for r in rs)


def test_a_person_after_ila_is_whom_a_request_is_made_of(make_doc: MakeDoc) -> None:
    doc = make_doc("وقد طلب المخرج محمد كريم إلى عبد الوهاب مرارا أن يكتم ضحكه.", [("محمد كريم", "PER"), ("عبد الوهاب", "PER")])
    assert event_pairs(doc, "REQUEST") == [(["محمد كريم"], ["عبد الوهاب"])]


def test_the_international_community_is_a_party(make_doc: MakeDoc) -> None:
    doc = make_doc("ودعا وزير الخارجية المجتمع الدولي إلى التحرك العاجل.", [])
    assert event_pairs(doc, "REQUEST") == [(["وزير الخارجية"], ["المجتمع الدولي"])]


def test_now_is_no_one_arrested(make_doc: MakeDoc) -> None:
    doc = make_doc("واعتقلت إسرائيل الآن 54 أسيرا محررا.", [("إسرائيل", "GPE", "ISR")])
    assert event_pairs(doc, "COERCE") == [(["إسرائيل"], ["54 أسيرا محررا"])]


def test_above_ends_the_doer_of_a_raid(make_doc: MakeDoc) -> None:
    doc = make_doc("وقتل محسن الفضلي في غارة جوية لقوات التحالف الدولي فوق سوريا.",
                   [("محسن الفضلي", "PER"), ("سوريا", "GPE", "SYR")])
    assert (["قوات التحالف الدولي"], ["محسن الفضلي"]) in event_pairs(doc, "ASSAULT")


def test_the_victims_of_an_attack_keep_their_count(make_doc: MakeDoc) -> None:
    doc = make_doc("تركيا: مقتل 3 من أفراد الشرطة التركية ومدني في هجوم شنه مسلحون أكراد.", [("تركيا", "GPE", "TUR")])
    assert [r for _, r in event_pairs(doc, "ASSAULT")] == [["3 من أفراد الشرطة التركية"]]


def test_the_dead_of_named_forces_are_those_forces(make_doc: MakeDoc) -> None:
    doc = make_doc("وأكد المرصد مقتل 50 عنصرا لقوات النظام في المعارك.", [("قوات النظام", "ORG")])
    assert ["قوات النظام"] in [r for _, r in event_pairs(doc, "ASSAULT")]


def test_whom_the_blame_is_laid_on_ends_before_the_blame(make_doc: MakeDoc) -> None:
    doc = make_doc("وحمّل المحكم يحيى الشهراني الأسرة المسؤولية الكبيرة عن تصرفات الفتاتين.", [("يحيى الشهراني", "PER")])
    assert event_pairs(doc, "ACCUSE") == [(["يحيى الشهراني"], ["الأسرة"])]


def test_a_killing_one_went_ahead_with_is_told_with_its_doer(make_doc: MakeDoc) -> None:
    doc = make_doc("أقدم عنصر من تنظيم داعش على قتل 3 أطفال بالسم في مدينة الرقة.", [("تنظيم داعش", "ORG"),
                                                                                   ("الرقة", "GPE", "SYR")])
    assert event_pairs(doc, "ASSAULT") == [(["عنصر من تنظيم داعش"], ["3 أطفال"])]


def test_a_killing_incited_is_not_told(make_doc: MakeDoc) -> None:
    doc = make_doc("وحرض الداعية على قتل الشيعة في المدينة.", [])
    assert event_pairs(doc, "ASSAULT") == []


def test_a_name_in_the_description_of_a_person_is_no_second_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("احتجزت الشرطة في تشيلي أرتورو فيدال مهاجم المنتخب ويوفنتوس الإيطالي بعد حادث سير.",
                   [("تشيلي", "GPE", "CHL"), ("أرتورو فيدال", "PER"), ("يوفنتوس الإيطالي", "ORG")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["أرتورو فيدال"])]


def test_two_people_joined_by_wa_are_both_arrested(make_doc: MakeDoc) -> None:
    doc = make_doc("اعتقلت الشرطة أحمد علي ومحمد حسن في الرياض.",
                   [("أحمد علي", "PER"), ("محمد حسن", "PER"), ("الرياض", "GPE", "SAU")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["أحمد علي"]), (["الشرطة"], ["محمد حسن"])]


def test_the_fighters_who_own_a_target_stand_for_their_group(make_doc: MakeDoc) -> None:
    doc = make_doc("وقصف طيران التحالف الدولي رتلا لمسلحي تنظيم داعش قرب الرمادي.",
                   [("تنظيم داعش", "ORG"), ("الرمادي", "GPE", "IRQ")])
    assert event_pairs(doc, "ASSAULT") == [(["طيران التحالف الدولي"], ["تنظيم داعش"])]


def test_a_quoted_name_ending_in_an_event_word_stays_whole(make_doc: MakeDoc) -> None:
    doc = make_doc('وهاجم "جيش الفتح" مواقع قوات النظام في إدلب.', [("جيش الفتح", "ORG"), ("إدلب", "GPE", "SYR")])
    assert [a for a, _ in event_pairs(doc, "ASSAULT")] == [["جيش الفتح"]]


def test_a_place_named_in_a_phrase_before_a_clash_is_no_side(make_doc: MakeDoc) -> None:
    doc = make_doc('وتجدد القتال في ريف درعا الغربي، بعد اشتباكات مع "لواء شهداء اليرموك" هناك.',
                   [("ريف", "LOC"), ("درعا", "GPE", "SYR"), ("لواء شهداء اليرموك", "ORG")])  # (as the NER splits it)
    assert event_pairs(doc, "ASSAULT") == [([], ["لواء شهداء اليرموك"])]


def test_the_subject_of_an_imperfect_light_verb_does_the_raids(make_doc: MakeDoc) -> None:
    doc = make_doc("ويشن الجيش التركي يوميا غارات جوية كثيفة على مواقع حزب العمال الكردستاني.",
                   [("حزب العمال الكردستاني", "ORG")])
    assert event_pairs(doc, "ASSAULT") == [(["الجيش التركي"], ["حزب العمال الكردستاني"])]


def test_plain_plural_people_after_a_light_verb_on_the_noun_did_it(make_doc: MakeDoc) -> None:
    doc = make_doc("وقع هجوم عنيف شنه متطرفون على تمركز عسكري في شمال سيناء.", [("سيناء", "LOC")])
    assert [a for a, _ in event_pairs(doc, "ASSAULT")] == [["متطرفون"]]


def test_support_for_what_was_named_before(make_doc: MakeDoc) -> None:
    doc = make_doc("وأبدى وزير الخارجية الفرنسي لوران فابيوس تأييده لهذه المبادرة.", [("لوران فابيوس", "PER")])
    assert event_pairs(doc, "SUPPORT") == [(["لوران فابيوس"], ["هذه المبادرة"])]


def test_whose_claims_are_denied_is_the_recipient_of_the_denial(make_doc: MakeDoc) -> None:
    doc = make_doc("ونفت الحكومة ادعاءات المعارضة بتزوير الانتخابات.", [])
    state = make_doc("ونفت وزارة الخارجية مزاعم إسرائيل.", [("إسرائيل", "GPE", "ISR")])
    assert event_pairs(doc, "REJECT") == [(["الحكومة"], ["المعارضة"])]
    assert event_pairs(state, "REJECT") == [(["وزارة الخارجية"], ["إسرائيل"])]


def test_a_denial_told_as_a_circumstantial_participle(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال حسن شيخ محمود إن إقامة الانتخابات مستحيلة، نافيا في الوقت نفسه مزاعم المعارضة.",
                   [("حسن شيخ محمود", "PER")])
    assert event_pairs(doc, "REJECT") == [(["حسن شيخ محمود"], ["المعارضة"])]


def test_charges_levelled_at_people_after_ila(make_doc: MakeDoc) -> None:
    doc = make_doc("ووجهت النيابة العامة اتهامات إلى ثلاثة مسؤولين بالفساد.", [])
    assert event_pairs(doc, "ACCUSE") == [(["النيابة العامة"], ["ثلاثة مسؤولين"])]


def test_aid_delivered_and_cheques_distributed(make_doc: MakeDoc) -> None:
    delivered = make_doc("وأوصلت الهيئة الخيرية المساعدات إلى اللاجئين في مخيم الزعتري.", [("الهيئة الخيرية", "ORG")])
    cheques = make_doc("ووزعت الهيئة الخيرية الشيكات على أسر النزلاء.", [("الهيئة الخيرية", "ORG")])
    assert event_pairs(delivered, "AID") == [(["الهيئة الخيرية"], ["اللاجئين"])]
    assert event_pairs(cheques, "AID") == [(["الهيئة الخيرية"], ["أسر النزلاء"])]


def test_a_definite_body_after_ila_is_whom_a_request_is_made_of(make_doc: MakeDoc) -> None:
    doc = make_doc("قدمت الكويت طلبا رسميا إلى الحكومة العراقية لتسليم المتهمين.", [("الكويت", "GPE", "KWT")])
    assert event_pairs(doc, "REQUEST") == [(["الكويت"], ["الحكومة العراقية"])]


def test_a_thing_after_bi_anna_is_not_called_on(make_doc: MakeDoc) -> None:
    doc = make_doc("وطالبت فرنسا بأن تشمل العقوبات الجديدة قطاع النفط الإيراني.", [("فرنسا", "GPE", "FRA")])
    assert event_pairs(doc, "REQUEST") == []


def test_places_under_a_group_s_control_are_the_group_s(make_doc: MakeDoc) -> None:
    doc = make_doc("اقتحمت القوات العراقية مناطق تحت سيطرة تنظيم داعش في الأنبار.",
                   [("تنظيم داعش", "ORG"), ("الأنبار", "GPE", "IRQ")])
    assert event_pairs(doc, "ASSAULT") == [(["القوات العراقية"], ["تنظيم داعش"])]


def test_a_place_with_its_preposition_before_a_clash_leaves_the_named_side(make_doc: MakeDoc) -> None:
    doc = make_doc("سيطرت قوات النظام على بلدات في ريف إدلب الجنوبي بعد اشتباكات مع جبهة النصرة.",
                   [("ريف إدلب", "LOC", "SYR"), ("جبهة النصرة", "ORG")])
    assert ["جبهة النصرة"] in [r for _, r in event_pairs(doc, "ASSAULT")]


def test_a_plural_verb_goes_on_with_the_group_that_opens_the_sentence(make_doc: MakeDoc) -> None:
    doc = make_doc("وخرق المتمردون الهدنة بعد أقل من نصف ساعة إذ أطلقوا صواريخ على أحياء سكنية في مدن عدن.",
                   [("عدن", "GPE", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["المتمردون"], ["أحياء سكنية"])]


def test_a_plural_verb_does_not_go_on_with_a_single_person(make_doc: MakeDoc) -> None:
    doc = make_doc("وزار الوزير محمد علي المدينة أمس، وفي المساء أطلقوا صواريخ على أحياء سكنية.", [("محمد علي", "PER")])
    assert all(a != ["محمد علي"] for a, _ in event_pairs(doc, "ASSAULT"))
