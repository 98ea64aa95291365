import gzip
import io
import json
from pathlib import Path

import pytest

from marsad.errors import UsageError
from marsad.io.decode import MAX_BYTES
from marsad.io.readers import guess_title, read_inputs, read_jsonl

ARTICLE = "عنوان الخبر\nزار الرئيس أنقرة أمس والتقى نظيره.\n"


def read(path: Path, **kw):
    return list(read_inputs([str(path)], **kw))


def test_text_file_keeps_text_exactly_and_finds_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = read(path, published="2025-04-05")
    assert doc.text == ARTICLE
    assert doc.title == "عنوان الخبر"
    assert doc.published == "2025-04-05"
    assert doc.error is None


def test_title_rules():
    assert guess_title("سطر واحد فقط") is None
    assert guess_title("جملة تنتهي بنقطة.\nنص") is None
    assert guess_title("ع" * 200 + "\nنص") is None


def test_bad_files_get_an_error_each(tmp_path):
    (tmp_path / "1-binary.txt").write_bytes(b"\x89PNG\x00\x00\x01binary")
    (tmp_path / "2-cp1256.txt").write_bytes("زار الرئيس".encode("cp1256"))
    (tmp_path / "3-empty.txt").write_bytes(b"")
    (tmp_path / "4-good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "5-huge.txt").write_bytes(b"a" * (MAX_BYTES + 1))
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    docs = read(tmp_path)
    kinds = [d.error.kind if d.error else None for d in docs]
    assert kinds == ["encoding", "encoding", None, None, "too_large"]
    assert docs[2].text == ""  # empty text is flagged by the pipeline's validate stage
    assert "UTF-8" in docs[1].error.message


def test_jsonl_keeps_ids_order_and_isolates_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "خبر أول", "url": "http://x/1", "published": "2015-07-21"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a4"}),
        "",
        json.dumps({"id": 5, "html": "<html><body><article><p>" + "نص الخبر الرئيسي هنا. " * 20 + "</p></article></body></html>"}),
    ]
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    docs = read(path)
    assert [d.id for d in docs[:1]] == ["a1"]
    assert docs[0].url == "http://x/1" and docs[0].published == "2015-07-21"
    assert [d.error.kind if d.error else None for d in docs] == [None, "format", "format", "format", None]
    assert "in.jsonl.gz:2" in docs[1].error.message
    assert docs[4].id == "5" and "نص الخبر الرئيسي" in docs[4].text


def test_truncated_gzip_is_an_io_error(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress((json.dumps({"id": "x", "text": "خبر"}) + "\n").encode() * 200)
    path.write_bytes(data[: len(data) // 2])
    docs = read(path)
    assert docs and docs[-1].error is not None and docs[-1].error.kind == "io"


def test_html_file(tmp_path):
    html = ("<html><head><title>عنوان الصفحة</title></head><body><nav>الرئيسية | اتصل بنا</nav>"
            "<article><h1>عنوان الصفحة</h1><p>" + "زار وزير الخارجية القاهرة اليوم لبحث العلاقات الثنائية. " * 10
            + "</p></article><footer>حقوق النشر</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [doc] = read(path)
    assert doc.error is None
    assert "زار وزير الخارجية القاهرة" in doc.text
    assert "حقوق النشر" not in doc.text


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        read(tmp_path / "nope.txt")


def test_jsonl_from_a_stream():
    stream = io.BytesIO(b'{"id": "s1", "text": "\xd8\xae\xd8\xa8\xd8\xb1"}\n\xff\xfe\n')
    docs = list(read_jsonl(stream, "<stdin>"))
    assert docs[0].text == "خبر" and docs[1].error.kind == "encoding"
