"""Entity linking: every entity gets a `Canonical` actor (KB entry, place or transliteration)."""

from __future__ import annotations

from marsad.document import Document
from marsad.kb.linker import Linker
from marsad.stage import Stage


class LinkStage(Stage):
    """Fills `entity.canonical` from the actor KB, the gazetteer, role holders and coreference.

    The KB is loaded on first use, so building a pipeline stays cheap.
    """

    name = "link"
    requires = ("entities",)
    provides = ("linked",)

    def __init__(self, linker: Linker | None = None) -> None:
        self._linker = linker

    @property
    def linker(self) -> Linker:
        if self._linker is None:
            self._linker = Linker()
        return self._linker

    def __call__(self, doc: Document) -> Document:
        self.linker.link_document(doc)
        return doc
