"""Inflected forms of trigger words, generated from a few stems (all in normalized spelling).

A lexicon entry gives a verb as its past stem(s) and imperfect stem(s), a verbal noun as its
singular and plural(s). Arabic news uses the verb in every person, tense and voice; without
diacritics the passive is spelled like the active (قتل/قُتل), so generating the person and
number affixes and the object pronouns covers the voices too. Proclitics (و ف ب ل ال) are
not generated: matching strips them with `candidate_stems`.
"""

from __future__ import annotations

PERSON_PREFIXES = ("ي", "ت", "ن", "ا")
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")
FUTURE = "س"


def past_forms(stem: str) -> set[str]:
    """3rd/1st person past forms of a past stem (زار -> زارت، زاروا، زارا، زرنا is not generated)."""
    if stem.endswith(("ي", "ا")):  # defective: التقى/التقي, دعا
        base = stem[:-1]
        forms = {stem, base + "ت", base + "وا", base + "تا", stem + "ت", stem + "نا", stem + "تم"}
        forms.add(base + ("يا" if stem.endswith("ي") else "وا"))
        if stem.endswith("ي"):
            forms.add(base + "ا")  # التقاه: stem before a pronoun
    else:
        forms = {stem + s for s in ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "تما")}
    return forms | _with_objects(forms)


def present_forms(stem: str, future: bool = False) -> set[str]:
    """Imperfect forms of an imperfect stem (زور -> يزور، تزور، يزورون، يزوران...)."""
    if stem.endswith(("ي", "و")):  # يلتقي، يدعو
        bodies = {stem, stem[:-1] + "ون", stem + "ان", stem[:-1] + "وا", stem[:-1] + "ين"}
    else:
        bodies = {stem + s for s in ("", "ون", "ان", "ين", "وا", "ن")}
    forms = {p + b for p in PERSON_PREFIXES for b in bodies}
    forms |= _with_objects(forms)
    if future:
        return {FUTURE + f for f in forms}
    return forms


def noun_forms(singular: str, plurals: tuple[str, ...] = ()) -> set[str]:
    """A verbal noun with its feminine, dual, plural, accusative and possessive forms."""
    forms: set[str] = set()
    if singular.endswith("ه"):  # ta marbuta: زياره -> زيارات، زيارته، زيارتين
        base = singular[:-1]
        forms |= {singular, base + "ات", base + "تان", base + "تين"}
        forms |= {base + "ت" + p for p in OBJECT_PRONOUNS}
    else:
        forms |= {singular, singular + "ا", singular + "ان", singular + "ين"}
        forms |= {singular + p for p in OBJECT_PRONOUNS}
        if singular.endswith("ء"):  # the hamza sits on ي or و before a pronoun: لقائه، لقاؤه (لقاءه in the accusative)
            forms |= {singular[:-1] + seat + p for seat in ("ي", "و") for p in OBJECT_PRONOUNS}
    for plural in plurals:
        forms.add(plural)
        forms |= {plural + p for p in ("ه", "ها", "هم")}
    return {f for f in forms if len(f) >= 2}


def _with_objects(forms: set[str]) -> set[str]:
    out: set[str] = set()
    for form in forms:
        body = form[:-1] if form.endswith("وا") else form  # زاروا -> زاروه
        out |= {body + p for p in OBJECT_PRONOUNS}
    return out
