"""Read SaudiNewsNet articles from the shared data folder, for the evaluation sets that cite them.

Each day of the corpus is `<day>.zip` holding `<day>.json`, a list of articles. Gold files name
an article by day and index and keep only offsets and labels: the corpus is CC BY-NC-SA and its
text never enters the repository.
"""

from __future__ import annotations

import json
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import UsageError


@lru_cache(maxsize=8)
def day_records(corpus: Path, day: str) -> list[dict[str, Any]]:
    """All articles of one day (`day` as "2015-07-21" or "2015-07-21.zip"), in corpus order."""
    stem = day.removesuffix(".zip")
    path = corpus / f"{stem}.zip"
    try:
        with zipfile.ZipFile(path) as archive:
            member = next(n for n in archive.namelist() if n.endswith(".json"))
            return json.loads(archive.read(member).decode("utf-8"))
    except (OSError, StopIteration, zipfile.BadZipFile, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read SaudiNewsNet day file {path}: {exc}") from exc


def article_record(corpus: Path, day: str, index: int) -> dict[str, Any]:
    records = day_records(corpus, day)
    if not 0 <= index < len(records):
        raise UsageError(f"SaudiNewsNet {day} has {len(records)} articles, no index {index}")
    return records[index]


def titled_text(record: dict[str, Any]) -> str:
    """The text the event and sentence gold sets point into: title, a line break, content."""
    title = (record.get("title") or "").strip()
    return f"{title}\n{record['content']}" if title else record["content"]


def published(record: dict[str, Any]) -> str | None:
    return (record.get("date_extracted") or "")[:10] or None
