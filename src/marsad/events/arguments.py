"""Who did it, to whom, where: the participants of one trigger, read from the sentence's structure.

Verbs: VSO (وزار صدام حفتر أنقرة: subject then object), SVO and nominal sentences (a subject
before the verb in the same clause), a subject shared with the previous verb of the sentence
(زار ... التقى خلالها X), omitted subjects taken from the discourse when the only noun after a
transitive verb is a place. Verbal nouns: the genitive (هجوم حفتر) is the agent or, for nouns of
things done to someone (اعتقال، اغتيال، استقبال), the patient; «لـ X» names the agent; passives
(تم استقباله) take the pronoun as the patient. Prepositions decide the rest: مع/بـ/على/إلى/ضد
introduce recipients, في/بـ + place the location. Mentions joined by و share a role; «ثم» starts
a new group (a second meeting).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.document import Token
from marsad.events.cues import (
    LIGHT_VERBS,
    LOCATION_PREPS,
    PASSIVE_AUX,
    PREPOSITIONS,
    PUNCT_BOUNDARY,
    RECIPIENT_PREPS,
    SOFT_BOUNDARY,
)
from marsad.events.sentence import QUOTES, Mention, SentenceView, is_title_like, stem_of
from marsad.events.triggers import TriggerMatch

# Verbal nouns whose genitive is the one the action is done to (اعتقال المتهمين = the arrest OF them).
PATIENT_GENITIVE = frozenset({
    "اعتقال", "اغتيال", "استهداف", "قصف", "اقتحام", "احتجاز", "ترحيل", "مصادره", "استقبال", "اختطاف",
    "تعذيب", "مداهمه", "افراج", "ضبط",
})
# Types whose verb takes a direct object that is the recipient (a place included: زار أنقرة).
TRANSITIVE_TYPES = frozenset({"CONSULT", "ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SUPPORT", "SANCTION",
                              "REJECT", "REQUEST", "AID"})
COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "لان"})
SYMMETRIC_MODES = frozenset({"meet", "discuss", "mediate"})
MAX_GENITIVE_GAP = 2
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "PROTEST", "MOBILIZE"})
PREMISES = frozenset({"مقر", "قصر", "مبني", "ديوان", "مكتب"})


@dataclass
class Arguments:
    """The participants found for one trigger; `recipients` holds one group per event to emit."""

    actor: list[Mention] = field(default_factory=list)
    recipients: list[list[Mention]] = field(default_factory=list)
    location: Mention | None = None
    passive: bool = False


def find_arguments(tokens: list[Token], view: SentenceView, trig: TriggerMatch, bounds: tuple[int, int],
                   chain_actor: list[Mention], pronoun: Mention | None) -> Arguments:
    """Participants of `trig`; `bounds` = (previous trigger token, next trigger token) of the sentence."""
    after = _after(tokens, view, trig.token, bounds[1])
    before = _before(tokens, view, trig.token, bounds[0])
    args = Arguments()
    direct = _groups([m for m in after if m.prep is None])
    before_subject = next((g for g in reversed(_groups([m for m in before if m.prep is None]))), [])
    if trig.sense.kind == "V":
        _verb_roles(args, trig, direct, before_subject, chain_actor, pronoun)
    else:
        _noun_roles(args, tokens, view, trig, after, direct, before_subject, pronoun)
    taken = {id(m) for g in (args.actor, *args.recipients) for m in g}
    obliques = [m for m in after if m.prep is not None and id(m) not in taken]
    extra = [m for m in obliques if m.prep in RECIPIENT_PREPS and not (m.prep == "ب" and m.is_place)]
    if args.actor and extra:
        extra = [m for m in extra if m.prep != "ل" or not m.is_place or trig.sense.type == "CONSULT"]
        if args.recipients:
            args.recipients[-1].extend(m for m in extra if m.coord != "ثم")
        else:
            args.recipients = _groups(extra) or []
    places = [m for m in obliques + [m for m in before if m.prep is not None]
              if m.is_place and m.prep in LOCATION_PREPS and id(m) not in taken]
    args.location = places[0] if places else None
    if args.location is None and (trig.sense.mode == "visit" or trig.sense.type in PLACE_TARGET_TYPES):
        args.location = next((m for g in args.recipients for m in g if m.is_place), None)
    _split_symmetric(args, trig)
    return args


def _verb_roles(args: Arguments, trig: TriggerMatch, direct: list[list[Mention]], before_subject: list[Mention],
                chain_actor: list[Mention], pronoun: Mention | None) -> None:
    objects: list[list[Mention]] = []
    if pronoun is not None:  # زاره، استقبلهم: the pronoun suffix is the object
        args.actor = direct[0] if direct else before_subject or chain_actor
        objects = [[pronoun]]
    elif len(direct) >= 2 and direct[1][0].coord is None:  # V S O
        args.actor, objects = direct[0], direct[1:]
    elif direct:  # one noun phrase (or a list joined by و/ثم): subject or object?
        fresh = not trig.clitics.startswith(("و", "ف"))
        if before_subject:
            args.actor, objects = before_subject, direct
        elif chain_actor and (fresh or _is_object(trig, direct[0])):
            args.actor, objects = chain_actor, direct
        else:
            args.actor, objects = direct[0], direct[1:]
    else:
        args.actor = before_subject or chain_actor
    args.recipients = _split_sequence(objects)


def _noun_roles(args: Arguments, tokens: list[Token], view: SentenceView, trig: TriggerMatch,
                after: list[Mention], direct: list[list[Mention]], before_subject: list[Mention],
                pronoun: Mention | None) -> None:
    prev = [stem_of(tokens[k]) for k in range(max(view.lo, trig.token - 2), trig.token)]
    args.passive = any(p in PASSIVE_AUX for p in prev)
    genitive = direct[0] if direct and _close(tokens, view, trig.token, direct[0][0]) else []
    agentive = [m for m in after if m.prep == "ل" and not m.is_place and _close(tokens, view, trig.token, m, 1)][:1]
    light = _light_verb_subject(tokens, view, trig)
    if args.passive or trig.sense.lemma in PATIENT_GENITIVE:
        patient = [pronoun] if pronoun is not None else genitive
        args.recipients = [patient] if patient else []
        by = [m for m in after if m.prep == "من" and not m.is_place][:1]
        args.actor = by or light or _host_by_premises(tokens, trig, after)
    else:
        args.actor = genitive or agentive or light or ([pronoun] if pronoun is not None else [])
        if genitive and len(direct) >= 2 and direct[1][0].first - genitive[-1].last <= 2:
            args.recipients = [direct[1]]


def _close(tokens: list[Token], view: SentenceView, i: int, m: Mention, gap: int = MAX_GENITIVE_GAP) -> bool:
    """A mention is close to a noun when at most `gap` plain words (titles, adjectives, commas aside) and
    no preposition part them."""
    inside = {k for t in view.mentions if t.title_only for k in range(t.first, t.last + 1)}
    plain = [k for k in range(i + 1, m.first)
             if k not in inside and not is_title_like(tokens[k]) and tokens[k].norm not in SOFT_BOUNDARY
             and tokens[k].text not in QUOTES]
    return len(plain) <= gap and not any(tokens[k].norm in PREPOSITIONS for k in plain)


def _host_by_premises(tokens: list[Token], trig: TriggerMatch, after: list[Mention]) -> list[Mention]:
    """«تم استقباله في مقر رئاسة القوات البرية»: who hosts is whose premises the guest was received in."""
    if trig.sense.mode != "host":
        return []
    for m in after:
        premises = any(k > trig.token and stem_of(tokens[k]) in PREMISES for k in (m.first - 1, m.first - 2))
        if premises and m.prep is None and (not m.is_place or m.entity is not None and m.entity.type == "ORG"):
            return [m]
    return []


def _light_verb_subject(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    for k in range(trig.token - 1, max(view.lo - 1, trig.token - 6), -1):
        if stem_of(tokens[k]) in LIGHT_VERBS:
            subject = [m for m in view.mentions_between(k + 1, trig.token) if m.prep is None]
            return subject[:1]
    return []


def _is_object(trig: TriggerMatch, group: list[Mention]) -> bool:
    return trig.sense.type in TRANSITIVE_TYPES and all(m.is_place or m.entity is None for m in group)


def _after(tokens: list[Token], view: SentenceView, i: int, stop: int) -> list[Mention]:
    """Mentions after the trigger in its clause: a comma ends it unless و/ثم carries the list on."""
    out: list[Mention] = []
    crossed = False
    pos = i + 1
    for m in view.mentions_between(i + 1, min(stop, view.hi)):
        gap = [tokens[k].norm for k in range(pos, m.first)]
        if any(g in PUNCT_BOUNDARY and g not in SOFT_BOUNDARY for g in gap):
            break
        crossed = crossed or any(g in SOFT_BOUNDARY for g in gap)
        if crossed and not (m.coord or m.apposition or m.prep is not None):
            break
        out.append(m)
        pos, crossed = m.last + 1, False
    return out


def _before(tokens: list[Token], view: SentenceView, i: int, prev_trigger: int) -> list[Mention]:
    """Mentions before the trigger in its clause (after a boundary, a complementizer or an earlier trigger)."""
    start = max(view.lo, prev_trigger + 1)
    for k in range(i - 1, start - 1, -1):
        if tokens[k].norm in PUNCT_BOUNDARY or stem_of(tokens[k]) in COMPLEMENTIZERS:
            return view.mentions_between(k + 1, i)
    if prev_trigger >= view.lo:
        return []  # the nouns between two verbs belong to the first one: the subject is shared
    return view.mentions_between(start, i)


def _groups(mentions: list[Mention]) -> list[list[Mention]]:
    """Consecutive mentions joined by و form one group."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and m.coord == "و":
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _split_sequence(objects: list[list[Mention]]) -> list[list[Mention]]:
    """Object groups: a group introduced by ثم is a separate event, anything else joins the first."""
    out: list[list[Mention]] = []
    for group in objects:
        if not out or group[0].coord == "ثم":
            out.append(list(group))
        else:
            out[-1].extend(group)
    return out


def _split_symmetric(args: Arguments, trig: TriggerMatch) -> None:
    """«اجتمع X و Y» / «مناقشة X و Y»: one side of a meeting becomes the actor, the others the recipients."""
    if trig.sense.mode in SYMMETRIC_MODES and len(args.actor) >= 2 and not args.recipients:
        args.actor, args.recipients = args.actor[:1], [args.actor[1:]]
