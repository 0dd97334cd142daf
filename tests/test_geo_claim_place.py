"""The place a claim takes from its document's places (extract.context.DocContext.place), on invented text."""

from __future__ import annotations

from civcas.extract import extract_claims
from civcas.model import Document, Place


def claims(text: str, places: list[Place], lang: str = "en"):
    return extract_claims(Document(id="doc-1", raw_hash="h", text=text, lang=lang, published="2024-03-15"), places)


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
    text = "Shelling killed three civilians in Kafr Alpha, and two civilians were hurt in the village of Tell Beta."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    got = {(c.kind, c.min): c.place.name for c in claims(text, places)}
    assert got == {("killed", 3): "Kafr Alpha", ("injured", 2): "Tell Beta"}


def test_an_arabic_figure_takes_the_village_its_clause_names_not_the_area_before():
    text = "عاود النظام قصف منطقة جبل الألف، ما أسفر عن إصابة رجل في قرية تل بيتا"
    places = [at(text, "جبل الألف", "Northvale", "district"), at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
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
    (c,) = claims(text, places, "ar")
    assert c.place.name == "تل بيتا"

    text = "Two children of a family displaced from the town of Kafr Alpha were killed by shelling on Tell Beta."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    assert [c.place.name for c in claims(text, places)] == ["Tell Beta"]


def test_people_from_a_town_are_its_residents_not_where_they_were_hit():
    text = ("داهمت دورية قرية تل بيتا فجر اليوم.\n\n"
            "وحاصرت الدورية منزلاً يقطنه أشخاص من مدينة كفر ألفا وقتلت اثنين منهم.")
    places = [at(text, "تل بيتا", "Northvale"), at(text, "كفر ألفا", "Northvale")]
    assert [c.place.name for c in claims(text, places, "ar")] == ["تل بيتا"]
    text = ("A patrol raided the village of Tell Beta at dawn.\n\n"
            "It surrounded a house of people from Kafr Alpha, killing two of them.")
    places = [at(text, "Tell Beta", "Northvale"), at(text, "Kafr Alpha", "Northvale")]
    assert [c.place.name for c in claims(text, places)] == ["Tell Beta"]


def test_a_figure_after_its_places_takes_the_one_the_strike_hit():
    # The activists' town is named first; the shelling hit the village.
    text = "Activists in Kafr Alpha said that shelling on Tell Beta killed two civilians."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    assert [c.place.name for c in claims(text, places)] == ["Tell Beta"]

    text = "قال ناشطون في بلدة كفر ألفا إن قصفا مدفعيا على قرية تل بيتا أدى لمقتل مدنيين اثنين"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    assert [c.place.name for c in claims(text, places, "ar")] == ["تل بيتا"]


def nation(text: str, name: str, code: str) -> Place:
    start = text.index(name)
    return Place(name=name, start=start, end=start + len(name), country=code, precision="country", text=name)


def test_a_toll_in_another_country_keeps_that_country():
    text = ("Shelling killed two civilians in Kafr Alpha. Kafr Alpha was shelled again.\n\n"
            "An air raid killed 12 people in Sudan.")
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1),
              nation(text, "Sudan", "SD")]
    got = {c.min: (c.place.name, c.place.country) for c in claims(text, places) if c.kind == "killed"}
    assert got == {2: ("Kafr Alpha", "SY"), 12: ("Sudan", "SD")}


def test_an_arabic_toll_named_in_another_country_keeps_that_country():
    text = "قصف مدفعي على قرية تل بيتا أدى إلى مقتل مدنيين.\n\nمقتل 30 شخصاً في السودان"
    places = [at(text, "تل بيتا", "Northvale"), nation(text, "السودان", "SD")]
    got = {c.min: c.place.name for c in claims(text, places) if c.kind == "killed"}
    assert got[30] == "السودان"


def test_a_country_named_as_the_attacker_is_no_place():
    text = ("Shelling hit Kafr Alpha at dawn. Kafr Alpha is near the front.\n\n"
            "Turkey shelled the area, killing three civilians.\n\nتركيا تقصف القرية وتقتل مدنيين اثنين")
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1),
              nation(text, "Turkey", "TR"), nation(text, "تركيا", "TR")]
    assert {c.place.name for c in claims(text, places) if c.kind == "killed"} == {"Kafr Alpha"}


def test_a_country_named_only_as_a_party_is_no_place_for_a_claim_without_one():
    cases = (("Turkey targeted the protesters at the dam again. The drone strike wounded three civilians.",
              "Turkey", "TR", "en"),
             ("ينعى الدفاع المدني المتطوع سامر العلي الذي قتل بغارات شنها طيران النظام وروسيا", "وروسيا", "RU", "ar"))
    for text, name, code, lang in cases:
        (c,) = claims(text, [nation(text, name, code)], lang)
        assert c.place is None, text


def test_a_country_named_as_the_storys_setting_not_a_party_still_places_a_claim():
    cases = (("Lebanon's health ministry said 12 people were killed in strikes on Tuesday.", "Lebanon", "LB", "en"),
             ("سوريا: مقتل خمسة مدنيين بقصف مدفعي على سوق شعبي", "سوريا", "SY", "ar"))
    for text, name, code, lang in cases:
        (c,) = claims(text, [nation(text, name, code)], lang)
        assert c.place.name == name, text


def test_a_country_named_as_where_things_happen_still_places_a_claim_without_one():
    text = "Fighting went on in Sudan this week. The shelling killed three civilians."
    (c,) = claims(text, [nation(text, "Sudan", "SD")])
    assert c.place.name == "Sudan"


def test_a_sentence_naming_the_home_country_as_well_is_not_moved_abroad():
    text = "Kafr Alpha was shelled. Kafr Alpha mourns.\n\nOne death in Lebanon and 40 in Syria, the ministry said."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1),
              nation(text, "Lebanon", "LB"), nation(text, "Syria", "SY")]
    assert {c.place.country for c in claims(text, places) if c.kind == "killed"} == {"SY"}


def test_a_country_the_speakers_are_in_is_not_where_the_toll_was():
    text = "Shelling hit Kafr Alpha. Kafr Alpha burned.\n\nTwo civilians were killed, officials in Sudan said."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1), nation(text, "Sudan", "SD")]
    assert {c.place.name for c in claims(text, places) if c.kind == "killed"} == {"Kafr Alpha"}


def test_a_sentence_opening_in_another_country_keeps_it():
    text = "Shelling hit Kafr Alpha. Kafr Alpha burned.\n\nIn Sudan, fighting killed 40 people."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1), nation(text, "Sudan", "SD")]
    assert {c.place.name for c in claims(text, places) if c.kind == "killed"} == {"Sudan"}


def test_figures_told_before_their_strike_take_the_place_the_next_clause_names():
    # The first figures' clause names no place; the clause after tells the strike on Kafr Alpha.
    text = ("قتل طفل وأصيب 4 مدنيين، بقصف صاروخي طال السوق الشعبي لمدينة كفر ألفا، "
            "وقتل مدنيان بقصف مماثل استهدف بلدة تل بيتا.")
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    got = {(c.kind, c.min): c.place.name for c in claims(text, places, "ar")}
    assert got == {("killed", 1): "كفر ألفا", ("injured", 4): "كفر ألفا", ("killed", 2): "تل بيتا"}


def test_the_english_figure_takes_the_village_its_following_clause_says_was_hit():
    text = ("Two civilians were injured, when shelling fell on homes in the village of Tell Beta, "
            "and a shell hit Kafr Alpha without casualties.")
    places = [at(text, "Tell Beta", "Northvale"), at(text, "Kafr Alpha", "Northvale")]
    (c,) = [c for c in claims(text, places) if c.kind == "injured"]
    assert c.place.name == "Tell Beta"


def test_a_place_told_before_the_figure_is_not_displaced_by_the_next_clause():
    text = "The shelling of Tell Beta injured a girl, while shelling on Kafr Alpha caused damage."
    places = [at(text, "Tell Beta", "Northvale"), at(text, "Kafr Alpha", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "Tell Beta"


def test_a_countryside_in_the_figures_own_clause_is_not_displaced_by_the_next_clause():
    text = ("Two civilians were killed in the Northvale countryside, and shelling was heard "
            "as a patrol entered the town of Kafr Alpha.")
    places = [at(text, "Northvale", "Northvale", "region"), at(text, "Kafr Alpha", "Southmere")]
    (c,) = claims(text, places)
    assert c.place.name == "Northvale"


def test_where_the_wounded_were_taken_is_not_where_they_were_hit():
    text = "أصيب 5 مدنيين، وجرى إسعافهم إلى المشافي في مدينة كفر ألفا، وقتل مدني بقصف استهدف بلدة تل بيتا"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    (c,) = [c for c in claims(text, places, "ar") if c.kind == "injured"]
    assert c.place.name != "كفر ألفا"


def test_where_the_attackers_fired_from_is_not_where_they_hit():
    text = "قتل مدنيان بقصف لقوات النظام المتمركزة في بلدة كفر ألفا على قرية تل بيتا"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "تل بيتا"


def test_english_forces_stationed_in_a_town_fire_from_it():
    text = "Two civilians were injured by shelling from regime forces stationed in Kafr Alpha on Tell Beta."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "Tell Beta"


def test_an_origin_cue_written_with_its_article_marks_the_origin():
    # "المهجرين من" is written with the article: it must match a word that has one.
    text = "قتل شاب من المهجرين من قرية كفر ألفا بقصف على بلدة تل بيتا"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "تل بيتا"


def test_a_figure_after_where_takes_the_place_right_before_it_not_the_lists_first():
    text = "سقطت قذائف على قرية كفر ألفا وقرية تل بيتا وبلدة دير جيم، حيث أصيب شاب بشظايا إحداها صباح اليوم"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale"), at(text, "دير جيم", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "دير جيم"

    text = "Shelling hit Kafr Alpha, Tell Beta and the town of Deir Gamma, where two civilians were injured."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale"), at(text, "Deir Gamma", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "Deir Gamma"


def test_a_figure_keeps_its_strikes_village_over_a_further_strike_told_after_it():
    text = ("واستهدفت مدفعية النظام عمالاً يقطفون الزيتون قرب قرية كفر ألفا ما أسفر عن جرح سيدتين، "
            "كما طالت القذائف أطراف مدينة تل بيتا")
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "كفر ألفا"

    text = ("Regime artillery fired on farmers working in the olive groves outside Kafr Alpha, injuring two women, "
            "while shelling also hit Tell Beta.")
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "Kafr Alpha"


def test_a_further_strike_in_the_figures_clause_without_a_comma_does_not_place_it():
    cases = [("قصفت المدفعية قرية كفر ألفا ما أدى لإصابة مدنيين كما قصفت بلدة تل بيتا",
              "كفر ألفا", "تل بيتا", "ar"),
             ("Shelling hit Kafr Alpha and wounded two civilians while artillery also shelled Tell Beta.",
              "Kafr Alpha", "Tell Beta", "en")]
    for text, first, later, lang in cases:
        places = [at(text, first, "Northvale"), at(text, later, "Northvale")]
        assert [c.place.name for c in claims(text, places, lang)] == [first], text


def test_a_figure_after_a_further_strike_word_takes_the_place_struck_after_it():
    text = "سقطت قذائف هاون على أطراف قرية كفر ألفا، في حين جرح طفلان إثر غارة جوية طالت بلدة تل بيتا"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "تل بيتا"

    text = "Shells fell near Kafr Alpha; in addition, a rocket on Tell Beta wounded two civilians."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "Tell Beta"


def test_a_figure_reported_after_a_further_word_keeps_the_place_struck_before():
    # "while activists said", "كما أفاد": a report of the same strike, not a further one.
    cases = [("قصفت المدفعية قرية كفر ألفا، كما أفاد ناشطون بإصابة مدنيين، وقالوا إن القصف مصدره تل بيتا",
              "كفر ألفا", "تل بيتا", "ar"),
             ("Artillery shelled Kafr Alpha, while activists said two civilians were wounded, adding that the "
              "shelling was from Tell Beta.", "Kafr Alpha", "Tell Beta", "en")]
    for text, first, later, lang in cases:
        places = [at(text, first, "Northvale"), at(text, later, "Northvale")]
        assert [c.place.name for c in claims(text, places, lang)] == [first], text


def test_where_the_shelling_came_from_is_not_where_it_hit():
    cases = [("قصفت المدفعية قرية كفر ألفا، في حين أصيب مدنيان، والقصف انطلق من بلدة تل بيتا",
              "كفر ألفا", "تل بيتا", "ar"),
             ("Artillery shelled the village of Kafr Alpha, while two civilians were wounded, and the shelling "
              "came from Tell Beta.", "Kafr Alpha", "Tell Beta", "en")]
    for text, first, later, lang in cases:
        places = [at(text, first, "Northvale"), at(text, later, "Northvale")]
        assert [c.place.name for c in claims(text, places, lang)] == [first], text


def test_a_figure_after_a_further_word_without_a_strike_keeps_the_place_before():
    # Only where the wounded were taken follows "while": no strike there.
    text = "Shelling hit the village of Kafr Alpha, while two civilians were injured and taken to the hospital in Tell Beta."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "Kafr Alpha"
    # A place after "while" that is no origin, with no strike word before it: where the medics are.
    cases = [("Shelling hit the village of Kafr Alpha, while two civilians were injured, medics in Tell Beta said.",
              "Kafr Alpha", "Tell Beta", "en"),
             ("قصفت المدفعية قرية كفر ألفا، في حين أصيب مدنيان بجروح، بحسب مسعفين في تل بيتا",
              "كفر ألفا", "تل بيتا", "ar")]
    for text, first, later, lang in cases:
        places = [at(text, first, "Northvale"), at(text, later, "Northvale")]
        assert [c.place.name for c in claims(text, places, lang)] == [first], text


def test_a_second_further_word_ends_the_reach_of_the_first():
    # The strike after the second further word is another strike, not the figure's.
    cases = [("Shells fell near Kafr Alpha; in addition, two civilians were wounded, while a rocket hit Tell Beta.",
              "Kafr Alpha", "Tell Beta", "en"),
             ("سقطت قذائف قرب قرية كفر ألفا، كما أصيب مدنيان بجروح، في حين استهدف صاروخ بلدة تل بيتا",
              "كفر ألفا", "تل بيتا", "ar")]
    for text, first, later, lang in cases:
        places = [at(text, first, "Northvale"), at(text, later, "Northvale")]
        assert [c.place.name for c in claims(text, places, lang)] == [first], text


def test_the_main_place_is_not_where_the_victims_came_from():
    text = ("The families were displaced from Kafr Alpha last year; others displaced from Kafr Alpha joined them.\n\n"
            "Their camp lies at the edge of Tell Beta.\n\n"
            "Shelling in the Northvale countryside killed two civilians.")
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1),
              at(text, "Tell Beta", "Northvale"), at(text, "Northvale", "Northvale", "region")]
    (c,) = claims(text, places)
    assert c.place.name == "Tell Beta"


def test_the_victims_home_town_is_the_main_place_when_no_other_town_is_named():
    text = "أصيب 4 من أهالي بلدة كفر ألفا بقصف صاروخي على أحياء البلدة.\n\nوتتعرض قرى ريف الشمالية لقصف يومي."
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "الشمالية", "Northvale", "region")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "كفر ألفا"


def test_the_area_an_origin_is_said_to_lie_in_is_part_of_the_origin():
    text = ("قصفت المدفعية عمالاً في الأراضي الزراعية قرب قرية تل بيتا.\n\n"
            "وأسفر القصف عن مقتل شاب من أهالي قرية كفر ألفا في ريف دير جيم")
    places = [at(text, "تل بيتا", "Northvale", "district"), at(text, "كفر ألفا", "Northvale"),
              at(text, "دير جيم", "Northvale", "region")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "تل بيتا"


def test_an_area_named_as_shelled_after_an_origin_is_where_it_happened():
    # A strike told between them: the area is the target, not where the origin lies.
    text = "قتل شاب من أهالي قرية كفر ألفا بقصف مدفعي على ناحية دير جيم"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "دير جيم", "Northvale", "district")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "دير جيم"


def test_a_town_after_an_origin_is_where_it_happened_not_where_the_origin_lies():
    texts = ("قتل شاب من أهالي كفر ألفا في تل بيتا برصاص قناص",
             "استشهد شاب من أهالي بلدة كفر ألفا في تل بيتا، إثر قصف مدفعي",
             "قتل شاب من أهالي قرية كفر ألفا في تل بيتا.\n\nوكانت بلدة دير جيم تعرضت لقصف أمس.")
    for text in texts:
        places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
        if "دير جيم" in text:
            places.append(at(text, "دير جيم", "Northvale"))
        (c,) = claims(text, places, "ar")
        assert c.place.name == "تل بيتا", text


def test_an_origin_earlier_in_the_paragraph_does_not_place_a_governorate_sentence():
    text = ("نزح مئات من أهالي قرية كفر ألفا إلى المخيمات. وقتل مدنيان بقصف على ريف الشمالية.\n\n"
            "وكانت بلدة تل بيتا تعرضت لقصف مماثل أمس.")
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "الشمالية", "Northvale", "region"),
              at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "تل بيتا"


def test_a_dateline_is_where_the_report_was_filed_not_where_it_happened():
    text = "RIVERTON, Syria (Valley Press) – A car bomb in the village of Oakdale, south of Riverton, injured two civilians."
    places = [at(text, "RIVERTON", "Northvale"), at(text, "Oakdale", "Northvale"), at(text, "Riverton", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "Oakdale"


def test_a_dateline_stays_the_place_when_no_other_place_is_named_as_hit():
    texts = ("RIVERTON – Two civilians were killed in the city when shelling hit a market, a doctor from Oakdale said.",
             "RIVERTON: Shelling killed two civilians, a medic from Oakdale said.")
    for text in texts:
        places = [at(text, "RIVERTON", "Northvale"), at(text, "Oakdale", "Northvale")]
        (c,) = claims(text, places)
        assert c.place.name == "RIVERTON", text


def test_a_dateline_stays_the_place_when_only_a_coarser_area_is_named():
    text = ("Tell Beta was shelled on Monday.\n\n"
            "RIVERTON, Syria (Valley Press) – Two civilians were killed in Northvale.")
    places = [at(text, "Tell Beta", "Northvale"), at(text, "RIVERTON", "Northvale"),
              at(text, "Northvale", "Northvale", "region")]
    (c,) = claims(text, places)
    assert c.place.name == "RIVERTON"


def test_a_dateline_gives_way_to_an_area_it_does_not_lie_in():
    # a hyphen ends the dateline too; the strike's village is named in the next paragraph
    text = ("RIVERTON, Syria (Valley Press)- Two civilians were killed on Monday in a drone strike on "
            "farmland in the countryside of Southmere.\n\nThe drone hit the village of Oakdale in the Southmere countryside.")
    places = [at(text, "RIVERTON", "Northvale"), at(text, "Southmere", "Southmere", "region"),
              at(text, "Oakdale", "Southmere", "district"), at(text, "Southmere", "Southmere", "region", nth=1)]
    (c,) = claims(text, places)
    assert c.place.name == "Oakdale"


def test_a_dateline_gives_way_to_a_village_named_with_its_kind():
    text = "RIVERTON, Syria (Valley Press) – Forces bombarded overnight the village of Oakdale, killing two civilians."
    places = [at(text, "RIVERTON", "Northvale"), at(text, "Oakdale", "Northvale", "district")]
    (c,) = claims(text, places)
    assert c.place.name == "Oakdale"


def test_a_dateline_stays_beside_a_village_named_with_its_kind_but_not_struck():
    for tail in ("days after the army recaptured the village of Oakdale.", "as families fled towards the town of Oakdale."):
        text = f"RIVERTON, Syria (Valley Press) – Shelling killed two civilians in the city on Monday, {tail}"
        places = [at(text, "RIVERTON", "Northvale"), at(text, "Oakdale", "Northvale", "district")]
        (c,) = claims(text, places)
        assert c.place.name == "RIVERTON", text


def test_a_dateline_still_counts_towards_the_documents_main_place():
    text = ("RIVERTON, Syria (Valley Press) – Government forces shelled the city on Monday, residents said.\n\n"
            "Three civilians were killed, a doctor said.\n\nShells also fell on the village of Oakdale, causing no casualties.")
    places = [at(text, "RIVERTON", "Northvale"), at(text, "Oakdale", "Northvale", "district")]
    (c,) = claims(text, places)
    assert c.place.name == "RIVERTON"


def test_a_capitalised_place_in_a_dateline_shape_mid_paragraph_is_not_a_dateline():
    text = "In the north, shelling struck RIVERTON: a car bomb in the village of Oakdale injured two civilians."
    places = [at(text, "RIVERTON", "Northvale"), at(text, "Oakdale", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "RIVERTON"


def test_a_capitalised_place_without_a_dateline_shape_is_not_a_dateline():
    text = "RIVERTON was shelled and two civilians were injured, a medic in the village of Oakdale said."
    places = [at(text, "RIVERTON", "Northvale"), at(text, "Oakdale", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "RIVERTON"


def test_a_figure_in_a_relative_clause_takes_the_place_the_clause_hangs_on():
    text = "قصف صاروخي استهدف قرية كفر ألفا وقرية تل بيتا وبلدة دير جيم والتي أصيب فيها شاب بجروح بليغة"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale"), at(text, "دير جيم", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "دير جيم"


def test_a_relative_clause_not_told_of_a_place_does_not_move_the_figure():
    # "التي" here hangs on the shelling ("which led to"), not on the district named before it.
    text = "أدى قصف على منازل في قرية كفر ألفا التابعة لمنطقة تل بيتا التي أدت إلى مقتل مدني"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "كفر ألفا"


def test_where_after_a_place_and_the_town_it_lies_in_tells_of_the_place():
    text = "غارات جوية على منازل السكان في حي الألف في مدينة تل بيتا، حيث انتشلت فرقنا جثمان رجل"
    places = [at(text, "الألف", "Northvale", "exact"), at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "الألف"

    text = "قصف مدفعي على قرية كفر ألفا وقرية دير جيم الواقعة شرقي ناحية تل بيتا، حيث قتل 5 مدنيين"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "دير جيم", "Northvale"), at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "دير جيم"


def test_the_town_the_wounded_were_taken_to_is_not_where_they_were_hit():
    text = "طال قصف تركي قرية كفر ألفا، ما أدى لمقتل 5 مدنيين وجرح آخرين، نقلوا إلى مشافي مدينة تل بيتا"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    assert {c.place.name for c in claims(text, places, "ar")} == {"كفر ألفا"}

    text = "Shelling hit Kafr Alpha, killing three civilians; the wounded were taken to hospital in Tell Beta."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    assert {c.place.name for c in claims(text, places)} == {"Kafr Alpha"}


def test_a_second_hospital_joined_to_the_first_is_not_where_they_were_hit():
    text = "قتل 3 مدنيين بغارة على قرية كفر ألفا، ونقل الجرحى إلى مشفى تل بيتا الجراحي ومشافي مدينة دير جيم."
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale"), at(text, "دير جيم", "Northvale")]
    assert {c.place.name for c in claims(text, places, "ar")} == {"كفر ألفا"}


def test_a_place_the_wounded_fled_is_not_where_they_were_hit():
    text = "Shelling hit Kafr Alpha, while two civilians who had fled the bombardment of Tell Beta were wounded."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    assert [c.place.name for c in claims(text, places)] == ["Kafr Alpha"]

    text = "قصف مدفعي على بلدة كفر ألفا، وأصيب مدنيان من الذين نزحوا من تل بيتا"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    assert [c.place.name for c in claims(text, places, "ar")] == ["كفر ألفا"]


def test_a_further_word_before_no_strike_does_not_end_the_figures_clause():
    # "while they were harvesting in B": the victims were in B, no other strike is told
    text = "Jets struck Kafr Alpha and killed two civilians while they were harvesting in Tell Beta."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    assert [c.place.name for c in claims(text, places)] == ["Tell Beta"]


def test_a_village_named_as_where_the_strike_hit_its_homes_is_struck():
    # The strike word is five words before the village: its object, then "في قرية".
    text = "ولم تكن مدينة كفر ألفا الهدف الوحيد، إذ جرح رجل بقصف مدفعي، استهدف البيوت السكنية في قرية تل بيتا"
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    (c,) = claims(text, places, "ar")
    assert c.place.name == "تل بيتا"

    text = "Kafr Alpha was not alone: a man was wounded, as artillery at dawn shelled the homes in the village of Tell Beta."
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Tell Beta", "Northvale")]
    (c,) = claims(text, places)
    assert c.place.name == "Tell Beta"


# A report's own strike on Kafr Alpha, told first, as result paragraphs' tests open.
AR_REPORT = "قصف على كفر ألفا\n\nقصفت قوات النظام بلدة كفر ألفا صباح اليوم.\n\n"


def test_a_paragraph_telling_what_the_strike_just_told_did_takes_that_strikes_place():
    # The headline's town is the main place; the strike told in the paragraph before hit another.
    text = ("Shelling hits Kafr Alpha\n\nShelling hit Kafr Alpha on Monday, damaging homes.\n\n"
            "Hours earlier, missiles struck a camp near Tell Beta, north of Northvale.\n\n"
            "The strike killed four civilians and injured nine others.")
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1),
              at(text, "Tell Beta", "Northvale"), at(text, "Northvale", "Northvale", "region")]
    assert {c.place.name for c in claims(text, places)} == {"Tell Beta"}
    text = (AR_REPORT
            + "واستهدفت الطائرات المسيرة قرية تل بيتا شمال مدينة نورثفيل.\n\n"
            "وأسفر القصف عن سقوط أربعة قتلى مدنيين.")
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "كفر ألفا", "Northvale", nth=1),
              at(text, "تل بيتا", "Northvale"), at(text, "نورثفيل", "Northvale")]
    assert {c.place.name for c in claims(text, places, "ar")} == {"تل بيتا"}
    # "after the attack" opens another event: the report's own town stands
    text = (AR_REPORT
            + "واستهدفت الطائرات المسيرة قرية تل بيتا.\n\n"
            "وعقب الهجوم، قتل أربعة مدنيين.")
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "كفر ألفا", "Northvale", nth=1),
              at(text, "تل بيتا", "Northvale")]
    assert {c.place.name for c in claims(text, places, "ar")} == {"كفر ألفا"}


def test_what_a_result_paragraph_reaches_back_to_and_what_it_does_not():
    head = ("Shelling hits Kafr Alpha\n\nShelling hit Kafr Alpha on Monday, damaging homes.\n\n"
            "Hours earlier, missiles struck a farm near Tell Beta.\n\n")
    places = lambda text: [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1),
                           at(text, "Tell Beta", "Northvale")]
    # any strike word, and results told over several paragraphs, reach the strike told before them
    for opening in ("The airstrike", "The raid", "The explosion"):
        text = head + f"{opening} killed four civilians."
        assert {c.place.name for c in claims(text, places(text))} == {"Tell Beta"}, opening
    text = head + "The strike killed four civilians.\n\nThe strike also injured nine others."
    assert {c.place.name for c in claims(text, places(text))} == {"Tell Beta"}
    # not a sentence inside a paragraph telling a strike of its own, nor one going on with the report's strike
    text = head + "In another raid, jets bombed a bakery at dawn. The strike killed four civilians."
    assert {c.place.name for c in claims(text, places(text))} == {"Kafr Alpha"}
    text = head + "The shelling also injured three other civilians."
    assert {c.place.name for c in claims(text, places(text))} == {"Kafr Alpha"}
    # nor where the attackers fired from
    text = (AR_REPORT
            + "وقصفت المدفعية المتمركزة في معسكر تل بيتا قرى ريف نورثفيل.\n\n"
            "وأسفر القصف عن مقتل مدنيين اثنين.")
    found = [at(text, "كفر ألفا", "Northvale"), at(text, "كفر ألفا", "Northvale", nth=1), at(text, "تل بيتا", "Northvale"),
             at(text, "نورثفيل", "Northvale", "region")]
    assert {c.place.name for c in claims(text, found, "ar")} == {"كفر ألفا"}


def test_a_result_paragraph_is_read_from_its_opening_words_only():
    head = (AR_REPORT
            + "واستهدفت الطائرات المسيرة قرية تل بيتا شمال مدينة نورثفيل.\n\n")
    found = lambda text: [at(text, "كفر ألفا", "Northvale"), at(text, "كفر ألفا", "Northvale", nth=1),
                          at(text, "تل بيتا", "Northvale"), at(text, "نورثفيل", "Northvale")]
    # "كما" later in the sentence ("as our correspondent reported") is no going on with the report's strike
    text = head + "وأسفر القصف عن سقوط أربعة قتلى مدنيين، كما أفاد مراسلنا."
    assert {c.place.name for c in claims(text, found(text), "ar")} == {"تل بيتا"}
    # a strike word opening a sentence that tells a strike of its own is no result
    text = ("Shelling hits Kafr Alpha\n\nShelling hit Kafr Alpha on Monday, damaging homes.\n\n"
            "Hours earlier, missiles struck a farm near Tell Beta.\n\n"
            "The jets then bombed homes to the south, killing three civilians.")
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1), at(text, "Tell Beta", "Northvale")]
    assert {c.place.name for c in claims(text, places)} == {"Kafr Alpha"}


def test_a_target_after_where_the_attackers_are_stationed_is_still_the_target():
    text = "قصفت قوات النظام المتمركزة في كفر ألفا مدرسة تل بيتا، ما أدى لمقتل 3 أطفال."
    found = [at(text, "كفر ألفا", "Northvale"), at(text, "تل بيتا", "Northvale")]
    assert {c.place.name for c in claims(text, found, "ar")} == {"تل بيتا"}


def everywhere_abroad(text: str, name: str) -> list[Place]:
    """Every mention of a town in another country (the Gaza Strip here)."""
    return [Place(name=name, start=i, end=i + len(name), country="PS", admin1="Gaza Strip", precision="town", text=name)
            for i in range(len(text)) if text.startswith(name, i)]


def test_a_country_told_as_where_bounds_a_page_whose_main_town_is_abroad():
    # A news page's other stories name a town abroad most; the toll is told "in eastern Syria".
    text = ("Seven fighters and four workers were killed in eastern Syria over the past day.\n\n"
            "Bayt Gamma was bombed. Bayt Gamma has no power. Bayt Gamma mourns.")
    places = [nation(text, "Syria", "SY")] + everywhere_abroad(text, "Bayt Gamma")
    assert {c.place.country for c in claims(text, places)} == {"SY"}


def test_an_arabic_country_told_with_its_side_bounds_the_toll():
    text = ("قتل سبعة مسلحين وأربعة عمال مدنيين في شرقي سوريا خلال يوم.\n\n"
            "قصف على بيت غاما. بيت غاما بلا كهرباء. بيت غاما تشيع قتلاها.")
    places = [nation(text, "سوريا", "SY")] + everywhere_abroad(text, "بيت غاما")
    assert {c.place.country for c in claims(text, places, "ar") if c.kind == "killed"} == {"SY"}


def test_a_side_of_another_country_is_where_the_toll_was_without_in():
    # a news list's item on a strike in another country, under a report on Syrian towns
    text = ("Shelling hit Kafr Alpha. Kafr Alpha burned.\n\n"
            "قتيلان بغارة لمسيرة على جنوبي لبنان")
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1), nation(text, "لبنان", "LB")]
    assert {c.place.name for c in claims(text, places, "ar") if c.kind == "killed"} == {"لبنان"}


def test_a_country_told_as_where_keeps_the_toll_from_a_town_abroad_named_before_it():
    text = ("Shelling hit Kafr Alpha. Kafr Alpha burned.\n\n"
            "Jets struck Tell Gamma at dawn. Seven civilians were killed in Syria.")
    abroad = text.index("Tell Gamma")
    places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1),
              Place(name="Tell Gamma", start=abroad, end=abroad + 10, country="LB", admin1="South", precision="town",
                    text="Tell Gamma"),
              nation(text, "Syria", "SY")]
    assert {c.place.country for c in claims(text, places) if c.kind == "killed"} == {"SY"}


def test_a_side_word_does_not_hide_where_the_wounded_were_taken_or_the_speakers_are():
    for tail in ("Two wounded civilians are being treated in a hospital in southern Turkey.",
                 "Two civilians were killed, a monitor based in southern Turkey said."):
        text = "Shelling hit Kafr Alpha. Kafr Alpha burned.\n\n" + tail
        places = [at(text, "Kafr Alpha", "Northvale"), at(text, "Kafr Alpha", "Northvale", nth=1), nation(text, "Turkey", "TR")]
        assert {c.place.name for c in claims(text, places)} == {"Kafr Alpha"}, tail
    text = "قصف على بلدة كفر ألفا. كفر ألفا تحت القصف.\n\nأصيب مدنيان ونقلا إلى مشفى في جنوب تركيا."
    places = [at(text, "كفر ألفا", "Northvale"), at(text, "كفر ألفا", "Northvale", nth=1), nation(text, "تركيا", "TR")]
    assert {c.place.name for c in claims(text, places, "ar")} == {"كفر ألفا"}
