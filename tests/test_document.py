import json

from marsad.document import (
    Canonical,
    Document,
    Entity,
    Event,
    EventDate,
    Geo,
    Location,
    Participant,
    Span,
    TimeExpr,
    text_id,
)


def sample_document() -> Document:
    text = "زار الرئيس أنقرة أمس."
    doc = Document(text=text, published="2025-04-05", title="عنوان")
    doc.entities = [
        Entity("T1", "أنقرة", "GPE", 11, 16, geo=Geo(323786, "Ankara", 39.92, 32.85, "TUR", "PPLC", "68"),
               canonical=Canonical("أنقرة", "Ankara", "wikidata:Q3640", "TUR", "GOV"), confidence=0.9),
    ]
    doc.times = [TimeExpr("أمس", 17, 20, "2025-04-04", "day")]
    doc.events = [
        Event("E1", "CONSULT", Span(0, 3, "زار"), Span(0, 21, text), mode="visit", cameo="042",
              actor=[Participant("الرئيس", start=4, end=10)],
              recipient=[Participant("أنقرة", "T1", "Ankara", "wikidata:Q3640", "TUR", "GOV", 11, 16)],
              location=Location("أنقرة", "T1", 323786, 39.92, 32.85, "TUR"),
              date=EventDate("2025-04-04", "day", "text"), confidence=0.8, summary_en="visit"),
    ]
    doc.sentences = [Span(0, 21, text)]
    return doc


def test_round_trip_through_json():
    doc = sample_document()
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    again = Document.from_dict(data)
    assert again.to_dict() == doc.to_dict()


def test_contract_field_names():
    record = sample_document().to_dict()
    for key in ("schema_version", "id", "title", "url", "outlet", "published", "language", "text", "error",
                "entities", "times", "events"):
        assert key in record
    event = record["events"][0]
    assert event["date"] == {"value": "2025-04-04", "precision": "day", "from": "text"}
    for key in ("type", "mode", "context", "cameo", "actor", "recipient", "location", "trigger", "sentence",
                "attributed_to", "modality", "confidence", "summary_en"):
        assert key in event


def test_id_is_stable_over_orthographic_variants():
    assert text_id("أنقرة") == text_id("انقره")
    assert text_id("أنقرة") != text_id("بغداد")
    assert Document(text="نص").id == Document(text="نص").id


def test_fail_empties_annotations():
    doc = sample_document()
    doc.fail("language", "not Arabic")
    assert doc.error.kind == "language"
    assert doc.entities == [] and doc.events == [] and doc.times == []
    assert doc.to_dict()["error"] == {"kind": "language", "message": "not Arabic"}
