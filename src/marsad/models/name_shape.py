"""How much a word is spelled like a name: a feature for names no list and no training sentence holds.

Most persons the CRF misses are names it never saw («بيرلسكوني», «شومسكي»). Their letters still tell:
transliterated names and Arab given names have letter sequences that ordinary words rarely have. Two
character 4-gram models (absolute discounting, interpolated with the lower orders) are trained on word
*types*: one on names (the open name lists of `open_names`, GeoNames city names and country names), one
on common Arabic words (wordfreq's large Arabic list, CC BY-SA 4.0, less any word of the name lists).
A word key's log-likelihood ratio between them, in buckets of 2 nats, is the CRF feature `nm=`
(`features.py`); on ANERcorp train it tells person words from other words with an AUC of 0.90 among
words no gazetteer lists.

The two models ship as backoff tables in `data/ner/name_shape.tsv.gz`. wordfreq is not a dependency; to rebuild the file:

    pip install wordfreq==3.1.1
    python -m marsad.models.name_shape
"""

from __future__ import annotations

import argparse
import gzip
import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from marsad.errors import ModelError
from marsad.models.gazetteers import (
    DATA_DIR,
    city_names,
    country_names,
    read_open_names,
    word_key,
    write_lines,
)

NAME_SHAPE_FILE = DATA_DIR / "name_shape.tsv.gz"
ORDER = 4
DISCOUNT = 0.75
BUCKET_NATS = 2.0
MAX_BUCKET = 4
MIN_LENGTH = 3  # shorter keys («ان», «لم») say nothing by their letters
COMMON_WORDS = 300_000  # wordfreq's most frequent Arabic words read for the common model
_START, _END = "^", "$"


class CharNgrams:
    """Counts of a character n-gram model of word types, turned into a backoff table.

    Absolute discounting interpolated with the lower orders. Only the full-order counts are kept:
    every lower-order count is a marginal of them (each letter position has a full padded history,
    so summing over the history's first letter gives the shorter history's count).
    """

    def __init__(self, counts: dict[str, int], order: int = ORDER) -> None:
        self.order = order
        self.counts: Counter[str] = Counter()
        for gram, n in counts.items():
            for k in range(order):
                self.counts[gram[k:]] += n
        self.totals: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        for gram, n in self.counts.items():
            self.totals[gram[:-1]] += n
            self.kinds[gram[:-1]] += 1
        self.alphabet = 1 + sum(1 for gram in self.counts if len(gram) == 1)

    def prob(self, history: str, letter: str) -> float:
        """P(letter | history), interpolated from the shortest history up."""
        prob = (self.counts.get(letter, 0) + 1) / (self.totals[""] + self.alphabet)
        for k in range(len(history) - 1, -1, -1):
            h = history[k:]
            total = self.totals.get(h, 0)
            if total:
                seen = max(self.counts.get(h + letter, 0) - DISCOUNT, 0.0)
                prob = seen / total + DISCOUNT * self.kinds[h] / total * prob
        return prob

    def table(self) -> BackoffTable:
        """The same probabilities as a backoff table: one look-up per letter for seen n-grams."""
        logprob = {gram: math.log(self.prob(gram[:-1], gram[-1])) for gram in self.counts}
        logprob[""] = math.log(1 / (self.totals[""] + self.alphabet))  # a letter never seen
        logbow = {h: math.log(DISCOUNT * self.kinds[h] / t) for h, t in self.totals.items() if h}
        return BackoffTable(logprob, logbow, self.order)


class BackoffTable:
    """log P(letter | history) of seen n-grams, and the backoff weight of each seen history."""

    def __init__(self, logprob: dict[str, float], logbow: dict[str, float], order: int = ORDER) -> None:
        self.logprob = logprob
        self.logbow = logbow
        self.order = order

    def log_prob(self, word: str) -> float:
        """Natural log of the word's probability, its end included."""
        padded = _START * (self.order - 1) + word + _END
        total = 0.0
        for i in range(self.order - 1, len(padded)):
            letter = padded[i]
            history = padded[i - self.order + 1:i]
            while True:
                found = self.logprob.get(history + letter)
                if found is not None:
                    total += found
                    break
                if not history:
                    total += self.logprob[""]
                    break
                total += self.logbow.get(history, 0.0)
                history = history[1:]
        return total


def full_order_counts(words: Iterable[str], order: int = ORDER) -> dict[str, int]:
    """Counts of the padded n-grams of full order over distinct words."""
    counts: Counter[str] = Counter()
    for word in set(words):
        padded = _START * (order - 1) + word + _END
        for i in range(order - 1, len(padded)):
            counts[padded[i - order + 1:i + 1]] += 1
    return dict(counts)


class NameShape:
    """The name model against the common-word model: a bucketed log-likelihood ratio per word key."""

    def __init__(self, names: BackoffTable, common: BackoffTable) -> None:
        self.names = names
        self.common = common

    def ratio(self, key: str) -> float:
        return self.names.log_prob(key) - self.common.log_prob(key)

    def bucket(self, key: str) -> str | None:
        """`-4` … `4` (2 nats each), or None for short or non-letter keys."""
        if len(key) < MIN_LENGTH or not key.isalpha():
            return None
        return str(max(-MAX_BUCKET, min(MAX_BUCKET, math.floor(self.ratio(key) / BUCKET_NATS))))


def write_name_shape(names: BackoffTable, common: BackoffTable, out: Path) -> int:
    """Write `N|C<TAB>P|B<TAB>ngram<TAB>log` lines (gzip, sorted, no timestamp); returns their number.
    P: log-probability of the n-gram's last letter after the rest; B: backoff weight of a history."""
    lines = [f"{side}\t{kind}\t{gram}\t{value:.4f}"
             for side, table in (("N", names), ("C", common))
             for kind, values in (("P", table.logprob), ("B", table.logbow))
             for gram, value in sorted(values.items())]
    write_lines(lines, out)
    return len(lines)


def read_name_shape(path: Path) -> NameShape:
    tables: dict[str, tuple[dict[str, float], dict[str, float]]] = {"N": ({}, {}), "C": ({}, {})}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        for line in lines:
            side, kind, gram, value = line.split("\t")
            tables[side][kind == "B"][gram] = float(value)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot read the name shape table {path}: {exc}") from exc
    return NameShape(BackoffTable(*tables["N"]), BackoffTable(*tables["C"]))


@lru_cache(maxsize=1)
def load_name_shape() -> NameShape:
    """The shipped models, loaded once per process."""
    if not NAME_SHAPE_FILE.exists():
        raise ModelError(f"{NAME_SHAPE_FILE} is missing; run python -m marsad.models.name_shape")
    return read_name_shape(NAME_SHAPE_FILE)


def name_keys() -> set[str]:
    """Single-word keys of the open name lists, GeoNames cities and country names."""
    words = [name for _, name in read_open_names()]
    words += [name for name, _ in city_names()]
    words += list(country_names())
    return {word_key(w) for w in words if " " not in w.strip()} - {""}


def common_keys(names: set[str]) -> set[str]:
    """Keys of wordfreq's most frequent Arabic words that are not name words."""
    import wordfreq

    keys = {word_key(w) for w in wordfreq.top_n_list("ar", COMMON_WORDS, wordlist="large")}
    return {k for k in keys if len(k) >= 2 and k.isalpha() and k not in names}


def main(argv: list[str] | None = None) -> None:
    """Rebuild `data/ner/name_shape.tsv.gz` (needs wordfreq installed)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--out", type=Path, default=NAME_SHAPE_FILE)
    args = parser.parse_args(argv)
    names = name_keys()
    common = common_keys(names)
    tables = [CharNgrams(full_order_counts(keys)).table() for keys in (names, common)]
    n = write_name_shape(*tables, args.out)
    print(f"{len(names)} name keys, {len(common)} common keys, {n} lines -> {args.out}")


if __name__ == "__main__":
    main()
