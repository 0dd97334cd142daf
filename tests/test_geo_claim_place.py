"""The place a claim takes from its document's places (extract.context.DocContext.place), on invented text."""

from __future__ import annotations

from civcas.extract import extract_claims
from civcas.model import Document, Place


def claims(text: str, places: list[Place]):
    return extract_claims(Document(id="doc-1", raw_hash="h", text=text, lang="en", published="2024-03-15"), places)


def at(text: str, name: str, admin1: str, precision: str = "town", nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Place(name=name, start=start, end=start + len(name), country="SY", admin1=admin1, precision=precision, text=name)


def test_governorate_sentence_takes_the_main_place_inside_that_governorate():
    # A roundup: Kafr Alpha (Southmere) is named most, but the claim is about Northvale.
    text = ("Kafr Alpha was shelled. Kafr Alpha lost power.\n\n"
            "In Tell Beta a house was hit.\n\n"
            "Shelling in the Northvale countryside killed two civilians.")
    places = [at(text, "Kafr Alpha", "Southmere"), at(text, "Kafr Alpha", "Southmere", nth=1),
              at(text, "Tell Beta", "Northvale"), at(text, "Northvale", "Northvale", "region")]
    (c,) = claims(text, places)
    assert c.place.name == "Tell Beta"


def test_a_figure_takes_the_place_its_own_clause_names_after_it():
    text = "Shelling killed three civilians in Kafr Alpha, and two civilians were injured in the village of Tell Beta."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    got = {(c.kind, c.min): c.place.name for c in claims(text, places)}
    assert got == {("killed", 3): "Kafr Alpha", ("injured", 2): "Tell Beta"}


def test_an_arabic_figure_takes_the_village_its_clause_names_not_the_area_before():
    text = "جدد النظام قصفه على منطقة جبل الألف، ما أدى إلى إصابة مدني في قرية تل بيتا"
    places = [at(text, "جبل الألف", "Northvale", "district"), at(text, "تل بيتا", "Northvale")]
    doc = Document(id="doc-2", raw_hash="h", text=text, lang="ar", published="2024-03-15")
    (c,) = extract_claims(doc, places)
    assert c.place.name == "تل بيتا"


def test_a_countryside_in_the_figures_clause_does_not_displace_the_sentences_town():
    text = ("Tell Beta was shelled. Tell Beta lost power.\n\n"
            "Shelling on Kafr Alpha killed two civilians in the Northvale countryside.")
    places = [at(text, "Tell Beta", "Northvale"), at(text, "Tell Beta", "Northvale", nth=1),
              at(text, "Kafr Alpha", "Northvale"), at(text, "Northvale", "Northvale", "region")]
    (c,) = claims(text, places)
    assert c.place.name == "Kafr Alpha"


def test_the_victims_origin_is_not_where_they_were_hit():
    text = "قتل شاب من أهالي قرية كفر ألفا بقصف مدفعي على بلدة تل بيتا"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    doc = Document(id="doc-3", raw_hash="h", text=text, lang="ar", published="2024-03-15")
    (c,) = extract_claims(doc, places)
    assert c.place.name == "تل بيتا"

    text = "Two children of a family displaced from the town of Kafr Alpha were killed by shelling on Tell Beta."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    assert [c.place.name for c in claims(text, places)] == ["Tell Beta"]


def test_a_figure_after_its_places_takes_the_one_the_strike_hit():
    # The activists' town is named first; the shelling hit the village.
    text = "Activists in Kafr Alpha said that shelling on Tell Beta killed two civilians."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    assert [c.place.name for c in claims(text, places)] == ["Tell Beta"]

    text = "قال ناشطون في بلدة كفر ألفا إن قصفا مدفعيا على قرية تل بيتا أدى لمقتل مدنيين اثنين"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    doc = Document(id="doc-4", raw_hash="h", text=text, lang="ar", published="2024-03-15")
    assert [c.place.name for c in extract_claims(doc, places)] == ["تل بيتا"]
