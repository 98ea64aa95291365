"""The loaded actor KB and its indexes: exact names, lemma-like keys, demonyms, role holders.

Loaded once per process (`KnowledgeBase.default()`) from `data/kb/kb.jsonl.gz`. Where layers
disagree, curated entries outrank country entries, which outrank CAMEO entries.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from marsad.errors import ModelError
from marsad.kb.countries import DATA_DIR
from marsad.kb.entries import Entry, Role
from marsad.kb.keys import index_keys, loose_key, query_keys

SOURCE_RANK = {"curated": 0, "iso": 1, "cameo": 2}


def source_rank(entry: Entry) -> int:
    return SOURCE_RANK.get(entry.source.split(":")[0], 3)


class KnowledgeBase:
    """Entries with exact, loose, demonym and role indexes."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: dict[str, Entry] = {}
        self.exact: dict[str, list[Entry]] = {}
        self.loose: dict[str, list[Entry]] = {}
        self.demonyms: dict[str, str] = {}
        self.holders: dict[tuple[str, str], list[tuple[Entry, Role]]] = {}
        self.countries: dict[str, Entry] = {}
        for entry in sorted(entries, key=source_rank):
            self._add(entry)

    def _add(self, entry: Entry) -> None:
        self.entries[entry.kb_id] = entry
        if entry.source == "iso" and entry.country:
            self.countries[entry.country] = entry
        for alias in entry.aliases:
            for key in index_keys(alias):
                _append(self.exact, key, entry)
            _append(self.loose, loose_key(alias), entry)
        for demonym in entry.demonyms:
            if entry.country:
                for key in index_keys(demonym) | {loose_key(demonym)}:
                    self.demonyms.setdefault(key, entry.country)
        for role in entry.roles:
            if role.role != "cameo" and role.country:
                self.holders.setdefault((role.role, role.country), []).append((entry, role))

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> KnowledgeBase:
        return cls.load(DATA_DIR / "kb.jsonl.gz")

    @classmethod
    def load(cls, path: Path) -> KnowledgeBase:
        if not path.exists():
            raise ModelError(f"actor KB {path} is missing; build it with `python -m marsad.kb.build`")
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return cls(Entry.from_dict(json.loads(line)) for line in handle if line.strip())

    def exact_match(self, text: str) -> list[Entry]:
        """Entries one of whose names is the mention (after clitic splitting)."""
        for key in query_keys(text):
            if key in self.exact:
                return self.exact[key]
        return []

    def loose_match(self, text: str) -> list[Entry]:
        """Entries matching on the lemma-like key (how CAMEO entries are written)."""
        for key in query_keys(text):
            found = self.loose.get(loose_key(key))
            if found:
                return found
        return []

    def demonym_country(self, text: str) -> str | None:
        """The country a nisba adjective or demonym names («التركية», «الأتراك»), or None."""
        for key in query_keys(text):
            if key in self.demonyms:
                return self.demonyms[key]
            if loose_key(key) in self.demonyms:
                return self.demonyms[loose_key(key)]
        return None

    def country(self, iso3: str) -> Entry | None:
        """The country entry of an ISO alpha-3 code."""
        return self.countries.get(iso3)

    def holder(self, role: str, country: str, on: str | None) -> Entry | None:
        """Who held `role` in `country` on the ISO date `on` (None when unknown or `on` is None)."""
        if on is None:
            return None
        active = [(e, r) for e, r in self.holders.get((role, country), []) if r.active(on)]
        if not active:
            return None
        return max(active, key=lambda pair: pair[1].start or "")[0]


def _append(index: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    if not key:
        return
    bucket = index.setdefault(key, [])
    if not any(e is entry for e in bucket):
        bucket.append(entry)
