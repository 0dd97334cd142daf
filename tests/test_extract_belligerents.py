"""Who a claim says struck: its own sentence, its paragraph, else the
document's attacker (headline or lead), never the victims' side."""

from civcas.extract import extract_claims
from civcas.model import Document


def claims(text, lang="en", title=None):
    doc = Document(id="doc-1", raw_hash="h", text=text, lang=lang, published="2024-03-15", title=title)
    return extract_claims(doc, [])


def test_headline_attacker_beats_a_sidebar_line_above():
    text = ("Ministers from Israel and Iran traded threats on Sunday.\n\n"
            "Two civilians were killed and four injured in the village of Tell Hamra, a medic said.")
    found = claims(text, title="Turkish drone strikes village near Millbrook")
    assert found and all(c.belligerents == ["Turkish Military"] for c in found)


def test_arabic_headline_attacker():
    text = ("مباحثات بين إيران وإسرائيل في العاصمة.\n\n"
            "استشهد مدنيان وأصيب 3 آخرون في القرية مساء اليوم.")
    found = claims(text, "ar", title="مسيرة للاحتلال التركي تستهدف تل الزيزفون شمال الحسكة")
    assert found and all(c.belligerents == ["Turkish Military"] for c in found)


def test_lead_attacker_without_a_title():
    text = ("Russian jets struck the market of Kafr Nabl on Monday.\n\n"
            "The SDF controls the nearby villages.\n\n"
            "Seven civilians were killed, according to the civil defence.")
    (c,) = claims(text)
    assert c.belligerents == ["Russian Military"]


def test_a_party_named_without_a_strike_is_no_attacker():
    text = ("The SDF controls the nearby villages.\n\n"
            "Seven civilians were killed, according to the civil defence.")
    (c,) = claims(text, title="Talks between Turkey and Russia stall")
    # Neither title party is said to strike: the claim keeps the last party named before it.
    assert c.belligerents == ["SDF/YPG"]


def test_earlier_sentence_of_the_paragraph_names_the_attacker():
    text = "قصفت المسيرات التركية بلدة كفر السنديان صباح اليوم. وأسفر القصف عن إصابة طفلين."
    (c,) = claims(text, "ar", title="قوات النظام تستقدم تعزيزات إلى ريف حلب")
    assert c.belligerents == ["Turkish Military"]


def test_victims_side_is_not_the_attacker():
    found = claims("قتل مدني و3 عناصر من قوات النظام جراء غارة للطائرات الروسية على البلدة.", "ar")
    civilian = next(c for c in found if c.group == "civilians")
    assert civilian.belligerents == ["Russian Military"]
    fighters = next(c for c in found if c.group == "combatants")
    assert fighters.actor == "Syrian Regime" and "Syrian Regime" not in fighters.belligerents


def test_headline_names_two_attackers_joined():
    found = claims("قتل 3 مدنيين في بلدة عين الصفصاف.", "ar", title="قوات النظام وروسيا تقصف ريف إدلب")
    assert found[0].belligerents == ["Syrian Regime", "Russian Military"]


def test_coalition_after_the_preposition_lam():
    (c,) = claims("قتل مدنيان بغارة لطائرة تابعة للتحالف الدولي قرب الرقة.", "ar")
    assert c.belligerents == ["US-led Coalition"]


def test_assad_militia_without_the_article():
    (c,) = claims("إصابة امرأة بقصف مدفعي لميليشيا أسد على بلدة عين الجوزة.", "ar")
    assert c.belligerents == ["Syrian Regime"]


def test_regime_after_the_preposition_lam():
    (c,) = claims("جرح ثلاثة مدنيين إثر قذائف للجيش السوري سقطت على أطراف تل العليق.", "ar")
    assert c.belligerents == ["Syrian Regime"]
    (c,) = claims("مقتل امرأة بقصف للنظام على أطراف البلدة.", "ar")
    assert c.belligerents == ["Syrian Regime"]


def test_state_media_names_for_us_forces_and_the_sdf():
    (c,) = claims("Three civilians were injured in a raid by QSD militia backed by US occupation forces.")
    assert c.belligerents == ["SDF/YPG", "US-led Coalition"]


def test_a_party_named_in_passing_keeps_the_headline_attacker():
    (c,) = claims("قتل 4 مدنيين في بلدة قريبة من خطوط التماس مع قسد.", "ar", title="غارات روسية على ريف حلب")
    assert c.belligerents == ["SDF/YPG", "Russian Military"]
    (c,) = claims("Four civilians were killed in a village near the regime's front lines.",
                  title="Turkish drone strikes village in Riverton")
    assert c.belligerents == ["Syrian Regime", "Turkish Military"]


def test_jordanian_strikes_name_jordan():
    (c,) = claims("قتل 5 مدنيين بغارات أردنية على منزل في قرية تل الزيزفون بريف السويداء.", "ar")
    assert c.belligerents == ["Jordanian Military"]
    (c,) = claims("Three people were killed when Jordanian jets struck a farm near the border.")
    assert c.belligerents == ["Jordanian Military"]


def test_syrian_russian_alliance_names_both_and_no_coalition():
    (c,) = claims("قتل 4 مدنيين بغارة شنها التحالف العسكري السوري-الروسي على مخيم قرب قرية الخضراء.", "ar")
    assert c.belligerents == ["Syrian Regime", "Russian Military"]
    (c,) = claims("أصيب 6 مدنيين بقصف للقوات السورية والروسية على أطراف البلدة.", "ar")
    assert c.belligerents == ["Syrian Regime", "Russian Military"]


def test_sdf_spelling_variants_are_not_syrian_forces():
    for name in ("قوات سورية الديمقراطية", "قوات سوريا الديموقراطية"):
        (c,) = claims(f"أصيب 3 مدنيين بقصف مدفعي نفذته {name} على قرية أم الخزامى.", "ar")
        assert c.belligerents == ["SDF/YPG"]


def test_earlier_sentence_naming_two_joined_attackers_gives_both():
    text = "قصفت قوات النظام وروسيا بلدة كفر الريحان صباح اليوم. وأسفر القصف عن مقتل 3 مدنيين."
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime", "Russian Military"]
    text = "Regime forces and Russian jets pounded the town of Kafr Halab on Monday. Four civilians were killed."
    (c,) = claims(text)
    assert c.belligerents == ["Syrian Regime", "Russian Military"]


def test_the_target_named_after_the_attacker_is_not_joined_to_it():
    (c,) = claims("قتل مدنيان في قرية تل البيلسان مساء اليوم.", "ar", title="قصف تركي على قسد في ريف الحسكة")
    assert c.belligerents == ["Turkish Military"]


def test_a_party_named_in_passing_earlier_in_the_paragraph_keeps_the_headline_attacker():
    text = "The SDF controls the nearby villages. Seven civilians were killed, according to the civil defence."
    (c,) = claims(text, title="Turkish drone strikes village near Millbrook")
    assert c.belligerents == ["SDF/YPG", "Turkish Military"]
    text = "تسيطر قسد على القرى المجاورة. وقتل 3 مدنيين بحسب الدفاع المدني."
    (c,) = claims(text, "ar", title="غارات روسية على ريف حلب")
    assert c.belligerents == ["SDF/YPG", "Russian Military"]


def test_names_the_lexicon_lacked():
    cases = [
        ("قتل رجل وأصيبت زوجته في غارتين جويتين روسيتين على قرية تل الحمام.", "ar", ["Russian Military"]),
        ("قتل مدنيان بقصف مدفعي لقوات حكومة دمشق على قرية الزعرورة.", "ar", ["Syrian Regime"]),
        ("أصيب 4 مدنيين بغارة نفذها الطيران السوري على أطراف البلدة.", "ar", ["Syrian Regime"]),
        ("أصيب 6 مدنيين بصواريخ أطلقتها ميليشيا \"ب ي د\" على بلدة دير الزيتون.", "ar", ["SDF/YPG"]),
        ("أصيب 3 مدنيين في اعتداء لتنظيم \"واي بي جي\" على بلدة خربة القيقب.", "ar", ["SDF/YPG"]),
        ("قتلت امرأة بقصف صاروخي من قبل القوات الكردية على قرية عرب السوسن.", "ar", ["SDF/YPG"]),
        ("أصيب طفلان بقصف نفذته فصائل معارضة على حي الياسمين.", "ar", ["Syrian opposition factions"]),
        ("Two civilians were hurt when Syrian warplanes struck a market in Maarat al-Ward.", "en", ["Syrian Regime"]),
        ("Three civilians were wounded by PYD rocket fire on Ashgrove.", "en", ["SDF/YPG"]),
        ("Two children were wounded in shelling by National Army factions on the village.", "en", ["Syrian opposition factions"]),
    ]
    for text, lang, expected in cases:
        found = claims(text, lang)
        assert found and all(c.belligerents == expected for c in found), text


def test_every_language_gives_the_same_belligerent_names_and_the_review_forms_offer_them():
    from civcas.lang import LANGUAGES, load
    from civcas.review.pages import BELLIGERENTS

    names = [set(load(code).table("belligerents")) for code in LANGUAGES]
    assert all(n == names[0] for n in names) and names[0] <= set(BELLIGERENTS)


def test_the_holder_of_the_ground_is_not_the_attacker():
    (c,) = claims("Turkish drones struck a car in SDF-held Tell Safra, killing two civilians.")
    assert c.belligerents == ["Turkish Military"]
    (c,) = claims("Shelling hit a school in a district held by the regime. Three children were injured.",
                  title="Opposition factions shell the town")
    assert c.belligerents == ["Syrian opposition factions"]
    (c,) = claims("قصفت مسيرة تركية سيارة في قرية تل صفرا الخاضعة لسيطرة قسد، ما تسبب بمقتل مدنيين اثنين.", "ar")
    assert c.belligerents == ["Turkish Military"]
    (c,) = claims("استشهد ثلاثة مدنيين بقصف مدفعي على مناطق سيطرة النظام في ريف المدينة.", "ar",
                  title="فصائل المعارضة تقصف أحياء المدينة")
    assert c.belligerents == ["Syrian opposition factions"]


def test_a_weapons_maker_is_not_the_attacker():
    (c,) = claims("Regime forces fired Russian-made rockets at the market, killing four civilians.")
    assert c.belligerents == ["Syrian Regime"]
    (c,) = claims("قصفت قوات النظام السوق بقذائف روسية الصنع، ما أدى لمقتل أربعة مدنيين.", "ar")
    assert c.belligerents == ["Syrian Regime"]


def test_a_headline_holder_is_no_attacker_either():
    (c,) = claims("Two civilians were killed in the village.", title="Turkish drones shell SDF-held village")
    assert c.belligerents == ["Turkish Military"]


def test_a_party_the_report_says_strikes_together_with_another_joins_it():
    text = ("تواصل قوات النظام وروسيا قصف قرى جبل الزاوية منذ أسابيع.\n\n"
            "وقتل مدنيان بقذائف مدفعية لقوات النظام على قرية كفرتين.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime", "Russian Military"]
    text = ("Regime forces and Russian jets have pounded the south of the province for weeks.\n\n"
            "Two civilians were killed when regime artillery shelled the village of Deir Zaytoun.")
    (c,) = claims(text)
    assert c.belligerents == ["Syrian Regime", "Russian Military"]


def test_sides_of_a_fight_and_parties_striking_apart_are_no_partners():
    text = ("اندلعت اشتباكات بين قوات النظام والفصائل على محور القرية.\n\n"
            "وأصيب 3 مدنيين بقصف لقوات النظام طال بلدة كفرتين.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime"]
    text = "Turkish drones struck a car near Oakdale. Regime forces shelled Maplewood, killing two civilians."
    (c,) = claims(text)
    assert c.belligerents == ["Syrian Regime"]


def test_a_hashtag_naming_an_attack_tags_the_whole_post():
    text = "إصابة طفلين بجروح جراء غارة للطيران الحربي التابع للنظام على قرية تل شعير.\n#العدوان_الروسي #الدفاع_المدني"
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime", "Russian Military"]
    text = "Two children were injured when regime jets struck the village of Tell Shaeer. #Russian_airstrikes"
    (c,) = claims(text)
    assert c.belligerents == ["Syrian Regime", "Russian Military"]


def test_a_hashtag_naming_a_party_alone_blames_no_one():
    text = "قتل مدنيان بقصف لقوات النظام على قرية تل شعير.\n#التحالف_الدولي #الأسد_يقتل_السوريين"
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime"]


def test_a_target_or_a_list_of_tags_names_no_partner():
    text = ("قصفت فصائل المعارضة قوات النظام بصاروخ موجه على جبهة التلال.\n\n"
            "وقتل مدنيان بقذائف مدفعية لقوات النظام على قرية كفرتين.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime"]
    text = "قتل مدنيان بقصف لقسد على قرية تل البرقوق.\n\nموضوعات: قصف تركي  قسد  ريف حلب"
    (c,) = claims(text, "ar")
    assert c.belligerents == ["SDF/YPG"]


def test_the_turkish_regime_is_turkey():
    (c,) = claims("قتل 3 مدنيين بقصف مدفعي نفذه النظام التركي على قرية تل الشوحط.", "ar")
    assert c.belligerents == ["Turkish Military"]


def test_whoever_holds_the_ground_a_strike_came_from_fired_it():
    (c,) = claims("أصيب طفلان بقذائف مصدرها مناطق سيطرة قسد سقطت في سوق قرية تل البرقوق.", "ar")
    assert c.belligerents == ["SDF/YPG"]
    (c,) = claims("قتل مدنيان في قرية عين الصفصاف بقذائف هاون مصدرها مناطق يسيطر عليها النظام وقسد.", "ar")
    assert c.belligerents == ["Syrian Regime", "SDF/YPG"]
    (c,) = claims("Two civilians were injured by rockets fired from positions held by the SDF, the civil defence said.")
    assert c.belligerents == ["SDF/YPG"]
    (c,) = claims("Two civilians died when mortar rounds launched from regime-held areas struck the village of Oakdale.")
    assert c.belligerents == ["Syrian Regime"]
    (c,) = claims("A child was killed when shells fired from SDF-held positions hit the village of Oakdale.")
    assert c.belligerents == ["SDF/YPG"]
    # where the victims fled from, and the ground a strike hit, tell no attacker
    (c,) = claims("Three people displaced from regime-held areas were killed in a Russian airstrike on Oakdale.")
    assert c.belligerents == ["Russian Military"]
    (c,) = claims("Two civilians were killed in regime-held Oakdale by Turkish drones.")
    assert c.belligerents == ["Turkish Military"]
    (c,) = claims("A Turkish drone struck a minibus heading from SDF-held areas to Oakdale, killing three civilians.")
    assert c.belligerents == ["Turkish Military"]


def test_a_hashtag_does_not_part_a_partys_name():
    (c,) = claims("أصيب ثلاثة أطفال بقذائف أطلقتها #قوات_سوريا_الديمقراطية على حي المطاحن في بلدة عين الصفصاف.", "ar")
    assert c.belligerents == ["SDF/YPG"]
    (c,) = claims("قتل راعي أغنام برصاص قناص تابع لـ ميليشيات #أسد قرب قرية تل البرقوق.", "ar")
    assert c.belligerents == ["Syrian Regime"]


def test_a_party_backing_the_operation_is_a_party_to_it():
    text = ("نفذت وحدات خاصة فجر اليوم عملية إنزال في بلدة مزرعة الدردار بدعم من التحالف الدولي.\n\n"
            "وتسيطر قسد على القرى المجاورة.\n\n"
            "وقتل مدنيان خلال العملية بحسب مصادر محلية.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["US-led Coalition"]
    text = ("Backed by the Coalition, local fighters raided a house in Hawi al-Sakra at dawn.\n\n"
            "The SDF controls the nearby villages.\n\n"
            "Two civilians were killed, according to relatives.")
    (c,) = claims(text)
    assert c.belligerents == ["US-led Coalition"]


def test_a_party_striking_or_spotting_at_the_same_time_joins_the_strike():
    text = ("أصيب ثلاثة مدنيين بقذائف أطلقتها قوات النظام على أطراف قرية عين الصفصاف.\n\n"
            "وجاء القصف متزامنا مع تحليق طائرة استطلاع روسية فوق القرية طوال الليل.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime", "Russian Military"]
    text = ("Regime artillery shelled the village of Deir Zaytoun, killing two civilians.\n\n"
            "The shelling came at the same time as Russian airstrikes on the nearby hills.")
    (c,) = claims(text)
    assert c.belligerents == ["Syrian Regime", "Russian Military"]


def test_a_party_striking_at_the_same_time_as_another_strike_joins_only_that_one():
    text = ("Regime artillery shelled Riverton, killing two civilians.\n\n"
            "In a separate incident, a drone struck a car near Oakdale, injuring three.\n\n"
            "The drone strike came at the same time as Russian airstrikes on the nearby hills.")
    killed, injured = claims(text)
    assert killed.belligerents == ["Syrian Regime"]
    assert "Russian Military" in injured.belligerents
    text = ("Regime artillery shelled Riverton, killing two civilians.\n\n"
            "Airstrikes hit Oakdale, injuring three, coinciding with Russian drones overhead.")
    killed, injured = claims(text)
    assert "Russian Military" not in killed.belligerents
    assert "Russian Military" in injured.belligerents
    # "The shelling" names the strike told before: the party joins that one.
    text = ("Regime artillery shelled Deir Zaytoun, killing two civilians.\n\n"
            "The shelling, which also wounded a child, came at the same time as Russian airstrikes on the hills.")
    assert all("Russian Military" in c.belligerents for c in claims(text))


def test_a_party_merely_present_at_the_same_time_is_no_party_to_the_strike():
    text = ("Regime artillery shelled the village of Deir Zaytoun, killing two civilians.\n\n"
            "The shelling coincided with a visit by Russian officers to the front.")
    (c,) = claims(text)
    assert c.belligerents == ["Syrian Regime"]


def test_quotation_marks_and_a_set_apart_preposition_do_not_part_a_party_from_its_strike():
    text = "تسيطر قوات النظام على القرى المجاورة.\n\nوقتل مدنيان في المدينة بحسب الدفاع المدني."
    (c,) = claims(text, "ar", title='قصف بالهاون لـ"قسد" يطال قرية عين الصفصاف')
    assert c.belligerents == ["SDF/YPG"]
    (c,) = claims('قصفت قوات النظام و"قسد" بلدة تل البرقوق صباح اليوم. وقتل مدنيان.', "ar")
    assert c.belligerents == ["Syrian Regime", "SDF/YPG"]
    (c,) = claims('أصيب 3 مدنيين بقصف تركي على مناطق سيطرة "قسد" قرب منبج.', "ar")
    assert c.belligerents == ["Turkish Military"]


def test_the_victims_side_does_not_come_back_as_attacker_through_the_lead_or_a_tag():
    text = "مقتل ثلاثة عناصر من قوات النظام إثر استهداف بطائرة مسيرة لموقع قرب سراقب.\n#قصف_النظام"
    fighters = [c for c in claims(text, "ar") if c.group == "combatants"]
    assert fighters and all("Syrian Regime" not in c.belligerents for c in fighters)


def test_aforementioned_strikes_share_the_concurrent_party():
    text = ("أصيب ثلاثة مدنيين صباح اليوم في قصف لقوات النظام طال بلدة تل السنديان.\n\n"
            "كما قصفت قوات النظام قرية عين الزيتون بعشرات القذائف.\n\n"
            "وجاء القصف المذكور آنفا متزامنا مع تحليق طائرات استطلاع روسية فوق البلدات.")
    (c,) = [c for c in claims(text, "ar") if c.kind == "injured"]
    assert c.belligerents == ["Syrian Regime", "Russian Military"]


def test_without_a_recap_the_concurrent_party_joins_only_the_last_strike():
    text = ("أصيب ثلاثة مدنيين صباح اليوم في قصف لقوات النظام طال بلدة تل السنديان.\n\n"
            "كما قصفت قوات النظام قرية عين الزيتون بعشرات القذائف.\n\n"
            "وجاء القصف متزامنا مع تحليق طائرات استطلاع روسية فوق البلدات.")
    (c,) = [c for c in claims(text, "ar") if c.kind == "injured"]
    assert c.belligerents == ["Syrian Regime"]


def test_forces_affiliated_with_a_patron_join_the_run():
    text = "قتل رجلان حين قصفت قوات النظام والميليشيات التابعة لروسيا وإيران قرية تل السنديان بالصواريخ."
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime", "Russian Military", "Iranian Military"]
    # The document's other claims blamed on the regime bring its partners too.
    found = claims(text + "\n\nوكانت قوات النظام قد قصفت قرية عين الزيتون وأصيب مدنيان.", "ar")
    assert all("Russian Military" in c.belligerents for c in found)


def test_aforementioned_strikes_in_english():
    text = ("Regime artillery shelled the village of Stonebridge, injuring three civilians.\n\n"
            "Regime forces also shelled the outskirts of Millbrook.\n\n"
            "The aforementioned shelling coincided with Russian airstrikes on nearby hills.")
    (c,) = [c for c in claims(text) if c.kind == "injured"]
    assert c.belligerents == ["Syrian Regime", "Russian Military"]


def test_the_party_whose_war_it_is_strikes_with_its_partner():
    text = ("هذا حال أطفال الريف في حرب النظام وروسيا المستمرة على المدنيين.\n"
            "أصيب ثلاثة أطفال مساء الأحد جراء قذائف أطلقتها قوات النظام نحو كفر السنديان.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime", "Russian Military"]


def test_a_war_between_two_parties_makes_no_partners():
    text = ("تستمر حرب إسرائيل وإيران منذ أيام.\n\n"
            "قصفت طائرات إسرائيلية أطراف بلدة تل الزيزفون صباح اليوم، ما أدى لإصابة ثلاثة مدنيين.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Israeli Military"]


def test_a_party_threatening_a_war_wages_none():
    text = ("تهديدات إسرائيلية بتوسيع الحرب على البلد المجاور.\n\n"
            "قصفت المسيرات التركية أطراف بلدة تل الزيزفون صباح اليوم.\n\n"
            "وأصيب ثلاثة مدنيين بجروح، بحسب مصادر طبية.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Turkish Military"]


def test_parties_named_before_a_war_word_do_not_wage_it_together():
    # "تركيا وروسيا دعتا إلى إنهاء الحرب على ...": only a party right after the war word wages it.
    text = ("دعت تركيا وروسيا إلى إنهاء الحرب على المدنيين.\n\n"
            "قصفت طائرات روسية أطراف بلدة تل الزيزفون صباح اليوم، ما أدى لإصابة ثلاثة مدنيين.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Russian Military"]


def test_a_war_named_in_a_sidebar_is_no_attacker_of_the_report():
    text = ("تداعيات الحرب الروسية على البلد الجار.\n\n"
            "قصفت المسيرات التركية أطراف بلدة تل الزيزفون صباح اليوم.\n\n"
            "وأصيب ثلاثة مدنيين بجروح، بحسب مصادر طبية.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Turkish Military"]


def test_a_concurrent_lead_in_cut_off_by_an_ellipsis_joins_the_strike_told_next():
    text = ("بالتزامن مع تحليق طائرة مراقبة روسية.. جرح ثلاثة أطفال جراء قذائف أطلقتها قوات النظام نحو كفر السنديان.\n\n"
            "وقتل رجل بقصف لقوات النظام على قرية عين الزيتون.")
    first, second = claims(text, "ar")
    assert first.belligerents == ["Syrian Regime", "Russian Military"]
    assert second.belligerents == ["Syrian Regime"]
    text = ("Coinciding with Russian drone flights... Four children injured in regime shelling on Oakdale.\n\n"
            "A man was killed in regime shelling of Millbrook.")
    first, second = claims(text)
    assert first.belligerents == ["Syrian Regime", "Russian Military"]
    assert second.belligerents == ["Syrian Regime"]


def test_a_concurrent_sentence_of_its_own_does_not_reach_the_next():
    text = ("قصفت قوات النظام بلدة عين الزيتون.\n\n"
            "وتزامن القصف مع تحليق طائرة مراقبة روسية فوق القرى.\n\n"
            "وأصيب رجل بقصف لقوات النظام على قرية كفر السنديان.")
    (c,) = claims(text, "ar")
    assert c.belligerents == ["Syrian Regime"]


def test_factions_a_state_backs_name_the_state_that_fights_for_the_government():
    # factions Iran, Russia or the government back fight for the government: their patron is the party
    (c,) = claims("Shelling by Iranian-backed factions injured three civilians in Oakdale on Monday.")
    assert c.belligerents == ["Iranian Military"]
    for faction, party in (("الموالية لإيران", "Iranian Military"), ("التابعة لإيران", "Iranian Military"),
                           ("المدعومة من روسيا", "Russian Military"), ("الموالية للنظام", "Syrian Regime")):
        (c,) = claims(f"أصيب ثلاثة مدنيين بقصف للفصائل {faction} على قرية أوكديل.", "ar")
        assert c.belligerents == [party], faction
    # factions Turkey backs are the opposition's
    (c,) = claims("Shelling by Turkish-backed factions injured three civilians in Oakdale on Monday.")
    assert "Syrian opposition factions" in c.belligerents
    (c,) = claims("Shelling by opposition factions injured three civilians in Oakdale on Monday.")
    assert c.belligerents == ["Syrian opposition factions"]


def test_a_country_named_as_where_the_speakers_are_is_no_attacker():
    from civcas.geo import find_places

    def parties(text: str, lang: str) -> set[str]:
        doc = Document(id="doc-1", raw_hash="h", text=text, lang=lang, published="2024-03-15")
        return {b for c in extract_claims(doc, find_places(doc)) for b in c.belligerents}

    assert parties("Two civilians were killed in the shelling of Ariha on Monday, officials in Turkey said.", "en") == set()
    assert parties("قتل مدنيان بقصف على أريحا، بحسب مسؤولين في تركيا.", "ar") == set()
    # named as the one who struck, or where the fire came from, the country stays the attacker
    for text, lang in (("Two civilians were killed when Turkey shelled Ariha on Monday.", "en"),
                       ("Two civilians were killed in Turkey's drone strike on a car near Qamishli.", "en"),
                       ("Drones launched from Turkey struck a car near Qamishli, killing two civilians.", "en"),
                       ("Border guards in Turkey shot dead three Syrian refugees near Azaz.", "en"),
                       ("قصفت تركيا قرية قرب أريحا ما أدى لمقتل مدنيين.", "ar"),
                       ("قتل مدنيان بقصف مدفعي من اتجاه تركيا على قرية قرب تل أبيض", "ar")):
        assert parties(text, lang) == {"Turkish Military"}, text


def test_a_speakers_base_or_a_country_people_are_in_is_no_attacker():
    from civcas.geo import find_places

    def parties(text: str, lang: str) -> set[str]:
        doc = Document(id="doc-1", raw_hash="h", text=text, lang=lang, published="2024-03-15")
        return {b for c in extract_claims(doc, find_places(doc)) for b in c.belligerents}

    # where the monitor sits is no side in the fight
    for text, lang in (("A drone hit a car near Kobani, killing two civilians, the Turkey-based monitor said.", "en"),
                       ("A drone hit a car near Kobani, killing two civilians, a monitor based in Turkey said.", "en"),
                       ("قتل مدنيان بقصف مسيرة على سيارة قرب كوباني، بحسب مرصد مقره تركيا.", "ar"),
                       ("قتل مدنيان بقصف مسيرة على سيارة قرب كوباني، وفق مرصد يتخذ من تركيا مقرا له.", "ar"),
                       # nor, when no one is said to have struck, a country named later as where people are
                       ("Shelling hit the village of Oakdale on Sunday, killing three people. Relatives in Turkey mourned them.", "en")):
        assert parties(text, lang) == set(), text
    # nor a country named before the report's sentences as where people are
    assert parties("Relatives in Turkey are mourning the family.\n\nShelling hit the village of Oakdale on Sunday, "
                   "killing three people.", "en") == set()
    # a side whose officials the report names without their words stays a suspect
    for text, lang in (("Five people were killed when missiles hit a building in Oakdale overnight. "
                        "Officials in Israel did not comment.", "en"),
                       ("قتل خمسة أشخاص بصواريخ استهدفت مبنى في أوكديل. ورفض مسؤولون في إسرائيل التعليق.", "ar")):
        assert parties(text, lang) == {"Israeli Military"}, text
    # the attacker the report names stays, as does a country told where the fire came from
    for text, lang in (("Shelling killed three civilians in the village of Oakdale on Sunday. "
                        "The shells were fired by border guards in Turkey.", "en"),
                       ("قتل ثلاثة مدنيين بقصف على قرية أوكديل يوم الأحد. وأطلقت القذائف من مواقع في تركيا.", "ar")):
        assert parties(text, lang) == {"Turkish Military"}, text
    assert parties("Turkish drones hit a car near Kobani, killing two civilians, a monitor based in Turkey said.",
                   "en") == {"Turkish Military"}
    assert parties("Shelling hit the village of Oakdale on Sunday, killing three people. Turkey denied it was behind it.",
                   "en") == {"Turkish Military"}
