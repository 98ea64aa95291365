"""`lookup(name)` for `marsad kb lookup NAME`."""

from __future__ import annotations

from marsad.kb.lookup import lookup


def test_lookup_exact_arabic_name() -> None:
    [best, *_] = lookup("يشار غولر")
    assert (best.name_en, best.country, best.score, best.source) == ("Yaşar Güler", "TUR", 100.0, "curated")


def test_lookup_role_phrase_on_a_date() -> None:
    [best, *_] = lookup("وزير الدفاع التركي", on="2025-04-05")
    assert best.kb_id == "marsad:yasar-guler"


def test_lookup_spelling_variant_and_english() -> None:
    assert lookup("سلجوق بيرقدار اوغلو")[0].kb_id == "marsad:selcuk-bayraktaroglu"
    assert lookup("Erdogan")[0].kb_id == "wikidata:Q39259"


def test_lookup_lists_places_and_respects_limit() -> None:
    results = lookup("طرابلس", limit=20)
    ids = {c.kb_id for c in results}
    assert {"geonames:2210247", "geonames:266826"} <= ids
    assert len(lookup("طرابلس", limit=2)) == 2
    assert lookup("zzzzqqq") == []
