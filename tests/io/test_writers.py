import csv
import io
import json

from marsad.io.writers import CSV_COLUMNS, write
from tests.test_document import sample_document


def test_json_one_record_is_an_object_many_an_array():
    out = io.StringIO()
    write([sample_document()], "json", out)
    assert json.loads(out.getvalue())["events"][0]["type"] == "CONSULT"
    out = io.StringIO()
    write([sample_document(), sample_document()], "json", out)
    assert len(json.loads(out.getvalue())) == 2


def test_jsonl_one_line_per_record_arabic_unescaped():
    out = io.StringIO()
    write([sample_document(), sample_document()], "jsonl", out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and "أنقرة" in lines[0]


def test_csv_one_row_per_event():
    out = io.StringIO()
    write([sample_document()], "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert rows[0]["type"] == "CONSULT" and rows[0]["recipient_country"] == "TUR"
    assert rows[0]["geonameid"] == "323786" and rows[0]["date_from"] == "text"


def test_table_shows_entities_times_events_and_errors():
    doc = sample_document()
    bad = sample_document()
    bad.fail("encoding", "not UTF-8")
    out = io.StringIO()
    write([doc, bad], "table", out)
    text = out.getvalue()
    assert "Entities (1)" in text and "Times (1)" in text and "Events (1)" in text
    assert "أنقرة" in text and "Ankara" in text
    assert "error (encoding): not UTF-8" in text
