"""BIO-tagged corpora: reading, span extraction, label mapping and conlleval-style scoring.

A BIO file has one token per line (token, then one or more tag columns, separated by
spaces or tabs) and a blank line between sentences. Extra tag columns hold nested
entities (Wojood); `read_bio` returns every column so a caller can choose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from marsad.errors import ModelError

Sentence = list[tuple[str, list[str]]]  # (token, [tag column 1, tag column 2, ...])
SpanTuple = tuple[str, int, int]  # (type, first token, end token exclusive)


def read_bio(path: Path) -> list[Sentence]:
    """Sentences of a BIO file; a token line without a tag counts as "O"."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"cannot read BIO file {path}: {exc}") from exc
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in lines:
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        tags = [t for t in parts[1:] if t == "O" or t[:2] in ("B-", "I-")]
        current.append((parts[0], tags or ["O"]))
    if current:
        sentences.append(current)
    return sentences


def bio_spans(tags: Sequence[str]) -> list[SpanTuple]:
    """Entity spans of a BIO sequence, conlleval style: an I- after O or another type opens a span."""
    spans: list[SpanTuple] = []
    kind, start = None, 0
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if kind is not None and not continues:
            spans.append((kind, start, i))
            kind = None
        if prefix in ("B", "I") and not continues:
            kind, start = label, i
    return spans


def spans_to_bio(spans: Iterable[SpanTuple], length: int) -> list[str]:
    """The BIO tags of non-overlapping spans over a sentence of `length` tokens."""
    tags = ["O"] * length
    for kind, start, end in spans:
        tags[start] = f"B-{kind}"
        for i in range(start + 1, end):
            tags[i] = f"I-{kind}"
    return tags


def map_tags(tags: Sequence[str], mapping: Callable[[str], str | None]) -> list[str]:
    """Rename entity types of a BIO sequence; a type mapped to None becomes O."""
    out = []
    for kind, start, end in bio_spans(tags):
        new = mapping(kind)
        if new is not None:
            out.append((new, start, end))
    return spans_to_bio(out, len(tags))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def score_spans(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict:
    """Exact-span precision, recall and F1, micro and per type (as conlleval computes them)."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g_spans, p_spans = set(bio_spans(g_tags)), set(bio_spans(p_tags))
        n_gold.update(s[0] for s in g_spans)
        n_pred.update(s[0] for s in p_spans)
        tp.update(s[0] for s in g_spans & p_spans)
    per_type = {
        kind: {**_prf(tp[kind], n_pred[kind], n_gold[kind]), "support": n_gold[kind]}
        for kind in sorted(set(n_gold) | set(n_pred))
    }
    total = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {**total, "support": sum(n_gold.values()), "per_type": per_type}
