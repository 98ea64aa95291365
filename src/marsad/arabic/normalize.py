"""Orthographic normalization of Arabic that never moves the original offsets.

`normalize_with_map` returns the normalized string together with, for each of its
characters, the index of the original character it came from, so a match found in the
normalized view maps straight back to `text[start:end]`.
"""

from __future__ import annotations

import re
from functools import lru_cache

# One character in, one character out.
_CHAR_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ە": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
}
_CHAR_MAP.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_CHAR_MAP.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits

# Dropped: harakat, superscript alef, Quranic marks, tatweel, zero-width and bidi controls.
_DROP = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

_TRANSLATE = str.maketrans({**_CHAR_MAP, **{c: None for c in _DROP}})
_DROP_ONLY = str.maketrans({c: None for c in _DROP})
_DROP_RUN = re.compile("[" + "".join(re.escape(c) for c in sorted(_DROP)) + "]+")

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def normalize(text: str) -> str:
    """Fold letter variants, drop diacritics/tatweel/controls, map digits to ASCII."""
    if len(text) <= _WORD_LIMIT:
        return _normalize_word(text)
    return text.translate(_TRANSLATE)


_WORD_LIMIT = 40


@lru_cache(maxsize=200_000)  # words and short names are normalized again and again by several stages
def _normalize_word(text: str) -> str:
    return text.translate(_TRANSLATE)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalize and return, for each output character, its index in `text`.

    The map has one extra final entry, `len(text)`, so an end offset maps too:
    a normalized span [i, j) is `text[index[i]:index[j - 1] + 1]`.
    """
    folded = text.translate(_TRANSLATE)
    if len(folded) == len(text):  # fast path: nothing dropped (the mapping is one-to-one), identity index
        return folded, list(range(len(text) + 1))
    index: list[int] = []
    last = 0
    for run in _DROP_RUN.finditer(text):  # the kept characters are the stretches between dropped runs
        index.extend(range(last, run.start()))
        last = run.end()
    index.extend(range(last, len(text) + 1))  # with the final end-of-text entry
    return folded, index


def original_span(index: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a span [start, end) of the normalized view back to the original text."""
    if end <= start:
        pos = index[start]
        return pos, pos
    return index[start], index[end - 1] + 1


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel only, keeping letter variants as written."""
    return text.translate(_DROP_ONLY)


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic, among all alphabetic characters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    arabic = sum(1 for ch in letters if ARABIC_LETTER.match(ch))
    return arabic / len(letters)
