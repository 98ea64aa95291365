"""Turn command-line inputs (text, HTML, JSONL, WARC, RSS/Atom, folders, stdin) into Documents, in input order, one bad article never stopping the rest.

A plain-text file is one article whose first line is its title when short and without a final
period; its `text` is the file exactly as given. JSONL (optionally gzipped) holds one article per
line: `id`, `text` or `html`, optional `title`, `url`, `outlet`, `published`.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from marsad.document import Document
from marsad.errors import InputError, UsageError
from marsad.io.archives import read_feed, read_warc
from marsad.io.decode import MAX_BYTES, decode_text
from marsad.io.html import extract_html

FORMATS = ("text", "html", "jsonl", "warc", "rss")
TITLE_MAX_CHARS = 150
_FINAL_PUNCT = ".!?؟۔…:"


def read_inputs(
    inputs: Iterable[str], input_format: str | None = None, published: str | None = None
) -> Iterator[Document]:
    """Documents from files, folders and '-' (stdin). `published` fills in a missing date."""
    for name in inputs:
        for doc in _read_one_input(name, input_format):
            if published and not doc.published:
                doc.published = published
            yield doc


def _read_one_input(name: str, input_format: str | None) -> Iterator[Document]:
    if name == "-":
        yield from read_stream(sys.stdin.buffer, "<stdin>", input_format or "text")
        return
    path = Path(name)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and detect_format(p) is not None)
        for file in files:
            yield from read_file(file, input_format)
    elif path.exists():
        yield from read_file(path, input_format)
    else:
        raise UsageError(f"no such file or folder: {name}")


def detect_format(path: Path) -> str | None:
    """The input format from the file name, or None for files a folder walk should skip."""
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return "jsonl"
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith((".rss", ".atom", ".xml")):
        return "rss"
    if name.endswith((".txt", ".text")):
        return "text"
    return None


def read_file(path: Path, input_format: str | None = None) -> Iterator[Document]:
    fmt = input_format or detect_format(path) or "text"
    try:
        if fmt == "jsonl":
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as stream:
                yield from read_jsonl(stream, str(path))
            return
        if fmt == "warc":
            yield from read_warc(path, failed)
            return
        if path.stat().st_size > MAX_BYTES:
            raise InputError("too_large", f"{path}: {path.stat().st_size:,} bytes, over the limit of {MAX_BYTES:,}")
        data = path.read_bytes()
    except InputError as exc:
        yield failed(str(path), exc.kind, str(exc))
        return
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield failed(str(path), "io", f"{path}: {exc}")
        return
    yield from _documents_from_bytes(data, str(path), fmt)


def read_stream(stream: BinaryIO, name: str, fmt: str) -> Iterator[Document]:
    if fmt == "warc":
        raise UsageError("WARC input must be a file, not standard input")
    if fmt == "jsonl":
        yield from read_jsonl(stream, name)
    else:
        yield from _documents_from_bytes(stream.read(MAX_BYTES + 1), name, fmt)


def _documents_from_bytes(data: bytes, name: str, fmt: str) -> Iterator[Document]:
    if fmt == "rss":
        yield from read_feed(Path(name), data, failed)
        return
    try:
        raw = decode_text(data, name)
        doc = html_document(raw, None) if fmt == "html" else text_document(raw)
    except InputError as exc:
        yield failed(name, exc.kind, str(exc))
        return
    doc.source = name
    yield doc


def text_document(text: str) -> Document:
    return Document(text=text, title=guess_title(text))


def guess_title(text: str) -> str | None:
    """The first line, when it is short, not the whole text, and has no final punctuation."""
    first, newline, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not first or len(first) > TITLE_MAX_CHARS:
        return None
    return None if first[-1] in _FINAL_PUNCT else first


def html_document(html: str, url: str | None) -> Document:
    page = extract_html(html, url)
    return Document(text=page.text, title=page.title, url=page.url, published=page.published)


def read_jsonl(stream: BinaryIO, name: str) -> Iterator[Document]:
    """One Document per line; a bad line becomes a Document with an error."""
    line_no = 0
    while True:
        where = f"{name}:{line_no + 1}"
        try:
            line = stream.readline(MAX_BYTES + 1)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield failed(where, "io", f"{where}: {exc}")
            return
        if not line:
            return
        line_no += 1
        if len(line) > MAX_BYTES:
            yield failed(where, "too_large", f"{where}: line over {MAX_BYTES:,} bytes")
            _skip_rest_of_line(stream)
            continue
        if not line.strip():
            continue
        yield _jsonl_record(line, where)


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(MAX_BYTES)
        if not chunk or chunk.endswith(b"\n"):
            return


def _jsonl_record(line: bytes, where: str) -> Document:
    try:
        record = json.loads(decode_text(line, where))
    except InputError as exc:
        return failed(where, exc.kind, str(exc))
    except json.JSONDecodeError as exc:
        return failed(where, "format", f"{where}: malformed JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return failed(where, "format", f"{where}: expected a JSON object, got {type(record).__name__}")
    try:
        doc = _document_from_record(record)
    except InputError as exc:
        doc = failed(where, exc.kind, f"{where}: {exc}", record.get("id"))
    doc.source = where
    return doc


def _document_from_record(record: dict[str, Any]) -> Document:
    meta = {k: _str_or_none(record.get(k)) for k in ("title", "url", "outlet", "published")}
    doc_id = _str_or_none(record.get("id"))
    if isinstance(record.get("text"), str):
        return Document(text=record["text"], id=doc_id, **meta)
    if isinstance(record.get("html"), str):
        doc = html_document(record["html"], meta["url"])
        doc.id = doc_id or doc.id
        for key, value in meta.items():
            if value:
                setattr(doc, key, value)
        return doc
    raise InputError("format", "the record has neither a 'text' nor an 'html' string field")


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def failed(where: str, kind: str, message: str, doc_id: Any = None) -> Document:
    """An empty Document carrying an error, so the article still has a record in the output."""
    doc = Document(text="", id=_str_or_none(doc_id) or _where_id(where))
    doc.fail(kind, message)
    doc.source = where
    return doc


def _where_id(where: str) -> str:
    import hashlib

    return "err-" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:12]
