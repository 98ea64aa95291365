"""The NER tagger: two stacked CRFs over `features`, then a small rule layer, on lists of tokens.

The CRFs are trained with CRFsuite and run in numpy (`crf_model`, `linear_crf`): a word type's feature
weights are summed once, and a document's sentences are decoded together.

The same `NerTagger.tag_document` serves the pipeline stage and `evaluate_ner`, so what is
measured is what runs. The model files and gazetteer ship in `marsad/data/ner/` and are
loaded lazily, once per process (`load_tagger`).
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from marsad.errors import ModelError
from marsad.models.bio import bio_spans
from marsad.models.crf_model import CrfModel, JointScorer
from marsad.models.decode import biased_paths
from marsad.models.features import FeatureExtractor
from marsad.models.gazetteers import DATA_DIR, Gazetteer, load_gazetteer, phrase_key, read_gazetteer
from marsad.models.kbnames import KbNames, load_kb_names, name_key
from marsad.models.linear_crf import by_length, marginals, pad, viterbi
from marsad.models.newslists import load_news_lists
from marsad.models.newsrules import apply_news_rules
from marsad.models.offsets import clitic_prefix_length
from marsad.models.rules import merge_kb, quoted_organisations, split_trailing_places
from marsad.models.spans import TokenSpan
from marsad.models.stacking import stacking_features, window_memory

__all__ = ["NerTagger", "TokenSpan", "clitic_prefix_length", "load_tagger", "open_tagger"]

MODEL_FILE = "model.crfsuite"
STACKED_FILE = "model2.crfsuite"
VOCAB_FILE = "vocab.txt.gz"
PLACE_CATEGORIES = frozenset({"COUNTRY", "CITY"})
O_SCALE = 0.5  # weight of P(O) in decoding, chosen on ANERcorp development data


class NerTagger:
    """Tags documents (lists of token lists) with PER/ORG/LOC/MISC(/NORP) spans and a confidence.

    With a second model (`stacked`), a document is tagged twice: the second CRF also sees the
    first one's labels of the same words elsewhere in the document (`marsad.models.stacking`).
    """

    def __init__(self, model: Path, gazetteer: Gazetteer, vocab: frozenset[str] = frozenset(),
                 o_scale: float = 1.0, stacked: Path | None = None, kb: KbNames | None = None,
                 news: bool = True) -> None:
        self.gazetteer = gazetteer
        self.kb = kb
        self.news = news
        self._listed = load_news_lists().surface if news else frozenset()
        self.vocab = vocab
        self.o_scale = o_scale
        paths = [model] if stacked is None else [model, stacked]
        missing = next((path for path in paths if not path.exists()), None)
        if missing is not None:
            raise ModelError(f"NER model {missing} is missing; run python -m marsad.models.train")
        self._scorer = JointScorer(paths)
        self._first = self._scorer.models[0]
        self._second = self._scorer.models[1] if stacked is not None else None
        self.features = FeatureExtractor(gazetteer, self._scorer.attributes)

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[TokenSpan]]:
        """Entity spans of each sentence of a document (a list of token lists)."""
        parts = [self.features.parts(tokens) for tokens in sentences]
        infos = [p[0] for p in parts]
        keys = [[i.key for i in sentence] for sentence in infos]
        joint = [self._scorer.scores(tokens, p) if tokens else None for tokens, p in zip(sentences, parts, strict=True)]
        final = self._first
        scores = _columns(joint, final)
        if self._second is not None:
            first = [[final.labels[k] for k in path] for path in self._best_paths(final, scores)]
            memory = window_memory(keys, first)
            final = self._second
            scores = _columns(joint, final)
            for sentence_scores, k, lab, m in zip(scores, keys, first, memory, strict=True):
                final.add(sentence_scores, stacking_features(k, lab, m))
        found = [split_trailing_places(spans, lambda i, s=sentence: s[i].gaz)
                 for spans, sentence in zip(self._decode(final, scores), infos, strict=True)]
        found = quoted_organisations(found, keys, sentences)
        if self.kb is not None:
            found = [merge_kb(spans, self.kb.match([name_key(t) for t in tokens]))
                     for spans, tokens in zip(found, sentences, strict=True)]
        if self.news:
            found = apply_news_rules(found, sentences)
        return found

    def entities(self, tokens: Sequence[str]) -> list[TokenSpan]:
        """Entity spans of one sentence, tagged on its own."""
        return self.tag_document([tokens])[0]

    @staticmethod
    def _best_paths(crf: CrfModel, scores: list[np.ndarray]) -> list[list[int]]:
        """The CRF's Viterbi label indices of each sentence."""
        paths: list[list[int]] = [[] for _ in scores]
        for group in by_length([len(s) for s in scores]):
            padded, lengths = pad([scores[i] for i in group])
            for i, path in zip(group, viterbi(padded, lengths, crf.transition), strict=True):
                paths[i] = path
        return paths

    def _decode(self, crf: CrfModel, scores: list[np.ndarray]) -> list[list[TokenSpan]]:
        """Spans of each sentence: Viterbi over the marginals with P(O) weighted by `o_scale` (plain
        Viterbi at 1); confidence is the mean marginal probability of an entity's labels."""
        probs: list[np.ndarray] = [np.zeros((0, len(crf.labels))) for _ in scores]
        paths: list[list[int]] = [[] for _ in scores]
        for group in by_length([len(s) for s in scores]):
            padded, lengths = pad([scores[i] for i in group])
            for i, sentence_probs in zip(group, marginals(padded, lengths, crf.transition), strict=True):
                probs[i] = sentence_probs[:len(scores[i])]
            if self.o_scale >= 1.0:
                for i, path in zip(group, viterbi(padded, lengths, crf.transition), strict=True):
                    paths[i] = path
        if self.o_scale < 1.0:
            paths = biased_paths(probs, tuple(crf.labels), self.o_scale)
        found = []
        for sentence_probs, path in zip(probs, paths, strict=True):
            spans = []
            for kind, start, end in bio_spans([crf.labels[k] for k in path]):
                mean = sum(sentence_probs[j, path[j]] for j in range(start, end)) / (end - start)
                spans.append(TokenSpan(kind, start, end, round(float(mean), 4)))
            found.append(spans)
        return found

    def is_place(self, text: str) -> bool:
        """True when the (clitic-stripped) name is a country or city of the gazetteer."""
        key = phrase_key(text)
        cats = self.gazetteer.categories(key[0]) if len(key) == 1 else self.gazetteer.phrases.get(key, frozenset())
        return bool(cats & PLACE_CATEGORIES)

    def known(self, norm: str) -> bool:
        """A word seen in the training data or listed in the gazetteer (normalized form)."""
        return norm in self.vocab or norm in self.gazetteer.surface

    def is_name(self, norm: str) -> bool:
        """A word of a name listed in the gazetteer or the news lists (normalized form)."""
        return norm in self.gazetteer.surface or norm in self._listed


def _columns(joint: list[np.ndarray | None], model: CrfModel) -> list[np.ndarray]:
    """One model's (tokens, labels) scores of each sentence: a view of the joint scores (the stacking
    features are added to the second model's columns in place, after the first model was decoded)."""
    empty = np.zeros((0, len(model.labels)))
    return [empty if scores is None else scores[:, model.columns] for scores in joint]


def read_vocab(path: Path) -> frozenset[str]:
    """The normalized training words (`vocab.txt.gz`); empty when absent."""
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def open_tagger(directory: Path, o_scale: float = O_SCALE, kb: bool = True, news: bool = True) -> NerTagger:
    """A tagger from a model directory (model.crfsuite, [model2.crfsuite], gazetteer, vocab);
    `kb`, `news`: with the KB layer and the news rule layer (`marsad.models.newsrules`)."""
    stacked = directory / STACKED_FILE
    return NerTagger(directory / MODEL_FILE, read_gazetteer(directory / "gazetteer.tsv.gz"),
                     read_vocab(directory / VOCAB_FILE), o_scale, stacked if stacked.exists() else None,
                     load_kb_names() if kb else None, news)


@lru_cache(maxsize=1)
def load_tagger() -> NerTagger:
    """The shipped tagger, loaded on first use and shared by the whole process."""
    stacked = DATA_DIR / STACKED_FILE
    return NerTagger(DATA_DIR / MODEL_FILE, load_gazetteer(), read_vocab(DATA_DIR / VOCAB_FILE),
                     O_SCALE, stacked if stacked.exists() else None, load_kb_names())
