from pathlib import Path

from marsad.models.bio import bio_spans, map_tags, read_bio, score_spans, spans_to_bio


def test_bio_spans_conlleval_style() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG", "I-PER"]
    assert bio_spans(tags) == [("PER", 0, 2), ("LOC", 3, 4), ("ORG", 4, 5), ("ORG", 5, 7), ("PER", 7, 8)]


def test_spans_round_trip() -> None:
    spans = [("PER", 0, 2), ("LOC", 3, 4)]
    assert bio_spans(spans_to_bio(spans, 5)) == spans


def test_map_tags_drops_unmapped() -> None:
    tags = ["B-PERS", "I-PERS", "B-DATE", "B-GPE"]
    mapped = map_tags(tags, {"PERS": "PER", "GPE": "LOC"}.get)
    assert mapped == ["B-PER", "I-PER", "O", "B-LOC"]


def test_read_bio_nested_columns(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("سكرتير B-OCC\nاللجنة I-OCC B-ORG\n\nنابلس\tB-GPE\n", encoding="utf-8")
    sentences = read_bio(path)
    assert len(sentences) == 2
    assert sentences[0][1] == ("اللجنة", ["I-OCC", "B-ORG"])
    assert sentences[1] == [("نابلس", ["B-GPE"])]


def test_score_spans_exact_match() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    scores = score_spans(gold, pred)
    assert scores["p"] == 0.5 and scores["r"] == 0.5
    assert scores["per_type"]["LOC"]["f1"] == 1.0
    assert scores["per_type"]["PER"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "support": 1}
