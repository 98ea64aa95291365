"""The trigger lexicon: inflected normalized form -> PLOVER senses, loaded once per process.

The file `data/lexicon/triggers.tsv` is built by `python -m marsad.events.build_lexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.errors import ModelError

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
COLUMNS = ("form", "type", "mode", "cameo", "kind", "lemma", "weight", "source", "constraints", "future")


@dataclass(frozen=True, slots=True)
class TriggerSense:
    """One reading of a trigger form: its PLOVER type/mode, nearest CAMEO code and match constraints."""

    form: str
    type: str
    mode: str | None
    cameo: str | None
    kind: str  # "V" verb | "N" verbal noun
    lemma: str
    weight: float
    source: str  # "curated" | "cameo"
    constraints: str = ""
    future: bool = False

    def constraint(self, name: str) -> tuple[str, ...] | None:
        """The words of constraint `name` (obj, next, not_next, not_prev), () for a flag, None if absent."""
        for part in self.constraints.split(";"):
            key, _, words = part.partition("=")
            if key == name:
                return tuple(words.split("|")) if words else ()
        return None


class Lexicon:
    """Form -> senses look-up."""

    def __init__(self, senses: list[TriggerSense]) -> None:
        self.senses: dict[str, list[TriggerSense]] = {}
        by_entry: dict[tuple[str, str], set[str]] = {}
        for sense in senses:
            self.senses.setdefault(sense.form, []).append(sense)
            by_entry.setdefault((sense.lemma, sense.type), set()).add(sense.form)
        self._forms = {key: frozenset(forms) for key, forms in by_entry.items()}

    def forms_of(self, lemma: str, ptype: str) -> frozenset[str]:
        """Every form of one lexicon entry: to tell a pronoun suffix or a person prefix."""
        return self._forms.get((lemma, ptype), frozenset())

    def lookup(self, form: str) -> list[TriggerSense]:
        return self.senses.get(form, [])

    def __len__(self) -> int:
        return len(self.senses)


def write_lexicon(senses: list[TriggerSense], path: Path) -> None:
    lines = ["\t".join(COLUMNS)]
    for s in senses:
        lines.append("\t".join([
            s.form, s.type, s.mode or "-", s.cameo or "-", s.kind, s.lemma, f"{s.weight:.2f}", s.source,
            s.constraints or "-", "1" if s.future else "0",
        ]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_lexicon(path: Path) -> list[TriggerSense]:
    if not path.exists():
        raise ModelError(f"trigger lexicon {path} is missing: run `python -m marsad.events.build_lexicon`")
    senses = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        form, ptype, mode, cameo, kind, lemma, weight, source, constraints, future = line.split("\t")
        senses.append(TriggerSense(
            form, ptype, None if mode == "-" else mode, None if cameo == "-" else cameo, kind, lemma,
            float(weight), source, "" if constraints == "-" else constraints, future == "1",
        ))
    return senses


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon (cached)."""
    return Lexicon(read_lexicon(LEXICON_DIR / "triggers.tsv"))
