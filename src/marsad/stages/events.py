"""PLOVER events: who did what to whom, where, when, according to whom (logic in `marsad.events`)."""

from __future__ import annotations

from marsad.document import Document
from marsad.events.coder import code_events
from marsad.events.lexicon import Lexicon, load_lexicon
from marsad.stage import Stage


class EventStage(Stage):
    """Codes `doc.events` from the tokens, entities (linked, geocoded) and times of the document."""

    name = "events"
    requires = ("entities", "linked", "geocoded", "times")
    provides = ("events",)

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc: Document) -> Document:
        doc.events = code_events(doc, self.lexicon)
        return doc
