"""PLOVER event coding of Arabic news: lexicon, triggers, arguments, attribution, modality, summary.

Public entry point: `code_events(doc) -> list[Event]` (used by `marsad.stages.events.EventStage`).
"""

from marsad.events.coder import code_events

__all__ = ["code_events"]
