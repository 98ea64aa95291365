"""A state of emergency or a curfew imposed or extended is COERCE (curfew, CAMEO 1724); a fee imposed is
not: invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs, events_of

MakeDoc = Callable[..., Document]


def test_an_extended_state_of_emergency(make_doc: MakeDoc) -> None:
    doc = make_doc("مددت الحكومة المصرية مساء أمس قرار تمديد حالة الطوارئ في مدينة العريش لمدة ثلاثة أشهر.",
                   [("العريش", "GPE", "EGY")])
    assert event_pairs(doc, "COERCE") == [(["الحكومة المصرية"], [])]
    assert [e.mode for e in events_of(doc, "COERCE")] == ["curfew"]


def test_an_imposed_curfew(make_doc: MakeDoc) -> None:
    doc = make_doc("وفرضت السلطات حظر التجول في المدينة.", [])
    assert event_pairs(doc, "COERCE") == [(["السلطات"], [])]


def test_an_imposed_fee_is_no_coercion(make_doc: MakeDoc) -> None:
    doc = make_doc("وفرضت الوزارة رسوما جديدة على العمالة الوافدة.", [])
    assert event_pairs(doc, "COERCE") == []
