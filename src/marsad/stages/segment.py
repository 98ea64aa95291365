"""Sentences, surface tokens and their clitic words."""

from __future__ import annotations

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
    norm, index = normalize_with_map(surface)
    split = split_proclitics(norm)
    words: list[Word] = []
    pos = 0
    for clitic in split.proclitics:
        a, b = original_span(index, pos, pos + len(clitic))
        words.append(Word(surface[a:b], start + a, start + b, "proclitic"))
        pos += len(clitic)
    stem, suffix = split_safe_enclitic(split.stem, ARTICLE in split.proclitics)
    a, b = original_span(index, pos, pos + len(stem))
    words.append(Word(surface[a:b], start + a, start + b, "stem"))
    if suffix:
        a, b = original_span(index, pos + len(stem), len(norm))
        words.append(Word(surface[a:b], start + a, start + b, "enclitic"))
    return Token(surface, start, end, sentence, norm, words)
