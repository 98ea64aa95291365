"""Write the default pipeline's output on a fixed article set as JSONL, to prove speed work changes nothing.

Runs the reference article (published 2025-04-05) and the first 200 SaudiNewsNet articles; compare two runs'
files with `cmp`. Run: `python bench/golden_output.py /tmp/golden.jsonl [--articles 200]`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from corpus import saudinewsnet

from marsad.document import Document
from marsad.pipeline import default_pipeline

REFERENCE = Path(__file__).resolve().parents[1] / "examples" / "reference.txt"


def main() -> None:
    """Run the pipeline on the fixed set and write one `to_dict()` record a line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    pipeline = default_pipeline()
    docs = [Document(text=REFERENCE.read_text(encoding="utf-8"), published="2025-04-05", id="reference")]
    docs += [Document(text=r["text"], published=r["published"], id=r["id"], title=r["title"])
             for r in saudinewsnet(args.articles)]
    with args.out.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(pipeline(doc).to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(docs)} records to {args.out}")


if __name__ == "__main__":
    main()
