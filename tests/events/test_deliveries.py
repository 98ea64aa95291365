"""Aid told by its arrival («وصلت سفينة مساعدات إلى ميناء عدن»); invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_a_plane_with_aid_stands_for_its_country(make_doc: MakeDoc) -> None:
    doc = make_doc("وصلت إلى مطار صنعاء طائرة مساعدات أردنية.", [("صنعاء", "GPE", "YEM"), ("أردنية", "NORP", "JOR")])
    assert event_pairs(doc, "AID") == [(["طائرة مساعدات أردنية"], ["مطار صنعاء"])]


def test_the_giver_named_after_a_cue(make_doc: MakeDoc) -> None:
    doc = make_doc("وصلت أمس المعونة الطبية الإغاثية إلى مدينة سيئون مقدمة من مركز الملك سلمان للإغاثة.",
                   [("سيئون", "GPE", "YEM"), ("مركز الملك سلمان للإغاثة", "ORG", "SAU")])
    assert event_pairs(doc, "AID") == [(["مركز الملك سلمان للإغاثة"], ["مدينة سيئون"])]


def test_a_ship_under_a_centre_s_supervision(make_doc: MakeDoc) -> None:
    doc = make_doc("وبإشراف من مركز الملك سلمان للإغاثة، وصلت امس سفينة «درب الخير» المحملة بالمساعدات إلى ميناء عدن.",
                   [("مركز الملك سلمان للإغاثة", "ORG", "SAU"), ("عدن", "GPE", "YEM")])
    assert event_pairs(doc, "AID") == [(["مركز الملك سلمان للإغاثة"], ["ميناء عدن"])]


def test_a_visitor_arriving_is_no_aid(make_doc: MakeDoc) -> None:
    doc = make_doc("وصل الوزير إلى عدن أمس لتفقد توزيع المساعدات.", [("عدن", "GPE", "YEM")])
    assert event_pairs(doc, "AID") == []


def test_a_sum_reached_is_no_delivery(make_doc: MakeDoc) -> None:
    doc = make_doc("وصلت قيمة المساعدات المقدمة من المملكة إلى 274 مليون دولار.", [("المملكة", "GPE", "SAU")])
    assert event_pairs(doc, "AID") == []


def test_a_verb_of_giving_leaves_no_craft_as_giver(make_doc: MakeDoc) -> None:
    doc = make_doc("قدم مركز الملك سلمان للإغاثة مساعدات إنسانية وصلت إلى ميناء عدن على متن سفينة سعودية.",
                   [("مركز الملك سلمان للإغاثة", "ORG", "SAU"), ("عدن", "GPE", "YEM"), ("سعودية", "NORP", "SAU")])
    assert all(actor != ["سفينة سعودية"] for actor, _ in event_pairs(doc, "AID"))
