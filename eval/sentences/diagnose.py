"""Why the event coder misses gold sentences: a tally for docs/sentences.md's error analysis.

For every gold ASSAULT/PROTEST sentence the coder misses, says which of these holds:
  modality  - an event of the class is in the sentence, but not asserted/historical;
  dropped   - the lexicon has a trigger of the class in the sentence, yet no event came out
              (no named doer or victim, a sports filter, a reference to an earlier event ...);
  no-trigger - no trigger word of the class in the sentence (a lexicon gap, or a noun such as
              مقتل/اشتباكات the lexicon does not treat as a trigger).
For every false positive, tallies the modality of the offending events.
--keep-bare scores a counterfactual coder that keeps the events merging drops for having
neither actor nor recipient («مظاهرات واسعة في العراق», «انفجار في القاهرة»), to size that cause.
Run from the repository root: PYTHONPATH=src python eval/sentences/diagnose.py [--split dev] [-v] [--keep-bare]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from marsad.document import Document, Event
from marsad.evaluation.gold import read_article
from marsad.evaluation.sentences import (
    CLASSES,
    DEFAULT_GOLD,
    evaluate_sentences,
    events_in,
    format_score,
    load_sentences,
    predict,
)
from marsad.events import coder
from marsad.events.lexicon import load_lexicon
from marsad.events.sentence import build_views
from marsad.events.triggers import find_triggers, is_trigger_word
from marsad.pipeline import default_pipeline


def trigger_types(doc: Document, start: int, end: int, lexicon) -> dict[str, list[str]]:
    """Lexicon trigger words in doc.text[start:end], by event type."""
    found: dict[str, list[str]] = {}
    for view in build_views(doc, lambda norm: is_trigger_word(norm, lexicon)):
        if view.span.end <= start or view.span.start >= end:
            continue
        for trig in find_triggers(doc.tokens, view, lexicon):
            if start <= trig.start and trig.end <= end:
                found.setdefault(trig.sense.type, []).append(trig.text)
    return found


def keep_bare_events() -> None:
    """Make the coder keep participant-less events that merging would drop (a counterfactual)."""
    original = coder.merge_events

    def merge(events: list[Event]) -> list[Event]:
        bare = [e for e in events if not e.actor and not e.recipient]
        kept = original(events)
        folded = {(t.start, t.end) for k in kept for t in (k.trigger, *k.mentions)}
        return kept + [e for e in bare if (e.trigger.start, e.trigger.end) not in folded]

    coder.merge_events = merge


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--keep-bare", action="store_true")
    args = parser.parse_args()
    if args.keep_bare:
        keep_bare_events()
        result = evaluate_sentences(DEFAULT_GOLD, args.split)
        for name, split_result in result["splits"].items():
            print("\n".join(format_score(name, split_result)))
    pipeline, lexicon = default_pipeline(), load_lexicon()
    sentences = load_sentences(DEFAULT_GOLD, args.split)
    docs: dict[tuple[str, int], Document] = {}
    misses: Counter = Counter()
    false_pos: Counter = Counter()
    for s in sentences:
        if s.article not in docs:
            text, published = read_article(f"saudinewsnet:{s.zip}#{s.index}", Path(DEFAULT_GOLD).parent)
            docs[s.article] = pipeline(Document(text=text, published=published))
        doc = docs[s.article]
        got, events = predict(doc, s.start, s.end), events_in(doc, s.start, s.end)
        for cls in CLASSES:
            if cls in s.labels and cls not in got:
                if any(e.type == cls for e in events):
                    why = "modality:" + ",".join(sorted({e.modality for e in events if e.type == cls}))
                else:
                    triggers = trigger_types(doc, s.start, s.end, lexicon)
                    why = "dropped" if cls in triggers else "no-trigger"
                    if args.verbose:
                        print(f"MISS {cls} {why} {s.zip}#{s.index} {s.start}-{s.end} {triggers}: "
                              f"{doc.text[s.start:s.end][:120]}")
                misses[(cls, why.split(":")[0] if why.startswith("modality") else why)] += 1
            if cls in got and cls not in s.labels:
                mods = sorted({e.modality for e in events if e.type == cls})
                false_pos[(cls, "/".join(mods), s.note.split(";")[0][:40] if s.labels == frozenset() else "other")] += 1
    print("missed gold sentences by cause:")
    for (cls, why), n in sorted(misses.items()):
        print(f"  {cls:<8} {why:<11} {n}")
    print("false positives (class, modality, gold note):")
    for (cls, mods, note), n in sorted(false_pos.items(), key=lambda kv: -kv[1]):
        print(f"  {n:>3} {cls:<8} {mods:<10} {note}")


if __name__ == "__main__":
    main()
