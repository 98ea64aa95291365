"""Viterbi and forward-backward for a linear-chain CRF, over many sentences at once in numpy.

The sentences of a document are padded into one (sentences, positions, labels) array of state scores,
so each recursion step is a few numpy calls for all of them instead of one C call per sentence and a
Python call per marginal. Sentences are grouped by length (`by_length`) so padding stays small.
Results agree with CRFsuite's own Viterbi and marginals up to float rounding; ties go to the first
label, as in CRFsuite.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

BATCH = 64  # sentences per padded array: bounds the memory a huge article needs


def by_length(lengths: Sequence[int], batch: int = BATCH) -> Iterator[list[int]]:
    """Indices of the non-empty sentences, in groups of similar length."""
    order = sorted((i for i, n in enumerate(lengths) if n), key=lengths.__getitem__)
    for start in range(0, len(order), batch):
        yield order[start:start + batch]


def pad(rows: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(sentences, positions, labels) scores, zero past each sentence's end, and the lengths."""
    lengths = np.array([len(r) for r in rows])
    out = np.zeros((len(rows), int(lengths.max()), rows[0].shape[1]))
    for i, r in enumerate(rows):
        out[i, :len(r)] = r
    return out, lengths


def viterbi(scores: np.ndarray, lengths: np.ndarray, transition: np.ndarray,
            start: np.ndarray | None = None) -> list[list[int]]:
    """The best label path of each sentence: state `scores` plus `transition[previous, label]`
    (-inf forbids a pair), plus `start` at the first position."""
    count, positions, size = scores.shape
    best = scores[:, 0] + (start if start is not None else 0.0)
    ends: dict[int, list[int]] = {}
    for i, n in enumerate(lengths.tolist()):
        ends.setdefault(n - 1, []).append(i)
    last = np.zeros(count, dtype=np.intp)  # each sentence's best label at its own last position
    back = np.empty((positions, count, size), dtype=np.intp)
    moves = np.ascontiguousarray(transition.T)  # (label, previous): reducing the last axis is fastest
    flat = np.arange(count * size) * size  # where each (sentence, label) row starts in a flattened array
    for t in range(positions):
        if t:
            candidates = best[:, None, :] + moves  # (sentences, label, previous)
            pointers = candidates.argmax(axis=2)
            back[t] = pointers
            best = candidates.reshape(-1).take(pointers.reshape(-1) + flat).reshape(count, size) + scores[:, t]
        if t in ends:  # past a sentence's end its scores are no longer used
            done = ends[t]
            last[done] = best[done].argmax(axis=1)
    rows = np.arange(count) * size
    path = np.zeros((count, positions), dtype=np.intp)
    for t in range(positions - 1, -1, -1):
        if t in ends:
            path[ends[t], t] = last[ends[t]]
        if t:
            path[:, t - 1] = back[t].reshape(-1).take(path[:, t] + rows)
    return [path[i, :n].tolist() for i, n in enumerate(lengths.tolist())]


def marginals(scores: np.ndarray, lengths: np.ndarray, transition: np.ndarray) -> np.ndarray:
    """P(label at position | sentence) for each sentence and position (forward-backward, rescaled
    at every step; a position's scores are shifted by their maximum first, which changes nothing)."""
    count, positions, size = scores.shape
    emit = np.exp(scores - scores.max(axis=2, keepdims=True))
    moves = np.exp(transition)
    forward = np.empty_like(emit)
    alpha = emit[:, 0] / emit[:, 0].sum(axis=1, keepdims=True)
    forward[:, 0] = alpha
    for t in range(1, positions):
        alpha = (alpha @ moves) * emit[:, t]
        alpha /= alpha.sum(axis=1, keepdims=True)
        forward[:, t] = alpha
    backward = np.empty_like(emit)
    ones = np.ones((count, size))
    beta = ones
    backward[:, -1] = beta
    for t in range(positions - 2, -1, -1):
        step = (emit[:, t + 1] * beta) @ moves.T
        step /= step.sum(axis=1, keepdims=True)
        beta = np.where((t + 1 < lengths)[:, None], step, ones)
        backward[:, t] = beta
    joint = forward * backward
    return joint / joint.sum(axis=2, keepdims=True)
