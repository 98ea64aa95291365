"""The event coder on short invented news sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document, Event
from marsad.events import code_events

MakeDoc = Callable[..., Document]


def _only(doc: Document, ptype: str) -> Event:
    events = [e for e in code_events(doc) if e.type == ptype]
    assert len(events) == 1, [(e.type, [p.text for p in e.actor], [p.text for p in e.recipient]) for e in events]
    return events[0]


def _texts(people: list) -> list[str]:
    return [p.text for p in people]


def test_vso_visit_with_place_object(make_doc: MakeDoc) -> None:
    doc = make_doc("وزار وزير الخارجية الأردني أيمن الصفدي دمشق أمس.",
                   [("أيمن الصفدي", "PER", "JOR"), ("دمشق", "GPE", "SYR")])
    event = _only(doc, "CONSULT")
    assert event.mode == "visit" and event.cameo == "042"
    assert _texts(event.actor) == ["أيمن الصفدي"] and _texts(event.recipient) == ["دمشق"]
    assert event.location is not None and event.location.text == "دمشق"
    assert event.modality == "asserted"
    assert doc.text[event.trigger.start:event.trigger.end] == event.trigger.text == "زار"


def test_svo_meeting_with_preposition(make_doc: MakeDoc) -> None:
    doc = make_doc("الرئيس الفرنسي إيمانويل ماكرون التقى مع الملك عبدالله الثاني في باريس.",
                   [("إيمانويل ماكرون", "PER", "FRA"), ("عبدالله الثاني", "PER", "JOR"), ("باريس", "GPE", "FRA")])
    event = _only(doc, "CONSULT")
    assert _texts(event.actor) == ["إيمانويل ماكرون"]
    assert _texts(event.recipient) == ["عبدالله الثاني"]
    assert event.location is not None and event.location.text == "باريس"


def test_shared_subject_and_sequence_of_meetings(make_doc: MakeDoc) -> None:
    doc = make_doc("وزار خالد العلي القاهرة التقى خلالها سامي حسن، ثم بعدها وزير الدفاع المصري كريم فؤاد.",
                   [("خالد العلي", "PER"), ("القاهرة", "GPE", "EGY"), ("سامي حسن", "PER"), ("كريم فؤاد", "PER")])
    meets = [e for e in code_events(doc) if e.mode == "meet"]
    assert [(_texts(e.actor), _texts(e.recipient)) for e in meets] == [
        (["خالد العلي"], ["سامي حسن"]), (["خالد العلي"], ["كريم فؤاد"]),
    ]


def test_verbal_noun_with_genitive_agent_and_target(make_doc: MakeDoc) -> None:
    doc = make_doc("وقع هجوم الجماعة المسلحة على بلدة الزهراء مساء الجمعة.",
                   [("الجماعة المسلحة", "ORG"), ("الزهراء", "GPE")])
    event = _only(doc, "ASSAULT")
    assert _texts(event.actor) == ["الجماعة المسلحة"] and _texts(event.recipient) == ["الزهراء"]


def test_patient_genitive_of_arrest_nouns(make_doc: MakeDoc) -> None:
    doc = make_doc("أعلنت وزارة الداخلية اعتقال سعيد ناصر في الرياض.",
                   [("وزارة الداخلية", "ORG", "SAU"), ("سعيد ناصر", "PER"), ("الرياض", "GPE", "SAU")])
    event = _only(doc, "COERCE")
    assert event.mode == "arrest"
    assert _texts(event.recipient) == ["سعيد ناصر"]
    assert _texts(event.attributed_to) == ["وزارة الداخلية"]


def test_passive_with_pronoun_resolved_to_the_earlier_actor(make_doc: MakeDoc) -> None:
    doc = make_doc("وصل رامي يوسف إلى أنقرة. وقد تم استقباله في مقر وزارة الدفاع التركية.",
                   [("رامي يوسف", "PER", "LBY"), ("أنقرة", "GPE", "TUR"), ("وزارة الدفاع التركية", "ORG", "TUR")])
    [event] = [e for e in code_events(doc) if e.mode == "host"]
    assert _texts(event.recipient) == ["رامي يوسف"]
    assert _texts(event.actor) == ["وزارة الدفاع التركية"]


def test_attribution_chain(make_doc: MakeDoc) -> None:
    doc = make_doc("ووفق تقرير المجلة ترجمته وكالة الأنباء، قصفت طائرات التحالف مدينة صعدة.",
                   [("وكالة الأنباء", "ORG"), ("التحالف", "ORG"), ("صعدة", "GPE", "YEM")])
    event = _only(doc, "ASSAULT")
    assert "وكالة الأنباء" in _texts(event.attributed_to)
    assert _texts(event.recipient) == ["صعدة"]


def test_negated_future_and_hypothetical(make_doc: MakeDoc) -> None:
    ents = [("سمير علي", "PER"), ("عمان", "GPE", "JOR")]
    assert _only(make_doc("لم يزر سمير علي عمان.", ents), "CONSULT").modality == "negated"
    assert _only(make_doc("وسيزور سمير علي عمان الأسبوع المقبل.", ents), "CONSULT").modality == "future"
    assert _only(make_doc("ومن المقرر أن يزور سمير علي عمان.", ents), "CONSULT").modality == "future"
    events = code_events(make_doc("وإذا زار سمير علي عمان فسيلتقي الملك.", ents))
    assert events and {e.modality for e in events} == {"hypothetical"}


def test_historical_by_year(make_doc: MakeDoc) -> None:
    doc = make_doc("وكان الجيش قد شن هجوما على مدينة حلب في عام 2016.", [("الجيش", "ORG"), ("حلب", "GPE", "SYR")])
    event = _only(doc, "ASSAULT")
    assert event.modality == "historical"
    assert event.date is not None and event.date.value == "2016"


def test_trigger_inside_a_name_is_not_an_event(make_doc: MakeDoc) -> None:
    doc = make_doc("وأكد مجلس التعاون الخليجي دعم الاستقرار.", [("مجلس التعاون الخليجي", "ORG")])
    assert not [e for e in code_events(doc) if e.type == "COOPERATE"]


def test_verbal_noun_without_participants_is_not_an_event(make_doc: MakeDoc) -> None:
    doc = make_doc("وتحدث التقرير عن الزيارة والاحتجاجات بشكل عام.", [])
    assert code_events(doc) == []


def test_repeated_report_is_one_event_with_mentions(make_doc: MakeDoc) -> None:
    doc = make_doc("زار سمير علي عمان أمس. وزار سمير علي عمان لبحث التعاون.", [("سمير علي", "PER"), ("عمان", "GPE", "JOR")])
    events = code_events(doc)
    assert len(events) == 1 and len(events[0].mentions) == 1


def test_a_reference_in_passing_is_no_mention(make_doc: MakeDoc) -> None:
    doc = make_doc("زار سمير علي عمان. ولا يبدو تاريخ الزيارة مصادفة.", [("سمير علي", "PER"), ("عمان", "GPE", "JOR")])
    events = code_events(doc)
    assert len(events) == 1 and events[0].mentions == []


def test_a_protest_told_without_names(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("واندلعت المظاهرات في المدينة مساء أمس.", []))
    assert [e.type for e in events] == ["PROTEST"]
    events = code_events(make_doc("ورفع المحتجون شعارات ضد القرار.", []))
    assert [e.type for e in events] == ["PROTEST"]


def test_article_is_not_a_verb(make_doc: MakeDoc) -> None:
    doc = make_doc("وعزفت الفرقة النشيد الوطني بحضور سمير علي.", [("سمير علي", "PER")])
    assert not [e for e in code_events(doc) if e.type == "SUPPORT"]


def test_summary_and_confidence(make_doc: MakeDoc) -> None:
    doc = make_doc("وزار سمير علي عمان.", [("سمير علي", "PER", "LBY"), ("عمان", "GPE", "JOR")])
    event = _only(doc, "CONSULT")
    assert event.summary_en.startswith("سمير علي (LBY) visited عمان")
    assert 0.0 < event.confidence < 1.0
