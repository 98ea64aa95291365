"""The shipped KB: matching, demonyms, role holders by date."""

from __future__ import annotations

from marsad.kb.roles import parse_role, resolve_role
from marsad.kb.store import KnowledgeBase


def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def test_exact_match_through_clitics() -> None:
    [entry, *_] = kb().exact_match("وأردوغان")
    assert entry.kb_id == "wikidata:Q39259"


def test_loose_match_finds_lemmatized_cameo_entries() -> None:
    found = kb().loose_match("وزارة الدفاع الأميركية")
    assert any(e.country == "USA" for e in found)


def test_demonyms() -> None:
    assert kb().demonym_country("الأتراك") == "TUR"
    assert kb().demonym_country("الليبية") == "LBY"
    assert kb().demonym_country("والمصريين") == "EGY"
    assert kb().demonym_country("حكومة") is None


def test_role_phrases_resolve_to_the_holder_on_the_date() -> None:
    assert parse_role("وزير الدفاع التركي", kb()) == ("defence_minister", "TUR")
    assert parse_role("وزير خارجية تركيا", kb()) == ("foreign_minister", "TUR")
    assert resolve_role("وزير الدفاع التركي", "2025-04-05").kb_id == "marsad:yasar-guler"
    assert resolve_role("وزير الدفاع التركي", "2020-01-01").kb_id == "marsad:hulusi-akar"
    assert resolve_role("الأمين العام للأمم المتحدة", "2015-07-01").kb_id == "wikidata:Q1253"
    assert resolve_role("وزير الدفاع التركي", None) is None
    assert resolve_role("وزير الدفاع", "2025-04-05") is None  # no country named


def test_country_and_sector_follow_the_date() -> None:
    erdogan = kb().entries["wikidata:Q39259"]
    assert erdogan.at("2010-01-01") == ("TUR", "GOV")
    assert erdogan.at(None) == ("TUR", "GOV")
