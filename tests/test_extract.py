"""Claims with their context: groups, actors, speakers, stance, dates,
places, several incidents per document, running tolls and background."""

import datetime as dt

from civcas.extract import extract_claims
from civcas.geo import find_places
from civcas.extract.tokens import MAX_SENTENCE_TOKENS, sentences, tokenize
from civcas.lang import load
from civcas.model import Document, Place


def claims(text, lang="en", published="2024-03-15", places=(), **kw):
    doc = Document(id="doc-1", raw_hash="h", text=text, lang=lang, published=published, **kw)
    return extract_claims(doc, list(places))


def place(text, name, precision="town"):
    start = text.index(name)
    return Place(name=name, start=start, end=start + len(name), country="SY", precision=precision, text=name)


def test_including_children_refines_without_adding():
    found = claims("The strike killed 9 civilians, including 4 children, and injured 12 others.")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "civilians", 9), ("killed", "children", 4), ("injured", "civilians", 12)]


def test_arabic_including_and_others():
    found = claims("استشهد 6 مدنيين بينهم 4 أطفال وأصيب 10 آخرون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "civilians", 6), ("killed", "children", 4), ("injured", "civilians", 10)]


def test_a_figure_with_its_own_harm_noun_after_an_including_list_is_not_the_lists():
    found = claims("٤ شهداء بينهم طفلان وأكثر من عشرة جرحى بقصف على بلدة تل الزيزفون.", "ar")
    assert [(c.kind, c.min, c.max) for c in found] == [("killed", 4, 4), ("killed", 2, 2), ("injured", 11, None)]


def test_a_lone_victim_noun_is_not_the_noun_of_a_later_figure():
    found = claims("قتل رجل وامرأة، و9 جرحى بقصف على بلدة تل الزيزفون.", "ar")
    assert ("injured", "unknown", 9) in [(c.kind, c.group, c.min) for c in found]


def test_a_second_age_after_aged_is_no_count():
    found = claims("Rockets hit Riverton, killing a man and wounding his two grandsons, aged 6 and 9.")
    assert [(c.kind, c.min) for c in found] == [("killed", 1), ("injured", 2)]


def test_ages_told_after_a_victim_are_no_counts():
    def figures(text, lang="ar"):
        return [(c.kind, c.min) for c in claims(text, lang)]

    assert figures("استشهد طفل في الـ 13 من عمره بقصف على البلدة") == [("killed", 1)]
    assert figures("استشهد طفل في الخامسة عشرة من عمره بقصف على البلدة") == [("killed", 1)]
    assert figures("قتل الطفل سامر ذو الـ 13 ربيعاً بقصف على البلدة") == [("killed", 1)]
    # the first of two ages a unit word follows is that unit's too
    assert figures("أصيب طفلان (7 و9 سنوات) بقصف على البلدة") == [("injured", 2)]
    # a span of ages is no span of victims (their count is not read across it yet)
    assert all(c.min != 5 for c in claims("Three children aged between 5 and 12 were wounded in the shelling."))
    # a count joined to another with its own noun stands
    assert figures("قتل 3 مدنيين و4 من عناصر النظام بقصف على البلدة") == [("killed", 3), ("killed", 4)]
    # only an age's unit makes the number before it an age
    assert [(c.kind, c.min) for c in claims("Airstrikes killed 8 and 20 houses were destroyed in the town.")] == [("killed", 8)]


def test_a_resident_who_speaks_is_no_victim():
    found = claims("Shelling killed three civilians in Riverton, rescuers and a local resident said.")
    assert [(c.kind, c.min) for c in found] == [("killed", 3)]


def test_victims_listed_among_the_dead_refine_the_toll_without_adding_up():
    found = claims("Shelling killed six civilians in Riverton. Among the dead were two children and a woman.")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "civilians", 6), ("killed", "children", 2), ("killed", "women", 1)]
    found = claims("قتل 5 مدنيين بقصف مدفعي على قرية الوادي. وقال المراسل إن من بين القتلى 4 أطفال وامرأة.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "civilians", 5), ("killed", "children", 4), ("killed", "women", 1)]


def test_combatants_carry_their_actor():
    (c,) = claims("Russian jets killed 30 ISIS militants near the border.")
    assert (c.group, c.actor, c.min) == ("combatants", "ISIS", 30)
    assert c.belligerents == ["Russian Military"]
    (c,) = claims("قتل 5 عناصر من قوات النظام إثر ضربة مسيرة تركية.", "ar")
    assert (c.group, c.actor) == ("combatants", "Syrian Regime")
    assert c.belligerents == ["Turkish Military"] and c.strike_types == ["drone strike"]


def test_a_party_after_the_strike_that_killed_fighters_is_their_attacker_not_their_side():
    (c,) = claims("قتل 6 عناصر جراء الضربات الإسرائيلية على ريف تل الزيزفون.", "ar")
    assert c.actor is None and c.belligerents == ["Israeli Military"]
    (c,) = claims("Six fighters killed in Turkish strikes near Oakdale.")
    assert c.actor is None and c.belligerents == ["Turkish Military"]


def test_belligerent_strike_and_site():
    (c,) = claims("غارات للطيران الروسي على سوق شعبي في البلدة أسفرت عن مقتل 8 مدنيين.", "ar")
    assert c.belligerents == ["Russian Military"]
    assert c.strike_types == ["airstrike"] and c.site_types == ["market"]
    (c,) = claims("A Turkish drone struck a tent in the camp, injuring two children.")
    assert c.belligerents == ["Turkish Military"] and "drone strike" in c.strike_types
    assert set(c.site_types) == {"tent", "camp"}
    # "الطيران المسير", the drones told as an air force, are no warplanes
    (c,) = claims("إصابة مدنيين اثنين بقصف بالطيران المسير على البلدة.", "ar")
    assert c.strike_types == ["drone strike"]


def test_speakers_and_their_kinds():
    (c,) = claims("A medical source said 6 civilians were killed in the shelling.")
    assert (c.speaker, c.speaker_kind) == ("A medical source", "medical")
    (c,) = claims("وقال المرصد السوري إن 3 مدنيين قتلوا بالقصف.", "ar")
    assert c.speaker_kind == "ngo"
    (c,) = claims("Eleven people were killed during the raid.", publisher="Daily Example")
    assert (c.speaker, c.speaker_kind) == ("Daily Example", "media")


def test_each_part_a_while_opens_has_its_own_speaker():
    first, second = claims("At least 12 people were killed, according to a local doctor, "
                           "while the defence ministry said its forces killed 30 militants.")
    assert (first.speaker, first.speaker_kind) == ("a local doctor", "medical")
    assert second.speaker_kind == "belligerent"
    first, second = claims("قتل 5 مدنيين بحسب مصدر طبي، فيما قالت وزارة الدفاع إنها قتلت 20 مسلحا", "ar")
    assert (first.speaker_kind, second.speaker_kind) == ("medical", "belligerent")
    first, second = claims("The monitor documented the deaths of 5 civilians, while the Syrian Network put the toll at 7.")
    assert (first.speaker, second.speaker, second.speaker_kind) == ("monitor", "the Syrian Network", "ngo")
    # A victim's noun in the part is no speaker: only a speech word names one there.
    first, second = claims("قال المرصد السوري إن 4 مدنيين قتلوا، فيما أصيب 3 من الأهالي", "ar")
    assert first.speaker == second.speaker == "المرصد السوري"
    first, second = claims("SOHR activists said 4 civilians were killed, while the army said it killed 9 militants.")
    assert (first.speaker, second.speaker_kind) == ("SOHR", "belligerent")
    # A denial is its own part's: the other part's figure is asserted, or disputed when the
    # denial comes after it.
    first, second = claims("The defence ministry denied that 12 civilians were killed in the raid, "
                           "while activists said 15 civilians died.")
    assert (first.stance, second.speaker, second.stance) == ("denies", "activists", "asserts")
    (c,) = claims("The regime claimed its forces killed 40 militants, but activists denied this, "
                  "saying most of the dead were civilians.")
    assert (c.speaker_kind, c.stance) == ("belligerent", "disputes")
    # A part that names no speaker is told by the sentence's.
    first, second = claims("قال ناشطون إن 4 مدنيين قتلوا، فيما أصيب 6 آخرون", "ar")
    assert first.speaker == second.speaker == "ناشطون"


def test_speaker_name_leaves_out_a_glued_clitic():
    (c,) = claims("فالمرصد السوري وثق مقتل 3 مدنيين في تل السنابل.", "ar")
    assert (c.speaker, c.speaker_kind) == ("المرصد السوري", "ngo")
    (c,) = claims("وأعلنت وزارة الصحة مقتل 3 مدنيين.", "ar")
    assert c.speaker == "وزارة الصحة"  # a name that starts with the letter keeps it
    (c,) = claims("وقال الناشطون إن 3 مدنيين قتلوا في القصف.", "ar")
    assert c.speaker == "الناشطون"  # the article is part of the name as written


def test_who_was_told_is_not_the_speaker():
    (c,) = claims("وبحسب ما قالته لمراسلة الموقع مصادر طبية، قتل 4 مدنيين في القصف.", "ar")
    assert (c.speaker, c.speaker_kind) == ("مصادر طبية", "medical")
    (c,) = claims("وأكد لمراسلنا أن 3 مدنيين قتلوا في القصف.", "ar")
    assert c.speaker == "مراسلنا"  # no one else named: the page's correspondent still tells it
    found = claims("ووفقاً لمصادر طبية قتل 5 مدنيين في القصف، فيما تحدث ناشطون عن 7 قتلى.", "ar")
    assert found[0].speaker == "مصادر طبية"  # "according to" opens the source, not an addressee


def test_generic_head_takes_the_name_after_it():
    (c,) = claims('وقالت وكالة "النهر الأزرق" إن 7 مدنيين قتلوا.', "ar")
    assert (c.speaker, c.speaker_kind) == ('وكالة "النهر الأزرق"', "media")
    (c,) = claims("وقالت منظمة (المرصد السوري) إن 7 مدنيين قتلوا.", "ar")
    assert (c.speaker, c.speaker_kind) == ("منظمة (المرصد السوري)", "ngo")
    (c,) = claims("وقالت منظمة الهلال الأحمر الكردي إن 7 مدنيين قتلوا.", "ar")
    assert c.speaker == "منظمة الهلال الأحمر الكردي"
    (c,) = claims("ونقلت وكالة عن مصدر عسكري أن 7 مدنيين قتلوا.", "ar")
    assert c.speaker == "وكالة"  # no name follows
    (c,) = claims('وقالت منظمة "قتل 3 مدنيين في القصف".', "ar")
    assert c.speaker == "منظمة"  # a quote that tells harm is what it said, not its name


def test_publisher_speaks_as_the_kind_its_name_is():
    (c,) = claims("Two civilians were killed in the shelling.", publisher="SOHR news")
    assert (c.speaker, c.speaker_kind) == ("SOHR news", "ngo")
    (c,) = claims("Two civilians were killed in the shelling.", publisher="Riverton Monitor")
    assert c.speaker_kind == "media"  # "monitor" inside an outlet's name is not the monitor
    (c,) = claims("Two civilians were killed in the shelling.", publisher="Coalition News")
    assert c.speaker_kind == "media"  # a party's own feed does not acknowledge harm


def test_party_is_the_speaker_only_next_to_its_speech_verb():
    (c,) = claims("واستهدفت قسد بلدة تل السنابل بالمدفعية، وأكد الدفاع المدني مقتل 4 مدنيين.", "ar")
    assert (c.speaker, c.speaker_kind) == ("الدفاع المدني", "ngo")
    (c,) = claims("The coalition said its strike near Oakdale killed two civilians.")
    assert (c.speaker, c.speaker_kind) == ("The coalition", "belligerent")
    (c,) = claims("وقالت قسد في بيان إن 3 مدنيين قتلوا بقصف تركي.", "ar")
    assert (c.speaker, c.speaker_kind) == ("قسد", "belligerent")
    (c,) = claims("The US Central Command said its strike near Oakdale killed one civilian.")
    assert (c.speaker_kind, c.belligerents) == ("belligerent", ["US-led Coalition"])
    # an aside, a date or a possessive's noun may stand between the party and its verb
    for text in ("The SDF, in a statement, said 3 civilians were killed in shelling on Oakdale.",
                 "The SDF's media office said 3 civilians were killed in shelling on Oakdale.",
                 "The SDF on Monday said 3 civilians were killed in shelling on Oakdale."):
        (c,) = claims(text)
        assert c.speaker_kind == "belligerent", text


def test_initials_do_not_end_the_sentence():
    (c,) = claims("A U.S. armed drone killed 3 civilians near Oakdale.")
    assert c.sentence == "A U.S. armed drone killed 3 civilians near Oakdale."
    (c,) = claims("Shelling by the U.S. Three civilians were killed near Oakdale.")
    assert c.sentence == "Three civilians were killed near Oakdale."
    (c,) = claims("According to Col. Jane Doe, a spokesperson, one civilian was injured in Oakdale.")
    assert c.sentence.startswith("According to Col. Jane Doe")
    (c,) = claims("The U.S. Central Command said its strike near Oakdale killed one civilian.")
    assert c.sentence.startswith("The U.S. Central Command") and c.speaker_kind == "belligerent"
    (c,) = claims("The strike was carried out by the U.S. Syrian activists said four civilians were killed.")
    assert c.sentence == "Syrian activists said four civilians were killed."


def test_belligerent_claim_denied_by_activists():
    text = ("Activists denied claims by the defence ministry that its jets killed 200 militants near the town. "
            "The ministry said 40 fighters were killed during a second raid.")
    first, second = claims(text)
    assert (first.group, first.min, first.speaker_kind, first.stance) == ("combatants", 200, "belligerent", "disputes")
    assert (second.speaker_kind, second.stance) == ("belligerent", "asserts")


def test_a_shorter_name_is_the_nearest_fuller_one_that_holds_it_not_another_of_its_kind():
    text = ("The health ministry said two civilians were killed in Oakdale. The defence ministry said its jets "
            "killed 30 militants. Activists disputed that. The ministry said 40 fighters died during a second raid.")
    got = [(c.min, c.speaker) for c in claims(text)]
    assert got == [(2, "health ministry"), (30, "defence ministry"), (40, "defence ministry")]
    (c,) = claims("A local source said shells hit the market in Oakdale. Three civilians were injured, "
                  "a medical source in the town hospital said.")
    assert (c.speaker, c.speaker_kind) == ("a medical source", "medical")


def test_denial_by_the_speaker():
    (c,) = claims("نفت وزارة الدفاع مقتل 12 مدنيا في الغارة.", "ar")
    assert c.stance == "denies"
    # A party's denial is its speech: the party is the one denying.
    (c,) = claims("نفت وزارة الدفاع الروسية مقتل 12 مدنيا في الغارة.", "ar")
    assert (c.speaker, c.speaker_kind, c.stance) == ("وزارة الدفاع الروسية", "belligerent", "denies")
    (c,) = claims("The defence ministry denied that 12 civilians were killed in the raid.")
    assert (c.speaker_kind, c.stance) == ("belligerent", "denies")


def test_a_denial_ends_where_its_speaker_tells_its_own_fighters_toll():
    # the speaker's own fighters' figure, in a clause a speech word opens after the denial
    found = claims("نفت وزارة الدفاع استهداف مدنيين في البلدة، مؤكدة أن غاراتها قتلت 25 مسلحاً.", "ar")
    assert [(c.min, c.stance) for c in found] == [(25, "asserts")]
    # who the dead were is what a denial disputes: "not civilians" keeps it
    found = claims("The SDF denied the reports, saying that the 4 people killed in the raid were gunmen, not civilians.")
    assert [(c.min, c.stance) for c in found] == [(4, "denies")]
    # "though" opens another part, with its own speaker
    found = claims("The ministry denied carrying out any strikes on the town, though activists reported 9 civilians dead.")
    assert [(c.min, c.stance, c.speaker) for c in found] == [(9, "asserts", "activists")]
    # a speech word inside the denied report ("the reports that outlets published") ends nothing
    found = claims("نفى المرصد الأنباء التي نشرتها وسائل إعلام عن مقتل 20 مدنياً.", "ar")
    assert [(c.min, c.stance) for c in found] == [(20, "denies")]
    # a speech word going on to call the reports false keeps the denial
    found = claims("The ministry denied the allegations, saying reports that 20 civilians were killed in the town were fake.")
    assert [(c.min, c.stance) for c in found] == [(20, "denies")]
    found = claims("نفت الوزارة استهداف المدنيين، مؤكدة أن الأنباء عن مقتل 6 مدنيين في البلدة عارية عن الصحة.", "ar")
    assert [(c.min, c.stance) for c in found] == [(6, "denies")]
    # an aside after the denial ("in a statement", "بحسب وكالة") opens no clause of its own
    found = claims("The ministry denied, in a statement on Tuesday, reports that 10 civilians were killed in the raid.")
    assert [(c.min, c.stance) for c in found] == [(10, "denies")]
    found = claims("ونفت وزارة الدفاع، بحسب وكالة محلية، مقتل 12 مدنياً في البلدة.", "ar")
    assert [(c.min, c.stance) for c in found] == [(12, "denies")]
    # the victims after "saying" are no speakers
    found = claims("Rescuers posted a video, saying a woman and her daughter died in the raid on the town.")
    assert sorted((c.group, c.min) for c in found) == [("civilians", 2), ("women", 1)]


def test_one_victim_in_the_accusative_after_a_harm_verb_is_one():
    # "طفلاً" is also the noun counted after 11-99 ("25 طفلاً"): alone after a verb it is one child.
    def told(text):
        return [(c.kind, c.group, c.min) for c in claims(text, "ar")]

    assert told("مسيرة تركية تقتل طفلاً قرب قرية السنديان") == [("killed", "children", 1)]
    assert told("استشهد مدنياً وجرح آخر بقصف على بلدة الوادي") == [("killed", "civilians", 1), ("injured", "civilians", 1)]
    assert told("قتل 25 طفلاً في القصف على بلدة الوادي") == [("killed", "children", 25)]
    # Verb, subject, then the victim: the party or weapon between names who struck.
    assert told("قتلت قوات النظام طفلاً في القصف على بلدة الوادي") == [("killed", "children", 1)]
    assert told("قتلت مسيرة تركية امرأة قرب قرية السنديان") == [("killed", "women", 1)]
    # ... on one line: a headline's verb does not reach a caption's noun below it.
    assert [(c.kind, c.min) for c in claims("Drone strike kills two\n\nSDF Commander speaks to the press")] == [("killed", 2)]
    # A dual with a suffix is two, not the singular inside it.
    found = told("قتل 4 مدنيين هم رجل وزوجته وطفلاهما بقصف على بلدة الوادي")
    assert ("killed", "children", 2) in found and ("killed", "children", 1) not in found


def test_the_body_of_a_victim_found_is_one_dead():
    found = claims("The body of a young man was found near Riverton.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "men", 1)]
    # A body that is no corpse counts no one.
    assert claims("The legislative body of the region condemned the strike on Riverton.") == []


def test_two_bodies_recovered_are_two_dead_not_missing():
    (c,) = claims("انتشلت فرق الإنقاذ جثتي طفلين من تحت الأنقاض في قرية السنديان", "ar")
    assert (c.kind, c.group, c.min) == ("killed", "children", 2)


def test_a_rejection_of_something_else_denies_no_harm():
    (c,) = claims("Snipers killed 3 civilians in the town after the SDF rejected a ceasefire proposal.")
    assert (c.speaker_kind, c.stance) != ("belligerent", "denies") and c.stance == "asserts"
    (c,) = claims("قتل 3 مدنيين في البلدة بعد أن رفضت قسد مبادرة التهدئة", "ar")
    assert c.stance == "asserts" and c.speaker_kind != "belligerent"


def test_a_denied_responsibility_denies_no_harm():
    (c,) = claims("نفى “جيش الوادي” مسؤوليته عن الهجوم الذي خلف ثمانية قتلى مدنيين في السوق، بحسب الدفاع المدني.", "ar")
    assert (c.min, c.speaker, c.speaker_kind, c.stance) == (8, "الدفاع المدني", "ngo", "asserts")
    (c,) = claims("The SDF denied any responsibility for the shelling that killed 8 civilians, medics said.")
    assert (c.speaker_kind, c.stance) == ("medical", "asserts")
    # ... but a denial of the deaths themselves still denies them.
    (c,) = claims("The SDF denied killing 3 civilians in the raid.")
    assert c.stance == "denies"


def test_dates_both_month_systems_and_numeric():
    assert claims("قتل 3 مدنيين يوم 5 تشرين الأول 2023.", "ar", published=None)[0].event_date == "2023-10-05"
    assert claims("قتل 3 مدنيين يوم 5 أكتوبر 2023.", "ar", published=None)[0].event_date == "2023-10-05"
    assert claims("قتل 3 مدنيين بتاريخ ٥-١٠-٢٠٢٣.", "ar", published=None)[0].event_date == "2023-10-05"
    assert claims("A raid on 1/9/2023 killed 2 civilians.", published=None)[0].event_date == "2023-09-01"
    c = claims("On 2 March 2022, shelling killed 4 civilians.", published=None)[0]
    assert (c.event_date, c.date_precision) == ("2022-03-02", "day")


def test_relative_dates_resolve_against_publication():
    # 2024-03-15 is a Friday
    assert claims("Shelling killed 4 civilians yesterday.")[0].event_date == "2024-03-14"
    assert claims("Shelling killed 4 civilians on Tuesday.")[0].event_date == "2024-03-12"
    assert claims("At dawn, jets killed 2 civilians.")[0].event_date == "2024-03-15"
    assert claims("استشهد 4 مدنيين فجر اليوم.", "ar")[0].event_date == "2024-03-15"
    assert claims("استشهد 4 مدنيين مساء الأربعاء.", "ar")[0].event_date == "2024-03-13"
    assert claims("Shelling killed 4 civilians yesterday.", published=None)[0].event_date is None


def test_several_incidents_keep_their_own_context():
    text = ("Russian jets killed 5 civilians in Kafr Alpha on Monday. "
            "On Wednesday, regime artillery killed 3 civilians in Tell Beta.")
    places = [place(text, "Kafr Alpha"), place(text, "Tell Beta")]
    first, second = claims(text, places=places)
    assert (first.place.name, first.event_date) == ("Kafr Alpha", "2024-03-11")
    assert first.belligerents == ["Russian Military"]
    assert (second.place.name, second.event_date) == ("Tell Beta", "2024-03-13")
    assert second.belligerents == ["Syrian Regime"]
    assert second.strike_types == ["artillery/shelling"]


def test_place_falls_back_to_preceding_then_headline_and_skips_country():
    text = "Shelling on Kafr Alpha in Syria\nThe village was hit at dawn.\nThree civilians were killed."
    places = [place(text, "Kafr Alpha"), place(text, "Syria", "country")]
    (c,) = claims(text, places=places)
    assert c.place.name == "Kafr Alpha"


def test_final_toll_replaces_earlier_figure():
    text = "قتل 4 مدنيين بقصف على البلدة. وفي وقت لاحق ارتفع عدد القتلى المدنيين إلى 7."
    found = [(c.kind, c.group, c.min) for c in claims(text, "ar")]
    assert found == [("killed", "civilians", 7)]
    text = "Four civilians were killed in the morning raid. The final toll rose to nine civilians killed."
    assert [(c.group, c.min) for c in claims(text)] == [("civilians", 9)]


def test_a_wars_toll_too_large_to_count_is_no_report_of_harm():
    text = "A drone injured 3 civilians in Oakdale. The war has killed more than 350,000 people since it began in 2011."
    assert [(c.kind, c.min) for c in claims(text)] == [("injured", 3)]
    text = "أصيب 3 مدنيين بقصف مسيرة على البلدة. وقتل أكثر من 500 ألف شخص منذ بدء الحرب."
    assert [(c.kind, c.min) for c in claims(text, "ar")] == [("injured", 3)]
    # a figure-less report of a strike's dead stands
    text = "A drone injured 3 civilians in Oakdale, and another strike killed civilians in Riverton."
    assert [(c.kind, c.min) for c in claims(text)] == [("injured", 3), ("killed", None)]
    # a large figure another outcome counts is no war's toll
    assert [(c.kind, c.min) for c in claims("The strike killed civilians and displaced 300,000 people.")] == [("killed", None)]


def test_background_figures_are_not_claims():
    text = "Since 2015, more than 10,000 civilians have been killed. On Friday a raid killed 2 civilians."
    assert [(c.min, c.max) for c in claims(text)] == [(2, 2)]
    assert claims("وثق المرصد مقتل 300 مدني منذ بداية العام.", "ar") == []
    # any year counted from, however it is led in
    for text, lang in (("Since 2031, more than 900 civilians have been killed across the province.", "en"),
                       ("Since early 2026, the monitor has counted 96 attacks that left 140 people dead.", "en"),
                       ("Since March 2012, shelling has killed 2,000 people in the valley.", "en"),
                       ("منذ عام 2029 قتل أكثر من 400 مدني في المحافظة.", "ar")):
        assert claims(text, lang, published="2032-05-01") == [], text


def test_a_since_year_that_tells_a_places_state_or_a_years_record_is_read_so():
    # a span set off by a semicolon or comma, or after a state word, is how long a place has been so
    for text in ("An airstrike killed 5 civilians in Oakdale on Tuesday; the town has been under siege since 2017.",
                 "An airstrike killed 3 civilians on Tuesday in Oakdale, held by the rebels since 2016."):
        assert numbered(claims(text)) == [("killed", "civilians", 5 if "5" in text else 3)], text
    assert numbered(claims("قتل 5 مدنيين بغارة على البلدة المحاصرة منذ عام 2016.", "ar")) == [("killed", "civilians", 5)]
    # a year's record is a tally's, not a strike's
    assert claims("2023 was the deadliest year since 2016, with 1,200 civilians killed.") == []


def test_a_span_a_strike_sets_a_record_over_is_no_background():
    # "the deadliest since 2019" measures the strike against the years before; its toll stands
    found = claims("The raid, the deadliest on Riverton since 2019, killed 12 civilians on Tuesday.")
    assert numbered(found) == [("killed", "civilians", 12)]
    found = claims("قتل 12 مدنياً في القصف الأعنف منذ عام 2019 على قرية الوادي.", "ar")
    assert numbered(found) == [("killed", "civilians", 12)]
    # a month's name ("كانون الأول", "the first") is no record: last year's December stays background
    assert claims("وفي 9 كانون الأول من العام الماضي قتل 5 مدنيين بقصف على قرية الوادي.", "ar") == []
    # so for any span: "over the years" is a tally's, unless a strike's record is measured over it
    assert claims("وعلى مدى السنوات الماضية قتلت الغارات 40 شخصا في قرية الوادي.", "ar") == []
    assert claims("Over the years, shelling has killed hundreds of people in Riverton.") == []
    found = claims("The deadliest raid on Riverton in recent years killed 9 people on Friday.")
    assert numbered(found) == [("killed", "civilians", 9)]
    # nor when it describes a place in a clause of its own; a record does not rescue a past strike
    found = claims("Shelling killed 3 people in Riverton on Friday, a town hit often in recent years.")
    assert numbered(found) == [("killed", "civilians", 3)]
    found = claims("قتل 3 مدنيين بقصف على قرية الوادي التي شهدت معارك على مدار السنوات الماضية.", "ar")
    assert numbered(found) == [("killed", "civilians", 3)]
    assert claims("The deadliest strike last year killed 9 civilians in Riverton.") == []
    # nor when "but" sets the day's harm against it
    found = claims("In recent years, Riverton has been quiet, but shelling killed 3 people on Friday.")
    assert numbered(found) == [("killed", "civilians", 3)]
    found = claims("على مدار السنوات الماضية عاشت قرية الوادي هدوءاً، لكن قصفاً قتل 3 مدنيين الجمعة.", "ar")
    assert numbered(found) == [("killed", "civilians", 3)]


def test_a_victim_named_by_trade_is_a_civilian():
    found = claims("A local businessman was killed late on Tuesday by a drone strike near Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1)]
    found = claims("Two teachers were wounded when shells hit the school in Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "civilians", 2)]
    # named again by trade after a comma, a victim is one, not a list of two
    found = claims("His brother, a teacher, was killed in the strike on Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1)]
    found = claims("A woman, a child and a man were killed when shells hit Oakdale.")
    assert ("killed", "civilians", 3) in numbered(found)
    # with a comma before "and" (a serial comma) the list is the same; a count before the
    # comma is no apposition ("two children, a woman")
    found = claims("Shelling killed two children, a woman, and three men in Oakdale.")
    assert ("killed", "civilians", 6) in numbered(found)
    found = claims("A woman, a child, and an elderly man were wounded when shells hit Oakdale.")
    assert ("injured", "civilians", 3) in numbered(found)
    found = claims("Two women, three children, and a man were killed when shells hit Oakdale.")
    assert ("killed", "civilians", 6) in numbered(found)
    # after one victim, ", and" opens the next clause
    found = claims("The strike killed two civilians, and a child was injured in Oakdale.")
    assert numbered(found) == [("killed", "civilians", 2), ("injured", "children", 1)]


def test_a_victim_named_after_the_noun_keeps_the_count():
    # the name between a victim's noun and its verb, hyphens and apostrophes in it
    found = claims("Man named Karim al-Masri shot dead by masked gunmen in Oakdale, March 3, 2024")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "men", 1)]
    found = claims("A woman, named as Rana Sa’id Haddad, was killed when shells hit Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "women", 1)]
    found = claims("Monitors said that one child named Fadi Nour has been killed by shelling on Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "children", 1)]
    found = claims("Two girls named Lina Haddad and Rima Saad were abducted by gunmen in Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("detained", "children", 2)]
    found = claims("Man named Omar al-Khatib shot and injured by gunmen in Oakdale on Monday.")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "men", 1)]
    found = claims("شاب يدعى سامر العلي قتل برصاص مجهولين في بلدة تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "men", 1)]
    # "named by" gives no name: the words after it are not skipped as one
    found = claims("Victims named by the ministry in a long statement were among the dead in Oakdale.")
    assert all(c.min is None for c in found)
    # a named witness is no victim, nor is a named attacker: the name ends before "said", "who"
    # and lower-case words, and a verb with its victims after it is the named one's deed
    found = claims("A man named Karim said that shelling killed his neighbours in Oakdale.")
    assert [(c.kind, c.min) for c in found] == [("killed", None)]
    found = claims("A soldier named Karim Nasser killed two civilians in Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 2)]
    found = claims("A man named Karim Nasser injured three people in Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "civilians", 3)]
    # a post in lower case writes no capitals in names; a name may say where the victim came from
    assert numbered(claims("a man named karim al-nasser was killed in shelling on oakdale")) == [("killed", "men", 1)]
    assert numbered(claims("A man named Karim from Riverton was killed in Oakdale.")) == [("killed", "men", 1)]


def test_a_noun_before_a_verb_with_victims_of_its_own_is_the_doer():
    assert numbered(claims("Teenager kills his cousin in a village near Oakdale")) == [("killed", "civilians", 1)]
    found = claims("انتشر فيديو للجندي الذي قتل 3 جنود على الحدود قرب بلدة الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "combatants", 3)]
    # "wounded by several shards": what a clitic opens is no victim of the verb
    found = claims("أفاد مسعف بأن السيدة أصيبت بعدة شظايا في بلدة الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "women", 1)]
    # a passive, a span of time or ways, or another count after the verb is no victim of it
    for text, lang, kind, group in (
            ("A man was injured two days ago in shelling on Oakdale.", "en", "injured", "men"),
            ("A child was killed 3 km from the border near Oakdale.", "en", "killed", "children"),
            ("Child killed a day after the strike on Oakdale", "en", "killed", "children"),
            ("child killed 3 injured in shelling on oakdale", "en", "killed", "children"),
            ("طفل أصيب 5 مرات في القصف على بلدة الوادي.", "ar", "injured", "children"),
            ("امرأة استشهدت 3 أيام بعد إصابتها في بلدة الوادي.", "ar", "killed", "women")):
        assert (kind, group, 1) in numbered(claims(text, lang)), text
    # the doer's victims may come after a determiner and modifiers, or after a unit or harm word
    for text in ("Man kills a 5-year-old girl in Oakdale", "Soldier kills an injured civilian in Oakdale",
                 "Man kills one year old son in Oakdale", "A soldier who was also killing civilians in Oakdale was arrested."):
        assert not any(c.group in ("men", "combatants") and c.min == 1 for c in claims(text)), text
    # quantity phrases and modifiers before the doer's victims ("a couple of", "2 injured Syrian refugees")
    for text in ("Soldier kills a couple of civilians in Oakdale", "Young man kills one of his relatives in Oakdale",
                 "Soldier kills 2 injured Syrian refugees in Oakdale", "Man kills one year old Syrian boy in Oakdale"):
        assert not any(c.group in ("men", "combatants") and c.min == 1 for c in claims(text)), text
    # a verb that takes no victims ("died") has none after it
    assert ("killed", "children", 1) in numbered(claims("A child died a victim of shelling on civilians in Oakdale."))
    # a span of time or a distance before the next noun is no object: the victim stays one
    for text, kind, group in (("A child died a few hours after his mother was wounded in Oakdale.", "killed", "children"),
                              ("Woman killed one year after her husband disappeared in Oakdale", "killed", "women"),
                              ("Woman killed 5 injured including 2 children in Oakdale shelling", "killed", "women"),
                              ("A shepherd wounded 3 km from the school in Oakdale", "injured", "civilians")):
        assert (kind, group, 1) in numbered(claims(text)), text
    # "fighter jets" are no fighter
    assert numbered(claims("Fighter jets executed four raids near Oakdale.")) == []


def test_missing_and_detained():
    found = claims("Two children are still missing and 14 men were detained by the militia.")
    assert [(c.kind, c.group, c.min) for c in found] == [("missing", "children", 2), ("detained", "men", 14)]
    found = claims("The night raid on Oakdale led to the arrest of three men.")
    assert [(c.kind, c.group, c.min) for c in found] == [("detained", "men", 3)]
    # an arrest sought is none made
    assert claims("A court issued a warrant for the arrest of three officers in Oakdale.") == []


def test_arabic_arrests_told_as_seizing_or_with_an_object_pronoun():
    # "ألقت ... القبض على" (seized) and "اعتقلته" (arrested him) are detentions
    found = claims("ألقت دورية القبض على ثلاثة رجال في قرية السنديان مساء أمس.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("detained", "men", 3)]
    found = claims("وقالت مصادر محلية إن دورية اعتقلته من منزله في قرية السنديان.", "ar")
    assert [(c.kind, c.min) for c in found] == [("detained", None)]
    # a verb its negation opens tells of no harm done, unless "only" follows
    assert claims("قالت الوزارة إن الطائرات لن تقتل 5 مدنيين في السنديان.", "ar") == []
    assert numbered(claims("قال الأهالي إن الغارة لم تقتل 4 مدنيين بل جرحتهم في السنديان.", "ar")) == []
    found = claims("لم يقتل القصف إلا 3 مدنيين في بلدة السنديان.", "ar")
    assert numbered(found) == [("killed", "civilians", 3)]
    found = claims("لم تقتل الغارة على بلدة السنديان سوى ثلاثة مدنيين.", "ar")  # a subject with its place
    assert numbered(found) == [("killed", "civilians", 3)]
    found = claims("لم يقتل القصف 5 مدنيين فحسب بل جرح آخرين في بلدة السنديان.", "ar")  # not only
    assert ("killed", "civilians", 5) in numbered(found)
    # a failure is no negated harm: "the five wounded failed to reach the hospital"
    assert [c.kind for c in claims("فشل الجرحى الخمسة في الوصول إلى المستشفى في السنديان.", "ar")] == ["injured"]


def test_one_of_them_after_a_harm_verb_is_one_victim():
    found = claims("أصيب ثلاثة أشخاص بقصف على قرية السنديان، توفي أحدهم لاحقا في المشفى.", "ar")
    assert [(c.kind, c.min) for c in found] == [("injured", 3), ("killed", 1)]
    # "one of them" that names no harm is no count: "وقال أحدهم", "أحدهم بجروح خطيرة"
    found = claims("وقال أحدهم إن القصف على قرية السنديان أدى إلى مقتل 3 مدنيين.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 3)]
    found = claims("أصيب ثلاثة أطفال بقصف على قرية السنديان، أحدهم بجروح خطيرة.", "ar")
    assert numbered(found) == [("injured", "children", 3)]
    # nor is one of victims of that harm already counted
    found = claims("قتل ثلاثة أطفال بقصف على قرية السنديان، وانتشلت جثة أحدهم من تحت الأنقاض.", "ar")
    assert numbered(found) == [("killed", "children", 3)]
    # but "one of them a child" still tells what one of them was
    found = claims("فقدان شخصين لحياتهما أحدهما طفل في قصف على قرية السنديان.", "ar")
    assert ("killed", "children", 1) in numbered(found)


def test_arabic_executions_are_deaths():
    found = claims("أعدمت قوات الأمن شابين ميدانيا في قرية السنديان.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "men", 2)]


def test_a_detention_ordered_sought_or_threatened_is_none_made():
    assert claims("صدرت مذكرة بإلقاء القبض على ثلاثة مسؤولين سابقين في المدينة.", "ar") == []
    assert claims("صدر أمر اعتقال بحق خمسة ضباط في المدينة.", "ar") == []
    assert claims("القوات تهدد باعتقال أهالي البلدة إن لم يسلموا السلاح.", "ar") == []
    assert claims("حاولت عناصر الأمن اعتقال أربعة شبان من البلدة، ففروا.", "ar") == []
    assert claims("حاولت الدورية من جديد اعتقال شاب في البلدة لكنه فر.", "ar") == []
    # demanded, or not made at all
    assert claims("طالبت عشيرة الضحية بالقبض على القتلة في البلدة.", "ar") == []
    # "طالب" is also a student
    found = claims("تعرض طالب جامعي للاعتقال على حاجز في البلدة.", "ar")
    assert [(c.kind, c.min) for c in found] == [("detained", 1)]
    assert claims("طالب الأهالي باعتقال الجناة في البلدة.", "ar") == []
    assert claims("طالبت العائلة بأن يتم اعتقال 3 شبان من البلدة.", "ar") == []
    # only the demand's own "ب" or phrase makes the detention sought: a student at a university,
    # or a detention told as the demand's cause, stays made
    for text in ("تعرض طالب بجامعة البلدة للاعتقال على حاجز.", "طالب الأهالي بسبب اعتقال 5 شبان بفتح تحقيق في البلدة."):
        assert [c.kind for c in claims(text, "ar")] == ["detained"], text
    found = claims("قتل شاب برصاص مجهولين في قرية السنديان، ولم يتم القبض على الفاعلين.", "ar")
    assert [c.kind for c in found] == ["killed"]
    found = claims("اعتقلت الدورية 3 شبان في قرية السنديان، وطالب الأهالي بالإفراج عنهم.", "ar")
    assert [(c.kind, c.min) for c in found] == [("detained", 3)]
    # the sought detention's object is no other harm's victims
    found = claims("في محاولة لاعتقال شابين أصيب أحدهما بجروح في قرية السنديان.", "ar")
    assert [(c.kind, c.min) for c in found] == [("injured", 1)]
    found = claims("محاولة اعتقال خمسة شبان في قرية السنديان تنتهي باعتقال اثنين منهم.", "ar")
    assert [(c.kind, c.min) for c in found] == [("detained", 2)]
    found = claims("أصيب خلال محاولة اعتقال مطلوب في قرية السنديان طفلان.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "children", 2)]
    found = claims("أصيب أثناء محاولة اعتقال شابين 4 مدنيين بينهم طفل في قرية السنديان.", "ar")
    assert numbered(found) == [("injured", "civilians", 4), ("injured", "children", 1)]
    # a cue word elsewhere in the sentence leaves an arrest made alone
    for text in ("حاول الشاب الفرار فاعتقلته الدورية قرب قرية السنديان.",
                 "هدد الأهالي عقب اعتقال خمسة شبان من قرية السنديان بالإضراب العام.",
                 "وهو الأمر الذي أدى إلى اعتقال عشرة شبان في قرية السنديان.",
                 "شنت قوات الأمن حملة مداهمات بهدف اعتقال مطلوبين واعتقلت خمسة منهم في قرية السنديان."):
        assert [c.kind for c in claims(text, "ar")] == ["detained"], text


def test_junk_documents_give_nothing():
    doc = Document(id="j", raw_hash="h", text="Log in to see 5 killed", status="junk", lang="en")
    assert extract_claims(doc, []) == []


def test_claims_keep_provenance():
    text = "Header line\nA strike killed 3 civilians."
    (c,) = claims(text)
    assert c.document_id == "doc-1"
    assert text[c.start:c.end] == c.text == "3 civilians"
    assert c.sentence == "A strike killed 3 civilians." and text[c.sentence_start:].startswith(c.sentence)


def test_undeclared_language_is_guessed_from_script():
    (c,) = claims("مقتل 3 مدنيين بقصف مدفعي.", lang=None)
    assert (c.kind, c.min) == ("killed", 3)


def test_numbered_victim_list_counts_names_not_ages():
    text = ("قصفت قوات النظام البلدة صباح اليوم.\nوهذه أسماء الشهداء:\n"
            "1- سامر يوسف العلي (35 عاما)\n2- هدى سامر العلي\n3- يوسف سامر العلي (9 سنوات)\n"
            "وما زالت فرق الدفاع المدني تعمل في المكان.")
    (c,) = claims(text, "ar")
    assert (c.kind, c.min, c.max) == ("killed", 3, 3)
    assert c.text.startswith("1- سامر") and c.text.endswith("(9 سنوات)")
    assert c.belligerents == ["Syrian Regime"]


def test_line_by_line_list_in_english():
    text = ("Shelling hit the village on Monday. The civilians killed were:\n"
            "Rami Nassif\nLina Nassif\nOmar Qabbani")
    (c,) = claims(text)
    assert (c.kind, c.group, c.min) == ("killed", "civilians", 3)


def test_victims_named_in_a_sentence_after_each_of_are_counted():
    found = claims("أصيب في القصف كل من سامر العلي (40 عاماً)، وهدى يوسف (35 عاماً)، وعمر الخالد (9 سنوات)، "
                   "وتم نقلهم إلى المشفى.", "ar")
    assert numbered(found) == [("injured", "unknown", 3)]  # "وتم نقلهم" starts no fourth name
    found = claims('مقتل كل من "سامر العلي" و"يوسف الخالد" بقصف على البلدة.', "ar")
    assert numbered(found) == [("killed", "unknown", 2)]
    found = claims("أسفرت المداهمة عن اعتقال كل من سامر العلي ويوسف الخالد، وسط حالة من التوتر.", "ar")
    assert numbered(found) == [("detained", "unknown", 2)]
    # after "in", "each of" lists places; a denied harm names no victims
    assert numbered(claims("سقط قتلى في كل من بلدة الوادي وقرية التلال.", "ar")) == []
    assert numbered(claims("لم يصب كل من سامر العلي ويوسف الخالد بأذى.", "ar")) == []


def test_victims_named_after_they_are_are_counted():
    # "the wounded ... are X and Y": the pronoun after the victims' noun names them
    found = claims("قصف على مطحنة القرية، والمصابون في القصف على المطحنة هما سامر العلي (40 عاماً) ويوسف الخالد "
                   "(35 عاماً).", "ar")
    assert [c.min for c in found if c.kind == "injured" and c.min] == [2]
    found = claims("وذكر أن القتلى هم: سامر العلي (40 عاماً)، وهدى يوسف (35 عاماً)، والطفل عمر الخالد (9 سنوات).", "ar")
    assert numbered(found) == [("killed", "unknown", 3)]
    found = claims("Shelling hit a market in Oakdale on Friday. The dead were Rami Nassif and Lina Nassif.")
    assert numbered(found) == [("killed", "unknown", 2)]
    # "among" them, they are some of the victims: at least that many
    found = claims("Shelling hit a market in Oakdale on Friday. Among the dead were Rami Nassif and Lina Nassif.")
    assert [(c.min, c.max) for c in found if c.min] == [(2, None)]
    # after a verb "وهم" opens a clause of what they were doing: no names
    assert numbered(claims("استشهدوا وهم صائمون وراكعون في المسجد.", "ar")) == []
    # after the victims' noun that follows a verb it names them, and the noun says who they were
    found = claims("أصيب مدنيون وهم سامر خالد العلي ويوسف محمود الخالد بقصف مدفعي على البلدة.", "ar")
    assert numbered(found) == [("injured", "civilians", 2)]
    assert numbered(claims("أصيب مدنيون وهم داخل منازلهم في البلدة.", "ar")) == []
    # after a title or a kin word one word names the victim
    found = claims("قصف على البلدة. والشهداء هم محمد أحمد العلي وابنه عمر والطفلة سارة.", "ar")
    assert numbered(found) == [("killed", "unknown", 3)]
    # single words after "they are" tell what or who they were, not their names
    for text, lang in (("وسقط الشهداء وهم صائمون وراكعون في المسجد.", "ar"),
                       ("والقتلى هم أطفال ونساء من سكان القرية.", "ar"),
                       ("والقتلى هم سوريون ولبنانيون.", "ar"),
                       ("Shelling hit a market in Oakdale. The dead were British and French aid workers.", "en")):
        assert numbered(claims(text, lang)) == [], text


def test_list_after_a_stated_figure_is_not_counted_again():
    text = "Two civilians were killed, named as:\nRami Nassif\nLina Nassif"
    assert [(c.group, c.min) for c in claims(text)] == [("civilians", 2)]


def test_regime_soldiers_are_combatants_of_the_regime():
    (c,) = claims("Opposition shelling killed six regime soldiers near the airport.")
    assert (c.group, c.actor, c.min) == ("combatants", "Syrian Regime", 6)
    assert c.belligerents == ["Syrian opposition factions"]


def test_ordinal_days():
    c = claims("قتل 3 مدنيين بقصف مدفعي في الثامن من شهر آب الحالي على البلدة.", "ar", published="2023-08-20")[0]
    assert c.event_date == "2023-08-08"
    c = claims("قتل 3 مدنيين في الحادي والعشرين من كانون الثاني 2022.", "ar", published=None)[0]
    assert c.event_date == "2022-01-21"
    c = claims("On the 5th of May, shelling killed 3 civilians.", published="2021-06-01")[0]
    assert c.event_date == "2021-05-05"


def test_yearless_date_takes_the_year_before_publication():
    (c,) = claims("قتل 3 مدنيين يوم 28 كانون الأول بقصف مدفعي.", "ar", published="2024-01-03")
    assert c.event_date == "2023-12-28"


def test_country_only_when_nothing_finer():
    text = "Kafr Alpha\nIn Syria, shelling killed 3 civilians."
    places = [place(text, "Kafr Alpha"), place(text, "Syria", "country")]
    (c,) = claims(text, places=places)
    assert c.place.name == "Kafr Alpha"


def test_dates_after_publication_are_not_event_dates():
    text = "Shelling killed 3 civilians on Monday.\nMost read on 3 August 2026. Five people killed in a crash."
    first, second = claims(text, published="2024-03-15")
    assert first.event_date == "2024-03-11"
    assert second.event_date != "2026-08-03"


def test_month_day_year_after_a_handle():
    (c,) = claims("@reporter7 Jul 25, 2025 A drone strike killed 2 civilians.", published=None)
    assert c.event_date == "2025-07-25"


def test_preceding_place_only_from_the_same_paragraph():
    text = ("Shelling hit Kafr Alpha.\n\nIn a separate report, a strike on Tell Beta was noted.\n\n"
            "Two civilians were killed.")
    places = [place(text, "Kafr Alpha"), place(text, "Tell Beta")]
    (c,) = claims(text, places=places)
    assert c.place.name == "Kafr Alpha"  # no place in its paragraph: the document's first
    text = "Shelling hit Kafr Alpha.\n\nA strike on Tell Beta, where two civilians were killed."
    (c,) = claims(text, places=[place(text, "Kafr Alpha"), place(text, "Tell Beta")])
    assert c.place.name == "Tell Beta"


def test_arabic_belligerent_claim_and_its_dispute():
    text = ("أعلنت وزارة الدفاع الروسية مقتل 30 إرهابيا بغارات على ريف إدلب. "
            "ونفى ناشطون ادعاءات وزارة الدفاع بمقتل 30 مسلحا، مؤكدين أن القتلى مدنيون.")
    first, second = claims(text, "ar")
    assert (first.group, first.min, first.speaker_kind, first.stance) == ("combatants", 30, "belligerent", "asserts")
    assert first.belligerents == ["Russian Military"] and first.strike_types == ["airstrike"]
    assert (second.speaker_kind, second.stance) == ("belligerent", "disputes")


def test_figure_of_a_named_party_counts_its_fighters():
    (c,) = claims("وكالة: مقتل 8 من قسد بهجوم شرق سوريا.", "ar")
    assert (c.group, c.actor, c.min) == ("combatants", "SDF/YPG", 8)
    assert "SDF/YPG" not in c.belligerents


def test_date_glued_to_a_page_label():
    text = "Local News Verified accountJanuary 22, 2026 · Shared with Public\nA drone strike killed 2 civilians today."
    (c,) = claims(text, published=None)
    assert c.event_date == "2026-01-22"


def test_victims_listed_by_subgroup_add_up():
    found = [(c.kind, c.group, c.min) for c in claims("قتل أربعة أطفال ورجل بقصف مدفعي.", "ar")]
    assert sorted(found) == [("killed", "children", 4), ("killed", "civilians", 5), ("killed", "men", 1)]
    found = [(c.group, c.min) for c in claims("The strike killed a woman and three children.")]
    assert ("civilians", 4) in found


def test_a_list_after_including_refines_and_adds_nothing():
    text = "The raids killed 17 people, including three children and five women, and left 41 others injured."
    found = [(c.kind, c.group, c.min) for c in claims(text)]
    assert found == [("killed", "civilians", 17), ("killed", "children", 3), ("killed", "women", 5),
                     ("injured", "civilians", 41)]


def test_single_victims_after_including():
    found = [(c.kind, c.group, c.min, c.max) for c in claims("استشهد 4 مدنيين بينهم طفل وامرأة بالقصف.", "ar")]
    assert found == [("killed", "civilians", 4, 4), ("killed", "children", 1, 1), ("killed", "women", 1, 1)]


def test_a_toll_reaches_the_figure_it_rose_to_across_what_it_is_of():
    (c,) = claims("The final death toll after Tuesday's shelling of the Riverton market rose to 11, medics said.")
    assert (c.kind, c.min, c.max) == ("killed", 11, 11)
    (c,) = claims("ارتفعت حصيلة القتلى جراء القصف المدفعي على سوق بلدة الوادي أمس إلى 9", "ar")
    assert (c.kind, c.min) == ("killed", 9)
    (c,) = claims("ارتفع عدد الإصابات في بلدة الوادي جراء القصف إلى 5", "ar")
    assert (c.kind, c.min) == ("injured", 5)
    # whose shells they were is no group of the dead
    (c,) = claims("ارتفع عدد الشهداء بقذائف المرتزقة على بلدة الوادي إلى 12", "ar")
    assert (c.kind, c.group, c.min) == ("killed", "unknown", 12)
    # Not across a clause, nor from a harm word that no toll names.
    assert [c.min for c in claims("The death toll after the raid, which hit the market, rose to 11.")] == []
    assert all(c.min != 3 for c in claims("قتل رجل في القصف على بلدة الوادي الذي أدى إلى تدمير 3 منازل", "ar"))


def test_a_toll_naming_no_group_updates_the_civilians_told_before_it():
    text = "Three civilians were killed in shelling on Oakdale on Tuesday. The death toll later rose to seven."
    assert [(c.group, c.min) for c in claims(text)] == [("unknown", 7)]
    text = "استشهاد 3 مدنيين بقصف على البلدة.\nارتفعت حصيلة الشهداء إلى 7."
    assert [(c.group, c.min) for c in claims(text, "ar")] == [("unknown", 7)]
    # a total told before it is what it updates: the civilians among them stay
    text = "Shelling killed 12, among them 5 civilians. The death toll rose to 14."
    assert [(c.group, c.min) for c in claims(text)] == [("civilians", 5), ("unknown", 14)]
    # nor does it update civilians told beside fighters, nor another day's or strike's, nor
    # when told as other news
    text = "Shelling killed 3 civilians and 2 fighters in the town. The death toll later rose to 7."
    assert [(c.group, c.min) for c in claims(text)] == [("civilians", 3), ("combatants", 2), ("unknown", 7)]
    text = "Shelling killed two civilians in the town on Wednesday. The death toll from Monday's car bomb rose to 9."
    assert [(c.group, c.min) for c in claims(text)] == [("civilians", 2), ("unknown", 9)]
    text = "قتل مدنيان بقصف على البلدة. إلى ذلك، ارتفعت حصيلة قتلى الاشتباكات في المنطقة إلى 15."
    assert [(c.group, c.min) for c in claims(text, "ar")] == [("civilians", 2), ("unknown", 15)]
    # nor when it counts fighters among its own dead, nor when it is a wider event's
    text = "Shelling killed two civilians in the town on Tuesday. The death toll rose to 9, among them 4 fighters."
    assert [(c.group, c.min) for c in claims(text)] == [("civilians", 2), ("unknown", 9), ("combatants", 4)]
    text = "Shelling killed two civilians in the town on Tuesday. The overall death toll of the offensive rose to 40."
    assert [(c.group, c.min) for c in claims(text)] == [("civilians", 2), ("unknown", 40)]


def test_a_toll_over_the_figures_of_two_places_is_a_tally_not_a_claim():
    text = ("Warplanes struck a market in Oakdale on Thursday, killing six civilians. In a separate attack, "
            "artillery shelled Riverton, killing three civilians. The day's death toll in the province reached nine civilians.")
    found = claims(text, places=[place(text, "Oakdale"), place(text, "Riverton")])
    assert [(c.min, c.place.name) for c in found] == [(6, "Oakdale"), (3, "Riverton")]
    # a child's death counts among what it adds up
    text = "Shelling on Oakdale killed two civilians, and a child was killed in Riverton. The death toll reached three."
    found = claims(text, places=[place(text, "Oakdale"), place(text, "Riverton")])
    assert [(c.min, c.place.name) for c in found] == [(2, "Oakdale"), (1, "Riverton")]
    # one above their sum has risen: it stands, and leaves the other town's civilians be
    text = "Shelling on Oakdale killed two civilians, and a child was killed in Riverton. The death toll rose to nine."
    found = claims(text, places=[place(text, "Oakdale"), place(text, "Riverton")])
    assert [(c.min, c.place.name) for c in found] == [(2, "Oakdale"), (1, "Riverton"), (9, "Riverton")]
    # a toll its sentence tells of one town updates that town's figure only
    text = "Airstrikes killed four civilians in Saraqib on Monday. Shelling also killed two civilians in Sarmin. " \
           "In Saraqib, the death toll later rose to six."
    found = claims(text, places=find_places(Document(id="d", raw_hash="h", text=text, lang="en")))
    assert [(c.min, c.place.name) for c in found] == [(2, "Sarmin"), (6, "Saraqib")]
    # a headline's area and the body's town are one strike's: no tally
    text = "Shelling kills two civilians in Jabal al-Zawiya\nTwo civilians were killed when artillery shelled Riverton. The death toll later rose to four."
    found = claims(text, places=[place(text, "Jabal al-Zawiya", "region"), place(text, "Riverton")])
    assert [c.min for c in found] == [4]
    # one place's toll rising is an update
    text = "Warplanes struck a market in Oakdale on Thursday, killing six civilians. The death toll in Oakdale rose to nine."
    found = claims(text, places=[place(text, "Oakdale")])
    assert [(c.min, c.place.name) for c in found] == [(9, "Oakdale")]


def test_a_toll_does_not_erase_a_larger_figure():
    text = "قتل 12 مدنيا في البلدة الأولى. وفي بلدة أخرى ارتفع عدد القتلى المدنيين إلى 3."
    assert [c.min for c in claims(text, "ar")] == [12, 3]


def test_english_traps_with_single_victims_and_others():
    text = "Medics recorded the death of a boy and the injury of another after the shelling."
    # "another" is no figure: the injury is harm reported without one
    assert [(c.kind, c.group, c.min) for c in claims(text)] == [("killed", "children", 1), ("injured", "unknown", None)]
    text = "Ten civilians were killed and nearly 27 others were injured when the shells landed."
    assert [(c.kind, c.min, c.max) for c in claims(text)] == [("killed", 10, 10), ("injured", 27, 27)]


def test_monthly_summaries_and_counted_incidents_are_not_claims():
    assert claims("7 قتلى و3 مصابين في استهدافات لخلايا التنظيم خلال آب", "ar") == []
    assert claims("During March, 40 civilians were killed in the province.") == []
    assert [c.min for c in claims("وقعت 3 حوادث انفجار أدت لإصابة 9 مدنيين.", "ar")] == [9]


def figureless(text, lang="ar", **kw):
    return [(c.kind, c.group, c.min, c.max) for c in claims(text, lang, **kw) if c.min is None and c.max is None]


def test_harm_without_a_figure_is_a_claim_without_one():
    text = "عاجل | قتلى وجرحى جراء قذائف مدفعية أطلقتها قوات النظام على بلدة كفر نبل صباح اليوم."
    found = claims(text, "ar", places=[place(text, "كفر نبل")])
    assert [(c.kind, c.min, c.max) for c in found] == [("killed", None, None), ("injured", None, None)]
    assert found[0].place.name == "كفر نبل" and found[0].event_date == "2024-03-15"
    assert "Syrian Regime" in found[0].belligerents and found[0].strike_types
    assert figureless("إصابات في صفوف المدنيين إثر غارة روسية على أطراف المدينة.") == [
        ("injured", "civilians", None, None)]
    assert figureless("Several casualties were reported after jets struck a market in the town.", "en") == [
        ("killed", "unknown", None, None), ("injured", "unknown", None, None)]


def test_a_counted_kind_gets_no_figureless_claim():
    # the killed figure is stated; the injured are reported without one
    assert [(c.kind, c.min) for c in claims("مقتل 4 مدنيين وسقوط جرحى بقصف على البلدة.", "ar")] == [
        ("killed", 4), ("injured", None)]
    assert figureless("قتل مدني بغارة جوية. وتحدث ناشطون عن قتلى آخرين.") == []


def test_slogans_and_idioms_report_no_harm():
    assert figureless("غارات جوية على المدينة #الأسد_يقتل_السوريين") == []
    # a hashtag that opens with the harm names the event
    assert figureless("صور من #مجزرة_السوق بعد قصف المدينة صباح اليوم.") == [("killed", "unknown", None, None)]
    assert figureless("كل نفس ذائقة الموت.") == []
    assert figureless("The strikes put lives at risk, officials said.", "en") == []


def test_an_x_post_is_dated_by_its_id():
    # the id's high bits count milliseconds since 2010-11-04 01:42:54.657 UTC
    ms = int(dt.datetime(2023, 8, 22, 9, tzinfo=dt.timezone.utc).timestamp() * 1000)
    url = f"https://twitter.com/someone/status/{(ms - 1288834974657) << 22 | 12345}"
    found = claims("قتل مدني بقصف على البلدة أمس.", "ar", published=None, url=url)
    assert [c.event_date for c in found] == ["2023-08-21"]
    assert claims("قتل مدني بقصف على البلدة أمس.", "ar", published=None,
                  url="https://twitter.com/someone/status/12345")[0].event_date is None


def test_a_raid_that_names_its_detainees_is_a_detention_claim():
    text = "اعتقلت قوات الأمن فجر اليوم سامر الأحمد وشقيقه خلال مداهمة في قرية تل الزيزفون."
    assert figureless(text) == [("detained", "unknown", None, None)]
    assert figureless("Troops arrested a local official during a night raid on the village.", "en") == [
        ("detained", "unknown", None, None)]
    # a victim named by trade is one civilian
    found = claims("Troops arrested a local teacher during a night raid on the village.")
    assert [(c.kind, c.group, c.min) for c in found] == [("detained", "civilians", 1)]


def _in(text, name, admin1, precision="town", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Place(name=name, start=start, end=start + len(name), country="SY", admin1=admin1, precision=precision, text=name)


def test_governorate_in_sentence_yields_to_village_named_before_it():
    text = "Warplanes struck Kafr Alpha on Monday. Shelling on the Northvale countryside killed three civilians."
    places = [_in(text, "Kafr Alpha", "Northvale"), _in(text, "Northvale", "Northvale", "region")]
    (c,) = claims(text, places=places)
    assert c.place.name == "Kafr Alpha"


def test_governorate_keeps_claim_when_earlier_village_lies_elsewhere():
    text = "Warplanes struck Kafr Alpha on Monday. Shelling on the Northvale countryside killed three civilians."
    places = [_in(text, "Kafr Alpha", "Southmere"), _in(text, "Northvale", "Northvale", "region")]
    (c,) = claims(text, places=places)
    assert c.place.name == "Northvale"


def test_governorate_only_paragraph_takes_the_documents_main_place():
    text = ("Tell Beta shelled again\n\nResidents of Tell Beta fled the shelling of Tell Beta.\n\n"
            "In the Northvale countryside two civilians were killed.")
    places = [_in(text, "Tell Beta", "Northvale"), _in(text, "Tell Beta", "Northvale", nth=1),
              _in(text, "Tell Beta", "Northvale", nth=2), _in(text, "Northvale", "Northvale", "region")]
    (c,) = claims(text, places=places)
    assert (c.place.name, c.place.start) == ("Tell Beta", 0)


def test_village_in_the_claims_own_sentence_wins_over_earlier_ones():
    text = "Warplanes struck Kafr Alpha. Shelling on Tell Beta in Northvale killed two civilians."
    places = [_in(text, "Kafr Alpha", "Northvale"), _in(text, "Tell Beta", "Northvale"),
              _in(text, "Northvale", "Northvale", "region")]
    (c,) = claims(text, places=places)
    assert c.place.name == "Tell Beta"


def numbered(found):
    """The counts, without the bounds a total of killed and injured sets on each."""
    return [(c.kind, c.group, c.min) for c in found if c.min is not None and not c.joint]


def bounds(found):
    return [(c.kind, c.group, c.min, c.max) for c in found if c.joint]


def test_dead_and_wounded_named_together_count_no_one_kind():
    # however the pair is inflected, a figure before it sums both kinds
    assert numbered(claims("37 قتيلاً وجريحاً بقصف صاروخي على البلدة.", "ar")) == []
    assert numbered(claims("عشرات القتلى والجرحى بقصف على السوق.", "ar")) == []
    assert numbered(claims("Shelling left 12 dead and wounded in the market.")) == []


def test_a_bare_victim_noun_listed_before_the_harm_word_is_counted():
    # no article in Arabic, nor in an English headline: the list before the verb is its victims'
    found = claims("امرأة وثلاثة أطفال قتلوا بالقصف على قرية السنديان.", "ar")
    assert ("killed", "civilians", 4) in numbered(found)
    found = claims("Woman and two children wounded by shelling on Oakdale market")
    assert ("injured", "civilians", 3) in numbered(found)
    # not when another verb stands between the list and the harm word: they survived
    found = claims("امرأة وطفلاها ينجون من قصف قتل 5 مدنيين في قرية السنديان.", "ar")
    assert ("killed", "women", 1) not in numbered(found)


def test_victims_before_an_auxiliary_and_a_harm_verb_are_that_verbs():
    # "قد قتلوا" (had been killed): the children are the dead, the others after are the wounded
    found = claims("وكانت ثلاثة أطفال قد قتلوا وأصيب خمسة آخرون بالقصف على قرية السنديان.", "ar")
    assert numbered(found) == [("killed", "children", 3), ("injured", "civilians", 5)]
    # the doers before it are not: "the gunmen had killed and wounded 20 civilians" is one total
    found = claims("وكان المسلحون قد قتلوا وجرحوا 20 مدنيا في قرية السنديان.", "ar")
    assert bounds(found) == [("killed", "civilians", 1, 19), ("injured", "civilians", 1, 19)]


def test_harm_words_with_their_own_figures_are_no_pair():
    found = claims("تسبب القصف بفقدان 5 مواطنين لحياتهم وإصابة 15 آخرين.", "ar")
    assert numbered(found) == [("killed", "civilians", 5), ("injured", "civilians", 15)]


def test_a_figure_split_between_dead_and_injured_is_no_death_toll():
    assert numbered(claims("مجزرة في السوق راح ضحيتها 20 شخصاً بين قتيل وجريح.", "ar")) == []
    found = claims("ارتفع عدد ضحايا القصف إلى 3 أشخاص بين شهيد وجريحين.", "ar")
    assert ("killed", "civilians", 3) not in numbered(found)


def test_a_total_of_dead_and_wounded_bounds_each_kind():
    # at least one of each, and no more than the total less the one of the other kind
    found = claims("مجزرة في سوق الخضار راح ضحيتها 17 مدنياً بين قتيل وجريح.", "ar")
    assert bounds(found) == [("killed", "civilians", 1, 16), ("injured", "civilians", 1, 16)]
    found = claims("قتل وجرح أكثر من 16 شخصاً من أهالي كفر السنديان بقصف مدفعي يوم الإثنين.", "ar")
    assert bounds(found) == [("killed", "civilians", 1, None), ("injured", "civilians", 1, None)]
    found = claims("Mortar fire on Oakdale killed and wounded 14 civilians on Tuesday.")
    assert bounds(found) == [("killed", "civilians", 1, 13), ("injured", "civilians", 1, 13)]
    # a part of such a total bounds neither kind: all four children may be among the wounded
    found = claims("Shelling left 20 dead and wounded in Oakdale, including 4 children.")
    assert [g for _, g, _, _ in bounds(found)] == ["unknown", "unknown"]
    # nor does an item of a list that the total is summed from; the sum bounds each
    found = claims("Mortar fire on Oakdale killed and wounded 5 men and 3 women.")
    assert bounds(found) == [("killed", "civilians", 1, 7), ("injured", "civilians", 1, 7)]
    found = claims("Mortar fire on Oakdale killed and wounded 8 civilians, 5 men and 3 women.")
    assert bounds(found) == [("killed", "civilians", 1, 7), ("injured", "civilians", 1, 7)]
    # two totals of two places each bound their own, subgroups too
    found = claims("Shelling killed and wounded 8 civilians in Oakdale, and killed and wounded 5 children in Riverton.")
    assert bounds(found) == [("killed", "civilians", 1, 7), ("injured", "civilians", 1, 7),
                             ("killed", "children", 1, 4), ("injured", "children", 1, 4)]
    found = claims("قتل وجرح 20 مدنياً في كفر السنديان، وقتل وجرح 10 مدنيين في تل الزيزفون.", "ar")
    assert [(k, lo, hi) for k, _, lo, hi in bounds(found)] == [
        ("killed", 1, 19), ("injured", 1, 19), ("killed", 1, 9), ("injured", 1, 9)]


def test_casualties_and_victims_bound_no_kind():
    # they say neither how many died nor that anyone did
    assert bounds(claims("The shelling of Oakdale left 14 casualties on Tuesday.")) == []
    assert bounds(claims("أسفر القصف عن وقوع 6 ضحايا في قرية الوادي.", "ar")) == []
    assert bounds(claims("سقط 7 أشخاص بين قتيل ومفقود في قرية الوادي.", "ar")) == []
    # "killed or injured" does not say that anyone died
    assert bounds(claims("Mortar fire on Oakdale killed or injured 20 people.")) == []


def test_among_them_serious_wounds_tells_of_the_wounded_counted():
    found = claims("أسفر القصف عن جرح أربعة مزارعين بينهم إصابات بليغة في كفر السنديان.", "ar")
    assert numbered(found) == [("injured", "civilians", 4)]
    # the harm verb may stand before its subject, words apart
    found = claims("أصيب في القصف أربعة مزارعين بينهم إصابات بليغة في كفر السنديان.", "ar")
    assert numbered(found) == [("injured", "civilians", 4)]
    found = claims("استشهد يوم أمس خمسة مدنيين بينهم شهيدان من الأطفال في كفر السنديان.", "ar")
    assert numbered(found) == [("killed", "civilians", 5), ("killed", "children", 2)]
    # without a harm word of that kind before the figure in its clause, "among them the dead" splits it
    found = claims("قتل رجل في كفر السنديان، وأسفر القصف عن سقوط خمسة مدنيين بينهم قتلى.", "ar")
    assert ("killed", "civilians", 5) not in numbered(found)
    found = claims("أسفر القصف على كفر السنديان عن سقوط خمسة مدنيين بينهم قتلى.", "ar")
    assert ("killed", "civilians", 5) not in numbered(found)
    found = claims("أصيب خمسة مدنيين بينهم قتيل في كفر السنديان.", "ar")
    assert ("injured", "civilians", 5) not in numbered(found)


def test_a_count_of_blasts_is_no_count_of_victims():
    for text in ("وثق المكتب اليوم 40 حالة اعتقال و 9 تفجيرات في ريف حلب.", "اعتقلت الدورية 40 شخصا ووقعت 9 تفجيرات في ريف حلب."):
        assert [(c.kind, c.min) for c in claims(text, "ar")] == [("detained", 40)], text
    # Behind a preposition the word tells what killed them: the number counts the dead.
    for text in ("استشهد 3 بتفجير سيارة مفخخة في السوق.", "قتل 4 بغارات على أطراف البلدة."):
        assert [(c.kind, c.min) for c in claims(text, "ar")][:1] == [("killed", int(text.split()[1]))], text


def test_dual_with_a_possessive_is_two_and_a_unit_after_it_is_not_its_own():
    found = claims("قتل رجل وأصيبت زوجته وطفلاه بغارة على منزلهم في القرية.", "ar")
    assert ("injured", "civilians", 3) in numbered(found)
    assert ("injured", "children", 2) in numbered(found)
    # so does a dual harm noun in a headline: "two dead in a strike", not two strikes
    for text, kind in (("قتيلان بغارة لطائرة مسيرة على بلدة الوادي", "killed"), ("جريحان بغارة على بلدة الوادي", "injured")):
        assert [(c.kind, c.min) for c in claims(text, "ar")] == [(kind, 2)], text
    # but a word before it still says whose it is: "the father of the two martyrs" is one man
    assert [(c.kind, c.min) for c in claims("استشهد والد الشهيدين برصاص قناص في بلدة الوادي.", "ar")] == [("killed", None)]


def test_harm_word_opening_with_and_starts_the_next_clause():
    found = claims("استشهد مواطن وأصيب ثلاثة أطفال بقصف مدفعي على القرية.", "ar")
    assert numbered(found) == [("killed", "civilians", 1), ("injured", "children", 3)]
    found = claims("عاجلاستشهاد مواطن وإصابة طفلين بقصف على القرية.", "ar")
    assert ("injured", "civilians", 1) not in numbered(found)


def test_tallies_over_several_attacks_or_days_are_background():
    report = "Rockets hit the market in Tall Kanat on Monday, killing 3 civilians. "
    assert numbered(claims(report + "These attacks killed 20 people over the month.")) == [
        ("killed", "civilians", 3)]
    assert numbered(claims("Nine persons killed on March 3 across Syria")) == []
    assert numbered(claims("أدت هذه الهجمات إلى مقتل 12 مدنياً بينهم 4 أطفال.", "ar")) == []
    assert numbered(claims("وفاة 6 أشخاص بحوادث منفصلة في عموم البلاد خلال يوم واحد", "ar")) == []
    # a toll over a number of days
    assert claims("مقتل 9 أطفال وعشرات الجرحى خلال أربعة أيام في ريف إدلب", "ar") == []
    assert numbered(claims("Nine children were killed over 4 days of shelling on Tall Kanat.")) == []
    assert claims("خلال ثلاثة أيام، قتل 12 مدنيا بقصف على ريف إدلب.", "ar") == []
    # or over a period between two dates
    text = "ووثق الفريق مقتل 58 مدنياً بينهم 20 طفلاً خلال الفترة الممتدة من أول آذار إلى 20 نيسان."
    assert numbered(claims(text, "ar")) == []
    assert numbered(claims("Monitors counted 58 civilians killed in the period from 1 March to 20 April.")) == []
    # or over a few of them, or two weeks or months, told in one word
    assert numbered(claims("Shelling killed 11 civilians in Tall Kanat over the past few days.")) == []
    assert numbered(claims("Shelling killed 11 civilians in Tall Kanat over the last 3 days.")) == []
    assert numbered(claims("قتل أكثر من 40 عنصرا للقوات الحكومية في البادية خلال الشهرين الماضيين.", "ar")) == []
    assert numbered(claims("أكثر من 90 قتيلا بهجمات للتنظيم في البادية خلال شهرين", "ar")) == []
    assert numbered(claims("قتل 11 مدنيا بقصف على ريف إدلب على مدار يومين.", "ar")) == []
    assert numbered(claims("Shelling killed 11 civilians in Tall Kanat over a few days.")) == []
    text = "ووثق الفريق مقتل 58 مدنياً، خلال الفترة الممتدة من أول آذار إلى 20 نيسان، بقصف على ريف إدلب."
    assert numbered(claims(text, "ar")) == []
    # but not a span the strike is ranked in, a clause the span closes, or hours of one day
    text = "Shelling killed 4 civilians in Tall Kanat on Monday in the deadliest attack on the town in the past few weeks."
    assert numbered(claims(text)) == [("killed", "civilians", 4)]
    text = "قتل 4 مدنيين في أعنف قصف تشهده بلدة تل الزيزفون خلال الأسابيع الماضية."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 4)]
    text = "قتل 4 مدنيين بقصف على بلدة تل الزيزفون هو الثالث خلال شهرين."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 4)]
    text = "Over the past few days the town was quiet, but on Monday an airstrike killed 4 civilians in Tall Kanat."
    assert numbered(claims(text)) == [("killed", "civilians", 4)]
    text = "قتل 4 مدنيين بقصف على بلدة تل الزيزفون في الفترة من الساعة السادسة حتى الثامنة مساء اليوم."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 4)]
    text = "An airstrike killed 3 civilians in Tall Kanat on Monday, as monitors counted 40 dead in the period from 1 March."
    assert numbered(claims(text)) == [("killed", "civilians", 3)]
    # a rank word that ranks no strike, or a month's name, does not save a toll; nor does a clause
    # opener after the toll began
    text = "Russian strikes killed 85 civilians in the largest camps for the displaced over the past two months."
    assert numbered(claims(text)) == []
    assert numbered(claims("وثق الفريق مقتل 40 مدنيا في كانون الثاني خلال 4 أسابيع من القصف.", "ar")) == []
    assert numbered(claims("Over the past 3 days, shelling killed 9 civilians in Tall Kanat, while 20 others were injured.")) == []
    text = "ووثق الفريق مقتل 58 مدنيا في الفترة الممتدة من بداية العام الجاري حتى اليوم."
    assert numbered(claims(text, "ar")) == []
    # months after a semicolon begin another statement
    text = "Shelling killed 3 civilians in Tall Kanat on Monday; over the past 3 months the town was shelled daily."
    assert numbered(claims(text)) == [("killed", "civilians", 3)]
    # but not days another clause names, or days counted from an event
    text = "Shelling killed 3 civilians in Tall Kanat on Monday, the second attack on the village within a few days."
    assert numbered(claims(text)) == [("killed", "civilians", 3)]
    text = "قتل 3 مدنيين بقصف على قرية الزعرور، وهو القصف الثالث على القرية في غضون أسبوعين."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 3)]
    text = "Shelling killed 3 civilians in Tall Kanat on Monday, the second attack on the village within 3 days."
    assert numbered(claims(text)) == [("killed", "civilians", 3)]
    text = "Shelling killed 3 civilians within 2 weeks of the ceasefire in Tall Kanat."
    assert numbered(claims(text)) == [("killed", "civilians", 3)]
    text = "قتل 3 مدنيين بقصف على قرية الزعرور، وهو القصف الثاني على القرية خلال 3 أيام."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 3)]
    # a whole war's toll, as a sidebar's headline gives it
    assert numbered(claims("ارتفاع قتلى الحرب إلى 41532 شخصاً في القطاع", "ar")) == []
    assert numbered(claims("The war's death toll in the enclave has risen to 41,532.")) == []
    assert [c.min for c in claims("ارتفاع قتلى الحرب إلى 41532 شخصاً في القطاع", "ar")] == []
    # a strike's own count beside it stands
    text = "قتل 5 مدنيين بغارة على قرية الزعرور، ليرتفع عدد قتلى الحرب إلى 41532 شخصا"
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 5)]
    assert numbered(claims("A strike on a house in Tall Kanat killed 7 people, adding to the war's death toll.")) == [
        ("killed", "civilians", 7)]
    assert numbered(claims("قتلى الحرب: مقتل 4 مدنيين بقصف على قرية الزعرور", "ar")) == [("killed", "civilians", 4)]


def test_a_sentence_that_goes_on_with_a_periods_tally_is_background():
    tally = "وثقت فرق الإسعاف منذ مطلع العام الجاري نحو 300 هجوم على قرى ريف إدلب.\n\n"
    text = tally + "وأسفرت الهجمات عن مقتل 64 شخصاً بينهم 20 طفلاً، وإصابة 150 آخرين."
    assert numbered(claims(text, "ar")) == []
    tally = "Since January, rescuers have counted 210 attacks on the northwest. "
    assert numbered(claims(tally + "The attacks left 48 people dead, including 15 children.")) == []
    # the attacks of a strike just told, or of a day the sentence names, are counted
    text = "قصفت قوات النظام بلدة تل الزيزفون صباح اليوم. وأسفرت الهجمات عن مقتل ثلاثة مدنيين."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 3)]
    text = tally + "The attacks on Monday killed three civilians in Tall Kanat."
    assert numbered(claims(text)) == [("killed", "civilians", 3)]
    text = tally + "The attacks on 9 March killed three civilians in Tall Kanat."
    assert numbered(claims(text)) == [("killed", "civilians", 3)]
    # so is a strike the sentence tells itself, after or despite the tally's attacks
    text = tally + "Following the attacks, Russian jets struck the market in Tall Kanat, killing five civilians."
    assert numbered(claims(text)) == [("killed", "civilians", 5)]
    # the tally goes on over its sentences; a question or a mishap before is no tally
    text = tally + "The attacks killed 48 people. The attacks also wounded 120 others."
    assert numbered(claims(text)) == []
    for before in ("Who will stop this? ", "A bus overturned near Homs, killing three. "):
        text = before + "The attacks on Tall Kanat killed seven civilians."
        assert ("killed", "civilians", 7) in numbered(claims(text)), before


def test_a_plural_verb_agrees_with_its_count_across_a_description_and_an_aside():
    text = "قال شاهد إن أربعة مزارعين كانوا يجمعون المحصول، بينهم فتى، أصيبوا بشظايا قصف على تل الزيزفون."
    assert ("injured", "civilians", 4) in numbered(claims(text, "ar"))
    text = "أفادت فرق الإسعاف بأن 9 مدنيين، منهم 3 نساء، أصيبوا مساء الأحد بقصف على كفر السنديان."
    assert ("injured", "civilians", 9) in numbered(claims(text, "ar"))
    # the nearest count is the verb's subject, not one further back
    text = "شارك المئات من الأهالي في تشييع جنازة 6 أشخاص قتلوا بالقصف على تل الزيزفون."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 6)]
    # a relative clause gives the verb its own subject: the paramedics are no victims
    text = "وصل 3 مسعفين إلى المكان وأسعفوا الأطفال الذين أصيبوا بالقصف على تل الزيزفون."
    assert ("injured", "civilians", 3) not in numbered(claims(text, "ar"))


def test_a_victim_past_a_comma_with_a_verb_of_its_own_takes_that_verb():
    found = claims("A boy was killed, and a woman, a girl and three civilians were injured in Riverton.")
    assert {(c.kind, c.group, c.min) for c in found} == {
        ("killed", "children", 1), ("injured", "women", 1), ("injured", "children", 1), ("injured", "civilians", 5)}
    # a harm word before the noun still names it when the noun has no verb of its own
    found = claims("The strike, carried out by a drone, killed a senior commander near Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "combatants", 1)]


def test_fighters_named_with_a_possessive_are_combatants():
    found = claims("أعلنت القوات عن مقتل 3 من مقاتليها وإصابة 9 مدنيين في القصف.", "ar")
    assert numbered(found) == [("killed", "combatants", 3), ("injured", "civilians", 9)]


def test_a_victim_noun_inside_an_organisations_name_is_no_victim():
    found = claims("فرق الإنقاذ تنتشل جثث ضحايا القصف في قرية تل كنات.", "ar")
    assert numbered(found) == []


def test_an_aside_in_brackets_does_not_part_a_figure_from_its_verb():
    found = claims("قالت مصادر محلية إن 6 مدنيين (رجل وامرأتان وثلاثة أطفال) قتلوا بقصف على القرية.", "ar")
    assert ("killed", "civilians", 6) in numbered(found)


def test_an_earlier_event_recalled_is_background():
    report = "Shelling on Tall Kanat wounded 4 civilians on Monday. "
    found = claims(report + "This comes after two farmers were killed in the same village.")
    assert numbered(found) == [("injured", "civilians", 4)]
    found = claims("وقبل أسبوعين، قُتل شاب وامرأة بقصف صاروخي على أطراف البلدة.", "ar")
    assert numbered(found) == []


def test_a_strike_of_an_earlier_year_is_background():
    report = "Shelling on Tall Kanat wounded 4 civilians on Monday. "
    for recalled in ("It came a year after an airstrike killed 30 civilians at the market in 2022.",
                     "In 2021, a strike on the same school killed 12 children.",
                     "Back in 2021, a strike on the same school killed 12 children.",
                     "A 2020 attack on the bakery killed 40 people."):
        assert numbered(claims(report + recalled)) == [("injured", "civilians", 4)], recalled
    found = claims("يذكر أن الشاب عمر قتل برصاص مسلحين قرب منزله في العام 1998.", "ar")
    assert numbered(found) == []
    found = claims("قتل 8 مدنيين بغارة على سوق البلدة عام 2019.", "ar")
    assert numbered(found) == []


def test_a_year_that_is_not_the_strikes_leaves_the_report_standing():
    # the year is the report's own, or another thing's: a place's, a truce's, a victim's birth
    for text in ("Shelling killed 3 civilians in Tall Kanat in 2024.",
                 "The village, captured by regime forces in 2019, was shelled, killing 3 civilians.",
                 "Shelling killed 3 civilians in Tall Kanat, which was retaken in 2019.",
                 "Shelling killed 3 civilians in Tall Kanat, in breach of the truce agreed in 2020.",
                 "The shelling killed 3 civilians, the deadliest since a massacre in 2016.",
                 "The shelling killed 3 civilians, the deadliest since the 2016 attack on the town.",
                 "Shelling killed 3 civilians in the village captured by regime forces in 2019.",
                 "Founded in 2015, the clinic was hit by a strike that killed 3 civilians."):
        assert numbered(claims(text)) == [("killed", "civilians", 3)], text
    for text in ("قتل 3 مدنيين بقصف على البلدة في انتهاك للهدنة الموقعة عام 2020.",
                 "قتل 3 مدنيين من مواليد 1990 بقصف على البلدة."):
        assert numbered(claims(text, "ar")) == [("killed", "civilians", 3)], text
    # in the first days of January, last year's strike is still this report's
    assert numbered(claims("Shelling killed 3 civilians in Tall Kanat in 2023.", published="2024-01-04")) == [
        ("killed", "civilians", 3)]
    # the page's only year is its own: nothing to tell it past
    assert numbered(claims("قتل 3 مدنيين بقصف على البلدة عام 2019.", "ar", published=None)) == [
        ("killed", "civilians", 3)]


def test_victims_drawn_from_the_wounded_count_for_what_befell_them_now():
    # "one of the wounded died": one dead, not one more wounded
    for text, lang in (("One of the wounded later died in hospital.", "en"),
                       ("Two of the injured died of their wounds in the night.", "en"),
                       ("وأفاد المسعفون بأن أحد المصابين فارق الحياة متأثراً بجراحه بعد وصوله إلى المشفى.", "ar")):
        found = numbered(claims(text, lang))
        assert [(k, n) for k, _, n in found] in ([("killed", 1)], [("killed", 2)]), text
    # "killed the driver and one of the wounded": a second victim of the verb before
    found = numbered(claims("أسفر القصف على طريق البلدة عن مقتل سائق الإسعاف وأحد الجرحى.", "ar"))
    assert sorted(n for k, _, n in found if k == "killed") == [1, 1]
    # ... but not when the clause goes on to tell their state, nor for the dead once wounded
    for text in ("The strike killed a woman and one of the wounded remains in critical condition.",
                 "One of the dead had been injured in an earlier strike."):
        assert [k for k, _, n in numbered(claims(text))].count("killed") == 1, text
    found = numbered(claims("قتل 3 مدنيين واثنان من الجرحى في حالة خطرة.", "ar"))
    assert [n for k, _, n in found if k == "killed"] == [3]
    # some of those already counted, in a clause of their own, add no count
    found = numbered(claims("قتل 5 مدنيين وأصيب 10 آخرون، اثنان من الجرحى في حالة حرجة.", "ar"))
    assert found == [("killed", "civilians", 5), ("injured", "civilians", 10)]
    assert numbered(claims("ونقل أحد الجرحى إلى المشفى لتلقي العلاج.", "ar")) == []


def test_victims_drawn_from_the_dead_or_wounded_take_the_group_they_are_said_to_be():
    # "two of the dead were children": two children among the dead, not two of unknown status
    text = ("Rocket fire on Tall Birak killed six people and wounded nine on Sunday. Two of the dead "
            "were children, and three of the wounded were women.")
    found = numbered(claims(text))
    assert ("killed", "children", 2) in found and ("injured", "women", 3) in found
    assert numbered(claims("Shelling killed seven people on Monday. One of the dead was a child.")) == [
        ("killed", "civilians", 7), ("killed", "children", 1)]
    for text, group in (("قتل ستة أشخاص بقصف على بلدة المزيرعة، اثنان من القتلى أطفال.", "children"),
                        ("أصيب سبعة مدنيين بالقصف، ثلاثة من الجرحى هم من النساء.", "women"),
                        ("قتل أربعة أشخاص بقصف صاروخي، أحد القتلى طفل.", "children")):
        found = numbered(claims(text, "ar"))
        assert any(g == group for _, g, _ in found[1:]), text
        assert all(g != "unknown" for _, g, _ in found), text
    # drawn victims named by a list are no one group of them all, and no second count
    found = numbered(claims("Shelling killed six people in Oakdale. Two of the dead were women and children."))
    assert ("killed", "women", 2) not in found
    found = numbered(claims("Shelling killed six people in Oakdale. Three of the dead were women and two were children."))
    assert found == [("killed", "civilians", 6), ("killed", "women", 3), ("killed", "children", 2)]
    # a state, not a group, still adds nothing new (as before)
    assert ("injured", "children", 2) not in numbered(claims(
        "Shelling wounded eight children on Monday. Two of the wounded are in critical condition."))


def test_a_headline_cut_short_below_the_story_is_a_link_to_another():
    text = ("Shelling on Tall Kanat wounded 3 civilians on Monday.\n"
            "Two shepherds killed by a landmine in the eastern…")
    assert numbered(claims(text)) == [("injured", "civilians", 3)]
    assert numbered(claims("Two shepherds killed by a landmine in the eastern…")) == [("killed", "civilians", 2)]


def test_a_list_of_a_periods_dead_is_background():
    text = ("ارتفع منذ مطلع العام تعداد الذين قتلوا في المنطقة، والقتلى هم:\n"
            "- 4 من المدنيين بقصف بري\n- 12 عنصرا من القوات\n- عنصر من فصيل محلي")
    assert numbered(claims(text, "ar")) == []


def test_harm_word_after_a_list_counts_every_noun_listed():
    got = {(c.group, c.min) for c in claims("Two women and four children were killed in an airstrike on the village.")
           if c.kind == "killed"}
    assert {("women", 2), ("children", 4), ("civilians", 6)} <= got
    got = {(c.group, c.min) for c in claims("Four fighters and two civilians were killed in the raid.")}
    assert {("combatants", 4), ("civilians", 2)} <= got


def test_harm_word_after_a_list_ending_in_one_victim_counts_the_figures_before_it():
    # "two men and a boy were wounded": the lone boy found the harm word, and
    # the two men listed before share it
    got = {(c.kind, c.group, c.min) for c in claims("Two men and a boy were wounded when shells fell on Oakdale.")}
    assert {("injured", "men", 2), ("injured", "children", 1), ("injured", "civilians", 3)} <= got
    # a figure of things, not people, listed before is no victim
    got = [(c.group, c.min) for c in claims("Twenty houses and a school were damaged and a child was injured in Oakdale.")]
    assert got == [("children", 1)]


def test_arabic_dual_nouns_in_a_list_are_not_apposition():
    got = {(c.group, c.min) for c in claims("قالت المنظمة إن طفلين وامرأتين قتلوا في قصف على البلدة.", lang="ar")
           if c.kind == "killed"}
    assert {("children", 2), ("women", 2), ("civilians", 4)} <= got
    # "طفلين شقيقين" is two children who are brothers, not four victims
    assert [c.min for c in claims("قتل طفلين شقيقين في قصف على البلدة.", lang="ar")] == [2]


def test_relatives_named_by_possessive_are_victims_in_a_list():
    found = claims("قتل أربعة أطفال وأمهم وطفل آخر في قصف على بلدة النور.", lang="ar")
    assert ("civilians", 6) in {(c.group, c.min) for c in found if c.kind == "killed"}
    found = claims("استشهاد مسنة وإصابة حفيدها في استهداف لسيارة على الطريق.", lang="ar")
    assert ("injured", 1) in {(c.kind, c.min) for c in found}


def test_a_cousin_named_by_kinship_is_one_victim():
    # "ابن عمه" (his cousin) is one person, as "his cousin" is in English
    found = claims("استشهاد شاب وإصابة ابن عمه بجروح في غارة على أطراف تل الزيزفون.", lang="ar")
    assert ("injured", 1) in {(c.kind, c.min) for c in found}
    found = claims("قتلت امرأة وأصيبت ابنة خالها بقصف مدفعي على كفر السنديان.", lang="ar")
    assert ("injured", 1) in {(c.kind, c.min) for c in found}
    found = claims("A farmer was killed and his cousin was wounded in a drone strike near Riverton.")
    assert ("injured", 1) in {(c.kind, c.min) for c in found}


def test_lone_civilian_listed_with_a_subgroup_counts_in_the_sum_only():
    found = claims("قتل رجل وابنه بغارة جوية على المزرعة.", lang="ar")
    assert [(c.group, c.min) for c in found if c.group == "civilians"] == [("civilians", 2)]
    found = claims("A child and a civilian were killed in the shelling of the market.")
    assert [(c.group, c.min) for c in found if c.group == "civilians"] == [("civilians", 2)]


def test_harm_word_after_a_list_of_single_victims_counts_them_all():
    found = claims("A child, a woman and two men were killed in the shelling.")
    assert {("children", 1), ("women", 1), ("men", 2), ("civilians", 4)} <= {(c.group, c.min) for c in found}
    assert claims("A woman and a car were hit by shrapnel.") == []


def test_arabic_two_before_a_partitive_or_others_counts_that_noun():
    found = claims("استشهدت امرأة مسنة وأصيب اثنان من أبنائها إثر قذائف سقطت على القرية.", lang="ar")
    assert ("injured", "civilians", 2) in {(c.kind, c.group, c.min) for c in found}
    found = claims("استشهد مدني وأصيب اثنان آخران في القصف على البلدة.", lang="ar")
    assert ("injured", 2) in {(c.kind, c.min) for c in found}
    # "عائلة واحدة" still counts nobody
    assert all(c.min is None for c in claims("قتلت عائلة واحدة في القصف.", lang="ar"))


def test_singular_victim_before_a_listed_figure_is_counted():
    found = claims("قتل رجل وثلاثة من أطفاله في غارة على المنزل.", lang="ar")
    assert {("men", 1), ("children", 3), ("civilians", 4)} <= {(c.group, c.min) for c in found}


def test_subgroup_noun_before_a_fighters_noun_names_combatants():
    found = claims("Three women SDF fighters were killed by a drone strike near the town.")
    assert [(c.group, c.min) for c in found] == [("combatants", 3)]
    found = claims("Two young men militants were killed at the checkpoint.")
    assert [(c.group, c.min) for c in found] == [("combatants", 2)]


def test_civilian_as_an_adjective_names_no_woman():
    # "مدنية" describes the noun before it ("the civil police", "a civilian family")
    found = claims("أصيب عنصران من الشرطة المدنية بقصف على تل الزيزفون.", "ar")
    assert "women" not in {c.group for c in found}
    found = claims("أسفر القصف عن إصابة عائلة مدنية بجروح في كفر السنديان.", "ar")
    assert "women" not in {c.group for c in found}
    # but a harm word or a list leads to a woman named so
    assert ("injured", "women", 1) in {(c.kind, c.group, c.min) for c in claims("أصيبت مدنية بقصف على تل الزيزفون.", "ar")}
    found = claims("استشهاد طفل ومدنية بقصف على تل الزيزفون.", "ar")
    assert ("killed", "women", 1) in {(c.kind, c.group, c.min) for c in found}


def test_bare_verb_injure_is_harm():
    found = claims("Drone strike kills one civilian, injures two others near the village.")
    assert ("injured", 2) in {(c.kind, c.min) for c in found}
    assert ("killed", 2) not in {(c.kind, c.min) for c in found}


def test_arabic_definite_numeral_after_its_noun_counts_it():
    found = claims("استشهاد سيدة وأطفالها الثلاثة في قرية جراء غارات جوية.", lang="ar")
    assert {("children", 3), ("civilians", 4)} <= {(c.group, c.min) for c in found}
    # alone, "الثلاثة" refers back to known victims: no new count
    assert all(c.min is None for c in claims("قتل الثلاثة في القصف.", lang="ar"))


def test_martyr_in_a_hospital_name_is_no_harm_word():
    found = claims("وتم إسعاف 4 أطفال إلى مشفى الشهيد في البلدة.", lang="ar")
    assert all(c.min is None for c in found)
    # quoted, and with no figure in the sentence: still a hospital, not a death
    for text in ("نقل الجرحى إلى مشفى “الشهيدة ليلى” في البلدة.", "نقل الجرحى إلى مشفى الشهيدة ليلى في البلدة."):
        assert [c.kind for c in claims(text, lang="ar")] == ["injured"]


def test_occupations_are_single_victims():
    found = claims("استشهاد صحفي في هجوم بمسيرة جنوب المدينة.", lang="ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1)]
    found = claims("مقتل راعي أغنام باستهداف من قبل طيران مجهول في البادية.", lang="ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1)]


def test_noun_right_after_a_speech_verb_is_the_speaker_not_a_victim():
    found = claims("وقال طبيب في المشفى إن القصف أدى لمقتل 3 مدنيين.", lang="ar")
    assert [(c.group, c.min) for c in found] == [("civilians", 3)]
    found = claims("وقال مواطن من البلدة إن القصف أدى لمقتل 3 مدنيين.", lang="ar")
    assert [(c.group, c.min) for c in found] == [("civilians", 3)]


def test_who_the_quoted_speaker_is_is_no_victim():
    text = "Four people died in the raid, said Sami Haddad, a volunteer with the Civil Defence."
    assert [(c.group, c.min) for c in claims(text)] == [("civilians", 4)]
    text = "A child was killed, according to Rami Nasser, a paramedic in the town."
    assert [(c.group, c.min) for c in claims(text)] == [("children", 1)]
    # told before the harm, he is the victim
    text = "Activists said Sami Haddad, a farmer, was killed in the strike."
    assert [(c.group, c.min) for c in claims(text)] == [("civilians", 1)]
    # nor is one whose own harm the noun's clause tells
    text = "Four people died in the shelling, said Sami Haddad, a civilian who was wounded in the attack."
    assert [(c.kind, c.min) for c in claims(text)] == [("killed", 4), ("injured", 1)]


def test_a_hospital_the_wounded_went_to_or_whose_staff_speak_was_not_hit():
    found = claims("فيما أصيب ثلاثة آخرون بجروح بليغة نقلوا على إثرها إلى المشفى", "ar")
    assert [c.site_types for c in found] == [[]]
    (c,) = claims("قال مصدر طبي في مشفى البلدة إن 4 مدنيين قتلوا", "ar")
    assert (c.site_types, c.speaker) == ([], "مصدر طبي")
    (c,) = claims("Three civilians were killed, the hospital said.")
    assert (c.site_types, c.speaker) == ([], "hospital")
    # nor is a hospital that is struck or treats the wounded a speaker
    (c,) = claims("Shelling hit a hospital in the town, killing three civilians.")
    assert (c.site_types, c.speaker) == (["hospital"], None)
    found = claims("Three civilians died in the raid and two children were taken to hospital.")
    assert {c.speaker for c in found} == {None} and {tuple(c.site_types) for c in found} == {()}
    (c,) = claims("قتل 3 مدنيين بقصف استهدف مشفى البلدة", "ar")
    assert c.site_types == ["hospital"]
    # shells reaching a hospital hit it; the wounded are taken there
    (c,) = claims("وصلت القذائف إلى المشفى الوطني فأصيب 3 مدنيين", "ar")
    assert c.site_types == ["hospital"]
    (c,) = claims("Two patients died in the hospital strike in the town.")
    assert c.site_types == ["hospital"]
    (c,) = claims("Three civilians died in the market after the airstrike on the town.")
    assert c.site_types == ["market"]


def test_a_separate_event_takes_no_attacker_told_before_it():
    text = ("استشهد طفل بقذائف أطلقتها قوات النظام على قرية الوادي.\n"
            "وفي سياق منفصل، قتل شاب بانفجار لغم أرضي في ريف البلدة.")
    assert [c.belligerents for c in claims(text, "ar")] == [["Syrian Regime"], []]
    text = "Regime shelling killed a child in Oakdale. Separately, a landmine killed a shepherd near Riverton."
    assert [c.belligerents for c in claims(text)] == [["Syrian Regime"], []]
    # one struck as the strikes before it keeps their attacker
    text = ("Russian warplanes carried out 20 raids on the province on Tuesday. A raid on Oakdale killed three "
            "civilians. Separately, a raid on Riverton killed two children.")
    assert [c.belligerents for c in claims(text)] == [["Russian Military"], ["Russian Military"]]
    text = "Regime forces shelled Oakdale, killing two civilians. In a separate attack, a child was killed in Riverton."
    assert [c.belligerents for c in claims(text)] == [["Syrian Regime"], ["Syrian Regime"]]
    # the separate event's own attacker, told in a sentence of its own, still counts
    text = ("استشهد طفل بقذائف أطلقتها قوات النظام على قرية الوادي. وفي سياق منفصل، قصفت القوات التركية "
            "قرية السنديان. وأصيب مدنيان.")
    assert [c.belligerents for c in claims(text, "ar")] == [["Syrian Regime"], ["Turkish Military"]]


def test_present_tense_headline_verbs_of_death():
    def figures(text):
        return [(c.kind, c.min) for c in claims(text, "ar")]

    assert figures("طفلة تستشهد بقصف مدفعي على البلدة") == [("killed", 1)]
    assert figures("3 مدنيين يستشهدون بقصف على البلدة") == [("killed", 3)]
    # "another" with a harm verb of its own after it is that harm's victim
    assert figures("طفل يستشهد وآخر يصاب بقصف على البلدة") == [("killed", 1), ("injured", 1)]
    assert figures("قتل مدني وأصيب آخر بقصف على البلدة") == [("killed", 1), ("injured", 1)]
    # to cite, the same verb, tells of no death
    assert figures("أصيب 3 مدنيين بقصف على البلدة. ويستشهد التقرير بشهادات ناجين.") == [("injured", 3)]


def test_a_terrorist_attack_is_no_terrorist_killed():
    found = claims("The health ministry said 11 people were killed in what it called a terrorist attack on the city.")
    assert [(c.group, c.min) for c in found] == [("civilians", 11)]
    assert [(c.group, c.min) for c in claims("A terrorist was killed when his bomb went off.")] == [("combatants", 1)]


def test_english_occupations_are_single_victims():
    found = claims("A journalist was killed in the drone strike on the road.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1)]


def test_victims_from_one_family_are_counted_not_the_family():
    found = claims("Three children of one family were hurt when shells struck the camp.")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "children", 3)]


def test_victims_named_after_a_count_break_it_down():
    found = claims("قتل رجل وأصيب 4 مدنيين آخرين هم 3 أطفال وامرأة بقصف مدفعي على قرية التلال.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "men", 1), ("injured", "civilians", 4), ("injured", "children", 3), ("injured", "women", 1)]


def test_two_who_lost_their_lives_are_counted():
    found = claims("فقد مدنيان حياتهما بقصف تركي على بلدة التلال.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 2)]


def test_journalists_and_paramedics_are_civilians():
    found = claims("استشهاد اثنين من الصحفيين جراء هجوم بطائرة مسيرة جنوب البلدة.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 2)]
    found = claims("مقتل 3 مسعفين بقصف على البلدة.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 3)]


def test_a_campaigns_running_toll_is_background():
    assert claims("تتواصل حملة القصف التي بدأت منذ قرابة شهر وأدت إلى مقتل أكثر من 40 مدنيا.", "ar") == []
    text = "Since November 3, forty people have been killed by the attacks. On Monday a drone killed 2 civilians."
    assert [(c.min, c.max) for c in claims(text)] == [(2, 2)]


def test_an_escalations_toll_is_background():
    # what the escalation as a whole caused, held or summed up is no strike's count; the
    # strike told before stands
    text = "قصفت قوات النظام قرية التلال اليوم فقتلت مدنيين اثنين. وتسبب التصعيد بمقتل وجرح عشرات المدنيين في القرى."
    assert [(c.kind, c.group, c.min) for c in claims(text, "ar")] == [("killed", "civilians", 2)]
    for text in ("وأدى التصعيد إلى سقوط 30 قتيلا في المنطقة.",
                 "وتسبب التصعيد العسكري بمقتل 60 مدنيا.",
                 "وقتل خلال التصعيد المستمر منذ أسبوعين 52 مدنيا بينهم 14 طفلا.",
                 "وبلغت حصيلة التصعيد 45 قتيلا مدنيا.",
                 "وبذلك يرتفع عدد الضربات خلال التصعيد الأخير على المنطقة إلى 30، أسفرت عن مقتل 9 أشخاص."):
        assert claims(text, "ar") == [], text
    assert claims("Since the escalation began, 40 civilians have been killed.") == []
    text = "Shelling killed two civilians in Oakdale on Friday. The escalation has killed 40 civilians, activists said."
    assert [(c.kind, c.min) for c in claims(text)] == [("killed", 2)]
    # a strike's count in a clause of its own stands, and so does the escalation told as a
    # day's strike on a village, or named only in passing
    for text, lang in (("قتل طفلان بقصف مدفعي على قرية التلال اليوم، لترتفع حصيلة ضحايا التصعيد إلى 40 قتيلا.", "ar"),
                       ("Two children were killed in Oakdale on Friday, raising the toll of the escalation to 40.", "en")):
        assert numbered(claims(text, lang)) == [("killed", "children", 2)], text
    for text, lang in (("وأسفر التصعيد الروسي اليوم على قرية التلال عن مقتل ثلاثة مدنيين.", "ar"),
                       ("قتل ثلاثة مدنيين بقصف روسي على قرية التلال اليوم، فيما تقف روسيا خلف التصعيد.", "ar"),
                       ("قتل ثلاثة مدنيين بقصف على قرية التلال، ويندرج هذا التصعيد ضمن حملة القصف المستمرة.", "ar"),
                       ("Three civilians were killed in Oakdale on Friday, the latest victims of the escalation.", "en")):
        assert numbered(claims(text, lang)) == [("killed", "civilians", 3)], text


def test_lives_threatened_are_no_report_of_deaths():
    assert claims("وقال إن القصف يهدد حياتهما بشكل يومي في البلدة.", "ar") == []


def test_a_related_stories_list_number_is_no_count():
    assert [(c.min, c.max) for c in claims("list 2 of 4Turkish drone strikes kill 5 in the north")] == [(5, 5)]


def test_a_count_after_its_noun_takes_the_harm_word_before_the_noun():
    found = claims("مقتل مدنيين اثنين وجرح اثنين آخرين بقذائف على سوق البلدة.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 2), ("injured", "civilians", 2)]


def test_a_figure_in_brackets_counts_the_noun_after_it():
    found = claims("ارتقاء (4) مدنيين وإصابة (6) آخرين بقصف على البلدة.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 4), ("injured", "civilians", 6)]
    assert [c.min for c in claims("مقتل أحمد العلي (35) عاما بقصف على البلدة.", "ar")] == [None]


def test_an_earlier_strike_the_report_recalls_is_background():
    text = "قتل مدنيان بقصف مدفعي على قرية التلال. ويأتي ذلك بعد يومين من مقتل 4 مدنيين بغارة على بلدة الوادي."
    assert [(c.kind, c.min) for c in claims(text, "ar")] == [("killed", 2)]


def test_a_harm_word_opening_the_next_clause_is_not_the_dual_nouns():
    found = claims("مقتل شخصين وإصابة آخرين بقصف مدفعي على البلدة.", "ar")
    assert [(c.kind, c.min) for c in found if c.min is not None] == [("killed", 2)]
    found = claims("استشهد طفلان وأصيب آخرون بجروح بقصف على القرية.", "ar")
    assert [(c.kind, c.min) for c in found if c.min is not None] == [("killed", 2)]


def test_harm_verb_after_a_figure_opening_with_and_starts_the_next_clause():
    # The figure is the dead's: "وإصابة آخرين" tells of injured with no number.
    for text in ("أسفر القصف على قرية تل الزيزفون عن مقتل رجلين وإصابة آخرين.",
                 "قتل مدنيان وأصيب آخرون بقصف مدفعي على قرية تل الزيزفون.",
                 "مقتل 4 وجرح آخرين بغارة على قرية تل الزيزفون."):
        found = [(c.kind, c.min) for c in claims(text, "ar")]
        assert ("injured", None) in found and [n for k, n in found if k == "killed"] in ([2], [4])
    # ... and "آخرين" is the others the injured are, not a noun of the dead.
    dead = [c for c in claims("مقتل 4 وجرح آخرين بغارة على قرية تل الزيزفون.", "ar") if c.kind == "killed"]
    assert [c.text for c in dead] == ["4"]
    # A harm noun right after the figure without "و" is still its own ("3 جرحى").
    found = claims("سقط 3 جرحى بقصف على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.min) for c in found] == [("injured", 3)]


def test_dual_of_an_injury_noun_counts_two():
    found = claims("أسفر القصف المدفعي على قرية تل الزيزفون عن شهيد وإصابتين.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 1), ("injured", 2)]
    found = claims("سقوط جريحتين بقصف على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.min) for c in found] == [("injured", 2)]


def test_one_family_is_no_figure_of_one_victim():
    found = claims("أصيب 7 مدنيين من عائلة واحدة بجروح بينهم طفل، بقصف على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "civilians", 7), ("injured", "children", 1)]


def test_the_injured_one_refers_back_and_counts_no_one_more():
    found = claims("أصيب 3 مدنيين بقصف على قرية تل الزيزفون، وأسعفت فرق الإنقاذ المصاب الأخير إلى المشفى.", "ar")
    assert [(c.kind, c.min) for c in found] == [("injured", 3)]
    # "المصاب الأليم" is a calamity, not a wounded man; "جريح" without the article is one.
    found = claims("نعزي أهل القرية بهذا المصاب الأليم. وسقط جريح بقصف على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.min) for c in found if c.min] == [("injured", 1)]


def test_the_age_of_a_victim_is_no_count():
    found = claims("Monitors recorded the injury of one girl below the age of 12 during shelling on Riverton village.")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "children", 1)]


def test_labels_ending_with_a_colon_under_a_list_header_are_no_names():
    # the labels name no one; the two the sentence names among the wounded are at least two
    text = ("قصف مدفعي على قرية تل الزيزفون اليوم، وعرف من بين المصابين وهم سامر يوسف العلي وأخته هدى…\n"
            "شارك هذا الموضوع:\nمعجب بهذه:\nمقالات ذات صلة")
    assert [(c.min, c.max) for c in claims(text, "ar") if c.min is not None] == [(2, None)]


def test_others_harmed_otherwise_than_the_children_are_other_people():
    found = claims("أسفر القصف على قرية تل الزيزفون عن مقتل 5 أطفال وإصابة 12 آخرين بينهم امرأتان.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "children", 5), ("injured", "civilians", 12), ("injured", "women", 2)]
    found = claims("Shelling on Riverton killed two children and injured five others.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "children", 2), ("injured", "civilians", 5)]


def test_a_number_word_right_after_a_harm_word_counts_people():
    found = claims("أسفر القصف على قرية تل الزيزفون عن استشهاد طفل وجرح اثنين بينهم شاب.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "children", 1), ("injured", "unknown", 2), ("injured", "men", 1)]
    # ... but a number after a noun it qualifies counts no one: "عائلة واحدة"
    assert [c.min for c in claims("أسفر القصف عن إصابة عائلة واحدة بجروح.", "ar")] == [None]


def test_another_right_after_a_harm_verb_is_one_more_victim():
    found = claims("استشهد أربعة مدنيين وجرح آخر بقصف صاروخي على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 4), ("injured", "civilians", 1)]
    found = claims("Shelling on Riverton killed a child and injured another.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "children", 1), ("injured", "civilians", 1)]
    # An adjective after a harm noun is no victim: "no other injuries", "جريح آخر" is the noun's own.
    found = claims("أصيب مدني بقصف على قرية تل الزيزفون، ولم تسجل الفرق أي إصابات أخرى.", "ar")
    assert [(c.kind, c.min) for c in found if c.min] == [("injured", 1)]
    found = claims("سقط جريح آخر بقصف على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.min) for c in found if c.min] == [("injured", 1)]


def test_another_before_a_harm_word_after_a_victim_is_one_more_victim():
    found = claims("A shepherd was shot dead and another wounded near Riverton on Monday.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1), ("injured", "civilians", 1)]
    found = claims("Farmer killed, another wounded in drone strike near Riverton")
    assert ("injured", "civilians", 1) in [(c.kind, c.group, c.min) for c in found]
    found = claims("قتل مدني وآخر أصيب في قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 1), ("injured", 1)]
    # not "another" of a strike, nor a noun's adjective ("21 شخصاً آخر", 21 other people,
    # "في حادث آخر", in another incident), nor another shell with victims of its own
    assert [c.min for c in claims("Another strike killed 5 civilians in Riverton.")] == [5]
    found = claims("قتل مدني في تل الزيزفون، وفي حادث آخر قتل 3 مدنيين.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 1), ("killed", 3)]
    found = claims("A shell killed a farmer in Riverton and another wounded two children.")
    assert [(c.kind, c.min) for c in found] == [("killed", 1), ("injured", 2)]
    found = claims("أودى القصف بحياة 9 مدنيين وإصابة 21 شخص آخر بجروح في تل الزيزفون.", "ar")
    assert [(c.kind, c.min) for c in found if c.kind == "injured"] == [("injured", 21)]


def test_a_background_cue_in_a_quoted_aside_leaves_the_toll_standing():
    text = "قال ناشط إن القصف أدى إلى مقتل شابين اثنين، مؤكداً أن \"المصنع يعمل فيه مدنيون منذ سنوات\"."
    assert [(c.kind, c.min) for c in claims(text, "ar")] == [("killed", 2)]
    text = 'Shelling killed two civilians in Riverton, a resident said, adding that "the mill has been civilian since 2015".'
    assert [(c.kind, c.min) for c in claims(text)] == [("killed", 2)]
    # unquoted, or with the harm inside the quotation, the cue still makes background
    assert claims("Since 2015, \"two civilians were killed\" in Riverton.") == []


def test_a_camp_or_school_before_a_harm_verb_names_no_martyr_in_english():
    found = claims("A strike on a tent in the Riverton camp killed four people.")
    assert [(c.kind, c.min) for c in found] == [("killed", 4)]


def test_floors_of_a_building_are_no_count():
    found = claims("قتل مدنيان بقصف على منزل مؤلف من ثلاثة طوابق في بلدة تل الزيزفون.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 2)]
    assert [(c.kind, c.min) for c in claims("The strike killed two civilians in a building of five floors.")] == [
        ("killed", 2)]


def test_a_victim_noun_a_harm_word_qualifies_still_names_the_toll():
    assert [(c.group, c.min) for c in claims("ارتفع عدد المدنيين القتلى إلى 20 في البلدة.", "ar")] == [("civilians", 20)]
    assert [(c.group, c.min) for c in claims("The number of civilians killed rose to 20.")] == [("civilians", 20)]


def test_an_apostrophe_opens_no_quotation():
    assert claims("Airstrikes killed 500 people in the province's towns since 2015, the monitor's count shows.") == []


def test_dozens_right_after_a_harm_word_are_people():
    found = claims("قتل 5 مدنيين بينهم أطفال ونساء، وأصيب العشرات، بقصف على بلدة تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min, c.max) for c in found] == [
        ("killed", "civilians", 5, 5), ("injured", "unknown", 12, None)]
    found = claims("A strike on Riverton killed 5 people and wounded dozens, medics said.")
    assert ("injured", 12, None) in [(c.kind, c.min, c.max) for c in found]
    # ... but not dozens of anything: "killed dozens of sheep" counts no one
    assert all(c.min is None for c in claims("The strike on Riverton killed dozens of sheep."))


def test_a_bare_vague_figure_counts_people_before_a_preposition_or_as_a_passive_subject():
    def told(text, lang="en"):
        return [(c.kind, c.min, c.max) for c in claims(text, lang)]

    assert told("Dozens were killed when jets struck Riverton.") == [("killed", 12, None)]
    assert told("Hundreds were wounded when shells hit the camp.") == [("injured", 100, None)]
    assert told("The strike on Riverton killed dozens and wounded hundreds.") == [
        ("killed", 12, None), ("injured", 100, None)]
    assert told("أصيب المئات في الغارات على بلدة تل الزيزفون", "ar") == [("injured", 100, None)]
    # Before a noun of its own it still counts only that noun.
    assert all(c.min is None for c in claims("Shelling on Riverton killed dozens of sheep."))
    assert all(c.min is None for c in claims("Dozens of shells were fired, killing no one."))


def test_another_followed_by_its_noun_is_of_that_group():
    found = claims("Shelling killed a woman and wounded another man in Riverton.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "women", 1), ("injured", "men", 1)]


def test_a_third_after_a_harm_word_is_one_more_victim():
    found = claims("أفاد مصدر محلي بمقتل شخصين وإصابة ثالث بقصف على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 2), ("injured", 1)]


def test_others_after_one_victim_named_by_a_noun_are_of_that_victims_group():
    found = claims("أسفر القصف على قرية تل الزيزفون عن مقتل عنصر من الفصائل، وجرح 4 آخرين.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "combatants", 1), ("injured", "combatants", 4)]
    found = claims("قتل مدني وأصيب 3 آخرون بقصف على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1), ("injured", "civilians", 3)]


def test_a_relative_listed_after_a_named_victim_adds_up():
    found = claims("أسفر القصف على قرية تل الزيزفون عن إصابة المواطن سامر يوسف العلي وابنه بجروح بليغة.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "civilians", 2)]


def test_a_relative_listed_after_a_titled_victims_name_shares_the_harm():
    found = claims("قتل الطفل رامي سليم الحسن ووالدته بقصف مدفعي على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "children", 1), ("killed", "civilians", 2), ("killed", "women", 1)]
    found = claims("أسفر القصف عن مقتل سائق الشاحنة وزوجته على طريق بلدة الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 2), ("killed", "women", 1)]
    found = claims("قتل طفل وأصيب ثلاثة أطفال آخرون وامرأة بقصف على قرية الوادي.", "ar")
    assert ("injured", "civilians", 4) in [(c.kind, c.group, c.min) for c in found]


def test_the_woman_with_the_article_is_one_victim():
    # "المرأة" is the definite of "امرأة", not the article before a stem "مرأة"
    found = claims("استشهاد المرأة سلمى العلي والطفل رامي الحسن بغارة جوية على مدينة الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "women", 1), ("killed", "civilians", 2), ("killed", "children", 1)]


def test_a_victim_listed_after_a_name_or_a_place_keeps_her_own_state():
    # the words after the second noun decide: her own harm, her survival, her condition
    found = claims("قتل الشاب سامر العلي ووالدته أصيبت بجروح خطيرة بقصف على قرية الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "men", 1), ("injured", "women", 1)]
    found = claims("قتل شاب في قرية الوادي وطفل مفقود تحت الأنقاض.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "men", 1), ("missing", "children", 1)]
    for text in ("قتل المواطن خالد السعيد وزوجته نجت من القصف.",
                 "استشهد الطفل رامي الحسن ووالدته في حالة حرجة.",
                 "استشهد الشاب أحمد الخطيب ووالده يناشد المنظمات."):
        assert [c.kind for c in claims(text, "ar")] == ["killed"], text


def test_a_family_at_one_place_adds_up_but_victims_each_at_their_own_place_do_not():
    found = claims("قتلت امرأة في قرية الوادي وطفلاها بقصف مدفعي.", "ar")
    assert ("killed", "civilians", 3) in [(c.kind, c.group, c.min) for c in found]
    found = claims("قتل ثلاثة مدنيين في قرية الوادي وطفلان في بلدة كفر سالم.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 3), ("killed", "children", 2)]
    found = claims("وجرح رجل وابنه في بلدة الوادي ومدني آخر في قرية كفر سالم.", "ar")
    assert [(c.kind, c.group, c.min) for c in found if c.group == "civilians"] == [
        ("injured", "civilians", 2), ("injured", "civilians", 1)]
    # "and" opening another harm after a titled victim's name leaves the list's harm to him
    found = claims("استشهاد المرأة سلمى العلي والطفل رامي الحسن وإصابة الطفلين ليلى وهند بغارة.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "women", 1), ("killed", "civilians", 2), ("killed", "children", 1), ("injured", "children", 2)]


def test_words_after_a_bare_noun_are_no_name_that_lists_more_victims():
    # "رجل وأولاده وشقيقته": after a noun without the article the words are no name
    found = claims("أصيب رجل وأولاده وشقيقته بقصف على قرية تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "men", 1)]


def test_a_victim_listed_after_where_the_one_before_was_harmed_keeps_her_own_place():
    text = "قتلت طفلة في قرية تل الزيزفون وامرأة في قرية الوادي برصاص الاشتباكات."
    found = claims(text, "ar", places=[place(text, "تل الزيزفون"), place(text, "الوادي")])
    assert [(c.kind, c.group, c.min, c.place.name) for c in found] == [
        ("killed", "children", 1, "تل الزيزفون"), ("killed", "women", 1, "الوادي")]


def test_a_preposition_or_a_settlement_word_is_no_part_of_a_name():
    # not summed: the girl and the woman were harmed in two villages
    found = claims("قتلت الطفلة سلمى في قرية تل الزيزفون وامرأة في بلدة الوادي.", "ar")
    assert ("killed", "civilians", 2) not in [(c.kind, c.group, c.min) for c in found]


def test_a_figure_followed_by_of_them_and_a_noun_is_a_part_of_the_count_before():
    found = claims("A shell hit Riverton, killing four people, three of them children.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 4), ("killed", "children", 3)]
    found = claims("استشهد خمسة مدنيين، ثلاثة منهم أطفال، بقصف على قرية الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 5), ("killed", "children", 3)]
    found = claims("The strike on Riverton killed 6 people, 4 of whom were children.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 6), ("killed", "children", 4)]
    # "of which", as translated copy writes it for people too, is no new victim
    found = claims("Two civilians were wounded, one of which in Riverton and the other in Oakdale, by shelling.")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "civilians", 2)]
    # a noun of the count's own group names a subset, no lower civilian toll
    found = claims("قتل ستة مدنيين، خمسة منهم من عائلة واحدة، بغارة جوية ليلية على قرية الوادي.", "ar")
    assert ("killed", "civilians", 5) not in [(c.kind, c.group, c.min) for c in found]


def test_a_passer_by_is_a_civilian_victim():
    found = claims("Shelling killed two women in Riverton, wounding a passer-by.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "women", 2), ("injured", "civilians", 1)]
    found = claims("أصيب 3 من المارة بقصف على قرية الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "civilians", 3)]


def test_dying_of_wounds_is_a_death_not_an_injury():
    found = claims("توفي رجل صباح اليوم متأثراً بإصابته في غارة على قرية الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "men", 1)]
    found = claims("A farmer from Riverton died of his wounds on Sunday.")
    assert [c.kind for c in found] == ["killed"]


def test_a_figure_before_a_plural_pair_of_dead_and_wounded_counts_the_dead():
    found = claims("3 شهداء وجرحى بقصف على قرية الوادي.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 3), ("injured", None)]
    # a singular pair after the figure, and a vague figure, are totals of both: bounds only
    found = claims("25 قتيلا وجريحا بقصف على قرية الوادي.", "ar")
    assert [(c.kind, c.min, c.max, c.joint) for c in found] == [("killed", 1, 24, True), ("injured", 1, 24, True)]
    found = claims("عشرات القتلى والجرحى بقصف على قرية الوادي.", "ar")
    assert [(c.kind, c.min, c.max, c.joint) for c in found] == [("killed", 1, None, True), ("injured", 1, None, True)]


def test_an_injury_after_a_death_of_wounds_is_its_own_count():
    found = claims("وفاة مدني متأثرا بجراحه وإصابة امرأة بقذيفة سقطت على قرية الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1), ("injured", "women", 1)]
    found = claims("توفي رجل متأثرا بجراحه وأصيب 3 آخرون بقصف على قرية الوادي.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 1), ("injured", 3)]


def test_the_clause_that_tells_of_fatal_wounds_reports_no_injury():
    found = claims("توفي طفل في المستشفى متأثرا بجروح أصيب بها مساء أمس جراء غارة على قرية الوادي.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 1)]


def test_a_star_that_splits_an_english_word_is_read_through():
    # pages star their words to dodge filters: "kil*led", "de*ad"
    found = claims("Six kil*led and two injured as shells hit the market in Riverton.")
    assert [(c.kind, c.min) for c in found] == [("killed", 6), ("injured", 2)]


def test_a_toll_since_an_occupation_began_is_background():
    found = claims("وبهذا يبلغ عدد القتلى المدنيين بنيران الاحتلال في ناحية السهل منذ احتلالها قبل ستة أعوام 23 قتيلاً.", "ar")
    assert [c.min for c in found if c.min is not None] == []


def test_a_count_that_of_them_follows_adds_no_victims_to_a_list():
    found = claims("Two women, one of them pregnant, were killed in Riverton.")
    assert ("killed", "civilians", 3) not in [(c.kind, c.group, c.min) for c in found]
    assert ("killed", "women", 2) in [(c.kind, c.group, c.min) for c in found]


def test_a_possessive_opens_the_next_victim_of_a_list():
    found = claims("The strike killed a woman and her three children in Riverton.")
    assert ("killed", "civilians", 4) in [(c.kind, c.group, c.min) for c in found]
    found = claims("Shelling on Riverton killed a man and wounded his wife.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "men", 1), ("injured", "women", 1)]


def test_a_one_victim_noun_takes_the_verb_right_after_it():
    found = claims("A child was killed by the shelling, and a woman was injured in Riverton.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "children", 1), ("injured", "women", 1)]


def test_a_one_victim_noun_after_several_harm_words_takes_the_nearest():
    found = claims("Monitors recorded the killing of a farmer in Riverton, while 12 other civilians "
                   "sustained injuries, a child among them losing a leg.")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "civilians", 1), ("injured", "civilians", 12), ("injured", "children", 1)]


def test_a_harm_word_with_one_victims_pronoun_counts_the_noun_before():
    found = claims("استهدفت مسيرة سيارة مدني قرب قرية الورد، ما أدى إلى مقتله.", "ar")
    assert [(c.kind, c.group, c.min, c.max) for c in found] == [("killed", "civilians", 1, 1)]
    found = claims("A drone hit the car of a man near Oakdale, injuring him.")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "men", 1)]
    # "her killing and the wounding of her two children" is no total of both kinds
    found = claims("قصفت قوات النظام منزل امرأة في بلدة الورد، ما أدى لمقتلها وإصابة طفليها.", "ar")
    assert [(c.kind, c.group, c.min, c.joint) for c in found] == [
        ("killed", "women", 1, False), ("injured", "children", 2, False)]
    # a masculine pronoun passes over a woman to the man before her
    found = claims("أصابت الغارة منزل رجل قرب سيدة في بلدة الورد، ما أدى إلى مقتله.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "men", 1)]


def test_a_harm_pronoun_joins_the_victims_listed_after_it():
    found = claims("A shell hit the home of a woman in Oakdale, killing her and her two children.")
    assert ("killed", "civilians", 3) in [(c.kind, c.group, c.min) for c in found]
    found = claims("قصفت قوات النظام منزل امرأة في بلدة الورد، ما أدى إلى مقتلها وطفليها.", "ar")
    assert ("killed", "civilians", 3) in [(c.kind, c.group, c.min) for c in found]
    # the wounded who died later: his death counts beside his wounds
    found = claims("أصيب شاب برصاص قناص في بلدة الورد، ما أدى إلى وفاته لاحقا.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "men", 1), ("killed", "men", 1)]


def test_a_possessive_her_is_no_victim_and_a_pronoun_takes_a_noun_of_its_gender():
    found = claims("Shelling on Oakdale wounded a woman, and a drone later killed her husband.")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "women", 1), ("killed", "men", 1)]
    found = claims("A shell struck the home of a woman in Oakdale, killing her son.")
    assert [(c.kind, c.min) for c in found] == [("killed", 1)]
    found = claims("استهدف قناص امرأة كانت تسير برفقة طفل في بلدة الورد، ما أدى إلى مقتلها.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "women", 1)]
    # "her" hit is the car, not the (masculine) civilian
    found = claims("استهدفت طائرة مسيرة سيارة لمدني في بلدة الورد، ما أدى إلى إصابتها بشكل مباشر.", "ar")
    assert [c.min for c in found] == [None]
    # "his" passes over his daughter, and "her" before a time is no possessive
    found = claims("استهدفت طائرة مسيرة سيارة مدني وطفلته في بلدة الورد، ما أدى إلى مقتله.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1)]
    found = claims("A drone hit the car of a woman in Oakdale, killing her one day before her wedding.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "women", 1)]
    found = claims("An airstrike hit the home of a woman in Oakdale, killing her five-year-old daughter.")
    assert [(c.kind, c.min) for c in found] == [("killed", 1)]
    # one man killed in one town does not make another man's wounds his
    found = claims("Shelling killed a man in Oakdale, while a sniper shot a man in Eastfield, wounding him.")
    assert [(c.kind, c.min) for c in found] == [("killed", 1), ("injured", 1)]


def test_the_owner_of_a_thing_hit_is_no_victim_by_itself():
    found = claims("Two civilians were killed and three were wounded in a drone strike on the car of a man near Oakdale.")
    assert [(c.kind, c.min) for c in found] == [("killed", 2), ("injured", 3)]
    found = claims("US forces raided the house of a man in Oakdale, arresting him.")
    assert [(c.kind, c.group, c.min) for c in found] == [("detained", "men", 1)]
    # a person of someone stands for that person, and an owner a harm word follows is a victim
    assert [(c.kind, c.min) for c in claims("The shelling of Oakdale injured the son of a farmer.")] == [("injured", 1)]
    found = claims("Mourners gathered at the home of a child killed when a drone hit Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "children", 1)]
    assert [(c.kind, c.min) for c in claims("Medics confirmed the killing of a boy in Oakdale.")] == [("killed", 1)]


def test_a_harm_pronoun_with_nothing_new_to_count_adds_no_victim():
    # the victim counted already, the wounds a death came of, and a pronoun with no noun before
    found = claims("قتل مدني برصاص قناص في بلدة الورد، وأدى ذلك إلى مقتله في الحال.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 1)]
    found = claims("وكان قتل مدني في بلدة الورد، جراء إصابته بشظايا قذيفة.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 1)]
    found = claims("وأكدت المصادر في بلدة الورد خبر مقتله.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", None)]
    # the wounds of one counted dead, and a house hit with damage
    found = claims("استشهد شاب في بلدة الورد بعد يومين من إصابته بقصف مدفعي.", "ar")
    assert [(c.kind, c.min) for c in found if c.min] == [("killed", 1)]
    found = claims("استهدفت مسيرة منزل مدني في بلدة الورد، ما أدى إلى إصابته بأضرار مادية.", "ar")
    assert [c.min for c in found] == [None]


def test_victims_of_them_told_apart_by_their_state_are_no_new_count():
    found = claims("Five civilians were wounded, three of them seriously, in Riverton.")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "civilians", 5)]
    found = claims("سقط 4 شهداء، اثنان منهم أطفال، بقصف على قرية الوادي.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "unknown", 4), ("killed", "children", 2)]


def test_a_harm_word_after_its_own_noun_leaves_the_figure_after_and_to_its_own_verb():
    found = claims("A shepherd martyred and three others near Tal Hamra were wounded on Monday by gunmen.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1), ("injured", "civilians", 3)]


def test_another_and_a_second_victim_are_two_injured():
    found = claims("قتل طفل وأصيب آخر وشاب بقصف على قرية كفر ألفا.", "ar")
    injured = [(c.group, c.min, c.max) for c in found if c.kind == "injured"]
    assert ("civilians", 2, 2) in injured and ("civilians", 1, 1) not in injured


def test_a_lone_victim_at_least_is_an_open_floor():
    found = claims("مقتل شخص على الأقل بقصف على بلدة تل الزيزفون.", "ar")
    assert [(c.kind, c.min, c.max) for c in found] == [("killed", 1, None)]


def test_the_numbers_of_a_list_of_martyrs_are_no_toll():
    found = claims("أسماء الشهداء في قصف قرية كفر ألفا:\n1- الشهيد نزار عادل الحمصي\n"
                   "2- الشهيد ماهر حسن العبد\n14- الشهيد رامي أحمد الخلف", "ar")
    assert found and all(c.max == 1 for c in found if c.kind == "killed")


def test_a_number_after_a_martyrs_name_is_no_toll():
    found = claims("أسماء الشهداء في قصف قرية كفر ألفا:\nالشهيد نزار عادل الحمصي 12\n"
                   "الشهيد ماهر حسن العبد 14", "ar")
    assert found and all(c.max == 1 for c in found if c.kind == "killed")


def test_a_campaigns_tally_by_month_or_since_early_in_a_year_is_background():
    found = claims("- الشهر الثالث: 5 غارات أدت إلى مقتل 4 مدنيين وإصابة 9 آخرين.", "ar")
    assert numbered(found) == []
    # the same monthly line set off by a comma, as tallies by month are often printed
    found = claims("- الشهر التاسع، ستة استهدافات، أدت إلى مقتل مدنيين اثنين وجرح 4 آخرين.", "ar")
    assert numbered(found) == []
    # A calendar month ("the third month of this year") dates a report; it is no campaign tally.
    found = claims("في الشهر الثالث من العام الجاري قتل 4 مدنيين بقصف على قرية تل الزيزفون.", "ar")
    assert numbered(found) == [("killed", "civilians", 4)]
    found = claims("ومنذ أواخر عام 2020 قُتل 30 شخصاً في القرى المحيطة بتل الزيزفون.", "ar")
    assert numbered(found) == []


def test_a_body_found_or_a_fire_with_no_strike_named_is_no_strike_casualty():
    report = "Shelling on Tall Kanat wounded 4 civilians on Monday. "
    found = claims(report + "Farmers found the body of a young man killed near Riverton.")
    assert numbered(found) == [("injured", "civilians", 4)]
    assert numbered(claims("عثر الأهالي على جثة شاب مقتول قرب قرية تل الزيزفون.", "ar")) == []
    assert numbered(claims("وفاة عاملين اثنين إثر حريق في معمل للأخشاب بتل الزيزفون.", "ar")) == []
    # a strike named beside the body still tells of a strike's victim
    found = claims("عثر الدفاع المدني على جثة رجل قتل بقصف مدفعي على قرية تل الزيزفون.", "ar")
    assert numbered(found) == [("killed", "men", 1)]


def test_a_question_counts_no_victim():
    report = "Shelling on Tall Kanat wounded 4 civilians on Monday. "
    found = claims(report + "Who answers for the two farmers killed in Riverton last spring?")
    assert numbered(found) == [("injured", "civilians", 4)]
    # A question closing a report's sentence leaves the report standing.
    found = claims("Regime shelling killed five civilians in Riverton on Monday, so why is the world silent?")
    assert numbered(found) == [("killed", "civilians", 5)]
    found = claims("استشهاد 5 مدنيين بقصف على بلدة عين الصفصاف، فإلى متى هذا الصمت؟", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 5)]
    # A sentence that opens with the question word is a question all through.
    assert numbered(claims("Why did shelling kill five civilians in Riverton, and who will answer?")) == []
    assert numbered(claims("لماذا قتل 5 مدنيين في تل الزيزفون، ومن يحاسب القتلة؟", "ar")) == []
    assert numbered(claims("من يحاسب على مقتل الشاب سامر في تل الزيزفون؟", "ar")) == []


def test_a_harm_noun_equated_with_a_figure_by_a_copula_owns_it():
    # "والمصابون هم": "هم" after a harm noun is a copula, not "among them" of the dead before
    found = claims("وبحسب مسعفين في تل الزيزفون فالقتلى هم 4 نساء، والجرحى هم 7 أطفال.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "women", 4), ("injured", "children", 7)]


def test_a_party_named_with_lam_after_a_toll_owns_its_victims():
    # "لـ" + a party after a toll names whose fighters fell; after a strike word the party attacks
    found = claims("قتيل و4 جرحى لقوات النظام قرب تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min, c.actor) for c in found] == [
        ("killed", "combatants", 1, "Syrian Regime"), ("injured", "combatants", 4, "Syrian Regime")]
    found = claims("مقتل 3 مدنيين بقصف لقوات النظام طال تل الزيزفون.", "ar")
    assert [(c.group, c.actor) for c in found] == [("civilians", None)]


def test_a_party_named_after_a_list_of_tolls_owns_every_toll():
    found = claims("Two dead and 5 wounded of the regime's forces near Riverton.")
    assert [(c.kind, c.group, c.min, c.actor) for c in found] == [
        ("killed", "combatants", 2, "Syrian Regime"), ("injured", "combatants", 5, "Syrian Regime")]


def test_a_noun_listed_among_the_dead_is_not_the_group_of_the_wounded_after():
    found = claims("سقط 7 قتلى بينهم نساء وأكثر من 30 جريحا بقصف على تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "unknown", 7), ("injured", "unknown", 31)]


def test_a_figure_listed_after_a_count_shares_its_harm_not_the_next_clauses():
    found = claims("The dead were 3 boys and 4 women, while the wounded were 9 men, medics in Riverton said.")
    assert [(c.kind, c.group, c.min) for c in found if c.group != "civilians"] == [
        ("killed", "children", 3), ("killed", "women", 4), ("injured", "men", 9)]


def test_a_figure_in_an_aside_is_not_the_next_clauses_victim():
    found = claims("قضى ستة من سكان تل الزيزفون (امرأة وزوجها و4 من أبنائهما)، وجرح جار لهم بشظايا.", "ar")
    assert ("killed", 4) in [(c.kind, c.min) for c in found]
    assert ("injured", 4) not in [(c.kind, c.min) for c in found]


def test_a_harm_verb_opening_the_next_clause_is_not_the_figures_before_it():
    found = claims("نفذ الطيران 40 غارة استشهد بسببها 12 مدنيا وجرح خلالها 30 آخرون.", "ar")
    assert [(c.kind, c.min) for c in found if c.min] == [("killed", 12), ("injured", 30)]
    # A harm word before a comma is another clause's: the verb after the figure is its own.
    found = claims("جرح شاب برصاص قناص، وخرج 5 مدنيين لإسعافه وقتلوا.", "ar")
    assert ("killed", 5) in [(c.kind, c.min) for c in found]


def test_a_harm_noun_with_its_own_figure_lists_its_parts_after_hum():
    found = claims("سقط 7 قتلى وهم 3 أطفال و4 نساء بقصف على البلدة.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "unknown", 7), ("killed", "children", 3), ("killed", "women", 4)]


def test_a_party_before_a_strike_word_makes_the_strike_not_the_victims_side():
    found = claims("Two dead of the Russian airstrikes on Riverton were children.")
    assert [(c.kind, c.group, c.actor) for c in found] == [("killed", "unknown", None)]


def test_aid_workers_are_one_victim_noun_of_a_list():
    # "عمّال إغاثة" is one noun: the women and children listed after it are still the dead
    found = claims("قتل 30 مدنيا في غارة على تل الزيزفون، منهم 5 عمال إغاثة و8 نساء و12 طفلا، كما أصيب 90 آخرون.", "ar")
    assert {(c.kind, c.group, c.min) for c in found} >= {
        ("killed", "women", 8), ("killed", "children", 12), ("injured", "civilians", 90)}


def test_a_harm_word_that_and_opens_before_its_own_victims_heads_the_next_count():
    # the displaced are no wounded: "وإصابة" (and the injuring of) counts the victim after it
    found = [(c.kind, c.min) for c in claims("وأدى القصف على كفر السنديان إلى نزوح 40 ألف شخص، وإصابة مدني.", "ar")]
    assert found == [("injured", 1)]
    found = [(c.kind, c.min) for c in claims("The shelling of Oakdale displaced 600 people and injured 4.")]
    assert found == [("injured", 4)]


def test_a_harm_noun_a_particle_opens_after_a_place_word_names_no_place():
    # "مشفى الشهيد" names a hospital, but "في القرية فالقتلى هم": "ف" opens a new phrase
    found = claims("وقال مسعفون في القرية فالقتلى هم 3 أطفال.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "children", 3)]
    found = claims("وصل المصابون إلى مشفى الشهيد سامر في كفر السنديان.", "ar")
    assert [c.kind for c in found] == ["injured"]


def test_civilians_and_a_subgroup_listed_with_and_add_up():
    # "and" adds the children to the two people; after a comma the victims restate the count
    found = claims("جرح شخصان وثلاثة أطفال بقصف على تل الزيزفون.", "ar")
    assert ("injured", "civilians", 5) in [(c.kind, c.group, c.min) for c in found]
    found = claims("Shelling on Oakdale injured two people and three children.")
    assert ("injured", "civilians", 5) in [(c.kind, c.group, c.min) for c in found]
    # ... and add no second count of them, with or without a serial comma or brackets
    # a lone civilian in a restating list is one of those counted, no count of his own
    found = claims("Shelling killed two civilians, a man and his son, in Riverton.")
    assert [c.min for c in found if c.group == "civilians"] == [2]
    for text in ("The strike on Riverton killed four civilians, three women and a man.",
                 "Four civilians - a man, a woman, and two boys - were killed in Riverton.",
                 "Four civilians (a man, a woman and two boys) were killed in Riverton."):
        assert [c.min for c in claims(text) if c.group == "civilians"] == [4], text


def test_fighters_named_with_his_are_combatants_and_so_are_the_others_after_them():
    found = claims("أعلن الفصيل أن ثلاثة من مقاتليه قتلوا، وأصيب اثنان آخران بقصف على تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "combatants", 3), ("injured", "combatants", 2)]


def test_one_martyr_after_a_verbal_noun_or_before_a_joined_count_is_one():
    def figures(text):
        return [(c.kind, c.min) for c in claims(text, "ar")]

    assert figures("ارتقاء شهيد بقصف مدفعي على البلدة") == [("killed", 1)]
    assert figures("سقوط شهيد وثلاثة جرحى بقصف على البلدة") == [("killed", 1), ("injured", 3)]
    # a number glued to the noun counts it, "واحدة" included
    assert figures("ارتفعت الحصيلة في البلدة إلى 8 شهداء وجريحة واحدة.") == [("killed", 8), ("injured", 1)]
    # one of the wounded told of, dying, is no new count of the wounded
    assert figures("ارتفعت حصيلة القصف على البلدة إلى 4 شهداء بعد وفاة جريح في المشفى.") == [("killed", 4), ("injured", None)]
    # a victim noun right after the martyr counts him
    assert figures("ارتقاء شهيد مدني وجرح ثلاثة آخرين بغارة على البلدة") == [("killed", 1), ("injured", 3)]


def test_dozens_told_bare_before_the_strike_are_people():
    (c,) = claims("إصابة العشرات بقصف صاروخي على المدينة", "ar")
    assert (c.kind, c.min, c.max) == ("injured", 12, None)
    assert claims("قصف العشرات بقذائف الهاون", "ar") == []


def test_a_counted_plural_harm_noun_and_one_victims_noun_are_two_counts():
    # "3 جرحى وشهيد": three wounded and one dead; "25 قتيلا وجريحا" stays a total of both
    found = claims("3 إصابات وشهيد جراء قصف على كفر السنديان.", "ar")
    assert [(c.kind, c.min) for c in found] == [("injured", 3), ("killed", 1)]
    found = claims("ارتفعت الحصيلة في تل الزيزفون إلى 8 شهداء وجريحة واحدة.", "ar")
    assert [(c.kind, c.min) for c in found if c.min] == [("killed", 8), ("injured", 1)]
    found = claims("25 قتيلا وجريحا بقصف على تل الزيزفون.", "ar")
    assert found and not numbered(found)


def test_a_victim_listed_after_the_party_of_the_fighters_before_it_is_counted():
    # "4 عناصر من قسد ومدني": the civilian is listed after the fighters' party
    found = claims("إصابة 4 عناصر من قسد ومدني بغارة على تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "combatants", 4), ("injured", "civilians", 1)]


def test_victims_an_aside_names_after_a_count_are_parts_of_it():
    # the woman in the brackets is one of the two dead, not the wounded after them
    found = claims("قتل مدنيان (رجل وامرأة) وأصيب اثنان آخران بقصف على كفر السنديان.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [
        ("killed", "civilians", 2), ("killed", "men", 1), ("killed", "women", 1), ("injured", "civilians", 2)]
    # "their son" is one of the three civilians, no count of one civilian
    found = claims("استشهد ثلاثة مدنيين (رجل وزوجته وابنتهما) بقصف على تل الزيزفون.", "ar")
    assert [(c.group, c.min) for c in found if c.group == "civilians"] == [("civilians", 3)]


def test_a_civilian_including_names_by_trade_is_one_of_the_count_not_a_lower_toll():
    found = numbered(claims("Shelling killed 7 civilians, including three children and a paramedic, in Oakdale."))
    assert found == [("killed", "civilians", 7), ("killed", "children", 3)]
    found = numbered(claims("قتل 6 مدنيين بينهم مسعف وطفلان بقصف على تل الزيزفون.", "ar"))
    assert found == [("killed", "civilians", 6), ("killed", "children", 2)]
    # a part that names civilian status says how many of those counted were civilians
    found = numbered(claims("Shelling killed 5 people, including three civilians, in Oakdale."))
    assert found == [("killed", "civilians", 5), ("killed", "civilians", 3)]
    found = numbered(claims("أصيب 14 شخصاً بينهم مدنيين اثنين بقصف على تل الزيزفون.", "ar"))
    assert ("injured", "civilians", 2) in found
    # "others" with parts of their own are a count of their own harm, not a part of the dead
    found = numbered(claims("قتل ثلاثة مدنيين وأصيب 7 آخرون منهم نساء بقصف على تل الزيزفون.", "ar"))
    assert ("injured", "civilians", 7) in found


def test_a_part_naming_residents_after_a_people_head_still_counts():
    found = numbered(claims("Shelling killed 9 people in Oakdale, including 4 fighters and 5 residents."))
    assert ("killed", "civilians", 5) in found
    found = numbered(claims("قتل 10 أشخاص بينهم 4 مواطنين بقصف على تل الزيزفون.", "ar"))
    assert ("killed", "civilians", 4) in found


def test_an_aside_that_tells_its_own_harm_lists_no_victims_of_the_count_before_it():
    found = claims("Shelling killed 3 civilians (and injured 5 others) in Oakdale.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 3), ("injured", "civilians", 5)]
    found = claims("قتل مدنيان (وأصيب 4 آخرون) بقصف على تل الزيزفون.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 2), ("injured", "civilians", 4)]


def test_a_harm_verb_written_with_the_knotted_heh_still_counts():
    found = claims("استشھد ثلاثة مدنيين بقصف على قرية تل الزيزفون", "ar")
    assert [(c.kind, c.group, c.min) for c in found if c.kind == "killed"] == [("killed", "civilians", 3)]


def test_civil_defence_members_are_civilians_not_fighters():
    # rescue volunteers are civilians, though "عناصر"/"members" count fighters elsewhere
    found = claims("أصيب ثلاثة من عناصر الدفاع المدني بقصف مدفعي على بلدة تل السنابل.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("injured", "civilians", 3)]
    found = claims("قتل عنصر من الدفاع المدني وأصيب عنصرين من الدفاع المدني بغارة على كفر زيتون الجديدة.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "civilians", 1), ("injured", "civilians", 2)]
    found = claims("Shelling on Oakdale injured two members of the civil defence.")
    assert [(c.group, c.min) for c in found] == [("civilians", 2)]
    found = claims("Three civil defence volunteers were hurt by shelling on Riverton.")
    assert [(c.group, c.min) for c in found] == [("civilians", 3)]
    # the fighters beside them stay fighters, and a militia's volunteers are no rescuers
    found = claims("قتل 3 عناصر من قوات الأسد وأصيب عنصر في الدفاع المدني بقصف على تل السنابل.", "ar")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "combatants", 3), ("injured", "civilians", 1)]
    found = claims("The strike killed four members of an armed group in Oakdale.")
    assert [(c.group, c.min) for c in found] == [("combatants", 4)]
    assert all(c.group != "civilians" for c in claims("Shelling killed two volunteers of a militia in Oakdale."))


def test_a_hyphenated_word_before_the_noun_is_one_word():
    found = claims("Drone strikes killed 9 Turkish-backed fighters near Riverton.")
    assert [(c.kind, c.group, c.min) for c in found] == [("killed", "combatants", 9)]
    found = claims("Shelling killed 4 pro-government militiamen and 2 civilians in Oakdale.")
    assert [(c.group, c.min) for c in found] == [("combatants", 4), ("civilians", 2)]


def test_an_english_plural_passive_reaches_its_count_across_an_aside():
    got = [(c.kind, c.group, c.min) for c in claims("Nine civilians, among them three boys, were killed in Oakdale.")]
    assert ("killed", "civilians", 9) in got and ("killed", "children", 3) in got
    # an earlier count keeps its own verb, and a relative clause's verb is not the count's
    assert [(c.kind, c.min) for c in claims("The strike killed 3 people in Oakdale and others were injured.")
            if c.min] == [("killed", 3)]
    # a passive whose subject is another noun of its own clause takes no count from before it
    assert all(c.min is None for c in claims("Militants held three aid workers for a week before their guards were killed."))
    (c,) = claims("Five children, who had been playing outside, were killed in Oakdale.")
    assert (c.group, c.min) == ("children", 5)
    # an aside that "including"/"mostly" opens names parts of the count, whatever it lists
    got = [(c.kind, c.group, c.min) for c in claims("Eight people, mostly women and children, were killed in Oakdale.")]
    assert ("killed", "civilians", 8) in got
    got = [(c.kind, c.group, c.min) for c in claims("Eight people, among them women and two children, were killed in Oakdale.")]
    assert ("killed", "civilians", 8) in got and ("killed", "children", 2) in got
    # a short phrase may stand between the count's noun and its aside
    got = [(c.kind, c.group, c.min) for c in claims("Three people in Riverton, including a child, were killed on Tuesday.")]
    assert ("killed", "civilians", 3) in got


def test_a_harm_word_before_a_semicolon_is_not_the_next_clauses():
    got = [(c.kind, c.group, c.min) for c in claims("Eleven civilians died; 20 others, including five children, were injured.")]
    assert ("injured", "civilians", 20) in got and ("killed", "civilians", 20) not in got
    got = [(c.kind, c.min) for c in claims("قتل 4 مدنيين؛ وأصيب 9 آخرون بقصف على تل السنابل.", "ar")]
    assert got == [("killed", 4), ("injured", 9)]


def test_a_harm_word_whose_victims_are_others_is_no_total_with_the_one_before():
    # "3 أشخاص قتلوا وجرح آخرون": three dead, and others wounded; not one total of both kinds
    found = claims("قالت مصادر محلية إن 3 أشخاص قتلوا وجرح آخرون بقصف على كفر السنديان.", "ar")
    assert ("killed", "civilians", 3) in numbered(found)
    found = claims("عاجل: شاب استشهد وأصيب آخرون بقصف على كفر السنديان", "ar")
    assert numbered(found) == [("killed", "men", 1)]
    found = claims("عاجل: قتيل وإصابة آخرين بقصف على أطراف كفر السنديان", "ar")
    assert numbered(found) == [("killed", "unknown", 1)]
    found = claims("قال الدفاع المدني إن طفلة قتلت وأصيب مدنيان بقصف على كفر السنديان.", "ar")
    assert ("injured", "civilians", 2) in numbered(found)
    # with no victims before the verbs, the others are both's: no figure for either
    found = claims("قتل وجرح آخرون بقصف على كفر السنديان.", "ar")
    assert found and all(c.min is None for c in found)


def test_a_figure_closing_the_line_before_is_no_count_of_a_harm_pair():
    text = "صورة من موقع القصف في 7 آذار 2019\n\nقتل وجرح عدد من السكان بقصف على كفر السنديان."
    assert numbered(claims(text, "ar")) == []


def test_two_others_after_a_harm_verb_are_two():
    found = claims("قتل 5 مدنيين وأصيب آخران بقصف على كفر السنديان.", "ar")
    assert numbered(found) == [("killed", "civilians", 5), ("injured", "civilians", 2)]
    # after a figure or a noun the dual is their adjective, no second count
    found = claims("قتلت امرأة مسنة وأصيب اثنان آخران جراء القصف على كفر السنديان.", "ar")
    assert numbered(found) == [("killed", "women", 1), ("injured", "civilians", 2)]



def test_a_preliminary_toll_of_its_own_clause_replaces_no_earlier_figure():
    text = ("أصيب 3 مدنيين بقصف على كفر السنديان. وفي مدينة إدلب أسفر قصف صاروخي عن إصابة 7 مدنيين، "
            "في حصيلة أولية.")
    assert numbered(claims(text, "ar")) == [("injured", "civilians", 3), ("injured", "civilians", 7)]
    text = ("Shelling on Oakdale killed two civilians. In Riverton a rocket killed four civilians, "
            "in an initial death toll.")
    assert numbered(claims(text)) == [("killed", "civilians", 2), ("killed", "civilians", 4)]
    # a running toll still replaces the figure before it
    text = "قتل 4 مدنيين بقصف على البلدة. وارتفعت حصيلة القتلى المدنيين إلى 7 في حصيلة أولية."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 7)]


def test_a_previous_incident_recalled_is_background():
    report = "أصيب 3 مدنيين بقصف مدفعي على كفر السنديان اليوم. "
    found = claims(report + "وفي حادثة سابقة، قتل شاب وأصيب آخر برصاص حرس الحدود قرب القرية.", "ar")
    assert numbered(found) == [("injured", "civilians", 3)]
    found = claims("Shelling wounded 3 civilians in Oakdale. In a previous incident, two farmers were killed nearby.")
    assert numbered(found) == [("injured", "civilians", 3)]
    # a toll that only mentions an earlier incident is still a toll
    found = claims("قتل 5 مدنيين بغارة على كفر السنديان اليوم، بعد يومين من حادثة سابقة.", "ar")
    assert numbered(found) == [("killed", "civilians", 5)]
    found = claims("Shelling killed five civilians in Oakdale, the same toll as in an earlier incident there.")
    assert numbered(found) == [("killed", "civilians", 5)]


def test_sustained_injuries_reaches_its_count_across_an_aside():
    found = claims("Twelve people, among them two boys, sustained serious injuries in Oakdale.")
    assert ("injured", "civilians", 12) in numbered(found)


def test_a_harm_word_before_while_is_not_the_next_clauses():
    found = claims("Activists recorded the death of a shepherd in Oakdale, while 12 other people, "
                   "among them a girl, sustained serious injuries in the shelling.")
    assert numbered(found) == [("killed", "civilians", 1), ("injured", "civilians", 12), ("injured", "children", 1)]
    found = claims("قتل شاب فيما 4 آخرون أصيبوا بقصف على كفر السنديان.", "ar")
    assert numbered(found) == [("killed", "men", 1), ("injured", "civilians", 4)]
    # with no harm word of its own after the figure, the clause's figure is the harm word's
    assert numbered(claims("قتل فيما بعد 4 مدنيين بغارة ثانية على كفر السنديان.", "ar")) == [("killed", "civilians", 4)]
    assert numbered(claims("The strike killed, while families were breaking their fast, at least 9 civilians.")) \
        == [("killed", "civilians", 9)]
    found = claims("A shepherd was killed in Oakdale, but 12 others were injured.")
    assert numbered(found) == [("killed", "civilians", 1), ("injured", "civilians", 12)]


def test_minor_before_a_harm_noun_describes_the_harm_and_names_no_child():
    assert numbered(claims("Two women suffered minor injuries in the shelling of Oakdale.")) == [
        ("injured", "women", 2)]
    # the noun itself still counts a child
    assert numbered(claims("A minor was killed during the shelling of Oakdale.")) == [("killed", "children", 1)]


def test_one_victim_takes_the_verb_that_sustains_the_harm_after_it():
    found = claims("An old woman was killed and a girl sustained serious injuries in Oakdale.")
    assert numbered(found) == [("killed", "women", 1), ("injured", "children", 1)]
    # a statement quoting the harm it admits to
    found = claims('A shepherd received "minor injuries" in the raid on Oakdale, the command said.')
    assert numbered(found) == [("injured", "civilians", 1)]


def test_a_noun_after_said_that_a_harm_verb_follows_is_a_victim_not_the_speaker():
    found = claims("Activists reported a young man had been killed at a checkpoint near Oakdale.")
    assert numbered(found) == [("killed", "men", 1)]
    found = claims("Local sources said a civilian suffered minor injuries in Oakdale.")
    assert numbered(found) == [("injured", "civilians", 1)]
    # with no harm verb after it, the noun names who spoke
    found = claims("The strike killed two people in Oakdale, said a doctor at the hospital.")
    assert numbered(found) == [("killed", "civilians", 2)]


def test_a_harm_verb_after_a_counted_one_with_one_victim_of_its_own_makes_no_pair():
    # "شقيقان قتلا وأصيبت والدتهما": the two brothers killed, their mother injured; with no
    # victims before the first verb, "مقتل وإصابة مواطن" stays one total of both
    found = claims("وذكر ناشطون أن شابين قُتلا وأُصيبت امرأة بقذيفة سقطت على كفر زيتونة.", "ar")
    assert numbered(found) == [("killed", "men", 2), ("injured", "women", 1)]
    found = claims("وبحسب الأهالي فإن سيدة قُتلت وجُرح طفل بقذيفة هاون على كفر زيتونة.", "ar")
    assert numbered(found) == [("killed", "women", 1), ("injured", "children", 1)]
    assert numbered(claims("مقتل وإصابة مواطن بقصف على كفر زيتونة.", "ar")) == []


def test_a_plural_victim_noun_written_with_the_duals_vowel_counts_two():
    # the fatha before the ending marks the dual ("مواطنَين"); the plural has a kasra
    found = claims("استهدفت مسيرة سيارة عند مدخل كفر زيتونة، وقتلت مدنيَّيْن وجرحت سبعة آخرين.", "ar")
    assert numbered(found) == [("killed", "civilians", 2), ("injured", "civilians", 7)]
    assert numbered(claims("أدى القصف إلى إصابة مواطنَين في قرية كفر زيتونة.", "ar")) == [("injured", "civilians", 2)]
    assert numbered(claims("أدى القصف إلى إصابة المواطنِين في قرية كفر زيتونة.", "ar")) == []


def test_a_familys_size_counts_when_its_members_are_harmed():
    assert numbered(claims("Shelling on Oakdale killed a family of six.")) == [("killed", "unknown", 6)]
    found = claims("A family of seven, including two children, sustained injuries when a shell hit Oakdale.")
    assert ("injured", "unknown", 7) in numbered(found)
    found = claims("عائلة مكونة من 5 أشخاص كانوا في السيارة وأصيبوا بجروح في كفر زيتونة.", "ar")
    assert numbered(found) == [("injured", "civilians", 5)]
    # the family's size alone, or a harm whose victims are others, counts no one
    assert numbered(claims("A family of six lost its home in the shelling of Oakdale.")) == []
    found = claims("A family of six lost its home when shelling killed a neighbour in Oakdale.")
    assert numbered(found) == [("killed", "civilians", 1)]
    assert {c.min for c in claims("The strike killed a woman, mother of five, in Oakdale.")} == {1}
    assert numbered(claims("Shelling destroyed the home of a family of six in Oakdale; the parents were injured.")) == []
    assert numbered(claims("A family of six survived, but their neighbours were killed when the shell hit Oakdale.")) == []
    assert numbered(claims("نجت عائلة مكونة من 7 أفراد بينما قتل جيرانهم بقصف على كفر زيتونة.", "ar")) == []


def test_a_participle_phrase_after_the_count_leaves_the_passive_verb_its_own():
    found = claims("Four civilians working in the fields were injured by shelling on Oakdale.")
    assert numbered(found) == [("injured", "civilians", 4)]
    found = claims("Three children playing near their home were killed when a shell hit Oakdale.")
    assert numbered(found) == [("killed", "children", 3)]
    # a longer stretch may hold a verb of its own, with its own subject
    found = claims("Three aid workers delivering food to the camp saw how their guards were killed.")
    assert numbered(found) == []


def test_an_elderly_woman_listed_with_another_victim_adds_up():
    found = claims("جُرحت امرأة مسنة وشاب في قصف مدفعي طال كفر زيتونة مساء اليوم.", "ar")
    assert ("injured", "civilians", 2) in numbered(found)


def test_the_wounds_a_death_came_of_are_no_injury():
    found = claims("توفي رجل من سكان كفر الريحان إثر إصابته بطلق ناري خلال قصف على البلدة.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 1)]


def test_wounds_in_a_clause_of_their_own_or_without_a_death_are_an_injury():
    other = claims("قتل رجل بقصف على بلدة كفر الريحان، فيما نقلت زوجته إلى المشفى بعد إصابتها بشظايا.", "ar")
    alone = claims("بعد إصابته بشظية في قصف على قرية عين الصفصاف، نقل الشاب إلى المشفى.", "ar")
    assert [(c.kind, c.min) for c in other] == [("killed", 1), ("injured", 1)]
    assert [c.kind for c in alone] == ["injured"]


def test_harm_that_no_opens_is_no_report_of_harm():
    assert claims("Shells fell on Oakdale, yet no casualties were recorded.") == []
    assert claims("A drone hit a farm near Oakdale; we had no reports of any injuries by noon.") == []
    assert claims("The raid on Oakdale caused no civilian casualties, the army said.") == []
    assert [(c.kind, c.min) for c in claims("No one was killed when shells hit Oakdale, but several people were hurt.")] \
        == [("injured", 2)]


def test_arabic_harm_denied_is_no_report_of_harm():
    # "دون وقوع إصابات", "ولا أنباء عن إصابات", "لم يقتل أحد": the strike is told, no harm
    for text in ("قصفت قوات النظام بلدة الوادي بالمدفعية دون وقوع إصابات.",
                 "سقطت قذيفة على منزل في بلدة الوادي، ولا أنباء عن إصابات بين السكان.",
                 "قصفت قوات النظام بلدة الوادي ولم يُقتل أحد.",
                 "قصفت قوات النظام بلدة الوادي ولم تقع إصابات."):
        assert [c.kind for c in claims(text, "ar", places=[place(text, "الوادي")])] == ["attack"], text
    for text in ("قصفت قوات النظام بلدة الوادي دون سقوط قتلى.", "قصفت قوات النظام بلدة الوادي دون وقوع شهداء.",
                 "سقطت قذيفة على مدرسة في بلدة الوادي، وحالت العطلة دون وقوع إصابات."):
        assert [c.kind for c in claims(text, "ar", places=[place(text, "الوادي")])] == ["attack"], text
    # "did not prevent deaths" tells of deaths, however long its subject
    for text in ("لم تحل الهدنة دون سقوط قتلى وجرحى في بلدة الوادي.",
                 "لم تحل اتفاقية خفض التصعيد في المحافظة دون سقوط ضحايا في بلدة الوادي.",
                 "لم تستطع الدفاعات الجوية أن تحول دون سقوط ضحايا في بلدة الوادي."):
        assert [c.kind for c in claims(text, "ar")] == ["killed", "injured"], text
    # a denial of further harm leaves the harm told alone
    found = claims("قتل مدني بقصف على بلدة الوادي، دون وقوع إصابات أخرى.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 1)]
    # "إصابات مباشرة" are direct hits, no wounded
    text = "استهدفت الفصائل مواقع القوات قرب الوادي، محققة إصابات مباشرة."
    assert [c.kind for c in claims(text, "ar", places=[place(text, "الوادي")])] == ["attack"]


def test_arabic_denials_past_a_subject_a_noun_of_negation_and_a_list():
    # "لم يسفر" with its subject before "عن", "بعدم وقوع", a second harm noun after "أو",
    # a denied lone victim: the strike is told, no harm
    for text in ("قصفت قوات النظام بلدة الوادي، ولم يسفر القصف المدفعي عن إصابات.",
                 "قصفت قوات النظام بلدة الوادي، ولم تسفر الغارات عن وقوع ضحايا.",
                 "سقطت قذائف على بلدة الوادي، وأفاد الأهالي بعدم وقوع إصابات.",
                 "قصفت قوات النظام بلدة الوادي دون وقوع قتلى أو جرحى.",
                 "قصفت قوات النظام بلدة الوادي دون وقوع قتيل."):
        assert [c.kind for c in claims(text, "ar", places=[place(text, "الوادي")])] == ["attack"], text
    assert claims("داهمت دورية منزلا في بلدة الوادي دون اعتقال أحد.", "ar") == []
    assert [c.kind for c in claims("Shells hit Oakdale on Monday, with no deaths or injuries reported.")] == []
    # the harm after a denied one's clause is told
    found = claims("قصفت قوات النظام بلدة الوادي دون وقوع قتلى، وجرحى بين المدنيين.", "ar")
    assert [c.kind for c in found] == ["injured"]
    # "none but civilians": an exception before victims turns the denial into a report, but
    # not "إلا أن" ("however") nor an exception before damage
    found = claims("قصفت الطائرات بلدة الوادي، ولم تقتل الغارات إلا المدنيين.", "ar")
    assert [(c.kind, c.group) for c in found] == [("killed", "civilians")]
    found = claims("قصفت قوات النظام بلدة الوادي، ولم يسفر القصف إلا عن إصابات طفيفة.", "ar")
    assert [c.kind for c in found] == ["injured"]
    for text in ("قصفت الطائرات بلدة الوادي، ولم يقتل أحد، إلا أن الأضرار كبيرة.",
                 "قصفت الطائرات بلدة الوادي ولم تقع إصابات إلا أن الأضرار كانت كبيرة.",
                 "قصفت الطائرات بلدة الوادي ولم تقع إصابات سوى أضرار مادية.",
                 "قصفت الطائرات بلدة الوادي ولم يؤد القصف إلى إصابات."):
        assert [c.kind for c in claims(text, "ar", places=[place(text, "الوادي")])] == ["attack"], text
    # a count that "did not prevent" stands
    found = claims("لم تحل الهدنة دون سقوط 5 قتلى في بلدة الوادي.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 5)]
    # only the denied verb's first outcome is denied, and "did not prevent" holds only its own "دون"
    for text in ("لم يسفر القصف عن قتلى وأدى إلى إصابات في بلدة الوادي.",
                 "لم يؤد القصف إلى قتلى بل إلى إصابات في بلدة الوادي."):
        assert [c.kind for c in claims(text, "ar")] == ["injured"], text
    assert numbered(claims("لم تحل الهدنة دون تجدد القصف دون وقوع 3 إصابات في بلدة الوادي.", "ar")) == []
    assert numbered(claims("لم تحل الهدنة التي لا تزال سارية دون سقوط 3 قتلى في بلدة الوادي.", "ar")) == [
        ("killed", "unknown", 3)]
    # "not only damage but dead and wounded"
    found = claims("لم يخلف القصف أضرارا مادية فحسب بل قتلى وجرحى في بلدة الوادي.", "ar")
    assert [c.kind for c in found] == ["killed", "injured"]
    # a verb of outcome with its casualties as object: "لم يخلف القصف أي إصابات"
    text = "قصفت الطائرات بلدة الوادي ولم يخلف القصف أي إصابات."
    assert [c.kind for c in claims(text, "ar", places=[place(text, "الوادي")])] == ["attack"]


def test_a_number_after_a_victims_of_is_an_age():
    assert numbered(claims("A child of seven was killed when shells hit Oakdale.")) == [("killed", "children", 1)]
    assert numbered(claims("A boy of 12 was wounded in the shelling of Oakdale.")) == [("injured", "children", 1)]


def test_how_many_asks_and_counts_no_one():
    found = claims("The army gave no word on how many civilian deaths the Oakdale strike caused.")
    assert all(c.min is None for c in found)
    found = claims("Officials would not say how many people were killed in Oakdale.")
    assert all(c.min is None for c in found)
    assert numbered(claims("Many people died when jets struck Oakdale.")) == [("killed", "civilians", 2)]
    # other question words open clauses that count ("where dozens were killed")
    found = claims("Jets bombed the market in Oakdale, where dozens of civilians were killed.")
    assert numbered(found) == [("killed", "civilians", 12)]


def test_a_denial_leaves_other_reports_and_floors_alone():
    denied_then_told = claims("The army said its strike on Oakdale caused no civilian casualties. "
                              "Local activists said civilians were killed.")
    assert [(c.kind, c.group, c.min) for c in denied_then_told] == [("killed", "civilians", None)]
    assert [(c.kind, c.min) for c in claims("Shells fell on Oakdale, killing no fewer than 10 people.")] == [("killed", 10)]
    assert [c.kind for c in claims("There is no doubt casualties will rise in Oakdale after the strike.")] == ["killed", "injured"]
    assert claims("There were no victims in the strike on Oakdale, the ministry said.") == []
    assert claims("There were no reports of casualties in the strike on Oakdale.") == []
    # a bare "no" denies the nouns for harm, not the wounded it says could not be moved
    assert [c.kind for c in claims("No wounded could be evacuated from Oakdale as the shelling went on.")] == ["injured"]


def test_a_line_of_a_monthly_tally_is_no_event():
    assert claims("Drone strikes on the region this year, by month:\n• March: 7 drone strikes left four dead and 9 wounded.") == []
    assert claims("- شباط 2024: أسفرت 5 غارات عن مقتل 4 مدنيين.", "ar") == []
    assert claims("Strikes by month:\n• April: 11 Russian airstrikes killed 14 civilians.") == []
    assert claims("Strikes by month:\n• May: 4 drone strikes left 3 dead\n• June: A drone strike left a man injured.") == []
    # a timeline tells one strike a month
    found = claims("Timeline:\nMarch: Jets struck Oakdale market, killing 12 civilians.\nApril: Shelling hit Riverton, killing 3 children.")
    assert numbered(found) == [("killed", "civilians", 12), ("killed", "children", 3)]
    # a day's entry in a timeline, or one strike of the month, is an event
    assert [(c.kind, c.min) for c in claims("March 3: shelling on Oakdale killed two civilians.")] == [("killed", 2)]
    assert [(c.kind, c.min) for c in claims("March 2024: the strike on Oakdale market killed 5 civilians.")] == [("killed", 5)]


def test_lines_of_a_tally_by_place_or_period_are_no_event():
    assert claims("Attacks this year, by area:\n• Northwood: 9 attacks left five civilians dead.\n"
                  "• Eastfield: Two attacks.") == []
    found = claims("الهجمات حسب المنطقة:\n– 12 استهدافاً على بلدة الورد أسفرت عن مقتل 5 من المدنيين.\n"
                   "– 3 استهدافات على بلدة التل، لم تسفر عن قتلى.", "ar")
    assert found == []
    assert claims("الحصيلة حسب الأشهر:\n– الشهر الثالث، 6 هجمات، تسببت بمقتل 4 أشخاص بينهم امرأة.\n"
                  "– الشهر الرابع، 2 هجمات، تسببت بمقتل شخص.", "ar") == []
    # the line beside may count one attack
    assert claims("الهجمات:\n– 7 استهدافات على بلدة الورد أسفرت عن مقتل 3 مدنيين\n– 1 استهداف على بلدة التل", "ar") == []
    # a line that tells one strike beside a tally's line is an event
    found = claims("Attacks this year, by area:\n• Northwood: 9 attacks left five civilians dead.\n"
                   "• Eastfield: 4 attacks left two civilians dead.\n• Oakdale: a drone strike killed two farmers.")
    assert [(c.kind, c.min) for c in found] == [("killed", 2)]


def test_a_digest_of_strikes_is_no_tally():
    # bulleted lines of a week's strikes, with or without a phrase before the count
    found = claims("Timeline of the week:\n• On Friday, two attacks on Oakdale killed seven civilians.\n"
                   "• On Saturday, three attacks on Eastfield killed two children.")
    assert [(c.kind, c.min) for c in found] == [("killed", 7), ("killed", 2)]
    found = claims("Today's incidents:\n• Two strikes on Oakdale killed four civilians.\n"
                   "• Three strikes on Eastfield killed two children.")
    assert [(c.kind, c.min) for c in found] == [("killed", 4), ("killed", 2)]
    # a line beside without a bullet is no tally's line
    found = claims("• Three attacks on Oakdale killed four civilians.\n"
                   "In a separate incident, two attacks hit Eastfield, wounding a child.")
    assert [(c.kind, c.min) for c in found] == [("killed", 4), ("injured", 1)]


def test_a_count_of_attacks_outside_a_tally_is_a_report():
    # a lone bulleted line of a digest, a sentence an opening phrase leads, a headline's label
    assert [(c.kind, c.min) for c in claims("- 4 ضربات روسية على بلدة الورد تقتل 4 مدنيين", "ar")] == [("killed", 4)]
    assert [(c.kind, c.min) for c in claims("On Friday, two strikes on Oakdale killed 7 civilians.")] == [("killed", 7)]
    assert [(c.kind, c.min) for c in claims("Idlib: Two strikes kill five civilians in Oakdale")] == [("killed", 5)]
    found = claims("يوم الجمعة، 4 ضربات جوية على بلدة الورد أسفرت عن مقتل 4 مدنيين.", "ar")
    assert [(c.kind, c.min) for c in found] == [("killed", 4)]
    assert [(c.kind, c.min) for c in claims("At dawn, 3 shells hit Oakdale, killing two civilians.")] == [("killed", 2)]


def test_a_victim_that_no_or_not_opens_is_none():
    assert claims("No civilian was killed when the drone hit a car near Oakdale.") == []
    assert claims("Not a single child was hurt in the shelling of Oakdale, the school said.") == []
    assert [(c.kind, c.min) for c in claims("A girl was killed and no other civilian was hurt in Oakdale.")] == [("killed", 1)]
    # the count the text corrects to, and a later report, stand
    assert [c.min for c in claims("The strike killed not five but seven civilians in Oakdale.")] == [7]
    found = claims("No civilian was killed during the first strike. Later shelling killed civilians in Oakdale.")
    assert [(c.kind, c.min) for c in found] == [("killed", None)]
    # the denial holds its own clause, not the harm another clause reports
    found = claims("Civilians were wounded when shells hit Oakdale, but not a single child was killed.")
    assert [(c.kind, c.min) for c in found] == [("injured", None)]
    # a denied figure's clause ends at its commas: "if not 10" leaves the rest of the report
    assert [c.kind for c in claims("At least 8, if not 10, civilians were killed in the raid on Oakdale.")] == ["killed"]


def test_the_deadliest_attack_in_recent_years_keeps_its_toll():
    text = "An airstrike killed 12 civilians in Tall Kanat today, the deadliest attack on the town in recent years."
    assert numbered(claims(text)) == [("killed", "civilians", 12)]
    text = "قتل 12 مدنياً اليوم بغارة على تل الزيزفون، في أعنف هجوم تشهده البلدة في السنوات الماضية."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 12)]


def test_a_toll_of_attacks_on_several_areas_is_no_one_towns():
    text = ("قصفت المدفعية قرية تل الزيزفون صباحا.\n\n"
            "وقالت قوى الأمن في بيان إن 9 أشخاص قتلوا وجرح 6 في هجمات طالت عدة مناطق شمالي البلاد.")
    found = claims(text, "ar", places=[place(text, "تل الزيزفون")])
    assert [(c.kind, c.min, c.place) for c in found] == [("killed", 9, None), ("injured", 6, None)]
    # One victim of shelling on several areas is in one of them: the report's town stands.
    text = "قصفت المدفعية قرية تل الزيزفون صباحا.\n\nوقتلت امرأة بقصف طال مناطق متفرقة من الريف."
    (c,) = claims(text, "ar", places=[place(text, "تل الزيزفون")])
    assert c.place is not None and c.place.name == "تل الزيزفون"
    # Several areas of the town, or several areas told in another clause: the town's toll.
    for tail in ("وقتل 3 مدنيين بقصف طال مناطق متفرقة من البلدة.", "وقتل 3 مدنيين بالقصف، فيما طالت الغارات عدة مناطق أخرى."):
        text = "قصفت المدفعية قرية تل الزيزفون صباحا.\n\n" + tail
        found = claims(text, "ar", places=[place(text, "تل الزيزفون")])
        assert [(c.min, c.place and c.place.name) for c in found] == [(3, "تل الزيزفون")], tail


def test_a_count_of_another_outcome_after_the_harm_is_no_victims():
    text = "The shelling killed 4 civilians, wounded 12 others and displaced 3,000 people."
    assert numbered(claims(text)) == [("killed", "civilians", 4), ("injured", "civilians", 12)]
    text = "أسفر القصف عن مقتل 7 مدنيين وإصابة 20 آخرين، ونزوح 4 آلاف شخص من قرى ريف إدلب."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 7), ("injured", "civilians", 20)]
    text = "أدى القصف إلى إصابات بين العمال، وحرمان آلاف العائلات من مياه الشرب."
    assert [c.min for c in claims(text, "ar")] == [None]
    # those still searched for are not the dead found beside them
    text = "انتشلت الفرق جثمان رجل وتواصل البحث عن 3 آخرين تحت أنقاض منزل في تل الزيزفون."
    assert numbered(claims(text, "ar")) == [("killed", "men", 1)]
    text = "Rescuers recovered the body of a man and are searching for 3 others under a house in Tall Kanat."
    assert numbered(claims(text)) == [("killed", "men", 1)]
    # the displaced as victims are counted, and so are victims listed after them
    text = "قتل 3 مدنيين بقصف على مخيم للنازحين قرب تل الزيزفون."
    assert numbered(claims(text, "ar")) == [("killed", "civilians", 3)]
    text = "Airstrikes killed 4 displaced people and 2 children in the camp."
    assert ("killed", "children", 2) in numbered(claims(text))
    text = "قتل رجل نزح من ريف حماة و3 من أطفاله بقصف على القرية."
    assert ("killed", "children", 3) in numbered(claims(text, "ar"))


def test_a_run_of_text_with_no_sentence_end_is_read_in_bounded_pieces():
    text = " ".join(["shelling on Oakdale killed 3 civilians and"] * (MAX_SENTENCE_TOKENS // 3))
    tokens = tokenize(text, (load("en"),))
    pieces = sentences(tokens, text)
    assert len(pieces) > 1 and all(p.hi - p.lo <= MAX_SENTENCE_TOKENS for p in pieces)
    assert [(p.lo, p.hi) for p in pieces] == [(lo, min(lo + MAX_SENTENCE_TOKENS, len(tokens)))
                                             for lo in range(0, len(tokens), MAX_SENTENCE_TOKENS)]
    # a long sentence below the bound stays whole
    text = "Shelling killed " + ", ".join(["a man from Oakdale"] * 60) + "."
    assert len(sentences(tokenize(text, (load("en"),)), text)) == 1


def test_a_bounded_piece_ends_at_a_clause_break_so_a_clause_stays_whole():
    filler = "residents said the power was cut in the old quarter again"
    tail = "shelling then hit the crowded market of the town killing three civilians and wounding five children a doctor said"
    text = ", ".join([filler] * 49) + ", " + tail + "."
    pieces = sentences(tokenize(text, (load("en"),)), text)
    assert len(pieces) == 2 and all(p.hi - p.lo <= MAX_SENTENCE_TOKENS for p in pieces)
    got = [(c.kind, c.min, c.speaker) for c in claims(text)]
    assert got == [("killed", 3, "a doctor"), ("injured", 5, "a doctor")]
