"""Time expressions: dates, months, years, relative days and periods, Hijri dates.

Thin on purpose: the Arabic calendar words live in `arabic.months`/`arabic.numbers`, the
rules and the resolution against the publication date in the `times` subpackage.
"""

from __future__ import annotations

from marsad.document import Document
from marsad.stage import Stage
from marsad.times.extract import find_times


class TimeStage(Stage):
    """Fill `doc.times` with `TimeExpr`s resolved against `doc.published` (may be None)."""

    name = "times"
    requires = ("sentences", "tokens")
    provides = ("times",)

    def __call__(self, doc: Document) -> Document:
        sentences = [(s.start, s.end) for s in doc.sentences] or None
        doc.times = find_times(doc.text, doc.published, sentences)
        return doc
