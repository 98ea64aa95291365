"""Titles and honorifics around a person's name are the person, never a participant of their own."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document, Event
from marsad.events import code_events

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def _pairs(events: list[Event], ptype: str) -> list[tuple[list[str], list[str]]]:
    return [([p.text for p in e.actor], [p.text for p in e.recipient]) for e in events if e.type == ptype]


def test_offices_after_the_hosts_name_are_his(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
                   "في جدة اليوم وزير الدولة القطري حمد العطية.",
                   [("محمد بن سلمان", "PER", "SAU"), ("جدة", "GPE", "SAU"), ("حمد العطية", "PER", "QAT")])
    assert _pairs(code_events(doc), "CONSULT") == [(["محمد بن سلمان"], ["حمد العطية"])]


def test_an_honorific_is_no_name(make_doc: MakeDoc) -> None:
    doc = make_doc("حضر الاستقبال مدير مكتب معالي الوزير السفير محمد الكلابي. وزار معالي وزير الخارجية الأستاذ عادل الجبير "
                   "السفارة في روما. وأجرى معالي وزير الخارجية "
                   "عادل الجبير مباحثات أمس مع معالي وزير الخارجية الإيطالي باولو جينتيلوني في روما.",
                   [("محمد الكلابي", "PER", "SAU"), ("عادل الجبير", "PER", "SAU"), ("روما", "GPE", "ITA"),
                    ("باولو جينتيلوني", "PER", "ITA")])
    pairs = _pairs(code_events(doc), "CONSULT")
    assert (["عادل الجبير"], ["باولو جينتيلوني"]) in pairs
    assert not any("معالي" in name for actors, recipients in pairs for name in actors + recipients)


def test_an_abbreviated_title_before_the_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("من جهة أخرى، استقبل د. عبدالله الربيعة أمس وفد اللجنة الكويتية للإغاثة في الرياض.",
                   [("عبدالله الربيعة", "PER", "SAU"), ("اللجنة الكويتية للإغاثة", "ORG", "KWT"),
                    ("الرياض", "GPE", "SAU")])
    assert _pairs(code_events(doc), "CONSULT") == [(["عبدالله الربيعة"], ["اللجنة الكويتية للإغاثة"])]


def test_a_royal_patron_inside_an_organisation_name_is_no_title(make_doc: MakeDoc) -> None:
    from marsad.events.sentence import build_views

    doc = make_doc("التقى المشرف العام على مركز الملك سلمان للإغاثة عبدالله الربيعة أمس الأمين العام للمنظمة.",
                   [("مركز الملك سلمان للإغاثة", "ORG", "SAU"), ("عبدالله الربيعة", "PER", "SAU")])
    texts = [m.text for v in build_views(doc) for m in v.mentions if not m.title_only]
    assert "مركز الملك سلمان للإغاثة" in texts and "سلمان للإغاثة" not in texts


def test_a_call_the_name_ran_into_is_no_part_of_it(make_doc: MakeDoc) -> None:
    doc = make_doc("تلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا من الرئيس الأمريكي باراك أوباما.",
                   [("سلمان بن عبدالعزيز اتصالا هاتفيا", "PER", "SAU"), ("باراك أوباما", "PER", "USA")])
    assert _pairs(code_events(doc), "CONSULT") == [(["باراك أوباما"], ["سلمان بن عبدالعزيز"])]


def test_a_title_word_after_son_of_is_part_of_the_name(make_doc: MakeDoc) -> None:
    doc = make_doc("التقى المبعوث الأممي إسماعيل ولد الشيخ أحمد وفد الحوثيين في مسقط.",
                   [("إسماعيل ولد الشيخ أحمد", "PER"), ("الحوثيين", "ORG", "YEM"), ("مسقط", "GPE", "OMN")])
    assert _pairs(code_events(doc), "CONSULT") == [(["إسماعيل ولد الشيخ أحمد"], ["الحوثيين"])]


def test_an_envoy_and_his_post_are_one_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل وزير الخارجية عادل الجبير في مكتبه بالرياض اليوم سفير اليابان لدى المملكة.",
                   [("عادل الجبير", "PER", "SAU"), ("الرياض", "GPE", "SAU"), ("اليابان", "GPE", "JPN"),
                    ("المملكة", "GPE", "SAU")])
    assert _pairs(code_events(doc), "CONSULT") == [(["عادل الجبير"], ["سفير اليابان"])]


def test_a_ministers_portfolio_and_rank_before_his_name(make_doc: MakeDoc) -> None:
    doc = make_doc("يستقبل ولي العهد وزير الدولة لشؤون الدفاع بدولة قطر. واستقبل الأمير محمد بن سلمان "
                   "معالي وزير الدولة لشئون الدفاع بدولة قطر اللواء ركن حمد العطية.",
                   [("دولة قطر", "GPE", "QAT"), ("محمد بن سلمان", "PER", "SAU"), ("حمد العطية", "PER", "QAT")])
    pairs = _pairs(code_events(doc), "CONSULT")
    assert (["ولي العهد"], ["وزير الدولة لشؤون الدفاع"]) in pairs
    assert (["محمد بن سلمان"], ["حمد العطية"]) in pairs and len(pairs) == 2


def test_a_guest_after_a_title_with_its_own_complements(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل المشرف العام على المركز الدكتور عبدالله الربيعة أمس المنسق الإقليمي للعمليات الإنسانية "
                   "في اليمن عامر الداوودي بمقر المركز.",
                   [("عبدالله الربيعة", "PER", "SAU"), ("اليمن", "GPE", "YEM"), ("عامر الداوودي", "PER")])
    assert _pairs(code_events(doc), "CONSULT") == [(["عبدالله الربيعة"], ["عامر الداوودي"])]


def test_a_place_phrase_before_the_guests_title(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل عبدالله الربيعة أمس في المركز سفير خادم الحرمين الشريفين لدى اليمن محمد آل جابر.",
                   [("عبدالله الربيعة", "PER", "SAU"), ("اليمن", "GPE", "YEM"), ("محمد آل جابر", "PER", "SAU")])
    assert _pairs(code_events(doc), "CONSULT") == [(["عبدالله الربيعة"], ["محمد آل جابر"])]


def test_a_verb_the_ner_ran_into_a_name_splits_it(make_doc: MakeDoc) -> None:
    doc = make_doc("عبد الله بن زايد يلتقي ولد الشيخ ويؤكد دعم بلاده لليمن",
                   [("عبد الله بن زايد يلتقي ولد الشيخ", "PER", "ARE"), ("ويؤكد", "PER")])
    assert _pairs(code_events(doc), "CONSULT") == [(["عبد الله بن زايد"], ["ولد الشيخ"])]


def test_a_family_name_the_article_gives_elsewhere_completes_a_cut_name(make_doc: MakeDoc) -> None:
    doc = make_doc("الربيعة يستقبل المنسق الأممي. استقبل الدكتور عبدالله بن عبدالعزيز الربيعة أمس المنسق الإقليمي "
                   "عامر الداوودي.",
                   [("الربيعة", "PER", "SAU"), ("عبدالله بن عبدالعزيز", "PER", "SAU"), ("عامر الداوودي", "PER")])
    assert (["عبدالله بن عبدالعزيز الربيعة"], ["عامر الداوودي"]) in _pairs(code_events(doc), "CONSULT")


def test_a_longer_name_with_its_nasab_is_not_cut_at_a_shorter_mention(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الأمير سعود بن نايف بن عبدالعزيز في الدمام اليوم سفير كوريا الجنوبية كيم جين سو. "
                   "وأكد الأمير سعود بن نايف عمق العلاقات.",
                   [("سعود بن نايف بن عبدالعزيز", "PER", "SAU"), ("الدمام", "GPE", "SAU"),
                    ("كوريا الجنوبية", "GPE", "KOR"), ("كيم جين سو", "PER", "KOR"), ("سعود بن نايف", "PER", "SAU")])
    assert _pairs(code_events(doc), "CONSULT") == [(["سعود بن نايف بن عبدالعزيز"], ["كيم جين سو"])]


def test_a_head_of_state_is_titled_with_the_form_of_his_state(make_doc: MakeDoc) -> None:
    doc = make_doc("بعث الملك سلمان بن عبدالعزيز برقية تهنئة لرئيس جمهورية بوليفيا إيفو موراليس بمناسبة ذكرى الاستقلال.",
                   [("سلمان بن عبدالعزيز", "PER", "SAU"), ("بوليفيا", "GPE", "BOL"), ("إيفو موراليس", "PER", "BOL")])
    assert event_pairs(doc, "SUPPORT") == [(["سلمان بن عبدالعزيز"], ["إيفو موراليس"])]
