"""Scoring rules of shared/data/README.md, on an invented gold set."""

from __future__ import annotations

from civcas.eval.gold import GoldIncident
from civcas.eval.score import pairwise, score


def _gold(incident_id, sources, **gold):
    base = {"date": "2024-02-03", "lat": None, "lon": None, "location": "Sarmin", "location_ar": "سرمين",
            "civilians_killed": [3, 4], "civilians_injured": None, "belligerents": ["Russian Military"]}
    return GoldIncident(incident_id, base | gold, sources)


def _pred(pid, docs, **fields):
    base = {"id": pid, "document_ids": docs, "date": "2024-02-03", "place": "Sarmin", "lat": None, "lon": None,
            "civilians_killed": {"min": 3, "max": 4}, "civilians_injured": None, "belligerents": ["Russian Military"]}
    return base | fields


def test_a_perfect_prediction_scores_full_marks():
    result = score([_gold("g1", ["a", "b"])], [_pred("p1", ["a", "b"])])
    f = result["figures"]
    for name in ("matched", "date.exact", "civilians_killed.exact", "civilians_killed.overlap",
                 "civilians_injured.no_figure", "belligerent", "location"):
        assert f[name]["share"] == 1.0, name
    assert result["clustering"]["f1"] == 1.0


def test_match_prefers_nearest_date_then_most_shared_documents():
    gold = [_gold("g1", ["a", "b"])]
    far = _pred("p-far", ["a", "b"], date="2024-03-01", civilians_killed=None)
    near = _pred("p-near", ["a"], date="2024-02-04")
    result = score(gold, [far, near])
    assert result["figures"]["date.exact"]["hits"] == 0
    assert result["figures"]["date.within_1_day"]["hits"] == 1
    assert result["figures"]["civilians_killed.exact"]["hits"] == 1


def test_open_ranges_count_as_their_lower_bound():
    gold = [_gold("g1", ["a"], civilians_killed=[10, 12])]
    assert score(gold, [_pred("p", ["a"], civilians_killed={"min": 7, "max": None})])["figures"]["civilians_killed.overlap"]["hits"] == 0
    assert score(gold, [_pred("p", ["a"], civilians_killed={"min": 11, "max": None})])["figures"]["civilians_killed.overlap"]["hits"] == 1


def test_a_place_named_right_without_a_point_near_gold_is_told_apart():
    gold = [_gold("g1", ["a"], lat=35.90, lon=36.72)]
    unplaced = score(gold, [_pred("p", ["a"], place="Sarmin")])["figures"]
    assert (unplaced["location"]["hits"], unplaced["location.name_only"]["hits"]) == (0, 1)
    placed = score(gold, [_pred("p", ["a"], place="Sarmin", lat=35.91, lon=36.73)])["figures"]
    assert (placed["location"]["hits"], placed["location.name_only"]["hits"]) == (1, 0)
    elsewhere = score(gold, [_pred("p", ["a"], place="Binnish")])["figures"]
    assert elsewhere["location.name_only"]["hits"] == 0
    # only gold places with coordinates are counted
    assert "location.name_only" not in score([_gold("g1", ["a"])], [_pred("p", ["a"])])["figures"]


def test_location_by_distance_when_gold_has_coordinates_else_by_name():
    gold = [_gold("g1", ["a"], lat=35.90, lon=36.80)]
    assert score(gold, [_pred("p", ["a"], lat=35.95, lon=36.82)])["figures"]["location"]["hits"] == 1
    assert score(gold, [_pred("p", ["a"], lat=36.50, lon=37.50)])["figures"]["location"]["hits"] == 0
    named = [_gold("g1", ["a"], location="Al-Qubbah, east of Manbij, Aleppo")]
    assert score(named, [_pred("p", ["a"], place="Qubbah")])["figures"]["location"]["hits"] == 1
    assert score(named, [_pred("p", ["a"], place="Idlib")])["figures"]["location"]["hits"] == 0
    spelled = [_gold("g1", ["a"], location="Jisr Al Shughour, western countryside of Idlib", region="Idlib")]
    assert score(spelled, [_pred("p", ["a"], place="Jisr ash Shughur")])["figures"]["location"]["hits"] == 1
    assert score(spelled, [_pred("p", ["a"], place="Idlib")])["figures"]["location"]["hits"] == 0
    # the governorate's city, when gold names the city and the prediction is the town
    city = [_gold("g1", ["a"], location="a bakery in the city centre of Idlib", region="Idlib")]
    assert score(city, [_pred("p", ["a"], place="Idlib", geo_precision="town")])["figures"]["location"]["hits"] == 1
    park = [_gold("g1", ["a"], location="shops beside the Idlib city stadium, Idlib", region="Idlib")]
    assert score(park, [_pred("p", ["a"], place="Idlib", geo_precision="town")])["figures"]["location"]["hits"] == 1
    assert score(city, [_pred("p", ["a"], place="Idlib", geo_precision="region")])["figures"]["location"]["hits"] == 0
    downtown = [_gold("g1", ["a"], location="downtown", location_ar="وسط مدينة إدلب", region="Idlib")]
    assert score(downtown, [_pred("p", ["a"], place="Idlib", geo_precision="town")])["figures"]["location"]["hits"] == 1
    for elsewhere in ("olive groves of rural Idlib", "the city of Saraqib in the Idlib countryside",
                      "a farm in the Idlib countryside near Saraqib city"):
        around = [_gold("g1", ["a"], location=elsewhere, location_ar=None, region="Idlib")]
        assert score(around, [_pred("p", ["a"], place="Idlib", geo_precision="town")])["figures"]["location"]["hits"] == 0


def test_unmatched_gold_counts_as_a_miss_and_belligerent_names_are_mapped():
    gold = [_gold("g1", ["a"], belligerents=["U.S.-led Coalition"]), _gold("g2", ["z"])]
    result = score(gold, [_pred("p", ["a"], belligerents=["US-led Coalition"])])
    assert result["figures"]["matched"] == {"hits": 1, "total": 2, "share": 0.5}
    assert result["figures"]["belligerent"]["hits"] == 1


def test_pairwise_precision_and_recall_of_document_pairs():
    gold = [_gold("g1", ["a", "b", "c"]), _gold("g2", ["d"])]
    result = pairwise(gold, [_pred("p1", ["a", "b"]), _pred("p2", ["c", "d"])])
    # gold pairs ab ac bc; predicted ab cd -> one right of two, one found of three
    assert (result["precision"], result["recall"]) == (0.5, round(1 / 3, 4))


def test_no_figure_is_zero_against_a_gold_range_from_zero():
    gold = [_gold("g1", ["a"], civilians_killed=[0, 2]), _gold("g2", ["b"], civilians_killed=[1, 2])]
    result = score(gold, [_pred("p", ["a"], civilians_killed=None), _pred("q", ["b"], civilians_killed=None)])
    assert result["figures"]["civilians_killed.overlap"]["hits"] == 1
    assert result["figures"]["civilians_killed.exact"]["hits"] == 0


def test_a_place_under_another_of_its_names_or_after_village_of_is_the_same_place():
    kobani = [_gold("g1", ["a"], location="Kobani, Aleppo", location_ar="كوباني")]
    town = {"place": "'Ayn al 'Arab", "admin1": "Aleppo"}
    assert score(kobani, [_pred("p", ["a"], **town)])["figures"]["location"]["hits"] == 1
    assert score(kobani, [_pred("p", ["a"], place="Manbij", admin1="Aleppo")])["figures"]["location"]["hits"] == 0
    tal = [_gold("g1", ["a"], location="outskirts of Tal Abyad town, Raqqa", location_ar="")]
    assert score(tal, [_pred("p", ["a"], place="Tall Abyad", admin1="Raqqa")])["figures"]["location"]["hits"] == 1


def test_a_place_word_after_the_name_or_before_an_arabic_name_is_not_part_of_it():
    def hit(location, location_ar, place):
        gold = [_gold("g1", ["a"], location=location, location_ar=location_ar)]
        return score(gold, [_pred("p", ["a"], place=place)])["figures"]["location"]["hits"]

    assert hit("Deir Zaytoun town, Hama", "", "Dayr Zaytun") == 1
    assert hit("Oakdale village", None, "Oakdale") == 1
    assert hit("Riverton, Hama", "مدينة تل الزيزفون", "تل الزيزفون") == 1
    assert hit("Riverton, Hama", "قرية تل الزيزفون", "Tall az Zayzafun") == 1
    assert hit("Deir Zaytoun town, Hama", "بلدة تل الزيزفون", "Oakdale") == 0
    # The town whose countryside holds the place is not the place, in Arabic as in English.
    assert hit("Oakdale village, countryside of Riverton", "قرية أوكديل بريف ريفرتون", "ريفرتون") == 0
    assert hit("Oakdale village, countryside of Riverton", "قرية أوكديل بريف ريفرتون", "أوكديل") == 1


def test_a_town_holding_the_spot_gold_names_is_the_place_at_town_precision():
    def hit(location, place, precision="town", region="Hama"):
        gold = [_gold("g1", ["a"], location=location, location_ar=None, region=region)]
        return score(gold, [_pred("p", ["a"], place=place, geo_precision=precision)])["figures"]["location"]["hits"]

    assert hit("a bakery, a clinic and homes in Oakdale, Hama", "Oakdale") == 1
    assert hit("shops on Cedar Street in the Mill neighbourhood of Riverton", "Riverton") == 1
    assert hit("Cedar roundabout, Mill neighborhood, Riverton city", "Riverton") == 1
    assert hit("the grain market and a school, Hama City, Hama", "Hama") == 1  # the governorate's city, named
    assert hit("a bakery, a clinic and homes in Oakdale, Hama", "Oakdale", "district") == 0
    # its outskirts are the town's, as "أطراف X" is and as the 10 km of the coordinates rule would have them
    assert hit("Mill neighbourhood in the outskirts of Riverton", "Riverton") == 1
    assert hit("a school on the outskirts of Riverton", "Riverton") == 1
    # not inside the town: its countryside, or near, outside or between towns
    assert hit("a school in the Riverton countryside", "Riverton") == 0
    assert hit("a school near the Riverton area, Hama", "Riverton") == 0
    assert hit("a school near Tell Beta, Riverton", "Riverton") == 0
    assert hit("a school between Tell Beta and Kafr Alpha, Riverton", "Riverton") == 0
    assert hit("a school outside Riverton", "Riverton") == 0
    # the innermost place holds the spot, and villages of a governorate are no town
    assert hit("a house in the village of Tell Beta in Riverton", "Riverton", region="Riverton") == 0
    assert hit("a house in the village of Tell Beta in Riverton", "Riverton") == 0
    assert hit("a school northwest of Riverton, Riverton", "Riverton", region="Riverton") == 0
    assert hit("a house in the village of Tell Beta in Riverton", "Tell Beta", region="Riverton") == 1
    assert hit("homes in villages of Hama", "Hama") == 0
    # a district or an area predicted as such is named as gold names it
    assert hit("Riverton district", "Riverton", "district") == 1
    assert hit("farms in the Jabal Alfa area", "Jabal Alfa", "district") == 1
    assert hit("the house of Sami Haddad, Oakdale town", "Oakdale") == 1  # "of" an owner, not a town


def test_a_village_in_the_other_script_or_after_a_bare_village_word_is_the_same_place():
    def hit(location, place):
        gold = [_gold("g1", ["a"], location=location, location_ar=None, region="Hama")]
        return score(gold, [_pred("p", ["a"], place=place, geo_precision="district")])["figures"]["location"]["hits"]

    assert hit("Kafr Naboun, Hama", "كفرنبون") == 1  # a village the gazetteer lacks keeps the report's spelling
    assert hit("village Al-Mazraa, east of Hama", "Mazraa") == 1
    assert hit("village Kafr Sumara, east of Hama", "كفرسمارة") == 1  # the other script, past the bare "village"
    assert hit("Kafr Naboun, Hama", "كفرزيتا") == 0
    # three consonants meet too many names across scripts: another village is not this one
    assert hit("Hamra, Hama", "حميرة") == 0
    assert hit("village Al-Mazraa, east of Hama", "Hama") == 0


def test_incidents_the_matching_keys_tie_on_share_the_credit():
    # One page, one day, two strikes: the README's keys tie, and neither is picked.
    gold = [_gold("g1", ["a"], location="Kafr Nabudah", location_ar="كفرنبودة", civilians_killed=[2, 2])]
    other = _pred("p-a", ["a"], place="Sarmin", civilians_killed={"min": 5, "max": 5})
    own = _pred("p-b", ["a"], place="Kafr Nabudah", civilians_killed={"min": 2, "max": 2})
    for order in ([other, own], [own, other]):
        f = score(gold, order)["figures"]
        assert (f["location"]["hits"], f["civilians_killed.exact"]["hits"], f["date.exact"]["hits"]) == (0.5, 0.5, 1)
        assert f["location"]["share"] == 0.5
    # the date and the shared documents still come first
    far = _pred("p-c", ["a"], place="Kafr Nabudah", date="2024-02-20")
    assert score(gold, [other, far])["figures"]["location"]["hits"] == 0
    # whole counts stay whole
    assert score(gold, [own])["figures"]["location"]["hits"] == 1


def test_misses_are_told_apart_by_where_the_right_figure_lies():
    gold = [
        _gold("tie", ["a"], location="Kafr Nabudah", location_ar="كفرنبودة"),
        _gold("split", ["b", "c"], civilians_killed=[2, 2]),
        _gold("absent", ["d"], civilians_killed=[9, 9]),
        _gold("lost", ["z"]),
    ]
    predicted = [
        _pred("p-a1", ["a"], place="Kafr Nabudah"), _pred("p-a2", ["a"], place="Sarmin"),
        # the matched incident (nearest in date) has 5 dead; another of its sources' incidents has the 2
        _pred("p-b", ["b"], civilians_killed={"min": 5, "max": 5}),
        _pred("p-c", ["c"], date="2024-02-05", civilians_killed={"min": 2, "max": 2}),
        _pred("p-d", ["d"], place="Binnish", civilians_killed={"min": 4, "max": 4}),
    ]
    result = score(gold, predicted)
    location, killed = result["misses"]["location"], result["misses"]["civilians_killed.exact"]
    assert location == {"unmatched": 1, "tied": 0.5, "elsewhere": 0, "nowhere": 1}
    assert killed == {"unmatched": 1, "tied": 0, "elsewhere": 1, "nowhere": 1}
    # a figure every gold incident hits has no misses to tell
    assert "matched" not in result["misses"] and "civilians_injured.no_figure" not in result["misses"]
    assert result["figures"]["location"]["hits"] == 1.5
