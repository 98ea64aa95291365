"""The numpy CRF (crfsuite_file, crf_model, linear_crf) against CRFsuite itself on a model trained here."""

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from marsad.models.crf_model import CrfModel
from marsad.models.crfsuite_file import read_crfsuite
from marsad.models.linear_crf import by_length, marginals, pad, viterbi

SENTENCES = [
    (["قال", "الرئيس", "محمد", "علي", "في", "القاهرة"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["زار", "محمد", "بغداد"], ["O", "B-PER", "B-LOC"]),
    (["الأمم", "المتحدة", "في", "جنيف"], ["B-ORG", "I-ORG", "O", "B-LOC"]),
    (["قال", "علي"], ["O", "B-PER"]),
]


def features(tokens: list[str]) -> list[list[str]]:
    return [[f"w={t}", f"s2={t[-2:]}", *([f"w[-1]={tokens[i - 1]}"] if i else ["<s>"])]
            for i, t in enumerate(tokens)]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crf") / "toy.crfsuite"
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in SENTENCES:
        trainer.append(features(tokens), labels)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    trainer.train(str(path))
    return path


def test_weights_read_from_the_file_are_crfsuites(model: Path) -> None:
    weights = read_crfsuite(model)
    info = pycrfsuite.Tagger()
    info.open(str(model))
    dump = info.info()
    assert weights.labels == info.labels()
    for (attribute, label), weight in dump.state_features.items():  # the dump prints six decimals
        assert weights.state[weights.attributes[attribute], weights.labels.index(label)] == pytest.approx(weight, abs=1e-6)
    for (previous, label), weight in dump.transitions.items():
        assert weights.transition[weights.labels.index(previous), weights.labels.index(label)] == pytest.approx(weight, abs=1e-6)


def test_viterbi_and_marginals_agree_with_crfsuite(model: Path) -> None:
    crf = CrfModel(model)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    sentences = [tokens for tokens, _ in SENTENCES] + [["زار", "علي", "جنيف", "و", "القاهرة", "مع", "محمد"], ["في"]]
    scores = []
    for tokens in sentences:
        rows = np.zeros((len(tokens), len(crf.labels)))
        crf.add(rows, features(tokens))
        scores.append(rows)
    for group in by_length([len(s) for s in scores], batch=3):  # sentences of unequal length in one batch
        padded, lengths = pad([scores[i] for i in group])
        paths = viterbi(padded, lengths, crf.transition)
        probs = marginals(padded, lengths, crf.transition)
        for i, path, sentence_probs in zip(group, paths, probs, strict=True):
            assert [crf.labels[k] for k in path] == tagger.tag(features(sentences[i]))
            for t in range(len(sentences[i])):
                for k, label in enumerate(crf.labels):
                    assert sentence_probs[t, k] == pytest.approx(tagger.marginal(label, t), abs=1e-9)


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    from marsad.errors import ModelError

    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, just some bytes" * 4)
    with pytest.raises(ModelError):
        read_crfsuite(bad)


def test_joint_scores_are_each_models_own(model: Path, tmp_path: Path) -> None:
    """Two models side by side score a sentence as each would alone from its feature strings (cache missed, then hit)."""
    from marsad.models.crf_model import JointScorer
    from marsad.models.features import FeatureExtractor
    from marsad.models.gazetteers import Gazetteer

    extractor = FeatureExtractor(Gazetteer.from_entries([("CITY", ("بغداد",)), ("PERSON", ("محمد", "علي"))]))
    second = tmp_path / "second.crfsuite"
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in SENTENCES:
        trainer.append(extractor.sentence(tokens), labels)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 30})
    trainer.train(str(second))
    joint = JointScorer([model, second])
    assert joint.models[1].columns.start == len(joint.models[0].labels)
    for tokens in (["قال"], ["زار", "محمد"], ["قال", "محمد", "علي"], ["زار", "محمد", "علي", "بغداد", "و", "جنيف"]):
        for _ in range(2):
            scores = joint.scores(tokens, extractor.parts(tokens))
            for crf in joint.models:
                alone = np.zeros((len(tokens), len(crf.labels)))
                crf.add(alone, extractor.sentence(tokens))
                assert np.abs(alone).max() > 0  # (both models weigh these words)
                assert np.allclose(scores[:, crf.columns], alone, atol=1e-12)
