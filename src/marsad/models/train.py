"""Rebuild the shipped NER model: `train_ner(out)` or `python -m marsad.models.train --out DIR`.

Recipe: build the gazetteer (minus words that are frequent non-names in ANERcorp); train a first
CRF (python-crfsuite, L-BFGS, elastic net) on ANERcorp train plus the mapped Wojood sample;
label the training data with 4-fold jackknifed first CRFs and train the second, stacked CRF
on top (document features, `marsad.models.stacking`). Development scores come from the same
recipe run without a held-out contiguous block of ANERcorp train. Deterministic for a given
seed (the seed picks the block). Writes model.crfsuite, model2.crfsuite, gazetteer.tsv.gz,
vocab.txt.gz and training.json into the output directory.
"""

from __future__ import annotations

import argparse
import itertools
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
from marsad.models.gazetteers import DATA_DIR, build_entries, read_gazetteer, write_gazetteer, write_lines
from marsad.models.kbnames import load_kb_names
from marsad.models.stacking import stacked_features, window_memory
from marsad.models.tagger import MODEL_FILE, O_SCALE, STACKED_FILE, VOCAB_FILE, NerTagger

MODEL_TYPES = ("PER", "ORG", "LOC", "MISC")  # what ANERcorp annotates; KB demonyms (NORP) are not scored
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


def split_dev(sentences: list[Tagged], seed: int, fraction: float) -> tuple[list[Tagged], list[Tagged]]:
    """A contiguous block of sentences (whole articles, as in a real test) and the rest.

    Randomly drawn sentences would share articles, hence names, with training and flatter
    the scores; the seed chooses which block.
    """
    n_dev = int(len(sentences) * fraction)
    if n_dev == 0:
        return [], list(sentences)
    start = random.Random(seed).randrange(0, len(sentences) - n_dev + 1)
    return sentences[start:start + n_dev], sentences[:start] + sentences[start + n_dev:]


def fit(xseqs: list[list[list[str]]], labels: list[list[str]], path: Path, params: dict[str, Any]) -> None:
    """Train a CRF on feature sequences and their labels and write it to `path`."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in zip(xseqs, labels, strict=True):
        trainer.append(xseq, yseq)
    trainer.set_params(params)
    trainer.train(str(path))


def build_model(streams: list[list[Tagged]], out: Path, features: FeatureExtractor,
                params: dict[str, Any], folds: int = 4) -> None:
    """Train the first CRF on everything, then the stacked CRF on jackknifed first-CRF labels.

    `streams` are corpora whose sentences follow each other as in their articles (so the
    document window of `stacking` means the same in training and in use).
    """
    import pycrfsuite

    sentences = [s for stream in streams for s in stream]
    xseqs = [features.sentence(tokens) for tokens, _ in sentences]
    gold = [labels for _, labels in sentences]
    fit(xseqs, gold, out / MODEL_FILE, params)
    first: list[list[str]] = [[] for _ in sentences]
    bounds = [len(sentences) * f // folds for f in range(folds + 1)]
    with tempfile.TemporaryDirectory() as tmp:
        for lo, hi in itertools.pairwise(bounds):
            path = Path(tmp) / f"fold{lo}.crfsuite"
            fit(xseqs[:lo] + xseqs[hi:], gold[:lo] + gold[hi:], path, params)
            crf = pycrfsuite.Tagger()
            crf.open(str(path))
            for i in range(lo, hi):
                first[i] = crf.tag(xseqs[i])
            crf.close()
    stacked: list[list[list[str]]] = []
    offset = 0
    for stream in streams:
        part = slice(offset, offset + len(stream))
        keys = [[features.info(t).key for t in tokens] for tokens, _ in stream]
        memory = window_memory(keys, first[part])
        stacked += [stacked_features(x, k, lab, m)
                    for x, k, lab, m in zip(xseqs[part], keys, first[part], memory, strict=True)]
        offset += len(stream)
    fit(stacked, gold, out / STACKED_FILE, params)


def score_tagger(tagger: NerTagger, sentences: list[Tagged]) -> dict[str, Any]:
    """Exact-span scores of a tagger's entities on consecutive tagged sentences."""
    from marsad.models.bio import spans_to_bio

    found = tagger.tag_document([tokens for tokens, _ in sentences])
    predicted = [spans_to_bio([(s.type, s.start, s.end) for s in spans if s.type in MODEL_TYPES], len(tokens))
                 for spans, (tokens, _) in zip(found, sentences, strict=True)]
    return score_spans([labels for _, labels in sentences], predicted)


def train_ner(out: Path = DATA_DIR, seed: int = 0, dev_fraction: float = 0.15,
              use_wojood: bool = True, params: dict[str, Any] | None = None,
              stacked: bool = True) -> dict[str, Any]:
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
    dev, rest = split_dev(train, seed, dev_fraction)
    features = FeatureExtractor(gazetteer)
    report: dict[str, Any] = {"seed": seed, "params": params, "use_wojood": use_wojood, "stacked": stacked,
                              "sentences": {"anercorp": len(train), "dev": len(dev), "wojood": len(extra)}}
    vocab = sorted({t for tokens, _ in train + extra for t in _norms(tokens)})
    for stale in (MODEL_FILE, STACKED_FILE):
        (out / stale).unlink(missing_ok=True)
    if dev:
        with tempfile.TemporaryDirectory() as tmp:
            _build(rest, extra, Path(tmp), features, params, stacked)
            tagger = NerTagger(Path(tmp) / MODEL_FILE, gazetteer, frozenset(vocab), O_SCALE,
                               Path(tmp) / STACKED_FILE if stacked else None, load_kb_names())
            report["dev"] = score_tagger(tagger, dev)
    _build(train, extra, out, features, params, stacked)
    write_lines(vocab, out / VOCAB_FILE)
    report["seconds"] = round(time.perf_counter() - started, 1)
    (out / "training.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return report


def _build(train: list[Tagged], extra: list[Tagged], out: Path, features: FeatureExtractor,
           params: dict[str, Any], stacked: bool) -> None:
    if stacked:
        build_model([train, extra] if extra else [train], out, features, params)
    else:
        sentences = train + extra
        fit([features.sentence(t) for t, _ in sentences], [lab for _, lab in sentences], out / MODEL_FILE, params)


def _norms(tokens: list[str]) -> list[str]:
    from marsad.arabic.normalize import normalize

    return [normalize(t) for t in tokens if len(t) > 1]


def main(argv: list[str] | None = None) -> None:
    """Command line: python -m marsad.models.train --out DIR [--seed N]."""
    parser = argparse.ArgumentParser(description="Rebuild marsad's NER model.")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="model directory (default: the shipped one)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-wojood", action="store_true", help="train on ANERcorp only")
    parser.add_argument("--single", action="store_true", help="one CRF, without the stacked document CRF")
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = parser.parse_args(argv)
    report = train_ner(args.out, args.seed, use_wojood=not args.no_wojood,
                       params={"c1": args.c1, "c2": args.c2}, stacked=not args.single)
    print(json.dumps({k: v for k, v in report.items() if k != "dev"}, ensure_ascii=False))
    if "dev" in report:
        from marsad.models.evaluate import format_scores

        print(format_scores(report["dev"]))


if __name__ == "__main__":
    main()
