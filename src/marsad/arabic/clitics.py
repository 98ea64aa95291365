"""Clitic analysis of one Arabic word: proclitics (و ف ب ل ك س ال) and pronoun suffixes.

Without a full morphological analyser the split is a heuristic: the article and the
prepositions before it are reliable; a bare و/ف/ب/ل/ك is split only when what remains
is long enough, or a known word when a lexicon is given. The split is made on the
normalized form and reported as lengths of the *normalized* string.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
# Pronoun suffixes, longest first; in normalized form (ة is already ه, so ه is ambiguous).
ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي")

MIN_STEM = 2

# Words whose initial ال is part of the word (relative pronouns, form-VIII verbs of roots
# in ل, and their verbal nouns), in normalized form: never split as the article.
NOT_ARTICLE = frozenset({
    "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللايي",
    "الله", "اللهم", "الا", "الي", "الان",
    "التقي", "التقت", "التقوا", "التقيا", "التقاء", "التقاءه", "التحق", "التحقت", "التحاق",
    "التزم", "التزمت", "التزام", "التمس", "التماس", "التف", "التفاف", "التفت", "التهم", "التهمت",
    "الغي", "الغت", "الغاء", "القي", "القت", "القاء",
})


@dataclass(frozen=True, slots=True)
class CliticSplit:
    proclitics: tuple[str, ...]
    stem: str
    enclitic: str = ""

    @property
    def prefix_len(self) -> int:
        return sum(len(p) for p in self.proclitics)


def split_proclitics(norm: str, known: Collection[str] | None = None) -> CliticSplit:
    """Split the proclitics off a normalized word.

    `known`: optional set of normalized stems; when given, a bare one-letter proclitic is
    removed only if the word itself is unknown and the remainder is known.
    """
    if known is None:
        return _split_cached(norm)
    return _split(norm, known)


@lru_cache(maxsize=200_000)  # news vocabulary is Zipfian: most words come back in every article
def _split_cached(norm: str) -> CliticSplit:
    return _split(norm, None)


def _split(norm: str, known: Collection[str] | None) -> CliticSplit:
    """`split_proclitics` without the cache (the split is immutable, so cached results are shared)."""
    for conj in ("", *CONJUNCTIONS):
        if conj and not norm.startswith(conj):
            continue
        rest = norm[len(conj):]
        if rest in NOT_ARTICLE:
            return CliticSplit(_nonempty(conj), rest)
        # (و|ف)? + (ب|ك|ل)? + ال + stem, and the contracted لل = ل + ال.
        if rest.startswith("لل") and len(rest) - 2 >= MIN_STEM:
            return CliticSplit(_nonempty(conj, "ل", "ل"), rest[2:])
        for prep in ("", *PREPOSITIONS):
            if prep and not rest.startswith(prep):
                continue
            tail = rest[len(prep):]
            if tail.startswith(ARTICLE) and len(tail) - 2 >= MIN_STEM:
                return CliticSplit(_nonempty(conj, prep, ARTICLE), tail[2:])
    return _split_bare(norm, known)


def _split_bare(norm: str, known: Collection[str] | None) -> CliticSplit:
    """One conjunction and/or one preposition before a word without the article."""
    if known is not None and norm in known:
        return CliticSplit((), norm)
    for conj in ("", *CONJUNCTIONS):
        if conj and not norm.startswith(conj):
            continue
        for prep in (*PREPOSITIONS, ""):  # longest split first
            if not conj and not prep:
                continue
            head = conj + prep
            if not norm.startswith(head):
                continue
            rest = norm[len(head):]
            if known is not None:
                if rest in known:
                    return CliticSplit(_nonempty(conj, prep), rest)
            elif len(rest) >= 4:
                return CliticSplit(_nonempty(conj, prep), rest)
    return CliticSplit((), norm)


def split_enclitic(stem: str, known: Collection[str]) -> tuple[str, str]:
    """Split a pronoun suffix off a stem when the remainder is a known word."""
    for suffix in ENCLITICS:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3 and stem[: -len(suffix)] in known:
            return stem[: -len(suffix)], suffix
    return stem, ""


# Suffixes split without a lexicon: unambiguous enough after a stem of 3+ letters. A bare ه,
# ك, ي or نا is left on the word (too many nouns end so: اتجاه، ملك، عربي، هنا).
SAFE_ENCLITICS = ("هما", "كما", "ها", "هم", "هن", "كم", "كن")


def split_safe_enclitic(stem: str, has_article: bool) -> tuple[str, str]:
    """Split a pronoun suffix off a stem; a word with the article takes none."""
    if has_article:
        return stem, ""
    for suffix in SAFE_ENCLITICS:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            return stem[: -len(suffix)], suffix
    return stem, ""


def candidate_stems(norm: str) -> list[str]:
    """Every plausible stem of a word, longest first: for gazetteer and lexicon look-ups."""
    return list(_candidate_stems(norm))  # a fresh list: callers may change it


@lru_cache(maxsize=200_000)  # the same words come back in every article
def _candidate_stems(norm: str) -> tuple[str, ...]:
    stems = [norm]
    for conj in ("", *CONJUNCTIONS):
        for prep in ("", *PREPOSITIONS):
            head = conj + prep
            if head and norm.startswith(head) and len(norm) - len(head) >= MIN_STEM:
                stems.append(norm[len(head):])
        if norm.startswith(conj + "لل") and len(norm) - len(conj) - 2 >= MIN_STEM:
            stems.append(norm[len(conj) + 2:])
    for stem in list(stems):
        if stem.startswith(ARTICLE) and len(stem) - 2 >= MIN_STEM:
            stems.append(stem[2:])
    seen: dict[str, None] = {}
    for s in stems:
        seen.setdefault(s, None)
    return tuple(seen)


def _nonempty(*parts: str) -> tuple[str, ...]:
    return tuple(p for p in parts if p)
