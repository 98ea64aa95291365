"""The NER training corpora, read and mapped to marsad's model labels (PER ORG LOC MISC).

ANERcorp (CC BY-SA 4.0, CAMeL Lab split) uses PERS/ORG/LOC/MISC. The Wojood sample (MIT) has
21 nested types; we keep the outermost span of a type we model and map PERS->PER, ORG and
WEBSITE->ORG, GPE/LOC/FAC->LOC, EVENT/PRODUCT->MISC, everything else (NORP, OCC, DATE, numbers)
to O: ANERcorp does not mark nationalities or jobs, and mixing conventions costs recall. Two
Wojood conventions are brought to ANERcorp's: a place word before a name («قرية», «مدينة») is
left out of the span, and a country tagged ORG (an actor) becomes LOC.
"""

from __future__ import annotations

import os
from pathlib import Path

from marsad.models.bio import Sentence, SpanTuple, bio_spans, read_bio, spans_to_bio
from marsad.models.gazetteers import Gazetteer, word_key

ANERCORP_MAP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
WOJOOD_MAP = {
    "PERS": "PER", "ORG": "ORG", "WEBSITE": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "EVENT": "MISC", "PRODUCT": "MISC",
}
Tagged = tuple[list[str], list[str]]  # tokens, BIO labels


def shared_data_dir() -> Path:
    """`shared/data` beside the repository (or $MARSAD_SHARED/data)."""
    root = os.environ.get("MARSAD_SHARED")
    if root:
        return Path(root) / "data"
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def anercorp(path: Path) -> list[Tagged]:
    """ANERcorp sentences with PERS renamed PER."""
    out = []
    for sentence in read_bio(path):
        tokens = [t for t, _ in sentence]
        spans = [(ANERCORP_MAP.get(k, "MISC"), s, e) for k, s, e in bio_spans([tags[0] for _, tags in sentence])]
        out.append((tokens, spans_to_bio(spans, len(tokens))))
    return out


def wojood(path: Path, gazetteer: Gazetteer) -> list[Tagged]:
    """Wojood sentences mapped to the model's labels (see the module docstring)."""
    return [_wojood_sentence(s, gazetteer) for s in read_bio(path)]


def _wojood_sentence(sentence: Sentence, gazetteer: Gazetteer) -> Tagged:
    tokens = [t for t, _ in sentence]
    keys = [word_key(t) for t in tokens]
    columns = max(len(tags) for _, tags in sentence)
    chosen: list[SpanTuple] = []
    taken = [False] * len(tokens)
    for col in range(columns):
        tags = [tags[col] if col < len(tags) else "O" for _, tags in sentence]
        for kind, start, end in bio_spans(tags):
            mapped = WOJOOD_MAP.get(kind)
            if mapped is None or any(taken[start:end]):
                continue
            if mapped == "LOC" and end - start > 1 and "LOCHEAD" in gazetteer.categories(keys[start]):
                start += 1
            if mapped == "ORG" and end - start == 1 and "COUNTRY" in gazetteer.categories(keys[start]):
                mapped = "LOC"
            chosen.append((mapped, start, end))
            for i in range(start, end):
                taken[i] = True
    chosen.sort(key=lambda s: s[1])
    return tokens, spans_to_bio(chosen, len(tokens))
