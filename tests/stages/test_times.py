"""TimeStage on the reference article and through the pipeline contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.document import Document
from marsad.pipeline import check_order
from marsad.stages.segment import SegmentStage
from marsad.stages.times import TimeStage
from marsad.stages.validate import ValidateStage

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "data" / "reference" / "seed.txt"


def run(text: str, published: str | None) -> Document:
    doc = Document(text=text, published=published)
    for stage in (ValidateStage(), SegmentStage(), TimeStage()):
        stage(doc)
    return doc


def test_contract() -> None:
    check_order([ValidateStage(), SegmentStage(), TimeStage()])
    assert TimeStage.provides == ("times",)
    assert set(TimeStage.requires) == {"sentences", "tokens"}


@pytest.mark.skipif(not SEED.exists(), reason="shared data not available")
def test_reference_article_times() -> None:
    doc = run(SEED.read_text(encoding="utf-8"), "2025-04-05")
    found = {(t.text, t.value, t.precision) for t in doc.times}
    assert ("أكتوبر الماضي", "2024-10", "month") in found
    assert ("عام 2020", "2020", "year") in found
    assert ("سبتمبر 2023", "2023-09", "month") in found
    texts = " | ".join(t.text for t in doc.times)
    assert "1500" not in texts and "30" not in texts and "2024" not in texts
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text


def test_unknown_publication_date() -> None:
    doc = run("زار الوزير بغداد أمس، وكان قد زارها في سبتمبر 2023 وأكتوبر الماضي.", None)
    values = {t.text: (t.value, t.precision) for t in doc.times}
    assert values["أمس"] == (None, "unknown")
    assert values["سبتمبر 2023"] == ("2023-09", "month")
    assert values["أكتوبر الماضي"] == (None, "unknown")


def test_round_trip() -> None:
    doc = run("وقع الهجوم في 5 أبريل 2025 قرب الحدود.", "2025-04-06")
    again = Document.from_dict(doc.to_dict())
    assert again.times == doc.times
    assert again.times[0].value == "2025-04-05"
