"""Score the event coder on the gold files of this folder (and the reference article).

    PYTHONPATH=src python eval/events/score.py [--oracle] [GOLD ...]

Uses the project scorer (`marsad.evaluation.events.score_document`). Article references of the
form `saudinewsnet:<zip>/<member>#<n>` name record n of a SaudiNewsNet day file (each zip
member is a JSON list); they are read from ../shared, never copied here. `--oracle` replaces
the NER/link/geocode stages by the gold entities (forms found in the text, with their country):
it measures the event coder alone, apart from the errors of the stages before it.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

from marsad.document import Canonical, Document, Entity
from marsad.evaluation.events import score_document
from marsad.evaluation.gold import Gold, read_article, shared_dir

HERE = Path(__file__).resolve().parent


def load(path: Path) -> Gold:
    data = json.loads(path.read_text(encoding="utf-8"))
    ref = data["article"]
    if ref.startswith("saudinewsnet:") and "#" in ref:
        zip_name, _, rest = ref.removeprefix("saudinewsnet:").partition("/")
        member, _, n = rest.partition("#")
        corpus = shared_dir(path.parent) / "data" / "news" / "saudinewsnet"
        with zipfile.ZipFile(corpus / zip_name) as archive:
            record = json.loads(archive.read(member).decode("utf-8"))[int(n)]
        text = (record.get("title") or "").strip() + "\n" + record["content"]
        published = (record.get("date_extracted") or "")[:10] or None
    else:
        text, published = read_article(ref, path.parent)
    return Gold(path, text, data.get("published") or published or data.get("published_hint"), data)


def oracle_entities(text: str, gold: Gold) -> list[Entity]:
    """Gold entity forms located in the text, longest first, without overlaps."""
    from marsad.arabic.normalize import normalize_with_map, original_span

    norm, index = normalize_with_map(text)
    forms = sorted(
        ((normalize_with_map(f)[0], g) for g in gold.entities for f in g["forms"]), key=lambda x: -len(x[0])
    )
    taken: list[tuple[int, int]] = []
    found: list[Entity] = []
    for form, g in forms:
        pos = norm.find(form)
        while pos >= 0:
            a, b = original_span(index, pos, pos + len(form))
            left_ok = pos == 0 or not norm[pos - 1].isalpha() or norm[pos - 1] in "وفبلك"
            right_ok = pos + len(form) >= len(norm) or not norm[pos + len(form)].isalpha()
            if left_ok and right_ok and not any(a < y and x < b for x, y in taken):
                taken.append((a, b))
                canonical = Canonical(text[a:b], country=g.get("country"))
                found.append(Entity("", text[a:b], g["type"], a, b, canonical=canonical, source="oracle"))
            pos = norm.find(form, pos + 1)
    found.sort(key=lambda e: e.start)
    for n, e in enumerate(found, 1):
        e.id = f"T{n}"
    return found


def run(gold: Gold, oracle: bool) -> Document:
    doc = Document(text=gold.text, published=gold.published)
    if oracle:
        from marsad.stages.events import EventStage
        from marsad.stages.segment import SegmentStage

        SegmentStage()(doc)
        doc.entities = oracle_entities(doc.text, gold)
        try:
            from marsad.stages.times import TimeStage

            TimeStage()(doc)
        except ImportError:
            pass
        EventStage()(doc)
    else:
        from marsad.pipeline import default_pipeline

        default_pipeline()(doc)
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--oracle", action="store_true", help="gold entities instead of the NER stages")
    parser.add_argument("--split", choices=("dev", "test"), help="only the gold files of this split")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    paths = args.gold or sorted(HERE.glob("*.gold.json"))
    if args.split:
        paths = [p for p in paths if json.loads(p.read_text(encoding="utf-8")).get("split") == args.split]
    found = total = system = matched = 0
    for path in paths:
        gold = load(path)
        doc = run(gold, args.oracle)
        ev = score_document(doc, gold)["events"]
        found, total = found + ev["core_found"], total + ev["core_total"]
        system, matched = system + ev["system"], matched + ev["system_matched"]
        print(f"{path.name}: core {ev['core_found']}/{ev['core_total']}  precision "
              f"{ev['system_matched']}/{ev['system']}")
        if args.verbose:
            for miss in ev["missed"]:
                print("   missed:", miss)
            for extra in ev["unmatched_system"]:
                print("   spurious:", extra)
    recall = found / total if total else 0.0
    precision = matched / system if system else 0.0
    print(f"TOTAL {len(paths)} articles: core recall {found}/{total} = {recall:.3f}; "
          f"event precision {matched}/{system} = {precision:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
