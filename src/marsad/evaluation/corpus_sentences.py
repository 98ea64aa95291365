"""Attack and protest sentences of another source: ANERcorp and the Wojood sample, labelled by hand.

The SaudiNewsNet sentence set (`marsad.evaluation.sentences`) is one outlet family in one summer; the coder's
rules were read off it. This set holds the sentences of the NER corpora (other outlets, other years: Iraq,
Lebanon 2006, al-Andalus, sports) that contain an attack or protest word of the trigger lexicon, labelled by
the same guidelines (`docs/sentences.md`) before marsad ran on them. Each sentence is run through the
pipeline as a document of its own; the scoring is `marsad.evaluation.sentences.score`.

    python -m marsad.evaluation.corpus_sentences [--split dev|test|test2] [--errors] [--json]

Tune on dev, report test2 (the sentences of ANERcorp's test file, labelled after dev and test had been read).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.document import Document
from marsad.errors import UsageError
from marsad.evaluation.sentences import CLASSES, format_score, predict, score
from marsad.models.bio import read_bio
from marsad.models.corpora import shared_data_dir

DEFAULT_LABELS = Path(__file__).resolve().parents[3] / "eval" / "sentences" / "anercorp.labels.tsv"
CORPORA = {  # id prefix -> BIO file under shared/data
    "anercorp-train": "ner/anercorp/train.txt",
    "anercorp-test": "ner/anercorp/test.txt",
    "wojood-train": "ner/wojood-sample/train.txt",
    "wojood-val": "ner/wojood-sample/val.txt",
}


@dataclass(frozen=True)
class LabelledSentence:
    id: str
    text: str
    labels: frozenset[str]
    split: str
    note: str


def load_labelled(labels: Path = DEFAULT_LABELS, split: str | None = None) -> list[LabelledSentence]:
    """The labelled sentences with their text, read from the corpora; a text whose hash differs is an error."""
    try:
        lines = labels.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read sentence labels {labels}: {exc}") from exc
    corpora: dict[str, list[str]] = {}
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        sid, sha, label, also, note, part = (line.split("\t") + [""] * 6)[:6]
        corpus, _, index = sid.partition(":")
        if corpus not in CORPORA or not index.isdigit():
            raise UsageError(f"{labels}:{number}: unknown sentence id {sid!r}")
        if split is not None and part != split:
            continue
        if corpus not in corpora:
            path = shared_data_dir() / CORPORA[corpus]
            if not path.exists():
                raise UsageError(f"{path} not found: this set needs the NER corpora in ../shared/data")
            corpora[corpus] = [" ".join(w for w, _ in s) for s in read_bio(path)]
        text = corpora[corpus][int(index)]
        if hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] != sha:
            raise UsageError(f"{labels}:{number}: {sid} differs from the labelled sentence (another corpus copy?)")
        out.append(LabelledSentence(sid, text, frozenset({label, also} & set(CLASSES)), part, note))
    return out


def evaluate(labels: Path = DEFAULT_LABELS, split: str | None = None, pipeline: Any = None) -> dict[str, Any]:
    """Scores of the pipeline's events per split and over all, and the sentences it got wrong."""
    if pipeline is None:
        from marsad.pipeline import default_pipeline
        pipeline = default_pipeline()
    results = []
    for s in load_labelled(labels, split):
        doc = pipeline(Document(text=s.text))
        results.append((s, predict(doc, 0, len(s.text)), doc))
    splits = sorted({s.split for s, _, _ in results})
    return {
        "splits": {name: score((s.labels, p) for s, p, _ in results if s.split == name) for name in splits},
        "all": score((s.labels, p) for s, p, _ in results),
        "errors": [{"id": s.id, "split": s.split, "gold": sorted(s.labels), "predicted": sorted(p), "note": s.note,
                    "events": [f"{e.type}/{e.modality} {e.trigger.text!r}" for e in doc.events if e.type in CLASSES],
                    "text": s.text} for s, p, doc in results if s.labels != p],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m marsad.evaluation.corpus_sentences",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--split", default=None, help="score only this split (dev, test, test2)")
    parser.add_argument("--errors", action="store_true", help="list the sentences the coder got wrong")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON (last line)")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.labels, args.split)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, split_result in result["splits"].items():
        print("\n".join(format_score(name, split_result)))
    if args.errors:
        for e in result["errors"]:
            print(f"  [{e['split']}] {e['id']} gold {e['gold']}, predicted {e['predicted']} {e['events']}"
                  f" ({e['note']}): {e['text'][:200]}")
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "errors"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
