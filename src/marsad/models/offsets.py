"""Where a name starts inside its first token: clitics glued to a name are not part of it."""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.clitics import split_proclitics
from marsad.arabic.normalize import normalize_with_map

MIN_REST = 3  # fewest letters a name keeps once a bare clitic is cut off


def clitic_prefix_length(token: str, known: Callable[[str], bool],
                         is_name: Callable[[str], bool] = lambda _: False) -> int:
    """How many characters of `token` are conjunction/preposition clitics before a name.

    `is_name`: the normalized word is a listed name (gazetteer); `known`: a word of the
    training data. A listed name is never cut («كاليفورنيا», «بنغازي», «فيصل»). The article
    stays with the name; in «للجيش» (ل + الجيش, the article's alef dropped) only the preposition
    goes, leaving «لجيش», the closest the text allows. Before a word without the article, a
    clitic goes when what remains (3 letters or more) is a listed name; و/ف also when what
    remains is a known word; و also when neither is known and 4 letters or more remain (ف
    not: foreign names often start with it, «فيفا», «فيورنتينا»); ب/ل/ك when the remainder
    is known and the whole is not. After a conjunction, a preposition is cut only when the word
    without the conjunction is not itself a listed or known word («ولجنة» → «لجنة», not «جنة»).
    """
    norm, index = normalize_with_map(token)
    if is_name(norm):
        return 0
    split = split_proclitics(norm)
    n = 0
    if "ال" in split.proclitics:
        n = sum(len(p) for p in split.proclitics[: split.proclitics.index("ال")])
    elif split.proclitics[-2:] == ("ل", "ل"):
        n = sum(len(p) for p in split.proclitics[:-1])
    else:
        whole_known = known(norm)
        for head in _bare_heads(norm):
            rest = norm[len(head):]
            if len(rest) < MIN_REST:
                continue  # «واس», «فيفا»: a two-letter remainder is rarely the name
            if len(head) == 2 and (is_name(norm[1:]) or (known(norm[1:]) and not is_name(rest))):
                continue  # «ولجنة», «ولبنان»: only the conjunction goes when the rest is itself a word or name
            conjunction = head in ("و", "ف")
            if (is_name(rest) or (conjunction and known(rest)) or (not whole_known and known(rest))
                    or (head == "و" and not whole_known and len(rest) >= 4)):
                n = len(head)
                break
    return index[n] if 0 < n < len(norm) else 0


def _bare_heads(norm: str) -> list[str]:
    """Conjunction/preposition combinations the word starts with, longest first."""
    heads = []
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ل", "ك"):
            head = conj + prep
            if head and norm.startswith(head) and len(norm) - len(head) >= 2:
                heads.append(head)
    return sorted(heads, key=len, reverse=True)
