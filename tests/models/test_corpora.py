from pathlib import Path

from marsad.models.corpora import anercorp, wojood
from marsad.models.gazetteers import Gazetteer, word_key


def test_anercorp_renames_pers(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("زار O\nجورج B-PERS\nبوش I-PERS\nبغداد B-LOC\n", encoding="utf-8")
    assert anercorp(path) == [(["زار", "جورج", "بوش", "بغداد"], ["O", "B-PER", "I-PER", "B-LOC"])]


def test_wojood_mapping_and_conventions(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_text(
        "سكرتير B-OCC\nاللجنة I-OCC B-ORG\nالقومية I-OCC I-ORG\nفي O\nقرية B-GPE\nبيتا I-GPE\n"
        "و O\nروسيا B-ORG\nالعربي B-NORP\n",
        encoding="utf-8",
    )
    gazetteer = Gazetteer.from_entries([("LOCHEAD", (word_key("قرية"),)), ("COUNTRY", (word_key("روسيا"),))])
    _tokens, labels = wojood(path, gazetteer)[0]
    assert labels == ["O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O", "B-LOC", "O"]
