"""Statements of several speakers, a condemned act's doer, plain people as participants, a time between
commas and new trigger words: invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_each_condemning_state_makes_its_own_statement(make_doc: MakeDoc) -> None:
    doc = make_doc("أدانت فرنسا وبريطانيا وألمانيا الهجوم الإرهابي على السفارة.",
                   [("فرنسا", "GPE", "FRA"), ("بريطانيا", "GPE", "GBR"), ("ألمانيا", "GPE", "DEU")])
    assert sorted(a[0] for a, _ in event_pairs(doc, "ACCUSE")) == sorted(["فرنسا", "بريطانيا", "ألمانيا"])


def test_a_joint_attack_stays_one_event(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجمت قوات الجيش وقوات الشرطة مواقع داعش في الرمادي.",
                   [("داعش", "ORG"), ("الرمادي", "GPE", "IRQ")])
    assert len(event_pairs(doc, "ASSAULT")) == 1


def test_a_condemned_act_targets_its_doer_named_before(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم مستوطنون إسرائيليون منزلا في قرية دوما فجر الجمعة. وأدانت الحكومة الفرنسية الجريمة البشعة.",
                   [("دوما", "GPE", "PSE"), ("الحكومة الفرنسية", "ORG", "FRA")])
    pairs = event_pairs(doc, "ACCUSE")
    assert pairs and all(r == ["مستوطنون إسرائيليون"] for _, r in pairs), pairs


def test_a_condemned_act_with_no_doer_named_stays_the_recipient(make_doc: MakeDoc) -> None:
    doc = make_doc("انفجرت عبوة ناسفة في سوق ببغداد. وأدانت الحكومة الفرنسية الجريمة البشعة.",
                   [("بغداد", "GPE", "IRQ"), ("الحكومة الفرنسية", "ORG", "FRA")])
    assert event_pairs(doc, "ACCUSE") == [(["الحكومة الفرنسية"], ["الجريمة البشعة"])]


def test_people_of_the_caller_are_asked(make_doc: MakeDoc) -> None:
    doc = make_doc("دعت السلطات الإيرانية مواطنيها إلى عدم السفر برا إلى تركيا.", [("تركيا", "GPE", "TUR")])
    assert event_pairs(doc, "REQUEST") == [(["السلطات الإيرانية"], ["مواطنيها"])]


def test_a_time_between_commas_does_not_end_the_clause(make_doc: MakeDoc) -> None:
    doc = make_doc("كرم مدير التعليم أحمد ربيع، اليوم الأحد، السائق محمد بن علي أبو طالب.",
                   [("أحمد ربيع", "PER"), ("محمد بن علي أبو طالب", "PER")])
    assert event_pairs(doc, "SUPPORT") == [(["أحمد ربيع"], ["محمد بن علي أبو طالب"])]
    assert event_pairs(doc, "REQUEST") == []  # («طالب» is his name, not «demanded»)


def test_new_trigger_words(make_doc: MakeDoc) -> None:
    doc = make_doc("استهجن وزير الخارجية سامح شكري تصريحات الوزير التركي.", [("سامح شكري", "PER")])
    assert [a for a, _ in event_pairs(doc, "ACCUSE")] == [["سامح شكري"]]
    doc = make_doc("نصحت وزارة الخارجية الإيرانية مواطنيها بعدم السفر إلى تركيا.",
                   [("وزارة الخارجية الإيرانية", "ORG", "IRN"), ("تركيا", "GPE", "TUR")])
    assert event_pairs(doc, "REQUEST") == [(["وزارة الخارجية الإيرانية"], ["مواطنيها"])]
    doc = make_doc("وزعت هيئة الهلال الأحمر مساعدات غذائية على النازحين في عدن.",
                   [("هيئة الهلال الأحمر", "ORG"), ("عدن", "GPE", "YEM")])
    assert event_pairs(doc, "AID") == [(["هيئة الهلال الأحمر"], ["النازحين"])]
    doc = make_doc("بعث الرئيس عبد الفتاح السيسي برقية تهنئة إلى الرئيس الباجي قائد السبسي.",
                   [("عبد الفتاح السيسي", "PER"), ("الباجي قائد السبسي", "PER")])
    assert event_pairs(doc, "SUPPORT") == [(["عبد الفتاح السيسي"], ["الباجي قائد السبسي"])]
    doc = make_doc("أطاح الشعب التونسي بالرئيس زين العابدين بن علي عام 2011.", [("زين العابدين بن علي", "PER", "TUN")])
    assert event_pairs(doc, "COERCE") == []  # («أطاح بـ» is also to topple: no arrest word)


def test_one_person_takes_no_genitive(make_doc: MakeDoc) -> None:
    doc = make_doc("ألقت الجهات الأمنية القبض على شاب استغل أسرته لتهريب المخدرات.", [])
    assert event_pairs(doc, "COERCE") == [(["الجهات الأمنية"], ["شاب"])]
    doc = make_doc("اعتقلت الشرطة شابا سعوديا في الدمام.", [("الدمام", "GPE", "SAU")])
    assert event_pairs(doc, "COERCE") == [(["الشرطة"], ["شابا سعوديا"])]


def test_raids_named_by_a_nationality_killed_the_dead(make_doc: MakeDoc) -> None:
    doc = make_doc("مقتل 260 متمردا خلال أسبوع من الغارات التركية", [])
    assert event_pairs(doc, "ASSAULT") == [(["الغارات التركية"], ["260 متمردا"])]


def test_a_body_keeps_its_nationality_and_its_office_its_body(make_doc: MakeDoc) -> None:
    doc = make_doc("نصحت وزارة الخارجية الإيرانية مواطنيها بعدم السفر إلى تركيا.",
                   [("وزارة الخارجية", "ORG", "IRN"), ("الإيرانية", "NORP", "IRN"), ("تركيا", "GPE", "TUR")])
    assert event_pairs(doc, "REQUEST") == [(["وزارة الخارجية الإيرانية"], ["مواطنيها"])]
    doc = make_doc("أدانت الأمانة العامة لهيئة كبار العلماء العمل الإجرامي الدنيء.",
                   [("الأمانة العامة", "ORG", "SAU"), ("هيئة كبار العلماء", "ORG", "SAU")])
    assert event_pairs(doc, "ACCUSE") == [(["الأمانة العامة لهيئة كبار العلماء"], ["العمل الإجرامي الدنيء"])]


def test_a_definite_body_takes_no_definite_noun(make_doc: MakeDoc) -> None:
    doc = make_doc("وطالبت الوزارة الدول كافة بالتصدي العاجل للاستيطان.", [])
    assert event_pairs(doc, "REQUEST") == [(["الوزارة"], ["الدول كافة"])]


def test_a_nationality_noun_is_a_plain_object(make_doc: MakeDoc) -> None:
    doc = make_doc("قتلت القوات الإسرائيلية فلسطينيا بالرصاص في جنين.", [("جنين", "GPE", "PSE")])
    assert event_pairs(doc, "ASSAULT") == [(["القوات الإسرائيلية"], ["فلسطينيا"])]


def test_during_his_meeting_the_object_is_whom_he_met(make_doc: MakeDoc) -> None:
    doc = make_doc("وبحث الوزير عادل الجبير خلال استقباله السفير الأمريكي جون كيري العلاقات الثنائية.",
                   [("عادل الجبير", "PER", "SAU"), ("جون كيري", "PER", "USA")])
    assert event_pairs(doc, "CONSULT") == [(["عادل الجبير"], ["جون كيري"])]
    doc = make_doc("وشدد الرئيس عبدربه منصور هادي خلال لقائه اليوم المبعوث الأممي إسماعيل ولد الشيخ على الهدنة.",
                   [("عبدربه منصور هادي", "PER", "YEM"), ("إسماعيل ولد الشيخ", "PER")])
    assert event_pairs(doc, "CONSULT") == [(["عبدربه منصور هادي"], ["إسماعيل ولد الشيخ"])]
    doc = make_doc("وكان في استقبالهم مدير عام الجمارك صالح الخليوي.", [("صالح الخليوي", "PER", "SAU")])
    assert event_pairs(doc, "CONSULT") == []  # (he received them: no reading of who met whom from «في استقبالهم»)


def test_counted_people_arrested_in_the_passive(make_doc: MakeDoc) -> None:
    doc = make_doc("ذكرت الوكالة أن ستة أشخاص على الأقل اعتقلوا للاشتباه في علاقتهم بالهجوم.", [])
    assert event_pairs(doc, "COERCE") == [([], ["ستة أشخاص"])]


def test_the_speaker_goes_on_in_a_circumstantial_after_a_quote(make_doc: MakeDoc) -> None:
    doc = make_doc('وقال الشيخ محمد حسين إن الوضع خطير. وأضاف "إن استمرار العدوان قد يقود إلى مجزرة"، محملا سلطات '
                   'الاحتلال المسؤولية التامة عن ذلك.', [("محمد حسين", "PER")])
    assert event_pairs(doc, "ACCUSE") == [(["محمد حسين"], ["سلطات الاحتلال"])]


def test_a_number_of_a_people_met(make_doc: MakeDoc) -> None:
    doc = make_doc("والتقى اللواء محمد الغامدي عددًا من اليمنيين واستمع إلى الصعوبات.",
                   [("محمد الغامدي", "PER", "SAU"), ("اليمنيين", "NORP", "YEM")])
    assert event_pairs(doc, "CONSULT") == [(["محمد الغامدي"], ["عددًا من اليمنيين"])]


def test_a_company_urges_its_subscribers(make_doc: MakeDoc) -> None:
    doc = make_doc('حثت شركة "موبايلي" مشتركيها على المشاركة في الانتخابات البلدية.', [("موبايلي", "ORG", "SAU")])
    assert event_pairs(doc, "REQUEST") == [(["موبايلي"], ["مشتركيها"])]


def test_a_guest_after_the_hosts_long_titles_and_asides(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير "
                   "الداخلية -حفظه الله- في قصر سموه بجدة، مساء أمس، معالي وزير الخارجية المصري سامح شكري.",
                   [("محمد بن نايف بن عبدالعزيز", "PER", "SAU"), ("جدة", "GPE", "SAU"), ("سامح شكري", "PER", "EGY")])
    assert event_pairs(doc, "CONSULT") == [(["محمد بن نايف بن عبدالعزيز"], ["سامح شكري"])]


def test_a_plural_adjective_closes_the_condemners(make_doc: MakeDoc) -> None:
    doc = make_doc("استنكر عدد من الخبراء الأمنيين الحادث الإجرامي الأثيم الذي وقع في مسجد.", [])
    assert event_pairs(doc, "ACCUSE") == [(["عدد من الخبراء الأمنيين"], ["الحادث الإجرامي الأثيم"])]


def test_the_genitive_of_a_release_is_freed(make_doc: MakeDoc) -> None:
    doc = make_doc("أعلنت السلطات العمانية إطلاق سراح الرهينة الفرنسية إيزابيل بريم.",
                   [("السلطات العمانية", "ORG", "OMN"), ("إيزابيل بريم", "PER", "FRA")])
    assert event_pairs(doc, "CONCEDE") == [(["السلطات العمانية"], ["إيزابيل بريم"])]


def test_killed_dying_of_his_wounds_is_a_victim(make_doc: MakeDoc) -> None:
    doc = make_doc("قتل والي الموصل عبد الحافظ خضر العفري متأثرا بجراحه بعد تعرضه لهجوم مسلح.",
                   [("عبد الحافظ خضر العفري", "PER", "IRQ")])
    assert ([], ["عبد الحافظ خضر العفري"]) in event_pairs(doc, "ASSAULT")  # (not «X killed متأثرا»)


def test_the_condemner_named_again_is_not_what_he_condemns(make_doc: MakeDoc) -> None:
    doc = make_doc("أدان وكيل الإمارة الدكتور حامد بن مالح الشمري العمل الإرهابي الظالم الذي وقع في المسجد، وأشار الشمري "
                   "إلى أن هذا العمل جبان.", [("حامد بن مالح الشمري", "PER", "SAU"), ("الشمري", "PER", "SAU")])
    assert event_pairs(doc, "ACCUSE") == [(["حامد بن مالح الشمري"], ["العمل الإرهابي الظالم"])]


def test_a_capital_described_before_its_name(make_doc: MakeDoc) -> None:
    doc = make_doc("وصل المبعوث الأمريكي بريت ماكجورك إلى العاصمة التركية أنقرة لإجراء لقاءات مع المسؤولين الأتراك.",
                   [("بريت ماكجورك", "PER", "USA"), ("التركية", "NORP", "TUR"), ("أنقرة", "GPE", "TUR")])
    assert event_pairs(doc, "CONSULT") == [(["بريت ماكجورك"], ["أنقرة"])]


def test_condemned_strongly_with_a_conjunction(make_doc: MakeDoc) -> None:
    doc = make_doc("أدانت الأمانة العامة لهيئة كبار العلماء وبشدة العمل الإجرامي الدنيء في منطقة عسير.",
                   [("الأمانة العامة لهيئة كبار العلماء", "ORG", "SAU"), ("عسير", "LOC", "SAU")])
    assert event_pairs(doc, "ACCUSE") == [(["الأمانة العامة لهيئة كبار العلماء"], ["العمل الإجرامي الدنيء"])]


def test_condemned_in_the_strongest_terms_with_a_conjunction(make_doc: MakeDoc) -> None:
    doc = make_doc("ندد البرلمان العربي وبأشد العبارات بالتفجير الإرهابي في مقديشو.",
                   [("البرلمان العربي", "ORG"), ("مقديشو", "GPE", "SOM")])
    assert event_pairs(doc, "ACCUSE") == [(["البرلمان العربي"], ["التفجير الإرهابي"])]
