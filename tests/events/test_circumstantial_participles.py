"""Acts told around the main verb: a circumstantial participle («..، داعيا X إلى»، «متهما X بـ») is an act of the
sentence's subject, or of the speaker when the sentence opens with what was said; a stance after «أعرب/عبر عن» is
its subject's; «خلال لقائه X» is the subject's meeting. Invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document
from marsad.events.build_lexicon import expand

from .conftest import event_pairs

MakeDoc = Callable[..., Document]


def test_a_participle_entry_is_only_its_accusative_form() -> None:
    assert set(expand("V", ["مطالب"], [], "hal")) == {"مطالبا"}  # not «المطالب» (demands), «مطالبه»
    assert "مطالبه" not in expand("V", ["مطالب"], [], "hal")


def test_the_subject_of_the_main_clause_calls_on(make_doc: MakeDoc) -> None:
    doc = make_doc("طالب الرئيس الأميركي باراك أوباما السبت بإنهاء النزاع في جنوب السودان داعيا الطرفين المتحاربين "
                   "إلى وضع مصلحة بلادهما أولا.", [("باراك أوباما", "PER", "USA"), ("جنوب السودان", "GPE", "SSD")])
    assert event_pairs(doc, "REQUEST") == [(["باراك أوباما"], ["الطرفين المتحاربين"])]


def test_the_subject_accuses_while_doing_something_else(make_doc: MakeDoc) -> None:
    doc = make_doc("حمل وزير الدفاع موشيه يعالون حركة حماس المسؤولية عن الخلايا، متهما تركيا بالسماح بانطلاق "
                   "نشاطات من أراضيها.", [("موشيه يعالون", "PER", "ISR"), ("حماس", "ORG", "PSE"), ("تركيا", "GPE", "TUR")])
    assert (["موشيه يعالون"], ["تركيا"]) in event_pairs(doc, "ACCUSE")


def test_the_speaker_calls_on_not_whom_he_speaks_of(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال الوزير إن الحكومة تعمل على ذلك، داعيا المنظمات الدولية إلى التوجه إلى موانئ عدن.",
                   [("عدن", "GPE", "YEM")])
    assert event_pairs(doc, "REQUEST") == [(["الوزير"], ["المنظمات الدولية"])]
    doc = make_doc("وأضاف الوزير أن الحكومة اليمنية أصبحت في عدن، مطالبا المنظمات الدولية بالعودة.",
                   [("الحكومة اليمنية", "ORG", "YEM"), ("عدن", "GPE", "YEM")])
    assert event_pairs(doc, "REQUEST") == [(["الوزير"], ["المنظمات الدولية"])]


def test_no_one_in_particular_and_prayers_are_asked_of_no_one(make_doc: MakeDoc) -> None:
    doc = make_doc("وأكد المحافظ أهمية المشروع، مطالبا الجميع بالالتزام بالهدوء.", [])
    assert event_pairs(doc, "REQUEST") == []
    doc = make_doc("وهنأ الأمير المرضى بالعيد، داعيا الله أن يمن عليهم بالصحة.", [])
    assert event_pairs(doc, "REQUEST") == []
    doc = make_doc("وقال الحوثي إن ما حدث تنبيه، مطالبا برفد الجبهات بالمقاتلين.", [("الحوثي", "PER", "YEM")])
    assert event_pairs(doc, "REQUEST") == []


def test_the_participles_object_is_whom_not_a_later_oblique(make_doc: MakeDoc) -> None:
    doc = make_doc("وعبر وزير الخارجية عادل الجبير عن استنكار المملكة الشديد هذا العمل الهمجي والوحشي الذي تم دون وازع "
                   "من أخلاق أو ضمير محملا سلطات الاحتلال الإسرائيلية المسؤولية عن هذا العمل ضد الفلسطينيين.",
                   [("عادل الجبير", "PER", "SAU"), ("المملكة", "GPE", "SAU"), ("الفلسطينيين", "NORP")])
    assert (["عادل الجبير"], ["سلطات الاحتلال الإسرائيلية"]) in event_pairs(doc, "ACCUSE")
    assert (["عادل الجبير"], ["الفلسطينيين"]) not in event_pairs(doc, "ACCUSE")


def test_whoever_expresses_owns_the_stance_a_body_or_a_state_too(make_doc: MakeDoc) -> None:
    doc = make_doc("وأعرب الاتحاد الأوروبي عن إدانته الشديدة للهجوم الإرهابي على المسجد.", [("الاتحاد الأوروبي", "ORG")])
    assert [pair[0] for pair in event_pairs(doc, "ACCUSE")] == [["الاتحاد الأوروبي"]]
    doc = make_doc("وعبرت المملكة عن رفضها للقرار الإسرائيلي.", [("المملكة", "GPE", "SAU")])
    assert [pair[0] for pair in event_pairs(doc, "REJECT")] == [["المملكة"]]


def test_a_sentence_opening_with_expressed_is_the_verb_not_via(make_doc: MakeDoc) -> None:
    doc = make_doc("وعبر الرئيس عبدربه منصور هادي عن أمله في السلام، داعيا الحوثيين إلى الانسحاب من المدن.",
                   [("عبدربه منصور هادي", "PER", "YEM"), ("الحوثيين", "ORG", "YEM")])
    assert event_pairs(doc, "REQUEST") == [(["عبدربه منصور هادي"], ["الحوثيين"])]



def test_his_meeting_during_the_sentence_is_the_subjects(make_doc: MakeDoc) -> None:
    doc = make_doc("ودعا الرئيس اليمني خلال لقائه اليوم المبعوث الأممي إسماعيل ولد الشيخ في الرياض إلى زيارة عدن.",
                   [("إسماعيل ولد الشيخ", "PER"), ("الرياض", "GPE", "SAU"), ("عدن", "GPE", "YEM")])
    assert (["الرئيس اليمني"], ["إسماعيل ولد الشيخ"]) in event_pairs(doc, "CONSULT")
