from pathlib import Path

from marsad.models.evaluate import evaluate_ner, format_scores


def test_evaluate_ner_scores_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.txt"
    lines = ["وقال O", "الرئيس O", "الأمريكي O", "باراك B-PERS", "أوباما I-PERS", "في O", "واشنطن B-LOC",
             "إن O", "الولايات B-LOC", "المتحدة I-LOC", "ستدعم O", "العراق B-LOC", ". O"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    scores = evaluate_ner(path)
    assert set(scores) >= {"p", "r", "f1", "per_type"}
    assert "PERS" in scores["per_type"] and "PER" not in scores["per_type"]
    assert scores["per_type"]["LOC"]["support"] == 3
    assert scores["f1"] >= 0.5
    table = format_scores(scores)
    assert "micro" in table and "PERS" in table
