"""Consonant skeletons: compare an Arabic place name with Latin-script names.

Many GeoNames places carry no Arabic name (most towns of Turkey, Pakistan, the Maghreb). For
those the gazetteer keeps a skeleton of their Latin names, and a mention that matches nothing
else is compared by skeleton, restricted to the countries the article is about. Letters are
folded into coarse classes (vowels, و/ي and hamza/ayn dropped; ق/ك/c/q one class, ج/غ/g/j/ç
another, ...), so «كرك» and «Karak» both give «krk», «قرطاج» and «Carthage» both «krtj».
"""

from __future__ import annotations

import re
import unicodedata

from marsad.arabic.normalize import normalize

_ARABIC = {
    "ب": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "j", "غ": "j", "ح": "h", "ه": "h", "خ": "h",
    "د": "d", "ض": "d", "ذ": "d", "ر": "r", "ز": "z", "ظ": "z", "س": "s", "ص": "s", "ش": "s",
    "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "پ": "b", "گ": "j", "چ": "s", "ڤ": "f",
}
_LATIN_DIGRAPHS = (("sch", "s"), ("tch", "s"), ("dzh", "j"), ("dj", "j"), ("th", "t"), ("dh", "d"),
                   ("kh", "h"), ("gh", "j"), ("sh", "s"), ("ch", "s"), ("ph", "f"), ("ck", "k"), ("ou", ""))
_LATIN = {
    "b": "b", "p": "b", "t": "t", "d": "d", "j": "j", "g": "j", "h": "h", "r": "r", "z": "z", "s": "s",
    "f": "f", "v": "f", "k": "k", "q": "k", "c": "k", "l": "l", "m": "m", "n": "n", "x": "ks",
}
_TURKISH = str.maketrans({"ç": "j", "ş": "s", "ğ": "", "ı": "i", "Ç": "j", "Ş": "s", "İ": "i"})
MIN_CONSONANTS = 3


def arabic_skeleton(text: str) -> str:
    """The consonant skeleton of an Arabic name (article of the first word dropped)."""
    words = normalize(text).split()
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    return " ".join("".join(_ARABIC.get(ch, "") for ch in w) for w in words).strip()


def latin_skeleton(text: str) -> str:
    """The consonant skeleton of a Latin-script name («Suruç» -> «srj»)."""
    text = text.translate(_TURKISH)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    text = re.sub(r"^(al|el|as|ad|an|ar|at|az|ash|ad)[- ]", "", text)
    words = []
    for word in re.split(r"[\s\-]+", text):
        for digraph, value in _LATIN_DIGRAPHS:
            word = word.replace(digraph, value)
        words.append("".join(_LATIN.get(ch, "") for ch in word))
    return " ".join(w for w in words if w).strip()


def skeleton_keys(skeleton: str) -> set[str]:
    """Comparable keys: spaces removed, with and without a final h (ة is often not written:
    «بيشة» Bisha / Bishah), each at least 3 consonants long."""
    joined = skeleton.replace(" ", "")
    keys = {joined, joined.removesuffix("h")}
    return {k for k in keys if len(k) >= MIN_CONSONANTS}
