"""`evaluate_ner(path)`: conlleval-style exact-span scores of the pipeline's NER on a BIO file.

The file is tagged by `NerTagger.tag_document`, the code path of the NER stage; its sentences
are taken as one running text (ANERcorp has no article breaks), so the document features look
at a window of sentences around each one. Our
types are folded onto the file's label scheme: PER -> PERS when the file says PERS (ANERcorp),
GPE/FAC -> LOC; types the file never uses (NORP, EVENT) are dropped from the prediction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from marsad.models.bio import bio_spans, read_bio, score_spans, spans_to_bio
from marsad.models.tagger import NerTagger, load_tagger

FOLD = {"GPE": "LOC", "FAC": "LOC"}


def evaluate_ner(path: Path, tagger: NerTagger | None = None) -> dict[str, Any]:
    """Scores {"p","r","f1","support","per_type": {TYPE: {"p","r","f1","support"}}} on a BIO file."""
    tagger = tagger or load_tagger()
    sentences = read_bio(Path(path))
    gold = [[tags[0] for _, tags in s] for s in sentences]
    gold_types = {kind for tags in gold for kind, _, _ in bio_spans(tags)}
    per_name = "PERS" if "PERS" in gold_types else "PER"
    predicted = []
    found = tagger.tag_document([[t for t, _ in sentence] for sentence in sentences])
    for sentence, sentence_spans in zip(sentences, found, strict=True):
        tokens = [t for t, _ in sentence]
        spans = []
        for span in sentence_spans:
            kind = FOLD.get(span.type, span.type)
            kind = per_name if kind == "PER" else kind
            if kind in gold_types:
                spans.append((kind, span.start, span.end))
        predicted.append(spans_to_bio(spans, len(tokens)))
    return score_spans(gold, predicted)


def format_scores(scores: dict[str, Any]) -> str:
    """A readable table: one row per type, then the micro average."""
    rows = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
    for kind, s in scores["per_type"].items():
        rows.append(f"{kind:<8}{s['p']:>8.4f}{s['r']:>8.4f}{s['f1']:>8.4f}{s['support']:>9}")
    rows.append(f"{'micro':<8}{scores['p']:>8.4f}{scores['r']:>8.4f}{scores['f1']:>8.4f}{scores.get('support', ''):>9}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    """python -m marsad.models.evaluate FILE [--no-kb] [--no-news]: print the score table."""
    import argparse

    parser = argparse.ArgumentParser(description="Score marsad's NER on a BIO file.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--no-kb", action="store_true", help="without the actor-KB layer")
    parser.add_argument("--no-news", action="store_true", help="without the news rule layer (models/newsrules.py)")
    args = parser.parse_args(argv)
    tagger = None
    if args.no_kb or args.no_news:
        from marsad.models.tagger import DATA_DIR, open_tagger

        tagger = open_tagger(DATA_DIR, kb=not args.no_kb, news=not args.no_news)
    print(format_scores(evaluate_ner(args.path, tagger)))


if __name__ == "__main__":
    main()
