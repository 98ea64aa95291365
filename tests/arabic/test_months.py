"""The calendar-word tables: normalized keys, full coverage of every naming, lookups."""

from __future__ import annotations

import pytest

from marsad.arabic import months
from marsad.arabic.normalize import normalize


@pytest.mark.parametrize("table", [
    months.GREGORIAN_MONTHS, months.HIJRI_MONTHS, months.WEEKDAYS, months.RELATIVE_MODIFIERS,
    months.PLURAL_MODIFIERS, months.PERIOD_UNITS, months.DECADES, months.CENTURIES, months.HIJRI_HOLIDAYS,
])
def test_keys_are_normalized(table: dict) -> None:
    for key in table:
        assert normalize(key) == key, key


def test_every_regional_naming_covers_twelve_months() -> None:
    eastern = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
               "نوفمبر", "ديسمبر"]
    levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                 "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    maghrebi = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
                "نوفمبر", "ديسمبر"]
    moroccan = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
                "نونبر", "دجنبر"]
    for naming in (eastern, levantine, maghrebi, moroccan):
        assert [months.gregorian_month(normalize(n)) for n in naming] == list(range(1, 13)), naming


def test_hijri_months() -> None:
    names = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
             "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
    assert [months.hijri_month(normalize(n)) for n in names] == list(range(1, 13))
    assert months.hijri_month(normalize("ذي الحجة")) == 12
    assert months.hijri_month("يناير") is None


def test_weekdays_and_modifiers() -> None:
    assert months.weekday(normalize("الخميس")) == 3
    assert months.weekday(normalize("يوم الأحد")) == 6
    assert months.weekday("اثنين") == 0
    assert months.weekday("يناير") is None
    assert months.relative_offset("الماضي") == -1
    assert months.relative_offset("المقبله") == 1
    assert months.relative_offset("الجاري") == 0
    assert months.relative_offset("الكبير") is None


def test_period_units() -> None:
    assert months.period_unit("سنوات") == "year"
    assert months.period_unit("الاشهر") == "month"
    assert months.period_unit("اسبوعين") == "week"
    assert months.period_unit("برنامج") is None
    assert "عامين" in months.DUAL_UNITS
