from marsad.models.offsets import clitic_prefix_length
from marsad.models.tagger import load_tagger

NAMES = {"انقره", "بنغازي", "حفتر", "كاليفورنيا", "سوريا", "فيصل"}
WORDS = {"يصل", "بريطانيا", "وبريطانيا", "الجيش"}


def known(norm: str) -> bool:
    return norm in NAMES or norm in WORDS


def is_name(norm: str) -> bool:
    return norm in NAMES


def test_clitics_before_article_are_removed() -> None:
    assert clitic_prefix_length("وبالجيش", known) == 2
    assert clitic_prefix_length("الجيش", known) == 0


def test_lam_article_contraction_keeps_the_article_lam() -> None:
    assert clitic_prefix_length("للجيش", known) == 1
    assert clitic_prefix_length("وللجيش", known) == 2


def test_bare_clitic_removed_before_a_known_name() -> None:
    assert clitic_prefix_length("وبأنقرة", known) == 2
    assert clitic_prefix_length("بنغازي", known) == 0
    assert clitic_prefix_length("وبنغازي", known) == 1


def test_listed_names_are_never_cut() -> None:
    assert clitic_prefix_length("كاليفورنيا", known, is_name) == 0  # not ك + ال + يفورنيا
    assert clitic_prefix_length("فيصل", known, is_name) == 0  # not ف + يصل
    assert clitic_prefix_length("وسوريا", known, is_name) == 1
    assert clitic_prefix_length("وبريطانيا", known, is_name) == 1
    assert clitic_prefix_length("بريطانيا", known, is_name) == 0


def test_offsets_count_diacritics_of_the_original() -> None:
    assert clitic_prefix_length("وَبِأنقرة", known) == 4


def test_shipped_tagger_finds_names_with_confidence() -> None:
    tagger = load_tagger()
    tokens = ["وقال", "الرئيس", "التركي", "رجب", "طيب", "أردوغان", "في", "أنقرة", "إن", "تركيا"]
    spans = tagger.entities(tokens)
    kinds = {(s.type, " ".join(tokens[s.start:s.end])) for s in spans}
    assert ("PER", "رجب طيب أردوغان") in kinds
    assert ("LOC", "أنقرة") in kinds
    assert all(0.0 < s.confidence <= 1.0 for s in spans)
