"""Reject articles that cannot be processed: empty, too large, or not Arabic."""

from __future__ import annotations

from marsad.arabic.normalize import arabic_ratio
from marsad.document import Document
from marsad.errors import InputError
from marsad.stage import Stage

MAX_CHARS = 1_000_000
MIN_ARABIC_RATIO = 0.3


class ValidateStage(Stage):
    name = "validate"
    provides = ("valid",)

    def __init__(self, max_chars: int = MAX_CHARS, min_arabic_ratio: float = MIN_ARABIC_RATIO) -> None:
        self.max_chars = max_chars
        self.min_arabic_ratio = min_arabic_ratio

    def __call__(self, doc: Document) -> Document:
        if not doc.text or not doc.text.strip():
            raise InputError("empty", "the article has no text")
        if len(doc.text) > self.max_chars:
            raise InputError("too_large", f"{len(doc.text):,} characters, over the limit of {self.max_chars:,}")
        if "\x00" in doc.text:
            raise InputError("encoding", "the text contains NUL bytes: a binary file?")
        ratio = arabic_ratio(doc.text)
        if ratio < self.min_arabic_ratio:
            raise InputError("language", f"not Arabic: detected {guess_script(doc.text)} ({ratio:.0%} Arabic letters)")
        doc.language = "ar"
        return doc


def guess_script(text: str) -> str:
    """Name the dominant script of the letters, for the error message."""
    import unicodedata

    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "no letters"
    script = max(counts, key=counts.get)
    return {"LATIN": "Latin-script text (e.g. en)", "CYRILLIC": "Cyrillic-script text (e.g. ru)",
            "HEBREW": "Hebrew (he)", "CJK": "Chinese/Japanese (zh/ja)"}.get(script, script.title())
