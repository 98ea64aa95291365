"""Token features for the CRF: the clitic-stripped word, affixes, the article, shape, gazetteers
and the neighbouring words.

Arabic glues conjunctions, prepositions and the article to a name («وبأنقرة», «للجيش»), so
every look-up uses the word's *key* (normalized, proclitics and article removed) as well as its
normalized surface. Features of a word type are computed once and cached; only the context
features are built per occurrence, which keeps tagging fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.arabic.clitics import split_proclitics
from marsad.arabic.normalize import normalize, strip_diacritics
from marsad.models.gazetteers import Gazetteer

WINDOW = 2
Context = tuple[tuple[str, ...], ...]  # the features a word gives its neighbours at -2, -1, 1, 2
_CACHE_LIMIT = 300_000


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What the features need to know about one word type."""

    norm: str
    key: str
    prefix: str  # the proclitics, e.g. "وب", "ال", "لل"
    shape: str
    gaz: tuple[str, ...]  # gazetteer categories of the key
    own: tuple[str, ...]  # the word's own features


def _shape(word: str) -> str:
    if word.isdigit():
        return "num"
    if any(ch.isdigit() for ch in word):
        return "hasnum"
    if word.isascii() and word.isalpha():
        return "latin"
    if not any(ch.isalpha() for ch in word):
        return "punct"
    return "ar"


def _length_bucket(n: int) -> str:
    return str(n) if n <= 3 else ("4-5" if n <= 5 else "6+")


class FeatureExtractor:
    """Turns a sentence (a list of surface tokens) into CRF feature lists."""

    def __init__(self, gazetteer: Gazetteer, known: frozenset[str] | None = None) -> None:
        self.gazetteer = gazetteer
        # `known`: the attributes the models weigh; others are left out (crfsuite skips them anyway,
        # so the scores are the same, and passing fewer strings makes tagging faster). None: all.
        self.known = known
        self._cache: dict[str, WordInfo] = {}
        self._contexts: dict[str, Context] = {}

    def info(self, token: str) -> WordInfo:
        """The cached analysis of one surface token."""
        found = self._cache.get(token)
        if found is not None:
            return found
        norm = normalize(token)
        split = split_proclitics(norm)
        key = split.stem
        prefix = "".join(split.proclitics)
        gaz = tuple(sorted(self.gazetteer.categories(key) | self.gazetteer.categories(norm)))
        shape = _shape(norm)
        own = [
            "bias", f"w={norm}", f"k={key}", f"pre={prefix}", f"shape={shape}",
            f"len={_length_bucket(len(key))}",
            f"p2={key[:2]}", f"p3={key[:3]}", f"p4={key[:4]}",
            f"s1={key[-1:]}", f"s2={key[-2:]}", f"s3={key[-3:]}", f"s4={key[-4:]}",
        ]
        raw = strip_diacritics(token)
        own.append(f"raw1={raw[-1:]}")  # ة/ه, ى/ي: what normalization folds tells nouns from names
        own.append(f"raw0={raw[:1]}")
        if "ال" in split.proclitics:
            own.append("article")
        if norm.endswith(("يه", "يون", "يين", "ي")) and "ال" in split.proclitics:
            own.append("nisba")  # «التركية», «الليبي»: adjectives of origin, often inside ORG names
        own.extend(f"g={g}" for g in gaz)
        if self.known is not None:
            own = [f for f in own if f in self.known]
        info = WordInfo(norm, key, prefix, shape, gaz, tuple(own))
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[token] = info
        return info

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Feature lists, one per token."""
        infos, contexts, occurrences = self.parts(tokens)
        n = len(infos)
        out: list[list[str]] = []
        for i, info in enumerate(infos):
            feats = list(info.own)
            if i >= 2:
                feats.extend(contexts[i - 2][0])
            if i >= 1:
                feats.extend(contexts[i - 1][1])
            if i + 1 < n:
                feats.extend(contexts[i + 1][2])
            if i + 2 < n:
                feats.extend(contexts[i + 2][3])
            feats.extend(occurrences[i])
            out.append(feats)
        return out

    def parts(self, tokens: Sequence[str]) -> tuple[list[WordInfo], list[Context], list[list[str]]]:
        """A sentence's features in three parts, so a tagger can sum each part's weights once per word type:
        each word's analysis (its `own` features), the features each word gives its neighbours at
        -2, -1, 1, 2 (`_context`, by word type), and the features of each occurrence: sentence
        boundaries, multi-word gazetteer matches, key bigrams."""
        infos = [self.info(t) for t in tokens]
        phrase = [""] * len(infos)
        for start, end, cats in self.gazetteer.match([i.key for i in infos]):
            for i in range(start, end):
                phrase[i] = ("B" if i == start else "I") + "-" + "|".join(sorted(cats))
        contexts = [self._context(t, info) for t, info in zip(tokens, infos, strict=True)]
        n = len(infos)
        keep = _always if self.known is None else self.known.__contains__
        occurrences: list[list[str]] = []
        for i, info in enumerate(infos):
            feats = []
            if phrase[i] and keep(feature := f"ph={phrase[i]}"):
                feats.append(feature)
            if i < 2 and keep(feature := "k[-2]=<s>"):
                feats.append(feature)
            if i >= 1:
                if phrase[i - 1] and keep(feature := f"ph[-1]={phrase[i - 1][:1]}"):
                    feats.append(feature)
            elif keep(feature := "k[-1]=<s>"):
                feats.append(feature)
            if i + 1 < n:
                if phrase[i + 1] and keep(feature := f"ph[1]={phrase[i + 1][:1]}"):
                    feats.append(feature)
            elif keep(feature := "k[1]=</s>"):
                feats.append(feature)
            if i + 2 >= n and keep(feature := "k[2]=</s>"):
                feats.append(feature)
            if i > 0 and keep(feature := f"k[-1]|k={infos[i - 1].key}|{info.key}"):
                feats.append(feature)
            if i + 1 < n and keep(feature := f"k|k[1]={info.key}|{infos[i + 1].key}"):
                feats.append(feature)
            occurrences.append(feats)
        return infos, contexts, occurrences

    def _context(self, token: str, info: WordInfo) -> Context:
        """The features a word gives its neighbours at offsets -2, -1, 1, 2 (cached by surface)."""
        found = self._contexts.get(token)
        if found is not None:
            return found
        parts = []
        for d in (-2, -1, 1, 2):
            feats = [f"k[{d}]={info.key}", *(f"g[{d}]={g}" for g in info.gaz)]
            if abs(d) == 1:
                feats += [f"w[{d}]={info.norm}", f"pre[{d}]={info.prefix}", f"shape[{d}]={info.shape}"]
            parts.append(tuple(f for f in feats if self.known is None or f in self.known))
        found = tuple(parts)
        if len(self._contexts) < _CACHE_LIMIT:
            self._contexts[token] = found
        return found


def _always(_feature: str) -> bool:
    return True
