"""Code the PLOVER events of a document: triggers, participants, place, date, attribution, modality.

`code_events(doc)` reads `doc.tokens`, `doc.sentences`, `doc.entities` (with their `canonical`
and `geo`) and `doc.times`, and returns the events; it never changes the document.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from marsad.arabic.normalize import normalize
from marsad.document import Document, Event, EventDate, Participant, Span, Token
from marsad.events.arguments import Arguments, circumstantial, find_arguments
from marsad.events.attribution import sources
from marsad.events.clauses import SUBORDINATORS
from marsad.events.condemned_acts import name_doers
from marsad.events.constructions import AGENT_HEADS, DOER_GROUPS, bare_object, verb_bases
from marsad.events.cues import (
    CASUALTY_WORDS,
    DEMONSTRATIVES,
    DENIAL_LEMMAS,
    NOT_ACTORS,
    OCCURRENCE_VERBS,
    REPORTING_VERBS,
    STATE_HEADS,
)
from marsad.events.deliveries import delivery_events
from marsad.events.demands import demand_events
from marsad.events.filters import carried, culture_article, keep_triggers, sports_article
from marsad.events.lexicon import Lexicon, load_lexicon
from marsad.events.merge import merge_events
from marsad.events.modality import modality
from marsad.events.participants import (
    agreement,
    human,
    location_of,
    participant,
    pronoun_antecedent,
    same_party,
    state,
)
from marsad.events.protesters import protester_events
from marsad.events.resolve import TitleIndex
from marsad.events.sentence import (
    Mention,
    SentenceView,
    build_views,
    office_word,
    stem_of,
    stems_of,
    without_conjunction,
)
from marsad.events.summary import summarize
from marsad.events.triggers import TriggerMatch, find_triggers, is_trigger_word

# Types that name an interaction with someone: without a recipient the reading is not an event.
NEEDS_RECIPIENT = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "ACCUSE", "THREATEN", "SANCTION", "SUPPORT",
                             "REQUEST", "REJECT"})
# Types of what each speaker says for itself: coordinated speakers make one event each.
STATEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT"})
EVENT_SUBJECT_GAP = 4
KILL_VERBS = frozenset({"قتل"})
# Bodies that act as a doer as surely as a name does («طالب البرلمان الأوروبي تركيا»).
INSTITUTION_HEADS = frozenset({"البرلمان", "برلمان", "الحكومه", "حكومه", "السلطات", "سلطات", "وزاره", "الوزاره",
                               "الكونغرس", "الكونجرس", "الخارجيه", "الداخليه"})  # («أدانت الخارجية المصرية»)
VIOLENCE_WORDS = frozenset({"رصاص", "رصاصه", "انفجار", "لغم", "غاره", "غارات", "قصف", "نيران", "عبوه", "هجوم", "هجمات",
                            "اشتباكات", "اشتباك", "مداهمات", "مداهمه", "قذيفه", "قذايف", "صاروخ", "تفجير", "انتحاري",
                            "مسلحون", "مسلحين", "معارك", "مواجهات", "كمين", "الرصاص", "النار", "طلق", "ناري", "برصاصه",
                            "هاجم", "هاجموا", "مقذوف", "مقذوفات", "بمقذوف", "سكين", "بسكين", "طعن", "طعنات", "عبوات", "عبوتين", "عبوتان", "ناسفه",
                            "ناسفتين", "ناسفتان", "مفخخه"})
# Who is killed only in fighting, unless an accident is told (`_soldiers_killed`).
MILITARY_VICTIMS = frozenset({"جنود", "ضابط", "ضباط", "ضابطين", "ضابطا", "مجند", "مجندين", "عسكريين",
                              *(stem + end for stem in ("جندي", "عسكري", "شرطي") for end in ("", "ا", "ين", "ان"))})
POLICE_WORDS = frozenset({"امن", "الامن", "الشرطه"})  # «رجل أمن»
ACCIDENT_WORDS = frozenset({"حادث", "حادثه", "حوادث", "تحطم", "مروري", "سير", "غرق", "انقلاب", "صعق", "اصطدام", "تدريب",
                            "حريق", "حرايق", "زلزال", "فيضان", "فيضانات", "سيول", "انهيار", "عاصفه"})
WORD_ATTACK_LEMMAS = frozenset({"هاجم", "هجوم"})  # the attack words that are also words of criticism
WORD_ATTACK_FORMS = frozenset({"هجوم", "هجمات", "هاجم", "هاجموا"})
SPEAKER_HEADS = frozenset({"الامين", "امين", "رييس", "الرييس", "وزير", "الوزير", "المندوب", "مندوب", "زعيم", "الزعيم",
                           "السفير", "سفير", "النايب", "نايب", "المتحدث", "متحدث"})
POLITICAL_HEADS = SPEAKER_HEADS | frozenset({"قوي", "القوي", "حزب", "الحزب", "الحكومه", "حكومه", "المعارضه", "معارضه",
                                             "البرلمان", "برلمان", "الامم", "مجلس", "المجلس", "الاداره", "اداره"})
# Words of speech beside a verbal attack: what was said, and the verbs of saying, blaming and calling.
SPEECH_CUES = frozenset({"تصريحات", "تصريح", "تصريحاته", "خطاب", "خطابه", "كلمه", "كلمته", "مقابله", "مقابلته",
                         "قال", "وقال", "يقول", "اتهم", "اتهمه", "اتهمها", "يتهم", "انتقد", "ينتقد", "دعا", "دعاه",
                         "يدعو", "وصف", "واصفا", "وصفه", "بيان", "مقال", "تغريده", "صحفي", "الصحفي", "متهما"})
CRITICIZE_CAMEO = "111"
MILITARY_WORDS = frozenset({"العسكري", "عسكري", "عسكريا", "العسكريه", "عسكريه", "المسلح", "مسلح", "مسلحه", "المسلحه"})
ARMED_CUES = (VIOLENCE_WORDS - WORD_ATTACK_FORMS) | MILITARY_WORDS  # weapons, fighting or an army beside «هجوم»
OCCURRENCE_REACH = 4
KILLED_REACH = 5  # words from a killing to the attack verb told after it («قتل حرقا حين هاجم»)
SUBORDINATOR_REACH = 3  # the «حين» among the last words before the attack verb
BOILERPLATE = ("رابط الخبر", "اقرا ايضا", "سمات ")
HUMAN_TARGET_MODES = frozenset({"abduct", "assassinate", "execution"})
YEAR = re.compile(r"(?:عام|سنة|سنه)\s+(\d{4})")
CONTEXT_WORDS = {
    "military": ("عسكري", "الجيش", "جيش", "القوات", "قوات", "الدفاع", "اركان", "جنود", "العسكريه", "العسكري"),
    "economic": ("اقتصاد", "الاقتصادي", "تجاري", "التجاره", "استثمار", "الاستثمار", "النفط", "مالي"),
    "diplomatic": ("دبلوماسي", "السفير", "سفاره", "الخارجيه", "الدبلوماسيه", "العلاقات"),
    "terrorism": ("ارهاب", "الارهاب", "ارهابي", "الارهابيه", "داعش", "القاعده", "انتحاري"),
    "humanitarian": ("انساني", "الانسانيه", "اغاثه", "الاغاثه", "لاجيين", "اللاجيين", "النازحين"),
}


def code_events(doc: Document, lexicon: Lexicon | None = None) -> list[Event]:
    """The events of `doc`, merged across repeated reports, ids E1..En."""
    lexicon = lexicon or load_lexicon()
    views = build_views(doc, lambda norm: is_trigger_word(norm, lexicon))
    sports, culture = sports_article(doc.tokens), culture_article(doc.tokens)
    titles = TitleIndex(doc, views)
    events: list[Event] = []
    speaker: Mention | None = None  # the person who last spoke or acted: a subject that goes on
    standalone: set[int] = set()  # events told without a named participant («اندلعت المظاهرات»)
    outcomes: set[int] = set()  # deaths («قُتل 12 مسلحا»، «مقتل 51 داعشيا»): the toll of an attack told before
    for view in views:
        if normalize(view.span.text or "").startswith(BOILERPLATE):
            continue  # «رابط الخبر بصحيفة ...: <title>»: the title repeated by the site
        triggers = keep_triggers(doc.tokens, view, find_triggers(doc.tokens, view, lexicon), sports, culture)
        heads = [t for t in triggers if not _is_reference(doc.tokens, view, t) and not carried(t, triggers)]
        in_sentence: list[Event] = []
        chain: list[Mention] = []
        for trig in triggers:
            if carried(trig, triggers):
                continue
            if trig not in heads:  # «هذه الزيارة»: a reference to an event told before
                args = Arguments()
            else:
                n = heads.index(trig)
                prev_tok = heads[n - 1].token if n else view.lo - 1
                next_tok = heads[n + 1].token if n + 1 < len(heads) else view.hi
                forms = lexicon.forms_of(trig.sense.lemma, trig.sense.type)
                pronoun = pronoun_antecedent(doc, view, trig, forms, events + in_sentence)
                agrees = agreement(trig, forms)
                args = find_arguments(doc.tokens, view, trig, (prev_tok, next_tok), chain, pronoun, agrees)
                if n and heads[n - 1].sense.kind == "N" and heads[n - 1].sense.type == trig.sense.type:
                    args.event_subject = trig.token - prev_tok <= EVENT_SUBJECT_GAP
                    if args.event_subject and trig.sense.kind == "V":
                        after = [m for m in args.actor if m.first > trig.token]
                        if not args.recipients and after:  # «التفجير الذي استهدف مسجد قوات الطوارئ»: the
                            plain = bare_object(doc.tokens, view, trig, [])  # phrase after the verb is its object
                            args.recipients = [[plain]] if plain is not None else [after]
                        args.actor = []  # «التفجير الذي استهدف مسجدا»: the event noun is the subject
            speaks = trig.sense.constraint("agent") is None  # (قتل after a sentence is passive, not the speaker)
            plural = trig in heads and "p" in agrees  # «واقتحموا»: a plural doer, not the one who speaks
            hal = trig.sense.kind == "V" and circumstantial(doc.tokens, trig)  # («..، محملا X المسؤولية»)
            if not args.actor and speaks and (hal or (not plural and trig.sense.kind == "V"
                                                      and trig.clitics.startswith(("و", "ف")))):
                said = [m for m in sources(doc.tokens, view, trig.token) if m.last < trig.token]
                if not said and speaker is not None and (trig.token == view.lo or hal and _goes_on_speaking(doc.tokens, view)):
                    said = [speaker]  # «... أبو ردينة. وطالب الحكومة»، «وأضاف "..."، محملا X»: the last speaker goes on
                args.actor = said[-1:]  # «وقال الحذيفي ... وأشاد بـ»: the speaker goes on as the subject
                args.inferred = bool(said) and trig.token != view.lo
            emitted = False
            seen: set[tuple[str, str]] = set()
            for speaker_args in _per_speaker(trig, args):
                for recipient in [m for g in args.recipients for m in g] or [None]:  # one event per dyad
                    key = (speaker_args.actor[0].text if speaker_args.actor else "", recipient.text if recipient else "")
                    if key in seen:
                        continue
                    if recipient is not None and _split_name(recipient, args.actor):
                        continue  # «أحمد بن محمد السالم» split in two: one person, not a pair
                    seen.add(key)
                    event = _event(doc, view, trig, speaker_args, [recipient] if recipient else [], titles)
                    if event is not None:
                        in_sentence.append(event)
                        emitted = True
                        if not event.actor and not event.recipient and _told(doc.tokens, view, trig, args):
                            standalone.add(id(event))
                        if trig.sense.constraint("victim") is not None or (
                                not event.actor and trig.sense.lemma in KILL_VERBS):
                            outcomes.add(id(event))
            if args.actor and emitted:
                chain = args.actor
        constructed = (protester_events(doc.tokens, view, triggers) + demand_events(doc.tokens, view, triggers)
                       + delivery_events(doc.tokens, view, triggers))
        for trig, args in constructed:
            event = _event(doc, view, trig, args, [m for g in args.recipients for m in g], titles)
            if event is not None:
                in_sentence.append(event)
        _killed_when_attacked(doc, in_sentence)
        events.extend(in_sentence)
        speaker = _speaker(doc, view, in_sentence) or speaker
    merged = merge_events(events, standalone, outcomes)
    name_doers(merged, lexicon)
    for event in merged:  # merging may have filled in participants: write the summary last
        place = doc.entity(event.location.entity) if event.location is not None else None
        event.summary_en = summarize(event, place.geo.name if place is not None and place.geo else None)
    return merged


TOWN_FREE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # acts no town does


def _town(doc: Document, p: Participant) -> bool:
    """The participant was linked to a GeoNames town or city that is not a capital (PPL*, not PPLC); a state
    is linked to the KB, not to GeoNames."""
    ent = doc.entity(p.entity) if p.entity else None
    if ent is None or ent.geo is None or ent.canonical is None or not (ent.canonical.kb_id or "").startswith("geonames:"):
        return False
    code = ent.geo.feature_code or ""
    return code.startswith("PPL") and code != "PPLC"


def _per_speaker(trig: TriggerMatch, args: Arguments) -> list[Arguments]:
    """«أدانت الولايات المتحدة وبريطانيا وألمانيا الجريمة»: each state that speaks makes its own statement
    (one event per speaker); a joint deed («هاجمت قوات X و Y») stays one event."""
    if trig.sense.type not in STATEMENT_TYPES or len(args.actor) < 2:
        return [args]
    return [replace(args, actor=[m]) for m in args.actor]


def _event(doc: Document, view: SentenceView, trig: TriggerMatch, args: Arguments, recipients: list[Mention],
           titles: TitleIndex) -> Event | None:
    sense = trig.sense
    actor = [participant(doc, m, titles) for m in args.actor]
    if sense.type in TOWN_FREE_TYPES:
        actor = [p for p in actor if not _town(doc, p) and not CASUALTY_WORDS & set(normalize(p.text).split())]
        # «سوسة»، «لوغار»: a town does not attack (a capital may stand for its government: «واشنطن»، «دمشق»);
        # «عدد من الجرحى»: the dead and wounded are who was hurt
    recipient = [participant(doc, m, titles) for m in recipients]
    recipient = [p for p in recipient if not any(same_party(p, a) for a in actor)]
    if any(p.text in NOT_ACTORS for p in actor):
        return None  # quoted scripture, not news
    recipient = [p for p in recipient if "حفظه" not in normalize(p.text) and p.text not in NOT_ACTORS
                 and not p.text.strip().isdigit()]  # «مقتل 5»: a bare count names no one
    named = [p for p in actor if p.entity and (e := doc.entity(p.entity)) is not None and e.type != "NORP"]
    forces = [m for m in args.actor if m.entity is None
              and stem_of(doc.tokens[m.first]) in AGENT_HEADS | DOER_GROUPS | STATE_HEADS | INSTITUTION_HEADS]
    if sense.constraint("person") is not None and not any(doc.entity(p.entity).type == "PER" for p in named):
        return None  # «وصل الوزير إلى»: only people arrive on visits (a plane arriving is no visit)
    if sense.cameo == "192" and not recipient:
        return None  # «سيطرت القوات على حي» with nothing named taken: too little to code
    def violent() -> bool:  # (scans the sentence: asked only of killings with no doer)
        return bool(recipient) and (_violent(doc.tokens, view) or _soldiers_killed(doc.tokens, view, recipient))

    if sense.constraint("victim") is not None and not actor and not violent():
        return None  # «لقي ثلاثة مصرعهم في حادث سير»: a death with no killer named (nor fire) is no attack
    unnamed = [m for m in args.actor if m.name and m.last > m.first]  # a full name the NER missed, found after its
    # title (events/names.py); a lone surname is a reference, as weak as a pronoun
    claimed = (args.claimed and sense.type == "ASSAULT"  # («أم أنه قُتل»: no object, passive)
               and any(human(doc, p) or p.entity for p in recipient))  # («إنها قتلت الفساد في مهده»)
    offices = [m for m in args.actor if m.entity is None and sense.type in STATEMENT_TYPES and m.last > m.first
               and office_word(doc.tokens[m.first])]  # «أدان وزير الداخلية»: an office speaks as a name
    # does (not a bare «رئيس»)
    overt = bool(named or forces or unnamed or offices or args.dared) and (not args.inferred or claimed)  # a name, or armed forces
    # («الطائرات الحربية استهدفت»), or a pronoun of the sentence's subject with an object («أعلنت القوات أنها قتلت 7»)
    if sense.constraint("agent") is not None and not overt and not args.event_subject:
        if not (sense.lemma in KILL_VERBS and violent()):
            return None  # قتل، استهدف ...: read as events only with a named doer in the clause (قُتل is passive)
        actor = []  # «قُتل 12 مسلحا في حملة مداهمات»: killed by fire or blast, the killer not said
    denial = sense.lemma in DENIAL_LEMMAS and overt  # «نفى المتحدث باسم البنتاغون ...»: whose claim is seldom named
    if sense.type in NEEDS_RECIPIENT and not recipient and (actor or sense.kind == "V") and not denial:
        return None  # «التقى X» with no one met is no meeting (a bare noun is kept, to merge as a mention)
    if sense.type in NEEDS_RECIPIENT and recipient and not actor:
        return None  # «مساعدات للمقاومة» from no one named: too little to code
    location = location_of(args.location)
    if sense.constraint("place") is not None and location is None:
        return None  # «انفجر شهاب»، «تنفجر الصخور»: an explosion is an attack only somewhere named
    needs_people = sense.mode in HUMAN_TARGET_MODES or sense.constraint("human") is not None
    if needs_people and not any(human(doc, p) for p in recipient):
        return None  # «خطف الأضواء»، «تخطف آسيا»: one abducts or assassinates people
    if sense.type == "ASSAULT" and not recipient and not actor and location is not None and sense.kind == "V":
        # «انفجرت عبوة أمام محكمة في القاهرة»: no one named, the place is what was attacked
        recipient = [Participant(text=location.text, entity=location.entity, country=location.country,
                                 start=location.start, end=location.end)]
    when = _date(doc, view, trig)
    ptype, mode, cameo = sense.type, sense.mode, sense.cameo
    if ptype == "PROTEST" and sense.lemma == "احتج" and any(state(doc, p) for p in actor):
        ptype, mode = "ACCUSE", "disapprove"  # «البحرين تحتج على تصريحات»: a state's protest is a rebuke
    if ptype == "ASSAULT" and _criticism(doc, view, sense.lemma, actor, recipient):
        ptype, mode, cameo = "ACCUSE", "disapprove", CRITICIZE_CAMEO
    event = Event(
        id="", type=ptype, mode=mode, cameo=cameo,
        trigger=Span(trig.start, trig.end, trig.text), sentence=Span(view.span.start, view.span.end),
        context=_context(doc.tokens, view), actor=actor, recipient=recipient,
        location=location, date=when,
        attributed_to=[participant(doc, m, titles) for m in sources(doc.tokens, view, trig.token)],
        modality=modality(doc.tokens, view, trig, when, doc.published),
    )
    event.confidence = _confidence(event, sense.weight)
    return event


def _killed_when_attacked(doc: Document, in_sentence: list[Event]) -> None:
    """«قتل الطفل حرقا حين هاجم مستوطنون منزلين»: a killing with no killer, told with «when» an attack right
    after it, was done by the attackers."""
    for killed, attack in pairwise(in_sentence):
        if killed.type != "ASSAULT" or attack.type != "ASSAULT" or killed.actor or not killed.recipient or not attack.actor:
            continue
        if any(_group(doc, p) or same_party(p, a) for p in killed.recipient for a in attack.actor):
            continue  # «قتل 20 من مسلحي داعش عندما هاجم التنظيم مواقع للجيش»: the attackers' own dead
        between = normalize(doc.text[killed.trigger.end:attack.trigger.start]).split()
        if len(between) <= KILLED_REACH and any(w in SUBORDINATORS for w in between[-SUBORDINATOR_REACH:]):
            killed.actor = list(attack.actor)  # (its confidence stays that of a killing with no killer said)


def _group(doc: Document, p: Participant) -> bool:
    """An organisation or armed group (not people killed as people)."""
    ent = doc.entity(p.entity) if p.entity else None
    return ent is not None and ent.type in ("ORG", "MISC")


def _violent(tokens: list[Token], view: SentenceView) -> bool:
    """A sentence that tells of fire, blasts, raids or fighting: a passive killing in it is an attack."""
    return _has_word(tokens, view, VIOLENCE_WORDS)


def _soldiers_killed(tokens: list[Token], view: SentenceView, recipient: list[Participant]) -> bool:
    """Soldiers or police killed, and no accident told: «اعترف الجيش بمقتل ضابط وجرح اثنين» (a crash or a road
    accident kills soldiers too: «مقتل جنديين في تحطم مروحية»)."""
    words = normalize(recipient[0].text).split()
    head = words[0].removeprefix("ال") if words else ""
    policemen = head in ("رجل", "رجلا", "رجال", "رجلي") and len(words) > 1 and words[1] in POLICE_WORDS
    return (head in MILITARY_VICTIMS or policemen) and not _has_word(tokens, view, ACCIDENT_WORDS)


def _has_word(tokens: list[Token], view: SentenceView, words: frozenset[str]) -> bool:
    """One of `words` (clitics off) in the sentence."""
    return any(words & set(stems_of(tokens[k].norm)) for k in range(view.lo, view.hi))


def _criticism(doc: Document, view: SentenceView, lemma: str, actor: list[Participant],
               recipient: list[Participant]) -> bool:
    """«شن المندوب الإسرائيلي دان غيلرمان هجوما عنيفا على أمين الأمم المتحدة بسبب تصريحاته»، «نصر الله يهاجم قوى 14
    آذار ويدعو لتشكيل حكومة»: a person's attack on a person or a political body, told with words of speech and no
    weapon, fighting or army in the sentence, is a criticism (coded ACCUSE, so a verb after it keeps its subject)."""
    if lemma not in WORD_ATTACK_LEMMAS or not actor or not recipient:
        return False
    if not _has_word(doc.tokens, view, SPEECH_CUES):
        return False  # («هاجم زعيم عصابة رجل الأعمال خالد منصور في مكتبه وسلب أمواله»)
    if not all(_of_kind(doc, p, ("PER",), SPEAKER_HEADS) for p in actor):
        return False
    if not all(_of_kind(doc, p, ("PER", "ORG"), POLITICAL_HEADS) for p in recipient):
        return False  # (not «هجوم حفتر العسكري على طرابلس»: a city is attacked by arms)
    return not _has_word(doc.tokens, view, ARMED_CUES)


def _of_kind(doc: Document, p: Participant, types: tuple[str, ...], heads: frozenset[str]) -> bool:
    """An entity of one of `types`, or an unnamed phrase headed by one of `heads`."""
    ent = doc.entity(p.entity) if p.entity else None
    if ent is not None:
        return ent.type in types
    words = normalize(p.text).split()
    return bool(words) and words[0] in heads


def _split_name(recipient: Mention, actor: list[Mention]) -> bool:
    one_word = recipient.first == recipient.last and (recipient.name or (
        recipient.entity is not None and recipient.entity.type == "PER"))
    nasab = normalize(recipient.text).split()[:1] in (["بن"], ["ابن"], ["بنت"])  # «فيصل بن بندر | بن عبدالعزيز»
    return (one_word or nasab) and any(a.last >= 0 and recipient.first == a.last + 1 and a.entity is not None
                            and a.entity.type == "PER" for a in actor)


def _speaker(doc: Document, view: SentenceView, events: list[Event]) -> Mention | None:
    """The last named person of a sentence who reports something or does something."""
    people = [m for m in sources(doc.tokens, view, view.hi) if m.entity is not None and m.entity.type == "PER"]
    if people:
        return people[-1]
    for event in reversed(events):
        ent = doc.entity(event.actor[0].entity) if event.actor and event.actor[0].entity else None
        if ent is not None and ent.type == "PER":
            return Mention(-1, -1, ent.start, ent.end, ent.text, ent)
    return None


def _goes_on_speaking(tokens: list[Token], view: SentenceView) -> bool:
    """The sentence opens with a verb of saying and no subject named after it («وأضاف "..."»): the last speaker."""
    first = without_conjunction(tokens[view.lo].norm) if view.lo < view.hi else ""
    return first in REPORTING_VERBS and not any(m.first == view.lo + 1 and m.prep is None for m in view.mentions)


def _told(tokens: list[Token], view: SentenceView, trig: TriggerMatch, args: Arguments) -> bool:
    """A protest or an attack named by a noun with no participant, told as having happened: after or before
    a verb of occurrence (اندلعت، شهدت، نظمت، وقعت), at a named place, or (a protest) without the article."""
    if trig.sense.type not in ("PROTEST", "ASSAULT"):
        return False
    if trig.sense.kind == "V":
        return True  # «يتظاهر أشخاص كل يوم»، «تم قصفها»: a verb tells it happened
    near = range(max(view.lo, trig.token - OCCURRENCE_REACH), min(view.hi, trig.token + OCCURRENCE_REACH + 1))
    occurs = any(OCCURRENCE_VERBS & verb_bases(tokens[k]) for k in near if k != trig.token)
    indefinite = not trig.clitics.endswith(("ال", "لل"))
    return occurs or args.location is not None or indefinite


def _is_reference(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    return trig.sense.kind == "N" and trig.token > view.lo and tokens[trig.token - 1].norm in DEMONSTRATIVES


def _date(doc: Document, view: SentenceView, trig: TriggerMatch) -> EventDate:
    try:
        from marsad.times.event_date import resolve_event_date
    except ImportError:
        resolve_event_date = None
    if resolve_event_date is not None:
        return resolve_event_date(doc, view.span)
    in_sentence = [t for t in doc.times if view.span.start <= t.start < view.span.end and t.value]
    if in_sentence:
        nearest = min(in_sentence, key=lambda t: abs(t.start - trig.start))
        return EventDate(nearest.value, nearest.precision, "text")
    match = YEAR.search(doc.text, view.span.start, view.span.end)
    if match:
        return EventDate(match.group(1), "year", "text")
    return EventDate(doc.published, "day" if doc.published and len(doc.published) >= 10 else "unknown", "published")


def _context(tokens: list[Token], view: SentenceView) -> list[str]:
    words = {t.norm for t in tokens[view.lo:view.hi]}
    return [name for name, cues in CONTEXT_WORDS.items() if words & set(cues)]


def _confidence(event: Event, weight: float) -> float:
    score = weight
    score *= 1.0 if any(p.entity for p in event.actor) else (0.8 if event.actor else 0.6)
    score *= 1.0 if event.recipient else 0.9
    return round(min(0.99, score), 2)
