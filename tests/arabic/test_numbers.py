"""Arabic number words: cardinal and ordinal phrases."""

from __future__ import annotations

import pytest

from marsad.arabic.normalize import normalize
from marsad.arabic.numbers import cardinal_value, cardinal_words, is_cardinal_word, ordinal_value


@pytest.mark.parametrize(("phrase", "value"), [
    ("ثلاثة", 3), ("خمس", 5), ("عشرة", 10), ("عشرين", 20), ("الخمس", 5), ("اثنتي عشرة", 12),
    ("ثلاثة عشر", 13), ("خمسة وعشرين", 25), ("خمسة و عشرين", 25), ("مئة وخمسين", 150),
    ("ثلاث مئة", 300), ("ألف", 1000), ("ألفين", 2000), ("ثلاثة آلاف", 3000), ("2015", 2015),
])
def test_cardinal_value(phrase: str, value: int) -> None:
    assert cardinal_value(normalize(phrase)) == value


@pytest.mark.parametrize("phrase", ["برنامج", "خمسة برامج", "", "عشرات"])
def test_cardinal_value_rejects(phrase: str) -> None:
    assert cardinal_value(normalize(phrase)) is None


@pytest.mark.parametrize(("phrase", "value"), [
    ("الأول", 1), ("الخامس", 5), ("العاشر", 10), ("الحادي عشر", 11), ("الثاني عشر", 12),
    ("العشرين", 20), ("الحادي والعشرين", 21), ("الخامس والعشرين", 25), ("الثلاثين", 30),
    ("الحادي والثلاثين", 31), ("السادسة", 6),
])
def test_ordinal_value(phrase: str, value: int) -> None:
    assert ordinal_value(normalize(phrase)) == value


def test_ordinal_value_rejects() -> None:
    assert ordinal_value("الوطني") is None
    assert ordinal_value("العاشر عشر") is None


def test_word_list() -> None:
    words = cardinal_words()
    assert len(words[0]) >= len(words[-1])
    assert is_cardinal_word("وعشرين") and is_cardinal_word("الخمس") and not is_cardinal_word("سنوات")


def test_tables_are_normalized() -> None:
    from marsad.arabic import numbers

    for table in (numbers.CARDINALS, numbers.ORDINAL_UNITS, numbers.ORDINAL_TENS):
        for key in table:
            assert normalize(key) == key, key
