"""The NER tagger: CRF over `features`, then a small rule layer, on lists of surface tokens.

The same `NerTagger.entities` serves the pipeline stage and `evaluate_ner`, so what is
measured is what runs. The model file and gazetteer ship in `marsad/data/ner/` and are
loaded lazily, once per process (`load_tagger`).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.arabic.clitics import split_proclitics
from marsad.arabic.normalize import normalize_with_map
from marsad.errors import ModelError
from marsad.models.bio import bio_spans
from marsad.models.features import FeatureExtractor
from marsad.models.gazetteers import DATA_DIR, Gazetteer, load_gazetteer, read_gazetteer

MODEL_FILE = "model.crfsuite"
VOCAB_FILE = "vocab.txt.gz"
PLACE_CATEGORIES = frozenset({"COUNTRY", "CITY"})


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """An entity over tokens [start, end) of a sentence."""

    type: str
    start: int
    end: int
    confidence: float
    source: str = "model"


class NerTagger:
    """Tags sentences of surface tokens with PER/ORG/LOC/MISC spans and their confidence."""

    def __init__(self, model: Path, gazetteer: Gazetteer, vocab: frozenset[str] = frozenset()) -> None:
        import pycrfsuite

        if not model.exists():
            raise ModelError(f"NER model {model} is missing; run python -m marsad.models.train")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))
        self.gazetteer = gazetteer
        self.features = FeatureExtractor(gazetteer)
        self.vocab = vocab

    def labels(self, tokens: Sequence[str]) -> list[str]:
        """The CRF's BIO labels for one sentence."""
        if not tokens:
            return []
        return self._tagger.tag(self.features.sentence(tokens))

    def entities(self, tokens: Sequence[str]) -> list[TokenSpan]:
        """Entity spans of one sentence, each with the mean marginal probability of its labels."""
        labels = self.labels(tokens)
        spans = []
        for kind, start, end in bio_spans(labels):
            probs = [self._tagger.marginal(labels[i], i) for i in range(start, end)]
            spans.append(TokenSpan(kind, start, end, round(sum(probs) / len(probs), 4)))
        return spans

    def is_place(self, text: str) -> bool:
        """True when the (clitic-stripped) name is a country or city of the gazetteer."""
        from marsad.models.gazetteers import phrase_key

        key = phrase_key(text)
        cats = self.gazetteer.categories(key[0]) if len(key) == 1 else self.gazetteer.phrases.get(key, frozenset())
        return bool(cats & PLACE_CATEGORIES)

    def known(self, norm: str) -> bool:
        """A word seen in the training data or listed in the gazetteer (normalized form)."""
        return norm in self.vocab or norm in self.gazetteer.surface


def clitic_prefix_length(token: str, known: Callable[[str], bool], keep_lam_article: bool = True) -> int:
    """How many characters of `token` are conjunction/preposition clitics before a name.

    The article stays with the name («للجيش» keeps «لل», since its second ل is the article's).
    A bare clitic before a word without the article is removed when what remains is a known
    word and the whole is not; و/ف also when what remains is unknown but long enough.
    """
    norm, index = normalize_with_map(token)
    split = split_proclitics(norm)
    if "ال" in split.proclitics:
        before = split.proclitics[: split.proclitics.index("ال")]
        n = sum(len(p) for p in before)
    elif split.proclitics[-2:] == ("ل", "ل") and keep_lam_article:
        n = sum(len(p) for p in split.proclitics[:-2])
    else:
        n = 0
        if not known(norm):
            for head in _bare_heads(norm):
                rest = norm[len(head):]
                if known(rest) or (head in ("و", "ف") and len(rest) >= 3):
                    n = len(head)
                    break
    return index[n] if 0 < n < len(norm) else 0


def _bare_heads(norm: str) -> list[str]:
    heads = []
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ل", "ك"):
            head = conj + prep
            if head and norm.startswith(head) and len(norm) - len(head) >= 2:
                heads.append(head)
    return sorted(heads, key=len, reverse=True)


def read_vocab(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def open_tagger(directory: Path) -> NerTagger:
    """A tagger from a model directory (model.crfsuite, gazetteer.tsv.gz, vocab.txt.gz)."""
    gazetteer = read_gazetteer(directory / "gazetteer.tsv.gz")
    return NerTagger(directory / MODEL_FILE, gazetteer, read_vocab(directory / VOCAB_FILE))


@lru_cache(maxsize=1)
def load_tagger() -> NerTagger:
    """The shipped tagger, loaded on first use and shared by the whole process."""
    return NerTagger(DATA_DIR / MODEL_FILE, load_gazetteer(), read_vocab(DATA_DIR / VOCAB_FILE))

