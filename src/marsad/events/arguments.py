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

from marsad.arabic.clitics import candidate_stems
from marsad.document import Token
from marsad.events import clauses
from marsad.events.cues import (
    HONORIFICS,
    LIGHT_VERBS,
    LOCATION_PREPS,
    PASSIVE_AUX,
    PREPOSITIONS,
    PUNCT_BOUNDARY,
    RECEIVE_VERBS,
    RECIPIENT_PREPS,
    SOFT_BOUNDARY,
    SUBJECT_ADJECTIVES,
    TIME_WORDS,
    TITLE_WORDS,
    VICTIM_WORDS,
)
from marsad.events.names import NOT_NAMES
from marsad.events.sentence import QUOTES, Mention, SentenceView, is_title_like, stem_of, stems_of
from marsad.events.triggers import TriggerMatch

# Verbal nouns whose genitive is the one the action is done to (اعتقال المتهمين = the arrest OF them).
PATIENT_GENITIVE = frozenset({
    "اعتقال", "اغتيال", "استهداف", "قصف", "اقتحام", "احتجاز", "ترحيل", "مصادره", "استقبال", "اختطاف",
    "تعذيب", "مداهمه", "افراج", "ضبط", "توقيف", "تفجير",
})
# Types whose verb takes a direct object that is the recipient (a place included: زار أنقرة).
TRANSITIVE_TYPES = frozenset({"CONSULT", "ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SUPPORT", "SANCTION",
                              "REJECT", "REQUEST", "AID"})
# Types whose verbal noun takes «لـ X» for the receiver, not the agent (مساعدات للاجئين).
# Types whose object may be a plain noun phrase (اعتقلت الشرطة خمسة أشخاص): people done things to.
BARE_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE"})
THING_MODES = frozenset({"ban", "censor", "seize", "curfew"})  # their object is a thing, not a participant
RECEIVER_L_TYPES = frozenset({"AID", "SUPPORT", "REQUEST", "THREATEN", "ACCUSE"})
SYMMETRIC_MODES = frozenset({"meet", "discuss", "mediate"})
SYMMETRIC_TYPES = frozenset({"AGREE", "COOPERATE"})
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "PROTEST", "MOBILIZE"})
PREMISES = frozenset({"مقر", "قصر", "مبني", "ديوان", "مكتب"})
REPEL_VERBS = frozenset({"صد", "صدت", "صدوا", "تصدي", "تصدت", "احبط", "احبطت", "احبطوا", "افشل", "افشلت"})
MAX_BARE_OBJECT = 3
VERB_WINDOW = 24
MAX_LOOSE = 2
VICTIM_WINDOW = 16
CAUSE_WORDS = frozenset({"في", "اثر", "جراء", "بسبب", "عقب", "خلال", "نتيجه", "بعد"})
RELATIVE_WINDOW = 9
RELATIVE_NEAR = 3
PATIENT_GAP = 6
ADVERBIAL_HEADS = frozenset({"بشكل", "بصوره", "بطريقه", "بكثافه"})
FIGHT_WINDOW = 8
FIGHT_NOUNS = frozenset({"اشتباك", "مواجهات", "معركه", "قتال"})
AGENT_HEADS = frozenset({"قوات", "طايرات", "طيران", "جيش", "الجيش", "الشرطه", "التحالف", "ميليشيات", "ميليشيا",
                         "مليشيات", "مليشيا",
                         "مسلحي", "مسلحين", "مسلحون", "مقاتلي", "مقاتلو", "عناصر"})


@dataclass
class Arguments:
    """The participants found for one trigger; `recipients` holds one group per event to emit."""

    actor: list[Mention] = field(default_factory=list)
    recipients: list[list[Mention]] = field(default_factory=list)
    location: Mention | None = None
    passive: bool = False
    event_subject: bool = False  # the subject is a noun naming the same event («الغارة استهدفت X»)
    inferred: bool = False  # the actor is not said in the clause (shared subject, pronoun, speaker)


def find_arguments(tokens: list[Token], view: SentenceView, trig: TriggerMatch, bounds: tuple[int, int],
                   chain_actor: list[Mention], pronoun: Mention | None, agreement: str = "") -> Arguments:
    """Participants of `trig`; `bounds` = (previous trigger token, next trigger token) of the sentence.

    `agreement`: "f" for a feminine singular verb form, "p" when the form carries its own (plural or
    dual) subject suffix, "" otherwise.
    """
    after = clauses.after(tokens, view, trig.token, bounds[1])
    obj = trig.sense.constraint("obj")
    if obj:  # «حملت X مسؤولية استشهاد الرضيع»: nouns after the object word are its complements
        at = next((k for k in range(trig.token + 1, view.hi) if set(stems_of(tokens[k].norm)) & set(obj)), view.hi)
        after = [m for m in after if m.last < at or m.first <= at <= m.last or m.prep is not None]
    before = clauses.before(tokens, view, trig.token, bounds[0])
    chain = before.anchor if before.subordinate else chain_actor
    args = Arguments()
    direct = clauses.groups([m for m in after if m.prep is None])
    before_subject = next(reversed(clauses.groups([m for m in before.mentions if m.prep is None])), [])
    anchored = not before_subject and bool(before.anchor) and "o" not in agreement
    if anchored:
        before_subject = before.anchor
    if trig.sense.kind == "V":
        _verb_roles(args, tokens, view, trig, direct, before_subject, chain, pronoun, agreement)
        pronominal = anchored and not before.relative and args.actor is before_subject
        args.inferred = bool(args.actor) and (args.actor is chain_actor or pronominal)
        if trig.sense.constraint("intransitive") is not None:
            args.recipients = []  # «انفجرت عبوة ناسفة»: what follows is the bomb, not its target
        elif (pronoun is None and "o" not in agreement and trig.sense.type in BARE_OBJECT_TYPES
                and trig.sense.mode not in THING_MODES and trig.sense.constraint("obj") is None):
            bare = _bare_object(tokens, view, trig, args.actor)
            if bare is not None:  # plain words in the object position come before any later noun
                args.recipients = [[bare]]
    else:
        _noun_roles(args, tokens, view, trig, after, direct, pronoun, chain)
        if not args.actor and before.anchor:  # «أوضح الدخيل أنه تم خلال الاجتماع مع ...»
            args.actor, args.inferred = before.anchor, True
    _obliques(args, tokens, view, trig, after)
    taken = {id(m) for g in (args.actor, *args.recipients) for m in g}
    places = [m for m in after + [m for m in before.mentions if m.prep is not None]
              if m.is_place and m.prep in LOCATION_PREPS and id(m) not in taken]
    args.location = places[0] if places else None
    if args.location is None and (trig.sense.mode == "visit" or trig.sense.type in PLACE_TARGET_TYPES):
        args.location = next((m for g in args.recipients for m in g if m.is_place), None)
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
        args.actor, objects = before_subject or chain_actor, direct
    elif len(direct) >= 2 and direct[1][0].coord is None and _apposed(tokens, view, direct[0], direct[1]):
        args.actor, objects = direct[1], direct[2:]  # «أدان سفير X لدى تونس عبدالعزيز الداود التفجير»
    elif len(direct) >= 2 and direct[1][0].coord is None:  # V S O
        args.actor, objects = direct[0], direct[1:]
    elif direct:  # one noun phrase (or a list joined by و/ثم): subject or object?
        fresh = not trig.clitics.startswith(("و", "ف"))
        asked = trig.sense.type == "REQUEST" and _complement_follows(tokens, view, direct[0][-1])
        asked = asked or _counterpart(tokens, view, direct[0][0])  # «وسيلتقي نظيره المصري سامح شكري»
        man = all(m.entity is not None and m.entity.type == "PER" for m in direct[0])
        if before_subject:
            args.actor, objects = before_subject, direct
        elif chain_actor and (fresh or _is_object(trig, direct[0])):
            args.actor, objects = chain_actor, direct
        elif asked:  # «وطالب الحكومة بالتوقف»: whom is asked comes before what is asked
            objects = direct
        elif "f" in agreement and man and trig.sense.type in TRANSITIVE_TYPES:
            objects = direct  # استهدفت الغارة ... / اعتقلت X: a feminine verb does not have a man as subject
        else:
            args.actor, objects = direct[0], direct[1:]
    else:
        args.actor = before_subject or chain_actor
    args.recipients = _split_sequence(objects)


def _apposed(tokens: list[Token], view: SentenceView, first: list[Mention], second: list[Mention]) -> bool:
    """A person's name right after the noun phrase of their title (titles, places, «لدى تونس» between)."""
    a, b = first[-1], second[0]
    if b.entity is None or b.entity.type != "PER" and not b.name:
        return False
    if a.name or a.entity is not None and a.entity.type == "PER":
        return False  # two people: subject and object
    inside = {k for m in view.mentions for k in range(m.first, m.last + 1)}
    return all(k in inside or is_title_like(tokens[k]) or tokens[k].norm in ("لدي", "في") for k in range(a.last + 1, b.first))


def _counterpart(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    """A name introduced as someone's counterpart (نظيره، نظيرها): the object of a meeting verb."""
    for k in range(m.first - 1, max(view.lo - 1, m.first - 4), -1):
        if tokens[k].norm.startswith(("نظير", "ونظير")):
            return tokens[k].norm.endswith(("ه", "ها", "هم"))
        if not is_title_like(tokens[k]):
            return False
    return False


def _complement_follows(tokens: list[Token], view: SentenceView, m: Mention) -> bool:
    """A بـ/إلى phrase right after a noun phrase: what it is asked to do («الحكومة بضرورة»، «مقاتليه إلى»)."""
    k = m.last + 1
    if k >= view.hi:
        return False
    nxt = tokens[k]
    return nxt.norm in ("الي", "ب") or any(w.kind == "proclitic" and w.text == "ب" for w in nxt.words)


def _noun_roles(args: Arguments, tokens: list[Token], view: SentenceView, trig: TriggerMatch,
                after: list[Mention], direct: list[list[Mention]], pronoun: Mention | None,
                chain: list[Mention]) -> None:
    prev = [stem_of(tokens[k]) for k in range(max(view.lo, trig.token - 2), trig.token)]
    args.passive = any(p in PASSIVE_AUX for p in prev)
    definite = trig.clitics.endswith(("ال", "لل"))  # الهجوم: a definite noun takes no genitive
    genitive = [] if pronoun is not None or definite else (
        direct[0] if direct and clauses.close(tokens, view, trig.token, direct[0][0]) else [])
    lam_first = [m for m in after if m.prep == "ل" and not m.is_place and clauses.close(tokens, view, trig.token, m, 1)]
    lam = clauses.groups(after[after.index(lam_first[0]):])[0] if lam_first else []

    receiver_l = trig.sense.type in RECEIVER_L_TYPES
    light = _verb_before(tokens, view, trig, LIGHT_VERBS, chain)
    repel = _verb_before(tokens, view, trig, REPEL_VERBS, fallback=False)
    received = _verb_before(tokens, view, trig, RECEIVE_VERBS)
    if received:  # «تلقى X اتصالا من Y»: Y called X
        args.actor = [m for m in after if m.prep == "من"][:1]
        args.recipients = [received]
        return
    if not args.passive and trig.sense.lemma in PATIENT_GENITIVE and pronoun is not None and lam:
        args.actor, args.recipients = [pronoun], [lam]  # «استهدافهم للمدنيين»: their targeting of civilians
        return
    if genitive and trig.sense.lemma in PATIENT_GENITIVE and not args.passive and _agentive(tokens, genitive[0]):
        args.actor = genitive  # «قصف طائرات التحالف ... مواقع التنظيم»: armed forces do, they are not done to
        later = [g for g in direct[1:] if g[0].first - genitive[-1].last <= PATIENT_GAP]
        args.recipients = later[:1]
        return
    if args.passive or trig.sense.lemma in PATIENT_GENITIVE:
        patient = [pronoun] if pronoun is not None else genitive
        nxt = tokens[trig.token + 1].norm if trig.token + 1 < view.hi else ""
        if not patient and trig.sense.type == "COERCE" and nxt == "علي":
            bare = _bare_object(tokens, view, trig, [])  # «القبض على مشتبه بهما»
            patient = [bare] if bare is not None else []
        if not patient and not definite and trig.sense.lemma in PATIENT_GENITIVE:
            bare = _bare_object(tokens, view, trig, []) if nxt.startswith("ال") or nxt[:1].isdigit() else None
            patient = [bare] if bare is not None else []
        args.recipients = [patient] if patient else []
        by = [m for m in after if m.prep == "من" and not m.is_place][:1]
        args.actor = (by or light or _host_by_premises(tokens, trig, view.mentions_between(trig.token + 1, view.hi))
                      or _relative_agent(tokens, view, trig))
        return
    args.actor = (genitive or ([] if receiver_l else lam) or light or ([pronoun] if pronoun is not None else [])
                  or _relative_agent(tokens, view, trig))
    victims = _victims(tokens, view, trig) if trig.sense.type == "ASSAULT" else []
    if repel:
        args.recipients = [repel]
    elif victims:
        args.recipients = [victims]
    elif genitive and len(direct) >= 2 and direct[1][0].first - genitive[-1].last <= 2:
        args.recipients = [direct[1]]
    elif receiver_l and lam:
        args.recipients = [lam]
    if not args.actor and trig.sense.type == "ASSAULT" and trig.sense.lemma in FIGHT_NOUNS:
        against = [m for m in after if m.prep in ("مع", "ضد")][:1]
        side = [m for m in view.mentions_between(max(view.lo, trig.token - FIGHT_WINDOW), trig.token) if m.prep is None]
        if against and side:  # «انسحاب القوات العراقية على خلفية اشتباكات مع داعش»
            args.actor, args.recipients = side[-1:], [against]
    between = [m for m in after if m.prep == "بين" and clauses.close(tokens, view, trig.token, m)]
    if not args.actor and between:
        side = clauses.groups(after[after.index(between[0]):])[0]
        args.actor, args.recipients = side[:1], [side[1:]] if len(side) > 1 else args.recipients


def _modifies_participant(tokens: list[Token], view: SentenceView, trig: TriggerMatch, m: Mention) -> bool:
    """«المقاومة الشعبية الموالية للرئيس هادي»: a لـ phrase after a participant (and its adjectives) is part of it."""
    if m.prep != "ل" or trig.sense.type == "CONSULT":
        return False
    k = m.first - 1
    while k > trig.token and (is_title_like(tokens[k]) or tokens[k].text in QUOTES):
        k -= 1
    return k > trig.token and any(t.first <= k <= t.last and t.first > trig.token for t in view.mentions)


def _victims(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """«قتل جندي تركي ... في هجوم شنه مسلحون»، «بمقتل 52 داعشيا ... في غارات»: who was hit by the attack
    the noun names, told before it (a mention, or the plain words after the killing word)."""
    cause = trig.clitics.endswith("ب") or (trig.token - 1 >= view.lo and tokens[trig.token - 1].norm in CAUSE_WORDS)
    if not cause:
        return []
    for k in range(trig.token - 2, max(view.lo - 1, trig.token - VICTIM_WINDOW), -1):
        if tokens[k].norm in PUNCT_BOUNDARY and tokens[k].norm not in SOFT_BOUNDARY:
            return []
        if stem_of(tokens[k]) in VICTIM_WORDS or tokens[k].norm in VICTIM_WORDS:
            named = [m for m in view.mentions_between(k + 1, min(trig.token, k + 7)) if not m.title_only]
            if named:
                return named[:1]
            bare = _plain_words(tokens, view, k + 1)
            return [bare] if bare is not None else []
    return []


def _attached_elsewhere(tokens: list[Token], view: SentenceView, trig: TriggerMatch, m: Mention) -> bool:
    """A prepositional phrase right after a plain noun belongs to that noun («السيطرة على مدينة عدن»)."""
    k = m.first - 1
    while k > trig.token and (is_title_like(tokens[k]) or tokens[k].text in QUOTES):
        k -= 1
    if k > trig.token and tokens[k].norm in PREPOSITIONS | {"من قبل"}:
        k -= 1
    while k > trig.token and tokens[k].norm in SOFT_BOUNDARY:
        k -= 1
    if k <= trig.token or any(t.first <= k <= t.last for t in view.mentions):
        return False
    if set(candidate_stems(tokens[k].norm)) & set(trig.sense.constraint("obj") or ()):
        return False  # «استدعت سفيرها لدى إيران»: the object named by the trigger's sense is part of it
    return not (is_title_like(tokens[k]) or tokens[k].norm in TIME_WORDS or tokens[k].norm == "قبل")


def _agentive(tokens: list[Token], m: Mention) -> bool:
    """An armed force or an organisation: the doer when it is the genitive of قصف، استهداف ..."""
    if m.entity is not None:
        return m.entity.type in ("ORG", "NORP")
    return stem_of(tokens[m.first]) in AGENT_HEADS or tokens[m.first].norm in AGENT_HEADS


def _obliques(args: Arguments, tokens: list[Token], view: SentenceView, trig: TriggerMatch,
              after: list[Mention]) -> None:
    """Recipients introduced by a preposition (مع، على، إلى، ضد، بـ + a person ...)."""
    if not args.actor:
        return
    if trig.sense.type in ("ACCUSE", "REJECT") and not args.recipients:
        by = [m for m in after if m.prep == "من قبل"]  # «أدانت ... التصريحات من قبل المسؤولين الإيرانيين»
        if by:
            args.recipients = [by[:1]]
            return
    taken = {id(m) for g in (args.actor, *args.recipients) for m in g}
    extra = [m for m in after if m.prep in RECIPIENT_PREPS and id(m) not in taken
             and not _attached_elsewhere(tokens, view, trig, m) and not _modifies_participant(tokens, view, trig, m)
             and not (m.prep == "ب" and m.is_place)
             and (m.prep != "ل" or not m.is_place or trig.sense.type == "CONSULT")]
    if not extra:
        return
    if args.recipients and any(m.entity is not None or m.name for g in args.recipients for m in g):
        args.recipients[-1].extend(m for m in extra if m.coord != "ثم")
    else:
        args.recipients = clauses.groups(extra)


def _is_object(trig: TriggerMatch, group: list[Mention]) -> bool:
    return trig.sense.type in TRANSITIVE_TYPES and all(m.is_place or m.entity is None for m in group)


def _verb_before(tokens: list[Token], view: SentenceView, trig: TriggerMatch, verbs: frozenset[str],
                 chain: list[Mention] | None = None, fallback: bool = True) -> list[Mention]:
    """The subject of a verb of `verbs` just before the noun: after it (VSO) or before it (SVO)."""
    for k in range(trig.token - 1, max(view.lo - 1, trig.token - VERB_WINDOW), -1):
        if tokens[k].norm in PUNCT_BOUNDARY and tokens[k].norm not in SOFT_BOUNDARY:
            return []
        if verbs & verb_bases(tokens[k]):
            inside = {j for m in view.mentions if k < m.first and m.last < trig.token for j in range(m.first, m.last + 1)}
            loose = [j for j in range(k + 1, trig.token) if j not in inside and tokens[j].norm not in TIME_WORDS
                     and not is_title_like(tokens[j]) and tokens[j].norm not in SOFT_BOUNDARY
                     and tokens[j].norm not in HONORIFICS and tokens[j].norm not in ("قد", "ب")]
            if len(loose) > MAX_LOOSE:  # the verb governs something else («تبنى المجلس قرارا يصادق على الاتفاق»)
                return []
            subject = [m for m in view.mentions_between(k + 1, trig.token) if m.prep is None]
            if subject:
                return clauses.groups(subject)[0]
            if not fallback:
                return []
            if chain:  # «سيزور الجبير موسكو يجري خلالها مباحثات»: the same subject goes on
                return chain
            earlier = clauses.before(tokens, view, k, view.lo - 1).mentions
            bare = [m for m in earlier if m.prep is None]
            return clauses.groups(bare)[-1] if bare else []
    return []


def _relative_agent(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> list[Mention]:
    """«عملية التفجير التي نفذها تنظيم داعش»: the subject of a light verb in a relative clause on the noun."""
    for k in range(trig.token + 1, min(view.hi - 1, trig.token + RELATIVE_WINDOW)):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY or (norm in clauses.RELATIVES and k - trig.token > RELATIVE_NEAR):
            return []
        verb = tokens[k + 1].norm if norm in clauses.RELATIVES else norm
        bare = next((verb[: -len(p)] for p in ("ها", "ه", "هم") if verb.endswith(p)), verb)
        if (norm in clauses.RELATIVES or bare != verb) and (bare in LIGHT_VERBS or verb in LIGHT_VERBS):
            at = k + 2 if norm in clauses.RELATIVES else k + 1  # «التي نفذها X» or «... نفذه X»
            subject = [m for m in view.mentions_between(at, min(view.hi, at + 4)) if m.prep is None]
            return clauses.groups(subject)[0] if subject else []
    return []


def verb_bases(token: Token) -> set[str]:
    """The token and its stems without person prefix or subject suffix (شنوا -> شن، ينفذ -> نفذ)."""
    forms = {token.norm, stem_of(token)}
    bare = {f[: -len(x)] for f in forms for x in ("وا", "ون", "ان", "ت", "ا") if f.endswith(x) and len(f) - len(x) >= 2}
    forms |= bare
    return forms | {f[1:] for f in forms if f[:1] in "يتن" and len(f) >= 4}


def _host_by_premises(tokens: list[Token], trig: TriggerMatch, after: list[Mention]) -> list[Mention]:
    """«تم استقباله في مقر رئاسة القوات البرية»: who hosts is whose premises the guest was received in."""
    if trig.sense.mode != "host":
        return []
    for m in after:
        premises = any(k > trig.token and stem_of(tokens[k]) in PREMISES for k in (m.first - 1, m.first - 2))
        if premises and m.prep is None and (not m.is_place or m.entity is not None and m.entity.type == "ORG"):
            return [m]
    return []


def _bare_object(tokens: list[Token], view: SentenceView, trig: TriggerMatch, actor: list[Mention]) -> Mention | None:
    """The first plain words after a transitive trigger (and its subject), as an unnamed participant."""
    start = trig.token + 1
    if actor and actor[-1].first > trig.token:
        start = actor[-1].last + 1
    while start < view.hi and (tokens[start].norm in TIME_WORDS or tokens[start].norm in ADVERBIAL_HEADS):
        start += 2 if tokens[start].norm in ADVERBIAL_HEADS else 1  # «بشكل مكثف»
    if start < view.hi and tokens[start].norm == "علي" and trig.sense.type == "COERCE":
        start += 1  # «قبضت على X»
    return _plain_words(tokens, view, start)


def _pronoun_preposition(norm: str) -> bool:
    """عنده، عليه، منها، لديهم: a preposition with a pronoun."""
    return any(norm.endswith(p) and norm[: -len(p)] in PREPOSITIONS | {"عند", "لدي", "من", "عن", "علي", "في", "ل", "ب"}
               for p in ("ها", "ه", "هم", "هما"))


def _plain_words(tokens: list[Token], view: SentenceView, start: int) -> Mention | None:
    """Up to three plain words from `start` (no name, title, preposition or function word) as a mention."""
    if (start >= view.hi or any(m.first <= start <= m.last for m in view.mentions)
            or stem_of(tokens[start]) in TITLE_WORDS
            or tokens[start].norm in SUBJECT_ADJECTIVES or _pronoun_preposition(tokens[start].norm)):
        return None  # a name, a title or place word before one («مدينة صعدة»), an adjective of the subject
    end = start
    while end < view.hi and end - start < MAX_BARE_OBJECT:
        tok = tokens[end]
        norm = tok.norm
        clitic = any(w.kind == "proclitic" and w.text in ("ب", "ل", "ك") for w in tok.words)
        plain = (norm.isalnum() and norm not in PREPOSITIONS and norm not in NOT_NAMES and not clitic
                 and norm not in TIME_WORDS and norm not in clauses.RELATIVES)
        if not plain or (end > start and norm.startswith("و")) or any(m.first == end for m in view.mentions):
            break
        end += 1
    if end == start:
        return None
    first, last = tokens[start], tokens[end - 1]
    a, b = first.start - view.span.start, last.end - view.span.start
    text = view.span.text[a:b] if view.span.text else " ".join(tokens[k].text for k in range(start, end))
    return Mention(start, end - 1, first.start, last.end, text)


def _split_sequence(objects: list[list[Mention]]) -> list[list[Mention]]:
    """Object groups: a group introduced by ثم is a separate event, anything else joins the first."""
    out: list[list[Mention]] = []
    for group in objects:
        if not out or group[0].coord == "ثم":
            out.append(list(group))
        else:
            out[-1].extend(group)
    return out
