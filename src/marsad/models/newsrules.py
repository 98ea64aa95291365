"""Rules over the tagger's spans for what modern (Saudi/Gulf) news shows and ANERcorp does not.

The CRF learnt 2000s newswire: it misses the institutions and places of the Saudi press and
types the press's stock phrases as names. These rules, with the hand-written lists of
`data/ner/news.tsv` (`marsad.models.newslists`), run after the CRF and the KB layer:

- a person span that starts with «بن»/«ولد» takes the word before it, or joins the person span
  before it («حضية ولد سلامة ولد النفاع»); one that ends on «أبو»/«بن»/«عبد» takes the word after it;
- a name of two words or more found once is found again in the sentences around it, with its type;
- a span made only of a non-name (God, a currency, «خادم الحرمين الشريفين») is dropped, and
  honorifics leading a person span are cut off it («الأمير محمد بن سلمان» -> «محمد بن سلمان»);
- a listed place after «منطقة»/«محافظة»/«مدينة» that starts a person span of three words or more is
  the place, not the person's first name («أمين منطقة عسير | صالح بن عبدالله القاضي»); «ريف» tagged apart
  from the city after it is one place with it («ريف إدلب»);
- a lone demonym the model typed MISC is NORP («الألمانية»): an adjective or a people, not a name;
- an organisation head noun and its genitive chain is one ORG span, over what the model found
  inside it («غرفة تجارة جدة», «الهيئة العامة للسياحة والتراث الوطني», `newschain.org_chain`);
- listed Saudi/Gulf places and unambiguous agencies are LOC/ORG where the model found nothing;
  outlets named like common words are ORG in a dateline only («سبق - ينبع:»), and the place
  after the dash is LOC; a club named like a common word is ORG after «نادي»/«فريق» and then
  wherever the same article mentions it again alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic.normalize import normalize
from marsad.models.gazetteers import word_key
from marsad.models.newschain import org_chain
from marsad.models.newslists import NewsLists, load_news_lists, match_phrases
from marsad.models.spans import TokenSpan

RULE_CONFIDENCE = 0.8
PROPAGATED = frozenset({"PER", "ORG", "LOC", "MISC"})
WINDOW = 20  # sentences, as the stacked CRF's document memory
PATRONYMICS = frozenset({"بن", "ولد", "ابن", "بنت"})
TRAILING_LINKS = PATRONYMICS | {"ابو", "عبد", "ام"}  # words a name never ends on
DASHES = frozenset({"-", "–", "—", ":"})
CLUB_CUES = frozenset({"نادي", "فريق"})
SEAT_WORDS = frozenset({"منطقه", "محافظه", "مدينه"})  # (keys: see NewsLists.key)
COUNTRYSIDE_WORDS = frozenset({"ريف"})
REPLACEABLE = frozenset({"PER", "MISC", "LOC"})  # model types a listed name may overrule


def apply_news_rules(found: list[list[TokenSpan]], sentences: Sequence[Sequence[str]],
                     lists: NewsLists | None = None) -> list[list[TokenSpan]]:
    """The spans of each sentence of a document after the news rules (see the module doc)."""
    lists = lists or load_news_lists()
    keys = [[word_key(t) for t in tokens] for tokens in sentences]
    nkeys = [[lists.key(t) for t in tokens] for tokens in sentences]
    out = []
    for spans, tokens, k, nk in zip(found, sentences, keys, nkeys, strict=True):
        spans = _join_patronyms(spans, tokens, lists)
        spans = _clean(spans, k, nk, lists)
        spans = _split_seat(spans, nk, lists)
        spans = _join_countryside(spans, nk)
        spans = _add_listed(spans, nk, lists.places, "LOC")
        spans = _add_listed(spans, nk, lists.agencies, "ORG")
        spans = _add_chains(spans, tokens, nk, lists)
        spans = _add_datelines(spans, tokens, nk, lists)
        out.append(spans)
    out = _propagate(out, keys)
    clubs = {nk[j + 1] for tokens, nk in zip(sentences, nkeys, strict=True) for j in range(len(tokens) - 1)
             if word_key(tokens[j]) in CLUB_CUES and nk[j + 1] in lists.clubs}
    if clubs:
        out = [_add_listed(spans, nk, {(c,): "ORG" for c in clubs}, "ORG", lone=True)
               for spans, nk in zip(out, nkeys, strict=True)]
    return out


def _propagate(found: list[list[TokenSpan]], keys: list[list[str]]) -> list[list[TokenSpan]]:
    """Other mentions of a name of two words or more, within WINDOW sentences, get its type where
    nothing was found on them, or where the model gave the same words a PER/MISC/LOC type
    («نعوم شومسكي» tagged once, missed or mistyped later)."""
    names: list[tuple[int, tuple[str, ...], str]] = [
        (n, tuple(keys[n][s.start:s.end]), s.type)
        for n, spans in enumerate(found) for s in spans if s.end - s.start >= 2 and s.type in PROPAGATED]
    if not names:
        return found
    out = []
    for n, (spans, k) in enumerate(zip(found, keys, strict=True)):
        near = {key: kind for m, key, kind in names if abs(m - n) <= WINDOW}
        present = set(k)
        for key, kind in near.items():
            if key[0] not in present:
                continue  # fast path: the name's first word is not in this sentence
            for start in range(len(k) - len(key) + 1):
                if tuple(k[start:start + len(key)]) == key:
                    spans = _put(spans, kind, start, start + len(key))
        out.append(spans)
    return out


def _join_patronyms(spans: list[TokenSpan], tokens: Sequence[str], lists: NewsLists) -> list[TokenSpan]:
    """A person name does not start with «بن»/«ولد»: the word before belongs to it («حضية ولد سلامة»,
    «سلطان بن سلمان»), and a person span right before it is the same name («محمد + بن نايف»)."""
    out: list[TokenSpan] = []
    for s in spans:
        if s.type == "PER" and normalize(tokens[s.start]) in PATRONYMICS:
            prev = out[-1] if out else None
            if prev is not None and prev.type == "PER" and prev.end == s.start:
                out[-1] = TokenSpan("PER", prev.start, s.end, min(prev.confidence, s.confidence), prev.source)
                continue
            before = s.start - 1
            if (before >= 0 and (prev is None or prev.end <= before) and any(c.isalpha() for c in tokens[before])
                    and normalize(tokens[before]) not in lists.stops and lists.key(tokens[before]) not in lists.stops):
                s = TokenSpan("PER", before, s.end, s.confidence, s.source)
        out.append(s)
    return _join_trailing_links(out, tokens, lists)


def _join_trailing_links(spans: list[TokenSpan], tokens: Sequence[str], lists: NewsLists) -> list[TokenSpan]:
    """Nor does it end on «أبو»/«بن»/«عبد»: the word after belongs to it («محمد بن علي أبو | طالب»), or the
    person span after it («محمد بن + عبدالله»)."""
    out: list[TokenSpan] = []
    for n, s in enumerate(spans):
        if out and out[-1].type == "PER" and out[-1].end == s.start and s.type == "PER" \
                and normalize(tokens[s.start - 1]) in TRAILING_LINKS:
            out[-1] = TokenSpan("PER", out[-1].start, s.end, min(out[-1].confidence, s.confidence), out[-1].source)
            continue
        after = s.end
        taken = n + 1 < len(spans) and spans[n + 1].start == after
        if (s.type == "PER" and normalize(tokens[s.end - 1]) in TRAILING_LINKS and after < len(tokens) and not taken
                and tokens[after].isalpha() and normalize(tokens[after]) not in lists.stops
                and lists.key(tokens[after]) not in lists.stops):
            s = TokenSpan("PER", s.start, after + 1, s.confidence, s.source)
        out.append(s)
    return out


def _clean(spans: list[TokenSpan], keys: list[str], nkeys: list[str], lists: NewsLists) -> list[TokenSpan]:
    """Drop non-names, cut leading honorifics off PER spans, retype lone demonyms as NORP (also
    «السعودية» typed LOC after a definite noun that is no name)."""
    out = []
    for s in spans:
        if tuple(keys[s.start:s.end]) in lists.not_names:
            continue
        start = s.start
        kind = s.type
        if kind != "PER" and nkeys[start] in lists.ranks:  # «اللواء ركن حمد بن علي العطية» typed ORG
            named = next((k for k in range(start, s.end) if nkeys[k] not in lists.honorifics), s.end)
            kind = "PER" if s.end - named >= 2 else kind
        if kind == "PER":
            while start < s.end and nkeys[start] in lists.honorifics:
                start += 1
            if start == s.end:
                continue
        if kind == "MISC" and s.end - start == 1 and keys[start] in lists.demonyms:
            kind = "NORP"
        elif (kind == "LOC" and s.end - start == 1 and keys[start] in lists.demonyms and start > 0
              and nkeys[start - 1].startswith("ال") and not any(t.start < start < t.end + 1 for t in spans)):
            kind = "NORP"  # «الشركات السعودية»: the adjective, not the country
        out.append(TokenSpan(kind, start, s.end, s.confidence, s.source) if (start, kind) != (s.start, s.type) else s)
    return out


def _add_chains(spans: list[TokenSpan], tokens: Sequence[str], nkeys: list[str],
                lists: NewsLists) -> list[TokenSpan]:
    """Organisation names headed by a listed head noun; they replace the spans inside them."""
    out = list(spans)
    i = 0
    while i < len(tokens):
        chain = org_chain(tokens, nkeys, i, out, lists)
        if chain is None:
            i += 1
            continue
        kind, start, end = chain
        inside = [s for s in out if s.start >= start and s.end <= end]
        if any(s.start < end and s.end > start and s not in inside for s in out):
            i += 1
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end) and inside[0].type != "PER":
            kind = inside[0].type if inside[0].type in ("ORG", "LOC", "MISC") else kind  # the model's type wins
        confidence = max((s.confidence for s in inside), default=RULE_CONFIDENCE)
        out = sorted([s for s in out if s not in inside] + [TokenSpan(kind, start, end, confidence, "rule")],
                     key=lambda s: s.start)
        i = end
    return out


def _split_seat(spans: list[TokenSpan], nkeys: list[str], lists: NewsLists) -> list[TokenSpan]:
    """«أمين منطقة عسير صالح بن عبدالله القاضي»: a person span of three words or more that starts with a listed
    place right after «منطقة»/«محافظة»/«مدينة» is the place of the office before it, then the person."""
    out = []
    for s in spans:
        if (s.type == "PER" and s.end - s.start >= 3 and s.start > 0 and nkeys[s.start - 1] in SEAT_WORDS
                and (nkeys[s.start],) in lists.places):
            out.append(TokenSpan("LOC", s.start, s.start + 1, s.confidence, "rule"))
            out.append(TokenSpan("PER", s.start + 1, s.end, s.confidence, s.source))
        else:
            out.append(s)
    return out


def _join_countryside(spans: list[TokenSpan], nkeys: list[str]) -> list[TokenSpan]:
    """«ريف | إدلب»: the countryside word the model tagged apart and the city after it are one place."""
    out: list[TokenSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "LOC" and s.type == "LOC" and prev.end == s.start
                and prev.end - prev.start == 1 and nkeys[prev.start] in COUNTRYSIDE_WORDS):
            out[-1] = TokenSpan("LOC", prev.start, s.end, min(prev.confidence, s.confidence), s.source)
        else:
            out.append(s)
    return out


def _add_listed(spans: list[TokenSpan], nkeys: list[str], phrases: dict[tuple[str, ...], str], kind: str,
                lone: bool = False) -> list[TokenSpan]:
    """Listed phrases become `kind` spans where nothing overlaps them, or overrule the model's type
    on the same span. `lone`: only where the word stands alone (not the genitive of a noun before it)."""
    out = list(spans)
    for start, end in match_phrases(nkeys, phrases):
        if lone and start > 0 and not nkeys[start - 1].startswith("ال") and nkeys[start - 1].endswith("ه"):
            continue  # «رعاية الشباب»: the genitive of a noun, not the club
        out = _put(out, kind, start, end)
    return out


def _put(spans: list[TokenSpan], kind: str, start: int, end: int) -> list[TokenSpan]:
    """Add a rule span where nothing overlaps it, or overrule the model's type on the same span."""
    same = [s for s in spans if (s.start, s.end) == (start, end)]
    if same and same[0].type in REPLACEABLE and same[0].type != kind:
        return [TokenSpan(kind, start, end, s.confidence, s.source) if s is same[0] else s for s in spans]
    if any(s.start < end and s.end > start for s in spans):
        return spans
    return sorted([*spans, TokenSpan(kind, start, end, RULE_CONFIDENCE, "rule")], key=lambda s: s.start)


def _add_datelines(spans: list[TokenSpan], tokens: Sequence[str], nkeys: list[str],
                   lists: NewsLists) -> list[TokenSpan]:
    """«سبق - ينبع:», «(بنا)»: an outlet before a dash or in brackets is ORG; the one or two
    words between its dash and a colon are the place of the dateline."""
    out = list(spans)
    for start, end in match_phrases(nkeys, lists.datelines) + match_phrases(nkeys, lists.agencies):
        dash = end < len(tokens) and tokens[end] in DASHES
        bracket = 0 < start and tokens[start - 1] == "(" and end < len(tokens) and tokens[end] == ")"
        if not (dash or bracket):
            continue
        out = _put(out, "ORG", start, end)
        colon = next((j for j in range(end + 2, min(end + 4, len(tokens))) if tokens[j] == ":"), None)
        if dash and tokens[end] != ":" and colon is not None:
            out = _put(out, "LOC", end + 1, colon)
    return out
