"""marsad: Arabic news to structured, verifiable event data."""

from marsad.document import Document

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "extract"]


def extract(text: str, **metadata: str | None) -> Document:
    """Run the default pipeline on one article text and return its `Document`."""
    from marsad.pipeline import default_pipeline

    return default_pipeline()(Document(text=text, **metadata))
