"""References resolved to the entity they stand for, when the text makes it clear.

Titles: a noun phrase such as «وزير الدفاع التركي» or «المجلة» stands for the entity that the
same title introduced earlier in the article («وزير الدفاع التركي يشار غولر»، «مجلة جون أفريك»),
when exactly one entity was so introduced. Pronoun suffixes (زيارته، استقباله) stand for the
latest actor of an earlier event, or failing that the latest person named before them.
"""

from __future__ import annotations

from marsad.document import Document, Entity, Token
from marsad.events.cues import ACTING_BODIES, SOFT_BOUNDARY
from marsad.events.sentence import Mention, SentenceView, is_title_like, office_word, stem_of

MAX_TITLE = 5
TITLED_TYPES = frozenset({"PER", "ORG", "NORP"})
HEAD_WORDS = frozenset({"وزاره", "مجله", "صحيفه", "وكاله", "هييه", "منظمه", "لجنه", "مجلس", "جمعيه", "شركه"})


class TitleIndex:
    """Title phrase (normalized, clitics and article off) -> entities it introduced in the article."""

    def __init__(self, doc: Document, views: list[SentenceView]) -> None:
        self.index: dict[str, dict[str, Entity]] = {}
        tokens = doc.tokens
        for view in views:
            for m in view.mentions:
                if m.entity is None or m.title_only or m.entity.type not in TITLED_TYPES or m.prep in ("ب", "ل"):
                    continue
                words: list[str] = []
                k = m.first - 1
                while k >= view.lo and len(words) < MAX_TITLE and (is_title_like(tokens[k]) or _quote(tokens[k])):
                    if not _quote(tokens[k]):
                        words.insert(0, _bare(tokens[k]))
                    k -= 1
                for n in range(len(words)):  # every suffix of the title, and its head word alone
                    if _body(words[n]):
                        continue  # («احتجزت الشرطة أرتورو فيدال»: the police are no title of the man)
                    self.index.setdefault(" ".join(words[n:]), {})[m.entity.id] = m.entity
                head = _bare(tokens[m.first])
                if m.entity.type == "ORG" and head in HEAD_WORDS:  # «وزارة الداخلية» ... «الوزارة»
                    self.index.setdefault(head, {})[m.entity.id] = m.entity
                if words and not _body(words[0]):
                    self.index.setdefault(words[0], {})[m.entity.id] = m.entity
                    self.index.setdefault(f"{words[0]} {words[-1]}", {})[m.entity.id] = m.entity
                after = _title_after_comma(tokens, view, m)
                if after:  # «فيصل بن مشعل، أمير منطقة القصيم،» ... «أمير القصيم»
                    self.index.setdefault(" ".join(after), {})[m.entity.id] = m.entity
                    self.index.setdefault(f"{after[0]} {after[-1]}", {})[m.entity.id] = m.entity

    def resolve(self, tokens: list[Token], mention: Mention) -> Entity | None:
        """The single entity the title phrase of `mention` introduced, if any."""
        phrase = " ".join(_bare(tokens[k]) for k in range(mention.first, mention.last + 1))
        found = self.index.get(phrase, {})
        return next(iter(found.values())) if len(found) == 1 else None


def _title_after_comma(tokens: list[Token], view: SentenceView, m: Mention) -> list[str]:
    """The office set off by a comma right after a person's name («فيصل بن مشعل، أمير منطقة القصيم»), as bare
    words; nothing when no office follows the comma."""
    k = m.last + 1
    if m.entity is None or m.entity.type != "PER" or k + 1 >= view.hi or tokens[k].norm not in SOFT_BOUNDARY:
        return []
    if not office_word(tokens[k + 1]):
        return []
    words = []
    for j in range(k + 1, min(view.hi, k + 1 + MAX_TITLE)):
        if tokens[j].norm in SOFT_BOUNDARY or not (j == k + 1 or is_title_like(tokens[j]) or tokens[j].norm.startswith("ال")):
            break
        words.append(_bare(tokens[j]))
    return words


def _bare(token: Token) -> str:
    stem = stem_of(token)
    return stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem


def _quote(token: Token) -> bool:
    return token.text in "\"'“”«»‘’"


def pronoun_suffix(form: str, lemma_forms: frozenset[str]) -> str | None:
    """The pronoun suffix (ه، هم، هما) of a matched form whose remainder is a form of the same word."""
    for suffix in ("هما", "هم", "ه"):
        if not form.endswith(suffix):
            continue
        rest = form[: -len(suffix)]
        if rest in lemma_forms or (rest.endswith("ت") and rest[:-1] + "ه" in lemma_forms) or (
                rest.endswith(("ي", "و")) and rest[:-1] + "ء" in lemma_forms):  # «لقائه»: لقاء with its hamza seated
            return suffix
    return None


def latest_person(doc: Document, before: int) -> Entity | None:
    """The last PER entity that ends before character offset `before`."""
    people = [e for e in doc.entities if e.type == "PER" and e.end <= before]
    return max(people, key=lambda e: e.end) if people else None


def _body(word: str) -> bool:
    """A title word that is a body acting on its own («الشرطة»), bare or with its article."""
    return word in ACTING_BODIES or "ال" + word in ACTING_BODIES
