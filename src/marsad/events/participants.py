"""Participants as the output record has them, and what the form of a trigger says about them: the
Participant/Location of a mention (its entity's name, country, sector, coordinates), pronoun antecedents,
the agreement of a verb form (feminine, own subject suffix, object pronoun), people and states.
"""

from __future__ import annotations

from marsad.arabic.normalize import normalize
from marsad.arabic.numbers import is_cardinal_word
from marsad.document import Document, Entity, Event, Location, Participant, Token
from marsad.events.constructions import AT_LEAST_PHRASES
from marsad.events.cues import COMPLEMENTIZERS, EXPRESSING_VERBS, GROUP_HEADS, MEETING_FRAMES, people_noun
from marsad.events.names import PERSON_TITLES
from marsad.events.resolve import TitleIndex, latest_person, pronoun_suffix
from marsad.events.sentence import Mention, SentenceView, without_conjunction
from marsad.events.triggers import TriggerMatch

SUBJECT_SUFFIXES = ("وا", "ون", "تم", "نا", "ان", "تا")
OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")
AT_LEAST_WORDS = frozenset(word for phrase in AT_LEAST_PHRASES for word in phrase)  # «ما لا يقل عن»


def participant(doc: Document, m: Mention, titles: TitleIndex) -> Participant:
    ent = m.entity
    p = Participant(text=m.text, start=m.start, end=m.end)
    if ent is None:  # a title standing for a name given earlier: the participant is that name
        ent = titles.resolve(doc.tokens, m)
        if ent is not None:
            p = Participant(text=ent.text, start=ent.start, end=ent.end)
    if ent is not None:
        p.entity = ent.id
        if ent.canonical is not None:
            c = ent.canonical
            p.name_en, p.kb_id, p.country, p.sector = c.name_en, c.kb_id, c.country, c.sector
        elif ent.geo is not None:
            p.name_en, p.country = ent.geo.name, ent.geo.country
    return p


def human(doc: Document, p: Participant) -> bool:
    """A person or group of people: a PER entity, a name, a people noun, or a number of them."""
    ent = doc.entity(p.entity) if p.entity else None
    if ent is not None:
        return ent.type in ("PER", "NORP")
    words = normalize(p.text).split()
    while len(words) > 1 and words[0] in AT_LEAST_WORDS:  # «ما لا يقل عن 200 إيزيدي»
        words = words[1:]
    return bool(words) and (words[0][:1].isdigit() or is_cardinal_word(words[0]) or words[0] in GROUP_HEADS
                            or people_noun(words[0]) or words[0] in PERSON_TITLES  # «اغتالوا مدير أمن ...»
                            or len(words) >= 2 and words[0] in ("اكثر", "نحو", "عشرات", "ميات", "الاف"))


def state(doc: Document, p: Participant) -> bool:
    ent = doc.entity(p.entity) if p.entity else None
    return ent is not None and ent.type in ("GPE",) or p.sector == "GOV"


def same_party(a: Participant, b: Participant) -> bool:
    """The same participant twice (also a full name and its surname: سامي أبو زهري / أبو زهري)."""
    if a.entity is not None and a.entity == b.entity:
        return True
    x, y = normalize(a.text), normalize(b.text)
    return x == y or x.endswith(" " + y) or y.endswith(" " + x)


def location_of(m: Mention | None) -> Location | None:
    if m is None or m.entity is None:
        return None
    ent = m.entity
    loc = Location(text=m.text, entity=ent.id, start=m.start, end=m.end)
    if ent.geo is not None:
        g = ent.geo
        loc.geonameid, loc.lat, loc.lon, loc.country = g.geonameid, g.lat, g.lon, g.country
        loc.country_only = bool(g.feature_code and g.feature_code.startswith("PCL"))
    elif ent.canonical is not None and ent.canonical.country:
        loc.country, loc.country_only = ent.canonical.country, True
    return loc


def main_subject(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """The subject that opens the sentence, after its verb or with no verb before it («ورفض دونالد ترامب ...»،
    «طالب الرئيس الأميركي باراك أوباما ...»: the name after its title); none when the sentence opens otherwise
    («وقال الوزير إن ...»، «وعبر عن استنكار المملكة»: a speaker the coder finds, or a genitive)."""
    reach = view.lo + 2  # a verb (with its conjunction), then the subject
    for m in sorted(view.mentions, key=lambda m: m.first):
        if m.first > reach or m.first >= trig.token or any(
                tokens[k].norm in COMPLEMENTIZERS for k in range(view.lo, m.first)):
            return []  # («وأضاف أن الحكومة ...»: who is spoken of)
        if m.title_only:
            reach = m.last + 1  # «وزير الخارجية | عادل الجبير»
        elif m.prep is None:
            return [m]
    return []


EXPRESS_REACH = 12  # words from the verb to «عن» (a long title between)


def pronoun_antecedent(doc: Document, view: SentenceView, trig: TriggerMatch, forms: frozenset[str],
             earlier: list[Event]) -> Mention | None:
    """The antecedent of the trigger's pronoun suffix (زيارته، استقبلهم), as a mention, when clear.

    ه: the nearest person named before it in the sentence, else the actor of the latest event, else
    the latest person named; هم: the nearest organisation or group named before it in the sentence.
    """
    suffix = pronoun_suffix(trig.sense.form, forms)
    if suffix is None:
        return None
    if (expresser := _expresser(doc, view, trig)) is not None:
        return expresser
    if suffix in ("ه", "ها") and trig.token > view.lo and doc.tokens[trig.token - 1].norm in MEETING_FRAMES:
        subject = main_subject(doc.tokens, view, trig)  # «ودعا الرئيس اليمني خلال لقائه المبعوث»: his own meeting
        if subject and (subject[0].entity is not None or subject[0].last > subject[0].first):
            return subject[0]  # (not a bare «الوزير»: too little to name the host)
    before = [m for m in view.mentions if m.last < trig.token and m.entity is not None and not m.title_only]
    if suffix.startswith("هم"):
        groups = [m for m in before if m.entity is not None and m.entity.type == "ORG"]
        return groups[-1] if groups else None
    people = [m for m in before if m.entity is not None and m.entity.type == "PER"]
    if people:
        return people[-1]
    ent: Entity | None = None
    for event in reversed(earlier):
        if event.actor and event.actor[0].entity:
            ent = doc.entity(event.actor[0].entity)
            break
    ent = ent or latest_person(doc, trig.start)
    if ent is None:
        return None
    return Mention(-1, -1, ent.start, ent.end, ent.text, ent)


def _expresser(doc: Document, view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """«أعرب الاتحاد الأوروبي عن إدانته»، «وعبرت الوزارة عن رفضها»: the subject of a verb of expressing owns
    the noun after «عن», a body or a state as well as a person."""
    tokens = doc.tokens
    k = trig.token - 1
    if k > view.lo and tokens[k].norm != "عن":
        k -= 1  # «عن بالغ إدانته»
    if k <= view.lo or tokens[k].norm != "عن":
        return None
    verb = next((v for v in range(k - 1, max(view.lo, k - EXPRESS_REACH) - 1, -1)
                 if without_conjunction(tokens[v].norm) in EXPRESSING_VERBS), None)
    if verb is None:
        return None
    return next((m for m in sorted(view.mentions, key=lambda m: m.first)
                 if verb < m.first and m.last < k and m.prep is None and not m.title_only), None)


def agreement(trig: TriggerMatch, forms: frozenset[str]) -> str:
    """Agreement flags of a verb form: "f" 3rd person feminine singular (past in ـت, present in تـ), "p" its
    own plural or dual subject suffix (زاروا، يلتقون، التقيا), "o" an object pronoun suffix (قدمتها)."""
    form = trig.sense.form
    if trig.sense.kind != "V":
        return ""
    flags = "o" if any(form.endswith(p) and form[: -len(p)] in forms for p in OBJECT_SUFFIXES) else ""
    if flags:
        form = next(form[: -len(p)] for p in OBJECT_SUFFIXES if form.endswith(p) and form[: -len(p)] in forms)
    for suffix in SUBJECT_SUFFIXES:
        stem = form[: -len(suffix)]
        if form.endswith(suffix) and (stem in forms or stem + "ي" in forms or stem + "ا" in forms):
            return flags + "p"
    if form.endswith("ا") and form[:-1] == trig.sense.lemma:  # dual: التقيا، اتفقا
        return flags + "p"
    if form.endswith("ت") and (form[:-1] in forms or form[:-1] + "ي" in forms or form[:-1] + "ا" in forms):
        return flags + "f"
    if form.startswith("ت") and "ي" + form[1:] in forms:
        return flags + "f"
    return flags
