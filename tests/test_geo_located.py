"""Unknown settlements given coordinates from what the text names with them (invented sentences)."""

from __future__ import annotations

import pytest

from civcas.extract import extract_claims
from civcas.geo import find_places, load_gazetteer
from civcas.geo.find import places_in
from civcas.geo.gazetteer import Entry, Gazetteer
from civcas.geo.tokens import tokenize
from civcas.model import Document


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def found(text: str, gazetteer) -> dict[str, object]:
    return {p.text: p for p in find_places(Document(id="t", raw_hash="", text=text), gazetteer)}


def test_neighbourhood_takes_its_towns_coordinates_and_keeps_its_name(gazetteer):
    for text, quarter, town in [
        ("قصف مدفعي على حي الزيتون في مدينة حمص", "الزيتون", "مدينة حمص"),
        ("Shells fell on the neighbourhood of Bab Amr in Homs.", "Bab Amr", "Homs"),
    ]:
        places = found(text, gazetteer)
        part, city = places[quarter], places[town]
        assert (part.name, part.precision) == (quarter, "town")
        assert (part.lat, part.lon) == (city.lat, city.lon)
        assert part.geonameid is None  # not counted as the town itself


def test_unknown_village_is_placed_at_the_town_in_its_sentence(gazetteer):
    places = found("قصف على قرية الزهيرات قرب منبج", gazetteer)
    village, town = places["الزهيرات"], places["منبج"]
    assert (village.name, village.precision) == ("الزهيرات", "district")
    assert (village.lat, village.lon) == (town.lat, town.lon)
    # A governorate is too coarse to place a village at: it stays without coordinates.
    assert found("قصف على قرية الزهيرات بريف حلب", gazetteer)["الزهيرات"].lat is None


def test_town_in_another_sentence_does_not_place_a_village(gazetteer):
    places = found("زار الوفد منبج أمس. وفي اليوم التالي قصفت الطائرات قرية الزهيرات", gazetteer)
    assert places["الزهيرات"].lat is None


def test_village_cue_finds_a_weak_name_in_the_gazetteer(gazetteer):
    village = found("قصف على قرية قارة في ريف دمشق", gazetteer)["قارة"]
    assert (village.precision, village.admin1) == ("town", "Rif Dimashq")
    assert 34.0 < village.lat < 34.3


def test_arabic_name_meets_a_latin_only_entry_by_consonant_skeleton():
    gazetteer = Gazetteer(
        [
            Entry("Aleppo", "SY", 36.2, 37.16, kind="admin1", admin1="Aleppo", names=["Aleppo", "حلب"]),
            Entry("Tall Saqir", "SY", 36.3, 37.4, kind="town", admin1="Aleppo", names=["Tall Saqir"]),
            Entry("Tall Saqir", "SY", 35.0, 36.7, kind="town", admin1="Hama", names=["Tall Saqir"]),
        ],
        romanised=["SY"],
    )
    village = next(p for p in places_in("قصف على قرية تل صقير في ريف حلب", gazetteer) if p.text == "تل صقير")
    assert (village.lat, village.lon, village.precision) == (36.3, 37.4, "town")


def test_ta_marbuta_ends_a_word_run_into_the_next():
    text = "قصفت قرية الزهيرةقتل فيها طفل"
    assert [text[t.start:t.end] for t in tokenize(text)] == ["قصفت", "قرية", "الزهيرة", "قتل", "فيها", "طفل"]
    plain = "مدرسة ومدينة"
    assert [plain[t.start:t.end] for t in tokenize(plain)] == ["مدرسة", "ومدينة"]


def test_a_country_named_alone_does_not_hide_the_documents_town(gazetteer):
    doc = Document(id="t", raw_hash="", text="Airstrikes hit the town of Saraqib on Monday.\n\nTwo civilians were killed, officials in Turkey said.")
    [claim] = extract_claims(doc, find_places(doc, gazetteer))
    assert claim.place is not None and claim.place.name == "Saraqib"


def test_hashtag_sign_does_not_cut_a_village_from_its_cue(gazetteer):
    places = found("قصف مدفعي استهدف قرية #الزهيرات غربي #حلب", gazetteer)
    assert "الزهيرات" in places and places["الزهيرات"].admin1 == "Aleppo"


def test_an_adjective_after_a_neighbourhood_cue_is_no_place_name():
    from civcas.geo import find_places
    from civcas.model import Document

    text = "قتل أربعة مدنيين في غارات على حي سكني في مديرية الحوك بمدينة الحديدة."
    names = [p.name for p in find_places(Document(id="d", raw_hash="h", text=text, lang="ar"))]
    assert "سكني" not in names


def test_a_hashtag_joins_the_words_of_an_unknown_village_with_underscores(gazetteer):
    places = found("غارة روسية تستهدف قرية #زيتا_سلمون في ريف حمص", gazetteer)
    assert "زيتا_سلمون" in places and places["زيتا_سلمون"].name == "زيتا سلمون"
    # Without the underscore a word lacking the article still ends a one-word name ("تعرضت").
    assert "سلمون تعرضت" not in {p.text for p in found("قرية سلمون تعرضت لقصف مدفعي", gazetteer).values()}


def test_a_camp_named_after_a_country_is_a_settlement_not_the_country(gazetteer):
    places = found("سقطت قذائف على مخيم قطر الخير قرب منبج", gazetteer)
    assert "Qatar" not in {p.name for p in places.values()}
    camp = places["قطر الخير"]
    assert camp.country == "SY" and camp.lat == places["منبج"].lat
    # Named alone, the country is still the country.
    assert found("وصل وفد من قطر إلى منبج", gazetteer)["قطر"].precision == "country"


def test_a_direction_adjective_ends_an_unknown_villages_name(gazetteer):
    # كبيرة alone is an everyday word ("big"); with its half's direction it is a village's name.
    names = {p.name for p in found("داهمت القوات منزلاً في قرية كبيرة الغربية بريف دير الزور الشمالي", gazetteer).values()}
    assert "كبيرة الغربية" in names
    # After a name that is no everyday word the village is named as itself, its half left out.
    assert "سلمون" in {p.name for p in found("قصف على قرية سلمون الشرقية بريف حلب", gazetteer).values()}
    # The governorate's direction after ريف stays out of the name.
    assert "سلمون" in {p.name for p in found("قصف على قرية سلمون بريف حلب الشمالي", gazetteer).values()}


def test_a_known_name_after_a_compound_head_is_part_of_a_settlements_name(gazetteer):
    # "كفر" alone names nothing: "حي كفر منبج" is a quarter named after the town, not the town.
    places = found("سقط صاروخ على حي كفر منبج في دمشق", gazetteer)
    assert "Manbij" not in {p.name for p in places.values()}
    assert places["كفر منبج"].admin1 == "Damascus"
    # Without the cue the town is still read as itself.
    assert "Manbij" in {p.name for p in found("قصف على منبج", gazetteer).values()}


def test_a_participle_describing_the_village_is_not_part_of_its_name(gazetteer):
    for text in ("داهمت القوات قرية العجيل الملاصقة لمدينة منبج", "قصف على بلدة العجيل المكتظة بالنازحين قرب منبج",
                 "سقطت قذائف على قرية العجيل المليئة بالمخيمات", "قصف على بلدة العجيل السورية قرب الحدود"):
        assert "العجيل" in {p.name for p in found(text, gazetteer).values()}, text


def test_a_news_line_about_a_war_elsewhere_names_its_country_in_arabic(gazetteer):
    # A page's list of other news: the line about another country's war is placed there,
    # not in the Syrian town the page's own story names.
    text = ("قصفت القوات التركية قرية تل الورد قرب مدينة منبج اليوم.\n\n"
            "الجيش في ميانمار يقصف قرية ويقتل 12 شخصا\n\nاشتباكات في باكستان تخلف 7 قتلى")
    doc = Document(id="t", raw_hash="", text=text)
    by_figure = {c.min: c.place.country for c in extract_claims(doc, find_places(doc, gazetteer)) if c.place}
    assert by_figure == {12: "MM", 7: "PK"}
    # "قرية" there stands alone: "and kills" is no village's name
    assert "ويقتل" not in found(text, gazetteer)


def test_in_critical_condition_names_no_place(gazetteer):
    # "حرجة" is also a hamlet's name abroad; "بحالة حرجة" is how the wounded are
    assert "حرجة" not in found("ونقل المصابون إلى المشفى وهم بحالة حرجة.", gazetteer)
