"""The place an incident takes from its claims' places (fuse.incident._place), on invented places."""

from __future__ import annotations

from civcas.fuse.incident import _place
from civcas.model import Claim, Place

MILLBROOK = Place("Millbrook", 0, 9, "SY", "Northvale", 35.93, 36.62, "town", 9002)
RIVERTON = Place("Riverton", 0, 8, "SY", "Northvale", 35.90, 36.60, "town", 9001)


def claim(doc_id: str, place: Place, start: int = 0) -> Claim:
    return Claim(document_id=doc_id, kind="killed", group="civilians", min=2, max=None, start=start, end=start + 1,
                 text="2", sentence="Shelling killed two civilians.", event_date="2024-03-08", date_precision="day",
                 place=place)


def test_an_unknown_village_counts_once_and_is_mapped_where_a_sentence_placed_it():
    # One report places the village at Millbrook ("district"); two others name it with no town.
    placed = Place("Tell Omega", 0, 10, "SY", "Northvale", MILLBROOK.lat, MILLBROOK.lon, "district", text="Tell Omega")
    bare = Place("Tell Omega", 0, 10, "SY", "Northvale", None, None, "town", text="Tell Omega")
    chosen = _place([claim("a", placed), claim("b", bare), claim("c", bare), claim("d", RIVERTON), claim("e", RIVERTON)])
    assert (chosen.name, chosen.lat) == ("Tell Omega", MILLBROOK.lat)


def test_a_village_placed_at_a_town_beats_the_town_on_equal_support():
    village = Place("Kafr Delta", 0, 10, "SY", "Northvale", MILLBROOK.lat, MILLBROOK.lon, "district", text="Kafr Delta")
    assert _place([claim("a", MILLBROOK), claim("a", MILLBROOK, 50), claim("a", village, 90)]).name == "Kafr Delta"
    # More documents for the town still win.
    assert _place([claim("a", MILLBROOK), claim("b", MILLBROOK), claim("a", village, 90)]) == MILLBROOK


def test_a_neighbourhood_placed_at_its_town_beats_the_town_on_equal_support():
    quarter = Place("Hay al-Wurud", 0, 12, "SY", "Northvale", MILLBROOK.lat, MILLBROOK.lon, "town", text="Hay al-Wurud")
    assert _place([claim("a", MILLBROOK), claim("b", quarter)]).name == "Hay al-Wurud"


def test_a_village_placed_elsewhere_beats_a_town_on_a_full_tie():
    # Placed at a mountain area (not among the claims' places) 20 km off: equal support, equal claims.
    village = Place("Deir Epsilon", 0, 12, "SY", "Northvale", 35.70, 36.50, "district", text="Deir Epsilon")
    assert _place([claim("a", RIVERTON), claim("a", village, 90)]).name == "Deir Epsilon"


def test_a_placed_village_beats_a_town_that_more_claims_of_the_same_report_name():
    village = Place("Deir Epsilon", 0, 12, "SY", "Northvale", 35.70, 36.50, "district", text="Deir Epsilon")
    claims = [claim("a", RIVERTON), claim("a", RIVERTON, 40), claim("a", village, 90)]
    assert _place(claims).name == "Deir Epsilon"


def test_a_well_known_area_is_no_placed_village():
    # An area of the gazetteer (no GeoNames id, precision district) has its own name, not the text's.
    area = Place("Jabal Omega", 0, 10, "SY", "Northvale", 35.70, 36.50, "district", text="جبل أوميغا")
    assert _place([claim("a", area), claim("a", area, 40), claim("a", RIVERTON, 90)]) == RIVERTON


def test_an_unplaced_village_takes_the_coordinates_of_the_area_its_claims_name():
    # Three reports name the village with no town; one names only the mountain area it lies in.
    village = Place("Kafr Zeta", 0, 9, "SY", "Northvale", None, None, "town", text="Kafr Zeta")
    hills = Place("Jabal Eta", 0, 9, "SY", "Northvale", 35.70, 36.50, "district", 9003)
    other = Place("Jabal Theta", 0, 11, "SY", "Southmere", 34.10, 36.90, "district", 9004)
    chosen = _place([claim("a", village), claim("b", village), claim("c", village), claim("d", hills), claim("e", other)])
    assert (chosen.name, chosen.lat, chosen.lon, chosen.precision) == ("Kafr Zeta", 35.70, 36.50, "district")
    # Nothing in its governorate: it stays unmapped rather than taking another governorate's point.
    assert _place([claim("a", village), claim("b", village), claim("e", other)]).lat is None


def test_spellings_of_an_unknown_village_count_as_one_place():
    # Two reports spell the village two ways (one in Latin letters); a third names a town.
    latin = Place("al-Batrouna", 0, 11, "SY", "Northvale", None, None, "town", text="al-Batrouna")
    arabic = Place("بطرونة", 0, 6, "SY", "Northvale", None, None, "town", text="بطرونة")
    village = Place("Tell Sirin", 0, 10, "SY", "Northvale", MILLBROOK.lat, MILLBROOK.lon, "district", text="Tell Sirin")
    assert _place([claim("a", latin), claim("b", arabic), claim("c", village)]).name in ("al-Batrouna", "بطرونة")
    # Vowels written or left out in Arabic: دلبون / دليبون.
    first, second = (Place(n, 0, len(n), "SY", "Northvale", None, None, "town", text=n) for n in ("دلبون", "دليبون"))
    assert _place([claim("a", first), claim("b", second), claim("c", village)]).name in ("دلبون", "دليبون")
    # Other governorates keep their own villages of one name apart.
    elsewhere = Place("بطرونة", 0, 6, "SY", "Southmere", None, None, "town", text="بطرونة")
    assert _place([claim("a", latin), claim("b", elsewhere), claim("c", village), claim("d", village)]).name == "Tell Sirin"


def test_a_place_spelled_two_ways_is_given_by_the_spelling_most_reports_use():
    # One unknown village, one report spelling it without the article and two with it.
    rare = Place("تل كابا", 0, 6, "SY", "Northvale", None, None, "town", text="تل كابا")
    common = Place("تل الكابا", 0, 8, "SY", "Northvale", None, None, "town", text="تل الكابا")
    assert _place([claim("a", rare), claim("b", common), claim("c", common)]).name == "تل الكابا"
    assert _place([claim("b", common), claim("a", rare), claim("a", rare, 30), claim("c", rare)]).name == "تل كابا"
