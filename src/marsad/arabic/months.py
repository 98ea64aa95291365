"""Calendar words of Arabic news: Gregorian months in every regional naming, Hijri months,
weekdays, decades, and the modifiers that anchor them ("الماضي", "المقبل", "مطلع" ...).

Every key is in the *normalized* form of `arabic.normalize` (أ إ آ -> ا, ى -> ي, ة -> ه,
diacritics and tatweel dropped), because matching runs on the normalized view of a text.
Pure tables and lookups: nothing here knows about documents or dates.
"""

from __future__ import annotations

# Gregorian months. Eastern (Egypt, Gulf) names, Levantine/Iraqi Syriac names, Maghrebi
# (Algeria, Tunisia: from French) and Moroccan variants all map to the month number.
GREGORIAN_MONTHS: dict[str, int] = {
    # Eastern / Gulf / Egypt
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine and Iraqi
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
    "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين اول": 10, "تشرين الثاني": 11,
    "تشرين ثاني": 11, "كانون الاول": 12, "كانون اول": 12,
    # Maghrebi (Algeria, Tunisia)
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    # Moroccan
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}

# Month names that are also ordinary words or names (مارس "he practised", اب "father",
# نيسان the car maker, جوان a given name, ماي "my water", مايو of "مايو كلينيك"): matched only with a date
# context (a day number, a year, the word شهر, a modifier, or a paired form).
AMBIGUOUS_GREGORIAN = frozenset({"مارس", "اب", "نيسان", "جوان", "ماي", "اوت", "غشت", "مايو"})

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "المحرم": 1, "صفر": 2,
    "ربيع الاول": 3, "ربيع اول": 3,
    "ربيع الاخر": 4, "ربيع الثاني": 4, "ربيع ثاني": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5,
    "جمادي الاخره": 6, "جمادي الثانيه": 6, "جمادي الاخر": 6, "جمادي الثاني": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذا القعده": 11,
    "ذو الحجه": 12, "ذي الحجه": 12, "ذا الحجه": 12,
}

# Hijri names that are common given names or words (صفر "zero", رجب طيب أردوغان, محرم
# "forbidden"): they need a day, a year, the word شهر or a modifier.
AMBIGUOUS_HIJRI = frozenset({"محرم", "المحرم", "صفر", "رجب", "شعبان", "رمضان", "شوال"})

# Islamic holidays fixed in the Hijri calendar: name -> (Hijri month, day).
HIJRI_HOLIDAYS: dict[str, tuple[int, int]] = {
    "عيد الفطر": (10, 1), "عيد الاضحي": (12, 10), "يوم عرفه": (12, 9), "يوم عرفات": (12, 9),
    "راس السنه الهجريه": (1, 1), "يوم عاشوراء": (1, 10), "المولد النبوي": (3, 12),
}

# Weekdays with the Python numbering (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}

# Modifiers after a month, weekday or period noun: -1 the previous one, +1 the next one,
# 0 the current one.
RELATIVE_MODIFIERS: dict[str, int] = {
    "الماضي": -1, "الماضيه": -1, "المنصرم": -1, "المنصرمه": -1, "الفايت": -1, "الفايته": -1,
    "المنقضي": -1, "المنقضيه": -1,
    "المقبل": 1, "المقبله": 1, "القادم": 1, "القادمه": 1,
    "الجاري": 0, "الجاريه": 0, "الحالي": 0, "الحاليه": 0,
}

# Plural/dual modifiers of a stretch of periods ("السنوات الخمس المقبلة").
PLURAL_MODIFIERS: dict[str, int] = {
    "الماضيه": -1, "الماضيين": -1, "الماضيان": -1, "الاخيره": -1, "الاخيرين": -1, "الاخيران": -1,
    "المنصرمه": -1, "الفايته": -1, "السابقه": -1, "المنقضيه": -1,
    "المقبله": 1, "المقبلين": 1, "المقبلان": 1, "القادمه": 1, "القادمين": 1, "القادمان": 1,
}

# Words before a month or year that name a part of it; the value keeps the whole period.
PART_WORDS = (
    "مطلع", "مستهل", "اوايل", "بدايه", "بدايات", "منتصف", "اواسط", "اواخر", "نهايه", "نهايات", "ختام",
    "اول", "اخر", "غره", "صيف", "شتاء", "ربيع", "خريف",
)

# Decades: the stem of the decade word (العشرينات/العشرينيات ...) -> first year in the century.
DECADES: dict[str, int] = {
    "العشرين": 20, "الثلاثين": 30, "الاربعين": 40, "الخمسين": 50, "الستين": 60,
    "السبعين": 70, "الثمانين": 80, "التسعين": 90,
}

# Centuries named in the news, as (first year, last year).
CENTURIES: dict[str, tuple[int, int]] = {
    "القرن الماضي": (1901, 2000), "القرن العشرين": (1901, 2000), "القرن العشرون": (1901, 2000),
    "القرن التاسع عشر": (1801, 1900), "القرن الحالي": (2001, 2100),
    "القرن الحادي والعشرين": (2001, 2100), "القرن الحادي والعشرون": (2001, 2100),
}

# Period nouns (normalized, with and without the article) -> unit.
PERIOD_UNITS: dict[str, str] = {
    "يوم": "day", "يوما": "day", "ايام": "day", "يومين": "day", "يومان": "day",
    "اسبوع": "week", "اسبوعا": "week", "اسابيع": "week", "اسبوعين": "week", "اسبوعان": "week",
    "شهر": "month", "شهرا": "month", "اشهر": "month", "شهور": "month", "شهرين": "month", "شهران": "month",
    "عام": "year", "عاما": "year", "اعوام": "year", "عامين": "year", "عامان": "year",
    "سنه": "year", "سنوات": "year", "سنين": "year", "سنتين": "year", "سنتان": "year",
    "عقد": "decade", "عقدا": "decade", "عقود": "decade", "عقدين": "decade", "عقدان": "decade",
}

# Dual forms carry their own count ("عامين" = two years).
DUAL_UNITS = frozenset({
    "يومين", "يومان", "اسبوعين", "اسبوعان", "شهرين", "شهران", "عامين", "عامان", "سنتين", "سنتان",
    "عقدين", "عقدان",
})


def gregorian_month(name: str) -> int | None:
    """Month number (1-12) of a normalized Gregorian month name in any regional naming."""
    return GREGORIAN_MONTHS.get(_squash(name))


def hijri_month(name: str) -> int | None:
    """Month number (1-12) of a normalized Hijri month name."""
    return HIJRI_MONTHS.get(_squash(name))


def hijri_holiday(name: str) -> tuple[int, int] | None:
    """(Hijri month, day) of a normalized holiday name ("عيد الفطر" -> (10, 1))."""
    return HIJRI_HOLIDAYS.get(_squash(name))


def weekday(name: str) -> int | None:
    """Python weekday (Monday = 0) of a normalized weekday name, with or without "يوم"."""
    name = _squash(name)
    name = name.removeprefix("يوم ")
    if not name.startswith("ال"):
        name = "ال" + name
    return WEEKDAYS.get(name)


def relative_offset(modifier: str) -> int | None:
    """-1, 0 or +1 for a singular modifier ("الماضي", "الجاري", "المقبل"), else None."""
    return RELATIVE_MODIFIERS.get(modifier)


def period_unit(noun: str) -> str | None:
    """"day" | "week" | "month" | "year" | "decade" for a period noun, article optional."""
    if noun in PERIOD_UNITS:
        return PERIOD_UNITS[noun]
    if noun.startswith("ال"):
        return PERIOD_UNITS.get(noun[2:])
    return None


def _squash(name: str) -> str:
    return " ".join(name.split())
