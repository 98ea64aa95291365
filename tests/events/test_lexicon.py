from pathlib import Path

import pytest

from marsad.document import PLOVER_TYPES
from marsad.events.build_lexicon import build, read_curated
from marsad.events.cameo import clean_verbs, plover_type, read_verbs
from marsad.events.lexicon import LEXICON_DIR, load_lexicon

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def test_every_plover_type_has_curated_triggers() -> None:
    types = {row[0] for row in read_curated(LEXICON_DIR / "curated.tsv")}
    assert types == set(PLOVER_TYPES)


@pytest.mark.parametrize(("word", "ptype"), [
    ("زار", "CONSULT"), ("زيارة", "CONSULT"), ("التقى", "CONSULT"), ("لقاء", "CONSULT"), ("هاجم", "ASSAULT"),
    ("هجوم", "ASSAULT"), ("قصف", "ASSAULT"), ("اعتقل", "COERCE"), ("اعتقال", "COERCE"), ("تظاهر", "PROTEST"),
    ("تظاهرة", "PROTEST"), ("احتجاج", "PROTEST"), ("يلتقي", "CONSULT"), ("سيزور", "CONSULT"),
    ("اتهمت", "ACCUSE"), ("هددوا", "THREATEN"), ("يطالبون", "REQUEST"), ("انسحاب", "RETREAT"),
])
def test_shipped_lexicon_knows_common_news_triggers(word: str, ptype: str) -> None:
    from marsad.arabic.normalize import normalize

    senses = load_lexicon().lookup(normalize(word))
    assert ptype in {s.type for s in senses}


def test_future_forms_are_flagged() -> None:
    assert all(s.future for s in load_lexicon().lookup("سيزور"))
    assert not any(s.future for s in load_lexicon().lookup("يزور"))


def test_cameo_codes_map_to_plover() -> None:
    assert plover_type("042") == "CONSULT"
    assert plover_type("057") == "AGREE"
    assert plover_type("0874") == "RETREAT"
    assert plover_type("190") == "ASSAULT"
    assert plover_type("010") is None


def test_cameo_noise_filter_drops_mismatched_glosses() -> None:
    path = SHARED / "data" / "cameo-ar" / "verbs_assualt_only.txt"
    if not path.exists():
        pytest.skip("shared data not available")
    kept = clean_verbs(read_verbs(path), noise=set())
    assert all(v.word != "ظهر" for v in kept)  # coded 190 (military force) but glossed "express"


def test_build_writes_a_loadable_lexicon(tmp_path: Path) -> None:
    (tmp_path / "curated.tsv").write_text(
        "ASSAULT\t-\t190\tV\tهاجم\tهاجم\t-\t0.9\nPROTEST\tdemonstrate\t141\tN\tمظاهره\tمظاهرات\t-\t0.8\n",
        encoding="utf-8",
    )
    senses = build(None, tmp_path)
    forms = {s.form for s in senses}
    assert {"هاجمت", "يهاجمون", "مظاهرات", "مظاهرتين"} <= forms
    assert (tmp_path / "triggers.tsv").exists()
