"""Where a participant starts and ends: a construct-state plural before its genitive («مسلحو ميليشيات الحوثيين»),
a count with its approximation («أكثر من 200 مدرس»), a report's source inside the clause («بحسب سكاي نيوز»),
and a withdrawal, which has no object; invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document
from marsad.events import code_events
from tests.events.conftest import event_pairs as _pairs
from tests.events.conftest import events_of as _events

MakeDoc = Callable[..., Document]


def test_a_nominative_construct_plural_takes_the_group_after_it(make_doc: MakeDoc) -> None:
    doc = make_doc("قصف مسلحو ميليشيات الحوثيين مدينة تعز.", [("الحوثيين", "ORG", "YEM"), ("تعز", "GPE", "YEM")])
    assert _pairs(doc, "ASSAULT") == [(["الحوثيين"], ["تعز"])]


def test_a_withdrawal_has_no_object(make_doc: MakeDoc) -> None:
    doc = make_doc("انسحب مسلحو ميليشيات الحوثيين وقوات صالح من أجزاء من المدينة الخضراء.",
                   [("الحوثيين", "ORG", "YEM"), ("صالح", "PER", "YEM")])
    pairs = _pairs(doc, "RETREAT")
    assert len(pairs) == 1
    actors, recipients = pairs[0]
    assert "الحوثيين" in actors and recipients == []


def test_an_approximate_count_is_kept_whole(make_doc: MakeDoc) -> None:
    doc = make_doc("اعتقلت قوات الأمن أكثر من 200 مدرس إيراني في طهران.", [("إيراني", "NORP", "IRN"), ("طهران", "GPE", "IRN")])
    assert _pairs(doc, "COERCE") == [(["قوات الأمن"], ["أكثر من 200 مدرس إيراني"])]
    doc = make_doc("واعتقلت الشرطة نحو 30 متظاهرا في القاهرة.", [("القاهرة", "GPE", "EGY")])
    assert _pairs(doc, "COERCE") == [(["الشرطة"], ["نحو 30 متظاهرا"])]


def test_the_source_of_a_report_is_not_the_target(make_doc: MakeDoc) -> None:
    doc = make_doc("وفي مأرب هاجم الحوثيون بحسب سكاي نيوز مواقع للمقاومة الشعبية.",
                   [("مأرب", "GPE", "YEM"), ("الحوثيون", "ORG", "YEM")])
    events = _events(doc, "ASSAULT")
    assert [[p.text for p in e.recipient] for e in events] == [[]]
    assert not any("مقاومة" in p.text for p in events[0].attributed_to)  # a noun with its own ل is not the source


def test_an_envoy_is_one_participant_with_the_body_he_serves(make_doc: MakeDoc) -> None:
    doc = make_doc("الرئيس اليمني يلتقي مبعوث الأمم المتحدة في اليمن", [("اليمني", "NORP", "YEM"),
                                                                   ("الأمم المتحدة", "ORG", None), ("اليمن", "GPE", "YEM")])
    assert _pairs(doc, "CONSULT") == [(["الرئيس اليمني"], ["مبعوث الأمم المتحدة"])]


def test_an_envoys_post_is_inside_the_title(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الأمير محمد بن سلمان المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد.",
                   [("محمد بن سلمان", "PER", "SAU"), ("اليمن", "GPE", "YEM"), ("إسماعيل ولد الشيخ أحمد", "PER", "MRT")])
    assert _pairs(doc, "CONSULT") == [(["محمد بن سلمان"], ["إسماعيل ولد الشيخ أحمد"])]


def test_a_second_title_after_a_closed_one_is_another_person(make_doc: MakeDoc) -> None:
    doc = make_doc("التقى الرئيس اليمني مبعوث أمين عام الأمم المتحدة في اليمن إسماعيل ولد الشيخ بالرياض.",
                   [("اليمني", "NORP", "YEM"), ("الأمم المتحدة", "ORG", None), ("اليمن", "GPE", "YEM"),
                    ("إسماعيل ولد الشيخ", "PER", "MRT"), ("الرياض", "GPE", "SAU")])
    assert _pairs(doc, "CONSULT") == [(["الرئيس اليمني"], ["إسماعيل ولد الشيخ"])]
    doc = make_doc("التقى نائب الرئيس رئيس الوزراء خالد بحاح السفير الأمريكي.",
                   [("خالد بحاح", "PER", "YEM"), ("الأمريكي", "NORP", "USA")])
    assert _pairs(doc, "CONSULT") == [(["خالد بحاح"], ["السفير الأمريكي"])]  # two titles of one man


def test_what_is_rejected_is_the_object(make_doc: MakeDoc) -> None:
    doc = make_doc("البحرين ترفض قطعياً التدخلات الإيرانية في شؤونها الداخلية",
                   [("البحرين", "GPE", "BHR"), ("الإيرانية", "NORP", "IRN")])
    assert _pairs(doc, "REJECT") == [(["البحرين"], ["التدخلات الإيرانية"])]  # «الداخلية» here is no ministry
    doc = make_doc("جددت مملكة البحرين رفضها القاطع أمس الخميس التدخلات الإيرانية.",
                   [("مملكة البحرين", "GPE", "BHR"), ("الإيرانية", "NORP", "IRN")])
    assert _pairs(doc, "REJECT") == [(["مملكة البحرين"], ["التدخلات الإيرانية"])]


def test_unknown_men_are_a_participant_but_not_after_a_noun(make_doc: MakeDoc) -> None:
    doc = make_doc("أفادت مصادر فلسطينية أن مجهولين قاموا بتفجير 6 سيارات عسكرية في غزة.",
                   [("فلسطينية", "NORP", "PSE"), ("غزة", "GPE", "PSE")])
    assert _pairs(doc, "ASSAULT") == [(["مجهولين"], ["6 سيارات عسكرية"])]
    doc = make_doc("اختطف مسلحون مجهولون خمسة عمال في ليبيا.", [("ليبيا", "GPE", "LBY")])
    assert _pairs(doc, "ASSAULT") == [(["مسلحون"], ["خمسة عمال"])]  # the adjective; the count with its noun


def test_a_counted_patient_after_a_verbal_noun(make_doc: MakeDoc) -> None:
    doc = make_doc("قامت قوات الأمن باعتقال خمسة أشخاص.", [])
    assert _pairs(doc, "COERCE") == [(["قوات الأمن"], ["خمسة أشخاص"])]


def test_the_short_past_of_condemn_is_a_trigger(make_doc: MakeDoc) -> None:
    doc = make_doc("كما دان السفير عبد العاطي الاقتحامات المتكررة للمسجد الأقصى.", [("عبد العاطي", "PER", "EGY")])
    assert _pairs(doc, "ACCUSE") == [(["عبد العاطي"], ["الاقتحامات المتكررة"])]
    doc = make_doc("قرأت رواية دان براون الجديدة.", [("دان براون", "PER", "USA")])
    assert _pairs(doc, "ACCUSE") == []  # a name is never a trigger


def test_alerting_troops_is_a_mobilization_and_an_issued_statement_no_seizure(make_doc: MakeDoc) -> None:
    doc = make_doc("استنفرت القوات العراقية عناصرها في بغداد.", [("القوات العراقية", "ORG", "IRQ"), ("بغداد", "GPE", "IRQ")])
    assert [e.type for e in code_events(doc)] == ["MOBILIZE"]
    doc = make_doc("وقالت وزارة الداخلية في بيان صادر عنها إن الوضع مستقر.", [("وزارة الداخلية", "ORG", None)])
    assert code_events(doc) == []  # «صادر» (issued) is not «صادر» (confiscated): left out of the lexicon


def test_the_source_keeps_the_preposition_its_cue_takes(make_doc: MakeDoc) -> None:
    doc = make_doc("قصفت الطائرات مواقع المسلحين في ديالى، وفقا لوكالة رويترز.",
                   [("ديالى", "GPE", "IRQ"), ("وكالة رويترز", "ORG", "GBR")])
    events = _events(doc, "ASSAULT")
    assert events and any("رويترز" in p.text for p in events[0].attributed_to)


def test_the_ministry_after_a_preposition_is_the_ministry(make_doc: MakeDoc) -> None:
    doc = make_doc("وجه البرلمان انتقادات إلى الداخلية.", [("البرلمان", "ORG", None)])
    assert _pairs(doc, "ACCUSE") == [(["البرلمان"], ["الداخلية"])]


def test_unknown_men_after_a_place_are_no_adjective(make_doc: MakeDoc) -> None:
    doc = make_doc("اختطف في بغداد مجهولون صحفيا أمريكيا.", [("بغداد", "GPE", "IRQ"), ("أمريكيا", "NORP", "USA")])
    assert all("مجهولون" not in r for _, recipients in _pairs(doc, "ASSAULT") for r in recipients)
