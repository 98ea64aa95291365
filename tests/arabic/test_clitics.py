from marsad.arabic.clitics import candidate_stems, split_proclitics
from marsad.arabic.normalize import normalize


def split(word: str):
    s = split_proclitics(normalize(word))
    return s.proclitics, s.stem


def test_article_and_prepositions():
    assert split("والاتفاقات") == (("و", "ال"), "اتفاقات")
    assert split("بالعاصمة") == (("ب", "ال"), "عاصمه")
    assert split("للقيادة") == (("ل", "ل"), "قياده")


def test_words_starting_with_al_that_have_no_article():
    assert split("التقى") == ((), "التقي")
    assert split("والتقى") == (("و",), "التقي")
    assert split("الذي") == ((), "الذي")


def test_bare_proclitic_needs_a_long_remainder_or_a_lexicon():
    assert split("وبأنقرة") == (("و", "ب"), "انقره")
    assert split("وزير")[0] == ()
    known = {"زار"}
    assert split_proclitics(normalize("وزار"), known).stem == "زار"
    assert split_proclitics(normalize("وزير"), known).stem == "وزير"


def test_candidate_stems_cover_every_reading():
    stems = candidate_stems(normalize("وبالقاهرة"))
    assert stems[0] == "وبالقاهره"
    assert "القاهره" in stems and "قاهره" in stems


def test_a_first_letter_that_belongs_to_the_word_is_not_a_clitic():
    assert split("بلدات") == ((), "بلدات")
    assert split("وبلدات") == (("و",), "بلدات")
    assert split("فلسطين") == ((), "فلسطين")
    assert split("وزارة") == ((), "وزاره")
    assert split("والدة") == ((), "والده")  # not و + the article
    assert split("بلبنان") == (("ب",), "لبنان")
    assert split("ولبنان") == (("و",), "لبنان")


def test_prefixed_words_are_still_split():
    assert split("لقوات") == (("ل",), "قوات")
    assert split("وبأنقرة") == (("و", "ب"), "انقره")
    assert split("والقوات") == (("و", "ال"), "قوات")
