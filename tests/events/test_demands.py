"""Demands told as what someone must do («قال X إن على Y أن ...»), and condemnations by a name the NER missed or
by a body with its seat, and guests received past asides; invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_ala_after_the_complementizer_of_a_speaker(make_doc: MakeDoc) -> None:
    doc = make_doc("وأكد وزير الخارجية عادل الجبير أن على إيران أن تكف عن التدخل في شؤون المنطقة.",
                   [("عادل الجبير", "PER", "SAU"), ("إيران", "GPE", "IRN")])
    assert event_pairs(doc, "REQUEST") == [(["عادل الجبير"], ["إيران"])]


def test_a_quoted_demand_and_a_second_one_with_yajib(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال رئيس الحزب، صلاح الدين ديمرتاش، إن «على المسلحين أن يلقوا أسلحتهم، ويجب على الحكومة التركية أن توقف "
                   "عملياتها».", [("صلاح الدين ديمرتاش", "PER", "TUR")])
    assert event_pairs(doc, "REQUEST") == [(["صلاح الدين ديمرتاش"], ["المسلحين"]),
                                           (["صلاح الدين ديمرتاش"], ["الحكومة التركية"])]


def test_an_attack_on_something_is_no_demand(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال الوزير إن الهجوم على القاعدة أن يكون رسالة.", [])
    assert event_pairs(doc, "REQUEST") == []


def test_insisting_on_something_is_no_demand(make_doc: MakeDoc) -> None:
    doc = make_doc("وشدد الوزير على أن التعاون مستمر.", [])
    assert event_pairs(doc, "REQUEST") == []


def test_no_speaker_no_demand(make_doc: MakeDoc) -> None:
    doc = make_doc("ويجب على الحكومة أن توفر الخدمات.", [])
    assert event_pairs(doc, "REQUEST") == []


def test_a_name_after_a_lone_title_condemns(make_doc: MakeDoc) -> None:
    doc = make_doc("شجب عضو اللقاء الديموقراطي اللبناني النائب نعمة طعمة التفجير الإرهابي الذي استهدف مسجد الطوارئ.",
                   [("اللبناني", "NORP", "LBN")])
    assert event_pairs(doc, "ACCUSE") == [(["نعمة طعمة"], ["التفجير الإرهابي"])]


def test_a_gathering_a_member_belongs_to_is_no_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("شجب عضو اللقاء الديموقراطي النائب نعمة طعمة التفجير.", [])
    assert event_pairs(doc, "CONSULT") == []


def test_the_seat_of_the_condemning_body_is_not_what_it_condemns(make_doc: MakeDoc) -> None:
    doc = make_doc("أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي الذي استهدف المسجد.",
                   [("الأمانة العامة لرابطة العالم الإسلامي", "ORG", None), ("مكة", "GPE", "SAU")])
    assert event_pairs(doc, "ACCUSE") == [(["الأمانة العامة لرابطة العالم الإسلامي"], ["العمل الإرهابي"])]


def test_a_guest_received_after_a_prayer_a_palace_and_a_day(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز- حفظه الله- في قصر السلام، اليوم؛ وزير الخارجية "
                   "المصري \"سامح شكري\"، والوفد المرافق له.",
                   [("سلمان بن عبدالعزيز", "PER", "SAU"), ("سامح شكري", "PER", "EGY")])
    assert event_pairs(doc, "CONSULT") == [(["سلمان بن عبدالعزيز"], ["سامح شكري"])]


def test_ala_as_a_plain_preposition_is_no_demand(make_doc: MakeDoc) -> None:
    despite = make_doc("قال الوزير إنه على الرغم من الهجمات إلا أن الحكومة ماضية في خططها.", [])
    top = make_doc("قال وزير الخارجية عادل الجبير إن على رأس أولويات المملكة أن يعود الأمن إلى اليمن.",
                   [("عادل الجبير", "PER", "SAU"), ("اليمن", "GPE", "YEM")])
    assert event_pairs(despite, "REQUEST") == [] and event_pairs(top, "REQUEST") == []


def test_who_attends_a_reception_is_no_guest(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الملك سلمان بن عبدالعزيز في قصر السلام بجدة اليوم، أصحاب السمو الأمراء والعلماء، وذلك بحضور ولي "
                   "العهد الأمير محمد بن نايف.", [("سلمان بن عبدالعزيز", "PER", "SAU"), ("محمد بن نايف", "PER", "SAU")])
    assert event_pairs(doc, "CONSULT") == []


def test_a_request_made_of_someone_after_min(make_doc: MakeDoc) -> None:
    doc = make_doc("طلبت الحكومة اليمنية من الأمم المتحدة إرسال مراقبين.", [("الأمم المتحدة", "ORG", None)])
    assert event_pairs(doc, "REQUEST") == [(["الحكومة اليمنية"], ["الأمم المتحدة"])]


def test_a_report_asked_for_is_made_of_no_one(make_doc: MakeDoc) -> None:
    doc = make_doc("طلبت الحكومة اليمنية تقريرا مفصلا عن الحادث.", [])
    assert event_pairs(doc, "REQUEST") == []


def test_the_owner_of_the_work_a_valuing_verb_names(make_doc: MakeDoc) -> None:
    doc = make_doc("ثمّن عبدالله العليان مدير عام فرع وزارة العمل بمنطقة مكة المكرمة الإنجازات العديدة لرجال الأمن في "
                   "مكافحة الإرهاب.", [("عبدالله العليان", "PER", "SAU"), ("وزارة العمل", "ORG", "SAU"),
                                       ("مكة", "GPE", "SAU")])
    assert event_pairs(doc, "SUPPORT") == [(["عبدالله العليان"], ["رجال الأمن"])]


def test_what_is_done_or_given_to_someone_is_no_work_of_theirs(make_doc: MakeDoc) -> None:
    fought = make_doc("أشاد المتحدث باسم التحالف بالتصدي الناجح لداعش في الأنبار.", [("داعش", "ORG", None)])
    given = make_doc("رحب الرئيس هادي بالدعم المقدم لليمن من دول التحالف العربي.",
                     [("هادي", "PER", "YEM"), ("اليمن", "GPE", "YEM")])
    visited = make_doc("أشاد وزير الخارجية الإيراني بالزيارة الأخيرة لموسكو.", [("موسكو", "GPE", "RUS")])
    assert [event_pairs(d, "SUPPORT") for d in (fought, given, visited)] == [[], [], []]


def test_a_share_of_something_is_not_whom_a_request_is_made_of(make_doc: MakeDoc) -> None:
    more = make_doc("طلبت الحكومة اليمنية مزيدا من الدعم من السعودية.", [("السعودية", "GPE", "SAU")])
    copy = make_doc("طلبت روسيا نسخة من التقرير الذي أعدته الأمم المتحدة.",
                    [("روسيا", "GPE", "RUS"), ("الأمم المتحدة", "ORG", None)])
    assert event_pairs(more, "REQUEST") == [] and event_pairs(copy, "REQUEST") == []
