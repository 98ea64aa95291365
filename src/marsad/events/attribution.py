"""Who reports or claims an event: «وفق المجلة»، «بحسب وكالة»، «نقلا عن»، «كشفت مجلة X»، «قال X».

The sources of a sentence are the mentions that follow an according-to word or a reporting
verb. When two are chained («وفق تقرير المجلة ترجمته بوابة الوسط») both are kept, the original
source first. A source must not be the event's own trigger clause: only cues outside the
trigger's own words count, before the trigger or at the end of the sentence («، وفق المجلة»).
"""

from __future__ import annotations

from marsad.document import Token
from marsad.events.cues import ACCORDING_TO, COMPLEMENTIZERS, PUNCT_BOUNDARY, REPORTING_VERBS
from marsad.events.sentence import Mention, SentenceView, stem_of, without_conjunction

SOURCE_WINDOW = 6
# The preposition an according-to word takes before its source: «وفقا لـ X»، «نقلا عن X»، «استنادا إلى X».
CUE_PREPOSITIONS = {"وفقا": "ل", "طبقا": "ل", "نقلا": "عن", "استنادا": "الي"}


def sources(tokens: list[Token], view: SentenceView, trigger_token: int) -> list[Mention]:
    """The attribution chain of an event whose trigger is at `trigger_token`."""
    chain: list[Mention] = []
    for k in range(view.lo, view.hi):
        if k == trigger_token:
            continue
        stem = stem_of(tokens[k])
        according = stem in ACCORDING_TO or tokens[k].norm in ACCORDING_TO
        reporting = tokens[k].norm in REPORTING_VERBS or stem in REPORTING_VERBS
        if not according and not (reporting and k < trigger_token):
            continue
        for m in _following(tokens, view, k):
            if all(m.start != c.start for c in chain) and not (m.first <= trigger_token <= m.last):
                chain.append(m)
    return chain


def _following(tokens: list[Token], view: SentenceView, k: int) -> list[Mention]:
    """The mention(s) a cue at token k introduces: the first within a few words, and one chained to it."""
    out: list[Mention] = []
    stop = min(view.hi, k + 1 + SOURCE_WINDOW)
    for m in view.mentions_between(k + 1, view.hi):
        gap = [tokens[j].norm for j in range(k + 1, m.first)]
        if m.first >= stop or any(g in PUNCT_BOUNDARY or g in COMPLEMENTIZERS for g in gap):
            break  # «ذكر أن X ...»: X is in what was said, not who said it
        cue = tokens[k].norm if tokens[k].norm in ACCORDING_TO else without_conjunction(tokens[k].norm)  # «ووفقا»
        if m.prep is not None and m.prep not in (CUE_PREPOSITIONS.get(cue), CUE_PREPOSITIONS.get(stem_of(tokens[k]))):
            break  # «بحسب سكاي نيوز مواقع للمقاومة»: a noun with a preposition of its own is not the source
        out.append(m)
        if len(out) == 1:
            nxt = m.last + 1
            if nxt < view.hi and (tokens[nxt].norm in REPORTING_VERBS or stem_of(tokens[nxt]) in REPORTING_VERBS):
                stop = min(view.hi, nxt + 1 + SOURCE_WINDOW)
                k = nxt
                continue
        break
    return out
