"""Articles from web archives (WARC, through warcio) and feed dumps (RSS/Atom, through feedparser).

Each HTML response of a WARC and each entry of a feed becomes one Document; a record that
cannot be read gets an error and the rest of the archive goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from marsad.document import Document
from marsad.errors import InputError
from marsad.io.decode import MAX_BYTES


def read_warc(path: Path, failed) -> Iterator[Document]:
    """One Document per HTML `response` record, with the record's URL and date."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from marsad.io.readers import html_document

    index = seen = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.format != "warc":  # warcio reads any junk as legacy ARC lines
                    continue
                seen += 1
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in ctype.lower():
                    continue
                index += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#{index}"
                try:
                    body = record.content_stream().read(MAX_BYTES + 1)
                    if len(body) > MAX_BYTES:
                        raise InputError("too_large", f"{where}: response over {MAX_BYTES:,} bytes")
                    doc = html_document(_decode_html(body, ctype), url)
                except InputError as exc:
                    yield failed(where, exc.kind, f"{where} ({url}): {exc}")
                    continue
                date = record.rec_headers.get_header("WARC-Date")
                doc.published = doc.published or (date[:10] if date else None)
                doc.source = where
                yield doc
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield failed(f"{path}#{index + 1}", "format", f"{path}: unreadable WARC after {index} records: {exc}")
        return
    if seen == 0:
        yield failed(str(path), "format", f"{path}: no WARC records found")


def _decode_html(body: bytes, content_type: str) -> str:
    charset = "utf-8"
    if "charset=" in content_type.lower():
        charset = content_type.lower().split("charset=")[-1].split(";")[0].strip() or "utf-8"
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError("encoding", f"HTML is neither {charset} nor UTF-8") from exc


def read_feed(path: Path, data: bytes, failed) -> Iterator[Document]:
    """One Document per feed entry: its content (or summary) as text, title, link and date."""
    import feedparser

    from marsad.io.readers import html_document

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None) or "no entries"
        yield failed(str(path), "format", f"{path}: not a readable RSS/Atom feed: {reason}")
        return
    for index, entry in enumerate(feed.entries, 1):
        where = f"{path}#{index}"
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        try:
            doc = html_document(f"<html><body><article>{html}</article></body></html>", entry.get("link"))
        except InputError:
            doc = Document(text=_plain(html))
        doc.title = entry.get("title") or doc.title
        doc.url = entry.get("link") or doc.url
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            doc.published = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        doc.outlet = feed.feed.get("title")
        doc.source = where
        yield doc


def _plain(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", " ", html).strip()
