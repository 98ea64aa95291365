"""Score the NER stage on hand-annotated modern news: the gold set in `eval/ner/news.gold.jsonl`.

The NER model is trained on ANERcorp (and a Wojood sample); this set measures it on text it has
never seen, from another time and register: sentences of SaudiNewsNet articles (CC BY-NC-SA, read
from `../shared`, never copied), annotated with PER, ORG, LOC and MISC spans by the guidelines in
`docs/ner-news.md`. Each article runs once through validate, segment and ner, as in the pipeline.
System entities are kept when their span lies inside an annotated sentence, and their types are
mapped to the gold ones (GPE, FAC, LOC -> LOC; PER, ORG, MISC as they are; any other type, NORP
included, is dropped: the guidelines leave nationality adjectives unannotated, as ANERcorp's scorer does). A mention counts only with the exact span and type (CoNLL scoring): precision,
recall and F1 per type and micro-averaged, per split. Run: `python -m marsad.evaluation.ner_news`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.document import Document
from marsad.errors import MarsadError, UsageError
from marsad.evaluation import saudinewsnet
from marsad.stage import Stage

REPO = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = REPO / "eval" / "ner" / "news.gold.jsonl"
DEFAULT_DATA = REPO.parent / "shared" / "data" / "news" / "saudinewsnet"
TYPES = ("PER", "ORG", "LOC", "MISC")
TYPE_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "MISC": "MISC"}

Mention = tuple[int, int, str]  # start, end, gold type


@dataclass(frozen=True)
class GoldSentence:
    """One annotated sentence: offsets into the article's title + "\\n" + content."""

    zip: str
    index: int
    split: str
    start: int
    end: int
    entities: tuple[Mention, ...]
    sha1: str = ""


def read_gold(path: Path) -> list[GoldSentence]:
    """The gold sentences of a news NER gold file (JSON lines)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        return [GoldSentence(r["zip"], int(r["index"]), r.get("split", ""), r["start"], r["end"],
                             tuple((s, e, t) for s, e, t in r["entities"]), r.get("sha1", "")) for r in rows]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"cannot read NER gold file {path}: {exc}") from exc


def system_mentions(doc: Document, sentences: list[GoldSentence]) -> set[Mention]:
    """The document's entities inside an annotated sentence, with their types mapped to the gold ones."""
    found = set()
    for entity in doc.entities:
        kind = TYPE_MAP.get(entity.type)
        if kind and any(s.start <= entity.start and entity.end <= s.end for s in sentences):
            found.add((entity.start, entity.end, kind))
    return found


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn, "gold": tp + fn, "system": tp + fp}


def score(gold: set[tuple[Any, ...]], system: set[tuple[Any, ...]]) -> dict[str, dict[str, float | int]]:
    """Exact-match P/R/F1 per type and micro over all; a mention's type is its last element."""
    counts: dict[str, Counter] = {t: Counter() for t in TYPES}
    for mention in gold | system:
        kind = mention[-1]
        counts.setdefault(kind, Counter())
        counts[kind]["tp" if mention in gold and mention in system else "fn" if mention in gold else "fp"] += 1
    result = {kind: prf(c["tp"], c["fp"], c["fn"]) for kind, c in counts.items()}
    result["micro"] = prf(*(sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")))
    return result


def classify(gold: set[Mention], system: set[Mention]) -> list[tuple[str, Mention | None, Mention | None]]:
    """Each unmatched mention as (kind, gold, system): 'type' (same span), 'boundary' (overlap), or
    'missed' / 'spurious' (no overlap at all)."""
    errors: list[tuple[str, Mention | None, Mention | None]] = []
    spare_system = system - gold
    for g in sorted(gold - system):
        overlaps = [s for s in sorted(spare_system) if s[0] < g[1] and g[0] < s[1]]
        if not overlaps:
            errors.append(("missed", g, None))
        for s in overlaps:
            errors.append(("type" if s[:2] == g[:2] else "boundary", g, s))
    for s in sorted(spare_system):
        if not any(g[0] < s[1] and s[0] < g[1] for g in gold - system):
            errors.append(("spurious", None, s))
    return errors


def evaluate_news(gold: Path = DEFAULT_GOLD, split: str | None = None, *, data: Path = DEFAULT_DATA,
                  stage: Stage | None = None) -> dict[str, Any]:
    """Scores per split (and "all" when several), error lists, and the articles the pipeline refused."""
    from marsad.pipeline import Pipeline
    from marsad.stages.ner import NerStage
    from marsad.stages.segment import SegmentStage
    from marsad.stages.validate import ValidateStage

    sentences = [s for s in read_gold(gold) if split is None or s.split == split]
    if not sentences:
        raise UsageError(f"no gold sentences in {gold} for split {split!r}")
    by_article: dict[tuple[str, int], list[GoldSentence]] = defaultdict(list)
    for sentence in sentences:
        by_article[(sentence.zip, sentence.index)].append(sentence)
    pipeline = Pipeline([ValidateStage(), SegmentStage(), stage or NerStage()])
    gold_by_split: dict[str, set] = defaultdict(set)
    system_by_split: dict[str, set] = defaultdict(set)
    errors: list[dict[str, Any]] = []
    refused: list[str] = []
    for (day, index), annotated in by_article.items():
        text = saudinewsnet.titled_text(saudinewsnet.article_record(data, day, index))
        for s in annotated:
            if s.sha1 and hashlib.sha1(text[s.start:s.end].encode()).hexdigest()[: len(s.sha1)] != s.sha1:
                raise UsageError(f"{day}#{index}: sentence at {s.start} differs from the gold set's text")
        doc = pipeline(Document(text=text, id=f"{day}#{index}"))
        if doc.error is not None:
            refused.append(f"{doc.id}: {doc.error.kind}")
        found = system_mentions(doc, annotated) if doc.error is None else set()
        expected = {m for s in annotated for m in s.entities}
        name = annotated[0].split
        gold_by_split[name] |= {(day, index, *m) for m in expected}
        system_by_split[name] |= {(day, index, *m) for m in found}
        for kind, g, s in classify(expected, found):
            errors.append({"article": doc.id, "split": name, "kind": kind,
                           "gold": _shown(text, g), "system": _shown(text, s)})
    scores = {name: score(gold_by_split[name], system_by_split[name]) for name in sorted(gold_by_split)}
    if len(scores) > 1:
        scores["all"] = score(set().union(*gold_by_split.values()), set().union(*system_by_split.values()))
    return {"scores": scores, "errors": errors, "refused": refused,
            "articles": len(by_article), "sentences": len(sentences)}


def _shown(text: str, mention: Mention | None) -> list[Any] | None:
    return None if mention is None else [mention[0], mention[1], mention[2], text[mention[0]:mention[1]]]


def format_news_scores(result: dict[str, Any], errors: bool = False) -> str:
    """A table per split (P, R, F1, gold and system counts per type and micro), then the errors."""
    lines = [f"{result['articles']} articles, {result['sentences']} sentences"]
    for name, table in result["scores"].items():
        lines.append(f"== {name}")
        lines.append(f"{'type':<6}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'system':>8}{'exact':>7}")
        for kind in (*TYPES, *(k for k in table if k not in TYPES and k != "micro"), "micro"):
            s = table[kind]
            lines.append(f"{kind:<6}{s['p']:>7.3f}{s['r']:>7.3f}{s['f1']:>7.3f}{s['gold']:>6}{s['system']:>8}{s['tp']:>7}")
    lines.extend(f"refused: {r}" for r in result["refused"])
    if errors:
        kinds = Counter(e["kind"] for e in result["errors"])
        lines.append("== errors: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
        for e in result["errors"]:
            g = f"{e['gold'][2]} «{e['gold'][3]}»" if e["gold"] else "-"
            s = f"{e['system'][2]} «{e['system'][3]}»" if e["system"] else "-"
            lines.append(f"{e['kind']:<9} {e['split']:<5} {e['article']:<22} gold {g}   system {s}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the figures (or JSON); exit 1 when micro F1 of the last table is under `--min-f1`."""
    parser = argparse.ArgumentParser(prog="python -m marsad.evaluation.ner_news", description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, nargs="?", default=DEFAULT_GOLD)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the SaudiNewsNet folder of day zips")
    parser.add_argument("--split", default=None, help="score only this split (dev, test)")
    parser.add_argument("--errors", action="store_true", help="list every missed, spurious or wrongly cut name")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--min-f1", type=float, default=0.0)
    args = parser.parse_args(argv)
    try:
        result = evaluate_news(args.gold, args.split, data=args.data)
    except MarsadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else format_news_scores(result, args.errors))
    last = list(result["scores"].values())[-1]
    return 0 if last["micro"]["f1"] >= args.min_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
