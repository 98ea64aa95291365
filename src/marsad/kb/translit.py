"""A simple, deterministic Arabic -> Latin transliteration for names the KB does not know.

Not a scholarly romanization: consonants map one to one (th, kh, dh, sh, gh for the digraph
letters, an apostrophe for hamza and ayn), long vowels are written (ا a, و u, ي i), short
vowels only where diacritics mark them, the article becomes «al-» and each word is
capitalised, and a few very common name parts keep their usual spelling:
«صدام حفتر» -> «Sdam Hftr», «عبد الله» -> «Abd Allah». Its job is a readable,
stable `name_en` for unknown names, not pronunciation.
"""

from __future__ import annotations

from marsad.arabic.normalize import normalize

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "'", "ؤ": "'", "ئ": "'",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "ى": "a", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ڤ": "v", "ک": "k", "ی": "y",
    "\u064e": "a", "\u064f": "u", "\u0650": "i", "\u064b": "an", "\u064c": "un", "\u064d": "in",
}
_DIGITS = {chr(0x0660 + d): str(d) for d in range(10)}
# Very common name parts, in their usual spelling (keys in normalized form).
_COMMON = {
    "الله": "Allah", "عبد": "Abd", "محمد": "Muhammad", "احمد": "Ahmad", "محمود": "Mahmoud",
    "علي": "Ali", "عمر": "Omar", "عثمان": "Othman", "حسن": "Hassan", "حسين": "Hussein",
    "خالد": "Khalid", "ابراهيم": "Ibrahim", "يوسف": "Youssef", "مصطفي": "Mustafa",
    "صالح": "Saleh", "سعود": "Saud", "فهد": "Fahd", "عبدالله": "Abdullah", "بن": "bin", "ابو": "Abu",
}


def _word(word: str) -> str:
    known = _COMMON.get(normalize(word))
    if known:
        return known
    if word.startswith("ال") and len(word) > 3:
        return "al-" + _word(word[2:])
    out: list[str] = ["A"] if word.startswith("ع") else []
    for i, ch in enumerate(word):
        if i == 0 and ch == "ع":
            continue
        if ch in "وي":
            initial = i == 0
            follows_vowel = i > 0 and word[i - 1] in "اوي"
            if initial or follows_vowel or (i + 1 < len(word) and word[i + 1] in "اى"):
                out.append("w" if ch == "و" else "y")
            else:
                out.append("u" if ch == "و" else "i")
        elif ch in _LETTERS:
            out.append(_LETTERS[ch])
        elif ch in _DIGITS:
            out.append(_DIGITS[ch])
        elif ch in "\u0651\u0652\u0640\u0670":
            continue  # shadda, sukun, tatweel, dagger alef
        else:
            out.append(ch)
    text = "".join(out)
    return text if text == "bin" else text[:1].upper() + text[1:]


def transliterate(text: str) -> str:
    """A Latin rendering of an Arabic name, word by word."""
    words = [_word(w) for w in text.split()]
    result = " ".join(w for w in words if w)
    if result.startswith("al-"):
        result = "Al-" + result[3:]
    return result
