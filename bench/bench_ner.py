"""Throughput of the NER stage on SaudiNewsNet articles: tokens per second on one core.

Segmentation runs first and is not timed; the model is loaded (and warmed up on one article)
before timing. Usage: PYTHONPATH=src python bench/bench_ner.py [--articles N]
"""

from __future__ import annotations

import argparse
import time

from corpus import saudinewsnet

from marsad.document import Document
from marsad.pipeline import Pipeline
from marsad.stages.ner import NerStage
from marsad.stages.segment import SegmentStage
from marsad.stages.validate import ValidateStage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    prepare = Pipeline([ValidateStage(), SegmentStage()])
    docs = [prepare(Document(text=r["text"])) for r in saudinewsnet(args.articles) if r["text"].strip()]
    docs = [d for d in docs if d.error is None]
    stage = NerStage()
    stage(Document(text=docs[0].text, tokens=list(docs[0].tokens), sentences=list(docs[0].sentences)))
    tokens = sum(len(d.tokens) for d in docs)
    started = time.process_time()
    wall = time.perf_counter()
    entities = sum(len(stage(d).entities) for d in docs)
    cpu = time.process_time() - started
    wall = time.perf_counter() - wall
    print(f"articles {len(docs)}  tokens {tokens}  entities {entities}")
    print(f"NER stage: {tokens / cpu:,.0f} tokens/s of CPU time (one core), {tokens / wall:,.0f} tokens/s wall, "
          f"{len(docs) / wall:,.1f} articles/s")


if __name__ == "__main__":
    main()
