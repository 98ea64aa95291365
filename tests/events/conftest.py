"""Documents with hand-set entities, so the event coder is tested apart from the NER model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.document import Canonical, Document, Entity, Event, Geo
from marsad.events import code_events
from marsad.stages.segment import SegmentStage

EntitySpec = tuple[str, str] | tuple[str, str, str]


def build_doc(text: str, entities: list[EntitySpec], published: str = "2025-04-05") -> Document:
    """Segment `text` and add one entity per (surface, type[, country]) at each occurrence of the surface."""
    doc = Document(text=text, published=published)
    SegmentStage()(doc)
    found: list[Entity] = []
    for spec in sorted(entities, key=lambda s: -len(s[0])):
        surface, etype = spec[0], spec[1]
        country = spec[2] if len(spec) > 2 else None
        pos = text.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            if not any(e.start < end and pos < e.end for e in found):
                geo = Geo(None, surface, None, None, country, "PPL") if etype in ("LOC", "GPE") else None
                found.append(Entity("", surface, etype, pos, end, Canonical(surface, country=country), geo))
            pos = text.find(surface, end)
    found.sort(key=lambda e: e.start)
    for n, e in enumerate(found, 1):
        e.id = f"T{n}"
    doc.entities = found
    return doc


def events_of(doc: Document, ptype: str) -> list[Event]:
    """The coded events of one PLOVER type."""
    return [e for e in code_events(doc) if e.type == ptype]


def event_pairs(doc: Document, ptype: str) -> list[tuple[list[str], list[str]]]:
    """(actor texts, recipient texts) of each coded event of one type."""
    return [([p.text for p in e.actor], [p.text for p in e.recipient]) for e in events_of(doc, ptype)]


@pytest.fixture
def make_doc() -> Callable[..., Document]:
    return build_doc
