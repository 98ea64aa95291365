"""Readers of relative expressions: today/yesterday, weekdays, this/last/next period,
"منذ N ..." and "السنوات الخمس المقبلة". Same contract as `times.readers`.
"""

from __future__ import annotations

import re

from marsad.arabic import months
from marsad.times import resolve as rv
from marsad.times.calendar import Anchor
from marsad.times.context import attached_prefix, future_context, today_ok, weekday_ok, word_after
from marsad.times.readers import Groups, count_of, is_hijri_year

_LAST_WEEK = re.compile(r"الاسبوع\s+(?:الماضي|المنصرم|الفايت)")
REL_DAYS = {
    "امس": -1, "البارحه": -1, "الامس": -1, "الليله الماضيه": -1, "اليوم": 0, "الليله": 0,
    "هذا الصباح": 0, "هذا المساء": 0, "هذه الليله": 0, "غدا": 1, "غد": 1, "الغد": 1, "يوم غد": 1,
    "بعد غد": 2,
}


def _yesterday_with_ba(m: re.Match[str], norm: str) -> bool:
    """"ما حدث بالأمس": yesterday, unless figurative ("بالأمس القريب")."""
    return (m["rel"] == "الامس" and attached_prefix(norm, m.start("rel")) in ("ب", "وب", "فب")
            and word_after(norm, m.end("rel")) != "القريب")


def read_relative_day(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    rel = " ".join(m["rel"].split())
    if rel in ("اليوم", "الليله") and not today_ok(m, norm):
        return None
    if rel in ("الامس", "غد", "الغد") and m.start("x") == m.start("rel") and not _yesterday_with_ba(m, norm):
        return None  # "حتى الأمس القريب", "جيل الغد": figurative unless "ظهر الأمس", "مساء غد"
    if m["rel2"]:  # "اليوم (أمس)": the editor's correction wins
        rel = m["rel2"]
    offset = REL_DAYS.get(rel, -2)  # the rest are "the day before yesterday"
    wd = months.weekday(m["wd"]) if m["wd"] else None
    return rv.relative_day(anchor, offset, wd)


def read_weekday(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    if not weekday_ok(m, norm):
        return None
    modifier = months.relative_offset(m["mod"]) if m["mod"] else None
    wd = months.weekday(m["wd"])
    if wd is None:
        return None
    if m["prev"]:  # "الجمعة قبل الماضي"
        value = rv.weekday(anchor, wd, -1)[0]
        return rv.ago_days(value, 7)
    if modifier is None and _LAST_WEEK.search(norm, m.pos, m.start("x")):
        return rv.weekday_of_week(anchor, wd, -1)  # "الأسبوع الماضي ... يوم الاثنين"
    return rv.weekday(anchor, wd, modifier, future_context(norm, m.start("x")))


def read_relative_period(m: Groups, anchor: Anchor | None, norm: str) -> rv.Value | None:
    unit = months.period_unit(m["unit"] or "")
    offset = 0 if m["this"] else -2 if m["prev"] else months.relative_offset(m["mod"] or "")
    if unit is None or offset is None:
        return None
    if m["year"] and unit == "year":  # "العام المقبل 2016": the written year wins
        y = int(m["year"])
        if is_hijri_year(y, m["cal"]):
            return rv.hijri_year(y) if 1 <= y <= 1600 else None
        return rv.year(y) if 1900 <= y <= 2100 else None
    return rv.relative_period(anchor, unit, offset)


def read_ago(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    if m["n"]:
        n, unit = count_of(m["n"]), months.period_unit(m["unit"])
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
        n, unit = count_of(m["n1"] or m["n2"]), months.period_unit(m["u1"] or m["u2"])
    if n is None or unit is None or not 1 <= n <= 200:
        return None
    return rv.stretch(anchor, n, unit, direction)


def read_part_of_this(m: re.Match[str], anchor: Anchor | None, norm: str) -> rv.Value | None:
    """"نهاية العام", "مطلع الشهر": part of the current year or month; the value is the whole."""
    unit = months.period_unit(m["unit"])
    return rv.relative_period(anchor, unit, 0) if unit else None
