import pytest

from marsad.document import Document
from marsad.errors import InputError, PipelineError
from marsad.pipeline import Pipeline, check_order
from marsad.stage import Stage
from marsad.stages.segment import SegmentStage
from marsad.stages.validate import ValidateStage


class Boom(Stage):
    name = "boom"
    requires = ("tokens",)
    provides = ("boomed",)

    def __call__(self, doc: Document) -> Document:
        if "انفجار" in doc.text:
            raise RuntimeError("exploded")
        return doc


class NeedsEvents(Stage):
    name = "needs-events"
    requires = ("events",)


def test_order_is_checked_when_built():
    with pytest.raises(PipelineError, match="requires"):
        check_order([ValidateStage(), NeedsEvents()])
    with pytest.raises(PipelineError):
        Pipeline([SegmentStage(), ValidateStage()])


def test_one_failing_document_does_not_stop_the_others():
    pipeline = Pipeline([ValidateStage(), SegmentStage(), Boom()])
    docs = [Document(text=t) for t in ("خبر أول عن الاقتصاد", "خبر عن انفجار", "hello world", "خبر ثالث")]
    out = list(pipeline.pipe(docs))
    assert [d.error.kind if d.error else None for d in out] == [None, "internal", "language", None]
    assert "exploded" in out[1].error.message
    assert out[3].tokens
    assert pipeline.stats.documents == 4
    assert pipeline.stats.errors == {"internal": 1, "language": 1}
    assert pipeline.stats.stages["boom"].errors == 1


def test_validate_errors():
    stage = ValidateStage(max_chars=50)
    for text, kind in (("", "empty"), ("   \n", "empty"), ("ا" * 51, "too_large"), ("The quick brown fox", "language")):
        with pytest.raises(InputError) as info:
            stage(Document(text=text))
        assert info.value.kind == kind
    with pytest.raises(InputError, match="Latin"):
        stage(Document(text="plain English text"))
