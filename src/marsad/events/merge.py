"""One real-world event told twice in an article is one event with its `mentions`.

A later event is folded into an earlier one of the same type (and mode, when both have one)
when it adds no conflicting participant: its actors and recipients are shared with the earlier
event (or one side is missing on either), and their dates agree. A verbal noun with no
participant at all («تاريخ الزيارة»، «وصف الهجوم بأنه») names an event in passing: it is no
event and no mention, unless the coder found it told as having happened (`standalone`).
"""

from __future__ import annotations

from marsad.arabic.normalize import normalize
from marsad.document import Event, Participant, Span
from marsad.events.cues import ENEMY_WORDS
from marsad.events.sentence import office_norm

NEAR_CHARS = 400  # two sentences of news, about
CROWD_CHARS = 2 * NEAR_CHARS  # how far apart two descriptions of one protest's crowd may be
ARMED_WORDS = ENEMY_WORDS | {"مقاتلا", "مقاتلين", "مقاتلون", "عناصر", "عنصرا"}


def merge_events(events: list[Event], standalone: set[int] | None = None,
                 outcomes: set[int] | None = None) -> list[Event]:
    """Fold repeated reports of the same event into the first one; renumber ids E1, E2, ...

    An event with no participant is kept only when `standalone` holds its id (a protest told as having
    happened, «اندلعت المظاهرات»); otherwise it is a reference in passing («تاريخ الزيارة») and dropped.
    An event in `outcomes` (deaths told without the killer, «قُتل 12 مسلحا») is the toll of the attack told
    just before it, when there is one: a mention of it, its dead the attack's target when the same
    sentence named none.
    """
    standalone, outcomes = standalone or set(), outcomes or set()
    kept: list[Event] = []
    for event in events:
        bare = not event.actor and not event.recipient
        if bare and id(event) not in standalone:
            continue
        if id(event) in outcomes:  # (killed by no one named, or by the doer of that attack)
            toll_of = next((k for k in reversed(kept) if k.type == event.type and k.modality == event.modality
                            and 0 <= event.sentence.start - k.sentence.start <= 2 * NEAR_CHARS
                            and (not event.actor or _keys(event.actor) & _keys(k.actor))), None)
            if toll_of is not None:
                if (not toll_of.recipient and event.recipient and _told_in(toll_of, event.sentence)
                        and not any(_armed(p) for p in event.recipient)):  # (armed dead may be the attackers)
                    toll_of.recipient = event.recipient  # «فتح مسلح النار ... فقتل شخصين»: whom it hit (in another
                    # sentence the dead may be the attackers: «هجوم فاشل للمعارضة. قتل 25 مقاتلا من المعارضة»)
                toll_of.mentions.append(Span(event.trigger.start, event.trigger.end, event.trigger.text))
                continue
        if bare:  # told again without names: a mention of the latest event of its type, if there is one
            target = next((k for k in reversed(kept) if k.type == event.type and k.modality == event.modality), None)
        else:  # (or an event told before without names, «انفجار» in the title: this report names its sides)
            target = next((k for k in reversed(kept) if _same(k, event)), None) or next(
                (k for k in kept if not k.actor and not k.recipient and k.type == event.type
                 and k.modality == event.modality and (not k.mode or not event.mode or k.mode == event.mode)
                 and event.sentence.start - k.sentence.start <= NEAR_CHARS), None)
        if target is not None:
            target.mentions.append(Span(event.trigger.start, event.trigger.end, event.trigger.text))
            target.confidence = round(min(0.99, target.confidence + 0.05), 2)
            if target.location is None:
                target.location = event.location
            if not target.recipient and event.recipient:  # «شن الجيش هجوما على حلب»: the noun names the target
                target.recipient = event.recipient
            if event.actor and (not target.actor or _headline_office(target, event.actor)):
                target.actor = event.actor  # (the name the body gives the headline's office)
            continue
        kept.append(event)
    for n, event in enumerate(kept, 1):
        event.id = f"E{n}"
    return kept


def _armed(p: Participant) -> bool:
    """Armed men by their description («ثلاثة مسلحين»، «عشرون مسلحا»): dead of either side."""
    return any(word in ARMED_WORDS for word in normalize(p.text).split())


def _told_in(event: Event, sentence: Span) -> bool:
    """The event, or a report folded into it, is told in this sentence."""
    return any(sentence.start <= span.start < sentence.end for span in (event.trigger, *event.mentions))


def _same(a: Event, b: Event) -> bool:
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode):
        return False
    if not b.actor and not b.recipient:
        return True
    if a.modality != b.modality:
        return False
    if _complementary(a, b) or _same_crowd(a, b):
        return True
    if _dates_differ(a, b):
        return False
    if _headline_office(a, b.actor):
        return bool(_keys(a.recipient) & _keys(b.recipient))
    return _compatible(a.actor, b.actor) and _compatible(a.recipient, b.recipient) and bool(
        _keys(a.actor) & _keys(b.actor) or _keys(a.recipient) & _keys(b.recipient)
    )


def _headline_office(a: Event, named: list[Participant]) -> bool:
    """`a` is told in the headline by an office with no name («رئيس البرلمان العراقي يطالب العبادي»), and the
    later report names one doer: the body tells the headline's event with the officeholder's name."""
    return (a.sentence.start == 0 and len(a.actor) == 1 and a.actor[0].entity is None and len(named) == 1
            and named[0].entity is not None and _office(a.actor[0]))


def _office(p: Participant) -> bool:
    """A participant named by an office («وزير الخارجية الأمريكي»، «الرئيس»)."""
    words = normalize(p.text).split()
    return bool(words) and office_norm(words[0])


def _complementary(a: Event, b: Event) -> bool:
    """One report gives only the actor, a close second only the target («غارة أمريكية ... استهدفت السوداني»),
    or a close one-sided report repeats a full one of the same kind («غارات جوية عراقية» in the title)."""
    near = abs(a.sentence.start - b.sentence.start) <= NEAR_CHARS
    halves = (a.actor and not a.recipient and b.recipient and not b.actor) or (
        b.actor and not b.recipient and a.recipient and not a.actor)
    repeat = a.actor and a.recipient and not (b.actor and b.recipient) and a.mode == b.mode
    return bool(near and (halves or repeat))


def _same_crowd(a: Event, b: Event) -> bool:
    """Two protests told with unnamed crowds («مئات الطلاب» ... «المتظاهرون»), the same target or none, and
    no two places: one protest, described twice."""
    if a.type != "PROTEST" or any(p.entity is not None for p in (*a.actor, *b.actor)):
        return False
    places = {(e.location.geonameid or normalize(e.location.text)) for e in (a, b) if e.location is not None}
    same_target = bool(_keys(a.recipient) & _keys(b.recipient)) if a.recipient and b.recipient else (
        not a.recipient and not b.recipient)  # (a target told only once may belong to another crowd)
    near = abs(b.sentence.start - a.sentence.start) <= CROWD_CHARS
    return near and len(places) <= 1 and same_target and not _dates_differ(a, b)


def _dates_differ(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None or "published" in (a.date.source, b.date.source):
        return False  # a date read in the text conflicts only with another date read in the text
    return not (str(a.date.value).startswith(str(b.date.value)) or str(b.date.value).startswith(str(a.date.value)))


def _compatible(xs: list[Participant], ys: list[Participant]) -> bool:
    return not xs or not ys or bool(_keys(xs) & _keys(ys))


def _keys(people: list[Participant]) -> set[str]:
    """Who a participant is: its knowledge-base id, else its normalized name (one name, many entity ids)."""
    return {p.kb_id or normalize(p.text) for p in people}
