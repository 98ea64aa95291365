"""The gold-set gate: values right on hand-annotated SaudiNewsNet articles stay above floors.

Floors pin what the stage reaches today (docs/times.md); only an explicit change may lower them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.document import TimeExpr
from marsad.times.evaluate import Report, evaluate, main, read_gold, score_article

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "times" / "gold.jsonl"
DATA = REPO.parent / "shared" / "data" / "news" / "saudinewsnet"

ACCURACY_FLOOR = 0.93  # all splits
TEST_ACCURACY_FLOOR = 0.80  # held-out splits; blind 0.912 0.836 0.943 0.859 0.885 0.862 0.912 (test..test7)
PRECISION_FLOOR = 0.95


def test_gold_file_is_well_formed() -> None:
    records = read_gold(GOLD)
    expressions = [t for r in records for t in r["times"] if not t.get("optional")]
    assert len(expressions) >= 150
    assert {r["split"] for r in records} == {"dev", "test", "test2", "test3", "test4", "test5", "test6", "test7"}
    for record in records:
        assert set(record) >= {"zip", "index", "url", "published", "times"}
        assert "content" not in record and "text" not in record  # never the article text
        for t in record["times"]:
            assert t["precision"] in ("day", "month", "year", "range", "unknown")
            assert t["end"] - t["start"] == len(t["text"])


def test_score_article_counts() -> None:
    record = {"url": "u", "times": [
        {"text": "أمس", "start": 0, "end": 3, "value": "2025-04-04", "precision": "day"},
        {"text": "2024", "start": 10, "end": 14, "value": "2024", "precision": "year", "optional": True},
        {"text": "غدا", "start": 20, "end": 23, "value": "2025-04-06", "precision": "day"},
    ]}
    system = [TimeExpr("أمس", 0, 3, "2025-04-04", "day"), TimeExpr("2024", 10, 14, "2024", "year"),
              TimeExpr("اليوم", 30, 35, "2025-04-05", "day")]
    report = Report()
    score_article(record, system, report)
    assert (report.gold, report.found, report.right, report.system, report.spurious) == (2, 1, 1, 3, 1)
    assert report.accuracy == 0.5


@pytest.mark.skipif(not DATA.is_dir(), reason="SaudiNewsNet is not beside the repository")
def test_accuracy_floor() -> None:
    report = evaluate(GOLD, DATA)
    assert report.accuracy >= ACCURACY_FLOOR, report.errors
    assert report.precision >= PRECISION_FLOOR, report.spurious_list
    for split in ("test", "test2", "test3", "test4", "test5", "test6", "test7"):
        assert evaluate(GOLD, DATA, split).accuracy >= TEST_ACCURACY_FLOOR, split


@pytest.mark.skipif(not DATA.is_dir(), reason="SaudiNewsNet is not beside the repository")
def test_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--gold", str(GOLD), "--data", str(DATA), "--split", "test"]) == 0
    assert "values right" in capsys.readouterr().out
    bad = tmp_path / "gold.jsonl"
    record = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
    record["times"] = [{**record["times"][0], "value": "1900"}] if record["times"] else []
    bad.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    if record["times"]:
        assert main(["--gold", str(bad), "--data", str(DATA), "--min-accuracy", "0.5"]) == 1
