"""Sentence splitting and surface tokenization, offsets on the original text."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A token: a run of letters/digits (with diacritics, tatweel and inner joiners), or one other symbol.
TOKEN_RE = re.compile(
    r"[\w\u0640\u064B-\u065F\u0670\u200c\u200d]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*|[^\s\w]",
    re.UNICODE,
)
_FINAL = ".!?؟۔…"
_SENT_END = re.compile(r"[.!?؟۔…]+[\"'”»)\]]*(?=\s|$)|\n+")
# One letter (or letters joined by periods, «أ.د») after a space or the start, right before the period.
_ABBREVIATION = re.compile(r"(?:^|[\s(«\"])[^\W\d_](?:\.[^\W\d_])*$")


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence, trimmed of surrounding whitespace.

    Breaks after final punctuation followed by space, and at every line break
    (news paragraphs are lines). A period between digits ("2.5") is no break.
    """
    start = 0
    for match in _SENT_END.finditer(text):
        if match.group() == "." and _ABBREVIATION.search(text, max(0, match.start() - 8), match.start()):
            continue  # «د. عبدالله الربيعة»، «أ.د. محمد»: an abbreviated title, not the end of a sentence
        end = match.end()
        if match.group().startswith("\n"):
            end = match.start()
        yield from _trimmed(text, start, end)
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each surface token in text[start:end]."""
    for match in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        yield match.start(), match.end()


def is_final_punct(ch: str) -> bool:
    return ch in _FINAL
