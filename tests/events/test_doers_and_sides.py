"""Who did it and to whom in constructions of unseen news: «while» clauses, counted sites, plural people
adjectives, the doer of a condemned deed, «قام X بـ», a fired rocket, passive plurals, an armed body as the
subject of its verb, and «لاستهداف X»; invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs, events_of

MakeDoc = Callable[..., Document]


def test_a_while_clause_has_its_own_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("وواصلت أنقرة حملتها الأمنية بينما قصفت الطائرات التركية مواقع في شمال العراق.",
                   [("أنقرة", "GPE", "TUR"), ("العراق", "GPE", "IRQ")])
    assert [actor for actor, _ in event_pairs(doc, "ASSAULT")] == [["الطائرات التركية"]]


def test_counted_sites_of_a_named_group_target_the_group(make_doc: MakeDoc) -> None:
    doc = make_doc("قصفت الطائرات التركية نحو 400 موقع من مواقع حزب العمال الكردستاني.",
                   [("حزب العمال الكردستاني", "ORG", "TUR")])
    assert event_pairs(doc, "ASSAULT") == [(["الطائرات التركية"], ["حزب العمال الكردستاني"])]


def test_a_plural_group_keeps_its_people_adjective(make_doc: MakeDoc) -> None:
    doc = make_doc("شن الطيران الحربي غارات على قواعد للمتمردين الأكراد في شمال العراق.", [("العراق", "GPE", "IRQ")])
    assert event_pairs(doc, "ASSAULT")[-1][1] == ["لمتمردين الأكراد"]
    doc = make_doc("مقتل جنديين في اشتباكات مع مقاتلين أكراد.", [])
    assert event_pairs(doc, "ASSAULT")[0][0] == ["مقاتلين أكراد"]


def test_the_doer_of_a_condemned_crime_is_the_target(make_doc: MakeDoc) -> None:
    doc = make_doc("دان الدكتور نبيل العربي الأمين العام لجامعة الدول العربية الجريمة الوحشية التي ارتكبها مستوطنون "
                   "إسرائيليون في قرية دوما.",
                   [("نبيل العربي", "PER", "EGY"), ("جامعة الدول العربية", "ORG", None), ("دوما", "GPE", "PSE")])
    assert event_pairs(doc, "ACCUSE") == [(["نبيل العربي"], ["مستوطنون إسرائيليون"])]


def test_an_unnamed_doer_of_qama_bi(make_doc: MakeDoc) -> None:
    doc = make_doc("فقام السائق بإطلاق النار على الزوجة بواسطة مسدس.", [])
    assert [actor for actor, _ in event_pairs(doc, "ASSAULT")] == [["السائق"]]


def test_who_fired_the_rocket_that_killed(make_doc: MakeDoc) -> None:
    doc = make_doc("قتل 18 شخصا أمس، في سقوط صاروخ أطلقته قوات النظام السوري على حي شعبي في حلب.",
                   [("قوات النظام السوري", "ORG", "SYR"), ("حلب", "GPE", "SYR")])
    assert (["قوات النظام السوري"], ["18 شخصا"]) in event_pairs(doc, "ASSAULT")


def test_a_passive_plural_killing_has_the_counted_people_as_victims(make_doc: MakeDoc) -> None:
    doc = make_doc("وأفاد مصدر أمني أن 8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم على ثكنة للجيش.", [])
    assert ([], ["8 أشخاص"]) in event_pairs(doc, "ASSAULT")


def test_an_armed_body_right_after_its_verb_is_the_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("ويقصف النظام بانتظام مناطق المعارضة في حلب.", [("حلب", "GPE", "SYR")])
    assert [actor for actor, _ in event_pairs(doc, "ASSAULT")] == [["النظام"]]


def test_a_purpose_of_targeting_names_the_target(make_doc: MakeDoc) -> None:
    doc = make_doc("في اليوم الثالث للعملية التي أطلقتها تركيا لاستهداف تنظيم داعش.",
                   [("تركيا", "GPE", "TUR"), ("تنظيم داعش", "ORG", None)])
    assert event_pairs(doc, "ASSAULT") == [(["تركيا"], ["تنظيم داعش"])]


def test_a_protest_noun_after_a_preposition(make_doc: MakeDoc) -> None:
    doc = make_doc("صدامات أثناء تظاهر منظمة عنصرية في ولاية كارولينا.", [("كارولينا", "GPE", "USA")])
    assert [e.trigger.text for e in events_of(doc, "PROTEST")] == ["تظاهر"]


def test_protesters_on_one_side_of_clashes_protest(make_doc: MakeDoc) -> None:
    doc = make_doc("شهدت بعض المناطق مواجهات محدودة بين الشرطة ومحتجين أكراد.", [])
    assert event_pairs(doc, "PROTEST") == [(["محتجين أكراد"], [])]


def test_a_suicide_bombers_site_after_the_belt_and_the_time(make_doc: MakeDoc) -> None:
    doc = make_doc("فجر انتحاري نفسه بحزام ناسف أمس، داخل مسجد في مدينة أبها.", [("أبها", "GPE", "SAU")])
    assert event_pairs(doc, "ASSAULT") == [(["انتحاري"], ["مسجد"])]
    doc = make_doc("«داعشي» يفجر نفسه وسط المصلين في مسجد بأبها", [("أبها", "GPE", "SAU")])
    assert [recipient for _, recipient in event_pairs(doc, "ASSAULT")] == [["المصلين"]]


def test_returning_fire_honouring_and_approving_an_understanding(make_doc: MakeDoc) -> None:
    doc = make_doc("ردت القوات المسلحة السعودية على مصدر النيران عبر طائرات الأباتشي.",
                   [("القوات المسلحة السعودية", "ORG", "SAU")])
    assert event_pairs(doc, "ASSAULT") == [(["القوات المسلحة السعودية"], ["مصدر النيران"])]
    doc = make_doc("كرم الأمير خالد الفيصل في مكتبه بجدة العقيد عمر السلطان.",
                   [("خالد الفيصل", "PER", "SAU"), ("جدة", "GPE", "SAU"), ("عمر السلطان", "PER", "SAU")])
    assert event_pairs(doc, "SUPPORT") == [(["خالد الفيصل"], ["عمر السلطان"])]
    doc = make_doc("وافق مجلس الوزراء التركي رسميا على تفاهم مع الولايات المتحدة.",
                   [("مجلس الوزراء التركي", "ORG", "TUR"), ("الولايات المتحدة", "GPE", "USA")])
    assert event_pairs(doc, "AGREE") == [(["مجلس الوزراء التركي"], ["الولايات المتحدة"])]
    doc = make_doc("ورد الوزير على الانتقادات بقوة.", [])
    assert events_of(doc, "ASSAULT") == []


def test_a_martyr_of_a_projectile(make_doc: MakeDoc) -> None:
    doc = make_doc("أعلنت القيادة استشهاد الرقيب ماجد السبيعي بعد إصابته بمقذوف في قطاع نجران.",
                   [("ماجد السبيعي", "PER", "SAU"), ("نجران", "GPE", "SAU")])
    assert len(events_of(doc, "ASSAULT")) == 1


def test_the_accused_is_the_plain_noun_before_the_charge(make_doc: MakeDoc) -> None:
    doc = make_doc("فيما تتهم أحزاب المعارضة حكومته باستغلال ضعف الحالة الأمنية.", [("المعارضة", "ORG", None)])
    assert event_pairs(doc, "ACCUSE") == [(["المعارضة"], ["حكومته"])]
    doc = make_doc("اتهم مسؤولون أمريكيون إيران بدعم الإرهاب.", [("إيران", "GPE", "IRN")])
    assert event_pairs(doc, "ACCUSE") == [(["مسؤولون أمريكيون"], ["إيران"])]


def test_the_toll_of_a_condemned_bombing_is_no_event_of_its_own(make_doc: MakeDoc) -> None:
    doc = make_doc("استنكر المجمع التفجير الإرهابي الذي وقع الخميس في مسجد بأبها وأسفر عن استشهاد عدد من رجال الأمن.",
                   [("أبها", "GPE", "SAU")])
    assert events_of(doc, "ASSAULT") == []


def test_a_town_is_no_attacker_a_capital_may_stand_for_its_state(make_doc: MakeDoc) -> None:
    def linked(doc: Document, surface: str, code: str) -> Document:
        for ent in doc.entities:
            if ent.text == surface:  # as the linker gives a GeoNames town or capital
                ent.canonical.kb_id = "geonames:1"
                ent.geo.feature_code = code
        return doc

    text = "قصفت {} مواقع المسلحين في الضواحي."
    town = linked(make_doc(text.format("سوسة"), [("سوسة", "GPE", "TUN")]), "سوسة", "PPL")
    assert all(actor != ["سوسة"] for actor, _ in event_pairs(town, "ASSAULT"))
    capital = linked(make_doc(text.format("دمشق"), [("دمشق", "GPE", "SYR")]), "دمشق", "PPLC")
    assert [actor for actor, _ in event_pairs(capital, "ASSAULT")] == [["دمشق"]]


def test_the_dead_and_wounded_are_no_doers(make_doc: MakeDoc) -> None:
    doc = make_doc("وسقط عدد من الجرحى في اشتباكات مع قوات النظام.", [])
    assert all("الجرحى" not in " ".join(a) for a, _ in event_pairs(doc, "ASSAULT"))


def test_a_shooting_told_as_a_noun_names_its_doer_after_by(make_doc: MakeDoc) -> None:
    doc = make_doc("وقتل أربعة متظاهرين جراء إطلاق النار عليهم من قبل قوات أمنية.", [])
    assert (["قوات أمنية"], ["أربعة متظاهرين"]) in event_pairs(doc, "ASSAULT")  # (the count kept with them)


def test_forces_backing_the_doer_are_not_its_target(make_doc: MakeDoc) -> None:
    doc = make_doc("وقصف مسلحو جماعة أنصار الله، مسنودين بقوات عسكرية موالية للرئيس السابق علي عبد الله صالح، "
                   "أحياء سكنية في عدن.", [("أنصار الله", "ORG", "YEM"), ("علي عبد الله صالح", "PER", "YEM"),
                                           ("عدن", "GPE", "YEM")])
    pairs = event_pairs(doc, "ASSAULT")
    assert pairs and all("علي عبد الله صالح" not in r for _, r in pairs), pairs
