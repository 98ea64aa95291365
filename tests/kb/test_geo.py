"""The gazetteer and place resolution in an article's country context."""

from __future__ import annotations

from marsad.document import Canonical, Document, Entity
from marsad.kb.geo import Gazetteer, country_context, resolve_place
from marsad.kb.geo_build import arabic_names, haversine_km


def doc_with(*mentions: tuple[str, str]) -> Document:
    text = " ".join(m for m, _ in mentions)
    doc = Document(text=text)
    pos = 0
    for i, (mention, kind) in enumerate(mentions):
        doc.entities.append(Entity(f"T{i}", mention, kind, pos, pos + len(mention)))
        pos += len(mention) + 1
    return doc


def test_arabic_names_exclude_other_scripts_and_persian() -> None:
    assert arabic_names(["Tripoli", "طرابلس", "Триполи", "تریپولی، آیووا", "گرگان"]) == ["طرابلس"]


def test_gazetteer_candidates_through_clitics() -> None:
    gaz = Gazetteer.default()
    assert any(p.geonameid == 323786 for p in gaz.candidates("وبأنقرة") or gaz.candidates("بأنقرة"))
    assert {p.country for p in gaz.candidates("طرابلس")} >= {"LBY", "LBN"}


def test_tripoli_follows_the_article_country() -> None:
    libyan = doc_with(("بنغازي", "GPE"), ("مصراتة", "GPE"), ("طرابلس", "GPE"))
    lebanese = doc_with(("بيروت", "GPE"), ("صيدا", "GPE"), ("لبنان", "GPE"), ("طرابلس", "GPE"))
    assert resolve_place("طرابلس", libyan).country == "LBY"
    geo = resolve_place("طرابلس", lebanese)
    assert geo.country == "LBN" and haversine_km(geo.lat, geo.lon, 34.43, 35.84) < 25


def test_linked_actors_count_in_the_context() -> None:
    doc = doc_with(("حزب الله", "ORG"), ("طرابلس", "GPE"))
    doc.entities[0].canonical = Canonical("حزب الله", "Hezbollah", "marsad:hezbollah", "LBN", "REB")
    assert country_context(doc)["LBN"] == 1
    assert resolve_place("طرابلس", doc).country == "LBN"


def test_descriptors_and_adjectives() -> None:
    doc = doc_with(("العاصمة طرابلس", "GPE"),)
    assert resolve_place("العاصمة طرابلس", doc).geonameid == 2210247
    assert resolve_place("شرق ليبيا", doc).country == "LBY"
    assert resolve_place("طرابلس اللبنانية", doc).country == "LBN"
    assert resolve_place("كلمة لا مكان لها", doc) is None


def test_haversine() -> None:
    assert abs(haversine_km(0, 0, 0, 1) - 111.19) < 0.1
