"""The rules: one pattern each, with the reader (`times.readers`) that resolves its match.

Ordered from the most specific (a full date) to the loosest (a bare year); when two
matches overlap, the longer wins and, on a tie, the earlier rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from marsad.arabic import months
from marsad.times import readers as rd
from marsad.times import relative as rl
from marsad.times import resolve as rv
from marsad.times.calendar import Anchor
from marsad.times.patterns import (
    AD_SUFFIX,
    APPROX,
    DAY,
    DAY_LEAD,
    DUAL_DEF,
    GMONTH,
    GMONTH_PAIR,
    HIJRI_SUFFIX,
    HMONTH,
    HOLY,
    MOD,
    MONTH_TAIL,
    NUMBER,
    NUMBER_DEF,
    PMOD,
    REL_YEAR,
    SAME_YEAR,
    SINGLE_OR_DUAL,
    THIS_MONTH,
    UNIT,
    UNIT_DEF,
    WEEKDAY,
    WEEKDAY_LEAD,
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


class _Folded:
    """A match whose alternative spellings (y1, y1b, y1c ...) fold onto one group name."""

    def __init__(self, m: re.Match[str], **alternatives: tuple[str, ...]) -> None:
        self.m, self.alternatives = m, alternatives

    def __getitem__(self, key: str) -> str | None:
        for name in self.alternatives.get(key, (key,)):
            if self.m[name]:
                return self.m[name]
        return None


def _read_year_range(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    return rd.read_year_range(_Folded(m, y1=("y1", "y1b", "y1c"), y2=("y2", "y2b", "y2c")), anchor, norm)


def _read_relative_period(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    return rl.read_relative_period(_Folded(m, unit=("unit", "unit2")), anchor, norm)


_DECADE_STEMS = alt(list(months.DECADES) + [w.removeprefix("ال") for w in months.DECADES])
_CENTURY = alt(months.CENTURIES)
_DAYTIME = r"(?:صباح|مساء|ظهر|ظهيره|عصر|فجر|ليله|ليل|يوم|منتصف\s+ليل|نهار)"
_REL_DAY = (r"(?:اول\s+من\s+امس|اول\s+امس|امس\s+الاول|امس|البارحه|الليله\s+الماضيه|اليوم|الليله|غدا"
            r"|يوم\s+غد|بعد\s+غد|هذا\s+الصباح|هذا\s+المساء|هذه\s+الليله|الامس|الغد|غد)")
_BEFORE_LAST = r"قبل\s+الماضيه?"  # "الجمعة قبل الماضي": the one before the last
_MONTHS = rf"(?:شهر\s+)?(?:(?P<g{{n}}>{GMONTH})|(?P<h{{n}}>{HMONTH}))"
_SECOND_NAME = rf"(?:(?:\s*(?:/|\(|-|–)\s*|\s+){GMONTH}\s*\)?)?"  # "نوفمبر تشرين الثاني"
_SEP = r"(?P<sep>و?الي|و?حتي|-|–|و)"
# "من 1 حتى 26/11/1436هـ", "من العاشر إلى 29-11-1436", "من 26-4 إلى 11-5-1437"
_NUMERIC = (rf"(?:(?:من\s+)?(?P<d0>{DAY})(?:\s*[/-]\s*(?P<m0>\d{{1,2}}))?\s*(?:و?الي|و?حتي)\s*)?"
            r"(?<![\d/.-])(?P<a>\d{1,4})\s*(?P<s>[/.-])\s*(?P<b>\d{1,2})\s*(?P=s)\s*(?P<c>\d{1,4})(?![\d])"
            rf"(?:\s*(?P<cal>{AD_SUFFIX}|{HIJRI_SUFFIX}))?")

RULES: tuple[Rule, ...] = (
    Rule("numeric_date", compile_pattern(WEEKDAY_LEAD + _NUMERIC), rd.read_numeric_date),
    Rule("day_range", compile_pattern(
        rf"(?:من\s+|(?P<between>بين\s+))?(?:الفتره\s+من\s+)?(?P<d1>{DAY})\s*{_SEP}\s*(?P<day>{DAY})\s*"
        rf"(?:من\s+)?(?:شهر\s+)?(?:{GMONTH_PAIR}|(?P<hm>{HMONTH}))"
        rf"(?:{YEAR_TAIL}|{SAME_YEAR}|{MONTH_TAIL}|\s+(?P<mod>{MOD}))?"),
        rd.read_day_range),
    Rule("cross_range", compile_pattern(
        rf"(?:من\s+|بين\s+)?(?:الفتره\s+(?:من\s+)?)?(?P<d1>{DAY})\s+(?:من\s+)?{_MONTHS.format(n=1)}"
        rf"(?:\s*[،,]?\s*(?P<y1>{YEAR})\s*(?:{AD_SUFFIX}|{HIJRI_SUFFIX})?)?\s*(?:و?الي|و?حتي|-|–)\s*(?:يوم\s+)?"
        rf"(?P<d2>{DAY})\s+(?:من\s+)?{_MONTHS.format(n=2)}(?:{YEAR_TAIL}|\s+(?P<mod>{MOD}))?"),
        rd.read_cross_range),
    Rule("day_month", compile_pattern(
        rf"{DAY_LEAD}{GMONTH_PAIR}(?:{YEAR_TAIL}|{SAME_YEAR}|{REL_YEAR}|{MONTH_TAIL}|\s+(?P<mod>{MOD}))?"),
        rd.read_day_month),
    Rule("hijri_day", compile_pattern(
        rf"{DAY_LEAD}(?P<hm>{HMONTH})(?:{YEAR_TAIL}|{SAME_YEAR}|{THIS_MONTH}|\s+(?P<mod>{MOD}))?"), rd.read_hijri_day),
    Rule("day_this_month", compile_pattern(
        rf"(?:يوم\s+)?(?P<day>{DAY})\s+(?:من\s+)?(?:(?:(?:هذا\s+)?الشهر\s+)?(?P<cur>الجاري|الحالي)"
        rf"|الشهر\s+(?P<mod>{MOD})|(?P<same>نفس\s+الشهر|ذات\s+الشهر|الشهر\s+(?:نفسه|ذاته)))"),
        rd.read_day_of_month),
    Rule("part_of_year", compile_pattern(
        r"(?P<part>الربع|النصف)\s+(?P<ord>الاول|الثاني|الثالث|الرابع|الاخير)\s+(?:من\s+)?"
        rf"(?:(?:(?:العام|السنه)\s+(?P<mod>{MOD})|(?P<this>هذا\s+العام|هذه\s+السنه))(?:\s+(?P<year2>{YEAR}))?"
        rf"|(?:{YEAR_NOUN}\s+)?(?P<year>{YEAR})|(?P<this2>العام|السنه)(?!\s+(?:ال|\d)))(?:\s*{AD_SUFFIX})?"
        r"|(?P<bare>الربع)\s+(?P<ord2>الاول|الثاني|الثالث|الرابع|الاخير)(?!\s+من\s)"), rd.read_part_of_year),
    Rule("part_of_this", compile_pattern(
        r"(?:نهايه|بدايه|مطلع|منتصف|اواخر|اوايل|مستهل|ختام|اول)\s+(?P<unit>العام|السنه|الشهر)(?!\s+(?:ال|\d))"),
        rl.read_part_of_this),
    Rule("month_range", compile_pattern(
        rf"(?:بين|من)\s+(?:شهر\s+)?(?P<ma>{GMONTH}){_SECOND_NAME}(?:\s+(?P<ya>{YEAR}))?\s+(?:و|الي|حتي)\s*"
        rf"(?:شهر\s+)?(?P<mb>{GMONTH}){_SECOND_NAME}{YEAR_TAIL}?"), rd.read_month_range),
    Rule("same_month", compile_pattern(
        rf"(?:(?:نفس|ذات)\s+الشهر|الشهر\s+(?:نفسه|ذاته))\s+من\s+(?:(?:العام|السنه)\s+(?P<mod>{MOD})|(?P<year>{YEAR}))"),
        rd.read_same_month),
    Rule("month_year", compile_pattern(rf"(?:شهر\s+)?{GMONTH_PAIR}{YEAR_TAIL}"), rd.read_month_year),
    Rule("hijri_month_year", compile_pattern(rf"(?:شهر\s+)?(?P<hm>{HMONTH}){YEAR_TAIL}"),
         rd.read_hijri_month_year),
    Rule("month", compile_pattern(rf"(?P<shahr>شهر\s+)?{GMONTH_PAIR}(?:{REL_YEAR}|\s+(?P<mod>{MOD}))?"),
         rd.read_month),
    Rule("hijri_month", compile_pattern(
        rf"(?P<shahr>شهر\s+)?(?P<hm>{HMONTH})(?:\s+(?P<holy>{HOLY}))?(?:\s+(?P<mod>{MOD}))?"),
        rd.read_hijri_month),
    Rule("year_range", compile_pattern(
        rf"(?:(?:من\s+)?(?:{YEAR_NOUN}\s+)?(?P<y1>{YEAR})\s*(?:-|–|/)\s*(?P<y2>{YEAR})"
        rf"|من\s+(?:{YEAR_NOUN}\s+)?(?P<y1b>{YEAR})\s+(?:الي|حتي)\s+(?:{YEAR_NOUN}\s+)?(?P<y2b>{YEAR})"
        rf"|بين\s+(?:عامي\s+|سنتي\s+)?(?P<y1c>{YEAR})\s+و\s*(?P<y2c>{YEAR}))(?:\s*(?:{AD_SUFFIX}|{HIJRI_SUFFIX}))?"),
        _read_year_range),
    Rule("year", compile_pattern(
        rf"(?:{YEAR_NOUN}|عامي)\s+(?P<year>{YEAR})(?:\s*(?P<cal>{AD_SUFFIX}|{HIJRI_SUFFIX}))?"), rd.read_year),
    Rule("year_suffix", compile_pattern(rf"(?P<year>{YEAR})\s*(?P<cal>{AD_SUFFIX}|{HIJRI_SUFFIX})"), rd.read_year),
    Rule("holiday", compile_pattern(
        rf"(?P<name>{alt(months.HIJRI_HOLIDAYS)})(?:\s+(?:المبارك|السعيد|الشريف))?"
        rf"(?:\s+(?P<mod>{MOD})|\s+(?:ل|من\s+)?(?:عام|العام)?\s*(?P<year>{YEAR})\s*{HIJRI_SUFFIX}?)?"),
        rd.read_holiday),
    Rule("relative_day", compile_pattern(
        rf"(?:{_DAYTIME}\s+)?(?P<rel>{_REL_DAY})(?:\s*[(،,-]?\s*(?:يوم\s+)?(?P<wd>{WEEKDAY})\s*\)?"
        r"|\s*\(\s*(?P<rel2>امس|اليوم|غدا)\s*\))?"),
        rl.read_relative_day),
    Rule("weekday", compile_pattern(
        rf"(?:{_DAYTIME}\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<mod>{MOD})|\s+(?P<prev>{_BEFORE_LAST}))?"), rl.read_weekday),
    Rule("relative_period", compile_pattern(
        r"(?:(?P<this>هذا|هذه)\s+(?P<unit>العام|السنه|الشهر|الاسبوع)(?!\s+ال(?!تي\b|ذي\b))"
        rf"|(?P<unit2>العام|السنه|الشهر|الاسبوع|العقد)\s+(?:(?P<mod>{MOD})|(?P<prev>{_BEFORE_LAST})))"
        rf"(?:\s+(?P<year>{YEAR})(?:\s*(?P<cal>{AD_SUFFIX}|{HIJRI_SUFFIX}))?)?"),
        _read_relative_period),
    Rule("ago", compile_pattern(
        rf"(?:منذ|قبل)\s+(?:{APPROX}\s+)?(?:(?P<n>{NUMBER})\s+(?P<unit>{UNIT})|(?P<one>{SINGLE_OR_DUAL}))"
        r"(?!\s*\d)(?!\s+(?:من|علي|عن)\s+(?!اجل|الزمن))(?(one)(?!\s+ال))"), rl.read_ago),
    Rule("stretch", compile_pattern(
        rf"(?:(?P<u1>{UNIT_DEF})\s+(?P<n1>{NUMBER_DEF})|(?P<n2>{NUMBER_DEF})\s+(?P<u2>{UNIT_DEF}|{UNIT})"
        rf"|(?P<dual>{DUAL_DEF}))\s+(?P<pmod>{PMOD})"), rl.read_stretch),
    Rule("decade", compile_pattern(
        rf"(?:عقد\s+|حقبه\s+)?(?P<dec>{_DECADE_STEMS})(?:يات|ات)(?:\s+(?:من\s+)?(?P<cent>{_CENTURY}))?"),
        rd.read_decade),
    Rule("century", compile_pattern(_CENTURY), rd.read_century),
    Rule("bare_year", compile_pattern(rf"(?P<year>{YEAR})"), rd.read_bare_year),
)
