"""Names of the actor knowledge base as a high-precision layer over the CRF.

The KB (`marsad/data/kb/kb.jsonl.gz`, built and owned by `marsad.kb`) lists curated actors
(heads of state, ministers, armed forces, parties, media) and every country with its
demonyms. A name listed there is recognised even where the statistical model misses it, and
its type wins when the model found the same span with another type. Only the curated and ISO
entries are used: the CAMEO-derived ones are lemmatized and noisy.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from marsad.arabic.clitics import split_proclitics
from marsad.arabic.normalize import normalize
from marsad.models.gazetteers import MAX_PHRASE
from marsad.models.phrases import longest_matches

KB_FILE = Path(__file__).resolve().parents[1] / "data" / "kb" / "kb.jsonl.gz"
TRUSTED_SOURCES = ("curated", "iso")
MIN_CHARS = 3
KB_TO_MODEL = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP"}


SHORT_CLITICS = "وفبلك"


class KbNames:
    """Word-key phrases of KB names and their model type; longest match over a sentence."""

    def __init__(self, names: dict[tuple[str, ...], str]) -> None:
        self.names = names
        self.longest = max((len(k) for k in names), default=0)
        self._firsts = frozenset(k[0] for k in names if k)  # names cannot start at other words

    def match(self, keys: Sequence[str]) -> list[tuple[str, int, int]]:
        """(type, start, end) of the longest KB names in a sentence (words as `name_key`s).

        A short first word keeps its one-letter clitic in its key («لحزب»: the remainder is under four
        letters); it is read without it when only that opens a KB name («هجوم لحزب العمال الكردستاني»)."""
        keys = [k[1:] if k not in self._firsts and k[:1] in SHORT_CLITICS and k[1:] in self._firsts else k
                for k in keys]
        return [(self.names[tuple(keys[i:j])], i, j)
                for i, j in longest_matches(keys, self.names, self._firsts, self.longest)]


def read_kb_names(path: Path = KB_FILE) -> KbNames:
    """The trusted names of a KB file; an empty layer when the file is absent."""
    names: dict[tuple[str, ...], str] = {}
    if not path.exists():
        return KbNames(names)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            entry = json.loads(line)
            if not str(entry.get("source", "")).startswith(TRUSTED_SOURCES):
                continue
            kind = KB_TO_MODEL.get(entry.get("type") or "")
            if kind is None:
                continue
            for name in {entry.get("name_ar") or "", *entry.get("aliases", [])}:
                _add(names, name, kind)
            for demonym in entry.get("demonyms", []):
                _add(names, demonym, "NORP")
    return KbNames(names)


@lru_cache(maxsize=200_000)
def name_key(word: str) -> str:
    """A word normalized without its conjunction/preposition clitics but with its article:
    «وللأسد» -> «الاسد», which is not «اسد» (a lion)."""
    split = split_proclitics(normalize(word))
    has_article = "ال" in split.proclitics or split.proclitics[-2:] == ("ل", "ل")
    return ("ال" if has_article else "") + split.stem


def _add(names: dict[tuple[str, ...], str], name: str, kind: str) -> None:
    key = tuple(name_key(w) for w in name.split())
    if key and len("".join(key)) >= MIN_CHARS and len(key) <= MAX_PHRASE:
        names.setdefault(key, kind)


@lru_cache(maxsize=1)
def load_kb_names() -> KbNames:
    """The shipped KB's names, loaded once per process."""
    return read_kb_names()
