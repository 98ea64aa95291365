"""Rules over the CRF's spans, for patterns of news text the training corpora rarely show.

`quoted_names`: a name in quotation marks right after an organisation noun such as «صحيفة»,
«مجلة», «وكالة», «حركة», or a quoted phrase that starts with one, is an organisation's name
(«مجلة "جون أفريك"», «"بوابة الوسط"»); ANERcorp has few such quotes, and the CRF reads a
foreign-looking quoted name as a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.models.gazetteers import _lexicon_lines, word_key

OPEN_QUOTES = frozenset('"«“”\'')
CLOSE_QUOTES = frozenset('"»”“\'')
MAX_QUOTED = 5


@lru_cache(maxsize=1)
def media_heads() -> frozenset[str]:
    """Word keys of the nouns after which a quoted name is an organisation (lexicon.tsv, MEDIA)."""
    return frozenset(word_key(w) for c, w in _lexicon_lines("lexicon.tsv") if c == "MEDIA")


def quoted_names(tokens: Sequence[str], keys: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of quoted organisation names: a quote right after an organisation noun
    («مجلة "جون أفريك"»), or a quote that begins with one («"بوابة الوسط"»)."""
    heads = media_heads()
    found = []
    for i, token in enumerate(tokens):
        if token not in OPEN_QUOTES:
            continue
        end = next((j for j in range(i + 1, min(len(tokens), i + 2 + MAX_QUOTED)) if tokens[j] in CLOSE_QUOTES), None)
        if end is None or end == i + 1:
            continue
        if (i > 0 and keys[i - 1] in heads) or (end > i + 2 and keys[i + 1] in heads):
            found.append((i + 1, end))
    return found
