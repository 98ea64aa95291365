"""Rebuild the shipped NER model: `train_ner(out)` or `python -m marsad.models.train --out DIR`.

Recipe: build the gazetteer (minus words that are frequent non-names in ANERcorp), train a
CRF (python-crfsuite, L-BFGS with elastic-net regularization) on ANERcorp train plus the mapped
Wojood sample, first without a held-out tenth of ANERcorp train to report development scores,
then on everything for the shipped file. Deterministic for a given seed (the seed draws the
development sentences). Writes model.crfsuite, gazetteer.tsv.gz, vocab.txt.gz, training.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.models.bio import score_spans
from marsad.models.corpora import Tagged, anercorp, shared_data_dir, wojood
from marsad.models.features import FeatureExtractor
from marsad.models.gazetteers import DATA_DIR, build_entries, read_gazetteer, write_gazetteer
from marsad.models.tagger import MODEL_FILE, VOCAB_FILE, NerTagger

PARAMS: dict[str, Any] = {
    "c1": 0.05, "c2": 0.01, "max_iterations": 200,
    "feature.possible_transitions": True, "feature.minfreq": 1,
}


def common_words(sentences: list[Tagged], min_count: int = 5, max_name_share: float = 0.05) -> set[str]:
    """Keys of words frequent in the corpus and almost never inside a name."""
    from marsad.models.gazetteers import word_key

    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for tokens, labels in sentences:
        for token, label in zip(tokens, labels, strict=True):
            key = word_key(token)
            seen[key] += 1
            named[key] += label != "O"
    return {k for k, n in seen.items() if n >= min_count and named[k] / n <= max_name_share}


def fit(sentences: list[Tagged], features: FeatureExtractor, path: Path, params: dict[str, Any]) -> None:
    """Train a CRF on tagged sentences and write it to `path`."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in sentences:
        trainer.append(features.sentence(tokens), labels)
    trainer.set_params(params)
    trainer.train(str(path))


def score_tagger(tagger: NerTagger, sentences: list[Tagged]) -> dict[str, Any]:
    """Exact-span scores of a tagger's entities on tagged sentences."""
    from marsad.models.bio import spans_to_bio

    predicted = [
        spans_to_bio([(s.type, s.start, s.end) for s in tagger.entities(tokens)], len(tokens))
        for tokens, _ in sentences
    ]
    return score_spans([labels for _, labels in sentences], predicted)


def train_ner(out: Path = DATA_DIR, seed: int = 0, dev_fraction: float = 0.1,
              use_wojood: bool = True, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Rebuild the NER model into directory `out`; returns what was done and the dev scores."""
    started = time.perf_counter()
    params = {**PARAMS, **(params or {})}
    data = shared_data_dir()
    out.mkdir(parents=True, exist_ok=True)
    train = anercorp(data / "ner" / "anercorp" / "train.txt")
    entries = build_entries(data / "cameo-ar" / "actor_dict_ar_v4.txt", common_words(train))
    write_gazetteer(entries, out / "gazetteer.tsv.gz")
    gazetteer = read_gazetteer(out / "gazetteer.tsv.gz")
    extra: list[Tagged] = []
    if use_wojood:
        for name in ("train.txt", "val.txt"):
            extra += wojood(data / "ner" / "wojood-sample" / name, gazetteer)
    order = list(range(len(train)))
    random.Random(seed).shuffle(order)
    n_dev = int(len(train) * dev_fraction)
    dev = [train[i] for i in sorted(order[:n_dev])]
    rest = [train[i] for i in sorted(order[n_dev:])]
    features = FeatureExtractor(gazetteer)
    report: dict[str, Any] = {"seed": seed, "params": params, "use_wojood": use_wojood,
                              "sentences": {"anercorp": len(train), "dev": len(dev), "wojood": len(extra)}}
    vocab = sorted({t for tokens, _ in train + extra for t in _norms(tokens)})
    if dev:
        with tempfile.TemporaryDirectory() as tmp:
            fit(rest + extra, features, Path(tmp) / MODEL_FILE, params)
            report["dev"] = score_tagger(NerTagger(Path(tmp) / MODEL_FILE, gazetteer, frozenset(vocab)), dev)
    fit(train + extra, features, out / MODEL_FILE, params)
    with gzip.open(out / VOCAB_FILE, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(vocab) + "\n")
    report["seconds"] = round(time.perf_counter() - started, 1)
    (out / "training.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return report


def _norms(tokens: list[str]) -> list[str]:
    from marsad.arabic.normalize import normalize

    return [normalize(t) for t in tokens if len(t) > 1]


def main(argv: list[str] | None = None) -> None:
    """Command line: python -m marsad.models.train --out DIR [--seed N]."""
    parser = argparse.ArgumentParser(description="Rebuild marsad's NER model.")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="model directory (default: the shipped one)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-wojood", action="store_true", help="train on ANERcorp only")
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = parser.parse_args(argv)
    report = train_ner(args.out, args.seed, use_wojood=not args.no_wojood, params={"c1": args.c1, "c2": args.c2})
    print(json.dumps({k: v for k, v in report.items() if k != "dev"}, ensure_ascii=False))
    if "dev" in report:
        from marsad.models.evaluate import format_scores

        print(format_scores(report["dev"]))


if __name__ == "__main__":
    main()
