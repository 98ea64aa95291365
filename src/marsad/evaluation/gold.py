"""Read gold files in the format of the reference annotation, and find the article they annotate."""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import UsageError

SHARED_ENV = "MARSAD_SHARED"


@dataclass
class Gold:
    path: Path
    text: str
    published: str | None
    data: dict[str, Any]

    @property
    def entities(self) -> list[dict[str, Any]]:
        return self.data.get("entities", [])

    @property
    def times(self) -> list[dict[str, Any]]:
        return self.data.get("times", [])

    @property
    def events(self) -> list[dict[str, Any]]:
        return self.data.get("events", [])


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read gold file {path}: {exc}") from exc
    text, published = read_article(data["article"], path.parent)
    return Gold(path, text, data.get("published") or published or data.get("published_hint"), data)


def read_article(ref: str, base: Path) -> tuple[str, str | None]:
    """Text (and publication date, when the source has one) of the article a gold file names.

    `ref` is a path relative to the gold file, or `saudinewsnet:<zip>/<member>` for an article
    of the SaudiNewsNet corpus, read from the shared data folder (never copied into the repo).
    """
    if ref.startswith("saudinewsnet:"):
        zip_name, _, member = ref.removeprefix("saudinewsnet:").partition("/")
        corpus = shared_dir(base) / "data" / "news" / "saudinewsnet"
        try:
            with zipfile.ZipFile(corpus / zip_name) as archive:
                record = json.loads(archive.read(member).decode("utf-8"))
        except (OSError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
            raise UsageError(f"cannot read {ref} from {corpus}: {exc}") from exc
        text = record["content"]
        if record.get("title"):
            text = record["title"].strip() + "\n" + text
        date = (record.get("date_extracted") or "")[:10] or None
        return text, date
    try:
        return (base / ref).read_text(encoding="utf-8"), None
    except OSError as exc:
        raise UsageError(f"cannot read article {ref} of gold file in {base}: {exc}") from exc


def shared_dir(start: Path) -> Path:
    """The shared data folder: $MARSAD_SHARED, else a `shared/` beside a parent of `start` or of the cwd."""
    if os.environ.get(SHARED_ENV):
        return Path(os.environ[SHARED_ENV])
    for base in (start.resolve(), Path.cwd().resolve()):
        for parent in (base, *base.parents):
            candidate = parent / "shared"
            if (candidate / "data").is_dir():
                return candidate
            if parent.name == "shared" and (parent / "data").is_dir():
                return parent
    raise UsageError(f"cannot find the shared data folder; set {SHARED_ENV}")
