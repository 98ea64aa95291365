from pathlib import Path

from marsad.document import Document, Entity, Event, Participant, Span, TimeExpr
from marsad.evaluation.events import score_document
from marsad.evaluation.gold import Gold
from marsad.evaluation.matching import form_variants, matches

TEXT = "زار صدام حفتر أنقرة والتقى يشار غولر. وهاجم حفتر طرابلس في عام 2020."


def test_form_variants_strip_one_clitic_or_the_article():
    assert matches("وأنقرة", ["أنقرة"])
    assert matches("للجيش الوطني", ["لجيش الوطني"])
    assert matches("الجيش الوطني", ["جيش الوطني"])
    assert not matches("أنقرة", ["إسطنبول"])
    assert matches("للهجوم الإرهابي", ["الهجوم الإرهابي"])
    assert not matches("للهجوم", ["لهجة"])
    assert "انقره" in form_variants("“أنقرة”")


def doc_with(events: list[Event]) -> Document:
    doc = Document(text=TEXT, published="2025-04-05")
    doc.entities = [
        Entity("T1", "صدام حفتر", "PER", 4, 13), Entity("T2", "أنقرة", "GPE", 14, 19),
        Entity("T3", "يشار غولر", "PER", 27, 36), Entity("T4", "طرابلس", "GPE", 50, 56),
        Entity("T5", "والتقى", "ORG", 20, 26),
    ]
    doc.times = [TimeExpr("عام 2020", 60, 68, "2020", "year")]
    doc.events = events
    return doc


def ev(type_: str, actor: str, recipient: str) -> Event:
    return Event("E", type_, Span(0, 1, "ز"), Span(0, 10), actor=[Participant(actor)],
                 recipient=[Participant(recipient)])


GOLD = {
    "entities": [
        {"type": "PER", "forms": ["صدام حفتر"]}, {"type": "LOC", "forms": ["أنقرة"]},
        {"type": "PER", "forms": ["يشار غولر"]}, {"type": "LOC", "forms": ["طرابلس"]},
        {"type": "ORG", "forms": ["حكومة الوفاق"]}, {"type": "MISC", "forms": ["ساها"], "optional": True},
    ],
    "times": [{"forms": ["عام 2020", "2020"], "value": "2020"}, {"forms": ["أمس"], "value": "2025-04-04"}],
    "events": [
        {"core": True, "type": "CONSULT", "source": ["صدام حفتر"], "target": ["أنقرة"]},
        {"core": True, "type": "CONSULT", "source": ["صدام حفتر"], "target": ["يشار غولر"], "symmetric": True},
        {"core": True, "type": "ASSAULT", "source": ["حفتر"], "target": ["طرابلس"]},
        {"core": False, "type": "CONSULT", "source": [], "target": ["صدام حفتر"]},
    ],
}


def test_scores_follow_the_rules():
    events = [
        ev("CONSULT", "صدام حفتر", "أنقرة"),
        ev("CONSULT", "يشار غولر", "صدام حفتر"),  # symmetric gold: either direction
        ev("ASSAULT", "طرابلس", "حفتر"),           # wrong direction, not symmetric
        ev("PROTEST", "أنقرة", "طرابلس"),          # wrong type
    ]
    result = score_document(doc_with(events), Gold(Path("g.json"), TEXT, "2025-04-05", GOLD))
    ents = result["entities"]
    assert (ents["found"], ents["total"]) == (4, 5)
    assert ents["spurious"] == ["والتقى"]
    assert ents["p"] == 0.8 and ents["r"] == 0.8
    assert result["times"]["right"] == 1 and result["times"]["total"] == 2
    evs = result["events"]
    assert evs["core_found"] == 2 and evs["core_total"] == 3
    # the symmetric reading also matches the optional event (empty source accepts any)
    assert evs["system_matched"] == 2 and evs["precision"] == 0.5


def test_a_system_event_counts_for_one_gold_event_only():
    events = [ev("CONSULT", "صدام حفتر", "يشار غولر")]
    gold = {"entities": [], "times": [], "events": [
        {"core": True, "type": "CONSULT", "source": ["صدام حفتر"], "target": []},
        {"core": True, "type": "CONSULT", "source": ["صدام حفتر"], "target": ["يشار غولر"]},
    ]}
    result = score_document(doc_with(events), Gold(Path("g.json"), TEXT, None, gold))
    assert result["events"]["core_found"] == 1
