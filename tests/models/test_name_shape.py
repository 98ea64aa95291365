"""The name-shape models: probabilities, their backoff table, the shipped file and the CRF feature."""

from __future__ import annotations

import math

import pytest

from marsad.models.features import FeatureExtractor
from marsad.models.gazetteers import Gazetteer
from marsad.models.name_shape import (
    CharNgrams,
    NameShape,
    full_order_counts,
    load_name_shape,
    read_name_shape,
    write_name_shape,
)

NAMES = ["بيرلسكوني", "ماكروني", "سكوتي", "بيرتيني", "لوتشيانو", "ماريو", "كوني", "برلوسكو"]
COMMON = ["حكومه", "وزاره", "مؤتمر", "اجتماع", "المجلس", "قرار", "اقتصاد", "مشروع", "حكم", "وزير"]


def _letters(words: list[str]) -> set[str]:
    return {ch for w in words for ch in w} | {"$"}


def test_letter_probabilities_sum_to_one_after_any_history() -> None:
    model = CharNgrams(full_order_counts(NAMES))
    unseen_share = 1 / (model.totals[""] + model.alphabet)  # what the unigram level keeps for a new letter
    for history in ("^^^", "^^ب", "يرل", "كون", "زzz"):
        total = sum(model.prob(history, ch) for ch in _letters(NAMES))
        assert 1 - unseen_share - 1e-12 <= total < 1


def test_backoff_table_gives_the_interpolated_probabilities() -> None:
    model = CharNgrams(full_order_counts(NAMES))
    table = model.table()
    for word in ["بيرلسكوني", "كوني", "حكومه", "ماريا", "x"]:
        padded = "^^^" + word + "$"
        expected = sum(math.log(model.prob(padded[i - 3:i], padded[i])) for i in range(3, len(padded)))
        assert table.log_prob(word) == pytest.approx(expected, rel=1e-9)


def test_a_name_like_word_scores_above_a_common_word() -> None:
    shape = NameShape(CharNgrams(full_order_counts(NAMES)).table(), CharNgrams(full_order_counts(COMMON)).table())
    assert shape.ratio("بيرلوني") > 0 > shape.ratio("وزارات")
    assert shape.bucket("بيرلوني") > shape.bucket("وزارات")  # type: ignore[operator]
    assert shape.bucket("من") is None and shape.bucket("abc1") is None


def test_file_round_trip(tmp_path) -> None:
    names, common = (CharNgrams(full_order_counts(w)).table() for w in (NAMES, COMMON))
    path = tmp_path / "shape.tsv.gz"
    assert write_name_shape(names, common, path) > 0
    shape = read_name_shape(path)
    for word in ("بيرلوني", "وزارات", "قرارات"):
        assert shape.ratio(word) == pytest.approx(names.log_prob(word) - common.log_prob(word), abs=1e-2)


def test_shipped_models_tell_foreign_names_from_words() -> None:
    shape = load_name_shape()
    names = ["شومسكي", "بيرلسكوني", "نورمبرغ", "انشتاين", "ساركوزي"]
    words = ["حكومه", "اجتماعات", "المتحده", "مستشفي", "تصريحات"]
    assert min(shape.ratio(n) for n in names) > max(shape.ratio(w) for w in words)


def test_feature_extractor_gives_the_bucket_to_the_word_and_its_neighbours() -> None:
    shape = NameShape(CharNgrams(full_order_counts(NAMES)).table(), CharNgrams(full_order_counts(COMMON)).table())
    extractor = FeatureExtractor(Gazetteer.from_entries([]), name_shape=shape)
    feats = extractor.sentence(["قال", "بيرلوني", "امس"])
    bucket = shape.bucket("بيرلوني")
    assert f"nm={bucket}" in feats[1]
    assert f"nm[1]={bucket}" in feats[0] and f"nm[-1]={bucket}" in feats[2]
    assert not any(f.startswith("nm=") for f in FeatureExtractor(Gazetteer.from_entries([])).sentence(["بيرلوني"])[0])
