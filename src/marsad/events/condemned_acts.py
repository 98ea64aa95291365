"""Whom a condemnation of an act targets: the act's doer, when the article names one.

«أدانت الولايات المتحدة الجريمة الإرهابية» in an article that told «هجوم شنه عدد من المستوطنين» condemns
the settlers: PLOVER's recipient is an actor, and the crime is theirs. The act stays the recipient when the
article names no doer (a bombing no one claimed).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.arabic.normalize import normalize
from marsad.document import Event
from marsad.events.lexicon import Lexicon
from marsad.events.sentence import stems_of

# Nouns of a deed, besides the attack nouns of the lexicon: «الجريمة»، «العمل الإرهابي»، «الحادث».
DEED_NOUNS = frozenset({"جريمه", "جرائم", "عمل", "اعمال", "حادث", "حادثه", "مجزره", "مجازر", "فعل", "جريمتهم"})


def name_doers(events: list[Event], lexicon: Lexicon) -> None:
    """Give each condemnation whose recipient is an unnamed act the doer of the article's attack told
    before it (or the first one told, when the condemnation comes first: a headline); an attack noun
    («الهجوم»، «التفجير») names only an attack told with the same noun, a generic deed («الجريمة») any."""
    attacks = [e for e in events if e.type == "ASSAULT" and e.actor and e.modality == "asserted"]
    if not attacks:
        return
    for event in events:
        if event.type != "ACCUSE" or event.mode != "disapprove":
            continue
        acts = [p for p in event.recipient if p.entity is None and _is_deed(p.text, lexicon)]
        if not acts:
            continue
        named = _attack_noun(acts[0].text, lexicon)  # «الهجوم»: the attack told as «هجوم», not any act of violence
        told = [a for a in attacks if named is None or _attack_noun(a.trigger.text, lexicon) == named]
        if not told:
            continue  # («قتلت قوات الأمن ثلاثة إرهابيين بعد أن هاجموا نقطة تفتيش. وأدانت الجامعة الهجوم»)
        before = [a for a in told if a.trigger.start < event.trigger.start]
        attack = before[-1] if before else told[0]
        actors = {normalize(p.text) for p in event.actor}
        doers = [replace(p) for p in attack.actor if normalize(p.text) not in actors]
        if doers:
            event.recipient = [p for p in event.recipient if p not in acts] + doers


def _is_deed(text: str, lexicon: Lexicon) -> bool:
    words = normalize(text).split()
    if not words:
        return False
    return any(s in DEED_NOUNS for s in stems_of(words[0])) or _attack_noun(text, lexicon) is not None


def _attack_noun(text: str, lexicon: Lexicon) -> str | None:
    """The lexicon lemma of an attack noun heading `text` («الهجوم الإرهابي» -> هجوم); None for a generic deed
    («الجريمة») or a verb."""
    words = normalize(text).split()
    for stem in stems_of(words[0]) if words else ():
        for sense in lexicon.lookup(stem):
            if sense.type == "ASSAULT" and sense.kind == "N":
                return sense.lemma
    return None
