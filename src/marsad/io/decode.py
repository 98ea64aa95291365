"""Bytes to text, with clear errors for binary or undecodable input."""

from __future__ import annotations

from marsad.errors import InputError

MAX_BYTES = 4_000_000  # ~2M Arabic characters: far beyond any news article


def decode_text(data: bytes, what: str) -> str:
    """Decode UTF-8 (with or without BOM); raise InputError for binary or other encodings."""
    if len(data) > MAX_BYTES:
        raise InputError("too_large", f"{what}: {len(data):,} bytes, over the limit of {MAX_BYTES:,}")
    if b"\x00" in data[:8192]:
        raise InputError("encoding", f"{what}: binary data (NUL bytes), not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            "encoding",
            f"{what}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 4]!r}); "
            "convert it first, e.g. iconv -f CP1256 -t UTF-8",
        ) from exc
