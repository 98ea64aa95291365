import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from marsad.errors import ModelError
from marsad.models.gazetteers import load_gazetteer, open_name_entries, read_open_names, word_key
from marsad.models.open_names import extract


def _wheel(directory: Path, name: str, member: str, data: bytes) -> None:
    with zipfile.ZipFile(directory / name, "w") as wheel:
        wheel.writestr(member, data)


def _romanizer_index(path: Path) -> bytes:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE units (arabic_key TEXT, latin TEXT, latin_lang TEXT, country TEXT,"
                   " role TEXT, count INTEGER, source TEXT)")
        db.execute("CREATE TABLE full_names (arabic_key TEXT, latin TEXT, latin_lang TEXT, country TEXT,"
                   " count INTEGER, source TEXT)")
        db.executemany("INSERT INTO units VALUES (?, '', '', '', ?, 1, ?)", [
            ("خالد", "given", "wikidata"),
            ("الحارثي", "surname", "wikidata"),
            ("ؤابح", "unknown", "wikidata"),      # no role: left out
            ("رابح", "given", "dzirinames"),      # another source: left out
            ("Rabah", "given", "wikidata"),       # not Arabic script
        ])
        db.execute("INSERT INTO full_names VALUES ('خالد الحارثي', '', '', '', 1, 'wikidata')")
    return path.read_bytes()


def test_extract_reads_the_three_wheels(tmp_path: Path) -> None:
    _wheel(tmp_path, "arabic_name_romanizer-0.2.0-py3-none-any.whl",
           "arabic_name_romanizer/resources/names.sqlite3", _romanizer_index(tmp_path / "index.sqlite3"))
    _wheel(tmp_path, "arabnamer-0.1.3-py3-none-any.whl", "arabnamer/data/dict_FINAL.json",
           json.dumps({"sigmund freud": "سيغموند فرويد", "x": "x-ray"}).encode())
    _wheel(tmp_path, "arwikicats-0.2.3-py3-none-any.whl", "ArWikiCats/jsons/people/peoples.json",
           json.dumps({"silvio berlusconi": "سيلفيو برلسكوني", "50 cent": "50 سنت"}).encode())
    assert extract(tmp_path) == [
        ("FOREIGNNAME", "برلسكوني"), ("FOREIGNNAME", "سيغموند"), ("FOREIGNNAME", "فرويد"),
        ("WDGIVEN", "خالد"), ("WDSURNAME", "الحارثي"),
    ]


def test_extract_says_which_wheel_is_missing(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="arabic_name_romanizer-0.2.0"):
        extract(tmp_path)


def test_open_names_leave_out_common_words() -> None:
    names = {name for _, name in read_open_names()}
    assert "فرويد" in names and "عمارة" in names
    kept = {name for _, name in open_name_entries({word_key("عمارة")})}
    assert "فرويد" in kept and "عمارة" not in kept


def test_shipped_gazetteer_has_open_name_features() -> None:
    gazetteer = load_gazetteer()
    assert "FOREIGNNAME" in gazetteer.categories(word_key("فرويد"))
    assert "WDSURNAME" in gazetteer.categories(word_key("الحارثي"))
