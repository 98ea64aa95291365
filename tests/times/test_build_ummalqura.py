"""The shipped Umm al-Qura table is what its builder makes from the hijridate tables."""

from __future__ import annotations

import json

import pytest

from marsad.times import build_ummalqura, calendar


def test_shipped_table_shape() -> None:
    table = json.loads(calendar.TABLE.read_text(encoding="utf-8"))
    years = table["last_year"] - table["first_year"] + 1
    assert len(table["month_lengths"]) == years * 12
    assert set(table["month_lengths"]) <= set("8901")


def test_builder_reproduces_the_shipped_table() -> None:
    pytest.importorskip("hijridate")
    shipped = json.loads(calendar.TABLE.read_text(encoding="utf-8"))
    assert build_ummalqura.build() == shipped
