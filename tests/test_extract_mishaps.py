"""A page's news list carries deaths that are no strike's: road accidents, drownings, earthquakes."""

from civcas.extract import extract_claims
from civcas.model import Document


def claims(text: str, lang: str):
    return extract_claims(Document(id="d", raw_hash="h", text=text, lang=lang, published="2024-03-15"), [])


def test_deaths_in_a_mishap_are_no_claims():
    assert claims("توفي 4 أشخاص وأصيب 12 آخرون جراء انقلاب حافلة على طريق المدينة.", "ar") == []
    assert claims("توفي طفل غرقاً أثناء السباحة في النهر.", "ar") == []
    # road accidents counted in the plural
    assert claims("أصيب 5 أشخاص بينهم طفلان نتيجة 3 حوادث سير في ريف المدينة.", "ar") == []
    assert claims("Six people were killed and nine were hurt in a road accident near the town.", "en") == []
    assert claims("At least 40 people died in the earthquake, rescuers said.", "en") == []


def test_a_strike_in_the_same_sentence_still_counts():
    found = claims("Shelling hit a camp for earthquake victims, killing three children.", "en")
    assert ("killed", "children", 3) in [(c.kind, c.group, c.min) for c in found]
    found = claims("وصلت إلى المشفى 6 إصابات بشظايا القصف وإصابتان ناجمتان عن حادث سير.", "ar")
    assert any(c.kind == "injured" and c.min == 6 for c in found)


def test_a_word_about_the_earthquake_that_names_no_cause_is_no_mishap():
    found = claims("سكان المخيم نازحون منذ الزلزال، والمصابون هم 5 نساء و4 أطفال.", "ar")
    assert any(c.kind == "injured" and c.min == 9 for c in found)


def test_a_prayer_for_the_bereaved_counts_no_wounded():
    # "مصاب" after a prayer to mend it is the family's loss; "شفى الله مصابهم" still prays for the wounded.
    for prayer in ("اللهم اجبر مصاب أهله", "وجبر الله مصاب أهله", "عظم الله مصاب أهله"):
        found = claims(f"قتل رجل بقصف على القرية صباح اليوم. رحمه الله، {prayer}.", "ar")
        assert [(c.kind, c.min) for c in found] == [("killed", 1)], prayer
    found = claims("قتل رجل بقصف على القرية، وشفى الله مصابهم.", "ar")
    assert ("injured", 1) in [(c.kind, c.min) for c in found]
    # "جبر" is also a family name: the wounded told after it stay wounded
    found = claims("قتل الشاب سامر جبر وجرح ثلاثة مدنيين بقصف على القرية.", "ar")
    assert ("injured", 3) in [(c.kind, c.min) for c in found]
