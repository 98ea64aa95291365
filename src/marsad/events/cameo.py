"""Read the Arabic CAMEO verb dictionaries (UniversalPetrarch, MIT) and map CAMEO codes to PLOVER.

The dictionaries were built by machine from English WordNet synsets and are noisy: a word is
often listed under a sense it does not have in Arabic (ظهر "express" coded 190, "use military
force"). Only coded single-word verbs are read, and an entry is kept only when its English gloss
agrees with the PLOVER type its code maps to (`GLOSS_KEYWORDS`) and its word is not on the noise
list beside the curated lexicon (`cameo_noise.txt`: common verbs with many unrelated senses).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.arabic.normalize import normalize

# CAMEO root (two digits) -> PLOVER type; finer codes override (see `plover_type`).
ROOT_TO_PLOVER = {
    "02": "REQUEST", "04": "CONSULT", "05": "COOPERATE", "06": "COOPERATE", "07": "AID",
    "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
CODE_TO_PLOVER = {"051": "SUPPORT", "052": "SUPPORT", "053": "SUPPORT", "057": "AGREE", "0874": "RETREAT"}

# An entry is kept only when its English gloss names what its PLOVER type is about.
GLOSS_KEYWORDS = {
    "REQUEST": ("appeal", "demand", "urge", "request", "ask", "plead", "call"),
    "CONSULT": ("meet", "visit", "consult", "discuss", "negotiat", "host", "talk", "confer"),
    "COOPERATE": ("cooperat", "collaborat", "coordinat", "ally", "partner"),
    "SUPPORT": ("praise", "support", "endorse", "defend", "commend", "hail", "laud", "back"),
    "AGREE": ("agree", "sign", "accord", "ratif", "settle"),
    "AID": ("aid", "donate", "grant", "assist", "relief", "give", "provide", "contribut"),
    "CONCEDE": ("release", "free", "yield", "concede", "surrender", "resign", "ease", "lift", "pardon"),
    "RETREAT": ("withdraw", "retreat", "pull"),
    "ACCUSE": ("accuse", "condemn", "denounce", "criticiz", "criticis", "blame", "charge", "investigat",
               "disapprove", "deplore", "censure"),
    "REJECT": ("reject", "refuse", "oppose", "veto", "deny", "decline", "dismiss"),
    "THREATEN": ("threat", "menace", "warn", "ultimatum"),
    "PROTEST": ("protest", "demonstrat", "riot", "strike", "rally", "march", "picket", "boycott"),
    "MOBILIZE": ("mobiliz", "deploy", "mass", "alert", "station"),
    "SANCTION": ("sanction", "expel", "sever", "suspend", "embargo", "boycott", "recall", "convict"),
    "COERCE": ("arrest", "detain", "seize", "confiscat", "ban", "deport", "imprison", "jail", "raid",
               "expel", "capture", "censor", "repress", "crack"),
    "ASSAULT": ("attack", "assault", "bomb", "shell", "shoot", "kill", "strike", "raid", "massacre",
                "fight", "clash", "abduct", "kidnap", "assassinat", "torture", "invade", "storm",
                "explode", "fire", "ambush", "besiege", "beat", "murder", "slaughter"),
}

_HEADER = re.compile(r"^---\s*(\S+)\s*\[([0-9-]+)\]\s*---")
_ENTRY = re.compile(r"^([^\s#\-][^\s#\[]*)\s*(?:\[([0-9]+)\])?\s*(?:#\s*(.*))?$")


@dataclass(frozen=True, slots=True)
class CameoVerb:
    """One coded verb of the dictionaries: normalized word, CAMEO code, English gloss, PLOVER type."""

    word: str
    code: str
    gloss: str
    plover: str


def plover_type(code: str) -> str | None:
    """The PLOVER type of a CAMEO code, or None for codes PLOVER does not code as events (01x, 03x)."""
    for length in (4, 3):
        if code[:length] in CODE_TO_PLOVER:
            return CODE_TO_PLOVER[code[:length]]
    return ROOT_TO_PLOVER.get(code[:2])


def read_verbs(path: Path) -> Iterator[CameoVerb]:
    """Every coded single-word verb of a CAMEO.ar verb file, with its PLOVER type (None codes skipped)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "-", "&", "+")):
            continue
        match = _ENTRY.match(line)
        if not match or not match.group(2):
            continue
        word, code, gloss = match.group(1), match.group(2), (match.group(3) or "").strip()
        plover = plover_type(code)
        if plover is None or "+" in word or "_" in word:
            continue
        yield CameoVerb(normalize(word), code, gloss, plover)


def clean_verbs(verbs: Iterator[CameoVerb], noise: set[str]) -> list[CameoVerb]:
    """Keep entries whose gloss agrees with their PLOVER type and whose word is not known noise."""
    kept: dict[tuple[str, str], CameoVerb] = {}
    for verb in verbs:
        if len(verb.word) < 3 or verb.word in noise:
            continue
        gloss = verb.gloss.lower()
        if not any(key in gloss for key in GLOSS_KEYWORDS[verb.plover]):
            continue
        kept.setdefault((verb.word, verb.plover), verb)
    return sorted(kept.values(), key=lambda v: (v.plover, v.word))


def imperfect_stem(past: str) -> str:
    """A guess at the imperfect stem of a sound verb: استقبل -> ستقبل، اعتقل -> عتقل، هاجم -> هاجم."""
    if past.startswith("ا") and len(past) >= 4:
        return past[1:]
    return past
