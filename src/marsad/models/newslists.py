"""The hand-written lists of the news rule layer (`data/ner/news.tsv`) and the KB's demonyms.

Phrases are stored as tuples of word keys: `word_key` (clitics and article removed) for lists
where the article does not matter (non-names, demonyms), and
the normalized word as written (`NewsLists.key`: clitics removed only when what remains is
listed, the article kept) where it does: «الرياض» the city is not «رياض» the
given name, «الأمير» is a title and «أمير» also a given name, «الهيئة» needs an official
adjective and «هيئة» does not.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.arabic.normalize import normalize
from marsad.models.gazetteers import _lexicon_lines, word_key
from marsad.models.kbnames import KB_FILE, name_key
from marsad.models.phrases import longest_matches

CLITIC_LETTERS = frozenset("وفبلك")
# Particles and function words that end an organisation's genitive chain (normalized).
FUNCTION_WORDS = frozenset({
    "في", "من", "علي", "الي", "عن", "مع", "بين", "ان", "او", "ثم", "قد", "لا", "لم", "لن", "ما", "كما",
    "حيث", "لدي", "منذ", "حول", "خلال", "عبر", "ضد", "نحو", "عند", "بعد", "قبل", "امام", "وفي", "ومن",
    "لها", "له", "لهم", "به", "بها", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "الذي", "التي",
})


@dataclass
class NewsLists:
    """The categories of news.tsv as look-up sets; see its header for what each means."""

    not_names: set[tuple[str, ...]] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    ranks: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    places: dict[tuple[str, ...], str] = field(default_factory=dict)
    agencies: dict[tuple[str, ...], str] = field(default_factory=dict)
    datelines: dict[tuple[str, ...], str] = field(default_factory=dict)
    clubs: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)
    weak_heads: set[str] = field(default_factory=set)
    head_adjectives: set[str] = field(default_factory=set)
    stops: set[str] = field(default_factory=set)
    surface: set[str] = field(default_factory=set)  # normalized words of listed names, as written
    words: set[str] = field(default_factory=set)  # normalized words of every name_key-matched list
    _keys: dict[str, str] = field(default_factory=dict)

    def key(self, token: str) -> str:
        """The token as the lists know it: a listed word as written («وزارة», «بريدة»), the same
        after one or two clitic letters («لوزارة», «ووزارة») or ل+ال («للمركز» -> «المركز»);
        otherwise its `name_key` (clitics removed, article kept)."""
        found = self._keys.get(token)
        if found is None:
            found = self._keys[token] = self._key(token)
        return found

    def _key(self, token: str) -> str:
        norm = normalize(token)
        if norm in self.words:
            return norm
        for n in (1, 2):
            if all(c in CLITIC_LETTERS for c in norm[:n]) and len(norm) - n >= 3:
                if norm[n:] in self.words:
                    return norm[n:]
                if norm[n - 1:].startswith("لل") and "ا" + norm[n:] in self.words:
                    return "ا" + norm[n:]
        return name_key(token)


def match_phrases(keys: Sequence[str], phrases: dict[tuple[str, ...], str]) -> list[tuple[int, int]]:
    """(start, end) of the longest listed phrases over a sentence's keys, left to right."""
    longest = max((len(k) for k in phrases), default=0)
    firsts = {k[0] for k in phrases if k}  # fast path: a phrase can only start at one of its first words
    return longest_matches(keys, phrases, firsts, longest)


def read_news_lists(with_kb: bool = True) -> NewsLists:
    """Load news.tsv; `with_kb`: add the demonyms of the actor KB (all their written forms)."""
    lists = NewsLists()
    for category, phrase in _lexicon_lines("news.tsv"):
        words = phrase.split()
        wkey = tuple(word_key(w) for w in words)
        nkey = tuple(normalize(w) for w in words)
        if category not in ("NOTNAME",):
            lists.words.update(nkey)
        if category == "NOTNAME":
            lists.not_names.add(wkey)
        elif category == "HONORIFIC":
            lists.honorifics.add(nkey[0])
        elif category == "RANK":
            lists.ranks.add(nkey[0])
            lists.honorifics.add(nkey[0])
        elif category in ("PLACE", "AGENCY", "DATELINE"):
            target = {"PLACE": lists.places, "AGENCY": lists.agencies, "DATELINE": lists.datelines}[category]
            target[nkey] = category
            lists.surface.update(normalize(w) for w in words)
        elif category == "CLUB":
            lists.clubs.add(nkey[0])
            lists.surface.add(nkey[0])
        elif category in ("HEAD", "WEAKHEAD"):
            lists.heads.add(nkey[0])
            if category == "WEAKHEAD":
                lists.weak_heads.add(nkey[0])
        elif category == "HEADADJ":
            lists.head_adjectives.add(nkey[0])
        elif category == "STOP":
            lists.stops.add(nkey[0])
    lists.stops |= FUNCTION_WORDS
    if with_kb and KB_FILE.exists():
        with gzip.open(KB_FILE, "rt", encoding="utf-8") as fh:
            for line in fh:
                for demonym in json.loads(line).get("demonyms", []):
                    if " " not in demonym:
                        lists.demonyms.add(word_key(demonym))
    return lists


@lru_cache(maxsize=1)
def load_news_lists() -> NewsLists:
    """The shipped lists, loaded once per process."""
    return read_news_lists()
