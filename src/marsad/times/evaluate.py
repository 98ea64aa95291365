"""Score the time stage against the hand-annotated gold set in `eval/times/gold.jsonl`.

The gold set points into SaudiNewsNet (`../shared/data/news/saudinewsnet`, CC BY-NC-SA:
read from there, never copied): one line per article with its zip, index and URL, the
publication date the annotator judged right, and every time expression with its offsets,
surface, ISO value and precision ("optional": names such as "كأس العالم 2014" that are
neither required nor counted as spurious). Each article runs through validate, segment and
times, exactly as in the pipeline.

Figures: a gold expression is *found* when a system expression overlaps it; its value is
*right* when the overlapping system expression with the largest overlap has the gold value
and precision. Accuracy = right / all gold expressions (a miss counts as wrong). A system
expression overlapping no gold one is *spurious*. Run: `python -m marsad.times.evaluate`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.document import Document, TimeExpr
from marsad.errors import InputError, MarsadError, UsageError
from marsad.evaluation import saudinewsnet

REPO = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = REPO / "eval" / "times" / "gold.jsonl"
DEFAULT_DATA = REPO.parent / "shared" / "data" / "news" / "saudinewsnet"


@dataclass
class Report:
    """Counts over the gold set; `errors` lists (url, gold text, gold value, system value)."""

    articles: int = 0
    gold: int = 0
    found: int = 0
    right: int = 0
    system: int = 0
    spurious: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)
    spurious_list: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return 1 - self.spurious / self.system if self.system else 1.0


def read_gold(path: Path, split: str | None = None) -> list[dict[str, Any]]:
    """The gold records of `path`, optionally only one split ("dev", "test")."""
    if not path.exists():
        raise UsageError(f"gold file not found: {path}")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in records if split is None or r.get("split") == split]


def article_text(data_dir: Path, record: dict[str, Any]) -> str:
    """The article content a gold record points to, checked against its URL and offsets."""
    article = saudinewsnet.article_record(data_dir, record["zip"], record["index"])
    if article["url"] != record["url"]:
        raise MarsadError(f"gold record {record['zip']}#{record['index']} does not match its URL")
    text = article["content"]
    for t in record["times"]:
        if text[t["start"]:t["end"]] != t["text"]:
            raise MarsadError(f"gold span {t['text']!r} not at {t['start']} in {record['url']}")
    return text


def extract_times(text: str, published: str | None) -> list[TimeExpr]:
    """Run the stages the pipeline runs before and including times."""
    from marsad.stages.segment import SegmentStage
    from marsad.stages.times import TimeStage
    from marsad.stages.validate import ValidateStage

    doc = Document(text=text, published=published)
    try:
        for stage in (ValidateStage(), SegmentStage(), TimeStage()):
            stage(doc)
    except InputError:  # as in the pipeline: an article it refuses yields no expressions
        return []
    return doc.times


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_article(record: dict[str, Any], system: list[TimeExpr], report: Report) -> None:
    """Add one article's counts to `report`."""
    report.articles += 1
    report.system += len(system)
    for sys_t in system:
        if not any(_overlap(sys_t.start, sys_t.end, g["start"], g["end"]) for g in record["times"]):
            report.spurious += 1
            report.spurious_list.append((record["url"], sys_t.text, str(sys_t.value)))
    for gold in record["times"]:
        if gold.get("optional"):
            continue
        report.gold += 1
        hits = [s for s in system if _overlap(s.start, s.end, gold["start"], gold["end"])]
        if not hits:
            report.errors.append((record["url"], gold["text"], gold["value"], "(missed)"))
            continue
        report.found += 1
        best = max(hits, key=lambda s: _overlap(s.start, s.end, gold["start"], gold["end"]))
        if best.value == gold["value"] and best.precision == gold["precision"]:
            report.right += 1
        else:
            report.errors.append((record["url"], gold["text"], gold["value"], f"{best.value} ({best.text})"))


def evaluate(gold_path: Path = DEFAULT_GOLD, data_dir: Path = DEFAULT_DATA, split: str | None = None) -> Report:
    """Score the time stage on the gold set; raises UsageError when files are missing."""
    report = Report()
    for record in read_gold(gold_path, split):
        text = article_text(data_dir, record)
        score_article(record, extract_times(text, record.get("published")), report)
    return report


def _lines(report: Report, title: str) -> Iterator[str]:
    yield (f"{title}: {report.articles} articles, {report.gold} gold expressions | "
           f"found {report.found} ({report.recall:.1%}) | values right {report.right} ({report.accuracy:.1%}) | "
           f"system {report.system}, spurious {report.spurious} (precision {report.precision:.1%})")


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 1 when accuracy is under `--min-accuracy`."""
    parser = argparse.ArgumentParser(prog="python -m marsad.times.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the SaudiNewsNet folder of day zips")
    parser.add_argument("--split", default=None, help="score only this split (dev, test)")
    parser.add_argument("--errors", action="store_true", help="list wrong values and spurious expressions")
    parser.add_argument("--min-accuracy", type=float, default=0.0)
    args = parser.parse_args(argv)
    splits = [args.split] if args.split else sorted({r.get("split", "") for r in read_gold(args.gold)})
    total = evaluate(args.gold, args.data, args.split)
    if len(splits) > 1:
        for name in splits:
            print(next(_lines(evaluate(args.gold, args.data, name), name)))
    print(next(_lines(total, "all" if len(splits) > 1 else splits[0] or "all")))
    if args.errors:
        for url, text, gold, got in total.errors:
            print(f"  WRONG {text!r}: gold {gold}, system {got}  [{url}]")
        for url, text, value in total.spurious_list:
            print(f"  SPURIOUS {text!r} -> {value}  [{url}]")
    return 0 if total.accuracy >= args.min_accuracy else 1


if __name__ == "__main__":
    sys.exit(main())
