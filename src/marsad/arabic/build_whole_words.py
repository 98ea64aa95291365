"""Build `data/arabic/whole_words.txt.gz`: words whose first letter looks like a clitic and is not one.

    pip install wordfreq==3.1.1
    python -m marsad.arabic.build_whole_words

Without a morphological analyser, `marsad.arabic.clitics` splits a bare و ف ب ل ك off any word whose
remainder is long enough, and so reads «بلدات» as ب + «لدات», «لبنان» as ل + «بنان», «وزارة» as و + «زارة».
A word's frequency tells the two readings apart: were «بلدات» ب + «لدات», «لدات» would be at least as
frequent as «بلدات» (a preposition or conjunction is on a minority of a noun's occurrences), but it is
almost never written. A word is listed when it is at least `MIN_RATIO` times as frequent as what would
remain after its first letter, or `COMMON_RATIO` times when that remainder is itself a common word: adverbs
made with ب are frequent as units and are still ب + a noun («بانتظام» 3.6 × «انتظام», «بسرعة» 2.3 ×), which
the event coder reads as prepositional phrases. Words that carry a conjunction before the article are
tested the same way («والدة», «فالنسيا»); a preposition before the article («بالقاهرة») is always split.

Frequencies: wordfreq's large Arabic list (CC BY-SA 4.0), normalized forms summed.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from marsad.arabic.normalize import normalize

OUT = Path(__file__).resolve().parents[1] / "data" / "arabic" / "whole_words.txt.gz"
CLITIC_LETTERS = "وفبلك"
MIN_RATIO = 2.0  # «بلدات» against a rare remainder; below 2 lie prefixed words («بقيادة» 0.7 × «قيادة»)
COMMON_RATIO = 5.0  # «كتائب» 7 × «تائب», «ولايات» 6.5 ×; the adverbs with ب stay below (`whole_words`)
COMMON = 1e-6  # a remainder written once in a million words or more (Zipf 3) is a common word
MIN_LENGTH = 5  # a remainder under 4 letters is never split (`clitics._split_bare`)


def normalized_frequencies(raw: dict[str, float]) -> Counter[str]:
    """Word frequencies by normalized form (alef, ta marbuta and ya variants summed)."""
    freq: Counter[str] = Counter()
    for word, f in raw.items():
        norm = normalize(word)
        if norm.isalpha():
            freq[norm] += f
    return freq


def whole_words(freq: Counter[str], min_ratio: float = MIN_RATIO) -> list[str]:
    """Words of `freq` whose first letter is part of the word, by the frequency of what would remain."""
    found = []
    for word, f in freq.items():
        if len(word) < MIN_LENGTH or word[0] not in CLITIC_LETTERS:
            continue
        if word[0] in "بلك" and word[1:].startswith("ال") or word.startswith("لل"):
            continue  # a preposition before the article is always one
        rest = freq.get(word[1:], 0.0)
        if f >= (COMMON_RATIO if rest >= COMMON else min_ratio) * rest:
            found.append(word)
    return sorted(found)


def main() -> None:
    import wordfreq

    words = whole_words(normalized_frequencies(wordfreq.get_frequency_dict("ar", "large")))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(("\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
