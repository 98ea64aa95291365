"""Second-pass constructions of the event coder, on invented sentences with hand-set entities:
condemnations, deaths at someone's hands, captures, long titles before names, loyal forces, counted
victims, suicide bombers, requests made of a plain noun phrase."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document, Event
from marsad.events import code_events

MakeDoc = Callable[..., Document]


def _of(doc: Document, ptype: str) -> list[Event]:
    return [e for e in code_events(doc) if e.type == ptype]


def _pair(event: Event) -> tuple[list[str], list[str]]:
    return [p.text for p in event.actor], [p.text for p in event.recipient]


def test_condemnation_names_what_it_condemns(make_doc: MakeDoc) -> None:
    doc = make_doc("أدان وزير الخارجية البحريني خالد بن أحمد بأشد العبارات الهجوم الإرهابي الذي استهدف مسجدا.",
                   [("خالد بن أحمد", "PER", "BHR")])
    accuse = _of(doc, "ACCUSE")
    assert [_pair(e) for e in accuse] == [(["خالد بن أحمد"], ["الهجوم الإرهابي"])]


def test_the_kingdom_is_an_overt_doer(make_doc: MakeDoc) -> None:
    doc = make_doc("أدانت المملكة الجريمة البشعة التي ارتكبها مستوطنون.", [])
    assert [_pair(e) for e in _of(doc, "ACCUSE")] == [(["المملكة"], ["مستوطنون"])]  # (the crime's doer is condemned)


def test_death_at_the_hands_of_forces(make_doc: MakeDoc) -> None:
    doc = make_doc("لقي المقاتل سعيد حسن مصرعه على يد قوات النظام في مدينة حمص.",
                   [("سعيد حسن", "PER"), ("قوات النظام", "ORG", "SYR"), ("حمص", "GPE", "SYR")])
    assert [_pair(e) for e in _of(doc, "ASSAULT")] == [(["قوات النظام"], ["سعيد حسن"])]


def test_death_with_no_killer_is_no_attack(make_doc: MakeDoc) -> None:
    doc = make_doc("لقي ثلاثة أشخاص مصرعهم في حادث سير على طريق الرياض.", [("الرياض", "GPE", "SAU")])
    assert _of(doc, "ASSAULT") == []


def test_capture_targets_the_side_it_was_taken_from(make_doc: MakeDoc) -> None:
    doc = make_doc("استعادت القوات الموالية للرئيس عبدربه منصور هادي قاعدة العند من أيدي المتمردين الحوثيين.",
                   [("عبدربه منصور هادي", "PER", "YEM"), ("الحوثيين", "ORG", "YEM")])
    events = _of(doc, "ASSAULT")
    assert [_pair(e) for e in events] == [(["القوات الموالية للرئيس عبدربه منصور هادي"], ["الحوثيين"])]
    assert events[0].cameo == "192"


def test_control_held_now_is_no_event(make_doc: MakeDoc) -> None:
    doc = make_doc("ميناء الحديدة الذي يسيطر عليه الحوثيون مغلق منذ أسابيع.",
                   [("الحديدة", "GPE", "YEM"), ("الحوثيون", "ORG", "YEM")])
    assert _of(doc, "ASSAULT") == []


def test_long_title_before_the_subject_name(make_doc: MakeDoc) -> None:
    doc = make_doc("عقد مدير عام فرع وزارة العمل بمنطقة المدينة المنورة عواد الحازمي أمس اجتماعا مع "
                   "مدير عام المرور اللواء محمد الشنبري.",
                   [("المدينة المنورة", "GPE", "SAU"), ("عواد الحازمي", "PER"), ("محمد الشنبري", "PER")])
    assert [_pair(e) for e in _of(doc, "CONSULT")] == [(["عواد الحازمي"], ["محمد الشنبري"])]


def test_envoy_title_with_ladaa_before_the_object_name(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل وزير العمل مفرج الحقباني في مكتبه اليوم سفير اليابان لدى المملكة نوريهيرو أوكودا.",
                   [("مفرج الحقباني", "PER", "SAU"), ("اليابان", "GPE", "JPN"), ("نوريهيرو أوكودا", "PER", "JPN")])
    assert [_pair(e) for e in _of(doc, "CONSULT")] == [(["مفرج الحقباني"], ["نوريهيرو أوكودا"])]


def test_forces_are_not_the_title_of_the_person_they_arrest(make_doc: MakeDoc) -> None:
    doc = make_doc("اعتقلت قوات الأمن المصرية القيادي في جماعة الإخوان محمد البلتاجي.",
                   [("جماعة الإخوان", "ORG", "EGY"), ("محمد البلتاجي", "PER", "EGY")])
    assert [_pair(e) for e in _of(doc, "COERCE")] == [(["قوات الأمن المصرية"], ["محمد البلتاجي"])]


def test_counted_victims_cite_the_group(make_doc: MakeDoc) -> None:
    doc = make_doc("قال المرصد إن تنظيم داعش قتل 37 على الأقل من مسلحي جماعات منافسة في حلب.",
                   [("تنظيم داعش", "ORG"), ("حلب", "GPE", "SYR")])
    pairs = [_pair(e) for e in _of(doc, "ASSAULT")]
    assert (["تنظيم داعش"], ["مسلحي جماعات منافسة"]) in pairs


def test_gunmen_are_not_followed_by_a_genitive(make_doc: MakeDoc) -> None:
    doc = make_doc("اختطف مسلحون مجهولون خمسة من موظفي الإغاثة في مدينة بنغازي.", [("بنغازي", "GPE", "LBY")])
    assert [_pair(e) for e in _of(doc, "ASSAULT")] == [(["مسلحون"], ["خمسة من موظفي الإغاثة"])]


def test_shelled_places_belong_to_the_target(make_doc: MakeDoc) -> None:
    doc = make_doc("قصفت المدفعية السعودية مواقع الحوثيين في محافظة صعدة.",
                   [("الحوثيين", "ORG", "YEM"), ("صعدة", "GPE", "YEM")])
    assert [_pair(e)[1] for e in _of(doc, "ASSAULT")] == [["الحوثيين"]]


def test_request_made_of_a_plain_noun_phrase(make_doc: MakeDoc) -> None:
    doc = make_doc("دعا الأمين العام للأمم المتحدة بان كي مون الأطراف اليمنية إلى وقف إطلاق النار.",
                   [("الأمم المتحدة", "ORG"), ("بان كي مون", "PER")])
    assert [_pair(e) for e in _of(doc, "REQUEST")] == [(["بان كي مون"], ["الأطراف اليمنية"])]


def test_conjunction_on_a_title_joins_the_name(make_doc: MakeDoc) -> None:
    doc = make_doc("وقع وزير الخارجية السعودي عادل الجبير ونظيره الفرنسي لوران فابيوس اتفاقية في باريس.",
                   [("عادل الجبير", "PER", "SAU"), ("لوران فابيوس", "PER", "FRA"), ("باريس", "GPE", "FRA")])
    assert [_pair(e) for e in _of(doc, "AGREE")] == [(["عادل الجبير"], ["لوران فابيوس"])]


def test_clashes_between_two_sides(make_doc: MakeDoc) -> None:
    doc = make_doc("اندلعت اشتباكات عنيفة بين الجيش اليمني ومسلحي تنظيم القاعدة في مدينة المكلا.",
                   [("تنظيم القاعدة", "ORG"), ("المكلا", "GPE", "YEM")])
    assert [_pair(e) for e in _of(doc, "ASSAULT")] == [(["الجيش اليمني"], ["تنظيم القاعدة"])]


def test_condemnation_noun_names_its_object_with_lam(make_doc: MakeDoc) -> None:
    doc = make_doc("أعرب وزير الخارجية الكويتي صباح الخالد عن إدانته الشديدة للهجوم الإرهابي على المسجد.",
                   [("صباح الخالد", "PER", "KWT")])
    accuse = _of(doc, "ACCUSE")
    assert [_pair(e)[0] for e in accuse] == [["صباح الخالد"]]
    recipient = accuse[0].recipient[0]
    assert doc.text[recipient.start:recipient.end] == recipient.text == "لهجوم الإرهابي"
