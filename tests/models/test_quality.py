"""Quality floors of the shipped NER model, just under the figures in docs/ner.md.

A change that lowers them must lower the floors explicitly, with the reason in the commit.
"""

from pathlib import Path

from marsad.document import Document
from marsad.evaluation.events import score_document
from marsad.evaluation.gold import load_gold
from marsad.models.evaluate import evaluate_ner
from marsad.pipeline import Pipeline
from marsad.stages.ner import NerStage
from marsad.stages.segment import SegmentStage
from marsad.stages.validate import ValidateStage


def test_anercorp_test_floor(shared_dir: Path) -> None:
    scores = evaluate_ner(shared_dir / "data" / "ner" / "anercorp" / "test.txt")
    # 0.665 on 2026-11-29 (0.699 before the news rule layer): the layer stopped outputting «الله» and
    # currencies, which ANERcorp tags MISC; 0.693 without it (`... --no-news`). Currencies are names again
    # since 2026-12-07 (Wojood tags them too): 0.690. The floor was lowered on purpose then, see docs/ner.md.
    assert scores["f1"] >= 0.66
    assert scores["per_type"]["LOC"]["f1"] >= 0.83
    assert scores["per_type"]["PERS"]["f1"] >= 0.66


def test_reference_article_floor(shared_dir: Path) -> None:
    gold = load_gold(shared_dir / "data" / "reference" / "seed.gold.json")
    doc = Document(text=gold.text, published="2025-04-05")
    Pipeline([ValidateStage(), SegmentStage(), NerStage()])(doc)
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    scores = score_document(doc, gold)["entities"]
    assert scores["f1"] >= 0.87  # 0.883 with the actor-KB and news layers on 2026-11-29 (0.863 before)
    assert scores["r"] >= 0.94
