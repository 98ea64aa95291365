"""Main text and metadata of a news page, through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.errors import InputError


@dataclass
class PageContent:
    text: str
    title: str | None
    published: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> PageContent:
    """The article's main text (boilerplate cut), title and date; InputError if there is none."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True,
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError("format", f"unreadable HTML: {type(exc).__name__}: {exc}") from exc
    if result is None:
        raise InputError("empty", "no main text found in the HTML page")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError("empty", "no main text found in the HTML page")
    date = data.get("date")
    return PageContent(text=text, title=data.get("title"), published=date[:10] if date else None,
                       url=data.get("url") or url)
