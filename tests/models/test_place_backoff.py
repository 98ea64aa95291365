from marsad.document import Document, Entity
from marsad.models.place_backoff import add_unseen_places
from marsad.stages.segment import SegmentStage

TEXT = "وصل الوفد إلى بنغازي ثم طرابلس، وزار لاحقا درنة وسبها قبل العودة إلى بيته البسيط."


def doc_with_places(*names: str) -> Document:
    doc = SegmentStage()(Document(text=TEXT))
    for number, name in enumerate(names, 1):
        start = TEXT.index(name)
        doc.entities.append(Entity(f"T{number}", name, "GPE", start, start + len(name)))
    return doc


def test_unseen_cities_of_the_article_country_are_added_without_clitics():
    added = add_unseen_places(doc_with_places("بنغازي", "طرابلس"), known_words=frozenset())
    assert [(e.text, TEXT[e.start:e.end], e.type, e.source) for e in added] == [
        ("درنة", "درنة", "GPE", "gazetteer"), ("سبها", "سبها", "GPE", "gazetteer")]


def test_nothing_without_a_clear_country_context():
    assert add_unseen_places(doc_with_places("بنغازي"), known_words=frozenset()) == []


def test_words_the_model_has_seen_are_left_to_it():
    added = add_unseen_places(doc_with_places("بنغازي", "طرابلس"), known_words=frozenset({"درنه"}))
    assert [e.text for e in added] == ["سبها"]
