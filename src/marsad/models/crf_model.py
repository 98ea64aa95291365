"""State scores of sentences under CRFs that share their features, with each word type's weights summed once.

A word's own features and the features it gives its neighbours (`FeatureExtractor.parts`) are the same
wherever the word occurs, so their weights are summed into one (5, labels) array per word type and
cached; only the few features of an occurrence (sentence boundaries, gazetteer phrases, key bigrams)
are looked up each time. The tagger's two CRFs read the same features (the second adds its stacking
features), so `JointScorer` puts their weights side by side and scores a sentence for both in one pass.
The scores are those CRFsuite computes from the same feature strings, in another summation order.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from marsad.models.crfsuite_file import read_crfsuite
from marsad.models.features import Context, WordInfo

_CACHE_LIMIT = 100_000  # word types; about 0.9 KB each for two 9-label models
Parts = tuple[list[WordInfo], list[Context], list[list[str]]]


class CrfModel:
    """One CRFsuite model: its labels, transitions and state weights, and its columns in a joint score array."""

    def __init__(self, path: Path) -> None:
        weights = read_crfsuite(path)
        self.labels = weights.labels
        self.transition = weights.transition
        self.attributes = frozenset(weights.attributes)
        self.columns = slice(0, len(self.labels))  # (set by `JointScorer` when it holds several models)
        self._index = weights.attributes
        self._state = weights.state

    def add(self, scores: np.ndarray, features: Sequence[Sequence[str]]) -> None:
        """Add the weights of per-token feature strings to this model's (tokens, labels) `scores`, in place."""
        _add(scores, features, self._index, self._state)


class JointScorer:
    """The state scores of several CRFs over the same features, side by side in one array."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.models: list[CrfModel] = []
        offset = 0
        for path in paths:
            model = CrfModel(path)
            model.columns = slice(offset, offset + len(model.labels))
            offset += len(model.labels)
            self.models.append(model)
        self.attributes = frozenset().union(*(m.attributes for m in self.models))
        names = sorted(self.attributes)
        self._index = {name: row for row, name in enumerate(names)}
        self._zero = len(names)  # an all-zero row, so that no group of rows summed is empty
        self._state = np.zeros((len(names) + 1, offset))
        for model in self.models:
            rows = [self._index[name] for name in model._index]  # in the model's own attribute order
            self._state[rows, model.columns] = model._state
        self._words: dict[str, np.ndarray] = {}

    def scores(self, tokens: Sequence[str], parts: Parts) -> np.ndarray:
        """(tokens, all models' labels) state scores of one sentence, from `FeatureExtractor.parts`;
        a model's own scores are the columns `model.columns`."""
        infos, contexts, occurrences = parts
        words = np.array([self._word(t, info, ctx) for t, info, ctx in zip(tokens, infos, contexts, strict=True)])
        scores = words[:, 0].copy()
        scores[2:] += words[:-2, 1]  # what the word two before gives at -2
        scores[1:] += words[:-1, 2]
        scores[:-1] += words[1:, 3]
        scores[:-2] += words[2:, 4]
        _add(scores, occurrences, self._index, self._state)
        return scores

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
                rows.extend([get(f, zero) for f in features])
            found = np.add.reduceat(self._state[rows], starts, axis=0)
            if len(self._words) < _CACHE_LIMIT:
                self._words[token] = found
        return found


def _add(scores: np.ndarray, features: Sequence[Sequence[str]], index: dict[str, int], state: np.ndarray) -> None:
    rows, columns = [], []
    for i, feats in enumerate(features):
        for feature in feats:
            found = index.get(feature)
            if found is not None:
                rows.append(i)
                columns.append(found)
    np.add.at(scores, rows, state[columns])
