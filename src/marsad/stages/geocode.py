"""Geocoding: places (LOC/GPE/FAC) get a GeoNames id, coordinates and country."""

from __future__ import annotations

from marsad.document import Document
from marsad.kb.geo import PLACE_TYPES, country_context, resolve_place
from marsad.stage import Stage


class GeocodeStage(Stage):
    """Fills `entity.geo` for LOC/GPE/FAC entities, disambiguated by the article's countries.

    Linking resolves places with the same resolver and the same country context, so a
    place's `canonical.country` and `geo.country` agree.
    """

    name = "geocode"
    requires = ("linked",)
    provides = ("geocoded",)

    def __call__(self, doc: Document) -> Document:
        places = [e for e in doc.entities if e.type in PLACE_TYPES]
        if not places:
            return doc
        context = country_context(doc)
        for ent in places:
            ent.geo = resolve_place(ent.text, doc, context, ent.start, ent.end)
        return doc
