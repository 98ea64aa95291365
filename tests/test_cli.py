"""The command line, run in-process (and once as the installed console script)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.cli import build_parser, main
from tests.conftest import REFERENCE_PUBLISHED, REFERENCE_TEXT


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_help(capsys):
    for args in (["--help"], ["extract", "--help"], ["eval", "events", "--help"], ["eval", "ner", "--help"],
                 ["train", "ner", "--help"], ["kb", "lookup", "--help"], ["kb", "build", "--help"],
                 ["eval", "geo", "--help"], ["eval", "times", "--help"],
                 ["eval", "ner-news", "--help"], ["eval", "sentences", "--help"],
                 ["lexicon", "build", "--help"]):
        with pytest.raises(SystemExit) as info:
            main(args)
        assert info.value.code == 0
        assert "usage:" in capsys.readouterr().out, args
    assert build_parser().prog == "marsad"


def test_extract_reference_as_json(capsys):
    code, out, _ = run(capsys, "extract", str(REFERENCE_TEXT), "--published", REFERENCE_PUBLISHED, "-f", "json")
    assert code == 0
    record = json.loads(out)
    text = record["text"]
    assert text == REFERENCE_TEXT.read_text(encoding="utf-8")
    assert record["published"] == REFERENCE_PUBLISHED and record["error"] is None
    assert record["entities"] and record["times"] and record["events"]
    for item in record["entities"] + record["times"]:
        assert text[item["start"]:item["end"]] == item["text"]
    for event in record["events"]:
        trigger = event["trigger"]
        assert text[trigger["start"]:trigger["end"]] == trigger["text"]
        for p in event["actor"] + event["recipient"] + event["attributed_to"]:
            assert p["text"] in text


def test_mixed_good_and_bad_inputs_exit_1_and_keep_order(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(REFERENCE_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x01")
    (tmp_path / "c.txt").write_text("Only English here, nothing to see.", encoding="utf-8")
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text('{"id": "keep-me", "text": "التقى الرئيس وزير الخارجية في الرياض"}\n{broken\n', encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path), "-f", "jsonl")
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["error"]["kind"] if r["error"] else None for r in records] == [None, "encoding", "language", None,
                                                                           "format"]
    assert records[3]["id"] == "keep-me"
    assert "language" in err and "not Arabic" in err


def test_usage_errors_exit_2(tmp_path, capsys):
    assert run(capsys, "extract", str(tmp_path / "missing.txt"))[0] == 2
    with pytest.raises(SystemExit) as info:
        main(["extract", str(REFERENCE_TEXT), "--published", "5 April"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["extract", str(REFERENCE_TEXT), "--format", "xml"])
    assert info.value.code == 2


def test_csv_and_table_outputs(capsys):
    code, out, _ = run(capsys, "extract", str(REFERENCE_TEXT), "--published", REFERENCE_PUBLISHED, "-f", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("article_id,event_id,") and len(lines) > 1
    code, out, _ = run(capsys, "extract", str(REFERENCE_TEXT), "--published", REFERENCE_PUBLISHED)
    assert code == 0 and "Entities" in out and "Events" in out and "صدام حفتر" in out


def test_console_script_reads_stdin():
    script = _script_path()
    exe = str(script) if script.exists() else shutil.which("marsad")
    assert exe, "the marsad console script is not installed"
    proc = subprocess.run(
        [exe, "extract", "-", "--published", "2025-04-05", "-f", "jsonl"],
        input="زار وزير الخارجية السعودي القاهرة أمس.".encode(), capture_output=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    record = json.loads(proc.stdout)
    assert record["published"] == "2025-04-05" and record["text"].startswith("زار")


def _script_path() -> Path:
    return Path(sys.executable).with_name("marsad")
