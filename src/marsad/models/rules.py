"""Rules over the CRF's spans, for patterns of news text the training corpora rarely show.

- `quoted_organisations`: a name in quotation marks right after an organisation noun such as
  «صحيفة», «مجلة», «وكالة», «حركة», or a quoted phrase that starts with one or with an armed group's
  noun («"جيش الفتح"»), is an
  organisation's name («مجلة "جون أفريك"», «"بوابة الوسط"»), and so are its other mentions in
  the document; ANERcorp has few such quotes, and the CRF reads a foreign-looking quoted name
  as a person.
- `split_trailing_places`: a person name of three words or more ending in a country or big
  city («زار صدام حفتر إسطنبول») is a name followed by a place.
- `merge_kb`: names of the actor KB the model missed are added; their type wins on equal spans.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from marsad.models.gazetteers import _lexicon_lines, word_key
from marsad.models.spans import TokenSpan

OPEN_QUOTES = frozenset('"«“”\'')
CLOSE_QUOTES = frozenset('"»”“\'')
MAX_QUOTED = 5
RULE_CONFIDENCE = 0.85  # for a span that only a rule or the KB found
PLACE_AFTER_NAME = frozenset({"COUNTRY", "BIGCITY"})


@lru_cache(maxsize=1)
def media_heads() -> frozenset[str]:
    """Word keys of the nouns after which a quoted name is an organisation (lexicon.tsv, MEDIA)."""
    return frozenset(word_key(w) for c, w in _lexicon_lines("lexicon.tsv") if c == "MEDIA")


@lru_cache(maxsize=1)
def armed_heads() -> frozenset[str]:
    """Word keys of the nouns that start a quoted armed group's name («"جيش الفتح"»; lexicon.tsv, ARMED). After
    one, a quote is not the whole name (in «جبهة "النصرة"» the noun belongs to it), so only a quote that
    begins with one counts."""
    return frozenset(word_key(w) for c, w in _lexicon_lines("lexicon.tsv") if c == "ARMED")


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
        if (i > 0 and keys[i - 1] in heads) or (end > i + 2 and (keys[i + 1] in heads or keys[i + 1] in armed_heads())):
            found.append((i + 1, end))
    return found


def quoted_organisations(found: list[list[TokenSpan]], keys: list[list[str]],
                         sentences: Sequence[Sequence[str]]) -> list[list[TokenSpan]]:
    """Quoted organisation names become ORG spans, and so do the same names elsewhere."""
    names: set[tuple[str, ...]] = set()
    out = []
    for spans, sent_keys, tokens in zip(found, keys, sentences, strict=True):
        for start, end in quoted_names(tokens, sent_keys):
            inside = [s for s in spans if s.start >= start and s.end <= end]
            if any(s.start < end and s.end > start and s not in inside for s in spans):
                continue
            confidence = max((s.confidence for s in inside), default=RULE_CONFIDENCE)
            spans = sorted([s for s in spans if s not in inside] +
                           [TokenSpan("ORG", start, end, confidence, "rule")], key=lambda s: s.start)
            names.add(tuple(sent_keys[start:end]))
        out.append(spans)
    if not names:
        return out
    return [
        [TokenSpan("ORG", s.start, s.end, s.confidence, s.source) if tuple(k[s.start:s.end]) in names else s
         for s in spans]
        for spans, k in zip(out, keys, strict=True)
    ]


def split_trailing_places(spans: list[TokenSpan], categories: Callable[[int], Sequence[str]]) -> list[TokenSpan]:
    """Split a PER span of 3+ tokens whose last token's gazetteer `categories` name a country or
    big city into the person and the place."""
    out = []
    for span in spans:
        if span.type == "PER" and span.end - span.start >= 3 and PLACE_AFTER_NAME & set(categories(span.end - 1)):
            out.append(TokenSpan("PER", span.start, span.end - 1, span.confidence, span.source))
            out.append(TokenSpan("LOC", span.end - 1, span.end, span.confidence, "rule"))
        else:
            out.append(span)
    return out


def merge_kb(spans: list[TokenSpan], names: list[tuple[str, int, int]]) -> list[TokenSpan]:
    """Add KB names the model missed; a KB name covering model spans replaces them (its type wins).

    A model span that contains a KB name (a full name around a listed surname) is kept.
    """
    if not names:
        return spans
    out = list(spans)
    for kind, start, end in names:
        inside = [s for s in out if s.start >= start and s.end <= end]
        crossing = [s for s in out if s.start < end and s.end > start and s not in inside]
        if crossing:
            continue
        confidence = max((s.confidence for s in inside), default=RULE_CONFIDENCE)
        out = [s for s in out if s not in inside]
        source = "model" if any(s.start == start and s.end == end for s in inside) else "gazetteer"
        out.append(TokenSpan(kind, start, end, confidence, source))
    return sorted(out, key=lambda s: s.start)
