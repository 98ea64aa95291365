"""Open lists of person names for the NER gazetteer, extracted from the data of three PyPI packages.

ANERcorp's missed persons are mostly names it never saw in training, Arab and foreign; these lists
give the CRF a name feature for them (`docs/ner.md`). Sources, under open licences (attribution in
`data/ner/README.md`):

- Wikidata labels of people (CC0 1.0), as indexed by arabic-name-romanizer 0.2.0 (`names.sqlite3`,
  MIT): given names (WDGIVEN) and surnames (WDSURNAME) of people of Arab and neighbouring countries.
  Its rows from other sources, and its full names, are left out (full names as phrases did not help
  on the development blocks and would triple the gazetteer).
- arabnamer 0.1.3 (`dict_FINAL.json`, CC BY 4.0, E. Yousef, https://github.com/sayedyousef/arabnamer):
  Arabic spellings of 22,797 English names, mostly foreign (FOREIGNNAME, one entry per word).
- ArWikiCats 0.2.3 (`people/peoples.json`, MIT, I. Qasim): Arabic Wikipedia titles of 3,117 famous
  people (Arabic Wikipedia titles), whose last word is a FOREIGNNAME.

The packages are not dependencies. To rebuild `data/ner/open_names.tsv.gz`:

    pip download --no-deps -d WHEELS arabic-name-romanizer==0.2.0 arabnamer==0.1.3 arwikicats==0.2.3
    python -m marsad.models.open_names --wheels WHEELS
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from marsad.errors import ModelError
from marsad.models.gazetteers import OPEN_NAMES_FILE, write_lines

_ARABIC_WORDS = re.compile(r"^[\u0621-\u064A\u0671-\u06D3]+( [\u0621-\u064A\u0671-\u06D3]+)*$")
_WHEELS = {
    "romanizer": ("arabic_name_romanizer-0.2.0-", "arabic_name_romanizer/resources/names.sqlite3"),
    "arabnamer": ("arabnamer-0.1.3-", "arabnamer/data/dict_FINAL.json"),
    "arwikicats": ("arwikicats-0.2.3-", "ArWikiCats/jsons/people/peoples.json"),
}


def wikidata_names(sqlite_path: Path) -> Iterator[tuple[str, str]]:
    """(category, name) from the Wikidata rows of arabic-name-romanizer's index."""
    with sqlite3.connect(sqlite_path) as db:
        for key, role in db.execute("SELECT DISTINCT arabic_key, role FROM units WHERE source = 'wikidata'"):
            if role in ("given", "surname") and _ARABIC_WORDS.match(key) and " " not in key:
                yield ("WDGIVEN" if role == "given" else "WDSURNAME"), key


def foreign_names(spellings: dict[str, str]) -> Iterator[tuple[str, str]]:
    """FOREIGNNAME per word of arabnamer's Arabic spellings."""
    for arabic in spellings.values():
        arabic = arabic.strip()
        if _ARABIC_WORDS.match(arabic):
            yield from (("FOREIGNNAME", word) for word in arabic.split())


def famous_people(titles: dict[str, str]) -> Iterator[tuple[str, str]]:
    """The surnames (last words) of ArWikiCats' people, as FOREIGNNAME."""
    for arabic in titles.values():
        arabic = arabic.strip()
        if _ARABIC_WORDS.match(arabic):
            yield "FOREIGNNAME", arabic.split()[-1]


def extract(wheels: Path) -> list[tuple[str, str]]:
    """All (category, name) rows from the three wheels in directory `wheels`, sorted."""
    rows: set[tuple[str, str]] = set()
    with tempfile.TemporaryDirectory() as tmp:
        sqlite_path = Path(tmp) / "names.sqlite3"
        sqlite_path.write_bytes(_member(wheels, "romanizer"))
        rows.update(wikidata_names(sqlite_path))
    rows.update(foreign_names(json.loads(_member(wheels, "arabnamer"))))
    rows.update(famous_people(json.loads(_member(wheels, "arwikicats"))))
    return sorted(rows)


def _member(wheels: Path, source: str) -> bytes:
    prefix, member = _WHEELS[source]
    found = sorted(wheels.glob(prefix + "*.whl"))
    if not found:
        raise ModelError(f"no {prefix}*.whl in {wheels}; see `python -m marsad.models.open_names --help`")
    with zipfile.ZipFile(found[0]) as wheel:
        return wheel.read(member)


def main(argv: list[str] | None = None) -> None:
    """Command line: python -m marsad.models.open_names --wheels DIR [--out FILE]."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wheels", type=Path, required=True, help="directory holding the three wheels")
    parser.add_argument("--out", type=Path, default=OPEN_NAMES_FILE)
    args = parser.parse_args(argv)
    try:
        rows = extract(args.wheels)
    except ModelError as exc:
        parser.exit(2, f"{exc}\n")
    write_lines([f"{c}\t{n}" for c, n in rows], args.out)
    print(len(rows), "names written to", args.out)


if __name__ == "__main__":
    main()
