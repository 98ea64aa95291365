"""The NER tagger: CRF over `features`, then a small rule layer, on lists of surface tokens.

The same `NerTagger.entities` serves the pipeline stage and `evaluate_ner`, so what is
measured is what runs. The model file and gazetteer ship in `marsad/data/ner/` and are
loaded lazily, once per process (`load_tagger`).
"""

from __future__ import annotations

import gzip
import math
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
from marsad.models.kbnames import KbNames, load_kb_names, name_key
from marsad.models.rules import quoted_names
from marsad.models.stacking import stacked_features, window_memory

MODEL_FILE = "model.crfsuite"
STACKED_FILE = "model2.crfsuite"
VOCAB_FILE = "vocab.txt.gz"
PLACE_CATEGORIES = frozenset({"COUNTRY", "CITY"})
_NEG = -1e9
O_SCALE = 0.5  # weight of P(O) in decoding, chosen on ANERcorp development data
KB_CONFIDENCE = 0.85  # for a name found only in the actor KB


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """An entity over tokens [start, end) of a sentence."""

    type: str
    start: int
    end: int
    confidence: float
    source: str = "model"


class NerTagger:
    """Tags sentences of surface tokens with PER/ORG/LOC/MISC spans and their confidence.

    With a second model (`stacked`), a document is tagged twice: the second CRF also sees the
    first one's labels of the same words elsewhere in the document (`marsad.models.stacking`).
    """

    def __init__(self, model: Path, gazetteer: Gazetteer, vocab: frozenset[str] = frozenset(),
                 o_scale: float = 1.0, stacked: Path | None = None, kb: KbNames | None = None) -> None:
        self.gazetteer = gazetteer
        self.kb = kb
        self.features = FeatureExtractor(gazetteer)
        self.vocab = vocab
        self.o_scale = o_scale
        self._first = _open_crf(model)
        self._second = _open_crf(stacked) if stacked is not None else None
        final = self._second or self._first
        self._names = [label for label in final.labels() if label != "O"]
        labels = ["O", *self._names]
        # previous labels allowed before each label: I-X only after B-X or I-X
        self._allowed = [
            [j for j, prev in enumerate(labels) if not cur.startswith("I-") or prev[2:] == cur[2:]]
            for cur in labels
        ]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[TokenSpan]]:
        """Entity spans of each sentence of a document (a list of token lists)."""
        feats = [self.features.sentence(tokens) if tokens else [] for tokens in sentences]
        final = self._first
        if self._second is not None:
            first = [self._first.tag(f) if f else [] for f in feats]
            keys = [[self.features.info(t).key for t in tokens] for tokens in sentences]
            memory = window_memory(keys, first)
            feats = [stacked_features(f, k, lab, m) for f, k, lab, m in zip(feats, keys, first, memory, strict=True)]
            final = self._second
        found = [self._split_places(self._spans(final, f), tokens) for f, tokens in zip(feats, sentences, strict=True)]
        found = self._quoted_organisations(found, sentences)
        if self.kb is not None:
            found = [merge_kb(spans, self.kb.match([name_key(t) for t in tokens]))
                     for spans, tokens in zip(found, sentences, strict=True)]
        return found

    def entities(self, tokens: Sequence[str]) -> list[TokenSpan]:
        """Entity spans of one sentence, tagged on its own."""
        return self.tag_document([tokens])[0]

    def _quoted_organisations(self, found: list[list[TokenSpan]],
                              sentences: Sequence[Sequence[str]]) -> list[list[TokenSpan]]:
        """Quoted names after an organisation noun become ORG (`rules.quoted_names`), and so do
        the same names elsewhere in the document."""
        names: set[tuple[str, ...]] = set()
        out = []
        for spans, tokens in zip(found, sentences, strict=True):
            keys = [self.features.info(t).key for t in tokens]
            for start, end in quoted_names(tokens, keys):
                inside = [s for s in spans if s.start >= start and s.end <= end]
                if any(s.start < end and s.end > start and s not in inside for s in spans):
                    continue
                confidence = max((s.confidence for s in inside), default=KB_CONFIDENCE)
                spans = sorted([s for s in spans if s not in inside] +
                               [TokenSpan("ORG", start, end, confidence, "rule")], key=lambda s: s.start)
                names.add(tuple(keys[start:end]))
            out.append(spans)
        if not names:
            return out
        return [
            [TokenSpan("ORG", s.start, s.end, s.confidence, s.source)
             if tuple(self.features.info(t).key for t in tokens[s.start:s.end]) in names else s for s in spans]
            for spans, tokens in zip(out, sentences, strict=True)
        ]

    def _split_places(self, spans: list[TokenSpan], tokens: Sequence[str]) -> list[TokenSpan]:
        """A person name of three words or more ending in a country or big city («زار صدام حفتر
        إسطنبول») is a name followed by a place: the CRF runs them together."""
        out = []
        for span in spans:
            last = self.features.info(tokens[span.end - 1]).gaz if span.end - span.start >= 3 else ()
            if span.type == "PER" and ("COUNTRY" in last or "BIGCITY" in last):
                out.append(TokenSpan("PER", span.start, span.end - 1, span.confidence, span.source))
                out.append(TokenSpan("LOC", span.end - 1, span.end, span.confidence, "rule"))
            else:
                out.append(span)
        return out

    def _spans(self, crf: object, xseq: list[list[str]]) -> list[TokenSpan]:
        """Decode one sentence; confidence is the mean marginal probability of an entity's labels."""
        if not xseq:
            return []
        labels = crf.tag(xseq)
        if self.o_scale < 1.0:
            labels = self._biased_decode(crf, len(xseq))
        spans = []
        for kind, start, end in bio_spans(labels):
            probs = [crf.marginal(labels[i], i) for i in range(start, end)]
            spans.append(TokenSpan(kind, start, end, round(sum(probs) / len(probs), 4)))
        return spans

    def _biased_decode(self, crf: object, n: int) -> list[str]:
        """Viterbi over log marginals with P(O) scaled by `o_scale` and BIO constraints.

        A CRF trained on sparse names is timid; counting O for less trades precision for
        recall. Positions where O is near certain are fixed to O without asking the others.
        """
        marginal = crf.marginal
        names = self._names
        rows: list[list[float]] = []
        for i in range(n):
            p_o = marginal("O", i)
            if p_o > 0.995:
                rows.append([0.0] + [_NEG] * len(names))
                continue
            row = [math.log(p_o * self.o_scale + 1e-12)]
            row.extend(math.log(marginal(label, i) + 1e-12) for label in names)
            rows.append(row)
        labels = ["O", *names]
        allowed = self._allowed
        score = [rows[0][k] if not labels[k].startswith("I-") else _NEG for k in range(len(labels))]
        back: list[list[int]] = []
        for i in range(1, n):
            new_score, pointers = [], []
            for k in range(len(labels)):
                best_j, best_s = 0, _NEG * 2
                for j in allowed[k]:
                    if score[j] > best_s:
                        best_j, best_s = j, score[j]
                new_score.append(best_s + rows[i][k])
                pointers.append(best_j)
            score = new_score
            back.append(pointers)
        k = max(range(len(labels)), key=score.__getitem__)
        path = [k]
        for pointers in reversed(back):
            k = pointers[k]
            path.append(k)
        return [labels[k] for k in reversed(path)]

    def is_place(self, text: str) -> bool:
        """True when the (clitic-stripped) name is a country or city of the gazetteer."""
        from marsad.models.gazetteers import phrase_key

        key = phrase_key(text)
        cats = self.gazetteer.categories(key[0]) if len(key) == 1 else self.gazetteer.phrases.get(key, frozenset())
        return bool(cats & PLACE_CATEGORIES)

    def known(self, norm: str) -> bool:
        """A word seen in the training data or listed in the gazetteer (normalized form)."""
        return norm in self.vocab or norm in self.gazetteer.surface

    def is_name(self, norm: str) -> bool:
        """A word of a name listed in the gazetteer (normalized form)."""
        return norm in self.gazetteer.surface


def clitic_prefix_length(token: str, known: Callable[[str], bool],
                         is_name: Callable[[str], bool] = lambda _: False) -> int:
    """How many characters of `token` are conjunction/preposition clitics before a name.

    `is_name`: the normalized word is a listed name (gazetteer); `known`: a word of the
    training data. A listed name is never cut («كاليفورنيا», «بنغازي», «فيصل»). The article
    stays with the name; in «للجيش» (ل + الجيش, the article's alef dropped) only the preposition
    goes, leaving «لجيش», the closest the text allows. Before a word without the article, a
    clitic goes when what remains is a listed name; و/ف also when what remains is a known
    word, or when neither is known and what remains is long enough; ب/ل/ك when the remainder
    is known and the whole is not.
    """
    norm, index = normalize_with_map(token)
    if is_name(norm):
        return 0
    split = split_proclitics(norm)
    n = 0
    if "ال" in split.proclitics:
        n = sum(len(p) for p in split.proclitics[: split.proclitics.index("ال")])
    elif split.proclitics[-2:] == ("ل", "ل"):
        n = sum(len(p) for p in split.proclitics[:-1])
    else:
        whole_known = known(norm)
        for head in _bare_heads(norm):
            rest = norm[len(head):]
            conjunction = head in ("و", "ف")
            if (is_name(rest) or (conjunction and known(rest)) or (not whole_known and known(rest))
                    or (conjunction and not whole_known and len(rest) >= 3)):
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


def merge_kb(spans: list[TokenSpan], names: list[tuple[str, int, int]]) -> list[TokenSpan]:
    """Add KB names the model missed; a KB name covering model spans replaces them (its type wins).

    A model span that contains a KB name (a full name around a listed surname) is kept.
    """
    if not names:
        return spans
    out = list(spans)
    for kind, start, end in names:
        inside = [s for s in out if s.start >= start and s.end <= end]
        crossing = [s for s in out if s.start < end and s.end > start and s not in inside]
        if crossing:
            continue
        confidence = max((s.confidence for s in inside), default=KB_CONFIDENCE)
        out = [s for s in out if s not in inside]
        source = "model" if any(s.start == start and s.end == end for s in inside) else "gazetteer"
        out.append(TokenSpan(kind, start, end, confidence, source))
    return sorted(out, key=lambda s: s.start)


def _open_crf(path: Path) -> object:
    import pycrfsuite

    if not path.exists():
        raise ModelError(f"NER model {path} is missing; run python -m marsad.models.train")
    crf = pycrfsuite.Tagger()
    crf.open(str(path))
    return crf


def read_vocab(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def open_tagger(directory: Path, o_scale: float = O_SCALE, kb: bool = True) -> NerTagger:
    """A tagger from a model directory (model.crfsuite, [model2.crfsuite], gazetteer, vocab)."""
    stacked = directory / STACKED_FILE
    return NerTagger(directory / MODEL_FILE, read_gazetteer(directory / "gazetteer.tsv.gz"),
                     read_vocab(directory / VOCAB_FILE), o_scale, stacked if stacked.exists() else None,
                     load_kb_names() if kb else None)


@lru_cache(maxsize=1)
def load_tagger() -> NerTagger:
    """The shipped tagger, loaded on first use and shared by the whole process."""
    stacked = DATA_DIR / STACKED_FILE
    return NerTagger(DATA_DIR / MODEL_FILE, load_gazetteer(), read_vocab(DATA_DIR / VOCAB_FILE),
                     O_SCALE, stacked if stacked.exists() else None, load_kb_names())
