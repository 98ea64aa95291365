"""Build the trigger lexicon `data/lexicon/triggers.tsv` from the curated layer and the CAMEO.ar verbs.

Run: `python -m marsad.events.build_lexicon [--cameo DIR]` (default DIR: ../shared/data/cameo-ar
beside the repository). The curated layer (`curated.tsv`) is the source of truth; CAMEO verbs
that survive the noise filter (`marsad.events.cameo`) are added with a lower weight and require an
entity actor. Every entry is expanded to its inflected forms (`marsad.events.inflect`) so that
matching at run time is one dictionary look-up per candidate stem.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from marsad.arabic.normalize import normalize
from marsad.events.cameo import clean_verbs, imperfect_stem, read_verbs
from marsad.events.inflect import noun_forms, past_forms, present_forms
from marsad.events.lexicon import LEXICON_DIR, TriggerSense, write_lexicon

CAMEO_FILES = ("CAMEO.ar.0.5.txt", "verbs_assualt_only.txt")
CAMEO_WEIGHT = 0.45


def read_curated(path: Path) -> list[tuple[str, str | None, str, str, list[str], list[str], str, float]]:
    """Rows of curated.tsv: (type, mode, cameo, kind, lemmas, others, constraints, weight)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ptype, mode, cameo, kind, lemma, other, constraints, weight = line.split("\t")
        rows.append((
            ptype, None if mode == "-" else mode, cameo, kind,
            [normalize(x) for x in lemma.split(",")],
            [] if other == "-" else [normalize(x) for x in other.split(",")],
            "" if constraints == "-" else constraints, float(weight),
        ))
    return rows


def expand(kind: str, lemmas: list[str], others: list[str], constraints: str = "") -> dict[str, bool]:
    """Inflected forms of one entry -> whether the form is a future (سـ) form.

    A `hal` entry is a participle in the accusative only («داعيا»، «متهما»): its other forms are nouns or
    adjectives («المطالب» are demands, «المتهم» the accused), so no other form is generated."""
    forms: dict[str, bool] = {}
    if "hal" in constraints.split(";"):
        return {lemma + "ا": False for lemma in lemmas}
    if kind == "V":
        for past in lemmas:
            forms.update(dict.fromkeys(past_forms(past), False))
        for stem in others:
            forms.update(dict.fromkeys(present_forms(stem), False))
            forms.update(dict.fromkeys(present_forms(stem, future=True), True))
    else:
        for singular in lemmas:
            forms.update(dict.fromkeys(noun_forms(singular, tuple(others)), False))
    return forms


def build(cameo_dir: Path | None, out_dir: Path = LEXICON_DIR) -> list[TriggerSense]:
    """Build every sense (one per inflected form) and write triggers.tsv; returns the senses."""
    senses: list[TriggerSense] = []
    curated_lemmas: set[str] = set()
    for ptype, mode, cameo, kind, lemmas, others, constraints, weight in read_curated(out_dir / "curated.tsv"):
        curated_lemmas.update(lemmas)
        for form, future in sorted(expand(kind, lemmas, others, constraints).items()):
            senses.append(TriggerSense(form, ptype, mode, cameo, kind, lemmas[0], weight, "curated",
                                       constraints, future))
    if cameo_dir is not None:
        noise = {
            normalize(w.strip()) for w in (out_dir / "cameo_noise.txt").read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")
        }
        verbs = [v for name in CAMEO_FILES for v in read_verbs(cameo_dir / name)]
        for verb in clean_verbs(iter(verbs), noise):
            if verb.word in curated_lemmas:
                continue
            for form, future in sorted(expand("V", [verb.word], [imperfect_stem(verb.word)]).items()):
                senses.append(TriggerSense(form, verb.plover, None, verb.code, "V", verb.word, CAMEO_WEIGHT,
                                           "cameo", "agent", future))
    write_lexicon(senses, out_dir / "triggers.tsv")
    return senses


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "cameo-ar"
    parser.add_argument("--cameo", type=Path, default=default, help="directory of the CAMEO.ar files")
    parser.add_argument("--no-cameo", action="store_true", help="curated layer only")
    args = parser.parse_args(argv)
    senses = build(None if args.no_cameo else args.cameo)
    by_source: dict[str, int] = {}
    for sense in senses:
        by_source[sense.source] = by_source.get(sense.source, 0) + 1
    print(f"{len(senses)} forms written to {LEXICON_DIR / 'triggers.tsv'}: {by_source}")


if __name__ == "__main__":
    main()
