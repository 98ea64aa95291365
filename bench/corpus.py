"""Read SaudiNewsNet articles from the shared data folder (never copied into the repository)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "news" / "saudinewsnet"


def saudinewsnet(limit: int | None = None, corpus: Path = CORPUS) -> Iterator[dict]:
    """Records {id, title, url, outlet, published, text} in a fixed order; id is `<day>.zip#<index>`."""
    count = 0
    for zip_path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(zip_path) as archive:
            for member in sorted(archive.namelist()):
                if not member.endswith(".json"):
                    continue
                data = json.loads(archive.read(member).decode("utf-8"))
                for index, record in enumerate(data if isinstance(data, list) else [data]):
                    yield {
                        "id": f"{zip_path.name}#{index}",
                        "title": record.get("title"),
                        "url": record.get("url"),
                        "outlet": record.get("source"),
                        "published": (record.get("date_extracted") or "")[:10] or None,
                        "text": record.get("content") or "",
                    }
                    count += 1
                    if limit is not None and count >= limit:
                        return


def write_jsonl(path: Path, limit: int) -> int:
    """Write `limit` articles as marsad JSONL input; returns how many were written."""
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for record in saudinewsnet(limit):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write SaudiNewsNet articles as a marsad JSONL input file.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    print(f"wrote {write_jsonl(args.out, args.limit)} articles to {args.out}")
