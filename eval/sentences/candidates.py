"""Annotator's aid: list SaudiNewsNet articles and sentences that mention attacks or protests.

Prints, for each article with a keyword hit, its zip and index and every sentence (with its
offsets into title + "\\n" + content) that holds a keyword, so that an annotator can read them and
write labels by hand into labels.tsv. It decides nothing: labels are the annotator's.
Run: python eval/sentences/candidates.py --kind attack 2015-08-07.zip [--skip N] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from pathlib import Path

from marsad.arabic.sentences import split_sentences
from marsad.evaluation.gold import shared_dir

KEYWORDS = {
    "attack": r"قصف|غار[ةا]|هجوم|هجمات|تفجير|انفجار|اشتباك|مقتل|قتل|استهداف|اغتيال|طعن|إطلاق (?:ال)?نار|"
              r"انتحاري|مفخخ|ناسف|اعتداء|ضرب[تة]|معارك|اقتحام|صاروخ|قذائف|مسلح",
    "protest": r"تظاهر|مظاهر[ةا]|متظاهر|احتجاج|محتج|اعتصام|معتصم|إضراب|مسير[ةا]|وقفة|حشود|"
               r"عصيان|شغب",
}
EXCLUDE = Path(__file__).resolve().parents[1] / "events"


def excluded() -> set[tuple[str, int]]:
    """Articles of the events gold set (kept out so the two stay independent) and articles labelled already."""
    out = set()
    labels = Path(__file__).resolve().parent / "labels.tsv"
    for line in labels.read_text(encoding="utf-8").splitlines() if labels.exists() else []:
        if line.strip() and not line.startswith("#"):
            zip_name, index = line.split("\t")[:2]
            out.add((zip_name, int(index)))
    for path in EXCLUDE.glob("*.gold.json"):
        ref = json.loads(path.read_text(encoding="utf-8"))["article"]
        loc, _, idx = ref.removeprefix("saudinewsnet:").partition("#")
        out.add((loc.split("/")[0], int(idx)))
    return out


def day_records(path: Path) -> list[dict]:
    with zipfile.ZipFile(path) as archive:
        member = next(n for n in archive.namelist() if n.endswith(".json"))
        return json.loads(archive.read(member).decode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", choices=sorted(KEYWORDS), default="attack")
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--min-hits", type=int, default=2)
    parser.add_argument("--pattern", help="a regular expression used instead of --kind")
    parser.add_argument("--flat", action="store_true", help="one line per sentence, with its article")
    parser.add_argument("zips", nargs="+")
    args = parser.parse_args()
    pattern = re.compile(args.pattern or KEYWORDS[args.kind])
    corpus = shared_dir(Path.cwd()) / "data" / "news" / "saudinewsnet"
    skip, shown, titles = excluded(), 0, set()
    for zip_name in args.zips:
        for index, record in enumerate(day_records(corpus / zip_name)):
            title = (record.get("title") or "").strip()
            text = title + "\n" + record["content"] if title else record["content"]
            hits = [s for s in split_sentences(text) if pattern.search(text[s[0]:s[1]])]
            if (zip_name, index) in skip or title in titles or len(hits) < args.min_hits:
                continue
            titles.add(title)
            shown += 1
            if shown <= args.skip:
                continue
            if shown > args.skip + args.limit:
                return
            if not args.flat:
                print(f"=== {zip_name} #{index} [{record.get('source')}] {record['date_extracted'][:10]}")
            for start, end in hits:
                where = f"{zip_name}\t{index}\t" if args.flat else "  "
                print(f"{where}{start}\t{end}\t{text[start:end]}")


if __name__ == "__main__":
    main()
