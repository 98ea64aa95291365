"""Write records as json, jsonl, csv (one row per event, GDELT-like) or a readable terminal table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from marsad.document import Document, Event, Participant

WRITE_FORMATS = ("json", "jsonl", "csv", "table")

CSV_COLUMNS = (
    "article_id", "event_id", "published", "date", "date_precision", "date_from",
    "type", "mode", "context", "cameo", "modality", "confidence",
    "actor", "actor_name_en", "actor_kb_id", "actor_country", "actor_sector",
    "recipient", "recipient_name_en", "recipient_kb_id", "recipient_country", "recipient_sector",
    "location", "geonameid", "lat", "lon", "location_country",
    "attributed_to", "trigger", "trigger_start", "trigger_end", "sentence_start", "sentence_end",
    "summary_en", "url", "outlet",
)


def write_json(docs: Iterable[Document], out: TextIO) -> None:
    """One record: a JSON object; several: a JSON array."""
    records = [d.to_dict() for d in docs]
    payload: Any = records[0] if len(records) == 1 else records
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(docs: Iterable[Document], out: TextIO) -> None:
    for doc in docs:
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False))
        out.write("\n")
        out.flush()


def write_csv(docs: Iterable[Document], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for doc in docs:
        for event in doc.events:
            writer.writerow(event_row(doc, event))


def event_row(doc: Document, event: Event) -> dict[str, Any]:
    """The flat row of one event; several participants are joined with ' | '."""
    loc = event.location
    row: dict[str, Any] = {
        "article_id": doc.id, "event_id": event.id, "published": doc.published,
        "date": event.date.value if event.date else None,
        "date_precision": event.date.precision if event.date else None,
        "date_from": event.date.source if event.date else None,
        "type": event.type, "mode": event.mode, "context": "|".join(event.context), "cameo": event.cameo,
        "modality": event.modality, "confidence": round(event.confidence, 3),
        "location": loc.text if loc else None, "geonameid": loc.geonameid if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "location_country": loc.country if loc else None,
        "attributed_to": " | ".join(p.text for p in event.attributed_to),
        "trigger": event.trigger.text, "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "sentence_start": event.sentence.start, "sentence_end": event.sentence.end,
        "summary_en": event.summary_en, "url": doc.url, "outlet": doc.outlet,
    }
    row.update(_participant_columns("actor", event.actor))
    row.update(_participant_columns("recipient", event.recipient))
    return row


def _participant_columns(prefix: str, people: list[Participant]) -> dict[str, str]:
    def join(values: Iterable[str | None]) -> str:
        return " | ".join(v or "" for v in values)

    return {
        prefix: join(p.text for p in people),
        f"{prefix}_name_en": join(p.name_en for p in people),
        f"{prefix}_kb_id": join(p.kb_id for p in people),
        f"{prefix}_country": join(p.country for p in people),
        f"{prefix}_sector": join(p.sector for p in people),
    }


def write(docs: Iterable[Document], fmt: str, out: TextIO, bidi: bool = False) -> None:
    if fmt == "json":
        write_json(docs, out)
    elif fmt == "jsonl":
        write_jsonl(docs, out)
    elif fmt == "csv":
        write_csv(docs, out)
    elif fmt == "table":
        from marsad.io.table import write_table

        write_table(docs, out, bidi=bidi)
    else:
        raise ValueError(f"unknown output format {fmt!r}; choose one of {WRITE_FORMATS}")
