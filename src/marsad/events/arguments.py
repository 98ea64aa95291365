"""Who did it, to whom, where: the participants of one trigger, read from the sentence's structure.

Verbs: VSO (وزار صدام حفتر أنقرة: subject then object), SVO and nominal sentences (a subject
before the verb in the same clause), a subject shared with the previous verb of the sentence
(زار ... التقى خلالها X), and a feminine verb (استهدفت، اعتقلت) whose only noun is a man's name:
that name is the object. Verbal nouns: the genitive (هجوم حفتر) is the agent or, for nouns of
things done to someone (اعتقال، اغتيال، استقبال), the patient; «لـ X» names the agent (the
receiver for aid and support); passives (تم استقباله) take the pronoun as the patient; the
subject of a light verb (أجرى، شن، توصل) is the agent, of a repelling verb (صد، أحبط) the target;
«بين X و Y» gives both sides. Prepositions decide the rest: مع/بـ/على/إلى/ضد introduce
recipients, في/بـ + place the location. When no noun phrase is recognised after a transitive
verb, its first plain words are the object (اعتقلت الشرطة لين). Mentions joined by و share a
role; «ثم» starts a new group (a second meeting).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.arabic.numbers import is_cardinal_word
from marsad.document import Token
from marsad.events import clauses
from marsad.events.constructions import (
    AGENT_HEADS,
    EMPHASIS_WORDS,
    INTENSIFIERS,
    POSSESSIVES,
    accused_plain,
    after_clitic,
    after_subject,
    after_victim_words,
    agentive,
    apposed,
    approximation,
    attached_elsewhere,
    bare_object,
    claimant,
    complement_follows,
    condemned,
    condemned_for,
    counted_before,
    counterpart,
    cut_at_object_word,
    held_by,
    host_by_premises,
    killer,
    launched_by,
    modifies_participant,
    named_or_plain,
    owned,
    person_title_after,
    plain_words,
    received_guest,
    relative_agent,
    site_owner,
    span_after_clitic,
    span_mention,
    taken_place,
    target_on,
    verb_bases,
    verb_before,
    victims,
    whose_name,
)
from marsad.events.cue_roles import (
    ANNOUNCE_VERBS,
    PARTITIVES,
    SUFFER_VERBS,
    after_word,
    asked_in_clause,
    asked_of,
    bombed_site,
    crowd_subject,
    enemy_dead,
    light_crowd,
    passive_doer,
    praised,
    protested,
    sentenced,
    suffered_plain,
    threatened_target,
)
from marsad.events.cues import (
    CELL_WORDS,
    COMPLEMENTIZERS,
    CRIME_WORDS,
    DENIAL_LEMMAS,
    GROUP_HEADS,
    LIGHT_VERBS,
    LOCATION_PREPS,
    MANNER_OF_DEATH,
    MEETING_FRAMES,
    NOUN_LIKE_VERBS,
    OCCURRENCE_VERBS,
    PARTY_TYPES,
    PASSIVE_AUX,
    PREPOSITIONS,
    PUNCT_BOUNDARY,
    RECEIVE_VERBS,
    RECIPIENT_PREPS,
    SOFT_BOUNDARY,
    TIME_WORDS,
    VALUING_VERBS,
    WOUNDED_VERBS,
    light_verbs_for,
    people_noun,
)
from marsad.events.names import NOT_NAMES
from marsad.events.participants import main_subject
from marsad.events.sentence import (
    PERSON_HEADS,
    Mention,
    SentenceView,
    is_title_like,
    pp_clitic,
    stem_of,
    stems_of,
    without_conjunction,
)
from marsad.events.triggers import TriggerMatch, dared_verb

# Verbal nouns whose genitive is the one the action is done to (اعتقال المتهمين = the arrest OF them).
PATIENT_GENITIVE = frozenset({
    "اعتقال", "اغتيال", "استهداف", "قصف", "اقتحام", "احتجاز", "ترحيل", "مصادره", "استقبال", "اختطاف",
    "تعذيب", "مداهمه", "افراج", "ضبط", "توقيف", "تفجير", "مهاجمه", "القبض", "اغاثه",  # («إغاثة اللاجئين»)
    "احاله",  # («إحالة 41 شخصا إلى القضاء»)
})
# Types whose verb takes a direct object that is the recipient (a place included: زار أنقرة).
TRANSITIVE_TYPES = frozenset({"CONSULT", "ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SUPPORT", "SANCTION",
                              "REJECT", "REQUEST", "AID"})
# Types whose verbal noun takes «لـ X» for the receiver, not the agent (مساعدات للاجئين).
# Types whose object may be a plain noun phrase (اعتقلت الشرطة خمسة أشخاص): people done things to.
BARE_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE"})
# Verbs with a cue word after the object whose object is a plain noun phrase as often as a name: whom one
# refers to the courts («أحالت النيابة المتهمين إلى»), what one showers with shells («أمطر X الأحياء بالقذائف»).
PLAIN_OBJECT_LEMMAS = frozenset({"احال", "امطر"})
REFERRAL_LEMMAS = frozenset({"احال", "احاله"})
AID_DESTINATION_REACH = 4  # words from an aid noun to «إلى»/«على» the receiver
ON_OBJECT_LEMMAS = frozenset({"قبض"})  # verbs whose object follows «على» («قبضت الشرطة على X»)
AID_GAP = 4  # plain words between aid and its receiver: its kind or its value
DECLARE_REACH = 12  # words back from «دعمه»/«رفضها» to the verb that declares it
POSSESSED_TYPES = frozenset({"SUPPORT", "REJECT"})  # verbal nouns told with their owner's pronoun
THING_MODES = frozenset({"ban", "censor", "seize", "curfew"})  # their object is a thing, not a participant
RECEIVER_L_TYPES = frozenset({"AID", "SUPPORT", "REQUEST", "THREATEN", "ACCUSE"})
SYMMETRIC_MODES = frozenset({"meet", "discuss", "mediate"})
SYMMETRIC_TYPES = frozenset({"AGREE", "COOPERATE"})
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "PROTEST", "MOBILIZE"})
REPEL_VERBS = frozenset({"صد", "صدت", "صدوا", "تصدي", "تصدت", "احبط", "احبطت", "احبطوا", "افشل", "افشلت"})
PATIENT_GAP = 6
BETWEEN_REACH = 3
INCLUDE_VERBS = frozenset({"ضم", "جمع", "حضره", "حضرها"})
CAPTURE = "192"  # CAMEO «occupy territory»: سيطر على، استعاد
FIGHT_WINDOW = 8
DIRECTION_WORDS = frozenset({"باتجاه", "اتجاه", "نحو", "صوب"})  # what one advances towards is no side
NOT_PLURALS = frozenset({"مليون", "بليون", "قانون", "تلفزيون", "زيتون", "ليمون", "كانون", "صابون", "حلزون"})
ASKING_LEMMAS = frozenset({"طلب"})  # «طلب X من Y»: Y is asked
COUNTED_PASSIVE = frozenset({"اعتقل"})  # «أن ستة أشخاص على الأقل اعتقلوا للاشتباه»: the counted were arrested
EVERYONE = frozenset({"الجميع", "الكل", "للجميع"})  # asked of no one in particular
DOER_AFTER_TYPES = frozenset({"ASSAULT", "COERCE"})  # a passive verb of these may name its doer after the victim
PASSIVE_READING = frozenset({"قتل"})  # unvocalized, قتل X في is «X was killed in» when nothing follows
SUCCUMBED = "متاثر"  # «متأثرا بجراحه»: of the wounds he received
FIGHT_NOUNS = frozenset({"اشتباك", "مواجهات", "معركه", "قتال"})
FIGHT_VERBS = frozenset({"احتدمت", "احتدم", "تدور", "يدور", "اشتدت", "استعرت"})  # (and OCCURRENCE_VERBS: دارت، اندلعت)
ACCUSED_FIRST = frozenset({"اتهم"})  # verbs whose one noun phrase before the charge is who is accused
CLAIM_NOUNS = frozenset({"مزاعم", "ادعاءات", "ادعاء", "اتهامات", "روايه", "تصريحات", "اقاويل", "شايعات"})  # what is denied
LAM_DEMONSTRATIVES = frozenset({"لهذه", "لهذا", "لهذين", "لهاتين", "لتلك", "لذلك"})  # ل + «هذه» (not split: 3 letters)
# Nouns whose genitive place names where, not who: «في ريف درعا» is no side of a clash told after it.
PLACE_GENITIVE_HEADS = frozenset({"ريف", "مدينه", "محافظه", "بلده", "قريه", "منطقه", "ولايه", "قضاء", "ناحيه"})


@dataclass
class Arguments:
    """The participants found for one trigger; `recipients` holds one group per event to emit."""

    actor: list[Mention] = field(default_factory=list)
    recipients: list[list[Mention]] = field(default_factory=list)
    location: Mention | None = None
    passive: bool = False
    event_subject: bool = False  # the subject is a noun naming the same event («الغارة استهدفت X»)
    inferred: bool = False  # the actor is not said in the clause (shared subject, pronoun, speaker)
    claimed: bool = False  # ... but a pronoun after the sentence's own subject («أعلن الجيش أنه قتل»)
    held: bool = False  # the recipient held what a capture verb says was taken («من أيدي X»)
    dared: bool = False  # the doer is the subject of «أقدم» before the deed («أقدم مسلح على قتل شقيقين»)


def circumstantial(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A participle in the accusative telling what the subject of the sentence does as it speaks: «محملا»،
    «داعيا»، «متهما»."""
    word = tokens[trig.token].norm.removeprefix(trig.clitics)
    hal = trig.sense.constraint("hal") is not None or trig.sense.lemma.startswith("م")
    return hal and word == trig.sense.lemma + "ا"


def find_arguments(tokens: list[Token], view: SentenceView, trig: TriggerMatch, bounds: tuple[int, int],
                   chain_actor: list[Mention], pronoun: Mention | None, agreement: str = "") -> Arguments:
    """Participants of `trig`; `bounds` = (previous trigger token, next trigger token) of the sentence.

    `agreement`: "f" for a feminine singular verb form, "p" when the form carries its own (plural or
    dual) subject suffix, "" otherwise.
    """
    after = clauses.after(tokens, view, trig.token, bounds[1])
    obj = trig.sense.constraint("obj")
    if obj:  # «حملت X مسؤولية استشهاد الرضيع»: nouns after the object word are its complements
        in_title = {m.first - 1 for m in view.mentions if m.title_only}  # «المبعوث ... إلى اليمن X»: the post, not the object
        at = next((k for k in range(trig.token + 1, view.hi) if set(stems_of(tokens[k].norm)) & set(obj)
                   and k not in in_title), view.hi)
        after = [m for m in after if m.last < at or m.first <= at <= m.last or m.prep is not None]
        if trig.sense.type == "AID":  # «سلمت مصر ثماني طائرات مقاتلة»: the aircraft are what is given
            after = [m for m in after if not m.first <= at <= m.last]
    before = clauses.before(tokens, view, trig.token, bounds[0])
    chain = before.anchor if before.subordinate else chain_actor
    args = Arguments()
    direct = clauses.groups([m for m in after if m.prep is None])
    before_subject = next(reversed(clauses.groups([m for m in before.mentions if m.prep is None])), [])
    if before_subject and _genitive_in_phrase(tokens, view, before_subject[0]):
        before_subject = []  # («على قرارات العبادي | طالب النائب»: a genitive in a prepositional phrase)
    anchored = not before_subject and bool(before.anchor) and "o" not in agreement
    if anchored:
        before_subject = before.anchor
    if (owner := _possessed_noun(tokens, view, trig, before_subject or chain)) is not None:
        args.actor, whose = owner  # «أعلن X دعمه لقرارات العبادي»: his support (a noun), for what follows لـ
        args.recipients = [[whose]] if whose is not None else []
    elif trig.sense.kind == "V" and circumstantial(tokens, trig):
        # «وقال الوزير إن الانقلابيين ...، محملا الحوثيين المسؤولية»: the subject of the main clause (or, with
        # none there, the speaker the coder finds), not the subject of the clause just before
        args.actor, args.inferred = main_subject(tokens, view, trig), True
        args.recipients = direct[:1]
        if not args.recipients and trig.sense.type == "SUPPORT":
            whose = praised(tokens, view, trig, [])  # «مشيدا بجهود المملكة»
            args.recipients = [[whose]] if whose is not None else []
        elif not args.recipients and trig.sense.type in ("REQUEST", "ACCUSE"):
            whom = (accused_plain(tokens, view, trig, []) if trig.sense.type == "ACCUSE"  # «متهما وسائل الإعلام بـ»
                    else bare_object(tokens, view, trig, []))  # «داعيا الطرفين المتحاربين إلى»
            if whom is not None and (tokens[whom.first].norm in EVERYONE or tokens[whom.first].norm.startswith("ب")
                                     and tokens[whom.first].norm not in PARTITIVES):
                whom = None  # «مطالبا الجميع بـ»: no one in particular; «مطالبا برفد الجبهات»: what is asked
            args.recipients = [[whom]] if whom is not None else []
    elif trig.sense.kind == "V":
        _verb_roles(args, tokens, view, trig, direct, before_subject, chain, pronoun, agreement)
        if (went := dared_verb(tokens, view, trig.token)) is not None and (
                doer := named_or_plain(tokens, view, went + 1)) is not None and doer.last < trig.token - 1:
            args.actor, args.dared = [doer], True  # «أقدم عنصر من تنظيم داعش على قتل 3 أطفال»
        if trig.sense.mode == "disapprove" and args.recipients and args.actor and person_title_after(
                tokens, args.actor[-1], args.recipients[0][0]):
            args.recipients = []  # «دان نبيل العربي الأمين العام لجامعة الدول العربية الجريمة»: his title, not whom
        pronominal = anchored and not before.relative and args.actor is before_subject
        args.inferred = bool(args.actor) and (args.actor is chain_actor or pronominal)
        args.claimed = args.inferred and pronominal
        nxt = tokens[trig.token + 1].norm if trig.token + 1 < view.hi else ""
        if (trig.sense.lemma in PASSIVE_READING and args.actor and args.actor[-1].last < trig.token
                and not args.recipients and pronoun is None and "p" not in agreement
                and (nxt in PREPOSITIONS or nxt in TIME_WORDS or nxt in PUNCT_BOUNDARY or nxt in MANNER_OF_DEATH
                     or without_conjunction(nxt) in WOUNDED_VERBS  # «أن جنديا تركيا قتل وأصيب آخر»
                     or nxt in clauses.CLAUSE_OPENERS)):
            args.actor, args.recipients = [], [args.actor]  # «أبو سياف الذي قُتل في هجوم»: who was killed
            args.inferred, args.passive = False, True
        elif (trig.sense.lemma in PASSIVE_READING | COUNTED_PASSIVE and "p" in agreement and not args.actor and not direct
              and (nxt in PREPOSITIONS or nxt in TIME_WORDS or nxt in PUNCT_BOUNDARY
                   or trig.sense.lemma in COUNTED_PASSIVE and pp_clitic(tokens[trig.token + 1]) == "ل")
              and (counted := counted_before(tokens, view, trig)) is not None):
            args.recipients, args.passive = [[counted]], True  # «أن 8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء»
        if trig.sense.constraint("victim") is not None:  # «لقي X مصرعه على يد Y»: the subject is who died
            plain = plain_words(tokens, view, trig.token + 1)
            args.recipients = [args.actor] if args.actor else args.recipients[:1] or ([[plain]] if plain else [])
            args.recipients = [[cut_at_object_word(tokens, view, trig, m) for m in g] for g in args.recipients]
            args.actor = killer(tokens, view, trig)
        elif trig.sense.constraint("suicide") is not None:  # «فجر انتحاري (من التنظيم) نفسه في ...»
            bomber = plain_words(tokens, view, trig.token + 1) or next(
                (m for m in view.mentions if m.first == trig.token + 1 and m.entity is None), None)  # («انتحاري» a group word)
            if bomber is not None and tokens[bomber.first].norm in trig.sense.constraint("obj"):
                bomber = None  # «انتحاريا من التنظيم فجر نفسه»: the bomber was named before the verb
                args.actor = [m for m in view.mentions if 0 < trig.token - m.last <= 3 and m.first > view.lo
                              and tokens[m.first - 1].norm == "من"][-1:] or args.actor
            if bomber is not None:  # one word: «انتحاري»، «انتحاريا» (not «انتحاري نفسه»)
                one = tokens[bomber.first]
                bomber = Mention(bomber.first, bomber.first, one.start, one.end, one.text)
            of = [m for m in view.mentions if bomber is not None and m.first == bomber.last + 2
                  and tokens[bomber.last + 1].norm == "من"]
            args.actor = args.actor if args.actor and args.actor[0].first < trig.token else (
                of or ([bomber] if bomber is not None else []))
            hit = bombed_site(tokens, view, trig)  # «فجر نفسه داخل المسجد»: the site is the target
            args.recipients = [[hit]] if hit is not None else []
        elif trig.sense.cameo == CAPTURE:  # «استعادت X القاعدة من أيدي Y»: the side that lost it is the target
            held = held_by(tokens, view, trig)
            args.recipients, args.held = ([held], True) if held else (args.recipients, False)
            taken = None if args.recipients else taken_place(tokens, view, trig)
            args.recipients = [[taken]] if taken is not None else args.recipients
        elif trig.sense.type == "PROTEST" and (crowd := crowd_subject(tokens, view, trig, args.actor)) is not None:
            args.actor, args.recipients = [crowd], []  # «تجمع المئات خارج مكتب X»: the crowd, not X
        elif trig.sense.mode == "host" and not args.recipients and pronoun is None and args.actor:
            guest = received_guest(tokens, view, trig, args.actor)  # «استقبل X - حفظه الله - في قصر السلام، اليوم؛ Y»
            args.recipients = [[guest]] if guest is not None else []
        elif trig.sense.mode == "release" and not args.recipients and pronoun is None:
            freed = after_word(tokens, view, trig, "عن") or after_word(tokens, view, trig, "سراح")
            # «أفرجت السلطات عن صحفي أمريكي»، «أطلقت السلطات سراح عشرين معتقلا»
            args.recipients = [[freed]] if freed is not None else []
        elif trig.sense.lemma in ASKING_LEMMAS and not args.recipients and pronoun is None and (
                asked := asked_of(tokens, view, trig, args.actor)) is not None:
            at, whom = asked  # «طلب مبتعثو الجامعات السعودية من الملحق الثقافي تعديل ...»: who asks, whom
            args.recipients = [[whom]]
            if not args.actor or args.actor[0].first > at:
                subject = plain_words(tokens, view, trig.token + 1)
                args.actor = [subject] if subject is not None and subject.last < at else []
        elif (trig.sense.type == "REQUEST" and not args.recipients and pronoun is None and args.actor
              and (asked := asked_in_clause(tokens, view, trig, args.actor)) is not None):
            args.recipients = [[asked]]  # «دعا X إلى أن تقوم الحكومة بـ»: whom the call is made of
        elif trig.sense.type == "THREATEN" and not args.recipients and pronoun is None:
            aimed = threatened_target(tokens, view, trig)  # «هدد الحوثيون باستهداف المنشآت النفطية»
            args.recipients = [[aimed]] if aimed is not None else []
        elif trig.sense.mode == "convict" and pronoun is None:
            convict = sentenced(tokens, view, trig)  # «حكمت محكمة على ثلاثة صحفيين بالسجن»
            args.recipients = [[convict]] if convict is not None else []
        elif trig.sense.type == "SUPPORT" and not args.recipients and pronoun is None and args.actor:
            whose = praised(tokens, view, trig, args.actor)  # «أشاد X بجهود المملكة»
            args.recipients = [[whose]] if whose is not None else []
        elif trig.sense.constraint("intransitive") is not None:
            args.recipients = []  # «انفجرت عبوة ناسفة»: what follows is the bomb, not its target
        elif (pronoun is None and "o" not in agreement and not args.passive
              and (trig.sense.type in BARE_OBJECT_TYPES and trig.sense.constraint("obj") is None
                   or trig.sense.lemma in PLAIN_OBJECT_LEMMAS and not args.recipients)):  # («أحالت النيابة المتهمين إلى»)
            bare = bare_object(tokens, view, trig, args.actor)
            if not args.actor and bare is not None and bare.first == trig.token + 1 and agentive(tokens, bare):
                args.actor = [bare]  # «ويقصف النظام بانتظام مناطق ...»: an armed body right after the verb is its subject
                bare = bare_object(tokens, view, trig, args.actor)
            if bare is not None and trig.sense.mode in THING_MODES and not _people(tokens, bare):
                bare = None  # «ضبطت الشرطة كمية من المخدرات»: a thing seized is no participant
            if bare is not None:  # plain words in the object position come before any later noun
                args.recipients = [[bare]]
        elif ((trig.sense.type == "ASSAULT" and trig.sense.constraint("obj") is not None
               or trig.sense.lemma in ON_OBJECT_LEMMAS)
              and not args.recipients and pronoun is None):  # «أطلق مسلحون النار على دورية للشرطة»، «قبضت X على Y»
            on = after_word(tokens, view, trig, "علي")
            on = owned(tokens, view, on) if on is not None and on.entity is None and not on.name else on
            args.recipients = [[on]] if on is not None else []
        elif (trig.sense.type == "ACCUSE" and trig.sense.mode != "disapprove" and args.actor and not args.recipients
              and pronoun is None and (accused := accused_plain(tokens, view, trig, args.actor)) is not None):
            args.recipients = [[accused]]  # «تتهم أحزاب المعارضة حكومته باستغلال»: whom, then the charge
        elif ((trig.sense.mode == "disapprove" or trig.sense.type in ("REQUEST", "REJECT")) and args.actor
              and (not args.recipients or _self_only(args)) and pronoun is None):  # «دعا X الأطراف اليمنية إلى»
            args.recipients = []  # (not «أدان X العمل الإرهابي ...، وأشار X»: the speaker named again)
            bare = condemned(tokens, view, trig, args.actor)
            if bare is None and trig.sense.type == "REQUEST":
                bare = bare_object(tokens, view, trig, args.actor)  # «دعت السلطات مواطنيها إلى»: people asked
                head = stem_of(tokens[bare.first]) if bare is not None else ""
                owner_free = _without_owner(head)
                possessed = owner_free != head
                if bare is not None and not (possessed and owner_free.endswith("ين")  # «مشتركيها»
                                             or _people(tokens, bare, owned_by=True)):
                    bare = None
                if bare is not None and possessed:  # «مواطنيها | بعدم السفر»: a noun with a pronoun takes no genitive
                    bare = span_mention(tokens, view, bare.first, bare.first)
            if bare is not None:  # «أدان X الهجوم الإرهابي»: what is condemned is the recipient
                args.recipients = [[bare]]
    elif trig.sense.constraint("victim") is not None:  # «مقتل X برصاص Y»: the genitive died, Y killed
        plain = plain_words(tokens, view, after_victim_words(tokens, view, trig.token + 1))  # (None at a name)
        plain = owned(tokens, view, plain)  # «مقتل 50 عنصرا لقوات النظام»: the forces they belong to
        args.recipients = [[plain]] if plain else direct[:1]
        args.actor = killer(tokens, view, trig)
        if not args.actor and enemy_dead(tokens, view, trig):  # «الجيش المصري يعلن مقتل 88 إرهابيا»
            said = verb_before(tokens, view, trig, ANNOUNCE_VERBS, fallback=False) or [
                m for m in view.mentions if m.last < trig.token and m.prep is None][-1:]
            args.actor = said if said and all(stem_of(tokens[m.first]) in AGENT_HEADS for m in said) else []
    else:
        _noun_roles(args, tokens, view, trig, after, direct, pronoun, chain)
        if trig.sense.type == "ASSAULT" and (claimed := claimant(tokens, view, trig)):
            args.actor, args.inferred = claimed, False  # «أعلن داعش مسؤوليته عن هجوم»: who claims it did it
        if not args.actor and before.anchor and trig.sense.type != "ASSAULT":  # «أوضح الدخيل أنه تم خلال الاجتماع مع ...»
            args.actor, args.inferred = before.anchor, True  # (not «أفاد أنه سمع صوت إطلاق نار»: an attack told with
            # no doer is not the speaker's; «أعلن أنه شن هجوما» is read through the light verb)
    if (trig.sense.lemma in COUNTED_PASSIVE and trig.sense.kind == "V" and len(args.actor) == 1
            and args.actor[0].first > trig.token and args.actor[0].entity is not None
            and args.actor[0].entity.type == "PER" and all(m.entity is None for g in args.recipients for m in g)):
        args.actor, args.recipients, args.passive = [], [args.actor], True  # «اعتقل روف في ولاية ...»: a person
        # named after «اعتقل» with no one else named was arrested (a person does not arrest)
    if trig.sense.lemma in PASSIVE_READING and args.actor and any(
            tokens[m.first].norm.startswith(SUCCUMBED) for g in args.recipients for m in g):
        args.actor, args.recipients, args.passive = [], [args.actor], True  # «قتل والي الموصل X متأثرا بجراحه»:
        # X was killed, dying of his wounds
    if trig.sense.type == "ASSAULT" and not args.actor and args.recipients:
        args.actor = launched_by(tokens, view, trig)  # «قتل 18 شخصا في سقوط صاروخ أطلقته قوات النظام»
    if trig.sense.type in DOER_AFTER_TYPES and trig.sense.kind == "V" and not args.actor and args.recipients:
        args.actor = passive_doer(tokens, view, trig)  # «قتل عنصر من الحزب على يد قوات الأمن»، «اعتقل X من قبل الشرطة»
    if trig.sense.type == "PROTEST" and not args.recipients and (against := protested(tokens, view, trig)) is not None:
        args.recipients = [[against]]
    _obliques(args, tokens, view, trig, after)
    taken = {id(m) for g in (args.actor, *args.recipients) for m in g}
    places = [m for m in after + [m for m in before.mentions if m.prep is not None]
              if m.is_place and m.prep in LOCATION_PREPS and id(m) not in taken]
    args.location = args.location or (places[0] if places else None)
    if args.location is None and (trig.sense.mode == "visit" or trig.sense.type in PLACE_TARGET_TYPES):
        args.location = next((m for g in args.recipients for m in g if m.is_place), None)
    if trig.sense.type == "ASSAULT":  # «هاجم الحوثيون مواقع للمقاومة الشعبية»: the sites' owner is the target
        args.recipients = [[site_owner(tokens, view, m) or m for m in g] for g in args.recipients]
    if trig.sense.lemma in REFERRAL_LEMMAS:  # («أحالت الوزارة شكوى الطلاب إلى النيابة»: the court is not accused)
        args.recipients = [g for g in args.recipients if not any(m.prep in ("الي", "ل") for m in g)]
    if trig.sense.lemma in DENIAL_LEMMAS:
        args.recipients = []  # «نفت الوزارة خطف جبهة النصرة لمقاتلين»: what follows is the denied act's, not whose claim
        claimant_of = _whose_claims(tokens, view, after_subject(trig, args.actor))
        if claimant_of is not None:
            args.recipients = [[claimant_of]]  # «نفت الحكومة ادعاءات المعارضة»: whose claims are denied
    args.recipients = [[m for n, m in enumerate(g) if not (n and _in_description(tokens, g[n - 1], m))]
                       for g in args.recipients]
    symmetric = trig.sense.mode in SYMMETRIC_MODES or trig.sense.type in SYMMETRIC_TYPES
    if symmetric and len(args.actor) >= 2 and (not args.recipients or "p" in agreement):
        args.actor, args.recipients = args.actor[:1], [args.actor[1:]]  # «اجتمع X و Y»، «اتفقتا»: X with Y
    return args


def _verb_roles(args: Arguments, tokens: list[Token], view: SentenceView, trig: TriggerMatch,
                direct: list[list[Mention]], before_subject: list[Mention],
                chain_actor: list[Mention], pronoun: Mention | None, agreement: str) -> None:
    objects: list[list[Mention]] = []
    if pronoun is not None or "o" in agreement:  # زاره، قدمتها: the pronoun suffix is the object
        args.actor = direct[0] if direct else before_subject or chain_actor
        objects = [[pronoun]] if pronoun is not None else []
    elif "p" in agreement:  # اقتحموا X: the suffix is the subject, what follows is the object
        args.actor, objects = before_subject or chain_actor or _plural_opener(tokens, view, trig), direct
    elif before_subject and before_subject[-1].last == trig.token - 1 and direct:
        args.actor, objects = before_subject, direct  # «أن الولايات المتحدة سلمت مصر ...»: S V O
    elif len(direct) >= 2 and direct[1][0].coord is None and apposed(tokens, view, direct[0], direct[1]):
        args.actor, objects = direct[1], direct[2:]  # «أدان سفير X لدى تونس عبدالعزيز الداود التفجير»
    elif len(direct) >= 2 and direct[1][0].coord is None:  # V S O
        args.actor, objects = direct[0], direct[1:]
    elif direct:  # one noun phrase (or a list joined by و/ثم): subject or object?
        fresh = not trig.clitics.startswith(("و", "ف"))
        man = all(m.entity is not None and m.entity.type == "PER" for m in direct[0])
        asked = (trig.sense.type == "REQUEST" and complement_follows(tokens, view, direct[0][-1])
                 and not fresh and not man)  # («ومن جانبه، دعا الاتحاد الأوروبي إلى»، «ودعا بان كي مون إلى»: who calls)
        asked = asked or counterpart(tokens, view, direct[0][0])  # «وسيلتقي نظيره المصري سامح شكري»
        asked = asked or (trig.sense.lemma in ACCUSED_FIRST and _charge_follows(tokens, view, direct[0][-1])
                          and all(k in view.title_tokens() or is_title_like(tokens[k])
                                  for k in range(trig.token + 1, direct[0][0].first)))
        # (a title may stand before the accused; not «اتهم آخرون صالح بأنه»: a plain plural is the accuser)
        if before_subject:
            args.actor, objects = before_subject, direct
        elif chain_actor and (fresh or _is_object(trig, direct[0])):
            args.actor, objects = chain_actor, direct
        elif asked:  # «وطالب الحكومة بالتوقف»: whom is asked comes before what is asked
            objects = direct
        elif "f" in agreement and man and trig.sense.type in TRANSITIVE_TYPES:
            objects = direct  # استهدفت الغارة ... / اعتقلت X: a feminine verb does not have a man as subject
        elif (plural := _plain_plural_subject(tokens, view, trig, direct[0][0])) is not None:
            args.actor, objects = [plural], direct  # «ويتهم معارضون نكورونزيزا»: V, a plain plural subject, O
        else:
            args.actor, objects = direct[0], direct[1:]
    else:
        args.actor = before_subject or chain_actor
    args.recipients = _split_sequence(objects)


def _plural_opener(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """«وخرق المتمردون الهدنة بعد نصف ساعة، إذ أطلقوا صواريخ على أحياء سكنية»: a plural verb with no subject of its
    own goes on with the plural group that opens the sentence (not with a single person or a state)."""
    opener = main_subject(tokens, view, trig)
    if not opener or opener[0].entity is not None or not tokens[opener[0].first].norm.endswith(("ون", "ين", "ات")):
        return []
    reported = any(tokens[k].norm in COMPLEMENTIZERS for k in range(opener[-1].last + 1, trig.token))
    return [] if reported else opener  # («ذكرت الوكالة أن ستة أشخاص اعتقلوا»: a clause of its own)


def _charge_follows(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    """«واتهم الرئيس السابق علي عبدالله صالح، بأنه سبب ضياع اليمن»: the charge (بـ, a comma allowed before it)
    right after the one noun phrase of «اتهم»: that phrase is who is accused, the accuser is not said there."""
    k = m.last + 1
    if k < view.hi and tokens[k].norm in SOFT_BOUNDARY:
        k += 1
    if k >= view.hi:
        return False
    return tokens[k].norm in ("بان", "بانه", "بانها", "بانهم") or tokens[k].norm != "ب" and pp_clitic(tokens[k]) == "ب"


def _genitive_in_phrase(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    """«وفي أول رد فعل على قرارات العبادي | طالب النائب»: the name ends a prepositional phrase (the genitive of
    its noun), so it is not the subject of the verb after it."""
    k = m.first - 1
    if k - 1 < view.lo or not tokens[k].norm.isalpha() or any(w.kind == "enclitic" for w in tokens[k].words):
        return False  # («من جهتها | إيران رفضت»: a noun with a pronoun suffix takes no genitive)
    return tokens[k - 1].norm in PREPOSITIONS or pp_clitic(tokens[k]) is not None


def _plain_plural_subject(tokens: list[Token], view: SentenceView, trig: TriggerMatch, first: Mention) -> Mention | None:
    """One plain plural noun in the nominative (and its nisba) between a verb and a named object is its subject:
    «ويتهم معارضون نكورونزيزا»، «اتهم آخرون صالح»، «اتهم مسؤولون أمريكيون إيران» (not a verb in the imperfect
    plural, «يطالبون»)."""
    k = trig.token + 1
    adjective = k + 1 < view.hi and tokens[k + 1].norm.endswith(("يون", "يين")) and not tokens[k + 1].norm.startswith("ال")
    end = k + 1 if adjective else k  # «اتهم مسؤولون أمريكيون إيران»: the plural's nisba adjective
    if first.first != end + 1 or first.entity is None:
        return None
    norm = tokens[k].norm
    passive_participle = len(norm) == 5 and norm.startswith("م")  # «مخزون إيران»: a singular in construct
    plural = (norm.isalpha() and len(norm) >= 5 and norm.endswith("ون") and not norm.startswith(("ي", "ت", "س", "ال"))
              and not passive_participle and norm not in NOT_PLURALS)
    if not (plural or people_noun(norm) and norm.endswith("ون")) or norm in NOT_NAMES:
        return None
    return span_mention(tokens, view, k, end)


def _noun_roles(args: Arguments, tokens: list[Token], view: SentenceView, trig: TriggerMatch,
                after: list[Mention], direct: list[list[Mention]], pronoun: Mention | None,
                chain: list[Mention]) -> None:
    prev = [stem_of(tokens[k]) for k in range(max(view.lo, trig.token - 2), trig.token)]
    args.passive = any(p in PASSIVE_AUX for p in prev)
    definite = trig.clitics.endswith(("ال", "لل"))  # الهجوم: a definite noun takes no genitive
    titled = view.title_tokens()
    genitive = [] if pronoun is not None or definite else (
        direct[0] if direct and clauses.close(tokens, view, trig.token, direct[0][0])
        and not any(pp_clitic(tokens[k]) in ("ل", "ب") and k not in titled
                    for k in range(trig.token + 1, direct[0][0].first)) else [])
    # («تهنئة | لرئيس جمهورية | مصر»: a name past a prepositional phrase is no genitive of the noun; a title's own
    # phrase is: «زيارة رئيس أركان القوات البرية التابعة للقيادة العامة، صدام حفتر»)
    joined_by = trig.token + 1 < view.hi and stem_of(tokens[trig.token + 1]) in INCLUDE_VERBS
    if joined_by and trig.sense.type == "CONSULT":  # «اجتماعا ضم مستشاريه X، و Y»: those it brought together
        args.recipients = [[m for m in after if m.prep is None]]
        args.actor = verb_before(tokens, view, trig, LIGHT_VERBS, chain)
        return
    if trig.sense.mode == "release" and trig.token + 1 < view.hi and tokens[trig.token + 1].norm == "سراح":
        args.recipients = direct[:1]  # «إطلاق سراح الرهينة X»: the genitive was freed; who freed her, by a light verb
        args.actor = verb_before(tokens, view, trig, LIGHT_VERBS, chain, fallback=False)
        return
    framed = trig.token > view.lo and tokens[trig.token - 1].norm in MEETING_FRAMES  # (not «كان في استقبالهم X»)
    owned = tokens[trig.token].text.endswith(POSSESSIVES)  # (as written: «لقائه», not «زيارة»)
    if framed and owned and trig.sense.type == "CONSULT" and (pronoun is None or pronoun.first < view.lo):
        return  # «أكد الوزير خلال لقائه السفير دعم المملكة»: whose meeting is not named here; no guess
    met = direct[0] if framed and pronoun is not None and pronoun.first >= view.lo and direct and not args.passive else []
    if (trig.sense.type == "CONSULT" and met and not met[0].is_place
            and _past_titles(tokens, view, trig.token, met[0])):  # «بحث X خلال استقباله | السفير جون كيري»:
        args.actor, args.recipients = [pronoun], [met]  # the owner of the noun, named in the sentence, meets the object
        return
    where = trig.sense.type == "CONSULT" or trig.sense.lemma in FIGHT_NOUNS
    if genitive and where and all(m.is_place for m in genitive):
        args.location, genitive = genitive[0], []  # «مباحثات القاهرة»، «اشتباكات أجدابيا»: where, not who
    aid = trig.sense.type == "AID"  # («مساعدات لليمن»: a country or city receives aid)
    lam_first = [m for m in after if m.prep == "ل" and (aid or not m.is_place)
                 and clauses.close(tokens, view, trig.token, m, AID_GAP if aid else 1)]  # («منحة بقيمة مليار دولار للأردن»)
    if aid and not lam_first:  # «سفينة مساعدات إلى عدن»، «وزعت مساعدات على النازحين»: who receives it
        lam_first = [m for m in after if m.prep in ("الي", "علي") and m.first - trig.token <= AID_DESTINATION_REACH][:1]
    lam = clauses.groups(after[after.index(lam_first[0]):])[0] if lam_first else []
    if aid and not lam and (given := after_word(tokens, view, trig, "علي")) is not None and _people(tokens, given):
        lam = [given]  # «وزعت X مساعدات غذائية على النازحين»: people with no name receive it

    receiver_l = trig.sense.type in RECEIVER_L_TYPES
    light = verb_before(tokens, view, trig, light_verbs_for(trig.sense.type, trig.sense.lemma), chain)
    repel = verb_before(tokens, view, trig, REPEL_VERBS, fallback=False)
    received = verb_before(tokens, view, trig, RECEIVE_VERBS)
    suffered, plain_sufferer = [], None
    if trig.clitics.endswith("ل"):  # «تعرض X لهجوم»: the one who suffered it, after the verb, or else before it
        suffered = verb_before(tokens, view, trig, SUFFER_VERBS, fallback=False)
        plain_sufferer = None if suffered else suffered_plain(tokens, view, trig)
        if not suffered and plain_sufferer is None:
            suffered = verb_before(tokens, view, trig, SUFFER_VERBS)  # «وتعرضت لهجوم»: the subject before the verb
    if suffered or plain_sufferer is not None:
        hit = suffered or [plain_sufferer]  # «تعرض موكب المحافظ لهجوم»، «تعرض منزلها الواقع بضباء لإطلاق نار»
        args.recipients = [hit]
        args.actor = [m for m in after if m.prep in ("من", "من قبل") and not m.is_place][:1]
        if not args.actor:
            args.actor = passive_doer(tokens, view, trig)
        return
    if received:  # «تلقى X اتصالا من Y»: Y called X
        args.actor = [m for m in after if m.prep == "من"][:1]
        args.recipients = [received]
        return
    if not args.passive and trig.sense.lemma in PATIENT_GENITIVE and pronoun is not None and lam:
        args.actor, args.recipients = [pronoun], [lam]  # «استهدافهم للمدنيين»: their targeting of civilians
        return
    if not args.passive and trig.sense.lemma in PATIENT_GENITIVE and pronoun is None:
        base = genitive[-1].last if genitive else trig.token
        while genitive and base + 1 < min(view.hi, genitive[-1].last + 3) and tokens[base + 1].norm.startswith("ال"):
            base += 1  # «استهداف المستوطنين المتطرفين لـ»: the genitive's adjectives
        to = [m for m in after if m.prep == "ل" and base < m.first <= base + 2 and not m.is_place][:1]
        if genitive and not to:
            plain = after_clitic(tokens, view, base + 1, "ل", True)  # «لمنزل العائلة»
            to = [plain] if plain is not None else []
        agent = not _people(tokens, genitive[0]) if genitive else not definite  # («ترحيل اللاجئين لبلادهم»)
        if to and trig.sense.type == "ASSAULT" and agent:  # «استهداف المستوطنين لمنزل العائلة»: agent, لـ patient;
            args.actor, args.recipients = (genitive, [to]) if genitive else (to, [])  # «قصف للحوثيين»: by them
            return
    if genitive and trig.sense.lemma in PATIENT_GENITIVE and not args.passive and agentive(tokens, genitive[0]):
        later = [g for g in direct[1:] if g[0].first - genitive[-1].last <= PATIENT_GAP]
        before = [m for m in view.mentions if m.last == trig.token - 1 and m.prep is None and not m.title_only]
        if trig.clitics == "ل" and not later and before and all(m.entity is not None for m in genitive):
            args.actor, args.recipients = before, [genitive]  # «أطلقتها تركيا لاستهداف تنظيم داعش»: to target them
            return
        args.actor = genitive  # «قصف طائرات التحالف ... مواقع التنظيم»: armed forces do, they are not done to
        args.recipients = later[:1]
        return
    if args.passive or trig.sense.lemma in PATIENT_GENITIVE:
        patient = [pronoun] if pronoun is not None else genitive
        nxt = tokens[trig.token + 1].norm if trig.token + 1 < view.hi else ""
        if not patient and trig.sense.type == "COERCE" and nxt == "علي":
            bare = bare_object(tokens, view, trig, [])  # «القبض على مشتبه بهما»
            patient = [bare] if bare is not None else []
        if not patient and not definite and trig.sense.lemma in PATIENT_GENITIVE:
            after_next = tokens[trig.token + 2].norm if trig.token + 2 < view.hi else ""
            construct = nxt.isalpha() and after_next.startswith("ال")  # «مهاجمة منازل المواطنين»
            counted = nxt[:1].isdigit() or is_cardinal_word(nxt) or approximation(tokens, view, trig.token + 1) > 0
            bare = bare_object(tokens, view, trig, []) if nxt.startswith("ال") or counted or construct else None
            patient = [bare] if bare is not None else []
        args.recipients = [patient] if patient else []
        by = [m for m in after if m.prep == "من" and not m.is_place][:1]
        args.actor = (by or light or host_by_premises(tokens, trig, view.mentions_between(trig.token + 1, view.hi))
                      or relative_agent(tokens, view, trig))
        return
    crowd = light_crowd(tokens, view, trig) if trig.sense.type == "PROTEST" and not genitive else None
    if crowd is not None:
        light = [crowd]  # «نفذ أكثر من ألف شخص اعتصاما»: the crowd the light verb carries
    purpose = trig.clitics in ("ل", "لل") and trig.sense.type == "CONSULT" and all(m.last < trig.token for m in chain)
    if trig.sense.mode == "visit" and light and lam and not genitive:
        args.actor, args.recipients = light, [lam]  # «قام السفير بزيارة لجامعة نايف»: the visitor, the visited
        return
    args.actor = (genitive or ([] if receiver_l else lam) or light or ([pronoun] if pronoun is not None else [])
                  or (chain if purpose else [])  # «زار X مسقط للاجتماع مع نظيره»: X meets, as he visits
                  or relative_agent(tokens, view, trig))
    if trig.sense.mode == "disapprove" and not args.recipients and args.actor:
        what = condemned_for(tokens, view, trig)
        args.recipients = [[what]] if what is not None else args.recipients
    if trig.sense.type == "ACCUSE" and not args.recipients and args.actor and light:
        whom = after_word(tokens, view, trig, "الي")  # «وجهت النيابة اتهامات إلى ثلاثة مسؤولين»: at whom
        args.recipients = [[whom]] if whom is not None and not whom.is_place else args.recipients
    hit = victims(tokens, view, trig) if trig.sense.type == "ASSAULT" else []
    hit = hit or (target_on(tokens, view, trig) if trig.sense.type in ("ASSAULT", "SANCTION") else [])
    if not hit and trig.sense.type == "SANCTION" and trig.token + 1 < view.hi and tokens[trig.token + 1].norm == "علي":
        on = plain_words(tokens, view, trig.token + 2)  # «عقوبات على شركات إيرانية»
        hit = [on] if on is not None else []
    if repel:
        args.recipients = [repel]
    elif hit:
        args.recipients = [hit]
    elif genitive and len(direct) >= 2 and direct[1][0].first - genitive[-1].last <= 2:
        args.recipients = [direct[1]]
    elif receiver_l and lam:
        args.recipients = [lam]
    if not args.actor and trig.sense.type == "ASSAULT" and trig.sense.lemma in FIGHT_NOUNS:
        against = [m for m in after if m.prep in ("مع", "ضد")][:1]
        near = [m for m in view.mentions_between(max(view.lo, trig.token - FIGHT_WINDOW), trig.token) if m.prep is None
                and not any(tokens[k].norm in DIRECTION_WORDS for k in range(max(view.lo, m.first - 4), m.first))]
        # («التقدم باتجاه قيادة المحور وإدارة الأمن»: where they advance is no side)
        side = [m for m in near if not (m.is_place and m.first > view.lo and tokens[m.first - 1].norm in PLACE_GENITIVE_HEADS)]
        if against and side:  # «انسحاب القوات العراقية على خلفية اشتباكات مع داعش»
            args.actor, args.recipients = side[-1:], [against]
        placed = any(m.is_place for m in view.mentions_between(max(view.lo, trig.token - FIGHT_WINDOW), trig.token))
        if not side and against and placed and not args.recipients:  # «في ريف درعا الغربي، بعد اشتباكات مع لواء
            args.recipients = [against]  # شهداء اليرموك»: a place named in a phrase before is no side; one side is
    between = [m for m in after if m.prep == "بين" and _near_between(tokens, trig, m)]
    if not args.actor and between:
        sides = clauses.groups(after[after.index(between[0]):])
        if len(sides) >= 2 and sides[1][0].prep == "بين":  # «بين X و Y من جهة وبين Z»: two sides of several
            args.actor, args.recipients = sides[0], [sides[1]]
        else:
            side = sides[0]
            args.actor, args.recipients = side[:1], [side[1:]] if len(side) > 1 else args.recipients
    if not args.actor and args.recipients and trig.sense.type in DOER_AFTER_TYPES:
        args.actor = passive_doer(tokens, view, trig)  # «جراء إطلاق النار عليهم من قبل قوات أمنية»: who fired


def _obliques(args: Arguments, tokens: list[Token], view: SentenceView, trig: TriggerMatch,
              after: list[Mention]) -> None:
    """Recipients introduced by a preposition (مع، على، إلى، ضد، بـ + a person ...)."""
    if not args.actor or args.recipients and trig.sense.kind == "V" and circumstantial(tokens, trig):
        return  # («محملا سلطات الاحتلال المسؤولية ... ضد الفلسطينيين»: the participle's object is whom)
    if trig.sense.type in ("ACCUSE", "REJECT") and not args.recipients:
        by = [m for m in after if m.prep == "من قبل"]  # «أدانت ... التصريحات من قبل المسؤولين الإيرانيين»
        if by:
            args.recipients = [by[:1]]
            return
    taken = {id(m) for g in (args.actor, *args.recipients) for m in g}
    taken_mentions = [m for g in (args.actor, *args.recipients) for m in g]  # («سفير اليابان لدى المملكة»)
    subject_at = min((m.first for m in args.actor if m.first > trig.token), default=None)
    if subject_at is not None:  # «زار المبعوث الخاص إلى سوريا ستيفان دي مستورا طهران»: in the subject's title
        after = [m for m in after if m.first > subject_at]
    extra = [m for m in after if m.prep in RECIPIENT_PREPS and id(m) not in taken
             and not attached_elsewhere(tokens, view, trig, m) and not modifies_participant(tokens, view, trig, m)
             and not (m.prep == "ب" and m.is_place) and not _bare_title(tokens, m)
             and not (m.prep == "لدي" and any(0 < m.first - o.last <= 2 for o in taken_mentions))
             and (m.prep != "ل" or not m.is_place or trig.sense.type in ("CONSULT", "AID"))
             and not (args.held and m.is_place)  # (the town taken from its holder is where, not whom)
             and not (m.prep == "الي" and trig.sense.type == "REQUEST" and not _person_or_body(tokens, m))]
    # («دعا ناشطون إلى تنظيم تظاهرات»: what is asked for; «طلب المخرج إلى عبد الوهاب أن»: whom)
    if not extra:
        return
    if args.recipients and any(m.entity is not None or m.name or _leader(tokens, m) for g in args.recipients for m in g):
        args.recipients[-1].extend(m for m in extra if m.coord != "ثم")
    else:
        args.recipients = clauses.groups(extra)


def _in_description(tokens: list[Token], person: Mention, m: Mention) -> bool:
    """«احتجزت الشرطة أرتورو فيدال مهاجم المنتخب | ويوفنتوس الإيطالي»: a name joined by و to the genitive of
    the noun that describes the person before it is part of the description, not another participant."""
    if m.coord != "و" or person.entity is None or person.entity.type != "PER" or m.first - person.last < 3:
        return False
    noun, genitive = tokens[person.last + 1], tokens[person.last + 2]
    between = range(person.last + 1, m.first)
    return (noun.norm.isalpha() and not noun.norm.startswith(("ال", "و")) and noun.norm not in PREPOSITIONS
            and genitive.norm.startswith("ال") and all(tokens[k].norm.isalpha() for k in between))


def _whose_claims(tokens: list[Token], view: SentenceView, k: int) -> Mention | None:
    """The party named right after a noun of claims at token k («ادعاءات المعارضة»، «مزاعم إسرائيل»)."""
    while k < view.hi and tokens[k].norm in TIME_WORDS:
        k += 1
    if k + 2 < view.hi and tokens[k].norm == "في" and tokens[k + 1].norm == "الوقت":
        k += 3  # «نافيا في الوقت نفسه مزاعم المعارضة»
    if k + 1 >= view.hi or without_conjunction(tokens[k].norm) not in CLAIM_NOUNS:
        return None
    return next((m for m in view.mentions if m.first == k + 1 and m.prep is None  # (a state claims: «مزاعم إسرائيل»)
                 and (m.entity is not None and m.entity.type in PARTY_TYPES
                      or m.entity is None and stem_of(tokens[m.first]) in GROUP_HEADS)), None)


def _person_or_body(tokens: list[Token], m: Mention) -> bool:
    """A person named, a named organisation, or a definite body («الحكومة اللبنانية»; not a place, not an
    indefinite noun such as «تنظيم تظاهرات»)."""
    body = m.entity is None and tokens[m.first].norm.startswith("ال") and stem_of(tokens[m.first]) in GROUP_HEADS
    return bool(m.name or m.entity is not None and m.entity.type in ("PER", "ORG") or body)


def _leader(tokens: list[Token], m: Mention) -> bool:
    """«سفير اليابان»، «وزير خارجية إيران»: a title and whom it serves, one participant."""
    return m.last > m.first and stem_of(tokens[m.first]) in PERSON_HEADS


def _bare_title(tokens: list[Token], m: Mention) -> bool:
    """«بحضور مدير خدمات المراجعين»: a title word alone names no one."""
    return m.entity is None and not m.name and m.first == m.last and stem_of(tokens[m.first]) in PERSON_HEADS


def _near_between(tokens: list[Token], trig: TriggerMatch, m: Mention) -> bool:
    """«اشتباكات (عنيفة) بين X و Y»: «بين» within two words of the event noun, not counting a verb of
    occurrence and time words («معارك عنيفة احتدمت أمس بين X و Y»، «دارت عصر أمس الجمعة بين»)."""
    at = next((k for k in range(m.first, trig.token, -1) if tokens[k].norm == "بين"), None)
    if at is None:
        return False
    free = sum(1 for k in range(trig.token + 1, at) if tokens[k].norm in TIME_WORDS
               or OCCURRENCE_VERBS & verb_bases(tokens[k]) or tokens[k].norm in FIGHT_VERBS)
    return at - trig.token - free <= BETWEEN_REACH


def _is_object(trig: TriggerMatch, group: list[Mention]) -> bool:
    return trig.sense.type in TRANSITIVE_TYPES and all(m.is_place or m.entity is None for m in group)


def _split_sequence(objects: list[list[Mention]]) -> list[list[Mention]]:
    """Object groups: a group introduced by ثم is a separate event, anything else joins the first."""
    out: list[list[Mention]] = []
    for group in objects:
        if not out or group[0].coord == "ثم":
            out.append(list(group))
        else:
            out[-1].extend(group)
    return out


def _people(tokens: list[Token], mention: Mention, owned_by: bool = False) -> bool:
    """Plain words that name people taken («شبكة إرهابية»، «15 متسللا»), not things; `owned_by`: also people
    of someone («مواطنيها»)."""
    words = [stem_of(tokens[k]) for k in range(mention.first, mention.last + 1)]
    if owned_by:
        words += [_without_owner(w) for w in words]
    cell = any(w in CELL_WORDS for w in words) and any(tokens[k].norm in CRIME_WORDS
                                                       for k in range(mention.first, min(len(tokens), mention.last + 2)))
    return cell or any(people_noun(w) for w in words)


def _past_titles(tokens: list[Token], view: SentenceView, i: int, m: Mention) -> bool:
    """Only a time and the titles of `m` stand between token i and `m` («لقائه اليوم مبعوث الأمين العام للأمم
    المتحدة إلى اليمن | إسماعيل ولد الشيخ»)."""
    titled = view.title_tokens(with_prep=True)
    return all(k in titled or tokens[k].norm in TIME_WORDS or is_title_like(tokens[k]) for k in range(i + 1, m.first))


def _self_only(args: Arguments) -> bool:
    """Every recipient names the actor again («أدان حامد الشمري ...، وأشار الشمري إلى»): no recipient at all."""
    surnames = {m.text.split()[-1] for m in args.actor if m.text.split()}
    return all(m.text.split()[-1:] and m.text.split()[-1] in surnames for g in args.recipients for m in g)


def _without_owner(word: str) -> str:
    """«مواطنيها» -> «مواطنين», «أبناءه» -> «ابناء»: the people noun under a possessive pronoun."""
    for suffix in ("هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            return base + "ن" if base.endswith("ي") else base
    return word


def _possessed_noun(tokens: list[Token], view: SentenceView, trig: TriggerMatch,
                    clause_subject: list[Mention]) -> tuple[list[Mention], Mention | None] | None:
    """«أعلن X دعمه لقرارات العبادي»، «جددت الحكومة رفضها للقرار»: a verb that is also its own verbal noun, or
    a verbal noun of support or rejection, with a possessive suffix and a لـ phrase after it, declared by a verb
    of saying or valuing before it, is the noun: the declarer's subject owns it, and the لـ phrase (or the name
    in its genitive) is what it is for. None otherwise («مزاعم دعمها للإرهاب»، «دعما للتصدي»)."""
    norm = tokens[trig.token].norm
    verb_noun = trig.sense.kind == "V" and any(norm.startswith(v) and norm[len(v):] in POSSESSIVES
                                               for v in NOUN_LIKE_VERBS)
    owned_noun = trig.sense.kind == "N" and trig.sense.type in POSSESSED_TYPES and _possessive(norm, trig.sense.lemma)
    if trig.token + 1 >= view.hi or not (verb_noun or owned_noun):
        return None
    k = trig.token + 1
    while k + 1 < view.hi and (tokens[k].norm in EMPHASIS_WORDS or tokens[k].norm in INTENSIFIERS):
        k += 1  # «رفضها القاطع لـ»
    pointed = tokens[k].norm in LAM_DEMONSTRATIVES and k + 1 < view.hi and tokens[k + 1].norm.startswith("ال")
    if pp_clitic(tokens[k]) != "ل" and not pointed:
        return None
    verb = next((v for v in range(trig.token - 1, max(view.lo, trig.token - DECLARE_REACH) - 1, -1)
                 if without_conjunction(tokens[v].norm) in VALUING_VERBS), None)
    if verb is None:
        return None
    subject = [m for m in view.mentions_between(verb + 1, trig.token) if m.prep is None]
    owner = clause_subject or subject[:1]  # «أعلنت الحكومة رفضها»: the declarer
    if not owner:
        return None
    named = next((m for m in view.mentions if m.first in (k, k + 1) and not m.title_only
                  and (not m.is_place or m.first == k)), None)  # («دعمها للسعودية»: a country is for whom)
    if pointed and named is None:  # «أبدى فابيوس تأييده لهذه الفكرة»: what was named before
        return owner, span_after_clitic(tokens, view, k, k + 1)
    return owner, named or whose_name(tokens, view, k) or after_clitic(tokens, view, k, "ل")  # («لقرارات رئيس الوزراء X»)


def _possessive(norm: str, lemma: str) -> bool:
    """The normalized word is the verbal noun with a pronoun suffix: «تأييدها»، «رفضه»، «إدانتها» (ة written ت)."""
    for suffix in POSSESSIVES:
        base = norm[: -len(suffix)] if norm.endswith(suffix) else ""
        if base and (base.endswith(lemma) or lemma.endswith("ه") and base.endswith(lemma[:-1] + "ت")):
            return True
    return False
