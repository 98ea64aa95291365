"""The most common phrasings of arrests, seizures, aid and threats in Arabic news, each with plain-word
participants the NER does not tag; invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_arrest_told_with_alqa_alqabd(make_doc: MakeDoc) -> None:
    doc = make_doc("ألقت الشرطة السعودية القبض على رجل في الرياض.", [("الرياض", "GPE", "SAU")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة السعودية"], ["رجل"])]


def test_a_definite_phrase_stops_at_the_event_noun(make_doc: MakeDoc) -> None:
    doc = make_doc("ألقت قوات الأمن العراقية القبض على خمسة أشخاص في بغداد.", [("بغداد", "GPE", "IRQ")])
    assert event_pairs(doc, "COERCE") == [(["قوات الأمن العراقية"], ["خمسة أشخاص"])]


def test_qabad_ala_after_the_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("قبضت الشرطة على ثلاثة متهمين في جدة.", [("جدة", "GPE", "SAU")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["ثلاثة متهمين"])]


def test_qabad_without_ala_is_no_arrest(make_doc: MakeDoc) -> None:
    doc = make_doc("قبض الموظفون رواتبهم أمس.", [])
    assert event_pairs(doc, "COERCE") == []


def test_security_services_seize_a_cell(make_doc: MakeDoc) -> None:
    doc = make_doc("ضبطت الأجهزة الأمنية شبكة إرهابية في الكويت.", [("الكويت", "GPE", "KWT")])
    assert event_pairs(doc, "COERCE") == [(["الأجهزة الأمنية"], ["شبكة إرهابية"])]


def test_border_guard_patrols_seize_infiltrators(make_doc: MakeDoc) -> None:
    doc = make_doc("وضبطت دوريات حرس الحدود 15 متسللا.", [])
    assert event_pairs(doc, "COERCE") == [(["دوريات حرس الحدود"], ["15 متسللا"])]


def test_drugs_seized_are_no_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("ضبطت الشرطة كمية من المخدرات في جدة.", [("جدة", "GPE", "SAU")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], [])]


def test_awqafa_arrests_people_and_stops_things(make_doc: MakeDoc) -> None:
    doc = make_doc("أوقفت الشرطة التركية 20 شخصا في إسطنبول. وأوقفت الحكومة العمل بالقرار.",
                   [("إسطنبول", "GPE", "TUR")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة التركية"], ["20 شخصا"])]


def test_an_engineer_is_abducted(make_doc: MakeDoc) -> None:
    doc = make_doc("اختطف مسلحون مهندسا في ليبيا.", [("ليبيا", "GPE", "LBY")])
    assert event_pairs(doc, "ASSAULT") == [(["مسلحون"], ["مهندسا"])]


def test_aid_to_a_country(make_doc: MakeDoc) -> None:
    doc = make_doc("قدم مركز الملك سلمان للإغاثة مساعدات إنسانية لسوريا.",
                   [("مركز الملك سلمان للإغاثة", "ORG", "SAU"), ("سوريا", "GPE", "SYR")])
    assert event_pairs(doc, "AID") == [(["مركز الملك سلمان للإغاثة"], ["سوريا"])]


def test_aid_sent_to_a_city(make_doc: MakeDoc) -> None:
    doc = make_doc("أرسلت الإمارات سفينة مساعدات إلى عدن.", [("الإمارات", "GPE", "ARE"), ("عدن", "GPE", "YEM")])
    assert event_pairs(doc, "AID") == [(["الإمارات"], ["عدن"])]


def test_a_threat_of_attacks_on_a_country(make_doc: MakeDoc) -> None:
    doc = make_doc("هدد تنظيم داعش بشن هجمات على السعودية.",
                   [("تنظيم داعش", "ORG"), ("السعودية", "GPE", "SAU")])
    assert event_pairs(doc, "THREATEN") == [(["تنظيم داعش"], ["السعودية"])]


def test_a_threat_of_attacks_names_no_target(make_doc: MakeDoc) -> None:
    doc = make_doc("هدد تنظيم داعش بشن هجمات.", [("تنظيم داعش", "ORG")])
    assert event_pairs(doc, "THREATEN") == []


def test_waalqat_is_the_light_verb_after_the_conjunction(make_doc: MakeDoc) -> None:
    doc = make_doc("وألقت قوات الأمن العراقية القبض على خمسة أشخاص في بغداد.", [("بغداد", "GPE", "IRQ")])
    assert event_pairs(doc, "COERCE") == [(["قوات الأمن العراقية"], ["خمسة أشخاص"])]


def test_an_imperfect_verb_ends_the_plain_object(make_doc: MakeDoc) -> None:
    doc = make_doc("ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية تنتمي إلى تنظيم داعش. "
                   "وألقت الشرطة القبض على ستيني ينتحل صفة طبيب.",
                   [("الكويتية", "NORP", "KWT"), ("تنظيم داعش", "ORG")])
    assert event_pairs(doc, "COERCE") == [(["الأجهزة الأمنية الكويتية"], ["شبكة إرهابية"]), (["الشرطة"], ["ستيني"])]


def test_a_nationality_after_a_nisba_plural_is_no_verb(make_doc: MakeDoc) -> None:
    doc = make_doc("مقتل شرطيين تركيين في هجوم منسوب لحزب العمال الكردستاني",
                   [("تركيين", "NORP", "TUR"), ("حزب العمال الكردستاني", "ORG", "TUR")])
    assert event_pairs(doc, "ASSAULT") == [(["حزب العمال الكردستاني"], ["شرطيين تركيين"])]


def test_southern_forces_arrest(make_doc: MakeDoc) -> None:
    doc = make_doc("وقالت حركة المقاومة إن القوى الجنوبية اعتقلت القائد العسكري عبدالخالق الحوثي.",
                   [("حركة المقاومة", "ORG", "YEM"), ("عبدالخالق الحوثي", "PER", "YEM")])
    assert event_pairs(doc, "COERCE") == [(["القوى الجنوبية"], ["عبدالخالق الحوثي"])]


def test_what_follows_and_after_is_another_events(make_doc: MakeDoc) -> None:
    doc = make_doc("دعا الأمين العام للحلف إلى اجتماع طارئ بعد تفجير انتحاري وقع الأسبوع الماضي هناك وبعد عمليات "
                   "أمنية تركية ضد تنظيم الدولة الإسلامية وحزب العمال الكردستاني.",
                   [("حزب العمال الكردستاني", "ORG", "TUR"), ("تركية", "NORP", "TUR"), ("تنظيم الدولة الإسلامية", "ORG")])
    assert event_pairs(doc, "ASSAULT") == [(["انتحاري"], [])]


def test_where_they_advance_is_no_side_of_the_clashes(make_doc: MakeDoc) -> None:
    doc = make_doc("تقدمت المقاومة باتجاه قيادة المحور وإدارة الأمن العام بعد اشتباكات عنيفة مع مليشيات الحوثي.",
                   [("إدارة الأمن العام", "ORG", "YEM"), ("الحوثي", "ORG", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["المقاومة"], ["الحوثي"])]


def test_a_memorandum_signed_with_someone(make_doc: MakeDoc) -> None:
    doc = make_doc("وقعت السعودية مذكرة تفاهم مع فرنسا.", [("السعودية", "GPE", "SAU"), ("فرنسا", "GPE", "FRA")])
    assert event_pairs(doc, "AGREE") == [(["السعودية"], ["فرنسا"])]


def test_a_government_before_an_organisation_is_the_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("حمّلت الحكومة اليمنية الحوثيين مسؤولية انهيار الهدنة.", [("الحوثيين", "ORG", "YEM")])
    assert event_pairs(doc, "ACCUSE") == [(["الحكومة اليمنية"], ["الحوثيين"])]


def test_what_is_denounced_after_ba(make_doc: MakeDoc) -> None:
    doc = make_doc("نددت منظمة العفو الدولية بإعدام السجناء في إيران.",
                   [("منظمة العفو الدولية", "ORG"), ("إيران", "GPE", "IRN")])
    assert event_pairs(doc, "ACCUSE") == [(["منظمة العفو الدولية"], ["إعدام السجناء"])]


def test_a_secretary_general_of_an_organisation_praises_a_state(make_doc: MakeDoc) -> None:
    doc = make_doc("أشاد الأمين العام للأمم المتحدة بجهود المملكة في مكافحة الإرهاب.", [("لأمم المتحدة", "ORG")])
    assert event_pairs(doc, "SUPPORT") == [(["الأمين العام للأمم المتحدة"], ["المملكة"])]


def test_prisoners_released(make_doc: MakeDoc) -> None:
    doc = make_doc("أطلقت السلطات سراح عشرين معتقلا.", [])
    assert event_pairs(doc, "CONCEDE") == [(["السلطات"], ["عشرين معتقلا"])]


def test_the_police_open_fire(make_doc: MakeDoc) -> None:
    doc = make_doc("أطلقت الشرطة النار على المتظاهرين.", [])
    assert event_pairs(doc, "ASSAULT") == [(["الشرطة"], ["المتظاهرين"])]


def test_courts_sentence(make_doc: MakeDoc) -> None:
    doc = make_doc("حكمت محكمة مصرية على ثلاثة صحفيين بالسجن. قضت المحكمة الجزائية المتخصصة بسجن مواطن عشر سنوات.",
                   [("مصرية", "NORP", "EGY")])
    assert event_pairs(doc, "SANCTION") == [(["محكمة مصرية"], ["ثلاثة صحفيين"]),
                                            (["المحكمة الجزائية المتخصصة"], ["مواطن"])]


def test_self_rule_on_a_land_is_no_sentence(make_doc: MakeDoc) -> None:
    doc = make_doc("هدفهم منع الأكراد السوريين من إنشاء حكم ذاتي على أرضهم.", [("الأكراد", "NORP")])
    assert event_pairs(doc, "SANCTION") == []


def test_an_aside_between_dashes_is_no_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("وكانت الأجهزة الأمنية - عقب وقوع التفجير الإرهابي في مسجد الإمام الصادق - ألقت القبض على السائق.",
                   [("الصادق", "PER")])
    assert event_pairs(doc, "COERCE") == [(["الأجهزة الأمنية"], ["السائق"])]


def test_the_site_a_suicide_bomber_blew_himself_up_in(make_doc: MakeDoc) -> None:
    doc = make_doc("فجر انتحاري نفسه في مسجد بالكويت.", [("الكويت", "GPE", "KWT")])
    assert event_pairs(doc, "ASSAULT") == [(["انتحاري"], ["مسجد"])]


def test_a_trial_names_an_attack_told_before(make_doc: MakeDoc) -> None:
    doc = make_doc("بدء محاكمة متهمين في تفجير مسجد الصادق بالكويت", [("الكويت", "GPE", "KWT")])
    assert event_pairs(doc, "ASSAULT") == []


def test_an_aim_is_no_attack(make_doc: MakeDoc) -> None:
    doc = make_doc("وأقر عيدان بأنه على علم بهدف التفجير بعد لقائه بالقباع.", [("عيدان", "PER"), ("القباع", "PER")])
    assert event_pairs(doc, "ASSAULT") == []


def test_a_counted_nationality_is_one_plain_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("اعتقلت قوات الاحتلال الإسرائيلي عشرة فلسطينيين في الضفة الغربية.",
                   [("قوات الاحتلال الإسرائيلي", "ORG", "ISR"), ("فلسطينيين", "NORP", "PSE"), ("الضفة الغربية", "LOC")])
    assert event_pairs(doc, "COERCE") == [(["قوات الاحتلال الإسرائيلي"], ["عشرة فلسطينيين"])]


def test_dahama_raids(make_doc: MakeDoc) -> None:
    doc = make_doc("دهمت الشرطة التركية منازل مشتبه بهم في إسطنبول.", [("إسطنبول", "GPE", "TUR")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة التركية"], ["منازل مشتبه بهم"])]


def test_thousands_take_part_in_a_march(make_doc: MakeDoc) -> None:
    doc = make_doc("شارك الآلاف في مسيرة حاشدة في القاهرة.", [("القاهرة", "GPE", "EGY")])
    assert event_pairs(doc, "PROTEST") == [(["الآلاف"], [])]


def test_a_grant_with_its_value_before_the_receiver(make_doc: MakeDoc) -> None:
    doc = make_doc("قدمت المملكة العربية السعودية منحة بقيمة مليار دولار لسوريا.",
                   [("المملكة العربية السعودية", "GPE", "SAU"), ("سوريا", "GPE", "SYR")])
    assert event_pairs(doc, "AID") == [(["المملكة العربية السعودية"], ["سوريا"])]


def test_whose_statements_are_condemned(make_doc: MakeDoc) -> None:
    doc = make_doc("استنكر الأمين العام عبداللطيف الزياني, بشدة تصريحات نائب رئيس الجمهورية العراقي نوري المالكي.",
                   [("عبداللطيف الزياني", "PER"), ("نوري المالكي", "PER", "IRQ")])
    assert event_pairs(doc, "ACCUSE") == [(["عبداللطيف الزياني"], ["نوري المالكي"])]


def test_kana_ends_the_plain_object(make_doc: MakeDoc) -> None:
    doc = make_doc("ألقت دوريات حرس الحدود البرية القبض على شخصين كانا متجهين إلى الكويت.",
                   [("الكويت", "GPE", "KWT")])
    assert event_pairs(doc, "COERCE") == [(["دوريات حرس الحدود البرية"], ["شخصين"])]


def test_a_singular_body_then_a_plural_object(make_doc: MakeDoc) -> None:
    doc = make_doc("حثت الحكومة المواطنين على المشاركة في الانتخابات.", [])
    assert event_pairs(doc, "REQUEST") == [(["الحكومة"], ["المواطنين"])]


def test_relief_of_refugees(make_doc: MakeDoc) -> None:
    doc = make_doc("نفذت الندوة العالمية للشباب الإسلامي مشروع إغاثة اللاجئين من إفريقيا الوسطى.",
                   [("الندوة العالمية للشباب الإسلامي", "ORG", "SAU"), ("إفريقيا الوسطى", "GPE", "CAF")])
    assert event_pairs(doc, "AID") == [(["الندوة العالمية للشباب الإسلامي"], ["اللاجئين"])]


def test_the_event_noun_is_the_subject_and_the_site_the_object(make_doc: MakeDoc) -> None:
    doc = make_doc("وقف أمير منطقة عسير على موقع التفجير الغاشم، الذي استهدف مسجد قوات الطوارئ الخاصة في أبها.",
                   [("أبها", "GPE", "SAU")])
    assert event_pairs(doc, "ASSAULT") == [([], ["مسجد قوات الطوارئ الخاصة"])]


def test_shelling_by_lam(make_doc: MakeDoc) -> None:
    doc = make_doc("وسقط قتلى في قصف للحوثيين على الأحياء السكنية في تعز.", [("لحوثيين", "ORG", "YEM"), ("تعز", "GPE", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["لحوثيين"], [])]


def test_a_verbal_noun_with_its_agent_then_lam_its_patient(make_doc: MakeDoc) -> None:
    doc = make_doc("احترق المنزل إثر استهداف الحوثيين المتمردين لمنزل العائلة في قرية دوما.",
                   [("الحوثيين", "ORG", "YEM"), ("دوما", "GPE")])
    assert event_pairs(doc, "ASSAULT") == [(["الحوثيين"], ["منزل العائلة"])]


def test_a_participle_with_its_complement_ends_the_plain_object(make_doc: MakeDoc) -> None:
    doc = make_doc("ضبطت الشرطة خلية إرهابية مكونة من ثلاثة عناصر.", [])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["خلية إرهابية"])]


def test_a_site_and_its_coordinated_group_are_two(make_doc: MakeDoc) -> None:
    doc = make_doc("وكانت الشرطة قد اعتقلت لين ومتظاهرين آخرين.", [])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["لين"])]


def test_a_demonstrative_group_keeps_its_demonstrative(make_doc: MakeDoc) -> None:
    doc = make_doc("وشنت هذه القوات هجمات على مواقع الحوثيين قرب القاعدة.", [("الحوثيين", "ORG", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["هذه القوات"], ["الحوثيين"])]


# Guards: what the rules above must not read.

def test_strong_is_no_forces(make_doc: MakeDoc) -> None:
    doc = make_doc("شن الحوثيون هجوم قوي على مواقع الجيش.", [("الحوثيون", "ORG", "YEM")])
    assert event_pairs(doc, "ASSAULT") == [(["الحوثيون"], ["الجيش"])]


def test_a_lecture_or_a_letter_about_an_attack_names_no_attacker(make_doc: MakeDoc) -> None:
    doc = make_doc("ألقى السفير محاضرة عن الهجوم الإرهابي في باريس. أرسل الوزير رسالة حول الهجوم على السفارة.",
                   [("باريس", "GPE", "FRA")])
    assert all(actors == [] for actors, _ in event_pairs(doc, "ASSAULT"))


def test_an_investigation_leads_to_arrests(make_doc: MakeDoc) -> None:
    doc = make_doc("وأعلنت الشرطة فتح تحقيق واعتقال ثلاثة أشخاص.", [])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["ثلاثة أشخاص"])]


def test_a_court_accepting_an_appeal_stabs_no_one(make_doc: MakeDoc) -> None:
    doc = make_doc("قبلت المحكمة طعن المتهم على الحكم.", [])
    assert event_pairs(doc, "ASSAULT") == []


def test_devices_seized_are_no_doer_nor_person(make_doc: MakeDoc) -> None:
    doc = make_doc("ضبطت الجمارك أجهزة كمبيوتر مهربة. وضبطت الشرطة أجهزة اتصال.", [])
    assert all(actors in ([], ["الشرطة"]) and recipients == [] for actors, recipients in event_pairs(doc, "COERCE"))


def test_deporting_people_to_their_country(make_doc: MakeDoc) -> None:
    doc = make_doc("بدأت السلطات ترحيل اللاجئين لبلادهم.", [])
    assert event_pairs(doc, "COERCE") == [(["السلطات"], ["اللاجئين"])]


def test_an_indefinite_authority_is_in_construct(make_doc: MakeDoc) -> None:
    doc = make_doc("أجرت الهند محادثات مع سلطات الاتحاد الأوروبي.", [("الهند", "GPE", "IND"), ("الاتحاد الأوروبي", "ORG")])
    assert event_pairs(doc, "CONSULT") == [(["الهند"], ["الاتحاد الأوروبي"])]


def test_qabad_ala_a_thing_is_no_arrest(make_doc: MakeDoc) -> None:
    doc = make_doc("قبض الموظفون رواتبهم على دفعتين.", [])
    assert event_pairs(doc, "COERCE") == []


def test_the_internet_network_is_no_cell(make_doc: MakeDoc) -> None:
    doc = make_doc("أوقفت السلطات شبكة الإنترنت في البلاد. وضبطت الشرطة شبكة اتصالات غير مرخصة.", [])
    assert all(recipients == [] for _, recipients in event_pairs(doc, "COERCE"))


def test_a_moment_is_no_bombed_site(make_doc: MakeDoc) -> None:
    doc = make_doc("ثم فجر الانتحاري نفسه في الركعة الثالثة.", [])
    assert event_pairs(doc, "ASSAULT") == [(["الانتحاري"], [])]


def test_a_comma_after_the_subject_ends_no_rejection_into_an_adjective(make_doc: MakeDoc) -> None:
    doc = make_doc("ورفض سكان مدينة بن قردان، الواقعة جنوب شرقي تونس، القرار.", [("بن قردان", "GPE", "TUN"), ("تونس", "GPE")])
    assert all("الواقعة" not in recipients for _, recipients in event_pairs(doc, "REJECT"))


def test_adjectives_after_a_plain_object_stay_with_it(make_doc: MakeDoc) -> None:
    doc = make_doc("اعتقلت الشرطة 15 خياطا موصليا لرفضهم العمل. واعتقلت الشرطة شابا يافعا.", [])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["15 خياطا موصليا"]), (["الشرطة"], ["شابا يافعا"])]


def test_those_who_are_denounced_are_no_noun(make_doc: MakeDoc) -> None:
    doc = make_doc("وندد أوباما بالذين يتبجحون بالعنف.", [("أوباما", "PER", "USA")])
    assert event_pairs(doc, "ACCUSE") == []


def test_the_name_adham_is_no_raid(make_doc: MakeDoc) -> None:
    doc = make_doc("قال إبراهيم بن أدهم الكلام في الزهد.", [("إبراهيم بن أدهم", "PER")])
    assert event_pairs(doc, "COERCE") == []


def test_police_detain_a_footballer_in_a_sports_sentence(make_doc: MakeDoc) -> None:
    doc = make_doc("احتجزت الشرطة في تشيلي أرتورو فيدال مهاجم المنتخب.",
                   [("تشيلي", "GPE", "CHL"), ("أرتورو فيدال", "PER", "CHL")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["أرتورو فيدال"])]


def test_an_ambassador_pays_a_visit_to_a_university(make_doc: MakeDoc) -> None:
    doc = make_doc("قام سفير البوسنة حارث هارلي، بزيارة لجامعة نايف العربية للعلوم الأمنية.",
                   [("البوسنة", "GPE", "BIH"), ("حارث هارلي", "PER", "BIH"), ("جامعة نايف العربية للعلوم الأمنية", "ORG", "SAU")])
    assert event_pairs(doc, "CONSULT") == [(["حارث هارلي"], ["جامعة نايف العربية للعلوم الأمنية"])]


def test_his_support_for_the_decisions_of_a_man(make_doc: MakeDoc) -> None:
    doc = make_doc("وأعلن رئيس مجلس النواب سليم الجبوري دعمه لقرارات العبادي الإصلاحية.",
                   [("مجلس النواب", "ORG", "IRQ"), ("سليم الجبوري", "PER", "IRQ"), ("العبادي", "PER", "IRQ")])
    assert event_pairs(doc, "SUPPORT") == [(["سليم الجبوري"], ["العبادي"])]


def test_her_rejection_owned_by_the_subject_before_it(make_doc: MakeDoc) -> None:
    doc = make_doc("جددت البحرين رفضها القاطع لاستمرار التدخلات الإيرانية.", [("البحرين", "GPE", "BHR")])
    assert event_pairs(doc, "REJECT") == [(["البحرين"], ["استمرار التدخلات الإيرانية"])]


def test_a_rejection_verb_with_its_object_stays_a_verb(make_doc: MakeDoc) -> None:
    doc = make_doc("رفضت حركة حماس المبادرة المصرية.", [("حركة حماس", "ORG", "PSE")])
    assert event_pairs(doc, "REJECT") == [(["حركة حماس"], ["المبادرة المصرية"])]


def test_her_support_for_the_decisions_of_a_titled_man(make_doc: MakeDoc) -> None:
    doc = make_doc("أعلنت كتلة التحالف المدني الديمقراطي تأييدها لقرارات رئيس الوزراء حيدر العبادي.",
                   [("التحالف المدني الديمقراطي", "ORG", "IRQ"), ("حيدر العبادي", "PER", "IRQ")])
    assert event_pairs(doc, "SUPPORT") == [(["التحالف المدني الديمقراطي"], ["حيدر العبادي"])]


def test_an_appeal_to_the_arab_states(make_doc: MakeDoc) -> None:
    doc = make_doc("ناشد الائتلاف الوطني الأحوازي الدول العربية فتح قنوات للحوار.", [("الائتلاف الوطني الأحوازي", "ORG")])
    assert event_pairs(doc, "REQUEST") == [(["الائتلاف الوطني الأحوازي"], ["الدول العربية"])]


def test_activists_hold_a_vigil(make_doc: MakeDoc) -> None:
    doc = make_doc("نظم ناشطون وقفة احتجاجية أمام السفارة الإيرانية في عمان.", [("عمان", "GPE", "JOR")])
    assert event_pairs(doc, "PROTEST") == [(["ناشطون"], [])]


def test_the_police_after_a_title_word_are_part_of_the_title(make_doc: MakeDoc) -> None:
    doc = make_doc("اتهم قائد الشرطة العميد محمد الحربي المتظاهرين بالشغب.", [("محمد الحربي", "PER", "SAU")])
    assert event_pairs(doc, "ACCUSE") == [(["محمد الحربي"], ["المتظاهرين"])]


def test_the_police_are_no_title_of_the_man_they_detain(make_doc: MakeDoc) -> None:
    doc = make_doc("احتجزت الشرطة أرتورو فيدال بعد الحادث.", [("أرتورو فيدال", "PER", "CHL")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["أرتورو فيدال"])]


def test_the_support_is_the_speakers_not_the_addressees(make_doc: MakeDoc) -> None:
    doc = make_doc("أكد الملك سلمان للرئيس الأمريكي باراك أوباما دعمه لجهود السلام.",
                   [("سلمان", "PER", "SAU"), ("باراك أوباما", "PER", "USA")])
    assert [actors for actors, _ in event_pairs(doc, "SUPPORT")] == [["سلمان"]]


def test_support_no_one_declares_is_no_event(make_doc: MakeDoc) -> None:
    doc = make_doc("المملكة بعيدة تماما عن مزاعم دعمها للإرهاب. وجاء ذلك دعما للتصدي لداعش.", [("داعش", "ORG")])
    assert event_pairs(doc, "SUPPORT") == []


def test_support_for_a_country(make_doc: MakeDoc) -> None:
    doc = make_doc("أكدت مصر دعمها لسوريا.", [("مصر", "GPE", "EGY"), ("سوريا", "GPE", "SYR")])
    assert event_pairs(doc, "SUPPORT") == [(["مصر"], ["سوريا"])]


def test_states_in_general_are_no_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("تحسنت العلاقات بين الدول بعد عمليات عسكرية.", [])
    assert event_pairs(doc, "ASSAULT") == [([], [])]


def test_a_ministry_by_its_short_name_is_an_overt_doer(make_doc: MakeDoc) -> None:
    doc = make_doc("أدانت الخارجية المصرية الهجوم الإرهابي على المسجد.", [("المصرية", "NORP", "EGY")])
    assert event_pairs(doc, "ACCUSE") == [(["الخارجية المصرية"], ["الهجوم الإرهابي"])]
