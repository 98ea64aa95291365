"""Find the time expressions of a text and resolve them against its publication date.

Every rule runs on the normalized view of the text (`normalize_with_map`), within one
sentence at a time; overlapping candidates are settled longest first (then by rule order);
a kept span grows leftwards over a part word ("مطلع", "أواخر", "منتصف": the value keeps the
whole period); offsets are mapped back so that `text[start:end] == expr.text` always.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from marsad.arabic.normalize import normalize_with_map, original_span
from marsad.document import TimeExpr
from marsad.times.calendar import Anchor, parse_anchor, valid_day
from marsad.times.patterns import PART
from marsad.times.rules import RULES

_PART_BEFORE = re.compile(rf"(?<!\w)(?:[وف]?[بل]?)(?P<part>{PART})\s+(?:من\s+)?(?:شهر\s+)?$")
_TRAILING = re.compile(r"[\u0640\u064B-\u065F\u0670]")
_LAM_LAM = re.compile(r"(?<!\w)([وف]?)لل(?=\w)")
_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_EXTENDABLE = frozenset({"month", "year", "range"})


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # in the normalized view
    end: int
    rule: int  # index in RULES: lower wins a tie in length
    value: str | None
    precision: str


def find_times(text: str, published: str | None = None,
               sentences: Iterable[tuple[int, int]] | None = None) -> list[TimeExpr]:
    """The time expressions of `text`, in text order, resolved against `published`
    ("YYYY-MM-DD", "YYYY-MM" or None). `sentences`: (start, end) offsets into `text` to
    match within (default: the whole text, split at line breaks).
    """
    norm, index = _expand_lam(*normalize_with_map(text))
    anchor = parse_anchor(published)
    if sentences is None:
        bounds = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", norm)]
    else:
        bounds = [(_to_norm(index, s), _to_norm(index, e)) for s, e in sentences]
    found: list[Candidate] = []
    for start, end in bounds:
        found.extend(_select(_candidates(norm, start, end, anchor)))
    out = []
    for cand in _complete_days(sorted(found, key=lambda c: c.start)):
        a, b = original_span(index, cand.start, cand.end)
        while b < len(text) and _TRAILING.match(text[b]):
            b += 1  # keep the tatweel of "هـ" and the tanween of "غداً" inside the span
        out.append(TimeExpr(text[a:b], a, b, cand.value, cand.precision))
    return out


def _expand_lam(norm: str, index: list[int]) -> tuple[str, list[int]]:
    """Write "للعام" as "لالعام": the preposition ل before the article drops the article's alef,
    so patterns written with ال ("العام الجاري", "الأسبوع المقبل") would miss it. The restored
    alef maps to the first ل, so a span still begins at the start of the written word."""
    out: list[str] = []
    out_index: list[int] = []
    last = 0
    for match in _LAM_LAM.finditer(norm):
        cut = match.end(1) + 1  # just after the first ل
        out.append(norm[last:cut])
        out_index.extend(index[last:cut])
        out.append("ا")
        out_index.append(index[cut - 1])
        last = cut
    out.append(norm[last:])
    out_index.extend(index[last:])  # with the final end-of-text entry
    return "".join(out), out_index


def _complete_days(cands: list[Candidate]) -> list[Candidate]:
    """Give "يوم 20 من نفس الشهر" (value "---20") and "نفس الشهر من العام الماضي" (value
    "2014-xx") the month of the last dated expression before them."""
    out, month = [], None
    for cand in cands:
        if cand.value and cand.value.startswith("---"):
            day = valid_day(int(month[:4]), int(month[5:7]), int(cand.value[3:])) if month else None
            cand = Candidate(cand.start, cand.end, cand.rule, day.isoformat() if day else None,
                             "day" if day else "unknown")
        elif cand.value and cand.value.endswith("-xx"):  # "نفس الشهر من العام الماضي"
            value = f"{cand.value[:4]}-{month[5:7]}" if month else None
            cand = Candidate(cand.start, cand.end, cand.rule, value, "month" if value else "unknown")
        elif cand.value and cand.precision in ("day", "month") and _YEAR_MONTH.match(cand.value):
            month = cand.value[:7]
        out.append(cand)
    return out


def _to_norm(index: list[int], pos: int) -> int:
    """The normalized offset of an original offset (the first kept character at or after it)."""
    return bisect.bisect_left(index, pos)


def _candidates(norm: str, start: int, end: int, anchor: Anchor | None) -> list[Candidate]:
    out = []
    for number, rule in enumerate(RULES):
        for match in rule.pattern.finditer(norm, start, end):
            try:
                value = rule.read(match, anchor, norm)
            except (ValueError, OverflowError):  # date arithmetic past year 1 or 9999
                continue
            if value is None:
                continue
            s, e = match.span("x")
            s, e = _trim(norm, s, e)
            if value[1] in _EXTENDABLE:
                s = _extend_left(norm, s, start)
            out.append(Candidate(s, e, number, value[0], value[1]))
    return out


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap a longer (or earlier-rule) one."""
    kept: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.rule, c.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return kept


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing spaces and a closing bracket that has no opening one inside the span."""
    while end > start and norm[end - 1].isspace():
        end -= 1
    if norm[end - 1:end] == ")" and "(" not in norm[start:end]:
        end -= 1
    return start, end


def _extend_left(norm: str, start: int, floor: int) -> int:
    """Grow a span over a part word before it: "مطلع" + "العام المقبل"."""
    match = _PART_BEFORE.search(norm, max(floor, start - 30), start)
    return match.start("part") if match else start
