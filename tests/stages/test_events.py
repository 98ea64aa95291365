from marsad.document import Document
from marsad.pipeline import check_order
from marsad.stages.events import EventStage
from tests.events.conftest import build_doc


def test_stage_contract() -> None:
    stage = EventStage()
    assert stage.requires == ("entities", "linked", "geocoded", "times")
    assert stage.provides == ("events",)


def test_stage_codes_events_and_round_trips() -> None:
    doc = build_doc("وهاجم مسلحون مركزا للشرطة في مدينة العريش.", [("العريش", "GPE", "EGY")])
    EventStage()(doc)
    assert [e.type for e in doc.events] == ["ASSAULT"]
    event = doc.events[0]
    assert event.id == "E1" and event.location is not None and event.location.text == "العريش"
    again = Document.from_dict(doc.to_dict())
    assert again.events[0].type == "ASSAULT" and again.events[0].location.text == "العريش"


def test_stage_in_a_pipeline_order() -> None:
    class Provider:
        name, requires, provides = "p", (), ("entities", "linked", "geocoded", "times")

    check_order([Provider(), EventStage()])  # type: ignore[list-item]
