"""Build a pipeline of stages, check their order, run documents with per-document error isolation."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.document import Document
from marsad.errors import InputError, PipelineError
from marsad.stage import Stage

log = logging.getLogger(__name__)

# Layers every document has as soon as it is read.
BASE_LAYERS = frozenset({"text", "metadata"})


@dataclass
class StageStats:
    calls: int = 0
    seconds: float = 0.0
    errors: int = 0


@dataclass
class PipelineStats:
    documents: int = 0
    errors: Counter = field(default_factory=Counter)  # error kind -> count
    stages: dict[str, StageStats] = field(default_factory=dict)


class Pipeline:
    """An ordered list of stages; calling it runs one document through all of them."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        check_order(stages)
        self.stages = list(stages)
        self.stats = PipelineStats(stages={s.name: StageStats() for s in self.stages})

    def __call__(self, doc: Document) -> Document:
        self.stats.documents += 1
        for stage in self.stages:
            if doc.error is not None:
                break
            self._run_stage(stage, doc)
        if doc.error is not None:
            self.stats.errors[doc.error.kind] += 1
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Process documents in input order; a failing one gets an `error`, the rest go on."""
        for doc in docs:
            yield self(doc)

    def _run_stage(self, stage: Stage, doc: Document) -> None:
        stats = self.stats.stages[stage.name]
        started = time.perf_counter()
        try:
            stage(doc)
        except InputError as exc:
            doc.fail(exc.kind, str(exc))
            stats.errors += 1
        except Exception as exc:  # one bad article must never stop a batch
            log.exception("stage %s failed on document %s", stage.name, doc.id)
            doc.fail("internal", f"{stage.name}: {type(exc).__name__}: {exc}")
            stats.errors += 1
        finally:
            stats.calls += 1
            stats.seconds += time.perf_counter() - started


def check_order(stages: Sequence[Stage]) -> None:
    """Raise PipelineError when a stage requires a layer no earlier stage provides."""
    available = set(BASE_LAYERS)
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise PipelineError(
                f"stage '{stage.name}' requires {missing}, which no earlier stage provides "
                f"(available: {sorted(available)})"
            )
        available.update(stage.provides)


def build_default_stages() -> list[Stage]:
    """The full extraction pipeline, in order."""
    from marsad.stages.events import EventStage
    from marsad.stages.geocode import GeocodeStage
    from marsad.stages.link import LinkStage
    from marsad.stages.ner import NerStage
    from marsad.stages.segment import SegmentStage
    from marsad.stages.times import TimeStage
    from marsad.stages.validate import ValidateStage

    return [
        ValidateStage(),
        SegmentStage(),
        NerStage(),
        LinkStage(),
        GeocodeStage(),
        TimeStage(),
        EventStage(),
    ]


@lru_cache(maxsize=1)
def _shared_stages() -> tuple[Stage, ...]:
    # Models and gazetteers are loaded once per process and shared by every pipeline.
    return tuple(build_default_stages())


def default_pipeline() -> Pipeline:
    """A fresh pipeline (own statistics) over the process-wide shared stages."""
    return Pipeline(_shared_stages())
