"""Readers of calendar expressions (dates, months, years, ranges, holidays): turn one rule's
match into `(value, precision)`, or None to reject it. Relative ones are in `times.relative`.

A reader sees the match (on the normalized text; `m.pos` is the start of its sentence),
the publication `Anchor` (None when unknown) and the normalized text, for context checks.
"""

from __future__ import annotations

import re
from typing import Protocol

from marsad.arabic import months, numbers
from marsad.times import calendar as cal
from marsad.times import resolve as rv
from marsad.times.calendar import Anchor, add_months
from marsad.times.context import (
    bare_month_ok,
    bare_year_ok,
    future_context,
    hijri_bare_ok,
    word_before,
)
from marsad.times.patterns import MOD


class Groups(Protocol):
    """What a reader needs of a match: its named groups by key."""

    def __getitem__(self, key: str) -> str | None: ...


_NOT_DAY_NOUNS = frozenset({
    "الاسبوع", "الجوله", "المرحله", "الدور", "الفصل", "النصف", "الربع", "الشوط", "الدوره",
    "الاسابيع", "العشر", "الثلث", "الموسم", "العام", "الشهر",
})
_RELATIVE_YEAR = re.compile(rf"(?<!\w)(?:(هذا\s+العام|هذه\s+السنه)|(?:العام|السنه)\s+({MOD}))(?!\w)")
_YEAR_IN_TEXT = re.compile(r"(?<![\d.,])(1[3-5]\d\d|19\d\d|20\d\d)(?![\d]|[.,]\d)")


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _day(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else numbers.ordinal_value(" ".join(text.split()))


def count_of(text: str) -> int | None:
    """The value of a count written in digits or words ("ثلاثة", "خمسة وعشرين", "الـ35")."""
    text = " ".join(text.split())
    digits = text.removeprefix("ال").strip()
    return int(digits) if digits.isdigit() else numbers.cardinal_value(text)


def is_hijri_year(y: int, cal: str | None) -> bool:
    """A year is Hijri when marked so, or when it falls in 1300-1600 without an AD mark."""
    if cal and cal.startswith(("ه", "للهجره")):
        return True
    return 1300 <= y <= 1600 and not (cal and cal.startswith(("م", "للميلاد")))


def _earlier_year(m: re.Match[str], hijri: bool, reach: int | None = None,
                  anchor: Anchor | None = None) -> int | None:
    """The last year named before the match: in its sentence, or within `reach` characters. A
    written year counts; so does "هذا العام" / "العام الماضي" when the publication year is known."""
    start = m.start("x")
    first = max(0, start - reach) if reach else m.pos
    found: list[tuple[int, int]] = []
    for match in _YEAR_IN_TEXT.finditer(m.string, first, start):
        year = int(match.group(1))
        if (1300 <= year <= 1600) == hijri:
            found.append((match.start(), year))
    if anchor is not None and not hijri:
        for match in _RELATIVE_YEAR.finditer(m.string, first, start):
            offset = months.relative_offset(match.group(2)) if match.group(2) else 0
            if offset is not None:
                found.append((match.start(), anchor.year + offset))
    return max(found)[1] if found else None


def _month_year(m: re.Match[str], anchor: Anchor | None, month: int) -> int | None:
    """The year of a day/month written without one: "من العام الماضي", "من نفس العام", a month
    modifier meaning the current month ("الجاري"), or a year written earlier in the sentence
    ("1952- ... في 10 سبتمبر"); else None (the caller picks the nearest occurrence)."""
    year = _relative_year(m, anchor)
    if year is not None:
        return year
    if _month_modifier(m) == 0 and anchor is not None:
        return anchor.year
    if _has(m, "same") and m["same"]:
        return _earlier_year(m, hijri=False, reach=600)
    if _month_modifier(m) is not None:
        return None
    return _earlier_year(m, hijri=False, anchor=anchor)


def _has(m: re.Match[str], group: str) -> bool:
    return group in m.re.groupindex


def _month_modifier(m: re.Match[str]) -> int | None:
    """-1/0/+1 of "الماضي"/"الجاري"/"المقبل" after a day and month (or "من الشهر المقبل")."""
    for group in ("mod", "mod2"):
        if _has(m, group) and m[group]:
            return months.relative_offset(m[group])
    return None


def _relative_year(m: re.Match[str], anchor: Anchor | None) -> int | None:
    """The year of "من العام الماضي" / "من هذا العام" after a month, when published is known."""
    if anchor is None or not (m.re.groupindex.get("ymod") and (m["ymod"] or m["ythis"])):
        return None
    return anchor.year + ((months.relative_offset(m["ymod"]) or 0) if m["ymod"] else 0)


def _direction(m: re.Match[str], norm: str) -> int | None:
    """+1 after a modifier "المقبل" or in a future context, -1 after "الماضي" or "منذ"."""
    modifier = _month_modifier(m)
    if modifier:
        return modifier
    if word_before(norm, m.start("x")) in ("منذ", "ومنذ"):
        return -1
    return 1 if future_context(norm, m.start("x")) else None


def read_numeric_date(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
    if len(m["a"]) != 4 and len(m["c"]) != 4:
        return None
    y, mo, d = (a, b, c) if len(m["a"]) == 4 else (c, b, a)
    if not 1 <= mo <= 12:
        return None
    first = _day(m["d0"])
    first_month = int(m["m0"]) if m["m0"] else mo
    if m["d0"] and (first is None or not 1 <= first_month <= mo or (first_month == mo and not first < d)):
        return None
    hijri = is_hijri_year(y, m["cal"])
    if not (1300 <= y <= 1600 if hijri else 1900 <= y <= 2100):
        return None
    if first is None:
        return rv.hijri_day(anchor, d, mo, y) if hijri else rv.day(anchor, d, mo, y)
    try:
        if hijri:
            start, end = cal.hijri_to_gregorian(y, first_month, first), cal.hijri_to_gregorian(y, mo, d)
        else:
            start, end = cal.dt.date(y, first_month, first), cal.dt.date(y, mo, d)
    except ValueError:
        return None
    return cal.iso_range(cal.iso_day(start), cal.iso_day(end)), "range"


def _ordinal_of_other_noun(m: re.Match[str], norm: str) -> bool:
    """"الأسبوع الثاني من شهر صفر": the ordinal counts weeks (rounds, stages), not days."""
    return not m["day"].isdigit() and word_before(norm, m.start("day")) in _NOT_DAY_NOUNS


def read_day_month(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    if _ordinal_of_other_noun(m, norm):
        return None
    d, mo, y = _day(m["day"]), months.gregorian_month(m["gm"]), _int(m["year"])
    if d is None or mo is None or not 1 <= d <= 31 or (y is not None and not 1900 <= y <= 2100):
        return None
    if y is None:
        y = _month_year(m, anchor, mo)
    return rv.day(anchor, d, mo, y, _direction(m, norm))


def read_day_range(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    first, last = _day(m["d1"]), _day(m["day"])
    if first is None or last is None or not 1 <= first < last <= 31 or (m["sep"] == "و" and not m["between"]):
        return None
    y = _int(m["year"])
    if m["hm"]:
        return rv.hijri_day_range(anchor, first, last, months.hijri_month(m["hm"]) or 1, y)
    mo = months.gregorian_month(m["gm"])
    if mo is None or (y is not None and not 1900 <= y <= 2100):
        return None
    return rv.day_range(anchor, first, last, mo, y if y is not None else _month_year(m, anchor, mo))


def read_day_of_month(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    """"يوم 25 الجاري", "الـ12 من الشهر المقبل", "يوم 20 من نفس الشهر" (the last month named)."""
    d = _day(m["day"])
    if d is None or not 1 <= d <= 31:
        return None
    if m["same"]:
        return f"---{d:02d}", "day"  # ISO 8601 day of an unnamed month: extract fills in the last month
    if anchor is None:
        return rv.UNKNOWN
    offset = months.relative_offset(m["mod"]) if m["mod"] else 0
    y, mo = add_months(anchor.year, anchor.month, offset or 0)
    return rv.day(anchor, d, mo, y)


def read_hijri_day(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    if _ordinal_of_other_noun(m, norm):
        return None
    d, mo, y = _day(m["day"]), months.hijri_month(m["hm"]), _int(m["year"])
    if d is None or mo is None or (y is not None and not 1300 <= y <= 1600):
        return None
    if y is None and m["same"]:
        y = _earlier_year(m, hijri=True, reach=600)
    if y is None and m["mod"] and anchor is not None:  # "العاشر من شوال الحالي"
        y, mo = cal.nearest_hijri_month(mo, anchor.date, months.relative_offset(m["mod"]))
    return rv.hijri_day(anchor, d, mo, y)


def read_cross_range(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    """"من 27 شوال إلى 6 ذي القعدة", "من 1 يوليو حتى 15 أغسطس 2015": a range of days."""
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    hijri = bool(m["h1"])
    if d1 is None or d2 is None or hijri != bool(m["h2"]):
        return None
    m1 = months.hijri_month(m["h1"]) if hijri else months.gregorian_month(m["g1"])
    m2 = months.hijri_month(m["h2"]) if hijri else months.gregorian_month(m["g2"])
    y2 = _int(m["year"])
    if m1 is None or m2 is None or m1 == m2:
        return None
    if y2 is None:
        if anchor is None:
            return rv.UNKNOWN
        modifier = months.relative_offset(m["mod"]) if m["mod"] else None
        if hijri:
            y2, _ = cal.nearest_hijri_month(m2, anchor.date, modifier)
        else:
            y2 = int((rv.month(anchor, m2, None, modifier)[0] or "0")[:4])
    y1 = _int(m["y1"]) or (y2 if m1 < m2 else y2 - 1)
    try:
        if hijri:
            first, last = cal.hijri_to_gregorian(y1, m1, d1), cal.hijri_to_gregorian(y2, m2, d2)
        else:
            first, last = cal.dt.date(y1, m1, d1), cal.dt.date(y2, m2, d2)
    except ValueError:
        return None
    if not first < last or (last - first).days > 400:
        return None
    return cal.iso_range(cal.iso_day(first), cal.iso_day(last)), "range"


_PART_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}


def read_part_of_year(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    """"الربع الأول من 2015", "النصف الثاني من العام الجاري": a range of months. A quarter with
    no year ("الربع الثاني") is read only in a financial sentence, as the latest quarter begun by
    publication (the next one in a future context)."""
    if m["bare"]:
        return _bare_quarter(m, anchor, norm)
    size = 3 if m["part"] == "الربع" else 6
    count = 12 // size
    n = count if m["ord"] == "الاخير" else _PART_ORDINALS[m["ord"]]
    if n > count:
        return None
    if m["year"] or m["year2"]:
        y: int | None = int(m["year"] or m["year2"])
    elif anchor is None:
        return rv.UNKNOWN
    else:
        y = anchor.year + ((months.relative_offset(m["mod"]) or 0) if m["mod"] else 0)
    return rv.month_range(y, size * (n - 1) + 1, size * n)


_FINANCE = re.compile(r"(?<!\w)(?:[وبلف]?ال)?(?:ارباح|ربح|ايرادات|مبيعات|خساير|خساره|نمو|الناتج|ميزانيه"
                      r"|مليار|مليون|دولار|ريال|%|نسبه)")


def _bare_quarter(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    sentence = norm[m.pos:m.endpos]
    if m["ord2"] == "الاخير" or not _FINANCE.search(sentence):
        return None  # "الربع الأول" of a basketball game, or no way to tell
    if anchor is None:
        return rv.UNKNOWN
    n = _PART_ORDINALS[m["ord2"]]
    first = 3 * (n - 1) + 1
    if _direction(m, norm) == 1:
        y = anchor.year if first > anchor.month else anchor.year + 1
    else:
        y = anchor.year if first <= anchor.month else anchor.year - 1
    return rv.month_range(y, first, first + 2)


def read_holiday(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    """"عيد الفطر", "عيد الأضحى المقبل", "يوم عرفة 1436": the Hijri date of the holiday."""
    month, day = months.hijri_holiday(m["name"]) or (0, 0)
    y = _int(m["year"])
    if y is not None and not 1300 <= y <= 1600:
        return None
    if y is None:
        if anchor is None:
            return rv.UNKNOWN
        modifier = months.relative_offset(m["mod"]) if m["mod"] else None
        y, month = cal.nearest_hijri_month(month, anchor.date, modifier)
    return rv.hijri_day(anchor, day, month, y)


def read_month_range(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    """"بين نوفمبر ويناير", "من يناير إلى مارس 2015": a range of months."""
    first, last = months.gregorian_month(m["ma"]), months.gregorian_month(m["mb"])
    if first is None or last is None or first == last:
        return None
    y2 = _int(m["year"]) or _earlier_year(m, hijri=False, anchor=anchor)
    if y2 is None:  # the latest such stretch already over, or the next one in a future context
        if anchor is None:
            return rv.UNKNOWN
        if _direction(m, norm) == 1:
            y2 = anchor.year if last > anchor.month else anchor.year + 1
        else:
            y2 = anchor.year if last <= anchor.month else anchor.year - 1
    y1 = _int(m["ya"]) or (y2 if first < last else y2 - 1)
    if not (1900 <= y1 <= y2 <= 2100):
        return None
    return cal.iso_range(cal.iso_month(y1, first), cal.iso_month(y2, last)), "range"


def read_same_month(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    """"نفس الشهر من العام الماضي": the month of the last dated expression, in the year given.
    The value "YYYY-xx" is completed by extract with that month."""
    if m["year"]:
        y = int(m["year"])
    elif anchor is None:
        return rv.UNKNOWN
    else:
        y = anchor.year + (months.relative_offset(m["mod"]) or 0)
    return (f"{y:04d}-xx", "month") if 1900 <= y <= 2100 else None


def read_month_year(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    mo, y = months.gregorian_month(m["gm"]), int(m["year"])
    return rv.month(anchor, mo, y) if mo and 1900 <= y <= 2100 else None


def read_hijri_month_year(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    mo, y = months.hijri_month(m["hm"]), int(m["year"])
    return rv.hijri_month(anchor, mo, y) if mo and 1300 <= y <= 1600 else None


def read_month(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    mo = months.gregorian_month(m["gm"])
    modifier = months.relative_offset(m["mod"]) if m["mod"] else None
    if mo is None or (modifier is None and not bare_month_ok(m, norm)):
        return None
    year = _relative_year(m, anchor)
    if year is not None:
        return rv.month(anchor, mo, year)
    if modifier is None:
        y = _earlier_year(m, hijri=False, anchor=anchor)
        if y is not None:
            return rv.month(anchor, mo, y)
        if anchor is not None and word_before(norm, m.start("x")) in ("منذ", "ومنذ"):
            return rv.month(anchor, mo, anchor.year if mo <= anchor.month else anchor.year - 1)
        modifier = _direction(m, norm)
    return rv.month(anchor, mo, None, modifier)


def read_hijri_month(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    mo = months.hijri_month(m["hm"])
    modifier = months.relative_offset(m["mod"]) if m["mod"] else None
    if mo is None or (modifier is None and not hijri_bare_ok(m, norm)):
        return None
    return rv.hijri_month(anchor, mo, None, modifier)


def read_year(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    y = int(m["year"])
    if is_hijri_year(y, m["cal"]):
        return rv.hijri_year(y) if 1 <= y <= 1600 else None
    return rv.year(y) if 1900 <= y <= 2100 or (m["cal"] and 1 <= y <= 2100) else None


def read_year_range(m: Groups, anchor: Anchor | None, norm: str) -> rv.Value | None:
    """"من 2010 إلى 2015", "2014/2015", "1436/1437هـ" (Hijri years: their Gregorian days)."""
    y1, y2 = int(m["y1"] or 0), int(m["y2"] or 0)
    if 1300 <= y1 < y2 <= 1600 and y2 - y1 <= 100:
        first, _ = cal.hijri_year_span(y1)
        _, last = cal.hijri_year_span(y2)
        return cal.iso_range(cal.iso_day(first), cal.iso_day(last)), "range"
    if not (1900 <= y1 < y2 <= 2100 and y2 - y1 <= 100):
        return None
    return rv.year_range(y1, y2)


def read_bare_year(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    if not bare_year_ok(m, norm):
        return None
    y = int(m["year"])
    return rv.hijri_year(y) if 1300 <= y <= 1600 else rv.year(y)


def read_decade(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    decade = months.DECADES["ال" + m["dec"].removeprefix("ال")]
    century = months.CENTURIES.get(" ".join(m["cent"].split())) if m["cent"] else None
    base = (century[0] - 1) if century else 1900
    return rv.year_range(base + decade, base + decade + 9)


def read_century(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    first, last = months.CENTURIES[" ".join(m["x"].split())]
    return rv.year_range(first, last)
