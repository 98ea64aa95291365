"""Document-level features for the second CRF: what the first CRF said about the same word
elsewhere in the article.

A name is often introduced in full with a title («الكاتب نعوم شومسكي») and later used alone
(«شومسكي»), where a sentence-level model misses it. The second CRF sees, for each token, the
first CRF's label of the token and its neighbours, and the entity types the first CRF gave
the same word key in the surrounding sentences (the article, or a window of sentences when
the input has no article boundaries, as in ANERcorp).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

WINDOW = 20  # sentences before and after


def window_memory(keys: Sequence[Sequence[str]], labels: Sequence[Sequence[str]],
                  window: int = WINDOW) -> list[Counter[tuple[str, str]]]:
    """For each sentence, counts of (key, type) over entity tokens of the sentences around it."""
    per_sentence: list[Counter[tuple[str, str]]] = []
    for sent_keys, sent_labels in zip(keys, labels, strict=True):
        counts: Counter[tuple[str, str]] = Counter()
        for key, label in zip(sent_keys, sent_labels, strict=True):
            if label != "O" and len(key) > 1:
                counts[(key, label[2:])] += 1
        per_sentence.append(counts)
    memories = []
    running: Counter[tuple[str, str]] = Counter()
    for i in range(min(window + 1, len(per_sentence))):
        running.update(per_sentence[i])
    for s in range(len(per_sentence)):
        memories.append(running.copy())
        if s + window + 1 < len(per_sentence):
            running.update(per_sentence[s + window + 1])
        if s - window >= 0:
            running.subtract(per_sentence[s - window])
    return memories


TYPES = ("PER", "ORG", "LOC", "MISC")


def stacked_features(features: list[list[str]], keys: Sequence[str], labels: Sequence[str],
                     memory: Counter[tuple[str, str]]) -> list[list[str]]:
    """The first CRF's features of one sentence plus the stacking features."""
    return [feats + extra for feats, extra in zip(features, stacking_features(keys, labels, memory), strict=True)]


def stacking_features(keys: Sequence[str], labels: Sequence[str], memory: Counter[tuple[str, str]]) -> list[list[str]]:
    """The stacking features of each token of one sentence: the first CRF's labels around it, and the
    types given to its key elsewhere in the window (`memory`, less the token's own label)."""
    out = []
    n = len(labels)
    for i, key in enumerate(keys):
        extra = [f"s1={labels[i]}"]
        if i > 0:
            extra.append(f"s1[-1]={labels[i - 1]}")
        if i + 1 < n:
            extra.append(f"s1[1]={labels[i + 1]}")
        own = labels[i][2:] if labels[i] != "O" else ""
        for kind in TYPES:
            count = memory.get((key, kind), 0) - (kind == own)
            if count > 0:
                extra.append(f"doc={kind}")
        out.append(extra)
    return out
