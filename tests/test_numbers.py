"""Figures: digits, number words, vague quantities, ranges, duals, and the
numbers that are not head counts."""

import pytest

from civcas.extract import extract_claims
from civcas.model import Document


def claims(text, lang="en", published="2024-03-15"):
    return extract_claims(Document(id="t", raw_hash="h", text=text, lang=lang, published=published), [])


def figures(text, lang="en"):
    """Claims that state a figure (harm reported without one is not a figure)."""
    return [(c.kind, c.group, c.min, c.max) for c in claims(text, lang) if (c.min, c.max) != (None, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shelling killed 7 civilians in the village.", ("killed", "civilians", 7, 7)),
        ("Shelling killed twenty-three civilians in the village.", ("killed", "civilians", 23, 23)),
        ("An air raid killed more than 15 people.", ("killed", "civilians", 16, None)),
        ("An air raid killed at least seven civilians.", ("killed", "civilians", 7, None)),
        ("Nearly 40 people were killed during the attack.", ("killed", "civilians", 40, 40)),
        ("Fewer than 10 people were killed during the attack.", ("killed", "civilians", None, 10)),
        ("أسفر القصف عن مقتل ما يقارب 25 مدنيا.", ("killed", "civilians", 25, 25)),
        ("A strike injured a dozen civilians.", ("injured", "civilians", 12, 12)),
        ("Dozens of civilians were wounded.", ("injured", "civilians", 12, None)),
        ("Hundreds of people were killed.", ("killed", "civilians", 100, None)),
        ("Between 5 and 8 civilians were killed.", ("killed", "civilians", 5, 8)),
        ("The raid killed 5-8 civilians.", ("killed", "civilians", 5, 8)),
        ("Several civilians were injured.", ("injured", "civilians", 2, None)),
    ],
)
def test_english_figures(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("استشهد ٣ مدنيين في القصف.", ("killed", "civilians", 3, 3)),
        ("مقتل خمسة وعشرين مدنيا بغارة.", ("killed", "civilians", 25, 25)),
        ("مقتل ثلاثة عشر شخصا بغارة.", ("killed", "civilians", 13, 13)),
        ("إصابة عشرات المدنيين بقصف مدفعي.", ("injured", "civilians", 12, None)),
        ("مقتل أكثر من 20 مدنيا.", ("killed", "civilians", 21, None)),
        ("مقتل 4 مدنيين على الأقل.", ("killed", "civilians", 4, None)),
        ("قتل مدنيان في القصف.", ("killed", "civilians", 2, 2)),
        ("أسفر القصف المدفعي عن استشهاد طفلين.", ("killed", "children", 2, 2)),
        ("أصيب شخصين بجروح.", ("injured", "civilians", 2, 2)),
        ("مقتل طفل بقصف على القرية.", ("killed", "children", 1, 1)),
        ("إصابة امرأة بشظايا القذيفة.", ("injured", "women", 1, 1)),
        ("سقط شهيد في البلدة.", ("killed", "unknown", 1, 1)),
        ("استشهاد مدنيين اثنين في الغارة.", ("killed", "civilians", 2, 2)),
        ("أصيب عدد من المدنيين.", ("injured", "civilians", 2, None)),
        # the accusative, with its alef (and its tanween or not)
        ("قتل القصف عدداً من المدنيين.", ("killed", "civilians", 2, None)),
        ("أدى القصف إلى إصابة عددا من المدنيين.", ("injured", "civilians", 2, None)),
    ],
)
def test_arabic_figures(text, expected):
    assert figures(text, "ar") == [expected]


def test_arabic_normalisation_variants_and_tatweel():
    # tatweel, hamza-less alef and ta marbuta written as ha still match
    assert figures("اسـتـشـهـاد 6 اطفال واصابه 9 اخرين", "ar") == [
        ("killed", "children", 6, 6), ("injured", "civilians", 9, 9)]


def test_obfuscated_arabic_is_read_through():
    assert figures("استـ.ـشهاد 4 مدنيـ ـين بقـ.ـصف", "ar") == [("killed", "civilians", 4, 4)]


def test_span_points_into_original_text():
    text = "وأسفرت الغارة عن اسـتـشـهـاد ٧ مدنيين."
    (claim,) = claims(text, "ar")
    assert text[claim.start:claim.end] == claim.text == "٧ مدنيين"
    assert text[claim.sentence_start:].startswith(claim.sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Eight rockets hit the town on Friday.",
        "The victim, aged 12, was taken to hospital.",
        "Leave a reply. 4 + 3 = ?",
        "The strike hit a village of 2,000 residents 15 km from the front; nobody was hurt.",
        "In 2019 the town was shelled.",
    ],
)
def test_numbers_that_are_not_casualties(text):
    assert figures(text) == []


def test_counted_things_are_not_victims():
    assert figures("Eight rockets hit the village, killing three civilians.") == [
        ("killed", "civilians", 3, 3)]
    assert figures("شنت الطائرات 5 غارات أسفرت عن مقتل مدنيين اثنين.", "ar") == [
        ("killed", "civilians", 2, 2)]
    # "both sides" counts the parties, not two dead
    assert figures("Clashes between both sides killed three civilians in Riverton.") == [
        ("killed", "civilians", 3, 3)]
    # one attack, one drone strike, one barrel bomb: the strikes counted, not a victim
    assert figures("One attack on Riverton killed 2 civilians.") == [("killed", "civilians", 2, 2)]
    assert figures("One drone strike on Riverton killed 2 civilians.") == [("killed", "civilians", 2, 2)]
    assert figures("ألقت المروحيات 4 براميل على البلدة وقتلت 3 مدنيين.", "ar") == [("killed", "civilians", 3, 3)]
    # the bullets fired, not the dead: one victim each
    assert figures("أطلق المسلحون ثلاث رصاصات على المزارع فأردوه قتيلا.", "ar") == [("killed", "civilians", 1, 1)]
    assert figures("A sniper fired five bullets at the farmer, killing him.") == [("killed", "civilians", 1, 1)]


def test_ages_in_victim_list_are_not_figures():
    text = "أسفر القصف عن مقتل امرأة وطفل هما فاطمة (35 عاما) وأحمد (8 سنوات)."
    assert sorted(figures(text, "ar")) == [
        ("killed", "children", 1, 1), ("killed", "civilians", 2, 2), ("killed", "women", 1, 1)]


def test_one_family_is_not_one_victim():
    assert figures("مقتل 6 مدنيين من أسرة واحدة.", "ar") == [("killed", "civilians", 6, 6)]


def test_population_is_not_a_toll():
    assert figures("The town of 20,000 people was shelled, killing 3 civilians.") == [("killed", "civilians", 3, 3)]
    assert figures("قصفت القوات البلدة التي يقطنها 5000 شخص، ما تسبب بمقتل 3 مدنيين.", "ar") == [
        ("killed", "civilians", 3, 3)]


def test_descriptions_of_a_victim_are_not_counts():
    assert figures("Shelling killed a 14-year-old boy.") == [("killed", "children", 1, 1)]
    assert figures("استشهد محمد وهو أب لثلاثة أطفال بالغارة.", "ar") == []
    assert figures("أصيب طفلين شقيقين بالقصف.", "ar") == [("injured", "children", 2, 2)]


def test_victim_named_before_the_verb():
    assert figures("أفاد مراسلنا بأن الشاب سامر يوسف العلي (27 عاما) أصيب بجروح بقصف مدفعي.", "ar") == [
        ("injured", "men", 1, 1)]


def test_harm_noun_between_figure_and_others():
    assert figures("أدى القصف إلى سقوط 3 شهداء ونحو 8 جرحى آخرين.", "ar") == [
        ("killed", "unknown", 3, 3), ("injured", "unknown", 8, 8)]


def test_noun_after_including_is_not_the_figures_noun():
    assert figures("سقوط 9 قتلى بينهم أطفال ونساء.", "ar") == [("killed", "unknown", 9, 9)]
    assert figures("15 شهيد جلهم أطفال.", "ar") == [("killed", "unknown", 15, 15)]


def test_noun_and_adjective_are_one_victim():
    assert figures("قتل طفل رضيع بالقصف.", "ar") == [("killed", "children", 1, 1)]
    assert figures("أصيبت امرأة مسنة بقصف مدفعي.", "ar") == [("injured", "women", 1, 1)]


def test_english_list_of_single_victims():
    assert sorted(figures("The shelling killed a woman and a boy.")) == [
        ("killed", "children", 1, 1), ("killed", "civilians", 2, 2), ("killed", "women", 1, 1)]


def test_a_headline_colon_does_not_hide_a_figure():
    assert figures("عاجل : ثلاثة شهداء جراء غارات على المدينة.", "ar") == [("killed", "unknown", 3, 3)]
    assert figures("Breaking: 4 civilians killed in shelling on the town.") == [("killed", "civilians", 4, 4)]
    assert figures("The shelling began at 10:30 and killed 2 civilians.") == [("killed", "civilians", 2, 2)]


def test_a_weapons_calibre_is_no_toll():
    assert figures("إصابة مدني جراء رشقات رشاش 23 طالت مشفى البلدة.", "ar") == [("injured", "civilians", 1, 1)]


def test_an_age_set_off_by_commas_is_no_toll():
    text = "Shelling on Tall Kanat caused the injury of Karim Haddad, 53, from the village."
    assert all(c[2] != 53 for c in figures(text))


def test_a_vague_quantity_counts_only_a_noun_next_to_it():
    text = "تسبب القصف بجرح مدني، ونفوق عدد من الأغنام في مزارع القرية."
    assert figures(text, "ar") == [("injured", "civilians", 1, 1)]
    assert figures("Shelling killed dozens of innocent civilians.") == [("killed", "civilians", 12, None)]


def test_an_ordinal_is_no_toll():
    text = "– اليوم الحادي عشر، تسبب القصف بمقتل مدني في القرية."
    assert figures(text, "ar") == [("killed", "civilians", 1, 1)]


def test_digits_flush_against_a_hashtag_are_part_of_the_tag():
    # a page's tag ("#Riverton24") and a post's counter glued to a tag are no death tolls
    assert figures("قصف على بلدة الوادي #شهداء_الوادي #الأطفال311 شهيدا", "ar") == []
    assert figures("Shelling on Riverton #Riverton24 killed two civilians.") == [("killed", "civilians", 2, 2)]


def test_a_figure_between_slashes_counts_its_noun():
    # some statements set their figures off in slashes, as others do in brackets
    assert figures("ما أدى إلى إصابة /7/ مدنيين في قرية الوادي.", "ar") == [("injured", "civilians", 7, 7)]
    assert figures("واستهدفت المسيرات /3/ مرات منازل في قرية الوادي ما أدى لإصابة مدني.", "ar") == [
        ("injured", "civilians", 1, 1)]
    assert figures("قتل 3 مدنيين في 5/12/2024 بقصف على قرية الوادي.", "ar") == [("killed", "civilians", 3, 3)]


def test_a_number_hyphened_to_a_word_names_a_model():
    assert figures("A boy was hurt when a Geran-2 drone crashed into a bakery in Riverton.") == [
        ("injured", "children", 1, 1)]


def test_digits_written_for_letters_inside_a_word_are_no_count():
    assert figures("قتل قيادي في تنظيم د١عش بغارة على قرية الوادي.", "ar") == [("killed", "combatants", 1, 1)]
    # a conjunction glued before the digits opens no word: "و18إصابة" is eighteen
    assert ("injured", "unknown", 18, 18) in figures("سقط 3 قتلى و18إصابة بقصف على قرية الوادي.", "ar")


def test_a_numbered_picture_or_an_age_at_death_is_no_count():
    assert figures("A radar crew was hit and killed outside Riverton on Monday (pic 3).") == []
    assert figures("The novelist, who wrote of the river towns for half a century, is dead at 91.") == []


def test_a_singular_noun_a_number_counts_is_no_lone_victim():
    # "مئة شخص" counts the displaced; the noun is not one more person killed
    assert figures("نزح أكثر من مئة شخص من تل الزيزفون بعد قصف أدى لمقتل خمسة مدنيين.", "ar") == [
        ("killed", "civilians", 5, 5)]


def test_digits_scaled_by_a_multiplier_word_are_one_figure():
    # "90 ألف" is ninety thousand, not a thousand after a stray ninety
    assert figures("قتل أكثر من 12 ألف شخص في الحرب.", "ar") == [("killed", "civilians", 12001, None)]
    assert figures("The war has killed 3 thousand civilians.") == [("killed", "civilians", 3000, 3000)]


def test_dozens_counted_by_a_number_are_one_figure():
    # "3 dozen" is thirty-six, not a 3 and a 12 beside it; "half a dozen" is six
    assert figures("The strike on Riverton killed 3 dozen civilians.") == [("killed", "civilians", 36, 36)]
    assert figures("Shelling on Oakdale wounded two dozen people.") == [("injured", "civilians", 24, 24)]
    assert figures("Shelling on Oakdale killed half a dozen civilians.") == [("killed", "civilians", 6, 6)]
    # a dozen alone is still twelve, and "dozens" still an open count
    assert figures("A strike injured a dozen civilians and killed dozens of people.") == [
        ("injured", "civilians", 12, 12), ("killed", "civilians", 12, None)]


def test_a_number_before_a_month_stem_is_a_date():
    # "1 كانون" and "5 تشرين" are days of a month even when the page cuts the month's second word
    assert figures("توفي اليوم الأحد 3 كانون.", "ar") == []
    assert figures("استشهد شاب في تل الزيزفون يوم 7 تشرين.", "ar") == [("killed", "men", 1, 1)]
    # "في 4 من الشهر نفسه" is the fourth day of that month
    assert figures("وفي 4 من الشهر نفسه، أصيب رجل بقصف على كفر السنديان.", "ar") == [("injured", "men", 1, 1)]


def test_a_bracketed_figure_counts_the_plural_harm_noun_after_it():
    # "(4) شهداء" is four dead; "(35)" after a name stays an age
    assert figures("قصف على كفر السنديان و (4) شهداء وعدد من الجرحى.", "ar") == [
        ("killed", "unknown", 4, 4), ("injured", "unknown", 2, None)]
    assert figures("(7) شهداء ونحو 20 جريحا بقصف على تل الزيزفون.", "ar") == [
        ("killed", "unknown", 7, 7), ("injured", "unknown", 20, 20)]
    assert figures("الشهيد سامر العلي (35) من كفر السنديان.", "ar") == [("killed", "unknown", 1, 1)]


def test_a_figure_of_things_named_with_their_kind_first_is_no_head_count():
    # "three food transport trucks", "two water tanks": the unit noun after the words that
    # say what kind of thing it is makes the figure a count of things, not of victims
    assert figures("The attack on Oakdale injured a civilian and damaged three food transport trucks.") == [
        ("injured", "civilians", 1, 1)]
    assert figures("The shelling killed a man in Riverton and hit two water tanks.") == [("killed", "men", 1, 1)]
    # the same words before a people noun leave the count standing
    assert figures("Shelling on Oakdale killed two aid workers.") == [("killed", "civilians", 2, 2)]


def test_vehicles_and_wells_counted_are_no_victims():
    assert figures("The drone hit three aid convoys near Riverton, killing a man.") == [("killed", "men", 1, 1)]
    assert figures("The strike destroyed two fuel tankers and killed a man in Oakdale.") == [("killed", "men", 1, 1)]
    assert figures("Shelling damaged four ambulances and two wells in Oakdale.") == []


def test_several_dozen_is_one_vague_figure():
    # like "dozens": ACLED's conservative lower bound (DESIGN.md), not a 2 and a 12
    assert figures("Shelling killed several dozen civilians in Oakdale.") == [("killed", "civilians", 12, None)]
    assert figures("Shelling killed a few dozen civilians in Oakdale.") == [("killed", "civilians", 12, None)]
