from marsad.models.gazetteers import word_key
from marsad.models.rules import quoted_names


def keys(tokens: list[str]) -> list[str]:
    return [word_key(t) for t in tokens]


def test_quote_after_an_organisation_noun() -> None:
    tokens = ["كشفت", "مجلة", "”", "جون", "أفريك", "”", "الفرنسية"]
    assert quoted_names(tokens, keys(tokens)) == [(3, 5)]


def test_quote_that_starts_with_an_organisation_noun() -> None:
    tokens = ["ترجمته", "“", "بوابة", "الوسط", "”", "لا"]
    assert quoted_names(tokens, keys(tokens)) == [(2, 4)]


def test_other_quotes_are_left_alone() -> None:
    tokens = ["صفحة", "“", "حرب", "العاصمة", "طرابلس", "”"]
    assert quoted_names(tokens, keys(tokens)) == []
    unclosed = ["مجلة", "«", "جون", "أفريك"]
    assert quoted_names(unclosed, keys(unclosed)) == []


def test_a_quoted_armed_group_is_an_organisation() -> None:
    tokens = ["سيطر", '"', "جيش", "الفتح", '"', "على", "سد", "كوكب"]
    assert quoted_names(tokens, keys(tokens)) == [(2, 4)]
