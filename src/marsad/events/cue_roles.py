"""Participants named through one cue word of the sentence rather than its order: the dead forces announced
(«الجيش يعلن مقتل 88 إرهابيا»), who suffered an attack («تعرض X لهجوم»), what a threat would fall on («هدد X
باستهداف Y»), whom a release frees («أفرج عن X»), the crowd that protests («تجمع المئات»). Used by
`marsad.events.arguments`.
"""

from __future__ import annotations

from marsad.document import Token
from marsad.events.constructions import plain_words
from marsad.events.cues import PUNCT_BOUNDARY
from marsad.events.sentence import Mention, SentenceView, stems_of
from marsad.events.triggers import TriggerMatch

SUFFER_VERBS = frozenset({"تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون"})
ENEMY_WORDS = frozenset({"ارهابي", "ارهابيا", "ارهابيين", "ارهابيون", "مسلح", "مسلحا", "مسلحين", "مسلحون", "متشدد",
                         "متشددا", "متشددين", "تكفيري", "تكفيريا", "تكفيريين", "انتحاري", "انتحاريا", "انتحاريين"})
ANNOUNCE_VERBS = frozenset({"اعلن", "اعلنت", "يعلن", "تعلن", "اكد", "اكدت", "يوكد", "توكد"})


def enemy_dead(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> bool:
    """The dead are the armed enemy («مقتل 88 إرهابيا»، «مقتل 12 مسلحا»), not the announcer's own men, and an
    announcement verb comes right before: forces announcing such deaths are who killed them."""
    dead = any(stems_of(tokens[k].norm)[-1] in ENEMY_WORDS or tokens[k].norm in ENEMY_WORDS
               for k in range(trig.token + 1, min(view.hi, trig.token + 4)))
    announced = any(ANNOUNCE_VERBS & {tokens[k].norm, tokens[k].norm[1:]} for k in range(max(view.lo, trig.token - 4), trig.token))
    return dead and announced


def suffered_plain(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """The plain words after «تعرض» right before «لهجوم»: «تعرض موكب محافظ عدن لهجوم»."""
    for k in range(trig.token - 1, max(view.lo - 1, trig.token - 6), -1):
        if SUFFER_VERBS & {tokens[k].norm, tokens[k].norm[1:]}:
            return plain_words(tokens, view, k + 1)
    return None


def after_word(tokens: list[Token], view: SentenceView, trig: TriggerMatch, word: str) -> Mention | None:
    """The mention or plain words right after `word` within a few words of the trigger."""
    at = next((k for k in range(trig.token + 1, min(view.hi, trig.token + 6)) if tokens[k].norm == word), None)
    if at is None:
        return None
    return next((m for m in view.mentions if m.first == at + 1 and not m.title_only), None) or plain_words(
        tokens, view, at + 1, title=True)


def threatened_target(tokens: list[Token], view: SentenceView, trig: TriggerMatch) -> Mention | None:
    """«هدد X باستهداف Y»، «توعد بضرب Y»: what the threatened act would fall on."""
    for k in range(trig.token + 1, min(view.hi, trig.token + 5)):
        norm = tokens[k].norm
        if norm in PUNCT_BOUNDARY:
            return None
        if norm.startswith("ب") and len(norm) >= 5 and k + 1 < view.hi:
            named = next((m for m in view.mentions if m.first == k + 1 and not m.title_only), None)
            return named or plain_words(tokens, view, k + 1)
    return None


def crowd_subject(tokens: list[Token], view: SentenceView, trig: TriggerMatch, actor: list[Mention]) -> Mention | None:
    """The plain words right after a protest verb when the subject found is further on («تجمع المئات»)."""
    if actor and actor[0].first <= trig.token + 1:
        return None
    return plain_words(tokens, view, trig.token + 1)
