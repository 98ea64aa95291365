from marsad.models.kbnames import KbNames, name_key
from marsad.models.rules import merge_kb
from marsad.models.spans import TokenSpan


def test_name_key_keeps_the_article_and_drops_clitics() -> None:
    assert name_key("وللأسد") == "الاسد"
    assert name_key("أسد") == "اسد"
    assert name_key("وبأنقرة") == name_key("أنقرة")


def test_match_prefers_the_longest_name() -> None:
    kb = KbNames({("حكومه", "الوفاق"): "ORG", ("الوفاق",): "ORG", ("تركيا",): "LOC"})
    keys = [name_key(w) for w in ["دعمت", "تركيا", "حكومة", "الوفاق"]]
    assert kb.match(keys) == [("LOC", 1, 2), ("ORG", 2, 4)]


def test_a_short_first_word_is_read_without_its_clitic() -> None:
    kb = KbNames({("حزب", "العمال", "الكردستاني"): "ORG", ("العمال", "الكردستاني"): "ORG"})
    keys = [name_key(w) for w in ["هجوم", "لحزب", "العمال", "الكردستاني"]]
    assert kb.match(keys) == [("ORG", 1, 4)]


def test_merge_kb_adds_retypes_and_keeps_longer_model_spans() -> None:
    spans = [TokenSpan("PER", 0, 2, 0.9), TokenSpan("PER", 5, 7, 0.8)]
    names = [("PER", 1, 2), ("ORG", 3, 4), ("ORG", 5, 7)]
    merged = merge_kb(spans, names)
    assert [(s.type, s.start, s.end, s.source) for s in merged] == [
        ("PER", 0, 2, "model"), ("ORG", 3, 4, "gazetteer"), ("ORG", 5, 7, "model"),
    ]
