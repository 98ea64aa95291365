"""The `marsad` command: thin wrappers over the library that turn its errors into clean messages.

Exit codes: 0 when every article was processed, 1 when some records carry an error, 2 on a
usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from marsad import __version__
from marsad.document import Document
from marsad.errors import MarsadError, UsageError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
_DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if hasattr(args, "rest"):  # a delegated command: its module parses its own options
        args.rest = extra + args.rest
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not hasattr(args, "run"):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.run(args)
    except UsageError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except MarsadError as exc:
        print(f"marsad: error ({exc.kind}): {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except BrokenPipeError:  # `marsad extract … | head` is fine
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="marsad", description="Arabic news to structured event data.")
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_extract(commands)
    _add_eval(commands)
    _add_train(commands)
    _add_kb(commands)
    _add_lexicon(commands)
    return parser


def _add_extract(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("extract", help="entities, times and events of articles",
                            description="Extract entities, times and PLOVER events from Arabic articles.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a text, HTML, JSONL(.gz), WARC(.gz) or RSS/Atom file, a folder, or - for stdin")
    p.add_argument("-f", "--format", default="table", choices=("json", "jsonl", "csv", "table"),
                   help="output format (default: table)")
    p.add_argument("--input-format", choices=("text", "html", "jsonl", "warc", "rss"),
                   help="force the input format (default: from the file name; stdin is text)")
    p.add_argument("--published", type=_date_arg, help="publication date YYYY-MM-DD for inputs that have none")
    p.add_argument("-o", "--output", default="-", help="write here instead of standard output")
    p.add_argument("--bidi", action="store_true",
                   help="table: reorder Arabic for terminals without bidi support (needs python-bidi)")
    p.set_defaults(run=run_extract)


def _add_eval(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("eval", help="score against gold data")
    sub = p.add_subparsers(title="what to score", metavar="WHAT")
    ev = sub.add_parser("events", help="entities, times and events against gold files")
    ev.add_argument("--gold", nargs="+", required=True, type=Path,
                    help="gold files (format of the reference annotation) or folders of *.gold.json")
    ev.add_argument("--published", type=_date_arg, help="publication date (default: the gold file's)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON (last line)")
    ev.set_defaults(run=run_eval_events)
    ner = sub.add_parser("ner", help="span P/R/F1 of the NER stage on a BIO file")
    ner.add_argument("--data", required=True, type=Path, help="BIO file: token and tag per line")
    ner.add_argument("--json", action="store_true", help="print the scores as JSON (last line)")
    ner.add_argument("--no-kb", action="store_true", help="without the actor-KB name layer")
    ner.add_argument("--no-news", action="store_true", help="without the news rule layer")
    ner.set_defaults(run=run_eval_ner)
    geo = sub.add_parser("geo", help="country accuracy and Acc@161km on the geocoding gold set", add_help=False)
    geo.set_defaults(run=lambda args: _delegate("marsad.kb.geo_eval", args.rest), rest=[])
    news = sub.add_parser("ner-news", help="NER span P/R/F1 on the annotated news sentences", add_help=False)
    news.set_defaults(run=lambda args: _delegate("marsad.evaluation.ner_news", args.rest), rest=[])
    sents = sub.add_parser("sentences", help="ASSAULT/PROTEST sentence detection on the sentence gold set",
                           add_help=False)
    sents.set_defaults(run=lambda args: _delegate("marsad.evaluation.sentences", args.rest), rest=[])
    times = sub.add_parser("times", help="accuracy of time values on the time gold set", add_help=False)
    times.set_defaults(run=lambda args: _delegate("marsad.times.evaluate", args.rest), rest=[])


def _add_train(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("train", help="rebuild a shipped model from the repository's data")
    sub = p.add_subparsers(title="model", metavar="MODEL")
    ner = sub.add_parser("ner", help="train the NER model")
    ner.add_argument("--out", required=True, type=Path, help="directory to write the model files into")
    ner.add_argument("--seed", type=int, default=0)
    ner.set_defaults(run=run_train_ner)


def _add_lexicon(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("lexicon", help="the event trigger lexicon")
    sub = p.add_subparsers(title="action", metavar="ACTION")
    build = sub.add_parser("build", help="rebuild the trigger lexicon from its curated and CAMEO sources",
                           add_help=False)
    build.set_defaults(run=lambda args: _delegate("marsad.events.build_lexicon", args.rest), rest=[])


def _add_kb(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("kb", help="query the actor knowledge base")
    sub = p.add_subparsers(title="action", metavar="ACTION")
    look = sub.add_parser("lookup", help="candidates for a name, with scores")
    look.add_argument("name", help="an Arabic (or English) name")
    look.add_argument("--limit", type=int, default=10)
    look.add_argument("--on", type=_date_arg, help="date at which roles are looked up (YYYY-MM-DD)")
    look.add_argument("--json", action="store_true")
    look.set_defaults(run=run_kb_lookup)
    build = sub.add_parser("build", help="rebuild the shipped KB and place index from their sources",
                           add_help=False)
    build.set_defaults(run=lambda args: _delegate("marsad.kb.build", args.rest), rest=[])


def _date_arg(value: str) -> str:
    if not _DATE_RE.match(value):
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}")
    return value


def _delegate(module: str, argv: list[str]) -> int:
    """Commands whose options live with their module (its own --help lists them)."""
    import importlib

    code = importlib.import_module(module).main(argv)
    return EXIT_OK if code is None else int(code)


def run_extract(args: argparse.Namespace) -> int:
    from marsad.io.readers import read_inputs
    from marsad.io.writers import write
    from marsad.pipeline import default_pipeline

    for name in args.inputs:
        if name != "-" and not Path(name).exists():
            raise UsageError(f"no such file or folder: {name}")
    pipeline = default_pipeline()
    failed = 0

    def processed() -> Iterator[Document]:
        nonlocal failed
        for doc in pipeline.pipe(read_inputs(args.inputs, args.input_format, args.published)):
            if doc.error is not None:
                failed += 1
                print(f"marsad: {doc.source or doc.id}: {doc.error.kind}: {doc.error.message}", file=sys.stderr)
            yield doc

    if args.output == "-":
        write(processed(), args.format, sys.stdout, bidi=args.bidi)
    else:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            write(processed(), args.format, out, bidi=args.bidi)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def run_eval_events(args: argparse.Namespace) -> int:
    from marsad.evaluation.events import evaluate_many
    from marsad.evaluation.report import format_event_scores

    paths: list[Path] = []
    for path in args.gold:
        if path.is_dir():
            paths.extend(sorted(path.glob("*.gold.json")))
        elif path.exists():
            paths.append(path)
        else:
            raise UsageError(f"no such gold file: {path}")
    if not paths:
        raise UsageError("no gold files found")
    result = evaluate_many(paths, args.published)
    print(format_event_scores(result))
    if args.json:
        print(json.dumps(result["total"] if len(paths) > 1 else result["articles"][0], ensure_ascii=False))
    return EXIT_OK


def run_eval_ner(args: argparse.Namespace) -> int:
    from marsad.models.evaluate import evaluate_ner, format_scores

    if not args.data.exists():
        raise UsageError(f"no such file: {args.data}")
    tagger = None
    if args.no_kb or args.no_news:
        from marsad.models.tagger import DATA_DIR, open_tagger

        tagger = open_tagger(DATA_DIR, kb=not args.no_kb, news=not args.no_news)
    scores = evaluate_ner(args.data, tagger)
    print(format_scores(scores))
    if args.json:
        print(json.dumps(scores))
    return EXIT_OK


def run_train_ner(args: argparse.Namespace) -> int:
    from marsad.models.train import train_ner

    report = train_ner(args.out, seed=args.seed)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return EXIT_OK


def run_kb_lookup(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from marsad.kb.lookup import lookup

    candidates = lookup(args.name, limit=args.limit, on=args.on)
    if args.json:
        print(json.dumps([asdict(c) for c in candidates], ensure_ascii=False))
        return EXIT_OK
    if not candidates:
        print(f"no candidates for {args.name!r}")
    for c in candidates:
        print(f"{c.score:6.1f}  {c.kb_id:<28} {c.name_en or '':<30} {c.country or '-':<4} {c.sector or '-':<4} "
              f"{c.name_ar}  ({c.source})")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
