"""Gazetteer and geocoder: place mentions in a document, resolved to coordinates, admin area and precision.

    find_places(doc) -> list[Place]      every place mention in doc.text
    main_place(places) -> Place | None   the place a document is mostly about
    place_roles(text, places) -> PlaceRoles  which places are named as where something happens
                                             ("in X") and which as the victims' origin
    bundled_gazetteer() -> Gazetteer     the places shipped with civcas
    load_gazetteer(engine) -> Gazetteer  bundled places + those in `engine`'s database
    add_local_place(engine, name, lat, lon, country, ...)  a reviewer's place, preferred from then on
"""

from __future__ import annotations

from civcas.geo.find import places_in
from civcas.geo.focus import main_place
from civcas.geo.gazetteer import Entry, Gazetteer
from civcas.geo.load import bundled_gazetteer, load_gazetteer
from civcas.geo.local import add_local_place
from civcas.geo.roles import PlaceRoles, place_roles
from civcas.model import Document, Place

__all__ = [
    "Entry",
    "Gazetteer",
    "add_local_place",
    "bundled_gazetteer",
    "find_places",
    "load_gazetteer",
    "main_place",
    "place_roles",
    "PlaceRoles",
]


def find_places(doc: Document, gazetteer: Gazetteer | None = None) -> list[Place]:
    """Every place mention in `doc.text` (English or Arabic), resolved, in text order."""
    return places_in(doc.text or "", gazetteer or bundled_gazetteer())
