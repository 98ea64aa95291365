"""`TokenSpan`: an entity over the tokens of one sentence, as the tagger and its rules pass it on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """An entity over tokens [start, end) of a sentence."""

    type: str
    start: int
    end: int
    confidence: float
    source: str = "model"  # "model", "rule" or "gazetteer" (the actor KB)
