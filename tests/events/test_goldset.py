"""Quality gate: the event coder on the reference article and on the event gold set (floors pinned).

Raising a floor is welcome; lowering one needs an explicit reason in the commit. The gold set's
article text is read from ../shared (SaudiNewsNet), so these tests skip when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.events.goldset import score_goldset, split_paths

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
GOLD_DIR = REPO / "eval" / "events"
SEED_GOLD = SHARED / "data" / "reference" / "seed.gold.json"

SEED_CORE_FLOOR = 5  # of 6
SEED_PRECISION_FLOOR = 0.6
GOLDSET_RECALL_FLOOR = 0.45
GOLDSET_PRECISION_FLOOR = 0.55

needs_shared = pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="shared data folder not available")


@needs_shared
def test_reference_article_core_events() -> None:
    from marsad.evaluation.events import evaluate_gold

    events = evaluate_gold(SEED_GOLD, published="2025-04-05")["events"]
    assert events["core_found"] >= SEED_CORE_FLOOR, events["missed"]
    assert events["precision"] >= SEED_PRECISION_FLOOR, events["unmatched_system"]


@needs_shared
def test_goldset_recall_and_precision_floors() -> None:
    # The blind splits (heldout5 to heldout18) are scored by hand at the start and end of a pass, not pinned here (a floor
    # on it would invite tuning on it); heldout3 and heldout4, blind once and studied since, are reported apart.
    blind = {p for split in ("heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18") for p in split_paths(GOLD_DIR, split)}
    paths = [p for p in split_paths(GOLD_DIR) if p not in blind]
    assert len(paths) >= 30
    result = score_goldset(paths)
    assert result["recall"] >= GOLDSET_RECALL_FLOOR
    assert result["precision"] >= GOLDSET_PRECISION_FLOOR


def test_gold_files_reference_shared_articles_only() -> None:
    import json

    for path in split_paths(GOLD_DIR):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["article"].startswith("saudinewsnet:"), path.name  # the text stays in ../shared
        assert data.get("split") in ("dev", "test", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18"), path.name
        for event in data["events"]:
            assert {"core", "type", "source", "target"} <= event.keys(), path.name
