from pathlib import Path

from marsad.models.gazetteers import Gazetteer, cameo_actors, load_gazetteer, phrase_key, word_key


def test_word_key_strips_clitics_and_article() -> None:
    assert word_key("وبأنقرة") == word_key("أنقرة") == "انقره"
    assert word_key("للجيش") == "جيش"


def test_phrase_match_is_longest_first() -> None:
    gazetteer = Gazetteer.from_entries([("COUNTRY", phrase_key("الولايات المتحدة")),
                                        ("CITY", phrase_key("نيو يورك"))])
    keys = [word_key(w) for w in ["زار", "والولايات", "المتحدة", "ثم", "نيو", "يورك"]]
    assert [(s, e, sorted(c)) for s, e, c in gazetteer.match(keys)] == [(1, 3, ["COUNTRY"]), (4, 6, ["CITY"])]


def test_cameo_actors_classifies_people_and_organisations(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(
        "نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n"
        "وزارة_دفاع_أميركي_  [USAGOV]\n"
        "غزة  [PSE]\n",
        encoding="utf-8",
    )
    assert list(cameo_actors(path)) == [("PER", "نوري المالكي"), ("ORG", "وزارة دفاع أميركي")]


def test_shipped_gazetteer_knows_countries_cities_and_titles() -> None:
    gazetteer = load_gazetteer()
    assert "COUNTRY" in gazetteer.categories(word_key("تركيا"))
    assert "CITY" in gazetteer.categories(word_key("أنقرة"))
    assert "TITLE" in gazetteer.categories(word_key("الرئيس"))
    assert "بنغازي" in gazetteer.surface
