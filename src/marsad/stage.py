"""The stage contract: one class, one job, `__call__(doc) -> doc`.

A stage declares what it `requires` and `provides` (names of document layers such as
"sentences", "tokens", "entities"); the pipeline checks the order when it is built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from marsad.document import Document


class Stage:
    """Base class of every pipeline stage."""

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Process many documents; stages with a faster batched path override this."""
        for doc in docs:
            yield self(doc)
