"""Time the events stage alone on SaudiNewsNet articles (the stages before it are run first, untimed).

    PYTHONPATH=src python eval/events/speed.py [N]
"""

from __future__ import annotations

import json
import sys
import time
import zipfile
from pathlib import Path

from marsad.document import Document
from marsad.evaluation.gold import shared_dir
from marsad.pipeline import Pipeline, build_default_stages


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 300
    corpus = shared_dir(Path(__file__).parent) / "data" / "news" / "saudinewsnet"
    with zipfile.ZipFile(min(corpus.glob("*.zip"))) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))[:n]
    stages = build_default_stages()
    before, events = Pipeline(stages[:-1]), stages[-1]
    docs = [before(Document(text=r["content"], published=r["date_extracted"][:10])) for r in records]
    docs = [d for d in docs if d.error is None]
    words = sum(len(d.tokens) for d in docs)
    started = time.perf_counter()
    for doc in docs:
        events(doc)
    seconds = time.perf_counter() - started
    found = sum(len(d.events) for d in docs)
    print(f"events stage: {len(docs)} articles, {words} tokens, {found} events in {seconds:.2f} s: "
          f"{len(docs) / seconds:.0f} articles/s, {words / seconds:,.0f} tokens/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
