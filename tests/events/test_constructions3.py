"""Third-pass constructions of the event coder, on invented sentences with hand-set entities: places taken
with no name the NER knows, two sides of a fight named by «بين ... وبين», a fight told with a verb before
its sides, forces loyal to a plain noun, victims named after the place of an abduction; protests told as marches and
gatherings, and events a future light verb carries."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document
from marsad.events import code_events
from tests.events.conftest import event_pairs as _pairs

MakeDoc = Callable[..., Document]


def test_a_camp_taken_is_the_target_without_its_adjective(make_doc: MakeDoc) -> None:
    doc = make_doc("وسيطر الجيش الوطني ليلة أمس على معسكر لبوزة الإستراتيجي في محافظة لحج.",
                   [("لحج", "GPE", "YEM")])
    assert _pairs(doc, "ASSAULT") == [(["الجيش الوطني"], ["معسكر لبوزة"])]


def test_a_bare_head_noun_taken_names_nothing(make_doc: MakeDoc) -> None:
    doc = make_doc("وسيطر الجيش الوطني على المدينة.", [])
    assert _pairs(doc, "ASSAULT") == []


def test_two_sides_named_by_a_second_between(make_doc: MakeDoc) -> None:
    doc = make_doc("وارتفعت وتيرة المواجهات بين الجيش الوطني ومقاتلي المقاومة الشعبية من جهة وبين الحوثيين "
                   "في مدينة تعز.", [("الحوثيين", "ORG", "YEM"), ("تعز", "GPE", "YEM")])
    assert _pairs(doc, "ASSAULT") == [(["الجيش الوطني", "مقاتلي المقاومة الشعبية"], ["الحوثيين"])]


def test_a_fight_noun_then_its_verb_then_the_sides(make_doc: MakeDoc) -> None:
    doc = make_doc("وقالت المصادر إن معارك عنيفة دارت عصر أمس بين المقاومة والحوثيين في تعز.",
                   [("الحوثيين", "ORG", "YEM"), ("تعز", "GPE", "YEM")])
    assert _pairs(doc, "ASSAULT") == [(["المقاومة"], ["الحوثيين"])]


def test_forces_loyal_to_a_plain_noun(make_doc: MakeDoc) -> None:
    doc = make_doc("أحكمت القوات الموالية للشرعية سيطرتها على مدينة زنجبار.", [("زنجبار", "GPE", "YEM")])
    assert _pairs(doc, "ASSAULT") == [(["القوات الموالية للشرعية"], ["زنجبار"])]


def test_abducted_after_the_place_of_the_abduction(make_doc: MakeDoc) -> None:
    doc = make_doc("اختطف مسلحون تابعون لجماعة الحوثي في العاصمة صنعاء 10 من قياديي حزب الإصلاح.",
                   [("جماعة الحوثي", "ORG", "YEM"), ("صنعاء", "GPE", "YEM"), ("حزب الإصلاح", "ORG", "YEM")])
    assert _pairs(doc, "ASSAULT") == [(["مسلحون تابعون لجماعة الحوثي"], ["10 من قياديي حزب الإصلاح"])]


def test_marches_set_off(make_doc: MakeDoc) -> None:
    doc = make_doc("انطلقت مسيرات داخل المخيمات الفلسطينية في لبنان اليوم استنكارا لحرق الطفل.",
                   [("لبنان", "GPE", "LBN")])
    assert [e.type for e in code_events(doc)] == ["PROTEST"]


def test_a_crowd_gathered_to_protest(make_doc: MakeDoc) -> None:
    doc = make_doc("تجمع المئات خارج مكتب منظمة الأمم المتحدة في الأردن أمس، للاحتجاج على خفض المساعدات.",
                   [("منظمة الأمم المتحدة", "ORG"), ("الأردن", "GPE", "JOR")])
    assert _pairs(doc, "PROTEST") == [(["المئات"], [])]


def test_a_protest_in_front_of_a_ministry(make_doc: MakeDoc) -> None:
    doc = make_doc("وبدأ أكثر من 200 طالب احتجاجا أمام وزارة التعليم منذ يوم الأربعاء.", [])
    assert [e.type for e in code_events(doc)] == ["PROTEST"]


def test_a_march_a_future_light_verb_carries_is_future(make_doc: MakeDoc) -> None:
    doc = make_doc("وقالت الدعوات إن هذه المنظمات ستنفذ مسيرة إلى باب المغاربة.", [])
    assert [(e.type, e.modality) for e in code_events(doc)] == [("PROTEST", "future")]


def test_the_subject_of_a_future_light_verb(make_doc: MakeDoc) -> None:
    doc = make_doc("وسيعقد الوزير اجتماعا مع نظيره المصري سامح شكري.", [("سامح شكري", "PER", "EGY")])
    assert [(e.type, e.modality) for e in code_events(doc)] == [("CONSULT", "future")]
    assert _pairs(doc, "CONSULT") == [(["الوزير"], ["سامح شكري"])]


def test_a_killing_by_fire_with_no_killer_said(make_doc: MakeDoc) -> None:
    doc = make_doc("وقتل جندي تركي وجرح أربعة آخرون اليوم برصاص قناص في حلب.", [("حلب", "GPE", "SYR")])
    assert _pairs(doc, "ASSAULT") == [([], ["جندي تركي"])]


def test_a_death_on_the_road_is_no_attack(make_doc: MakeDoc) -> None:
    doc = make_doc("وقتل شخصان في حادث سير على طريق الرياض.", [("الرياض", "GPE", "SAU")])
    assert code_events(doc) == []


def test_the_toll_of_an_attack_is_a_mention_of_it(make_doc: MakeDoc) -> None:
    doc = make_doc("وشنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء. وقتل 12 مسلحا في الغارات.",
                   [("الحوثيين", "ORG", "YEM"), ("صنعاء", "GPE", "YEM")])
    events = [e for e in code_events(doc) if e.type == "ASSAULT"]
    assert len(events) == 1 and "قتل" in [m.text for m in events[0].mentions]


def test_forces_announcing_enemy_dead_killed_them(make_doc: MakeDoc) -> None:
    doc = make_doc("الجيش المصري يعلن مقتل 88 إرهابيا بسيناء في 12 يوما", [("سيناء", "GPE", "EGY")])
    assert _pairs(doc, "ASSAULT") == [(["الجيش المصري"], ["88 إرهابيا"])]


def test_forces_announcing_their_own_dead_killed_no_one(make_doc: MakeDoc) -> None:
    doc = make_doc("وأعلن الجيش مقتل ثلاثة من جنوده في سيناء.", [("سيناء", "GPE", "EGY")])
    assert _pairs(doc, "ASSAULT") == []


def test_a_death_by_gunshot_with_no_killer_said(make_doc: MakeDoc) -> None:
    doc = make_doc("مصرع طالب سعودي بطلق ناري في حرم الجامعة", [("سعودي", "NORP", "SAU")])
    assert _pairs(doc, "ASSAULT") == [([], ["طالب سعودي"])]


def test_victims_joined_by_and_and_a_second_killing_word(make_doc: MakeDoc) -> None:
    doc = make_doc("وأكد مكتب الحاكم مقتل ثلاثة مهاجمين ورجل شرطة في الهجوم.", [])
    assert sorted(r for _, rs in _pairs(doc, "ASSAULT") for r in rs) == ["ثلاثة مهاجمين", "رجل شرطة"]
    doc = make_doc("وأفادت الخلية بمقتل وجرح 110 من عناصر داعش في غارات شنتها طائرات الجيش.",
                   [("داعش", "ORG")])
    assert (["طائرات الجيش"], ["داعش"]) in _pairs(doc, "ASSAULT")


def test_an_attack_told_first_without_names_takes_them_from_the_report(make_doc: MakeDoc) -> None:
    doc = make_doc("اشتباكات عنيفة في تعز\nوقالت مصادر إن الجيش الوطني شن هجوما على الحوثيين في تعز.",
                   [("الحوثيين", "ORG", "YEM"), ("تعز", "GPE", "YEM")])
    events = [e for e in code_events(doc) if e.type == "ASSAULT"]
    assert len(events) == 1 and _pairs(doc, "ASSAULT") == [(["الجيش الوطني"], ["الحوثيين"])]
    assert events[0].mentions


def test_a_place_after_a_direction_word_is_no_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("أدان رئيس البرلمان العربي أحمد الجروان التفجير الإرهابي الإجرامي الذي استهدف مسجدا في منطقة "
                   "عسير جنوب غرب السعودية.",
                   [("البرلمان العربي", "ORG"), ("أحمد الجروان", "PER"), ("عسير", "GPE", "SAU"),
                    ("السعودية", "GPE", "SAU")])
    assert all("السعودية" not in actors for actors, _ in _pairs(doc, "ASSAULT"))


def test_a_mans_forces_are_the_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("مصرع مقاتل في اشتباكات مع قوات الأسد بريف حمص", [("الأسد", "PER", "SYR"), ("حمص", "GPE", "SYR")])
    assert (["قوات الأسد"], ["مقاتل"]) in _pairs(doc, "ASSAULT")


def test_an_attack_a_group_went_ahead_with(make_doc: MakeDoc) -> None:
    doc = make_doc("وكشف مصدر أن ميليشيات الحوثي أقدمت على مهاجمة منازل المواطنين في مدينة سناح.",
                   [("الحوثي", "ORG", "YEM"), ("سناح", "GPE", "YEM")])
    assert _pairs(doc, "ASSAULT") == [(["الحوثي"], ["منازل المواطنين"])]


def test_a_plural_verb_is_not_the_last_speakers(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال المتحدث أحمد علي إن المتمردين نهبوا المدينة. واقتحموا منازل الآمنين.", [("أحمد علي", "PER")])
    assert _pairs(doc, "ASSAULT") == [([], ["منازل الآمنين"])]


def test_the_man_killed_in_an_attack_told_by_a_relative_clause(make_doc: MakeDoc) -> None:
    doc = make_doc("وكانت زوجة أبو سياف الذي قتل في هجوم للقوات الأميركية الخاصة في سورية.",
                   [("أبو سياف", "PER"), ("سورية", "GPE", "SYR")])
    assert [r for _, rs in _pairs(doc, "ASSAULT") for r in rs] == ["أبو سياف"]
    assert all("أبو سياف" not in actors for actors, _ in _pairs(doc, "ASSAULT"))


def test_deaths_at_the_hands_of_the_attacker_are_the_toll_of_its_attack(make_doc: MakeDoc) -> None:
    doc = make_doc("وشن الجيش هجوما على الحوثيين في تعز. وأكدت مصادر مقتل 12 مسلحا برصاص الجيش.",
                   [("الحوثيين", "ORG", "YEM"), ("تعز", "GPE", "YEM")])
    assert _pairs(doc, "ASSAULT") == [(["الجيش"], ["الحوثيين"])]


def test_the_subject_of_a_relative_clause_on_an_oblique_name(make_doc: MakeDoc) -> None:
    doc = make_doc("وانطلق الاجتماع في الدوحة مع الوزير الأمريكي جون كيري، الذي وصل إلى العاصمة القطرية اليوم.",
                   [("الدوحة", "GPE", "QAT"), ("جون كيري", "PER", "USA")])
    assert (["جون كيري"], ["العاصمة القطرية"]) in _pairs(doc, "CONSULT")


def test_aid_given_to_a_people(make_doc: MakeDoc) -> None:
    doc = make_doc("قدمت المملكة العربية السعودية مساعدات إنسانية للشعب اليمني.",
                   [("المملكة العربية السعودية", "GPE", "SAU")])
    assert _pairs(doc, "AID") == [(["المملكة العربية السعودية"], ["لشعب اليمني"])]


def test_a_condemnation_past_the_subjects_adjective(make_doc: MakeDoc) -> None:
    doc = make_doc("أدانت وزارة الخارجية المصرية التفجير الإرهابي الذي استهدف مسجدا في الكويت.",
                   [("وزارة الخارجية", "ORG", "EGY"), ("الكويت", "GPE", "KWT")])
    assert _pairs(doc, "ACCUSE") == [(["وزارة الخارجية المصرية"], ["التفجير الإرهابي"])]  # (the ministry's own adjective)


def test_the_arrested_end_before_a_verb(make_doc: MakeDoc) -> None:
    doc = make_doc("اعتقلت السلطات التركية 15 شخصا يشتبه في انتمائهم لتنظيم داعش.", [("داعش", "ORG")])
    assert _pairs(doc, "COERCE") == [(["السلطات التركية"], ["15 شخصا"])]


def test_sanctions_on_plain_companies(make_doc: MakeDoc) -> None:
    doc = make_doc("فرضت الولايات المتحدة عقوبات على شركات إيرانية.",
                   [("الولايات المتحدة", "GPE", "USA"), ("إيرانية", "NORP", "IRN")])
    assert _pairs(doc, "SANCTION") == [(["الولايات المتحدة"], ["شركات إيرانية"])]


def test_a_parliament_demands_and_a_counterpart_signs(make_doc: MakeDoc) -> None:
    doc = make_doc("طالب البرلمان الأوروبي تركيا بالإفراج عن المعتقلين.", [("تركيا", "GPE", "TUR")])
    assert _pairs(doc, "REQUEST") == [(["البرلمان الأوروبي"], ["تركيا"])]
    doc = make_doc("وقع وزير الدفاع التركي خلوصي أكار ونظيره الليبي مذكرة تفاهم في أنقرة.",
                   [("خلوصي أكار", "PER", "TUR"), ("أنقرة", "GPE", "TUR")])
    assert _pairs(doc, "AGREE") == [(["خلوصي أكار"], ["نظيره الليبي"])]


def test_drones_loyal_to_a_man_strike_a_sides_positions(make_doc: MakeDoc) -> None:
    doc = make_doc("قصفت طائرات مسيرة تابعة لقوات حفتر مواقع لقوات الوفاق جنوب طرابلس.",
                   [("حفتر", "PER", "LBY"), ("طرابلس", "GPE", "LBY")])
    assert _pairs(doc, "ASSAULT") == [(["طائرات مسيرة تابعة لقوات حفتر"], ["قوات الوفاق"])]


def test_subject_right_before_the_verb_then_two_objects(make_doc: MakeDoc) -> None:
    doc = make_doc("وأعلنت السفارة أن الولايات المتحدة سلمت مصر ثماني طائرات مقاتلة من طراز إف 16.",
                   [("الولايات المتحدة", "GPE", "USA"), ("مصر", "GPE", "EGY")])
    assert _pairs(doc, "AID") == [(["الولايات المتحدة"], ["مصر"])]


def test_whom_a_threat_and_a_release_name(make_doc: MakeDoc) -> None:
    doc = make_doc("هدد الحوثيون باستهداف المنشآت النفطية في المملكة.", [("الحوثيون", "ORG", "YEM"), ("المملكة", "GPE", "SAU")])
    assert _pairs(doc, "THREATEN") == [(["الحوثيون"], ["المنشآت النفطية"])]
    doc = make_doc("أفرجت السلطات الإيرانية عن صحفي أمريكي.", [])
    assert _pairs(doc, "CONCEDE") == [(["السلطات الإيرانية"], ["صحفي أمريكي"])]


def test_the_palace_of_a_reception_is_where_not_whom(make_doc: MakeDoc) -> None:
    doc = make_doc("واستقبل الرئيس التونسي الباجي قائد السبسي بقصر قرطاج رئيس الحكومة الليبية المؤقتة عبدالله الثني.",
                   [("الباجي قائد السبسي", "PER", "TUN"), ("قرطاج", "GPE", "TUN"), ("عبدالله الثني", "PER", "LBY")])
    assert _pairs(doc, "CONSULT") == [(["الباجي قائد السبسي"], ["عبدالله الثني"])]


def test_a_suicide_bomber_targets_a_gathering_of_forces(make_doc: MakeDoc) -> None:
    doc = make_doc("واستهدف انتحاري تجمعا للقوات الأمنية في بغداد.", [("بغداد", "GPE", "IRQ")])
    assert _pairs(doc, "ASSAULT") == [(["انتحاري"], ["لقوات الأمنية"])]


def test_protests_told_by_strikes_and_streets(make_doc: MakeDoc) -> None:
    for text in ("خرج آلاف العراقيين إلى الشوارع في بغداد للمطالبة بتحسين الخدمات.",
                 "أضرب عمال النظافة عن العمل احتجاجا على تأخر رواتبهم."):
        assert [e.type for e in code_events(make_doc(text, [("بغداد", "GPE", "IRQ")]))] == ["PROTEST"], text


def test_a_protest_called_for_or_denied_is_none_told(make_doc: MakeDoc) -> None:
    assert code_events(make_doc("دعا الناشطون إلى تظاهرة حاشدة يوم الجمعة المقبل.", [])) == []
    events = code_events(make_doc("لم تشهد المدينة أي احتجاجات منذ أسابيع.", []))
    assert [e.modality for e in events] == ["negated"]


def test_shells_fall_and_fire_opened_on_a_patrol(make_doc: MakeDoc) -> None:
    doc = make_doc("سقطت قذيفة هاون على حي سكني في دمشق.", [("دمشق", "GPE", "SYR")])
    assert [e.type for e in code_events(doc)] == ["ASSAULT"]
    doc = make_doc("أطلق مسلحون النار على دورية للشرطة في العريش.", [("العريش", "GPE", "EGY")])
    assert _pairs(doc, "ASSAULT") == [(["مسلحون"], ["لشرطة"])]


def test_who_suffered_an_attack(make_doc: MakeDoc) -> None:
    doc = make_doc("يتعرض المدنيون في تعز لقصف يومي من ميليشيات الحوثي.", [("تعز", "GPE", "YEM"), ("الحوثي", "ORG", "YEM")])
    assert [r for _, rs in _pairs(doc, "ASSAULT") for r in rs] == ["المدنيون"]


def test_a_quotation_starts_a_new_clause(make_doc: MakeDoc) -> None:
    doc = make_doc("وجاء في بيان الجيش «قتل ثلاثة من جنودنا نتيجة هجوم نفذته المنظمة الإرهابية».",
                   [("المنظمة الإرهابية", "ORG")])
    assert all(actors != ["الجيش"] for actors, _ in _pairs(doc, "ASSAULT"))


def test_a_plural_and_its_nisba_adjective(make_doc: MakeDoc) -> None:
    doc = make_doc("واشتبك مقاتلو المقاومة الشعبية مع مسلحين حوثيين في مأرب.", [("مأرب", "GPE", "YEM")])
    assert [r for _, rs in _pairs(doc, "ASSAULT") for r in rs] == ["مسلحين حوثيين"]


def test_a_feminine_plural_and_its_nisba_adjective(make_doc: MakeDoc) -> None:
    doc = make_doc("وقصفت مقاتلات تركية فجر الجمعة مواقع تنظيم داعش في شمال سوريا.",
                   [("داعش", "ORG"), ("سوريا", "GPE", "SYR")])
    assert [a for actors, _ in _pairs(doc, "ASSAULT") for a in actors] == ["مقاتلات تركية"]


def test_fighters_of_a_named_group_are_one_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("وأضافت الوكالة أن مقاتلين من حزب العمال الكردستاني هاجموا مركزا للشرطة في أضنة.",
                   [("حزب العمال الكردستاني", "ORG", "TUR"), ("أضنة", "GPE", "TUR")])
    assert [a for actors, _ in _pairs(doc, "ASSAULT") for a in actors] == ["مقاتلين من حزب العمال الكردستاني"]


def test_a_feminine_plural_takes_no_noun_for_an_adjective(make_doc: MakeDoc) -> None:
    doc = make_doc("ونفذت قوات عملية عسكرية ضد تنظيم داعش في شمال سوريا.", [("داعش", "ORG"), ("سوريا", "GPE", "SYR")])
    assert _pairs(doc, "ASSAULT") == [(["قوات"], ["داعش"])]  # («قوات عملية» would leave the operation no doer)


def test_members_of_a_named_group_are_one_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("واعتقلت الشرطة التركية عناصر من حزب العمال الكردستاني في أضنة.",
                   [("الشرطة التركية", "ORG", "TUR"), ("حزب العمال الكردستاني", "ORG", "TUR"), ("أضنة", "GPE", "TUR")])
    assert _pairs(doc, "COERCE") == [(["الشرطة التركية"], ["عناصر من حزب العمال الكردستاني"])]


def test_helicopters_strike_a_groups_members(make_doc: MakeDoc) -> None:
    doc = make_doc('قُتل ستة من عناصر "أنصار بيت المقدس" في قصف جوي نفذته مروحيات الأباتشي جنوبي الشيخ زويد.',
                   [("أنصار بيت المقدس", "ORG"), ("الشيخ زويد", "GPE", "EGY")])
    assert _pairs(doc, "ASSAULT") == [(["مروحيات الأباتشي"], ["أنصار بيت المقدس"])]
    doc = make_doc("في غارات شنتها مروحيات طيران الجيش على مواقع داعش.", [("داعش", "ORG")])
    assert _pairs(doc, "ASSAULT") == [(["مروحيات طيران الجيش"], ["داعش"])]


def test_a_place_named_with_a_fight_is_where_it_was(make_doc: MakeDoc) -> None:
    doc = make_doc("مقتل 5 باشتباكات أجدابيا", [("أجدابيا", "GPE", "LBY")])
    assert all("أجدابيا" not in actors for actors, _ in _pairs(doc, "ASSAULT"))
    doc = make_doc("وهاجمت طائرة حربية مواقع المسلحين في أجدابيا.", [("أجدابيا", "GPE", "LBY")])
    assert [actors for actors, _ in _pairs(doc, "ASSAULT")] == [["طائرة حربية"]]
