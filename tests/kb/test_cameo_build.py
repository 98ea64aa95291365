"""CAMEO dictionary parsing and the KB builder's layers."""

from __future__ import annotations

from pathlib import Path

from marsad.kb.cameo import merge, parse_code, parse_roles, read_entries
from marsad.kb.kb_build import country_entries, curated_entries
from marsad.kb.kb_build import parse_roles as curated_roles

ISO3 = {"LBN", "IRQ", "PSE", "USA", "TUR"}


def test_parse_code_splits_country_and_sector() -> None:
    assert parse_code("LBNGOVLEG", ISO3) == ("LBN", "GOV")
    assert parse_code("IGO", ISO3) == (None, "IGO")
    assert parse_code("USAMED", ISO3) == ("USA", "JRN")  # CAMEO media -> PLOVER journalists
    assert parse_code("SAUMIL?", ISO3 | {"SAU"}) == ("SAU", "MIL")


def test_parse_roles_reads_date_ranges_and_open_ends() -> None:
    [role] = parse_roles("\t[IRQGOV 20101221-20140908]", ISO3)
    assert (role.country, role.sector, role.start, role.end) == ("IRQ", "GOV", "2010-12-21", "2014-09-08")
    [open_end] = parse_roles("\t[PSECVLELI 19840502-18000101]", ISO3)
    assert open_end.start == "1984-05-02" and open_end.end is None
    [since] = parse_roles("\t[DZAPTY >19541101]", ISO3 | {"DZA"})
    assert since.start == "1954-11-01" and since.end is None


def test_read_entries_cleans_and_merges(tmp_path: Path) -> None:
    text = (
        "نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n\t[IRQELI 20140908-20161010]\n"
        "صحيفة تابع ل هو في موقع مختلفة , أو حتى من خلال  [LIEREBEDU]\n"
        "حركة_فتح_  [PSEPTY]\n"
        "نوري_مالكي_  [IRQGOV]\n"
    )
    path = tmp_path / "actors.txt"
    path.write_text(text, encoding="utf-8")
    entries = merge(read_entries(path, ISO3))
    names = {e.name_ar for e in entries}
    assert "حركة فتح" in names
    assert not any("صحيفة" in n for n in names)  # a sentence fragment, dropped
    maliki = [e for e in entries if "مالكي" in e.kb_id]
    assert len(maliki) == 1 and maliki[0].country == "IRQ"
    assert maliki[0].at("2012-01-01") == ("IRQ", "GOV")
    assert maliki[0].at("2015-01-01") == ("IRQ", "ELI")


def test_country_layer_has_names_and_demonyms() -> None:
    by_iso = {e.country: e for e in country_entries()}
    assert len(by_iso) > 200
    turkey = by_iso["TUR"]
    assert turkey.name_en == "Turkey" and "تركيا" in turkey.aliases
    assert {"التركي", "التركية", "الأتراك"} <= set(turkey.demonyms)


def test_curated_layer_records_roles_and_sources() -> None:
    entries = {e.kb_id: e for e in curated_entries()}
    guler = entries["marsad:yasar-guler"]
    assert guler.country == "TUR" and guler.source.startswith("curated")
    assert [r.role for r in guler.roles] == ["chief_of_staff", "defence_minister"]
    assert curated_roles("secretary_general@UN:2007..2016", None)[0].country == "UN"
