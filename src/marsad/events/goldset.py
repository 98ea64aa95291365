"""The event gold set (`eval/events/*.gold.json`): load its articles and score the coder on it.

Article references `saudinewsnet:<zip>/<member>#<n>` name record n of a SaudiNewsNet day file (each
zip member is a JSON list of articles); the text is read from the shared data folder, never copied
into the repository. Scoring is the project scorer's (`marsad.evaluation.events.score_document`).
With `oracle=True` the NER/link/geocode stages are replaced by the gold entities (their forms found
in the text), which measures the event coder apart from the stages before it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import normalize_with_map, original_span
from marsad.document import Canonical, Document, Entity


def load_gold_file(path: Path) -> Any:
    """A `marsad.evaluation.gold.Gold` for a gold file (`saudinewsnet:<zip>/<member>#<n>` references included)."""
    from marsad.evaluation.gold import load_gold

    return load_gold(path)


def oracle_entities(text: str, gold_entities: list[dict[str, Any]]) -> list[Entity]:
    """Gold entity forms located in the text (longest first, no overlaps), with their country."""
    norm, index = normalize_with_map(text)
    forms = sorted(((normalize_with_map(f)[0], g) for g in gold_entities for f in g["forms"]), key=lambda x: -len(x[0]))
    found: list[Entity] = []
    for form, g in forms:
        pos = norm.find(form)
        while pos >= 0:
            a, b = original_span(index, pos, pos + len(form))
            left = pos == 0 or not norm[pos - 1].isalpha() or norm[pos - 1] in "وفبلك"
            right = pos + len(form) >= len(norm) or not norm[pos + len(form)].isalpha()
            if left and right and not any(a < e.end and e.start < b for e in found):
                canonical = Canonical(text[a:b], country=g.get("country"))
                found.append(Entity("", text[a:b], g["type"], a, b, canonical=canonical, source="oracle"))
            pos = norm.find(form, pos + 1)
    found.sort(key=lambda e: e.start)
    for n, e in enumerate(found, 1):
        e.id = f"T{n}"
    return found


def run_article(gold: Any, oracle: bool = False) -> Document:
    """The document of a gold article after the default pipeline (or segmentation + gold entities + events)."""
    doc = Document(text=gold.text, published=gold.published)
    if not oracle:
        from marsad.pipeline import default_pipeline

        return default_pipeline()(doc)
    from marsad.stages.events import EventStage
    from marsad.stages.segment import SegmentStage
    from marsad.stages.times import TimeStage

    SegmentStage()(doc)
    doc.entities = oracle_entities(doc.text, gold.entities)
    TimeStage()(doc)
    return EventStage()(doc)


def score_goldset(paths: Iterable[Path], oracle: bool = False) -> dict[str, Any]:
    """Per-article event scores and their micro totals: core recall and event precision."""
    from marsad.evaluation.events import score_document

    articles = []
    for path in paths:
        gold = load_gold_file(path)
        articles.append({"path": str(path), **score_document(run_article(gold, oracle), gold)["events"]})
    found = sum(a["core_found"] for a in articles)
    total = sum(a["core_total"] for a in articles)
    system = sum(a["system"] for a in articles)
    matched = sum(a["system_matched"] for a in articles)
    return {
        "articles": articles,
        "core_found": found, "core_total": total, "system": system, "system_matched": matched,
        "recall": found / total if total else 0.0,
        "precision": matched / system if system else 0.0,
    }


def split_paths(folder: Path, split: str | None = None) -> list[Path]:
    """The gold files of a folder, optionally only those of one split ("dev", "test", "heldout")."""
    paths = sorted(folder.glob("*.gold.json"))
    if split is None:
        return paths
    return [p for p in paths if json.loads(p.read_text(encoding="utf-8")).get("split") == split]
