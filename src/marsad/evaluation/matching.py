"""Surface-form matching shared by the scorers: normalized text, one leading clitic or the article off."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.arabic.normalize import normalize

_CLITICS = "وفبلك"
_QUOTES = "\"'“”«»‘’"


def form_variants(text: str) -> frozenset[str]:
    """The text after normalization, and with one leading clitic or the article removed.

    «للهجوم» is لـ + «الهجوم»: removing the clitic restores the article's unwritten alef.
    """
    norm = " ".join(normalize(text).strip(_QUOTES + " ").split())
    variants = {norm}
    if len(norm) > 3 and norm[0] in _CLITICS:
        variants.add(norm[1:])
    if norm.startswith("ال") and len(norm) > 4:
        variants.add(norm[2:])
    if norm.startswith("لل") and len(norm) > 4:  # لـ + the article, whose alef is not written
        variants.add("ا" + norm[1:])
    return frozenset(variants)


def matches(text: str, forms: Iterable[str]) -> bool:
    """True when `text` and one of `forms` share a variant."""
    mine = form_variants(text)
    return any(mine & form_variants(form) for form in forms)
