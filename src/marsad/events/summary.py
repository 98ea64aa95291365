"""A short English line per event: "Saddam Haftar (LBY MIL) visited Turkey, in Ankara"."""

from __future__ import annotations

from marsad.document import Event, Participant

VERBS = {
    ("CONSULT", "visit"): "visited", ("CONSULT", "host"): "hosted", ("CONSULT", "meet"): "met",
    ("CONSULT", "discuss"): "held talks with", ("CONSULT", "mediate"): "mediated with",
    ("CONCEDE", "release"): "released", ("CONCEDE", "resign"): "resigned from",
    ("COERCE", "arrest"): "arrested", ("COERCE", "seize"): "seized from", ("COERCE", "ban"): "banned",
    ("COERCE", "deport"): "deported", ("ASSAULT", "aerial"): "carried out air strikes on",
    ("ASSAULT", "assassinate"): "assassinated", ("ASSAULT", "abduct"): "abducted",
    ("ASSAULT", "explosives"): "bombed", ("SANCTION", "expel"): "expelled", ("SANCTION", "convict"): "sentenced",
    ("PROTEST", "strike"): "went on strike against", ("REJECT", "veto"): "vetoed",
}
TYPE_VERBS = {
    "AGREE": "agreed with", "CONSULT": "consulted", "SUPPORT": "expressed support for",
    "CONCEDE": "made concessions to", "COOPERATE": "cooperated with", "AID": "gave aid to",
    "RETREAT": "withdrew from", "REQUEST": "appealed to", "ACCUSE": "accused", "REJECT": "rejected",
    "THREATEN": "threatened", "PROTEST": "protested against", "SANCTION": "sanctioned",
    "MOBILIZE": "mobilized against", "COERCE": "coerced", "ASSAULT": "attacked",
}
MODALITY_PREFIX = {"negated": "Not: ", "future": "Planned: ", "hypothetical": "If: ", "historical": "Earlier: "}


def summarize(event: Event, place_name: str | None = None) -> str:
    """One English sentence: actor, verb, recipient, place (its English name when known), modality first."""
    verb = VERBS.get((event.type, event.mode or ""), TYPE_VERBS[event.type])
    actor = _names(event.actor) or "Someone"
    line = f"{actor} {verb}"
    if event.recipient:
        line += f" {_names(event.recipient)}"
    if event.location is not None:
        line += f", in {place_name or event.location.text}"
    return MODALITY_PREFIX.get(event.modality, "") + line


def _names(people: list[Participant]) -> str:
    return " and ".join(_name(p) for p in people)


def _name(p: Participant) -> str:
    name = p.name_en or p.text
    codes = " ".join(c for c in (p.country, p.sector) if c)
    return f"{name} ({codes})" if codes else name
