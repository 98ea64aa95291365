"""The rules: one pattern and one reader each, from the most specific (a full date) to the
loosest (a bare year). A reader returns `(value, precision)` or None to reject the match
(a bare 4-digit number that counts soldiers, "اليوم الوطني" that is no day).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from marsad.arabic import months, numbers
from marsad.times import resolve as rv
from marsad.times.calendar import Anchor
from marsad.times.context import (
    bare_month_ok,
    bare_year_ok,
    future_context,
    hijri_bare_ok,
    today_ok,
    weekday_ok,
)
from marsad.times.patterns import (
    AD_SUFFIX,
    APPROX,
    DAY_LEAD,
    DUAL_DEF,
    GMONTH_PAIR,
    HIJRI_SUFFIX,
    HMONTH,
    HOLY,
    MOD,
    NUMBER,
    NUMBER_DEF,
    PMOD,
    SINGLE_OR_DUAL,
    UNIT,
    UNIT_DEF,
    WEEKDAY,
    YEAR,
    YEAR_NOUN,
    YEAR_TAIL,
    alt,
    compile_pattern,
)

Reader = Callable[[re.Match[str], Anchor | None, str], "rv.Value | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _day(text: str) -> int | None:
    return int(text) if text.isdigit() else numbers.ordinal_value(" ".join(text.split()))


def _count(text: str) -> int | None:
    return numbers.cardinal_value(" ".join(text.split()))


def _is_hijri_year(y: int, cal: str | None, anchor: Anchor | None) -> bool:
    """A year is Hijri when marked so, or when it falls in 1300-1600 without an AD mark."""
    if cal and cal.startswith(("ه", "للهجره")):
        return True
    return 1300 <= y <= 1600 and not (cal and cal.startswith(("م", "للميلاد")))


def _plausible_year(y: int) -> bool:
    return 1300 <= y <= 1600 or 1900 <= y <= 2100


# ---- readers -----------------------------------------------------------------------------

def read_numeric_date(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
    y, mo, d = (a, b, c) if len(m["a"]) == 4 else (c, b, a)
    if len(m["a"]) != 4 and len(m["c"]) != 4 or not _plausible_year(y) or not 1 <= mo <= 12:
        return None
    if _is_hijri_year(y, m["cal"], anchor):
        return rv.hijri_day(anchor, d, mo, y)
    if not 1900 <= y <= 2100:
        return None
    return rv.day(anchor, d, mo, y)


def read_day_month(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    d, mo, y = _day(m["day"]), months.gregorian_month(m["gm"]), _int(m["year"])
    if d is None or mo is None or not 1 <= d <= 31:
        return None
    if y is not None and not 1900 <= y <= 2100:
        return None
    return rv.day(anchor, d, mo, y)


def read_hijri_day(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    d, mo, y = _day(m["day"]), months.hijri_month(m["hm"]), _int(m["year"])
    if d is None or mo is None or (y is not None and not 1300 <= y <= 1600):
        return None
    return rv.hijri_day(anchor, d, mo, y)


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
    return rv.month(anchor, mo, None, modifier)


def read_hijri_month(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    mo = months.hijri_month(m["hm"])
    modifier = months.relative_offset(m["mod"]) if m["mod"] else None
    if mo is None or (modifier is None and not hijri_bare_ok(m, norm)):
        return None
    return rv.hijri_month(anchor, mo, None, modifier)


def read_year(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    y = int(m["year"])
    if _is_hijri_year(y, m["cal"], anchor):
        return rv.hijri_year(y)
    return rv.year(y) if 1900 <= y <= 2100 or (m["cal"] and 1 <= y <= 2100) else None


def read_year_range(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not (1900 <= y1 < y2 <= 2100 and y2 - y1 <= 100):
        return None
    return rv.year_range(y1, y2)


def read_bare_year(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    return rv.year(int(m["year"])) if bare_year_ok(m, norm) else None


def read_relative_day(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    rel = " ".join(m["rel"].split())
    if rel == "اليوم" and not today_ok(m, norm):
        return None
    offset = {"امس": -1, "اليوم": 0, "الليله": 0, "غدا": 1, "يوم غد": 1, "بعد غد": 2}.get(rel, -2)
    wd = months.weekday(m["wd"]) if m["wd"] else None
    return rv.relative_day(anchor, offset, wd)


def read_weekday(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    if not weekday_ok(m, norm):
        return None
    modifier = months.relative_offset(m["mod"]) if m["mod"] else None
    wd = months.weekday(m["wd"])
    return rv.weekday(anchor, wd, modifier, future_context(norm, m.start("x"))) if wd is not None else None


def read_relative_period(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    unit = months.period_unit(m["unit"])
    offset = 0 if m["this"] else months.relative_offset(m["mod"])
    if unit is None or offset is None:
        return None
    return rv.relative_period(anchor, unit, offset)


def read_ago(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    if m["n"]:
        n, unit = _count(m["n"]), months.period_unit(m["unit"])
    else:
        n, unit = (2 if m["one"] in months.DUAL_UNITS else 1), months.period_unit(m["one"])
    if n is None or unit is None or n > 500:
        return None
    return rv.ago(anchor, n, unit, -1)


def read_stretch(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    direction = months.PLURAL_MODIFIERS[m["pmod"]]
    if m["dual"]:
        n, unit = 2, months.period_unit(m["dual"])
    else:
        n, unit = _count(m["n1"] or m["n2"]), months.period_unit(m["u1"] or m["u2"])
    if n is None or unit is None or not 1 <= n <= 200:
        return None
    return rv.stretch(anchor, n, unit, direction)


def read_decade(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    decade = months.DECADES["ال" + m["dec"].removeprefix("ال")]
    century = months.CENTURIES.get(" ".join(m["cent"].split())) if m["cent"] else None
    base = (century[0] - 1) if century else 1900
    return rv.year_range(base + decade, base + decade + 9)


def read_century(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    first, last = months.CENTURIES[" ".join(m["x"].split())]
    return rv.year_range(first, last)


# ---- the rule list -----------------------------------------------------------------------

_DECADE_STEMS = alt(list(months.DECADES) + [w.removeprefix("ال") for w in months.DECADES])
_CENTURY = alt(months.CENTURIES)
_REL_DAY = r"(?:اول\s+من\s+امس|اول\s+امس|امس\s+الاول|امس|اليوم|الليله|غدا|يوم\s+غد|بعد\s+غد)"
_DAYTIME = r"(?:صباح|مساء|ظهر|ظهيره|عصر|فجر|ليله|ليل|يوم|منتصف\s+ليل|نهار)"

RULES: tuple[Rule, ...] = (
    Rule("numeric_date", compile_pattern(
        rf"(?<![\d/.-])(?P<a>\d{{1,4}})(?P<s>[/.-])(?P<b>\d{{1,2}})(?P=s)(?P<c>\d{{1,4}})(?![\d])"
        rf"(?:\s*(?P<cal>{AD_SUFFIX}|{HIJRI_SUFFIX}))?"), read_numeric_date),
    Rule("day_month", compile_pattern(rf"{DAY_LEAD}{GMONTH_PAIR}{YEAR_TAIL}?"), read_day_month),
    Rule("hijri_day", compile_pattern(rf"{DAY_LEAD}(?P<hm>{HMONTH}){YEAR_TAIL}?"), read_hijri_day),
    Rule("month_year", compile_pattern(rf"(?:شهر\s+)?{GMONTH_PAIR}{YEAR_TAIL}"), read_month_year),
    Rule("hijri_month_year", compile_pattern(rf"(?:شهر\s+)?(?P<hm>{HMONTH}){YEAR_TAIL}"),
         read_hijri_month_year),
    Rule("month", compile_pattern(rf"(?P<shahr>شهر\s+)?{GMONTH_PAIR}(?:\s+(?P<mod>{MOD}))?"), read_month),
    Rule("hijri_month", compile_pattern(
        rf"(?P<shahr>شهر\s+)?(?P<hm>{HMONTH})(?:\s+(?P<holy>{HOLY}))?(?:\s+(?P<mod>{MOD}))?"),
        read_hijri_month),
    Rule("year_range", compile_pattern(
        rf"(?:(?:من\s+)?(?:{YEAR_NOUN}\s+)?(?P<y1>{YEAR})\s*(?:-|–|/)\s*(?P<y2>{YEAR})"
        rf"|من\s+(?:{YEAR_NOUN}\s+)?(?P<y1b>{YEAR})\s+(?:الي|حتي)\s+(?:{YEAR_NOUN}\s+)?(?P<y2b>{YEAR})"
        rf"|بين\s+(?:عامي\s+|سنتي\s+)?(?P<y1c>{YEAR})\s+و\s*(?P<y2c>{YEAR}))(?:\s*{AD_SUFFIX})?"),
        lambda m, a, n: read_year_range(_RangeView(m), a, n)),
    Rule("year", compile_pattern(rf"(?:{YEAR_NOUN}|عامي)\s+(?P<year>{YEAR})(?:\s*(?P<cal>{AD_SUFFIX}|{HIJRI_SUFFIX}))?"),
         read_year),
    Rule("year_suffix", compile_pattern(rf"(?P<year>{YEAR})\s*(?P<cal>{AD_SUFFIX}|{HIJRI_SUFFIX})"), read_year),
    Rule("relative_day", compile_pattern(
        rf"(?:{_DAYTIME}\s+)?(?P<rel>{_REL_DAY})(?:\s*[(،,-]?\s*(?:يوم\s+)?(?P<wd>{WEEKDAY})\s*\)?)?"),
        read_relative_day),
    Rule("weekday", compile_pattern(rf"(?:يوم\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<mod>{MOD}))?"), read_weekday),
    Rule("relative_period", compile_pattern(
        r"(?:(?P<this>هذا|هذه)\s+(?P<unit>العام|السنه|الشهر|الاسبوع)(?!\s+ال)"
        rf"|(?P<unit2>العام|السنه|الشهر|الاسبوع)\s+(?P<mod>{MOD}))"),
        lambda m, a, n: read_relative_period(_PeriodView(m), a, n)),
    Rule("ago", compile_pattern(
        rf"(?:منذ|قبل)\s+(?:{APPROX}\s+)?(?:(?P<n>{NUMBER})\s+(?P<unit>{UNIT})|(?P<one>{SINGLE_OR_DUAL}))"
        r"(?!\s*\d)"), read_ago),
    Rule("stretch", compile_pattern(
        rf"(?:(?P<u1>{UNIT_DEF})\s+(?P<n1>{NUMBER_DEF})|(?P<n2>{NUMBER_DEF})\s+(?P<u2>{UNIT_DEF}|{UNIT})"
        rf"|(?P<dual>{DUAL_DEF}))\s+(?P<pmod>{PMOD})"), read_stretch),
    Rule("decade", compile_pattern(
        rf"(?:عقد\s+|حقبه\s+)?(?P<dec>{_DECADE_STEMS})(?:يات|ات)(?:\s+(?:من\s+)?(?P<cent>{_CENTURY}))?"),
        read_decade),
    Rule("century", compile_pattern(_CENTURY), read_century),
    Rule("bare_year", compile_pattern(rf"(?P<year>{YEAR})"), read_bare_year),
)


class _RangeView:
    """Folds the three spellings of a year range onto groups y1/y2."""

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m

    def __getitem__(self, key: str) -> str | None:
        return self.m[key] or self.m[key + "b"] or self.m[key + "c"]


class _PeriodView:
    """Folds "هذا العام" and "العام الماضي" onto groups unit/this/mod."""

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m

    def __getitem__(self, key: str) -> str | None:
        if key == "unit":
            return self.m["unit"] or self.m["unit2"]
        return self.m[key]

