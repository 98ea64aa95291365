"""NER stage: fills `doc.entities` from the tagger (`marsad.models.tagger`) run over the
document's sentences of surface tokens (the whole document at once: the stacked CRF looks at
other mentions of a word in the article).

Entity offsets are those of the name only: conjunction and preposition clitics glued to the
first word are left out («وبأنقرة» -> «أنقرة», «للجيش الوطني» -> «لجيش الوطني»: the article's
lam stays, its alef is not in the text), the article stays («الجيش الوطني»). Places the
gazetteer knows as countries or cities are typed GPE, other places LOC; nationality words
of the actor KB are NORP. The tagger's last layer (`marsad.models.newsrules`) fits the output to
modern news: organisation head chains, Saudi/Gulf places, no «الله» or currencies, titles out of
person names. The shipped model is loaded on first use, once per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from marsad.document import Document, Entity, Token
from marsad.stage import Stage

if TYPE_CHECKING:
    from marsad.models.tagger import NerTagger


class NerStage(Stage):
    """Named entities (PER ORG LOC GPE MISC NORP) with character offsets and a confidence."""

    name = "ner"
    requires = ("sentences", "tokens")
    provides = ("entities",)

    def __init__(self, tagger: NerTagger | None = None) -> None:
        self._tagger = tagger  # a NerTagger; the shipped one is loaded on first use

    @property
    def tagger(self) -> NerTagger:
        if self._tagger is None:
            from marsad.models.tagger import load_tagger

            self._tagger = load_tagger()
        return self._tagger

    def __call__(self, doc: Document) -> Document:
        from marsad.models.offsets import clitic_prefix_length
        from marsad.models.place_backoff import add_unseen_places

        entities: list[Entity] = []
        tagger = self.tagger
        sentences = list(_sentences(doc.tokens))
        found = tagger.tag_document([[t.text for t in tokens] for tokens in sentences])
        for tokens, spans in zip(sentences, found, strict=True):
            for span in spans:
                first, last = tokens[span.start], tokens[span.end - 1]
                if span.end < len(tokens) and tokens[span.end].text == ")" and _open_bracket(tokens[span.start:span.end]):
                    last = tokens[span.end]  # «تنظيم (بي كا كا)»: the bracket the name opened closes it
                start = first.start + clitic_prefix_length(first.text, tagger.known, tagger.is_name)
                text = doc.text[start:last.end]
                kind = span.type
                if kind == "LOC" and tagger.is_place(text):
                    kind = "GPE"
                entities.append(Entity("", text, kind, start, last.end, confidence=span.confidence,
                                       source=span.source))
        doc.entities = entities
        entities += add_unseen_places(doc, tagger.vocab)  # cities the CRF never saw, see place_backoff
        entities.sort(key=lambda e: (e.start, e.end))
        for number, entity in enumerate(entities, 1):
            entity.id = f"T{number}"
        doc.entities = entities
        return doc


def _open_bracket(tokens: list[Token]) -> bool:
    """The tokens open a bracket they do not close."""
    texts = [t.text for t in tokens]
    return "(" in texts and ")" not in texts[texts.index("("):]


def _sentences(tokens: list[Token]) -> Iterator[list[Token]]:
    """The document's tokens grouped by sentence index."""
    current: list[Token] = []
    for token in tokens:
        if current and token.sentence != current[-1].sentence:
            yield current
            current = []
        current.append(token)
    if current:
        yield current
