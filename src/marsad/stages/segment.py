"""Sentences, surface tokens and their clitic words."""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.clitics import ARTICLE, split_proclitics, split_safe_enclitic
from marsad.arabic.normalize import normalize_with_map, original_span
from marsad.arabic.sentences import split_sentences, tokenize
from marsad.document import Document, Span, Token, Word
from marsad.stage import Stage


class SegmentStage(Stage):
    name = "segment"
    requires = ("valid",)
    provides = ("sentences", "tokens")

    def __call__(self, doc: Document) -> Document:
        doc.sentences, doc.tokens = [], []
        for s_index, (s_start, s_end) in enumerate(split_sentences(doc.text)):
            doc.sentences.append(Span(s_start, s_end, doc.text[s_start:s_end]))
            for t_start, t_end in tokenize(doc.text, s_start, s_end):
                doc.tokens.append(make_token(doc.text, t_start, t_end, s_index))
        return doc


def make_token(text: str, start: int, end: int, sentence: int) -> Token:
    """A token with its words: proclitics, stem, pronoun suffix (offsets on the original text)."""
    surface = text[start:end]
    norm, parts = _analyse(surface)
    words = [Word(word, start + a, start + b, kind) for word, a, b, kind in parts]
    return Token(surface, start, end, sentence, norm, words)


@lru_cache(maxsize=200_000)  # the analysis depends on the surface only, and news words recur
def _analyse(surface: str) -> tuple[str, tuple[tuple[str, int, int, str], ...]]:
    """The normalized token and its words as (text, start, end, kind), offsets relative to the token."""
    norm, index = normalize_with_map(surface)
    split = split_proclitics(norm)
    parts: list[tuple[str, int, int, str]] = []
    pos = 0
    for clitic in split.proclitics:
        a, b = original_span(index, pos, pos + len(clitic))
        parts.append((surface[a:b], a, b, "proclitic"))
        pos += len(clitic)
    stem, suffix = split_safe_enclitic(split.stem, ARTICLE in split.proclitics)
    a, b = original_span(index, pos, pos + len(stem))
    parts.append((surface[a:b], a, b, "stem"))
    if suffix:
        a, b = original_span(index, pos + len(stem), len(norm))
        parts.append((surface[a:b], a, b, "enclitic"))
    return norm, tuple(parts)
