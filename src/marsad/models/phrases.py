"""Longest-match lookup of multi-word phrases over a sentence's word keys, left to right."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence


def longest_matches(keys: Sequence[str], phrases: Mapping[tuple[str, ...], object] | Collection[tuple[str, ...]],
                    firsts: Collection[str], longest: int) -> list[tuple[int, int]]:
    """(start, end) of the longest phrases found; `firsts` are their first words (a fast pre-check)."""
    found = []
    i = 0
    while i < len(keys):
        if keys[i] not in firsts:
            i += 1
            continue
        for n in range(min(longest, len(keys) - i), 0, -1):
            if tuple(keys[i:i + n]) in phrases:
                found.append((i, i + n))
                i += n
                break
        else:
            i += 1
    return found
