"""`marsad eval events`: score articles against gold files like the reference annotation.

Rules (the first issue): a gold entity is found when a system entity of a compatible type
(LOC, GPE and FAC are one family) has the same text as one of its forms, after
normalization and removal of one leading clitic or the article. Entity precision counts
distinct system entity texts of types PER/ORG/LOC/GPE/FAC that match no gold form. A gold
event is found when one system event, used once, has the same type, an actor matching one
of its `source` forms and a recipient matching one of its `target` forms (either direction
when `symmetric`; an empty gold side accepts any). Event precision is the share of system
events matching any gold event. A time is right when its text matches a form and its value
starts with the gold value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from marsad.document import Document, Event
from marsad.evaluation.gold import Gold, load_gold
from marsad.evaluation.matching import matches

PRECISION_TYPES = {"PER", "ORG", "LOC", "GPE", "FAC"}
PLACE_FAMILY = {"LOC", "GPE", "FAC"}


def evaluate_gold(gold_path: Path, published: str | None = None) -> dict[str, Any]:
    """Run the default pipeline on the gold file's article and score it."""
    from marsad.pipeline import default_pipeline

    gold = load_gold(gold_path)
    doc = Document(text=gold.text, published=published or gold.published)
    default_pipeline()(doc)
    return score_document(doc, gold)


def evaluate_many(paths: Iterable[Path], published: str | None = None) -> dict[str, Any]:
    """Score several gold files; totals are summed over articles (micro averages)."""
    results = [evaluate_gold(p, published) for p in paths]
    return {"articles": results, "total": _sum_results(results)}


def score_document(doc: Document, gold: Gold) -> dict[str, Any]:
    if doc.error is not None:
        raise ValueError(f"{gold.path}: the article failed: {doc.error.kind}: {doc.error.message}")
    return {
        "gold": str(gold.path),
        "entities": _score_entities(doc, gold.entities),
        "times": _score_times(doc, gold.times),
        "events": _score_events(doc.events, gold.events),
    }


def _types_compatible(system: str, gold: str) -> bool:
    return system == gold or (system in PLACE_FAMILY and gold in PLACE_FAMILY)


def _score_entities(doc: Document, gold: list[dict[str, Any]]) -> dict[str, Any]:
    required = [g for g in gold if not g.get("optional")]
    missed = [
        g["forms"][0] for g in required
        if not any(_types_compatible(e.type, g["type"]) and matches(e.text, g["forms"]) for e in doc.entities)
    ]
    all_forms = [form for g in gold for form in g["forms"]]
    texts = sorted({e.text for e in doc.entities if e.type in PRECISION_TYPES})
    spurious = [t for t in texts if not matches(t, all_forms)]
    found = len(required) - len(missed)
    return {
        **_prf(tp_p=len(texts) - len(spurious), n_p=len(texts), tp_r=found, n_r=len(required)),
        "found": found, "total": len(required), "n_system": len(texts),
        "missed": missed, "spurious": spurious,
    }


def _score_times(doc: Document, gold: list[dict[str, Any]]) -> dict[str, Any]:
    details = []
    for g in gold:
        hit = next(
            (t for t in doc.times
             if matches(t.text, g["forms"]) and (t.value or "").startswith(str(g["value"]))),
            None,
        )
        details.append({"form": g["forms"][0], "gold": g["value"], "right": hit is not None})
    right = sum(d["right"] for d in details)
    return {"right": right, "total": len(gold), "details": details}


def _event_matches(event: Event, gold: dict[str, Any]) -> bool:
    if event.type != gold["type"]:
        return False
    actors = [p.text for p in event.actor]
    recipients = [p.text for p in event.recipient]

    def side(texts: list[str], forms: list[str]) -> bool:
        return not forms or any(matches(t, forms) for t in texts)

    source, target = gold.get("source", []), gold.get("target", [])
    if side(actors, source) and side(recipients, target):
        return True
    return bool(gold.get("symmetric")) and side(actors, target) and side(recipients, source)


def _score_events(events: list[Event], gold: list[dict[str, Any]]) -> dict[str, Any]:
    core = [g for g in gold if g.get("core")]
    assignment = _max_matching(core, events, _event_matches)
    matched_system = sum(1 for e in events if any(_event_matches(e, g) for g in gold))
    return {
        "core_found": len(assignment),
        "core_total": len(core),
        "recall": len(assignment) / len(core) if core else 0.0,
        "precision": matched_system / len(events) if events else 0.0,
        "system": len(events),
        "system_matched": matched_system,
        "missed": [
            {"type": g["type"], "source": g.get("source", [])[:1], "target": g.get("target", [])[:1]}
            for i, g in enumerate(core) if i not in assignment
        ],
        "unmatched_system": [
            _event_brief(e) for e in events if not any(_event_matches(e, g) for g in gold)
        ],
    }


def _event_brief(event: Event) -> str:
    actors = "+".join(p.text for p in event.actor) or "?"
    recipients = "+".join(p.text for p in event.recipient) or "?"
    return f"{event.type} {actors} -> {recipients} [{event.trigger.text}]"


def _max_matching(golds: list[Any], systems: list[Any], ok: Callable[[Any, Any], bool]) -> dict[int, int]:
    """Maximum bipartite matching (each system event used once): gold index -> system index."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for s, system in enumerate(systems):
            if s in seen or not ok(system, golds[g]):
                continue
            seen.add(s)
            if s not in owner or augment(owner[s], seen):
                owner[s] = g
                return True
        return False

    for g in range(len(golds)):
        augment(g, set())
    return {g: s for s, g in owner.items()}


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _sum_results(results: list[dict[str, Any]]) -> dict[str, Any]:
    ents = [r["entities"] for r in results]
    evs = [r["events"] for r in results]
    tms = [r["times"] for r in results]
    sys_texts = sum(e["n_system"] for e in ents)
    spurious = sum(len(e["spurious"]) for e in ents)
    entities = _prf(sys_texts - spurious, sys_texts, sum(e["found"] for e in ents), sum(e["total"] for e in ents))
    core_found, core_total = sum(e["core_found"] for e in evs), sum(e["core_total"] for e in evs)
    system, matched = sum(e["system"] for e in evs), sum(e["system_matched"] for e in evs)
    return {
        "entities": entities,
        "times": {"right": sum(t["right"] for t in tms), "total": sum(t["total"] for t in tms)},
        "events": {
            "core_found": core_found, "core_total": core_total,
            "recall": round(core_found / core_total, 4) if core_total else 0.0,
            "precision": round(matched / system, 4) if system else 0.0,
            "system": system, "system_matched": matched,
        },
    }

