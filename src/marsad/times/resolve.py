"""Turn the parts of a matched expression into an ISO value and a precision.

Each function takes what a rule read (numbers, month, modifier) and the publication
`Anchor` (None when unknown) and returns `(value, precision)`; a relative expression with no
anchor resolves to `(None, "unknown")`. Conventions, documented in docs/times.md:
- a month or day without a year takes the year that puts it nearest to publication
  (modifiers override: "أكتوبر الماضي" is the last October before the publication month);
- a Hijri month, year or week is a day range "YYYY-MM-DD/YYYY-MM-DD" (it straddles
  Gregorian months); weeks run Monday to Sunday (ISO);
- "منذ/قبل N units" is a point in the past at the unit's precision.
"""

from __future__ import annotations

import datetime as dt

from marsad.times import calendar as cal
from marsad.times.calendar import Anchor

Value = tuple[str | None, str]
UNKNOWN: Value = (None, "unknown")


def year(y: int) -> Value:
    return cal.iso_year(y), "year"


def hijri_year(h_year: int) -> Value:
    first, last = cal.hijri_year_span(h_year)
    return cal.iso_range(cal.iso_day(first), cal.iso_day(last)), "range"


def year_range(first: int, last: int) -> Value:
    return cal.iso_range(cal.iso_year(first), cal.iso_year(last)), "range"


def month_range(y: int, first: int, last: int) -> Value:
    """Months first..last of year y, as a range ("2015-01/2015-03")."""
    return cal.iso_range(cal.iso_month(y, first), cal.iso_month(y, last)), "range"


def month(anchor: Anchor | None, m: int, y: int | None = None, modifier: int | None = None) -> Value:
    """A Gregorian month: with its year, relative to publication ("الماضي"), or the nearest."""
    if y is not None:
        return cal.iso_month(y, m), "month"
    if anchor is None:
        return UNKNOWN
    if modifier == -1:
        y = anchor.year if m < anchor.month else anchor.year - 1
    elif modifier == 1:
        y = anchor.year if m > anchor.month else anchor.year + 1
    elif modifier == 0:
        y = anchor.year
    else:
        y = min((anchor.year - 1, anchor.year, anchor.year + 1),
                key=lambda c: (abs(c * 12 + m - (anchor.year * 12 + anchor.month)), c))
    return cal.iso_month(y, m), "month"


def _nearest_year(anchor: Anchor, d: int, m: int, direction: int | None) -> dt.date | None:
    """The date d/m in the year nearest publication; direction +1: the first on or after it,
    -1: the last on or before it."""
    around = anchor.date
    options = [o for o in (cal.valid_day(c, m, d) for c in (around.year - 1, around.year, around.year + 1)) if o]
    if direction == 1:
        options = [o for o in options if o >= around] or options
    elif direction == -1:
        options = [o for o in options if o <= around] or options
    return min(options, key=lambda o: (abs((o - around).days), o)) if options else None


def day(anchor: Anchor | None, d: int, m: int, y: int | None = None, direction: int | None = None) -> Value:
    """A Gregorian day; without a year, the year that puts it nearest to publication (or the
    next occurrence, direction +1, in a future context)."""
    if y is None:
        if anchor is None:
            return UNKNOWN
        best = _nearest_year(anchor, d, m, direction)
        return (cal.iso_day(best), "day") if best else UNKNOWN
    date = cal.valid_day(y, m, d)
    if date is None:
        return cal.iso_month(y, m), "month"
    return cal.iso_day(date), "day"


def day_range(anchor: Anchor | None, first: int, last: int, m: int, y: int | None = None) -> Value:
    """Days first..last of a Gregorian month ("من 1 إلى 4 يونيو")."""
    if y is None:
        if anchor is None:
            return UNKNOWN
        start = _nearest_year(anchor, first, m, None)
        if start is None:
            return UNKNOWN
        y = start.year
    a, b = cal.valid_day(y, m, first), cal.valid_day(y, m, last)
    if a is None or b is None:
        return cal.iso_month(y, m), "month"
    return cal.iso_range(cal.iso_day(a), cal.iso_day(b)), "range"


def hijri_day_range(anchor: Anchor | None, first: int, last: int, m: int, h_year: int | None = None) -> Value:
    """Days first..last of a Hijri month, converted."""
    if not 1 <= first < last <= 30:
        return UNKNOWN
    if h_year is None:
        if anchor is None:
            return UNKNOWN
        h_year, m = cal.nearest_hijri_month(m, anchor.date)
    a, b = cal.hijri_to_gregorian(h_year, m, first), cal.hijri_to_gregorian(h_year, m, last)
    return cal.iso_range(cal.iso_day(a), cal.iso_day(b)), "range"


def hijri_day(anchor: Anchor | None, d: int, m: int, h_year: int | None = None) -> Value | None:
    """A Hijri day, converted; without a year, the occurrence nearest to publication."""
    if not 1 <= d <= 30:
        return None
    if h_year is None:
        if anchor is None:
            return UNKNOWN
        h_year, m = cal.nearest_hijri_month(m, anchor.date)
    return cal.iso_day(cal.hijri_to_gregorian(h_year, m, d)), "day"


def hijri_month(anchor: Anchor | None, m: int, h_year: int | None = None,
                modifier: int | None = None) -> Value:
    """A Hijri month as the range of its Gregorian days."""
    if h_year is None:
        if anchor is None:
            return UNKNOWN
        h_year, m = cal.nearest_hijri_month(m, anchor.date, modifier)
    first, last = cal.hijri_month_span(h_year, m)
    return cal.iso_range(cal.iso_day(first), cal.iso_day(last)), "range"


def relative_day(anchor: Anchor | None, offset: int, weekday: int | None = None) -> Value:
    """Today/yesterday/tomorrow; a weekday written beside it wins within three days."""
    if anchor is None:
        return UNKNOWN
    if anchor.day is None:
        return cal.iso_month(anchor.year, anchor.month), "month"
    date = anchor.date + dt.timedelta(days=offset)
    if weekday is not None and date.weekday() != weekday:
        shift = (weekday - date.weekday()) % 7
        shift = shift - 7 if shift > 3 else shift
        date += dt.timedelta(days=shift)
    return cal.iso_day(date), "day"


def weekday(anchor: Anchor | None, wd: int, modifier: int | None, future: bool = False) -> Value:
    """A weekday: "الخميس الماضي" the last Thursday before publication, "المقبل" the next;
    bare, the latest on or before publication (the next one on or after in a future context).
    """
    if anchor is None or anchor.day is None:
        return UNKNOWN
    today = anchor.date
    back = (today.weekday() - wd) % 7
    ahead = (wd - today.weekday()) % 7
    if modifier == -1:
        date = today - dt.timedelta(days=back or 7)
    elif modifier == 1:
        date = today + dt.timedelta(days=ahead or 7)
    elif future:
        date = today + dt.timedelta(days=ahead)
    else:
        date = today - dt.timedelta(days=back)
    return cal.iso_day(date), "day"


def weekday_of_week(anchor: Anchor | None, wd: int, week_offset: int) -> Value:
    """The weekday `wd` of the ISO week `week_offset` weeks from publication's week."""
    if anchor is None or anchor.day is None:
        return UNKNOWN
    monday = anchor.date - dt.timedelta(days=anchor.date.weekday()) + dt.timedelta(weeks=week_offset)
    return cal.iso_day(monday + dt.timedelta(days=wd)), "day"


def ago_days(value: str | None, days: int) -> Value:
    """A resolved day moved `days` back ("الجمعة قبل الماضي" = a week before the last Friday)."""
    if value is None:
        return UNKNOWN
    return cal.iso_day(dt.date.fromisoformat(value) - dt.timedelta(days=days)), "day"


def relative_period(anchor: Anchor | None, unit: str, offset: int) -> Value:
    """This/last/next year, month or week."""
    if anchor is None:
        return UNKNOWN
    if unit == "year":
        return cal.iso_year(anchor.year + offset), "year"
    if unit == "month":
        return cal.iso_month(*cal.add_months(anchor.year, anchor.month, offset)), "month"
    if unit == "decade":  # "العقد الماضي": the ten years up to publication
        if offset == 0:
            return UNKNOWN
        first, last = sorted((anchor.year, anchor.year + 10 * offset))
        return year_range(first, last)
    if unit == "week":
        if anchor.day is None:
            return UNKNOWN
        monday = anchor.date - dt.timedelta(days=anchor.date.weekday()) + dt.timedelta(weeks=offset)
        return cal.iso_range(cal.iso_day(monday), cal.iso_day(monday + dt.timedelta(days=6))), "range"
    return UNKNOWN


def ago(anchor: Anchor | None, n: int, unit: str, sign: int = -1) -> Value:
    """A point N units before (sign -1) or after (+1) publication."""
    if anchor is None:
        return UNKNOWN
    if unit in ("year", "decade"):
        return cal.iso_year(anchor.year + sign * n * (10 if unit == "decade" else 1)), "year"
    if unit == "month":
        return cal.iso_month(*cal.add_months(anchor.year, anchor.month, sign * n)), "month"
    if anchor.day is None:
        return cal.iso_month(anchor.year, anchor.month), "month"
    days = n * (7 if unit == "week" else 1)
    return cal.iso_day(anchor.date + dt.timedelta(days=sign * days)), "day"


def stretch(anchor: Anchor | None, n: int, unit: str, direction: int) -> Value:
    """The N units before (-1) or after (+1) publication, as a range ("2025/2030")."""
    if anchor is None:
        return UNKNOWN
    if unit in ("year", "decade"):
        span = n * (10 if unit == "decade" else 1)
        first, last = sorted((anchor.year, anchor.year + direction * span))
        return year_range(first, last)
    if unit == "month":
        other = cal.add_months(anchor.year, anchor.month, direction * n)
        ends = sorted([(anchor.year, anchor.month), other])
        return cal.iso_range(cal.iso_month(*ends[0]), cal.iso_month(*ends[1])), "range"
    if anchor.day is None:
        return UNKNOWN
    days = n * (7 if unit == "week" else 1)
    ends2 = sorted([anchor.date, anchor.date + dt.timedelta(days=direction * days)])
    return cal.iso_range(cal.iso_day(ends2[0]), cal.iso_day(ends2[1])), "range"
