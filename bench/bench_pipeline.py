"""Throughput and memory of the whole pipeline on SaudiNewsNet, next to a BERT-base token classifier.

Both are measured in the same run on the same articles, so the ratio holds on a noisy machine.
The BERT model has random weights (speed does not depend on them) and the AraBERT vocabulary
size; it needs the `bench` extra (torch, transformers). Run: `python bench/bench_pipeline.py`.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time

from corpus import saudinewsnet

from marsad.document import Document
from marsad.pipeline import default_pipeline


def words(text: str) -> int:
    return len(text.split())


def bench_marsad(records: list[dict]) -> dict:
    pipeline = default_pipeline()
    started = time.perf_counter()
    warm = pipeline(Document(text=records[0]["text"], published=records[0]["published"]))  # loads models
    load_seconds = time.perf_counter() - started
    del warm
    pipeline = default_pipeline()
    n_words = 0
    started = time.perf_counter()
    for record in records:
        doc = pipeline(Document(text=record["text"], published=record["published"]))
        n_words += words(doc.text)
    seconds = time.perf_counter() - started
    stages = {name: round(s.seconds, 3) for name, s in pipeline.stats.stages.items()}
    return {
        "articles": len(records), "words": n_words, "seconds": round(seconds, 3),
        "words_per_s": round(n_words / seconds, 1), "articles_per_s": round(len(records) / seconds, 2),
        "model_load_s": round(load_seconds, 2), "stage_seconds": stages,
        "errors": dict(pipeline.stats.errors),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def bert_inputs(text: str, mode: str) -> list[int]:
    """Subword counts of the model calls for one article (~1.4 subwords a word, 512 at most a call).

    `packed`: the article cut into full 510-subword windows (the most efficient use of BERT);
    `sentence`: one call per sentence, as a sentence-level tagger is usually run.
    """
    from marsad.arabic.sentences import split_sentences

    if mode == "sentence":
        pieces = [max(1, int(words(text[a:b]) * 1.4)) for a, b in split_sentences(text)]
        return [min(510, n) + 2 for n in pieces]
    subwords = max(1, int(words(text) * 1.4))
    return [min(510, subwords - offset) + 2 for offset in range(0, subwords, 510)]


def bench_bert(records: list[dict], budget_s: float, threads: int, mode: str = "packed") -> dict | None:
    """Words/s of BERT-base token classification on the same articles."""
    try:
        import torch
        from transformers import BertConfig, BertForTokenClassification
    except ImportError:
        print("torch/transformers not installed: BERT side skipped (pip install -e '.[bench]')", file=sys.stderr)
        return None
    torch.manual_seed(0)
    torch.set_num_threads(threads)
    model = BertForTokenClassification(BertConfig(vocab_size=64000, num_labels=9)).eval()
    n_words, started = 0, time.perf_counter()
    with torch.inference_mode():
        for record in records:
            for length in bert_inputs(record["text"], mode):
                ids = torch.randint(5, 64000, (1, length))
                model(input_ids=ids).logits.argmax(-1)
            n_words += words(record["text"])
            if time.perf_counter() - started > budget_s:
                break
    seconds = time.perf_counter() - started
    return {"words": n_words, "seconds": round(seconds, 2), "words_per_s": round(n_words / seconds, 1),
            "threads": threads, "mode": mode}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--bert-seconds", type=float, default=60.0, help="time budget of the BERT side")
    parser.add_argument("--bert-threads", type=int, default=2)
    parser.add_argument("--bert-mode", choices=("packed", "sentence"), default="packed",
                        help="packed: full 512-subword windows; sentence: one call per sentence")
    parser.add_argument("--no-bert", action="store_true")
    args = parser.parse_args()
    records = [r for r in saudinewsnet(args.articles) if r["text"].strip()]
    result = {"marsad": bench_marsad(records)}
    if not args.no_bert:
        bert = bench_bert(records, args.bert_seconds, args.bert_threads, args.bert_mode)
        if bert:
            result["bert_base"] = bert
            result["speedup_per_word"] = round(result["marsad"]["words_per_s"] / bert["words_per_s"], 1)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
