"""Read gold files in the format of the reference annotation, and find the article they annotate."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import UsageError
from marsad.evaluation import saudinewsnet

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

    `ref` is a path relative to the gold file, or `saudinewsnet:<day>.zip#<index>` for the
    article at position <index> (0-based) of that day's JSON list in the SaudiNewsNet corpus,
    read from the shared data folder (never copied into the repo). The text is the title,
    a line break, then the content.
    """
    if ref.startswith("saudinewsnet:"):
        return _saudinewsnet_article(ref, base)
    try:
        return (base / ref).read_text(encoding="utf-8"), None
    except OSError as exc:
        raise UsageError(f"cannot read article {ref} of gold file in {base}: {exc}") from exc


def _saudinewsnet_article(ref: str, base: Path) -> tuple[str, str | None]:
    location, _, index = ref.removeprefix("saudinewsnet:").partition("#")
    if not index.isdigit():
        raise UsageError(f"{ref}: expected saudinewsnet:<day>.zip#<index>")
    corpus = shared_dir(base) / "data" / "news" / "saudinewsnet"
    record = saudinewsnet.article_record(corpus, location.split("/")[0], int(index))
    return saudinewsnet.titled_text(record), saudinewsnet.published(record)


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
