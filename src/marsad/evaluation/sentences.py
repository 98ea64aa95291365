"""Score the event coder on telling attack and protest sentences from hard negatives.

The gold set `eval/sentences/gold.jsonl` holds hand-labelled SaudiNewsNet sentences (offsets
into title + "\\n" + content, read from `../shared`, never copied): ASSAULT, PROTEST or NONE,
`also` for the few that report both kinds, a note on why a hard negative is one, the split
(dev/test) and a short SHA-1 of the sentence that guards against a different copy of the corpus.

Each article runs once through the full pipeline (published = the day it was collected). A
sentence is predicted ASSAULT (PROTEST) when an event of that type whose modality is
"asserted" or "historical" has its trigger, or one of its further mentions (merging keeps one
event for a report told twice), inside the sentence; the prediction is a set, so a
sentence with both kinds is scored for both. Per class: precision, recall and F1 over the
gold sentences; `macro_f1` is the mean F1 of ASSAULT and PROTEST; `event_f1` scores the binary
decision "reports an attack or a protest" against NONE. Run: `python -m marsad.evaluation.sentences`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.document import Document, Event
from marsad.errors import UsageError
from marsad.evaluation.gold import read_article

CLASSES = ("ASSAULT", "PROTEST")
COUNTED_MODALITIES = frozenset({"asserted", "historical"})
DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "eval" / "sentences" / "gold.jsonl"


@dataclass(frozen=True)
class GoldSentence:
    """One labelled sentence; `labels` is empty for NONE."""

    zip: str
    index: int
    start: int
    end: int
    labels: frozenset[str]
    split: str
    note: str = ""
    sha1: str = ""

    @property
    def article(self) -> tuple[str, int]:
        return self.zip, self.index


def load_sentences(path: Path, split: str | None = None) -> list[GoldSentence]:
    """The gold sentences of `path`, only those of `split` when given."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read sentence gold set {path}: {exc}") from exc
    out = []
    for line in filter(str.strip, lines):
        row = json.loads(line)
        labels = {row["label"], *row.get("also", [])} - {"NONE"}
        sentence = GoldSentence(row["zip"], int(row["index"]), int(row["start"]), int(row["end"]),
                                frozenset(labels), row.get("split", ""), row.get("note", ""), row.get("sha1", ""))
        if split is None or sentence.split == split:
            out.append(sentence)
    return out


def predict(doc: Document, start: int, end: int) -> frozenset[str]:
    """Event classes predicted for the sentence doc.text[start:end]."""
    return frozenset(e.type for e in events_in(doc, start, end)
                     if e.type in CLASSES and e.modality in COUNTED_MODALITIES)


def events_in(doc: Document, start: int, end: int) -> list[Event]:
    """Events with a trigger inside [start, end): the first trigger or a further mention, since
    merging keeps one event for a report told again (a title and the lead) with both triggers."""
    return [e for e in doc.events
            if any(start <= t.start and t.end <= end for t in (e.trigger, *e.mentions))]


def score(pairs: Iterable[tuple[frozenset[str], frozenset[str]]]) -> dict[str, Any]:
    """P/R/F1 per class, their macro F1, and F1 of 'any event' vs NONE, from (gold, predicted) sets."""
    counts: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    n = 0
    for gold, got in pairs:
        n += 1
        confusion[(_name(gold), _name(got))] += 1
        for cls, g, p in [*((c, c in gold, c in got) for c in CLASSES), ("EVENT", bool(gold), bool(got))]:
            counts[cls]["tp" if g and p else "fp" if p else "fn" if g else "tn"] += 1
    result: dict[str, Any] = {"sentences": n}
    for cls in (*CLASSES, "EVENT"):
        c = counts[cls]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[cls] = {"gold": c["tp"] + c["fn"], "predicted": c["tp"] + c["fp"], "tp": c["tp"],
                       "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    result["macro_f1"] = round(sum(result[c]["f1"] for c in CLASSES) / len(CLASSES), 4)
    result["event_f1"] = result.pop("EVENT")["f1"] if n else 0.0
    result["confusion"] = {f"{g} -> {p}": k for (g, p), k in sorted(confusion.items())}
    return result


def _name(labels: frozenset[str]) -> str:
    return "+".join(sorted(labels)) or "NONE"


def evaluate_sentences(gold: Path = DEFAULT_GOLD, split: str | None = None,
                       max_articles: int | None = None, pipeline: Any = None) -> dict[str, Any]:
    """Run the pipeline on every article of the gold set (the first `max_articles` of them when
    given) and score each split; `errors` lists the sentences whose prediction differs from gold.

    Returns {"splits": {name: score(...)}, "all": score(...), "errors": [...], "articles": n}.
    """
    if pipeline is None:
        from marsad.pipeline import default_pipeline
        pipeline = default_pipeline()
    sentences = load_sentences(gold, split)
    by_article: dict[tuple[str, int], list[GoldSentence]] = defaultdict(list)
    for s in sentences:
        by_article[s.article].append(s)
    articles = list(by_article)[:max_articles] if max_articles is not None else list(by_article)
    results: list[tuple[GoldSentence, frozenset[str], Document]] = []
    for zip_name, index in articles:
        text, published = read_article(f"saudinewsnet:{zip_name}#{index}", gold.parent)
        doc = pipeline(Document(text=text, published=published))
        for s in by_article[(zip_name, index)]:
            if s.sha1 and hashlib.sha1(text[s.start:s.end].encode("utf-8")).hexdigest()[:12] != s.sha1:
                raise UsageError(f"{zip_name}#{index} {s.start}-{s.end}: the corpus text differs from the gold set's")
            results.append((s, predict(doc, s.start, s.end), doc))
    splits = sorted({s.split for s, _, _ in results})
    return {
        "articles": len(articles),
        "splits": {name: score((s.labels, p) for s, p, _ in results if s.split == name) for name in splits},
        "all": score((s.labels, p) for s, p, _ in results),
        "errors": [_error(s, p, doc) for s, p, doc in results if s.labels != p],
    }


def _error(s: GoldSentence, got: frozenset[str], doc: Document) -> dict[str, Any]:
    events = [f"{e.type}/{e.modality} {e.trigger.text!r}" for e in events_in(doc, s.start, s.end)]
    return {"ref": f"{s.zip}#{s.index}", "start": s.start, "end": s.end, "split": s.split,
            "gold": _name(s.labels), "predicted": _name(got), "note": s.note, "events": events,
            "text": doc.text[s.start:s.end]}


def format_score(name: str, result: dict[str, Any]) -> list[str]:
    lines = [(f"{name}: {result['sentences']} sentences, macro F1 (ASSAULT, PROTEST) {result['macro_f1']:.3f}, "
              f"event-vs-NONE F1 {result['event_f1']:.3f}")]
    for cls in CLASSES:
        c = result[cls]
        lines.append(f"  {cls:<8} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}  "
                     f"(gold {c['gold']}, predicted {c['predicted']}, correct {c['tp']})")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the figures per split; exit 1 when the macro F1 is under `--min-macro-f1`."""
    parser = argparse.ArgumentParser(prog="python -m marsad.evaluation.sentences", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", default=None, help="score only this split (dev, dev2, test)")
    parser.add_argument("--max-articles", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--errors", action="store_true", help="list the sentences the coder got wrong")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON (last line)")
    parser.add_argument("--min-macro-f1", type=float, default=0.0)
    args = parser.parse_args(argv)
    result = evaluate_sentences(args.gold, args.split, args.max_articles)
    for name, split_result in result["splits"].items():
        print("\n".join(format_score(name or "all", split_result)))
    if len(result["splits"]) > 1:
        print("\n".join(format_score("all", result["all"])))
    if args.errors:
        print("confusion (gold -> predicted):", json.dumps(result["all"]["confusion"], ensure_ascii=False))
        for e in result["errors"]:
            print(f"  [{e['split']}] {e['ref']} {e['start']}-{e['end']} gold {e['gold']}, predicted {e['predicted']}"
                  f" {e['events']} ({e['note']}): {e['text'][:160]}")
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "errors"}, ensure_ascii=False))
    return 0 if result["all"]["macro_f1"] >= args.min_macro_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
