"""Strike reports that name no harm become figure-less claims of kind "attack",
which place a source at its incident without touching any range or grade."""

from civcas.export.jsonl import incident_to_json
from civcas.extract import extract_claims
from civcas.fuse import fuse
from civcas.model import Claim, Document, Place


def claims(text, lang="en", published="2024-03-15", places=()):
    doc = Document(id="doc-1", raw_hash="h", text=text, lang=lang, published=published)
    return extract_claims(doc, list(places))


def place(text, name, precision="town"):
    start = text.index(name)
    return Place(name=name, start=start, end=start + len(name), country="SY", precision=precision, text=name,
                 lat=35.6, lon=36.6)


def test_arabic_strike_headline_with_a_place_is_an_attack():
    text = "غارات جوية روسية تستهدف أطراف بلدة كفر السنديان صباح اليوم"
    (c,) = claims(text, "ar", places=[place(text, "كفر السنديان")])
    assert (c.kind, c.group, c.min, c.max) == ("attack", "unknown", None, None)
    assert c.belligerents == ["Russian Military"] and c.strike_types == ["airstrike"]
    assert c.place.name == "كفر السنديان" and c.event_date == "2024-03-15"
    assert text[c.start:c.end] == c.text and "غارات" in c.text


def test_english_drone_strike_with_a_place_is_an_attack():
    text = "A Turkish drone strikes a car near Oakdale on Monday."
    (c,) = claims(text, places=[place(text, "Oakdale")])
    assert c.kind == "attack" and c.belligerents == ["Turkish Military"]
    assert "drone strike" in c.strike_types and c.min is None


def test_no_attack_without_a_place_or_in_background():
    assert claims("Russian jets keep bombing the north, activists say.") == []
    text = "Since 2015, regime shelling has targeted Maarat Harma again and again."
    assert claims(text, places=[place(text, "Maarat Harma")]) == []
    text = "قصف مدفعي على سوريا"  # a country is no place of a strike
    assert claims(text, "ar", places=[place(text, "سوريا", "country")]) == []


def test_harm_claims_leave_no_room_for_attacks():
    text = "Shelling hit Kafr Saghir. Two civilians were killed in Kafr Saghir."
    found = claims(text, places=[place(text, "Kafr Saghir")])
    assert [c.kind for c in found] == ["killed"]


def test_one_attack_per_distinct_strike():
    text = "قصف مدفعي على قرية الدير الغربي. وتعرضت قرية الدير الغربي لقصف مدفعي آخر. كما استهدفت غارة بلدة تل عيشة."
    places = [place(text, "الدير الغربي"), Place(name="الدير الغربي", start=text.rindex("الدير الغربي"),
                                                  end=text.rindex("الدير الغربي") + 12, country="SY", text="الدير الغربي"),
              place(text, "تل عيشة")]
    places.sort(key=lambda p: p.start)
    found = claims(text, "ar", places=places)
    assert [(c.kind, c.place.name) for c in found] == [("attack", "الدير الغربي"), ("attack", "تل عيشة")]


def _attack(doc_id: str) -> Claim:
    town = Place("Riverton", 0, 8, "SY", "Idlib", 35.9, 36.6, "town", 9000)
    return Claim(document_id=doc_id, kind="attack", group="unknown", min=None, max=None, start=0, end=8,
                 text="airstrike", sentence="An airstrike hit Riverton.", event_date="2024-03-08",
                 date_precision="day", place=town, belligerents=["Russian Military"], strike_types=["airstrike"],
                 speaker_kind="local")


def test_attacks_join_their_incident_without_ranges():
    town = Place("Riverton", 0, 8, "SY", "Idlib", 35.9, 36.6, "town", 9000)
    killed = Claim(document_id="a", kind="killed", group="civilians", min=4, max=4, start=0, end=5, text="4 civilians",
                   sentence="Warplanes struck Riverton, killing 4 civilians.", event_date="2024-03-08",
                   date_precision="day", place=town, belligerents=["Russian Military"], strike_types=["airstrike"],
                   speaker_kind="local")
    docs = {d: Document(id=d, raw_hash=d, text="An airstrike hit Riverton.", publisher=d) for d in ("a", "b")}
    (incident,) = fuse([killed, _attack("b")], docs)
    assert incident.document_ids == ["a", "b"]
    assert set(incident.ranges) == {"civilians_killed"} and incident.ranges["civilians_killed"].min == 4


def test_attack_only_incident_has_no_range_and_exports():
    docs = {"b": Document(id="b", raw_hash="b", text="An airstrike hit Riverton.", publisher="b")}
    (incident,) = fuse([_attack("b")], docs)
    assert incident.ranges == {} and incident.grade == "weak"
    record = incident_to_json(incident)
    assert record["claims"][0]["kind"] == "attack"


def test_aggression_and_raids_on_a_place_are_attacks():
    text = "عدوان جديد لميليشيات النظام على مدينة دير الزيتون قبل قليل"
    (c,) = claims(text, "ar", places=[place(text, "دير الزيتون")])
    assert c.kind == "attack" and c.belligerents == ["Syrian Regime"]
    text = "At dawn, Coalition helicopters staged an airdrop on a farmhouse in Tal Jamal."
    (c,) = claims(text, places=[place(text, "Tal Jamal")])
    assert c.kind == "attack" and c.text == "airdrop"


def test_arabic_raid_is_an_attack():
    # an arrest told in the present ("تعتقل") is not read: it also tells of people held
    text = "قوات الأمن تعتقل عددا من الشبان أثناء مداهمات لمنازل قرية الزيتونة فجر اليوم"
    (c,) = claims(text, "ar", places=[place(text, "الزيتونة")])
    assert c.kind == "attack" and "مداهمات" in c.text and c.min is None


def test_arabic_strike_verb_with_its_object_pronoun_is_an_attack():
    text = "الراعي سامر على أطراف بلدة تل النخيل، استهدفته طائرة مسيرة صباح اليوم"
    (c,) = claims(text, "ar", places=[place(text, "تل النخيل")])
    assert c.kind == "attack" and c.text == "استهدفته" and c.place.name == "تل النخيل"


def test_rockets_falling_on_a_place_are_an_attack():
    text = "سقوط عدة صواريخ على قرية عين الورد مصدرها قوات النظام"
    (c,) = claims(text, "ar", places=[place(text, "عين الورد")])
    assert c.kind == "attack" and c.text == "صواريخ" and c.min is None
    text = "Rockets fell on Hillside overnight."
    (c,) = claims(text, places=[place(text, "Hillside")])
    assert c.kind == "attack" and c.text == "Rockets"


def test_english_bomb_as_a_verb_is_an_attack():
    text = "Regime forces went on to bomb Stonebridge on Monday."
    (c,) = claims(text, places=[place(text, "Stonebridge")])
    assert c.kind == "attack" and c.text == "bomb" and c.belligerents == ["Syrian Regime"]


def test_headline_strike_takes_the_place_of_the_posts_tag_line():
    text = "#تل النخيل\nقصف مدفعي عنيف على أطراف البلدة صباح اليوم. وتحليق مكثف لطيران الاستطلاع. وغارة أخرى على الطريق."
    (c,) = claims(text, "ar", places=[place(text, "تل النخيل")])
    assert c.kind == "attack" and c.text == "قصف" and c.place.name == "تل النخيل" and c.min is None


def test_a_strike_deep_in_the_body_is_no_headline():
    text = "Hillside. " + "The council met today to discuss water and bread prices for the coming winter. " * 3 + \
        "An airstrike hit the market."
    assert claims(text, places=[place(text, "Hillside")]) == []


def test_security_operations_and_arrest_sweeps_are_attacks():
    text = "نفذت قوات الأمن عملية أمنية في بلدة الوادي الأخضر فجر اليوم"
    (c,) = claims(text, "ar", places=[place(text, "الوادي الأخضر")])
    assert c.kind == "attack" and c.text == "عملية أمنية"
    text = "فصيل مسلح يشن حملة اعتقالات في قرية الزيتونة"
    (c,) = claims(text, "ar", places=[place(text, "الزيتونة")])
    assert c.kind == "attack" and c.text == "حملة اعتقالات"
    text = "Police launched a security operation in Stonebridge at dawn."
    (c,) = claims(text, places=[place(text, "Stonebridge")])
    assert c.kind == "attack" and c.text == "security operation"


def test_the_targeted_one_reports_a_strike():
    text = "المستهدف بطائرة مسيرة قرب بلدة تل النخيل هو قيادي في فصيل مسلح"
    (c,) = claims(text, "ar", places=[place(text, "تل النخيل")])
    assert c.kind == "attack" and c.text == "المستهدف" and c.min is None


def test_an_attack_in_the_accusative_names_its_attackers():
    text = ("وثقت فرق الدفاع المدني منذ مطلع الشهر نحو 90 هجوماً من قوات النظام والطيران الروسي.\n\n"
            "وأصيب مدنيان بقذائف مدفعية لقوات النظام على قرية تل العليق.")
    injured = [c for c in claims(text, "ar") if c.kind == "injured"]
    assert injured and all(c.belligerents == ["Syrian Regime", "Russian Military"] for c in injured)
