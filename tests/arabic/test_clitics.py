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
