"""The frequency rule that lists words whose first letter is not a clitic."""

from collections import Counter

from marsad.arabic.build_whole_words import normalized_frequencies, whole_words


def test_a_word_far_more_frequent_than_its_remainder_is_whole():
    freq = Counter({"بلدات": 40.0, "لدات": 0.1, "لقوات": 2.0, "قوات": 20.0, "كتايب": 70.0, "تايب": 10.0})
    assert whole_words(freq) == ["بلدات", "كتايب"]


def test_an_adverb_made_with_the_preposition_is_not_whole():
    freq = Counter({"بانتظام": 3.6e-6, "انتظام": 1e-6, "بلدات": 3.6e-6, "لدات": 0.9e-6})
    assert whole_words(freq) == ["بلدات"]  # a common remainder needs a wider margin than a rare one


def test_a_word_whose_remainder_is_never_written_is_whole():
    assert whole_words(Counter({"ليبيا": 9.0})) == ["ليبيا"]


def test_short_words_and_prepositions_before_the_article_are_left_to_the_rules():
    freq = Counter({"بيان": 50.0, "بالغه": 5.0, "الغه": 0.0, "للغايه": 3.0, "والده": 6.0, "الده": 0.1})
    assert whole_words(freq) == ["والده"]


def test_frequencies_are_summed_over_spellings():
    freq = normalized_frequencies({"أحمد": 1.0, "احمد": 2.0, "2015": 5.0})
    assert freq == Counter({"احمد": 3.0})


def test_the_shipped_list_is_what_the_builder_makes():
    import gzip

    import pytest

    from marsad.arabic.build_whole_words import OUT

    wordfreq = pytest.importorskip("wordfreq")
    with gzip.open(OUT, "rt", encoding="utf-8") as lines:
        shipped = [line.strip() for line in lines]
    assert shipped == whole_words(normalized_frequencies(wordfreq.get_frequency_dict("ar", "large")))
