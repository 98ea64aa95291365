from pathlib import Path

from marsad.models.features import FeatureExtractor
from marsad.models.gazetteers import Gazetteer
from marsad.models.tagger import MODEL_FILE, STACKED_FILE, NerTagger
from marsad.models.train import build_model, common_words, score_tagger, split_dev

SENTENCES = [
    (["قال", "الرئيس", "سامي", "نادر", "في", "دمشق"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["وزار", "سامي", "بيروت", "أمس"], ["O", "B-PER", "B-LOC", "O"]),
    (["أعلنت", "وزارة", "الصحة", "في", "بيروت"], ["O", "B-ORG", "I-ORG", "O", "B-LOC"]),
    (["قال", "نادر", "إن", "دمشق", "بعيدة"], ["O", "B-PER", "O", "B-LOC", "O"]),
] * 3


def test_split_dev_takes_a_contiguous_block() -> None:
    items = [([str(i)], ["O"]) for i in range(100)]
    dev, rest = split_dev(items, seed=3, fraction=0.1)
    numbers = [int(tokens[0]) for tokens, _ in dev]
    assert len(dev) == 10 and len(rest) == 90
    assert numbers == list(range(numbers[0], numbers[0] + 10))


def test_common_words_are_frequent_non_names() -> None:
    common = common_words(SENTENCES, min_count=3)
    assert "قال" in common and "سامي" not in common


def test_build_model_trains_both_crfs(tmp_path: Path) -> None:
    gazetteer = Gazetteer()
    build_model([SENTENCES], tmp_path, FeatureExtractor(gazetteer), {"max_iterations": 30}, folds=2)
    assert (tmp_path / MODEL_FILE).exists() and (tmp_path / STACKED_FILE).exists()
    tagger = NerTagger(tmp_path / MODEL_FILE, gazetteer, stacked=tmp_path / STACKED_FILE)
    scores = score_tagger(tagger, SENTENCES)
    assert scores["f1"] > 0.8
