"""Decoding a CRF's marginals with a weight on O: a CRF trained on sparse names is timid, and
counting O for less trades some precision for recall (the weight is chosen on development data).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

_NEG = -1e9
SURE_O = 0.995  # positions where O is this likely are fixed to O without asking the other labels


def allowed_previous(labels: Sequence[str]) -> list[list[int]]:
    """For each label, the indices of the labels that may precede it (I-X only after B-X or I-X)."""
    return [
        [j for j, prev in enumerate(labels) if not cur.startswith("I-") or prev[2:] == cur[2:]]
        for cur in labels
    ]


def biased_viterbi(marginal: Callable[[str, int], float], labels: Sequence[str],
                   allowed: list[list[int]], n: int, o_scale: float) -> list[str]:
    """The best BIO-valid path over log marginals, P(O) multiplied by `o_scale`.

    `labels[0]` must be "O"; `marginal(label, i)` is the CRF's marginal probability.
    """
    size = len(labels)
    sure_o = [0.0] + [_NEG] * (size - 1)  # one shared row: the loop below tells it by identity
    rows: list[list[float]] = []
    for i in range(n):
        p_o = marginal("O", i)
        if p_o > SURE_O:
            rows.append(sure_o)
            continue
        row = [math.log(p_o * o_scale + 1e-12)]
        row.extend(math.log(marginal(label, i) + 1e-12) for label in labels[1:])
        rows.append(row)
    score = [rows[0][k] if not labels[k].startswith("I-") else _NEG for k in range(size)]
    back: list[list[int]] = []
    everything = list(range(size))
    full = [list(a) == everything for a in allowed]  # labels any label may precede: one argmax serves all
    for i in range(1, n):
        row = rows[i]
        get = score.__getitem__
        best_all = max(everything, key=get)  # the first best, as a scan with a strict > keeps
        if row is sure_o and full[0]:  # only O is open here (and O may follow any label): one step
            score = [score[best_all]] + [_NEG + _NEG] * (size - 1)
            back.append([best_all] * size)
            continue
        new_score, pointers = [], []
        for k in range(size):
            best_j = best_all if full[k] else max(allowed[k], key=get)
            new_score.append(score[best_j] + row[k])
            pointers.append(best_j)
        score = new_score
        back.append(pointers)
    k = max(range(size), key=score.__getitem__)
    path = [k]
    for pointers in reversed(back):
        k = pointers[k]
        path.append(k)
    return [labels[k] for k in reversed(path)]
