"""Turn the hand labels (labels.tsv) into gold.jsonl, checking every span against the corpus.

labels.tsv has one line per sentence: zip, article index, start, end, label, note and, for the
few sentences that report both kinds of event, the second label. Offsets point into
title + "\\n" + content. This script checks that each span is a whole sentence as
`marsad.arabic.sentences.split_sentences` cuts it, assigns the split by day (DEV_DAYS; days
group the same story, so one story rarely falls on both sides), and writes gold.jsonl with a
short SHA-1 of each sentence so that the scorer can detect a different copy of the corpus.
The sentence text itself is never written: SaudiNewsNet is CC BY-NC-SA and stays in ../shared.
Run from the repository root: PYTHONPATH=src python eval/sentences/build_gold.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from marsad.arabic.sentences import split_sentences
from marsad.evaluation.gold import read_article

HERE = Path(__file__).resolve().parent
LABELS = ("ASSAULT", "PROTEST", "NONE")
DEV_DAYS = {"2015-07-21", "2015-07-22", "2015-07-24", "2015-07-26", "2015-07-31", "2015-08-08", "2015-08-09"}
# A second development split, labelled blind (before marsad was run on these days): a fresh measure
# of how the coder does on unseen text, to be tuned on from then on.
DEV2_DAYS = {"2015-07-23", "2015-07-25", "2015-07-27", "2015-08-01", "2015-08-02", "2015-08-06"}


def sentence_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def split_of(day: str) -> str:
    return "dev" if day in DEV_DAYS else "dev2" if day in DEV2_DAYS else "test"


def main() -> int:
    rows, seen, problems = [], set(), []
    for number, line in enumerate((HERE / "labels.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        zip_name, index, start, end, label, *rest = line.split("\t")
        note, also = (rest + ["", ""])[:2]
        key = (zip_name, int(index), int(start), int(end))
        text, _ = read_article(f"saudinewsnet:{zip_name}#{index}", HERE)
        if label not in LABELS or (also and also not in LABELS[:2]) or also == label:
            problems.append(f"line {number}: bad label {label!r} / {also!r}")
        if key in seen:
            problems.append(f"line {number}: duplicate {key}")
        if (key[2], key[3]) not in set(split_sentences(text)):
            problems.append(f"line {number}: {key[2]}-{key[3]} is not a sentence of {zip_name}#{index}")
        seen.add(key)
        row = {"zip": zip_name, "index": key[1], "start": key[2], "end": key[3], "label": label}
        if also:
            row["also"] = [also]
        row["note"] = note
        row["sha1"] = sentence_hash(text[key[2]:key[3]])
        row["split"] = split_of(zip_name.removesuffix(".zip"))
        rows.append(row)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    rows.sort(key=lambda r: (r["zip"], r["index"], r["start"]))
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
