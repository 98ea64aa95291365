from marsad.document import Document
from marsad.pipeline import Pipeline
from marsad.stages.ner import NerStage
from marsad.stages.segment import SegmentStage
from marsad.stages.validate import ValidateStage

TEXT = (
    "استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية المصري سامح شكري وبأنقرة أمس. "
    "وأكد المتحدث باسم وزارة الخارجية الأمريكية أن الولايات المتحدة تدعم الجيش الوطني الليبي في بنغازي."
)


def run(text: str) -> Document:
    doc = Document(text=text)
    Pipeline([ValidateStage(), SegmentStage(), NerStage()])(doc)
    return doc


def test_entities_point_into_the_text_in_order() -> None:
    doc = run(TEXT)
    assert doc.entities
    assert [e.id for e in doc.entities] == [f"T{i}" for i in range(1, len(doc.entities) + 1)]
    assert [e.start for e in doc.entities] == sorted(e.start for e in doc.entities)
    for entity in doc.entities:
        assert doc.text[entity.start:entity.end] == entity.text
        assert 0.0 < entity.confidence <= 1.0
        assert entity.type in ("PER", "ORG", "LOC", "GPE", "FAC", "NORP", "EVENT", "MISC")


def test_names_and_clitics() -> None:
    found = {(e.type, e.text) for e in run(TEXT).entities}
    assert ("PER", "رجب طيب أردوغان") in found
    assert ("GPE", "أنقرة") in found  # «وبأنقرة»: the clitics stay out of the span
    assert ("GPE", "بنغازي") in found


def test_no_tokens_no_entities() -> None:
    doc = Document(text="...")
    doc.tokens = []
    assert NerStage()(doc).entities == []


def test_saudi_news_names() -> None:
    text = ("سبق - ينبع: أعلنت وزارة الصحة بالتعاون مع جامعة الملك خالد في منطقة عسير عن حملة جديدة، "
            "ونقلت واس عن خادم الحرمين الشريفين قوله إن الله وفق الجميع.")
    found = {(e.type, e.text) for e in run(text).entities}
    assert ("ORG", "وزارة الصحة") in found
    assert ("ORG", "جامعة الملك خالد") in found
    assert ("ORG", "واس") in found  # not «اس»: the و is the name's
    assert {("LOC", "ينبع"), ("LOC", "عسير")} <= {(t.replace("GPE", "LOC"), x) for t, x in found}
    assert not {x for _, x in found} & {"الله", "خادم الحرمين الشريفين"}
