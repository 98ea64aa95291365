"""Parse and clean the Arabic CAMEO actor dictionary of UniversalPetrarch (MIT).

The file lists a lemmatized, underscore-joined name per line, with either a code on the same
line («حركة_فتح_  [PSEPTY]») or one or more dated codes on the following indented lines
(«\t[IRQGOV 20101221-20140908]»). A code is an ISO alpha-3 country (or IGO/IMG/NGO) followed
by 3-letter sector codes; a trailing «?» marks the annotator's doubt. Dates are yyyymmdd;
«>d» means from d, «<d» until d, and an end before the start (often 18000101) means open.

Cleaning: names with punctuation, digits or over 6 words are dropped (sentence fragments slipped
in), CAMEO's MED (media) becomes PLOVER's JRN, unknown sector codes are ignored, and entries with
the same key are merged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from marsad.kb.entries import SECTORS, Entry, Role
from marsad.kb.keys import clean, loose_key

_CODE = re.compile(r"\[\s*([A-Z?]+)\s*([<>]?\s*\d{8})?\s*(?:-\s*(\d{8}))?\s*\]")
_BAD_NAME = re.compile(r"[0-9,،.;:!?()\"«»]")
_SECTOR_MAP = {"MED": "JRN", "HLH": "MED", "IMG": None, "MUS": None, "SHI": None, "SUN": None}
_BODIES = {"IGO", "NGO", "IMG"}
MAX_WORDS = 6


def parse_code(code: str, iso3: set[str]) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO code: «LBNGOVLEG» -> ("LBN", "GOV"); «IGO» -> (None, "IGO")."""
    code = code.replace("?", "")
    chunks = [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    country = None
    if chunks and chunks[0] in iso3:
        country = chunks.pop(0)
    sector = None
    for chunk in chunks:
        if chunk in _BODIES:
            sector = sector or ("NGO" if chunk == "NGO" else "IGO" if chunk == "IGO" else None)
            continue
        mapped = _SECTOR_MAP.get(chunk, chunk)
        if mapped in SECTORS:
            sector = sector or mapped
    return country, sector


def _date(value: str | None) -> str | None:
    if not value:
        return None
    digits = value.strip("<> ")
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"


def parse_roles(line: str, iso3: set[str]) -> list[Role]:
    """Every dated code on a line."""
    roles = []
    for match in _CODE.finditer(line):
        country, sector = parse_code(match.group(1), iso3)
        raw_start, raw_end = match.group(2), match.group(3)
        start, end = _date(raw_start), _date(raw_end)
        if raw_start and raw_start.strip().startswith("<"):
            start, end = None, start
        if start and end and end < start:
            end = None
        roles.append(Role("cameo", country, start, end, sector))
    return roles


def read_entries(path: Path, iso3: set[str]) -> Iterator[Entry]:
    """Entries of the dictionary file, cleaned, one per distinct name (not yet merged)."""
    current: Entry | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        if raw.lstrip().startswith("["):
            if current is not None:
                current.roles += parse_roles(raw, iso3)
            continue
        if current is not None and current.roles:
            yield _finish(current)
        name_part = raw.split("[", 1)[0]
        name = clean(name_part.replace("_", " "))
        current = None
        if not name or _BAD_NAME.search(name_part) or len(name.split()) > MAX_WORDS or len(name) < 2:
            continue
        written = " ".join(name_part.replace("_", " ").split())
        current = Entry(kb_id="", name_ar=written, aliases=[written], source="cameo")
        current.roles += parse_roles(raw, iso3)
    if current is not None and current.roles:
        yield _finish(current)


def _finish(entry: Entry) -> Entry:
    """Entry codes: the latest-starting role's (undated roles count as oldest)."""
    ordered = sorted(entry.roles, key=lambda r: r.start or "")
    entry.country = next((r.country for r in reversed(ordered) if r.country), None)
    entry.sector = next((r.sector for r in reversed(ordered) if r.sector), None)
    entry.roles = [r for r in ordered if r.start or r.end]
    return entry


def merge(entries: Iterator[Entry]) -> list[Entry]:
    """Merge entries with the same loose key; ids are «cameo:<key>» with spaces as «_»."""
    merged: dict[str, Entry] = {}
    for entry in entries:
        key = loose_key(entry.name_ar)
        if not key:
            continue
        if key in merged:
            seen = merged[key]
            seen.roles += [r for r in entry.roles if r not in seen.roles]
            seen.country = seen.country or entry.country
            seen.sector = seen.sector or entry.sector
        else:
            entry.kb_id = "cameo:" + key.replace(" ", "_")
            merged[key] = entry
    return list(merged.values())
