"""Verb arguments parted by asides (a time in brackets, a prepositional phrase between commas, the
subject's title closed by a comma), and a meeting named as the purpose of a visit; invented sentences
with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document
from marsad.events.clauses import without_asides
from tests.events.conftest import event_pairs as _pairs

MakeDoc = Callable[..., Document]
KING = ("سلمان بن عبد العزيز", "PER", "SAU")
GUEST = ("آشتون كارتر", "PER", "USA")


def test_a_time_in_brackets_does_not_end_the_clause(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الملك سلمان بن عبد العزيز في جدة اليوم (الأربعاء)، وزير الدفاع الأميركي آشتون كارتر.",
                   [KING, ("جدة", "GPE", "SAU"), GUEST])
    assert _pairs(doc, "CONSULT") == [(["سلمان بن عبد العزيز"], ["آشتون كارتر"])]


def test_a_place_between_commas_does_not_end_the_clause(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الملك سلمان بن عبد العزيز، في قصر السلام، وزير الدفاع الأميركي آشتون كارتر.",
                   [KING, GUEST])
    assert _pairs(doc, "CONSULT") == [(["سلمان بن عبد العزيز"], ["آشتون كارتر"])]


def test_the_subjects_title_closed_by_a_comma(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الأمير سعود بن نايف أمير المنطقة الشرقية، سفير كوريا الجنوبية لدى المملكة السيد "
                   "كيم جين سو.", [("سعود بن نايف", "PER", "SAU"), ("المنطقة الشرقية", "LOC", "SAU"),
                                  ("كوريا الجنوبية", "GPE", "KOR"), ("كيم جين سو", "PER", "KOR")])
    assert _pairs(doc, "CONSULT") == [(["سعود بن نايف"], ["كيم جين سو"])]


def test_a_clause_after_a_comma_still_ends_the_object_search(make_doc: MakeDoc) -> None:
    doc = make_doc("استقبل الملك سلمان بن عبد العزيز، في قصر السلام بعد أن عاد من رحلته الطويلة إلى المغرب، "
                   "آشتون كارتر.", [KING, ("المغرب", "GPE", "MAR"), GUEST])
    assert _pairs(doc, "CONSULT") == []


def test_without_asides_keeps_what_is_not_one() -> None:
    assert without_asides(["اليوم", "(", "الاربعاء", ")", "،"]) == ["اليوم", "،"]
    assert without_asides(["،", "في", "قصر", "السلام", "،"]) == []
    assert without_asides(["(", "قال", ")"]) == ["(", "قال", ")"]
    assert without_asides(["،", "قصر", "السلام", "،"]) == ["،", "قصر", "السلام", "،"]
    long_phrase = ["،", "في", "قصر", "السلام", "الملكي", "الجديد", "بجدة", "،"]
    assert without_asides(long_phrase) == long_phrase  # six words: more than an aside
    relative = ["،", "في", "القصر", "الذي", "بناه", "،"]
    assert without_asides(relative) == relative
    clause = ["،", "في", "حين", "ان", "الوزير", "غايب", "،"]
    assert without_asides(clause) == clause  # «أن» opens a clause: the object search must stop there


def test_a_meeting_that_is_the_purpose_of_a_visit(make_doc: MakeDoc) -> None:
    doc = make_doc("زار وزير الخارجية السوري وليد المعلم مسقط اليوم للاجتماع مع نظيره العماني.",
                   [("وليد المعلم", "PER", "SYR"), ("مسقط", "GPE", "OMN")])
    pairs = _pairs(doc, "CONSULT")
    assert (["وليد المعلم"], ["مسقط"]) in pairs
    assert (["وليد المعلم"], ["نظيره العماني"]) in pairs


def test_a_purpose_discussion_with_no_one_named_is_no_event(make_doc: MakeDoc) -> None:
    doc = make_doc("زار وزير الخارجية السوري وليد المعلم مسقط اليوم لمناقشة الأوضاع في المنطقة.",
                   [("وليد المعلم", "PER", "SYR"), ("مسقط", "GPE", "OMN")])
    assert _pairs(doc, "CONSULT") == [(["وليد المعلم"], ["مسقط"])]
