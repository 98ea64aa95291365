import numpy as np

from marsad.models.decode import biased_paths, label_moves

LABELS = ("O", "B-PER", "I-PER", "B-LOC")
MARGINALS = np.array([[  # per position: O, B-PER, I-PER, B-LOC
    [0.9, 0.05, 0.0, 0.05],
    [0.7, 0.25, 0.0, 0.05],
    [0.45, 0.05, 0.5, 0.0],
]])


def decode(o_scale: float, probs: np.ndarray = MARGINALS) -> list[str]:
    return [LABELS[k] for k in biased_paths(list(probs), LABELS, o_scale)[0]]


def test_label_moves_enforce_bio() -> None:
    moves, start = label_moves(LABELS)
    assert np.isinf(moves[0, 2]) and np.isinf(moves[3, 2])  # I-PER not after O or B-LOC
    assert moves[1, 2] == 0 and moves[2, 2] == 0
    assert (moves[:, 3] == 0).all()
    assert np.isinf(start[2]) and start[0] == 0


def test_o_weight_trades_precision_for_recall() -> None:
    assert decode(1.0) == ["O", "O", "O"]
    assert decode(0.5) == ["O", "B-PER", "I-PER"]


def test_an_almost_sure_o_is_never_overridden() -> None:
    # weighted, P(O) would lose (0.996 × 0.001 < 0.004), but above SURE_O only O stays open
    assert decode(0.001, np.array([[[0.996, 0.004, 0.0, 0.0]]])) == ["O"]
    assert decode(0.001, np.array([[[0.99, 0.01, 0.0, 0.0]]])) == ["B-PER"]


def test_runs_between_sure_positions_are_decoded_alone() -> None:
    sure = [0.999, 0.001, 0.0, 0.0]
    probs = np.array([[sure, [0.4, 0.6, 0.0, 0.0], [0.4, 0.0, 0.6, 0.0], sure, [0.45, 0.0, 0.55, 0.0]]])
    # the run after a sure O cannot open with I-PER: it takes the next best label, O
    assert decode(1.0, probs) == ["O", "B-PER", "I-PER", "O", "O"]


def test_decoding_runs_alone_equals_decoding_whole_sentences() -> None:
    """Against a Viterbi over each whole sentence, sure positions fixed to O: random marginals, O not first."""
    from marsad.models.decode import SURE_O, biased_scores
    from marsad.models.linear_crf import pad, viterbi

    labels = ("B-PER", "I-PER", "O", "B-LOC", "I-LOC")
    moves, start = label_moves(labels)
    rng = np.random.default_rng(7)
    for _ in range(50):
        probs = []
        for n in rng.integers(1, 12, size=4):
            p = rng.dirichlet(np.ones(len(labels)), size=n)
            sure = rng.random(n) < 0.5
            p[sure] = 0.001 / (len(labels) - 1)
            p[sure, 2] = 0.999
            probs.append(p)
        o_scale = float(rng.choice([0.2, 0.5, 1.0]))
        whole = []
        for p in probs:
            scores = biased_scores(p, 2, o_scale)
            scores[p[:, 2] > SURE_O] = -np.inf
            scores[p[:, 2] > SURE_O, 2] = 0.0
            padded, lengths = pad([scores])
            whole.append(viterbi(padded, lengths, moves, start)[0])
        assert biased_paths(probs, labels, o_scale) == whole
