"""The article record: one `Document` flows through every stage (see SCHEMA.md).

All annotations are stand-off: `Document.text` never changes after reading and every
span is a pair of character offsets into it. `to_dict()` emits the output contract;
`from_dict()` reads it back so a document can cross process and cluster boundaries.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = "1"

ENTITY_TYPES = ("PER", "ORG", "LOC", "GPE", "FAC", "NORP", "EVENT", "MISC")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical")
PRECISIONS = ("day", "month", "year", "range", "unknown")


@dataclass(slots=True)
class Span:
    """A stretch of the article text: `text == doc.text[start:end]`."""

    start: int
    end: int
    text: str = ""


@dataclass(slots=True)
class Word:
    """A syntactic word inside a surface token: a proclitic, the stem, or a pronoun suffix."""

    text: str
    start: int
    end: int
    kind: str  # "proclitic" | "stem" | "enclitic"


@dataclass(slots=True)
class Token:
    """A surface token (whitespace/punctuation delimited) and its clitic words.

    `norm` is the normalized form of the whole token; `stem` that of the stem word only.
    """

    text: str
    start: int
    end: int
    sentence: int
    norm: str
    words: list[Word] = field(default_factory=list)

    @property
    def stem_word(self) -> Word:
        for word in self.words:
            if word.kind == "stem":
                return word
        return Word(self.text, self.start, self.end, "stem")

    @property
    def prefixes(self) -> list[str]:
        return [w.text for w in self.words if w.kind == "proclitic"]


@dataclass(slots=True)
class Canonical:
    name_ar: str
    name_en: str | None = None
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Geo:
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    feature_code: str | None = None
    admin1: str | None = None


@dataclass(slots=True)
class Entity:
    id: str
    text: str
    type: str
    start: int
    end: int
    canonical: Canonical | None = None
    geo: Geo | None = None
    confidence: float = 1.0
    source: str = "model"  # which component found it: "model", "gazetteer", ...


@dataclass(slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None
    precision: str = "unknown"


@dataclass(slots=True)
class Participant:
    """An actor, recipient or source. `entity` is the id of an `Entity`, or None."""

    text: str
    entity: str | None = None
    name_en: str | None = None
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Location:
    text: str
    entity: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    country_only: bool = False  # True when only the country of the place is known
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class EventDate:
    value: str | None
    precision: str
    source: str  # "text" | "published"; serialized as "from"


@dataclass(slots=True)
class Event:
    id: str
    type: str
    trigger: Span
    sentence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    actor: list[Participant] = field(default_factory=list)
    recipient: list[Participant] = field(default_factory=list)
    location: Location | None = None
    date: EventDate | None = None
    attributed_to: list[Participant] = field(default_factory=list)
    modality: str = "asserted"
    confidence: float = 0.5
    summary_en: str = ""
    mentions: list[Span] = field(default_factory=list)  # further triggers of the same event


@dataclass(slots=True)
class ErrorInfo:
    kind: str
    message: str


@dataclass
class Document:
    """One article and everything marsad found in it."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str = "ar"
    error: ErrorInfo | None = None
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    # Working state of the pipeline, not part of the output contract.
    tokens: list[Token] = field(default_factory=list, repr=False)
    source: str | None = field(default=None, repr=False)  # where it was read from (path, path:line)

    def __post_init__(self) -> None:
        if self.id is None:
            self.id = text_id(self.text)

    def fail(self, kind: str, message: str) -> None:
        """Mark the document as not processed; annotation lists are emptied."""
        self.error = ErrorInfo(kind, message)
        self.entities, self.times, self.events = [], [], []
        self.tokens, self.sentences = [], []

    def entity(self, entity_id: str | None) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_dict(self) -> dict[str, Any]:
        """The record of SCHEMA.md (plus `sentences`)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "error": asdict(self.error) if self.error else None,
            "entities": [asdict(e) for e in self.entities],
            "times": [asdict(t) for t in self.times],
            "events": [_event_to_dict(e) for e in self.events],
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        doc = cls(
            text=data["text"],
            id=data.get("id"),
            title=data.get("title"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            published=data.get("published"),
            language=data.get("language", "ar"),
        )
        if data.get("error"):
            doc.error = ErrorInfo(**data["error"])
        doc.entities = [_entity_from_dict(e) for e in data.get("entities", [])]
        doc.times = [TimeExpr(**t) for t in data.get("times", [])]
        doc.events = [_event_from_dict(e) for e in data.get("events", [])]
        doc.sentences = [
            Span(s["start"], s["end"], data["text"][s["start"]:s["end"]]) for s in data.get("sentences", [])
        ]
        return doc


def text_id(text: str) -> str:
    """A stable id: the first 16 hex digits of the SHA-256 of the normalized text."""
    from marsad.arabic.normalize import normalize

    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()[:16]


def _entity_from_dict(data: dict[str, Any]) -> Entity:
    data = dict(data)
    if data.get("canonical"):
        data["canonical"] = Canonical(**data["canonical"])
    if data.get("geo"):
        data["geo"] = Geo(**data["geo"])
    return Entity(**_known(Entity, data))


def _event_to_dict(event: Event) -> dict[str, Any]:
    out = asdict(event)
    if event.date is not None:
        out["date"] = {"value": event.date.value, "precision": event.date.precision, "from": event.date.source}
    return out


def _event_from_dict(data: dict[str, Any]) -> Event:
    data = dict(data)
    data["trigger"] = Span(**data["trigger"])
    data["sentence"] = Span(**{"text": "", **data["sentence"]})
    for key in ("actor", "recipient", "attributed_to"):
        data[key] = [Participant(**_known(Participant, p)) for p in data.get(key, [])]
    if data.get("location"):
        data["location"] = Location(**_known(Location, data["location"]))
    if data.get("date"):
        d = data["date"]
        data["date"] = EventDate(d.get("value"), d.get("precision", "unknown"), d.get("from", "text"))
    data["mentions"] = [Span(**m) for m in data.get("mentions", [])]
    return Event(**_known(Event, data))


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Drop keys a newer writer may have added, so old readers keep working."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
