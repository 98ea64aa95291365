"""Score the event coder on the gold files of this folder (or on given gold files).

    PYTHONPATH=src python eval/events/score.py [--split dev|test|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18] [--oracle] [-v] [GOLD ...]

Uses the project scorer through `marsad.events.goldset` (SaudiNewsNet text is read from ../shared).
`--oracle` replaces the NER/link/geocode stages by the gold entities: the event coder alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from marsad.events.goldset import score_goldset, split_paths

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--split", choices=("dev", "test", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18"), help="only the gold files of this split")
    parser.add_argument("--oracle", action="store_true", help="gold entities instead of the NER stages")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    paths = args.gold or split_paths(HERE, args.split)
    result = score_goldset(paths, args.oracle)
    for art in result["articles"]:
        print(f"{Path(art['path']).name}: core {art['core_found']}/{art['core_total']}  "
              f"precision {art['system_matched']}/{art['system']}")
        if args.verbose:
            for miss in art["missed"]:
                print("   missed:", miss)
            for extra in art["unmatched_system"]:
                print("   spurious:", extra)
    print(f"TOTAL {len(paths)} articles: core recall {result['core_found']}/{result['core_total']} = "
          f"{result['recall']:.3f}; event precision {result['system_matched']}/{result['system']} = "
          f"{result['precision']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
