"""A readable terminal view of records: entities, times and events as tables.

Arabic is kept in logical order (right for bidi-aware terminals, pipes and files) and in
columns of its own, so Latin and Arabic never share a cell; `bidi=True` reorders Arabic
into visual order for terminals that do no bidi of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from rich.console import Console
from rich.table import Table

from marsad.document import Document, Participant


def write_table(docs: Iterable[Document], out: TextIO, bidi: bool = False) -> None:
    console = Console(file=out, width=max(Console().width, 140), highlight=False, soft_wrap=False)
    show = _visual if bidi else str
    for doc in docs:
        _write_document(console, doc, show)


def _write_document(console: Console, doc: Document, show: Callable[[str], str]) -> None:
    head = f"[bold]{doc.source or doc.id}[/bold]  id={doc.id}  published={doc.published or '?'}"
    console.print(head)
    if doc.title:
        console.print("title: " + show(doc.title))
    if doc.error:
        console.print(f"[red]error ({doc.error.kind}): {doc.error.message}[/red]\n")
        return
    console.print(_entities_table(doc, show))
    console.print(_times_table(doc, show))
    console.print(_events_table(doc, show))
    for ev in doc.events:
        console.print(f"  {ev.id}: {show(ev.summary_en)}")
    console.print()


def _entities_table(doc: Document, show: Callable[[str], str]) -> Table:
    table = Table(title=f"Entities ({len(doc.entities)})", title_justify="left")
    for column in ("id", "type", "text", "span", "name_en", "kb_id", "country", "sector", "geo", "conf"):
        table.add_column(column, overflow="fold")
    for e in doc.entities:
        c, g = e.canonical, e.geo
        geo = f"{g.geonameid} {g.lat:.2f},{g.lon:.2f}" if g and g.lat is not None else ""
        table.add_row(
            e.id, e.type, show(e.text), f"{e.start}-{e.end}", c.name_en if c else "", c.kb_id if c else "",
            (c.country if c else None) or (g.country if g else "") or "", (c.sector if c else "") or "",
            geo, f"{e.confidence:.2f}",
        )
    return table


def _times_table(doc: Document, show: Callable[[str], str]) -> Table:
    table = Table(title=f"Times ({len(doc.times)})", title_justify="left")
    for column in ("text", "span", "value", "precision"):
        table.add_column(column)
    for t in doc.times:
        table.add_row(show(t.text), f"{t.start}-{t.end}", t.value or "", t.precision)
    return table


def _events_table(doc: Document, show: Callable[[str], str]) -> Table:
    table = Table(title=f"Events ({len(doc.events)})", title_justify="left")
    for column in ("id", "type", "mode", "actor", "recipient", "where", "date", "from", "modality", "trigger",
                   "according to", "conf"):
        table.add_column(column, overflow="fold")
    for ev in doc.events:
        table.add_row(
            ev.id, ev.type, ev.mode or "", _people(ev.actor, show), _people(ev.recipient, show),
            show(ev.location.text) if ev.location else "", ev.date.value or "" if ev.date else "",
            ev.date.source if ev.date else "", ev.modality, show(ev.trigger.text),
            _people(ev.attributed_to, show), f"{ev.confidence:.2f}",
        )
    return table


def _people(people: list[Participant], show: Callable[[str], str]) -> str:
    return "\n".join(show(p.text) for p in people)


def _visual(text: str) -> str:
    try:
        from bidi.algorithm import get_display
    except ImportError:  # python-bidi is optional; logical order is still correct text
        return text
    return get_display(text)
