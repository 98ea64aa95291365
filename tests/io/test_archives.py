from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.io.readers import read_file

BODY = "<html><body><article><p>" + "أعلن وزير الخارجية عن زيارة مرتقبة إلى القاهرة الأسبوع المقبل. " * 8 + "</p></article></body></html>"


def make_warc(path):
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, (ctype, body) in enumerate(
            [("text/html; charset=utf-8", BODY.encode()), ("image/png", b"\x89PNG"),
             ("text/html; charset=utf-8", b"<html><body></body></html>")]
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"http://example.com/{i}", "response", payload=BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)


def test_warc_html_responses_become_documents(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    make_warc(path)
    docs = list(read_file(path))
    assert len(docs) == 2  # the image is skipped, the empty page is an error
    assert docs[0].url == "http://example.com/0" and "وزير الخارجية" in docs[0].text
    assert docs[0].published  # from WARC-Date
    assert docs[1].error is not None and docs[1].error.kind == "empty"


def test_corrupt_warc_is_one_error(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a warc file\n" * 10)
    docs = list(read_file(path))
    assert len(docs) == 1 and docs[0].error.kind == "format"


def test_rss_entries_become_documents(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة</title>'
        "<item><title>خبر أول</title><link>http://x/1</link><pubDate>Tue, 21 Jul 2015 10:00:00 GMT</pubDate>"
        "<description>التقى الرئيس وفدا من رجال الأعمال في الرياض.</description></item>"
        "<item><title>خبر ثان</title><link>http://x/2</link><description>اجتماع في جدة.</description></item>"
        "</channel></rss>", encoding="utf-8")
    docs = list(read_file(path))
    assert [d.url for d in docs] == ["http://x/1", "http://x/2"]
    assert docs[0].published == "2015-07-21" and docs[0].outlet == "وكالة"
    assert "الرياض" in docs[0].text


def test_not_a_feed(tmp_path):
    path = tmp_path / "junk.xml"
    path.write_text("<root>nothing</root>", encoding="utf-8")
    [doc] = read_file(path)
    assert doc.error.kind == "format"
