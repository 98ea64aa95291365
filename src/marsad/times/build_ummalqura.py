"""Build `data/times/ummalqura.json`: the Umm al-Qura month lengths, 1343-1500 AH.

Saudi Arabia's official Hijri calendar (Umm al-Qura) is set by tables, not by a formula;
the tabular arithmetic calendar is off by a day or two in many months. This script reads
the tables of the `hijridate` package (MIT licence, by Mohammed H. Alsaadi and
contributors) through its public API and stores them compactly: the Gregorian ordinal of
1 Muharram of the first year and one digit per month, its length mod 10 ("9": 29 days,
"0": 30 days; a few months before 1365 AH have 28 or 31 days: "8", "1").
Run: `python -m marsad.times.build_ummalqura` (needs `pip install hijridate`; the shipped
file is read without it).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from marsad.errors import ModelError

OUT = Path(__file__).resolve().parents[1] / "data" / "times" / "ummalqura.json"
FIRST_YEAR, LAST_YEAR = 1343, 1500


def build() -> dict[str, object]:
    """Read the month lengths from hijridate and return the JSON-ready table."""
    try:
        from hijridate import Hijri
    except ImportError as exc:  # pragma: no cover - only the builder needs it
        raise ModelError("building the Umm al-Qura table needs the hijridate package") from exc
    starts = [Hijri(year, month, 1).to_gregorian().toordinal()
              for year in range(FIRST_YEAR, LAST_YEAR + 1) for month in range(1, 13)]
    starts.append(starts[-1] + Hijri(LAST_YEAR, 12, 1).month_length())
    lengths = [b - a for a, b in itertools.pairwise(starts)]
    if any(n not in (28, 29, 30, 31) for n in lengths):
        raise ModelError("unexpected Hijri month length in the hijridate tables")
    first = Hijri(FIRST_YEAR, 1, 1).to_gregorian().toordinal()
    return {
        "source": "Umm al-Qura calendar tables of the hijridate package 2.6.0 (MIT licence)",
        "first_year": FIRST_YEAR,
        "last_year": LAST_YEAR,
        "first_ordinal": first,
        "month_lengths": "".join(str(n % 10) for n in lengths),
    }


def main() -> None:
    """Write the table beside the package data."""
    table = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(str(table['month_lengths']))} months)")


if __name__ == "__main__":
    main()
