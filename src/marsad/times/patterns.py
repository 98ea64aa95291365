"""Regular-expression building blocks for time expressions, made from the tables of
`arabic.months` and `arabic.numbers`. Patterns run on the *normalized* text (ASCII digits,
folded alef/ya/ta marbuta, no diacritics), so every fragment is written in normalized form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.arabic import months, numbers


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest first, inner spaces matching any run of spaces."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


# Word edges: Arabic letters are \w, so these stop a match inside a word. A proclitic
# conjunction or preposition may stick to the first word; it stays outside the span.
START = r"(?<![\w])(?:[وف]?[بلك]?(?:ال\s?(?=\d))?)"
END = r"(?!\w)"

GMONTH = alt(months.GREGORIAN_MONTHS)
HMONTH = alt(months.HIJRI_MONTHS)
WEEKDAY = alt(months.WEEKDAYS)
MOD = alt(months.RELATIVE_MODIFIERS)
PMOD = alt(months.PLURAL_MODIFIERS)
UNIT = alt(months.PERIOD_UNITS)
UNIT_DEF = alt("ال" + w for w in months.PERIOD_UNITS)
DUAL_DEF = alt("ال" + w for w in months.DUAL_UNITS)
SINGLE_OR_DUAL = alt(["يوم", "اسبوع", "شهر", "عام", "سنه", "عقد", *months.DUAL_UNITS])
NUMW = alt(numbers.cardinal_words())
NUMBER = rf"(?:\d{{1,3}}|{NUMW}(?:\s+و?\s*{NUMW})*)"
NUMBER_DEF = rf"(?:(?:ال\s?)?\d{{1,3}}|(?:ال)?{NUMW}(?:\s+و?\s*(?:ال)?{NUMW})*)"
ORDINAL = rf"(?:{alt(numbers.ORDINAL_UNITS)}(?:\s+(?:عشر|عشره|و{alt(numbers.ORDINAL_TENS)}))?" \
          rf"|{alt(numbers.ORDINAL_TENS)})"
DAY = rf"(?:(?<![\d.,])\d{{1,2}}|{ORDINAL})"
YEAR = r"(?<![\d.,])\d{4}(?![\d]|[.,]\d)"
HIJRI_SUFFIX = r"(?:ه|هجري|هجريه|للهجره)"
AD_SUFFIX = r"(?:م|ميلادي|ميلاديه|للميلاد)"
YEAR_NOUN = r"(?:عام|العام|لعام|سنه|السنه|لسنه)"
APPROX = r"(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+(?:عن|علي)|اكثر\s+من)"
PART = alt(months.PART_WORDS)
HOLY = r"(?:المبارك|الكريم|الفضيل|المعظم|الحرام)"

# A month with an optional second naming: "حزيران/يونيو", "يونيو (حزيران)", "يونيو - حزيران".
GMONTH_PAIR = rf"\(?(?P<gm>{GMONTH})\)?(?:(?:\s*(?:/|\(|-|–)\s*|\s+)(?P<gm2>{GMONTH})\s*\)?)?"

# The day before a month: a number or an ordinal, "من" and "شهر" optional; a weekday may lead.
WEEKDAY_LEAD = rf"(?:(?:يوم\s+)?(?P<wd>{WEEKDAY})\s*[،,]?\s*(?:الموافق\s*)?)?"
DAY_LEAD = rf"{WEEKDAY_LEAD}(?:يوم\s+)?(?P<day>{DAY})\s*(?:من\s+)?(?:شهر\s+)?"
# "من نفس العام", "من العام نفسه": the year of the last explicit year before.
SAME_YEAR = r"(?P<same>\s+(?:من\s+)?(?:نفس\s+(?:العام|السنه)|(?:العام|السنه)\s+(?:نفسه|نفسها|ذاته|ذاتها)))"
# "أكتوبر من العام الماضي", "الثالث من أغسطس العام الماضي", "ديسمبر من هذا العام".
REL_YEAR = rf"(?:\s+(?:من\s+)?(?:(?:العام|السنه)\s+(?P<ymod>{MOD})|(?P<ythis>هذا\s+العام|هذه\s+السنه)))"
# "4 إلى 15 أغسطس من الشهر المقبل": the month named twice.
MONTH_TAIL = rf"(?:\s+من\s+(?:هذا\s+)?الشهر(?:\s+(?P<mod2>{MOD}))?)"
THIS_MONTH = r"(?:\s+من\s+(?:الشهر|هذا\s+الشهر)(?:\s+(?:الجاري|الحالي))?)"
# An optional year after a month: "2023", ", 2023", "من عام 2023", "2023م".
YEAR_TAIL = rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{YEAR_NOUN}\s+)?(?P<year>{YEAR})(?:\s*(?P<cal>{AD_SUFFIX}|{HIJRI_SUFFIX}){END})?)"


def compile_pattern(body: str) -> re.Pattern[str]:
    """Compile a rule body between word edges, the span being the named group "x"."""
    return re.compile(rf"{START}(?P<x>{body}){END}")
