from marsad.models.decode import allowed_previous, biased_viterbi

LABELS = ["O", "B-PER", "I-PER", "B-LOC"]
MARGINALS = [  # per position: O, B-PER, I-PER, B-LOC
    {"O": 0.9, "B-PER": 0.05, "I-PER": 0.0, "B-LOC": 0.05},
    {"O": 0.7, "B-PER": 0.25, "I-PER": 0.0, "B-LOC": 0.05},
    {"O": 0.45, "B-PER": 0.05, "I-PER": 0.5, "B-LOC": 0.0},
]


def marginal(label: str, i: int) -> float:
    return MARGINALS[i][label]


def test_allowed_previous_enforces_bio() -> None:
    allowed = allowed_previous(LABELS)
    assert allowed[2] == [1, 2]  # I-PER only after B-PER or I-PER
    assert allowed[3] == [0, 1, 2, 3]


def test_o_weight_trades_precision_for_recall() -> None:
    allowed = allowed_previous(LABELS)
    assert biased_viterbi(marginal, LABELS, allowed, 3, 1.0) == ["O", "O", "O"]
    assert biased_viterbi(marginal, LABELS, allowed, 3, 0.5) == ["O", "B-PER", "I-PER"]
