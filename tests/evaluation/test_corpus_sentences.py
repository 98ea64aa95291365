"""The attack/protest sentence set of the NER corpora: its label file, its loader, and a floor on dev."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from marsad.errors import UsageError
from marsad.evaluation.corpus_sentences import DEFAULT_LABELS, evaluate, load_labelled
from marsad.models.corpora import shared_data_dir

HAVE_CORPORA = (shared_data_dir() / "ner" / "anercorp" / "train.txt").exists()


def test_label_file_is_well_formed() -> None:
    rows = [line.split("\t") for line in DEFAULT_LABELS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) >= 960
    for sid, sha, label, also, note, split in rows:
        assert sid.split(":")[0] in {"anercorp-train", "anercorp-test", "wojood-train", "wojood-val"}
        assert label in {"ASSAULT", "PROTEST", "NONE"} and also in {"", "ASSAULT", "PROTEST"} and note
        assert len(sha) == 12
        if sid.startswith("anercorp-test:"):
            assert split == "test2"
        else:
            assert split == ("dev" if int(sha[-1], 16) % 2 == 0 else "test")


def _corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentences: list[str]) -> None:
    bio = tmp_path / "data" / "ner" / "anercorp"
    bio.mkdir(parents=True)
    (bio / "train.txt").write_text("\n\n".join("\n".join(f"{w} O" for w in s.split()) for s in sentences) + "\n",
                                   encoding="utf-8")
    monkeypatch.setenv("MARSAD_SHARED", str(tmp_path))


def test_loader_reads_text_labels_and_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["قتل مسلحون جنديين", "سجل المهاجم هدفا"]
    _corpus(tmp_path, monkeypatch, texts)
    sha = [hashlib.sha1(t.encode()).hexdigest()[:12] for t in texts]
    labels = tmp_path / "labels.tsv"
    labels.write_text(f"# header\nanercorp-train:0\t{sha[0]}\tASSAULT\tPROTEST\tattack\tdev\n"
                      f"anercorp-train:1\t{sha[1]}\tNONE\t\tsports\ttest\n", encoding="utf-8")
    both = load_labelled(labels)
    assert [(s.text, s.labels, s.split) for s in both] == [
        (texts[0], {"ASSAULT", "PROTEST"}, "dev"), (texts[1], frozenset(), "test")]
    assert [s.note for s in load_labelled(labels, "test")] == ["sports"]


def test_loader_refuses_a_different_corpus_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path, monkeypatch, ["قتل مسلحون جنديين"])
    labels = tmp_path / "labels.tsv"
    labels.write_text("anercorp-train:0\t000000000000\tASSAULT\t\tattack\tdev\n", encoding="utf-8")
    with pytest.raises(UsageError, match="differs"):
        load_labelled(labels)


@pytest.mark.skipif(not HAVE_CORPORA, reason="needs the NER corpora in ../shared/data")
def test_dev_split_floor() -> None:
    result = evaluate(split="dev")["splits"]["dev"]
    assert result["sentences"] >= 400
    assert result["macro_f1"] >= 0.52  # 0.539 when the set was made; a regression guard, not the aim (0.6)
