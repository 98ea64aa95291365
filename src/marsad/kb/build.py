"""`python -m marsad.kb.build`: rebuild the shipped actor KB and gazetteer from their sources.

    python -m marsad.kb.build                 # both
    python -m marsad.kb.build --only kb --cameo PATH/actor_dict_ar_v4.txt
    python -m marsad.kb.build --only geo
"""

from __future__ import annotations

import argparse
from pathlib import Path

from marsad.errors import UsageError


def main(argv: list[str] | None = None) -> None:
    """Build the KB (`data/kb/kb.jsonl.gz`) and/or the gazetteer (`data/geo/places.tsv.gz`)."""
    from marsad.kb import geo_build, kb_build

    parser = argparse.ArgumentParser(prog="python -m marsad.kb.build", description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("kb", "geo"), help="build only one of the two")
    parser.add_argument("--cameo", type=Path, default=kb_build.DEFAULT_CAMEO,
                        help="the UniversalPetrarch Arabic actor dictionary (actor_dict_ar_v4.txt)")
    args = parser.parse_args(argv)
    if args.only in (None, "kb"):
        if not args.cameo.exists():
            raise UsageError(f"CAMEO actor dictionary not found: {args.cameo}")
        entries = kb_build.build(args.cameo)
        path = kb_build.write(entries)
        by_source: dict[str, int] = {}
        for entry in entries:
            key = entry.source.split(":")[0]
            by_source[key] = by_source.get(key, 0) + 1
        print(f"wrote {len(entries)} actors to {path} ({by_source})")
    if args.only in (None, "geo"):
        geo_build.main()


if __name__ == "__main__":
    main()
