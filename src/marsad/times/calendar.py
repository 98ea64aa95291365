"""Calendar arithmetic for resolving time expressions: Hijri <-> Gregorian, month steps,
and the ISO 8601 strings of SCHEMA.md ("2025", "2025-04", "2025-04-05", "2025/2030").

Hijri dates use the Umm al-Qura tables (Saudi Arabia's official calendar, 1343-1500 AH,
shipped in `data/times/ummalqura.json`) and, outside them, the tabular arithmetic
calendar (30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), which is
within a day or two of the observed calendar.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.errors import ModelError

TABLE = Path(__file__).resolve().parents[1] / "data" / "times" / "ummalqura.json"
# Ordinal (proleptic Gregorian) of 1 Muharram 1 AH, civil epoch: 16 July 622 Julian.
ISLAMIC_EPOCH = dt.date(622, 7, 19).toordinal()


# Publication years outside this span are taken for errors (and would overflow `datetime`).
MIN_ANCHOR_YEAR, MAX_ANCHOR_YEAR = 1800, 2200


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date a relative expression is resolved against; day may be unknown."""

    year: int
    month: int
    day: int | None = None

    @property
    def date(self) -> dt.date:
        """The publication day (the 15th when only the month is known)."""
        return dt.date(self.year, self.month, self.day or 15)


def parse_anchor(published: str | None) -> Anchor | None:
    """Read "YYYY-MM-DD", "YYYY-MM" or a timestamp starting so; None when absent, unreadable
    or outside 1800-2200."""
    if not published:
        return None
    match = re.match(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", published)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    day = int(match.group(3)) if match.group(3) else None
    if not MIN_ANCHOR_YEAR <= year <= MAX_ANCHOR_YEAR:
        return None
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    return Anchor(year, month, day)


# ---- ISO strings -------------------------------------------------------------------------

def iso_year(year: int) -> str:
    return f"{year:04d}"


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_day(day: dt.date) -> str:
    return day.isoformat()


def iso_range(first: str, last: str) -> str:
    return f"{first}/{last}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the numbers do not make one (31 April)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ---- Hijri -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _month_starts() -> tuple[int, list[int]]:
    """(first Hijri year, ordinals of the first day of each month, plus one past the end)."""
    try:
        table = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read the Umm al-Qura table {TABLE}: {exc}") from exc
    starts = [int(table["first_ordinal"])]
    lengths = {"8": 28, "9": 29, "0": 30, "1": 31}  # length mod 10 (31 and 28: pre-1365 AH quirks)
    for digit in table["month_lengths"]:
        starts.append(starts[-1] + lengths[digit])
    return int(table["first_year"]), starts


def _arithmetic_to_ordinal(year: int, month: int, day: int) -> int:
    return (day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30
            + ISLAMIC_EPOCH - 1)


def hijri_to_gregorian(year: int, month: int, day: int = 1) -> dt.date:
    """The Gregorian date of a Hijri date (Umm al-Qura where tabled, else arithmetic)."""
    first_year, starts = _month_starts()
    index = (year - first_year) * 12 + (month - 1)
    if 0 <= index < len(starts) - 1:
        return dt.date.fromordinal(starts[index] + day - 1)
    return dt.date.fromordinal(_arithmetic_to_ordinal(year, month, day))


def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a Hijri month."""
    first = hijri_to_gregorian(year, month, 1)
    nxt_year, nxt_month = add_months(year, month, 1)
    return first, hijri_to_gregorian(nxt_year, nxt_month, 1) - dt.timedelta(days=1)


def hijri_year_span(year: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a Hijri year."""
    return hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1) - dt.timedelta(days=1)


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int]:
    """The Hijri (year, month, day) of a Gregorian date."""
    first_year, starts = _month_starts()
    ordinal = day.toordinal()
    if starts[0] <= ordinal < starts[-1]:
        index = bisect.bisect_right(starts, ordinal) - 1
        return first_year + index // 12, index % 12 + 1, ordinal - starts[index] + 1
    year = (30 * (ordinal - ISLAMIC_EPOCH) + 10646) // 10631
    month = 12
    while month > 1 and _arithmetic_to_ordinal(year, month, 1) > ordinal:
        month -= 1
    return year, month, ordinal - _arithmetic_to_ordinal(year, month, 1) + 1


def nearest_hijri_month(month: int, around: dt.date, direction: int | None = None) -> tuple[int, int]:
    """(Hijri year, month) of the occurrence of Hijri `month` nearest to `around`.

    direction -1: the last one that started before `around`'s month; +1: the next one after
    it; 0: the one of `around`'s Hijri year; None: the closest in either direction.
    """
    h_year, h_month, _ = gregorian_to_hijri(around)
    if direction == 0:
        return h_year, month
    if direction == -1:
        return (h_year, month) if month < h_month else (h_year - 1, month)
    if direction == 1:
        return (h_year, month) if month > h_month else (h_year + 1, month)
    options = [(h_year + k, month) for k in (-1, 0, 1)]
    return min(options, key=lambda ym: (abs((ym[0] * 12 + ym[1]) - (h_year * 12 + h_month)), ym[0]))
