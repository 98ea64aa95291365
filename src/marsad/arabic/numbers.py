"""Arabic numbers written as words, cardinal and ordinal, in normalized form.

Time expressions count with words as often as with digits ("منذ ثلاثة أيام", "السنوات
الخمس المقبلة", "الخامس من أبريل"). `cardinal_value` and `ordinal_value` read such a phrase;
the word lists let a caller build a pattern. Digits need no table: `arabic.normalize` maps
Arabic-Indic and Persian digits to ASCII. Pure functions, no imports from marsad.
"""

from __future__ import annotations

UNITS: dict[str, int] = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
}
TEN: dict[str, int] = {"عشر": 10, "عشره": 10}
TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
# Normalized: ئ -> ي, so مئة is "ميه" and مائة "مايه".
HUNDREDS: dict[str, int] = {
    "ميه": 100, "مايه": 100, "ميتان": 200, "ميتين": 200, "مايتان": 200, "مايتين": 200,
    **{f"{unit}{hundred}": n * 100 for n, unit in enumerate(
        ["", "", "", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"]) if n >= 3
       for hundred in ("ميه", "مايه")},
}
THOUSANDS: dict[str, int] = {"الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الاف": 1000}

CARDINALS: dict[str, int] = {**UNITS, **TEN, **TENS, **HUNDREDS, **THOUSANDS}

# Ordinals, masculine and feminine (normalized: ى -> ي, ة -> ه), as used for days of a month.
ORDINAL_UNITS: dict[str, int] = {
    "الاول": 1, "الاولي": 1, "الحادي": 1, "الحاديه": 1, "الثاني": 2, "الثانيه": 2,
    "الثالث": 3, "الثالثه": 3, "الرابع": 4, "الرابعه": 4, "الخامس": 5, "الخامسه": 5,
    "السادس": 6, "السادسه": 6, "السابع": 7, "السابعه": 7, "الثامن": 8, "الثامنه": 8,
    "التاسع": 9, "التاسعه": 9, "العاشر": 10, "العاشره": 10,
}
ORDINAL_TENS: dict[str, int] = {"العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30}


def _strip_article(word: str) -> str:
    """Drop a leading article or conjunction: "الخمس" -> "خمس", "وعشرين" -> "عشرين"."""
    for prefix in ("وال", "ال", "و"):
        if word.startswith(prefix) and word[len(prefix):] in CARDINALS:
            return word[len(prefix):]
    return word


def is_cardinal_word(word: str) -> bool:
    """True for one normalized cardinal number word, article or و allowed ("الخمس", "وعشرين")."""
    return _strip_article(word) in CARDINALS


def cardinal_value(phrase: str) -> int | None:
    """The value of a normalized cardinal phrase: "ثلاثه" 3, "خمسه وعشرين" 25,
    "ثلاثه عشر" 13, "مئه وخمسين" 150, "ثلاثه الاف" 3000; digits pass through. None if unreadable.
    """
    phrase = phrase.strip()
    if phrase.isdigit():
        return int(phrase)
    words = [_strip_article(w) for w in phrase.replace(" و ", " و").split()]
    if not words or any(w not in CARDINALS for w in words):
        return None
    total, current = 0, 0
    for i, word in enumerate(words):
        if word in THOUSANDS:
            total += max(current, 1) * 1000 if word == "الاف" or current else THOUSANDS[word]
            current = 0
        elif word in TEN and i > 0 and words[i - 1] in UNITS:
            current += 10  # ثلاثه عشر: the unit was already added
        elif word in HUNDREDS and 0 < current < 10 and HUNDREDS[word] == 100:
            current *= 100  # ثلاث مئه
        else:
            current += CARDINALS[word]
    return total + current


def ordinal_value(phrase: str) -> int | None:
    """The value of a normalized ordinal phrase up to 31: "الخامس" 5, "الحادي عشر" 11,
    "الثالث والعشرين" 23, "العشرين" 20. None if unreadable.
    """
    words = phrase.split()
    if len(words) == 1:
        word = words[0]
        return ORDINAL_UNITS.get(word, ORDINAL_TENS.get(word))
    if len(words) == 2 and words[0] in ORDINAL_UNITS:
        unit = ORDINAL_UNITS[words[0]]
        second = words[1]
        if second in ("عشر", "عشره") and unit < 10:
            return unit + 10
        if second.startswith("و") and second[1:] in ORDINAL_TENS and unit < 10:
            return unit + ORDINAL_TENS[second[1:]]
    return None


def cardinal_words() -> list[str]:
    """Every cardinal word, longest first (for building an alternation pattern)."""
    return sorted(CARDINALS, key=len, reverse=True)


def ordinal_words() -> list[str]:
    """Every ordinal word, longest first."""
    return sorted({**ORDINAL_UNITS, **ORDINAL_TENS}, key=len, reverse=True)
