"""Decoding a CRF's marginals with a weight on O: a CRF trained on sparse names is timid, and
counting O for less trades some precision for recall (the weight is chosen on development data).

`biased_paths` searches, over the log marginals with P(O) weighted (`biased_scores`), the best path
whose moves (`label_moves`) are valid BIO.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from marsad.models.linear_crf import by_length, pad, viterbi

SURE_O = 0.995  # positions where O is this likely are fixed to O
_FLOOR = 1e-12  # keeps log() finite for a marginal of 0


@lru_cache(maxsize=8)
def label_moves(labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Moves (previous, label): 0 where allowed, -inf for I-X not after B-X or I-X; and the scores of
    the first position, where no I-X may stand."""
    moves = np.array([[0.0 if not cur.startswith("I-") or prev[2:] == cur[2:] else -np.inf for cur in labels]
                      for prev in labels])
    start = np.array([-np.inf if label.startswith("I-") else 0.0 for label in labels])
    return moves, start


def biased_paths(probs: Sequence[np.ndarray], labels: tuple[str, ...], o_scale: float) -> list[list[int]]:
    """The best BIO-valid label path of each sentence (its (positions, labels) marginals).

    A position where O is almost sure (above SURE_O) is fixed to O. That cuts a sentence into runs
    that can be searched on their own: O may follow any label, and after O, as at a sentence's
    start, only O or B-X may come. Most positions are sure, so the runs are few and short.
    """
    o_index = labels.index("O")
    paths = [[o_index] * len(p) for p in probs]
    runs: list[tuple[int, int, int]] = []  # (sentence, start, end) of positions where O is not sure
    for s, p in enumerate(probs):
        edges = np.diff(np.concatenate(([0], (p[:, o_index] <= SURE_O).view(np.int8), [0])))
        runs += [(s, a, b) for a, b in zip(np.flatnonzero(edges == 1).tolist(),
                                            np.flatnonzero(edges == -1).tolist(), strict=True)]
    if not runs:
        return paths
    moves, start = label_moves(labels)
    for group in by_length([b - a for _, a, b in runs]):
        padded, lengths = pad([biased_scores(probs[runs[r][0]][runs[r][1]:runs[r][2]], o_index, o_scale)
                               for r in group])
        for r, path in zip(group, viterbi(padded, lengths, moves, start), strict=True):
            s, a, b = runs[r]
            paths[s][a:b] = path
    return paths


def biased_scores(probs: np.ndarray, o_index: int, o_scale: float) -> np.ndarray:
    """Log marginals with P(O) multiplied by `o_scale`."""
    scores = np.log(probs + _FLOOR)
    scores[..., o_index] = np.log(probs[..., o_index] * o_scale + _FLOOR)
    return scores
