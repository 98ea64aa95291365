"""One CRF's state scores for sentences, with the weights of each word type's features summed once.

A word's own features and the features it gives its neighbours (`FeatureExtractor.parts`) are the same
wherever the word occurs, so their weights are summed into one (5, labels) array per word type and
cached; only the few features of an occurrence (sentence boundaries, gazetteer phrases, key bigrams,
the stacking features) are looked up each time. The scores are those CRFsuite computes from the
same feature strings, in another summation order.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from marsad.models.crfsuite_file import read_crfsuite
from marsad.models.features import Context, WordInfo

_CACHE_LIMIT = 300_000


class CrfModel:
    """A CRFsuite model's weights and the per-word-type sums of them."""

    def __init__(self, path: Path) -> None:
        weights = read_crfsuite(path)
        self.labels = weights.labels
        self.transition = weights.transition
        self.attributes = frozenset(weights.attributes)
        self._index = weights.attributes
        self._zero = len(weights.attributes)  # an all-zero row, so that no group of rows summed is empty
        self._state = np.vstack([weights.state, np.zeros(len(self.labels))])
        self._words: dict[str, np.ndarray] = {}

    def scores(self, tokens: Sequence[str],
               parts: tuple[list[WordInfo], list[Context], list[list[str]]]) -> np.ndarray:
        """(tokens, labels) state scores of one sentence, from `FeatureExtractor.parts`."""
        infos, contexts, occurrences = parts
        words = np.array([self._word(t, info, ctx) for t, info, ctx in zip(tokens, infos, contexts, strict=True)])
        scores = words[:, 0].copy()
        scores[2:] += words[:-2, 1]  # what the word two before gives at -2
        scores[1:] += words[:-1, 2]
        scores[:-1] += words[1:, 3]
        scores[:-2] += words[2:, 4]
        self.add(scores, occurrences)
        return scores

    def add(self, scores: np.ndarray, features: Sequence[Sequence[str]]) -> None:
        """Add the weights of per-token feature strings to `scores` in place."""
        rows, columns = [], []
        index = self._index
        for i, feats in enumerate(features):
            for feature in feats:
                found = index.get(feature)
                if found is not None:
                    rows.append(i)
                    columns.append(found)
        np.add.at(scores, rows, self._state[columns])

    def _word(self, token: str, info: WordInfo, context: Context) -> np.ndarray:
        """(5, labels): the summed weights of the word's own features and of those it gives at -2, -1, 1, 2."""
        found = self._words.get(token)
        if found is None:
            get, zero = self._index.get, self._zero
            rows: list[int] = []
            starts = []
            for features in (info.own, *context):
                starts.append(len(rows))
                rows.append(zero)
                rows.extend([get(f, zero) for f in features])  # the other model's features weigh 0 here
            found = np.add.reduceat(self._state[rows], starts, axis=0)
            if len(self._words) < _CACHE_LIMIT:
                self._words[token] = found
        return found
