"""Select the sentences of the news NER gold set and turn a by-hand annotation into offsets.

Two steps, both deterministic:

``select``  samples articles from a few SaudiNewsNet days (seeded, spread over outlets) and prints
            the sentences to annotate (the title and the first content sentences), each with an id
            ``<day>.zip#<index>/<start>``. The printout is the annotator's worksheet: it holds
            corpus text and is never committed.
``build``   reads the annotator's worksheet answers (lines ``<id>`` then ``TYPE<TAB>surface``
            lines, in order of appearance) and writes ``news.gold.jsonl``: offsets only, no text.

Each surface is searched in its sentence from the end of the previous one, so a repeated name is
annotated once per mention, in order. A surface must match at a word end, and its start must be a
word start or follow only clitic letters (و ف ب ل ك) in the same word; anything else is an error.

Usage (from the repo root, with PYTHONPATH=src):
    python eval/ner/build_gold.py select > /tmp/worksheet.txt
    python eval/ner/build_gold.py build /tmp/answers.txt > eval/ner/news.gold.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from marsad.arabic.sentences import split_sentences
from marsad.evaluation.gold import shared_dir
from marsad.evaluation.saudinewsnet import day_records, titled_text

DAYS = ("2015-07-26.zip", "2015-08-07.zip", "2015-08-08.zip", "2015-08-09.zip")
SEED = 20261129
ARTICLES = 64
CONTENT_SENTENCES = 2
TYPES = ("PER", "ORG", "LOC", "MISC")
CLITICS = set("وفبلك")


def article_text(record: dict) -> str:
    """Title, a line break, then the content: the project's convention (evaluation/gold.py)."""
    return titled_text(record)


def _day_records(path: Path) -> list[dict]:
    return day_records(path.parent, path.name)


def corpus_dir() -> Path:
    return shared_dir(Path(__file__).parent) / "data" / "news" / "saudinewsnet"


def sample() -> list[tuple[str, int]]:
    """Articles (day, index): news of 400-3000 characters, drawn round-robin over outlets."""
    rng = random.Random(SEED)
    by_outlet: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for day in DAYS:
        for index, record in enumerate(_day_records(corpus_dir() / day)):
            content = record.get("content") or ""
            arabic = sum("\u0600" <= c <= "\u06ff" for c in content)
            if 400 <= len(content) <= 3000 and arabic > 0.6 * len(content):
                by_outlet[record["source"]].append((day, index))
    outlets = sorted(by_outlet)
    for items in by_outlet.values():
        rng.shuffle(items)
    chosen: list[tuple[str, int]] = []
    while len(chosen) < ARTICLES:
        for outlet in outlets:
            if by_outlet[outlet] and len(chosen) < ARTICLES:
                chosen.append(by_outlet[outlet].pop())
    return chosen


def sentences(text: str) -> list[tuple[int, int]]:
    """The title and the first content sentences (at least 25 characters each)."""
    spans = [s for s in split_sentences(text) if s[1] - s[0] >= 25 or s[0] == 0]
    return spans[: 1 + CONTENT_SENTENCES]


def split_of(day: str, index: int) -> str:
    """dev or test, by article: a hash of its id, so the split never depends on the order."""
    digest = hashlib.sha1(f"{day}#{index}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def select() -> None:
    for day, index in sample():
        record = _day_records(corpus_dir() / day)[index]
        text = article_text(record)
        print(f"### {day}#{index} {record['source']} {split_of(day, index)}")
        for start, end in sentences(text):
            print(f"{day}#{index}/{start}")
            print(f"    {text[start:end]}")
        print()


def locate(text: str, start: int, end: int, surface: str, cursor: int) -> tuple[int, int]:
    """Span of `surface` in text[cursor:end] at a name boundary (see the module docstring).

    Spaces in `surface` match any run of white space (the corpus has no-break spaces)."""
    pattern = re.compile(r"\s+".join(re.escape(part) for part in surface.split()))
    pos = cursor
    while True:
        match = pattern.search(text, pos, end)
        if match is None:
            raise ValueError(f"{surface!r} not found after {cursor} in sentence at {start}")
        found, after = match.span()
        word_start = found
        while word_start > start and text[word_start - 1].isalpha():
            word_start -= 1
        prefix = text[word_start:found]
        ends_ok = after == end or not text[after].isalpha()
        if ends_ok and all(c in CLITICS for c in prefix) and len(prefix) <= 3:
            return found, after
        pos = found + 1


def build(answers: Path) -> None:
    current: tuple[str, int, int] | None = None
    rows: list[dict] = []
    cursor = 0
    errors: list[str] = []
    for number, line in enumerate(answers.read_text(encoding="utf-8").splitlines(), 1):
        line = line.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            ref, _, offset = line.strip().partition("/")
            day, _, index = ref.partition("#")
            text = article_text(_day_records(corpus_dir() / day)[int(index)])
            span = next(s for s in split_sentences(text) if s[0] == int(offset))
            rows.append({"zip": day, "index": int(index), "split": split_of(day, int(index)),
                         "start": span[0], "end": span[1], "entities": [],
                         "sha1": hashlib.sha1(text[span[0]:span[1]].encode()).hexdigest()[:10]})
            current, cursor = (day, int(index), span[0]), span[0]
            continue
        kind, surface = (part.strip() for part in line.split("\t", 1))
        if kind not in TYPES or current is None:
            raise SystemExit(f"line {number}: bad type or no sentence: {line!r}")
        row = rows[-1]
        text = article_text(_day_records(corpus_dir() / row["zip"])[row["index"]])
        try:
            found, after = locate(text, row["start"], row["end"], surface, cursor)
        except ValueError as exc:
            errors.append(f"line {number}: {exc}")
            continue
        row["entities"].append([found, after, kind])
        cursor = after
    if errors:
        raise SystemExit("\n".join(errors))
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("select")
    build_parser = sub.add_parser("build")
    build_parser.add_argument("answers", type=Path)
    args = parser.parse_args()
    if args.command == "select":
        select()
    else:
        build(args.answers)


if __name__ == "__main__":
    sys.exit(main())
