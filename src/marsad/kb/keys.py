"""Look-up keys for names: the forms under which the KB and the gazetteer index an Arabic name.

Two keys are used. `name_key` is the normalized name with the proclitics of its first word
(و ف ب ل ك, the article ال) removed and spaces collapsed: «وبأنقرة» and «أنقرة» share it.
`loose_key` additionally drops the article and the feminine ending from *every* word, which
is how the lemmatized CAMEO dictionary writes its entries («وزارة_دفاع_أميركي» matches
«وزارة الدفاع الأميركية»).
"""

from __future__ import annotations

import re

from marsad.arabic.clitics import candidate_stems, split_proclitics
from marsad.arabic.normalize import normalize

_NON_WORD = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACES = re.compile(r"\s+")
_ABD = re.compile(r"(?<!\S)عبد (?=\S)")
# A prefix like «لـ» written with tatweel is dropped by normalize(); «لـ30» keeps the ل.


def clean(text: str) -> str:
    """Normalized text with punctuation and underscores as spaces, spaces collapsed, and
    compound names joined («عبد العزيز» -> «عبدالعزيز», written both ways in the press)."""
    text = _SPACES.sub(" ", _NON_WORD.sub(" ", normalize(text))).strip()
    return _ABD.sub("عبد", text)


def name_key(text: str) -> str:
    """The key of a name: cleaned, with the proclitics of its first word stripped."""
    words = clean(text).split()
    if not words:
        return ""
    split = split_proclitics(words[0])
    if len(split.stem) >= 2:
        words[0] = split.stem
    return " ".join(words)


def index_keys(name: str) -> set[str]:
    """The keys a gazetteer/KB name is stored under: as written, and without its article.

    Proclitics other than the article are not stripped at index time: «بنغازي» must stay
    «بنغازي», not «نغازي»; the query side tries the possible splits instead.
    """
    words = clean(name).split()
    if not words:
        return set()
    keys = {" ".join(words)}
    bare = strip_article(words[0])
    if bare != words[0] and words[0].startswith("ال"):
        keys.add(" ".join([bare, *words[1:]]))
    return keys


def query_keys(text: str) -> list[str]:
    """Keys to try for a mention, most literal first: every clitic split of its first word."""
    words = clean(text).split()
    if not words:
        return []
    return [" ".join([stem, *words[1:]]) for stem in candidate_stems(words[0])]


def strip_article(word: str) -> str:
    """Drop a leading ال (after a conjunction/preposition too) when at least 2 letters remain."""
    for head in ("وال", "فال", "بال", "كال", "ال", "لل"):
        if word.startswith(head) and len(word) - len(head) >= 2:
            return word[len(head):]
    return word


def loose_key(text: str) -> str:
    """A lemma-like key: article and feminine ending dropped from every word.

    «الخطوط الجوية التركية» -> «خطوط جوي تركي»; the lemmatized CAMEO entry
    «وزارة_دفاع_أميركي_» -> «وزار دفاع اميركي».
    """
    out = []
    for word in clean(text).split():
        if len(word) == 1:
            continue  # a detached clitic of the lemmatized CAMEO entries («امين عام ل امه»)
        word = strip_article(word)
        if len(word) > 3 and word.endswith("ه"):
            word = word[:-1]
        if len(word) > 4 and word.endswith(("ون", "ين")) and word[-3] == "ي":
            word = word[:-2]  # nisba plural: ليبيون -> ليبي
        out.append(word)
    return " ".join(out)


