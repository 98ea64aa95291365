"""Hijri <-> Gregorian conversion, anchors and ISO helpers."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from marsad.times import calendar as cal


def test_known_umm_al_qura_dates() -> None:
    assert cal.hijri_to_gregorian(1436, 10, 1) == dt.date(2015, 7, 17)  # Eid al-Fitr 1436
    assert cal.hijri_to_gregorian(1446, 9, 1) == dt.date(2025, 3, 1)  # Ramadan 1446
    assert cal.hijri_to_gregorian(1447, 1, 1) == dt.date(2025, 6, 26)
    assert cal.gregorian_to_hijri(dt.date(2015, 8, 11)) == (1436, 10, 26)


def test_month_and_year_spans() -> None:
    assert cal.hijri_month_span(1436, 9) == (dt.date(2015, 6, 18), dt.date(2015, 7, 16))
    first, last = cal.hijri_year_span(1436)
    assert first == dt.date(2014, 10, 25) and last == dt.date(2015, 10, 13)


def test_arithmetic_fallback_outside_the_tables() -> None:
    # 1 Muharram 1 AH: 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian).
    assert cal.hijri_to_gregorian(1, 1, 1) == dt.date(622, 7, 19)
    day = cal.hijri_to_gregorian(1600, 5, 10)
    assert cal.gregorian_to_hijri(day) == (1600, 5, 10)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2150, 12, 31)))
def test_round_trip(day: dt.date) -> None:
    assert cal.hijri_to_gregorian(*cal.gregorian_to_hijri(day)) == day


def test_nearest_hijri_month() -> None:
    around = dt.date(2015, 8, 5)  # 20 Shawwal 1436
    assert cal.nearest_hijri_month(9, around) == (1436, 9)
    assert cal.nearest_hijri_month(9, around, -1) == (1436, 9)
    assert cal.nearest_hijri_month(9, around, 1) == (1437, 9)
    assert cal.nearest_hijri_month(12, around, 0) == (1436, 12)


def test_parse_anchor() -> None:
    assert cal.parse_anchor("2025-04-05") == cal.Anchor(2025, 4, 5)
    assert cal.parse_anchor("2025-04") == cal.Anchor(2025, 4, None)
    assert cal.parse_anchor("2015-07-21 02:51:32") == cal.Anchor(2015, 7, 21)
    assert cal.parse_anchor(None) is None
    assert cal.parse_anchor("April 2025") is None
    assert cal.parse_anchor("2025-13-01") is None
    assert cal.parse_anchor("0001-01-01") is None and cal.parse_anchor("9999-12-31") is None


def test_iso_helpers() -> None:
    assert cal.iso_month(2025, 4) == "2025-04"
    assert cal.iso_range("2025", "2030") == "2025/2030"
    assert cal.add_months(2025, 1, -3) == (2024, 10)
    assert cal.valid_day(2025, 4, 31) is None
