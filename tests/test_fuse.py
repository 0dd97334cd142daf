"""Fusion rules on claims written for the tests (invented events and places)."""

from __future__ import annotations

import random
from dataclasses import replace

from civcas.fuse import assign, compat, document_events, fuse, range_sources
from civcas.fuse.cluster import cluster_events
from civcas.fuse.facets import contains, same_place
from civcas.fuse.incident import build_incident
from civcas.fuse.numbering import out_of_step, serial
from civcas.model import Claim, Document, Place

# Invented gazetteer: two towns 4 km apart, one 40 km away, a region holding them.
RIVERTON = Place("Riverton", 0, 8, "SY", "Northvale", 35.90, 36.60, "town", 9001)
MILLBROOK = Place("Millbrook", 0, 9, "SY", "Northvale", 35.93, 36.62, "town", 9002)
FARHILL = Place("Farhill", 0, 7, "SY", "Northvale", 36.20, 36.80, "town", 9003)
NORTHVALE = Place("Northvale", 0, 9, "SY", "Northvale", 36.00, 36.70, "region", 9100)
SOUTHMERE = Place("Southmere", 0, 9, "SY", "Southmere", 33.50, 36.30, "town", 9200)
# Ashford lies 14 km from Riverton; "near Riverton" is the town's countryside, carrying its id.
ASHFORD = Place("Ashford", 0, 7, "SY", "Northvale", 36.03, 36.60, "town", 9004)
NEAR_RIVERTON = replace(RIVERTON, precision="district")


def doc(doc_id: str, text: str = "", published: str | None = None, publisher: str | None = None, status="ok") -> Document:
    return Document(id=doc_id, raw_hash=doc_id, text=text or f"report {doc_id}", published=published, publisher=publisher, status=status)


def claim(doc_id: str, start: int = 0, kind="killed", group="civilians", low=5, high=None, day="2024-03-08",
          precision="day", place=RIVERTON, actors=("Russian Military",), strikes=("airstrike",),
          sentence="Warplanes struck the market, killing civilians.", speaker_kind="local", stance="asserts",
          speaker=None) -> Claim:
    return Claim(document_id=doc_id, kind=kind, group=group, min=low, max=high, start=start, end=start + 5,
                 text=str(low), sentence=sentence, event_date=day, date_precision=precision if day else None,
                 place=place, belligerents=list(actors), strike_types=list(strikes), speaker=speaker,
                 speaker_kind=speaker_kind, stance=stance)


def docs_for(claims, **kwargs) -> dict[str, Document]:
    """Documents whose text is their claims' sentences, as extraction would have found them."""
    texts: dict[str, list[str]] = {}
    for c in claims:
        texts.setdefault(c.document_id, []).append(c.sentence)
    return {d: doc(d, " ".join(dict.fromkeys(t)), **kwargs) for d, t in texts.items()}


def groups(incidents) -> list[list[str]]:
    return sorted(i.document_ids for i in incidents)


# --- clustering -------------------------------------------------------------------------


def test_same_day_same_town_reports_merge():
    claims = [claim("a"), claim("b", low=7), claim("c", low=6, actors=("Syrian Regime",))]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b", "c"]]


def test_different_days_or_distant_towns_stay_apart():
    claims = [claim("a"), claim("b", day="2024-03-12"), claim("c", place=SOUTHMERE)]
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"], ["c"]]


def test_nearby_town_within_ten_km_joins_but_far_town_does_not():
    claims = [claim("a"), claim("b", place=MILLBROOK), claim("c", place=FARHILL)]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"], ["c"]]


def test_next_day_needs_corroboration():
    bare = [claim("a", actors=(), strikes=(), sentence="x"), claim("b", low=3, day="2024-03-09", actors=(), strikes=(), sentence="y")]
    assert groups(fuse(bare, docs_for(bare))) == [["a"], ["b"]]
    same_figure = [claim("a", low=9), claim("b", low=9, day="2024-03-09")]
    assert groups(fuse(same_figure, docs_for(same_figure))) == [["a", "b"]]


def test_month_date_and_region_place_are_compatible_with_a_day_in_a_town():
    claims = [claim("a"), claim("b", day="2024-03-01", precision="month"), claim("c", place=NORTHVALE)]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b", "c"]]


def test_vague_report_stays_apart_when_two_incidents_fit_equally():
    claims = [claim("a"), claim("b", place=FARHILL), claim("c", place=NORTHVALE)]
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"], ["c"]]


def test_a_days_regional_report_can_settle_with_an_incident_told_over_two_days():
    # Riverton's strike is reported for the 8th and the 9th; a strike in nearby Millbrook on
    # the 9th, blamed on another party, stays apart. A bare regional report of the 9th fits
    # both alike: the two towns are near, so it settles with the better-reported incident.
    claims = [claim("a", low=4, sentence="Jets hit the Riverton bakery."),
              claim("b", low=6, day="2024-03-09", sentence="Riverton bakery strike toll rises."),
              claim("c", low=2, day="2024-03-09", place=MILLBROOK, actors=("Turkish Military",), strikes=(),
                    sentence="Shelling of Millbrook farms reported by locals."),
              claim("d", low=1, day="2024-03-09", place=NORTHVALE, actors=(), strikes=(),
                    sentence="One person died in Northvale today.")]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b", "d"], ["c"]]


def test_one_document_about_two_places_gives_two_incidents():
    claims = [claim("a", 0), claim("a", 100, place=SOUTHMERE, low=3), claim("b", 0), claim("c", 0, place=SOUTHMERE, low=3)]
    incidents = fuse(claims, docs_for(claims))
    assert groups(incidents) == [["a", "b"], ["a", "c"]]


def test_two_villages_the_gazetteer_lacks_in_one_report_are_two_events():
    # Both placed near Riverton: one at the town's area (a district without an id), one
    # with no coordinates at all; neither holds the other, named apart in one report.
    oakhill = Place("Oakhill", 0, 7, "SY", "Northvale", 35.90, 36.60, "district", None)
    elmford = Place("Elmford", 0, 7, "SY", "Northvale", None, None, "town", None)
    claims = [claim("a", 0, place=oakhill, low=2), claim("a", 100, kind="injured", place=elmford, low=2)]
    assert len(document_events(claims, docs_for(claims))) == 2
    # A neighbourhood placed at its village's own spot is of that village.
    quarter = Place("Mill Quarter", 0, 12, "SY", "Northvale", 35.90, 36.60, "town", None)
    claims = [claim("a", 0, place=oakhill, low=2), claim("a", 100, kind="injured", place=quarter, low=3)]
    assert len(document_events(claims, docs_for(claims))) == 1
    # The same village named twice is one event.
    claims = [claim("a", 0, place=oakhill, low=2), claim("a", 100, kind="injured", place=replace(oakhill, start=90), low=3)]
    assert len(document_events(claims, docs_for(claims))) == 1


def test_one_document_about_two_days_gives_two_incidents_even_in_one_town():
    claims = [claim("a", 0), claim("a", 80, day="2024-03-09", low=2)]
    assert len(fuse(claims, docs_for(claims))) == 2


def test_claim_without_place_follows_the_event_it_is_told_with():
    claims = [claim("a", 0), claim("a", 40, kind="injured", low=12, place=None, day=None),
              claim("a", 100, place=SOUTHMERE, low=3), claim("a", 140, kind="injured", low=4, place=None, day=None)]
    incidents = fuse(claims, docs_for(claims))
    injured = sorted(i.ranges["civilians_injured"].min for i in incidents)
    assert injured == [4, 12]


def test_undated_report_joins_the_only_incident_in_its_town_when_corroborated():
    claims = [claim("a", low=8), claim("b", low=8, day=None)]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"]]


def test_undated_report_sharing_only_the_town_stays_apart():
    # A town has many strikes: an undated report that names it with another toll, and nothing
    # else the incident tells, is as likely of another day; the same report of an airstrike joins.
    dated = claim("a", low=5, sentence="Jets struck the Riverton market on Friday, killing five.")
    bare = claim("b", low=3, day=None, actors=(), strikes=(), sentence="Three dead in Riverton, locals say.")
    assert groups(fuse([dated, bare], docs_for([dated, bare]))) == [["a"], ["b"]]
    told = claim("b", low=3, day=None, actors=(), sentence="Three dead in Riverton after an air raid, locals say.")
    assert groups(fuse([dated, told], docs_for([dated, told]))) == [["a", "b"]]


def test_an_incident_fitting_an_undated_report_by_its_town_alone_is_still_a_rival():
    # Riverton was struck on the 8th (an airstrike) and on the 20th (a toll with no strike type
    # told): an undated airstrike report fits the first a little better, not clearly enough.
    claims = [claim("a", low=5, actors=(), sentence="An air raid on Riverton killed five."),
              claim("c", low=2, day="2024-03-20", actors=(), strikes=(), sentence="Two killed in Riverton on the 20th."),
              claim("b", low=3, day=None, actors=(), sentence="Three dead in a Riverton air raid.")]
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"], ["c"]]


def test_an_undated_report_naming_another_weekday_joins_no_incident_of_that_day():
    # 2024-03-08 was a Friday. The same toll in the same town "on Tuesday" is another strike;
    # "on Friday" is this one, and so may "on Saturday" be: reports a day apart can be one strike.
    for weekday, together in ((1, False), (4, True), (5, True)):
        claims = [claim("a", low=8), replace(claim("b", low=8, day=None), event_weekday=weekday)]
        assert (groups(fuse(claims, docs_for(claims))) == [["a", "b"]]) is together


def test_an_incident_of_another_weekday_is_no_rival_for_an_undated_report():
    # Riverton was struck on Friday the 8th (an airstrike) and on Wednesday the 20th: by its town
    # and strike type alone an undated airstrike report fits the first too little better to join
    # it, unless it says "on Friday"; "on Wednesday" it joins neither, the town alone being no proof.
    claims = [claim("a", low=5, actors=(), sentence="An air raid on Riverton killed five."),
              claim("c", low=2, day="2024-03-20", actors=(), strikes=(), sentence="Two killed in Riverton on the 20th.")]
    report = claim("b", low=3, day=None, actors=(), sentence="Three dead in a Riverton air raid.")
    for weekday, expected in ((None, [["a"], ["b"], ["c"]]), (4, [["a", "b"], ["c"]]), (2, [["a"], ["b"], ["c"]])):
        found = claims + [replace(report, event_weekday=weekday)]
        assert groups(fuse(found, docs_for(found))) == expected


def test_an_incident_told_over_two_days_takes_no_weekday_beyond_them():
    # Friday the 8th and Saturday the 9th, the same toll: one incident, which a report
    # "on Thursday" would stretch over three days.
    dated = [claim("a", low=8), claim("c", low=8, day="2024-03-09")]
    for weekday, expected in ((3, [["a", "c"], ["b"]]), (5, [["a", "b", "c"]])):
        found = dated + [replace(claim("b", low=8, day=None), event_weekday=weekday)]
        assert groups(fuse(found, docs_for(found))) == expected


def test_an_incident_told_over_several_days_takes_reports_of_each_of_them():
    # A ledger's incident built up over runs, or merged by a reviewer, from Friday the 8th
    # to Monday the 11th: an undated report of Friday or of Sunday is of one of its days.
    spread = [claim(d, low=8, day=f"2024-03-{day:02d}") for d, day in (("a", 8), ("c", 9), ("d", 10), ("e", 11))]
    documents = docs_for(spread + [claim("n", low=8, day=None)])
    existing = [build_incident(spread, documents)]
    for weekday, joins in ((4, True), (6, True), (2, False)):
        updated, created = assign([replace(claim("n", low=8, day=None), event_weekday=weekday)], existing, documents)
        assert (bool(updated) and not created) is joins


def test_undated_reports_of_weekdays_apart_stay_apart():
    monday, tuesday, wednesday, thursday = (replace(claim(d, low=8, day=None), event_weekday=w)
                                            for d, w in (("a", 0), ("b", 1), ("c", 2), ("d", 3)))
    assert groups(fuse([monday, thursday], docs_for([monday, thursday]))) == [["a"], ["d"]]
    assert groups(fuse([monday, tuesday], docs_for([monday, tuesday]))) == [["a", "b"]]
    # A day apart from each, as dated reports are: Monday's and Tuesday's report take no Wednesday's.
    week = [monday, tuesday, wednesday]
    assert groups(fuse(week, docs_for(week))) == [["a", "b"], ["c"]]


def test_one_undated_document_telling_two_weekdays_gives_two_events():
    # "أمس الخميس ... واليوم السبت ..." on a page with no date: two days, one town.
    thursday = replace(claim("d", start=0, low=2, day=None), event_weekday=3)
    saturday = replace(claim("d", start=80, low=4, day=None), event_weekday=5)
    unnamed = claim("d", start=160, low=1, day=None)
    events = document_events([thursday, saturday, unnamed], docs_for([thursday]))
    assert [[c.min for c in e.claims] for e in events] == [[2], [4, 1]]
    assert [e.weekday for e in events] == [3, 5]


def test_a_date_of_another_weekday_than_the_one_told_is_another_event():
    # "shelled on Monday ..., killing two ... On June 2 (a Sunday), a man was killed": two days.
    monday = replace(claim("d", start=0, low=2, day=None), event_weekday=0)
    sunday = claim("d", start=300, low=1, day="2024-06-02")
    assert [[c.min for c in e.claims] for e in document_events([monday, sunday], docs_for([monday]))] == [[2], [1]]
    # a date on the weekday told is that day
    assert len(document_events([monday, claim("d", start=300, low=1, day="2024-06-03")], docs_for([monday]))) == 1
    # and a weekday told after a date of another weekday is another day too
    dated = claim("e", start=0, low=3, day="2024-06-03")
    friday = replace(claim("e", start=90, low=1, day=None), event_weekday=4)
    assert len(document_events([dated, friday], docs_for([dated]))) == 2


def test_undated_regional_report_joins_through_a_shared_toll():
    claims = [claim("a", low=9), claim("b", low=9, day=None, place=NORTHVALE), claim("c", low=4, day=None, place=NORTHVALE)]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"], ["c"]]


def test_allies_named_by_two_sources_are_no_evidence_of_two_strikes():
    # "Russian jets" in one report, "regime warplanes" in another: on the ground, whose jet it was is often unknown.
    allies = [claim("a", actors=("Russian Military",), strikes=(), sentence="x"),
              claim("b", place=MILLBROOK, low=3, actors=("Syrian Regime",), strikes=(), sentence="y")]
    assert groups(fuse(allies, docs_for(allies))) == [["a", "b"]]
    rivals = [claim("a", actors=("Russian Military",), strikes=(), sentence="x"),
              claim("b", place=MILLBROOK, low=3, actors=("Turkish Military",), strikes=(), sentence="y")]
    assert groups(fuse(rivals, docs_for(rivals))) == [["a"], ["b"]]


def test_a_report_placed_only_in_the_attackers_country_can_join_the_strike():
    # "A Turkish drone killed 7 civilians": the geocoder's only place is Turkey.
    turkey = Place("Turkey", 0, 7, "TR", None, 39.0, 35.0, "country", 298795)
    claims = [claim("a", low=7, actors=("Turkish Military",)), claim("b", low=7, place=turkey, actors=("Turkish Military",))]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"]]


def test_shared_toll_of_one_is_weaker_evidence_than_a_shared_toll_of_nine():
    ones = [claim("a", low=1, actors=(), strikes=(), sentence="x"), claim("b", low=1, day="2024-03-09", actors=(), strikes=(), sentence="y")]
    nines = [claim("a", low=9, actors=(), strikes=(), sentence="x"), claim("b", low=9, day="2024-03-09", actors=(), strikes=(), sentence="y")]
    assert len(fuse(ones, docs_for(ones))) == 2
    assert len(fuse(nines, docs_for(nines))) == 1


def test_merge_never_chains_across_more_than_a_day():
    claims = [claim(f"d{n}", low=4, day=f"2024-03-{8 + n:02d}") for n in range(4)]
    for incident in fuse(claims, docs_for(claims)):
        days = {c.event_date for c in incident.claims}
        assert len(days) <= 2


def test_output_and_ids_do_not_depend_on_input_order():
    claims = [claim("a"), claim("b", low=7), claim("c", place=SOUTHMERE), claim("d", place=NORTHVALE, day=None),
              claim("a", 90, place=FARHILL, low=2)]
    documents = docs_for(claims)
    first = [(i.id, i.document_ids, i.ranges) for i in fuse(claims, documents)]
    shuffled = claims[:]
    random.Random(4).shuffle(shuffled)
    assert [(i.id, i.document_ids, i.ranges) for i in fuse(shuffled, documents)] == first
    assert all(i.id.startswith("inc-") for i in fuse(claims, documents))


def test_incident_id_survives_a_later_report_joining():
    first = [claim("m", low=5)]
    documents = {"m": doc("m", published="2024-03-08"), "a": doc("a", published="2024-03-09")}
    (before,) = fuse(first, documents)
    (after,) = fuse(first + [claim("a", low=6)], documents)
    assert after.document_ids == ["a", "m"] and after.id == before.id


def test_blocking_finds_the_same_clusters_as_comparing_all_pairs():
    rng = random.Random(7)
    # Millbrook is also told as a neighbourhood the geocoder could not place: same name, no coordinates.
    unplaced = Place("Millbrook", 0, 9, None, None, None, None, "town", None)
    towns = [RIVERTON, MILLBROOK, FARHILL, SOUTHMERE, unplaced]
    claims = [claim(f"d{n}", low=rng.randint(1, 9), place=rng.choice(towns), day=f"2024-03-{rng.randint(1, 6):02d}",
                    actors=(rng.choice(["Russian Military", "Syrian Regime"]),)) for n in range(150)]
    events = document_events(claims, docs_for(claims))

    def partition(clusters):
        return sorted(sorted(e.key for e in c.events) for c in clusters)

    assert partition(cluster_events(events)) == partition(cluster_events(events, blocked=False))


def test_blocking_takes_links_of_equal_score_in_the_same_order():
    # Small ledgers of next-day reports with equal tolls: links that tie are taken in one
    # order whether found by blocking or by comparing all pairs.
    unplaced = Place("Millbrook", 0, 9, None, None, None, None, "town", None)
    towns = [RIVERTON, MILLBROOK, FARHILL, SOUTHMERE, unplaced, NORTHVALE]
    for seed in range(40):
        rng = random.Random(seed)
        claims = [claim(f"d{n}", low=rng.randint(1, 4), place=rng.choice(towns),
                        day=rng.choice([None, "2024-03-08", "2024-03-09", "2024-03-10"]),
                        actors=(rng.choice(["Russian Military", "Syrian Regime"]),)) for n in range(6)]
        events = document_events(claims, docs_for(claims))

        def partition(clusters):
            return sorted(sorted(e.key for e in c.events) for c in clusters)

        assert partition(cluster_events(events)) == partition(cluster_events(events, blocked=False)), seed


def test_a_town_told_without_coordinates_joins_the_incident_that_places_it():
    # Riverton and Millbrook (4 km apart) are one strike; a third report names Millbrook, which
    # its geocoding left without coordinates: it stands where the incident's Millbrook is.
    unplaced = Place("Millbrook", 0, 9, None, None, None, None, "town", None)
    claims = [claim("a"), claim("a", 10, kind="injured", low=9),
              claim("b", place=MILLBROOK), claim("b", 10, kind="injured", low=9, place=MILLBROOK),
              claim("c", place=unplaced, low=3)]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b", "c"]]
    # A village the incident does not name, without coordinates, may be anywhere: it stays apart.
    oakdale = Place("Oakdale", 0, 7, None, None, None, None, "town", None)
    claims = [claim("a"), claim("b", place=MILLBROOK), claim("c", place=oakdale)]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"], ["c"]]


# A neighbourhood name two cities have: Eastgate of Riverton and Eastgate of Southmere, 270 km
# apart, placed at their cities; a third report names "the Eastgate quarter" with no city.
EASTGATE_NORTH = Place("Eastgate", 0, 8, "SY", "Northvale", 35.90, 36.60, "town", None)
EASTGATE_SOUTH = Place("Eastgate", 0, 8, "SY", "Southmere", 33.50, 36.30, "town", None)
EASTGATE_BARE = Place("Eastgate", 0, 8, None, None, None, None, "town", None)


def test_a_town_without_coordinates_never_stands_for_a_placed_one_in_a_cluster():
    from civcas.fuse.cluster import Cluster

    events = {e.doc_id: e for e in document_events(*(lambda c: (c, docs_for(c)))(
        [claim("x", place=EASTGATE_BARE), claim("n", place=EASTGATE_NORTH), claim("s", place=EASTGATE_SOUTH)]))}
    cluster = Cluster()
    cluster.add(events["x"])
    cluster.add(events["n"])
    assert cluster.points == [EASTGATE_NORTH]  # the bare name gave way to the placed one
    cluster.add(events["x"])
    assert cluster.points == [EASTGATE_NORTH]  # and does not come back beside it


def test_a_bare_neighbourhood_name_does_not_join_two_homonyms_far_apart():
    # Both quarters struck the same day: they are two incidents, and the bare report may be of
    # either, so it stays apart, whatever order the reports come in.
    for order in (("x", "n", "s"), ("s", "n", "x"), ("n", "x", "s")):
        places = {"x": EASTGATE_BARE, "n": EASTGATE_NORTH, "s": EASTGATE_SOUTH}
        claims = [claim(d, place=places[d], low=3 + k) for k, d in enumerate(order)]
        assert groups(fuse(claims, docs_for(claims))) == [["n"], ["s"], ["x"]]
    # With one quarter of that name struck, the bare report is of it.
    claims = [claim("n", place=EASTGATE_NORTH, low=3), claim("x", place=EASTGATE_BARE, low=4)]
    assert groups(fuse(claims, docs_for(claims))) == [["n", "x"]]


def test_a_bare_name_does_not_bridge_namesakes_of_two_governorates():
    # A Northvale airstrike and a Southmere village's shelling (told with its governorate, no
    # coordinates) on one day; a report naming only "Eastgate" may be of either.
    southern = Place("Eastgate", 0, 8, "SY", "Southmere", None, None, "town", None)
    claims = [claim("n", place=EASTGATE_NORTH, low=3),
              claim("y", place=southern, low=9, actors=("Syrian Regime",), strikes=("artillery/shelling",)),
              claim("x", place=EASTGATE_BARE, low=4, actors=("Syrian Regime",), strikes=("artillery/shelling",))]
    assert groups(fuse(claims, docs_for(claims))) == [["n"], ["x"], ["y"]]
    # Nor does a bare gazetteer name carry an unknown village of like consonants to the town.
    mellbrak = Place("Mellbrak", 0, 8, None, None, None, None, "town", None)
    bare = Place("Millbrook", 0, 9, None, None, None, None, "town", None)
    claims = [claim("a", place=MILLBROOK, low=3),
              claim("c", place=mellbrak, low=7, actors=("Syrian Regime",), strikes=("artillery/shelling",)),
              claim("b", place=bare, low=7, actors=("Syrian Regime",), strikes=("artillery/shelling",))]
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"], ["c"]]


def test_a_bare_name_stands_for_a_town_only_when_one_of_that_name_is_placed():
    from civcas.fuse.cluster import Cluster, _points_agree

    events = {e.doc_id: e for e in document_events(*(lambda c: (c, docs_for(c)))(
        [claim("x", place=EASTGATE_BARE), claim("r", place=RIVERTON), claim("n", place=EASTGATE_NORTH),
         claim("s", place=EASTGATE_SOUTH)]))}

    def cluster(*ids):
        made = Cluster()
        for i in ids:
            made.add(events[i])
        return made

    # Riverton's strike placed its Eastgate: the bare Eastgate stands there.
    assert _points_agree(cluster("x"), cluster("r", "n"))
    # An incident that names both Eastgates (kept whole from an earlier run, say): the bare one
    # could be either, so it stands for neither and Riverton is measured against nothing.
    both = cluster("r", "n")
    both.points.append(EASTGATE_SOUTH)
    assert not _points_agree(cluster("x"), both)


def test_a_gazetteer_town_meets_only_its_own_spelling_not_its_consonants():
    # Millbrook is in the gazetteer; "Mellbrak", a village it lacks, shares its consonant skeleton.
    mellbrak = Place("Mellbrak", 0, 8, None, None, None, None, "town", None)
    assert not same_place(MILLBROOK, mellbrak)
    assert same_place(MILLBROOK, replace(mellbrak, name="al-Millbrook"))  # the article and case fold away
    claims = [claim("a", place=MILLBROOK, low=6), claim("b", place=mellbrak, low=3, actors=("Syrian Regime",), strikes=("shelling",))]
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"]]
    # Two villages the gazetteer lacks still meet by their consonants, however the vowels were written.
    assert same_place(replace(mellbrak, name="Mallbrok"), mellbrak)


def test_a_village_resolved_with_and_without_its_governorate_is_one_place():
    placed = Place("تل الزيزفون", 0, 7, "SY", "Northvale", None, None, "town")
    bare = Place("تل الزيزفون", 0, 7, None, None, None, None, "town")
    claims = [claim("a", place=placed, actors=(), strikes=()), claim("b", low=3, place=bare, actors=(), strikes=())]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"]]


def test_a_village_spelled_in_two_scripts_or_as_a_hashtag_is_one_place():
    arabic = Place("كفر زيتون", 0, 9, "SY", "Northvale", None, None, "town")
    latin = Place("Kafr Zaytun", 0, 11, "SY", "Northvale", None, None, "town")
    hashtag = Place("كفر_زيتون", 0, 9, "SY", "Northvale", None, None, "town")
    claims = [claim("a", place=arabic, actors=(), strikes=()), claim("b", low=3, place=latin, actors=(), strikes=()),
              claim("c", low=4, place=hashtag, actors=(), strikes=())]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b", "c"]]
    assert not same_place(arabic, Place("كفر زيتا", 0, 8, "SY", "Northvale", None, None, "town"))


def test_a_short_village_name_whose_long_vowel_moves_is_one_place():
    # Arabic writes long vowels only, and reports place them differently ("زيفون" / "زفيون"):
    # a three-consonant skeleton already tells such a name apart, as incident places compare it.
    first = Place("زيفون", 0, 5, "SY", "Northvale", None, None, "town")
    second = Place("زفيون", 0, 5, "SY", "Northvale", None, None, "town")
    latin = Place("Zafyoun", 0, 7, "SY", "Northvale", None, None, "town")
    claims = [claim("a", place=first, actors=(), strikes=()), claim("b", low=3, place=second, actors=(), strikes=()),
              claim("c", low=4, place=latin, actors=(), strikes=())]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b", "c"]]
    assert not same_place(first, Place("زيبون", 0, 5, "SY", "Northvale", None, None, "town"))


def test_a_village_known_only_by_name_finds_the_next_days_report_of_it():
    # A village the gazetteer lacks, read without a governorate, is a vague place: it can
    # only find the incident that names it by that name.
    village = Place("عين الصفصاف", 0, 11, None, None, None, None, "district")
    town = Place("عين الصفصاف", 0, 11, None, None, None, None, "town")
    claims = [claim("a", low=None, kind="attack", place=village, actors=("SDF/YPG",), strikes=()),
              claim("b", low=1, day="2024-03-09", place=town, actors=("SDF/YPG",), strikes=())]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"]]


def test_villages_named_alike_in_different_governorates_stay_apart():
    claims = [claim("a", place=Place("تل الزيزفون", 0, 7, "SY", "Northvale", None, None, "town")),
              claim("b", low=3, place=Place("تل الزيزفون", 0, 7, "SY", "Southmere", None, None, "town"))]
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"]]


def test_towns_named_alike_far_apart_are_not_one_place():
    near = Place("Tell Ward", 0, 9, "SY", None, 35.90, 36.60, "town")
    far = Place("Tell Ward", 0, 9, "SY", None, 36.30, 36.60, "town")
    assert same_place(near, Place("Tell Ward", 0, 9, None, None, None, None, "town"))
    assert not same_place(near, far)


def test_claims_from_junk_documents_are_ignored():
    claims = [claim("a"), claim("b", low=300)]
    documents = {"a": doc("a"), "b": doc("b", status="junk")}
    incidents = fuse(claims, documents)
    assert groups(incidents) == [["a"]]


def test_sidebar_headline_repeated_across_unrelated_pages_is_dropped():
    headline = "Two killed in a car bomb in a distant city"
    stories = ["Farmers in Riverton brought the olive harvest in early this year after rain in spring.",
               "The council of Millbrook opened a new school for four hundred pupils on Monday morning.",
               "A football match in Farhill ended in a draw as fans celebrated the return of the league."]
    claims = [claim(f"p{n}", low=2, sentence=headline, place=SOUTHMERE) for n in range(3)]
    documents = {f"p{n}": doc(f"p{n}", f"{story} Related: {headline}") for n, story in enumerate(stories)}
    assert fuse(claims, documents) == []


def test_headline_carried_for_weeks_by_one_sites_pages_is_dropped():
    # A site's pages are mostly shared boilerplate, so their texts look alike; the
    # publication dates, weeks apart, show they are not reposts of one story.
    headline = "Bus overturns on a mountain road abroad, killing 20 passengers"
    boilerplate = " ".join(f"Menu item {n} of the Northvale Daily site navigation." for n in range(40))
    stories = ["Farmers in Riverton brought the olive harvest in early.", "Millbrook opened a new school.",
               "A football match in Farhill ended in a draw."]
    claims = [claim(f"s{n}", low=20, sentence=headline, place=SOUTHMERE) for n in range(3)]
    documents = {f"s{n}": doc(f"s{n}", f"{story} {boilerplate} Related: {headline}", published=f"2024-0{n + 1}-10")
                 for n, story in enumerate(stories)}
    assert fuse(claims, documents) == []
    same_week = {d: doc(d, documents[d].text, published="2024-01-10") for d in documents}
    assert len(fuse(claims, same_week)) == 1


def test_headline_repeated_by_reposts_is_kept():
    post = "Warplanes struck the market in Riverton at dawn, killing five civilians, the civil defence said."
    claims = [claim(f"r{n}", sentence=post) for n in range(3)]
    documents = {f"r{n}": doc(f"r{n}", post + (" #Riverton" * n)) for n in range(3)}
    assert groups(fuse(claims, documents)) == [["r0", "r1", "r2"]]


# --- ranges -----------------------------------------------------------------------------


def test_range_is_min_and_max_of_reported_figures_with_open_ended_lower_bounds():
    claims = [claim("a", low=5), claim("b", low=7, high=None), claim("c", low=6, high=9)]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 5, "max": 9}


def test_children_do_not_add_to_civilians_and_have_their_own_range():
    claims = [claim("a", 0, low=10), claim("a", 30, group="children", low=4)]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 10, "max": 10}
    assert incident.ranges["children_killed"].to_json() == {"min": 4, "max": 4}


def test_source_with_only_subgroup_figures_gives_a_civilian_figure():
    claims = [claim("a", 0, group="children", low=3), claim("a", 30, group="women", low=2), claim("b", low=6)]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 3, "max": 6}


def test_combatants_stay_separate_and_unknown_counts_as_civilians():
    claims = [claim("a", group="unknown", low=8), claim("b", low=6)]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 6, "max": 8}
    fighters = [claim("a", group="unknown", low=8), claim("b", group="combatants", low=8, speaker_kind="belligerent")]
    (incident,) = fuse(fighters, docs_for(fighters))
    assert "civilians_killed" not in incident.ranges
    assert incident.ranges["combatants_killed"].to_json() == {"min": 8, "max": 8}


def test_one_dead_called_only_a_person_may_be_no_civilian():
    person = [replace(claim("a", low=1, high=1, sentence="قتل شخص بقصف على البلدة."), text="شخص"),
              replace(claim("b", group="unknown", low=1, high=1), text="قتيل"),
              replace(claim("c", low=1, high=1, sentence="A person was killed."), text="a person")]
    (incident,) = fuse(person, docs_for(person))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 0, "max": 1}
    named = person + [replace(claim("d", low=1, high=1), text="مدني")]
    (incident,) = fuse(named, docs_for(named))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 1, "max": 1}
    wounded = [replace(c, kind="injured") for c in person]
    (incident,) = fuse(wounded, docs_for(wounded))
    assert incident.ranges["civilians_injured"].to_json() == {"min": 1, "max": 1}


def test_unknown_is_left_out_when_sources_split_civilians_and_fighters():
    claims = [claim("a", group="unknown", low=20), claim("b", low=6), claim("c", group="combatants", low=14)]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 6, "max": 6}
    assert incident.ranges["combatants_killed"].to_json() == {"min": 14, "max": 14}


def test_final_toll_supersedes_its_publishers_earlier_partial_counts():
    early = claim("a", low=3, sentence="Three civilians died in the airstrike.")
    final = claim("b", low=11, sentence="The death toll rose to eleven civilians on Sunday.")
    arabic = claim("c", low=12, sentence="ارتفعت حصيلة ضحايا القصف إلى 12 مدنيا")
    documents = {"a": doc("a", published="2024-03-08", publisher="Valley News"),
                 "b": doc("b", published="2024-03-10", publisher="Valley News"),
                 "c": doc("c", published="2024-03-10", publisher="Northvale Today")}
    (incident,) = fuse([early, final, arabic], documents)
    assert incident.ranges["civilians_killed"].to_json() == {"min": 11, "max": 12}
    assert [c.document_id for c in range_sources(incident, documents)["civilians_killed"]] == ["b", "c"]


def test_another_sources_first_report_stays_the_low_end_of_the_range():
    early = claim("a", low=3, sentence="Three civilians died in the airstrike.")
    final = claim("b", low=11, sentence="The death toll rose to eleven civilians on Sunday.")
    documents = {"a": doc("a", published="2024-03-08", publisher="Valley News"),
                 "b": doc("b", published="2024-03-10", publisher="Northvale Today")}
    (incident,) = fuse([early, final], documents)
    assert incident.ranges["civilians_killed"].to_json() == {"min": 3, "max": 11}


def test_vague_figure_adds_nothing_when_a_count_agrees_with_it():
    vague = replace(claim("a", low=2, sentence="Several civilians were wounded in the shelling."),
                    text="Several civilians")
    counted = claim("b", low=6, sentence="Six civilians were wounded in the shelling.")
    (incident,) = fuse([vague, counted], docs_for([vague, counted]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 6, "max": 6}
    arabic = replace(claim("c", low=2, sentence="أصيب عدد من المدنيين بقصف مدفعي"), text="عددٌ من المدنيين")
    own_count = claim("c", 40, low=4, sentence="أصيب 4 مدنيين بينهم طفل")
    (incident,) = fuse([arabic, own_count], docs_for([arabic, own_count]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 4, "max": 4}


def test_a_vague_figure_adds_nothing_beside_a_higher_vague_floor():
    # "the wounded are dozens", then "a number of the wounded are in serious condition"
    dozens = replace(claim("a", low=12), text="العشرات")
    some = replace(claim("a", 60, low=2), text="عدداً من الجرحى")
    (incident,) = fuse([dozens, some], docs_for([dozens, some]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 12, "max": 12}


def test_vague_figure_counts_when_alone_or_above_every_count():
    alone = replace(claim("a", low=2), text="several civilians")
    (incident,) = fuse([alone], docs_for([alone]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 2, "max": 2}
    dozens = replace(claim("a", low=12), text="dozens of civilians")
    counted = claim("b", low=5)
    (incident,) = fuse([dozens, counted], docs_for([dozens, counted]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 5, "max": 12}


def test_a_total_of_dead_and_wounded_bounds_the_range_only_where_no_source_counts():
    # "killed and wounded 15": 1 to 14 killed, from the one source that tells it
    total = replace(claim("a", low=1, high=14, sentence="Shelling killed and wounded 15 civilians."), joint=True)
    (incident,) = fuse([total], docs_for([total]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 1, "max": 14}
    # beside a count it adds nothing, and says nothing of whether the unknown dead were civilians
    counted = claim("b", low=3, group="unknown", sentence="Mortar rounds killed three people near the mill.")
    fighters = replace(claim("c", low=1, group="combatants", sentence="Shelling killed and wounded fighters."),
                       joint=True)
    (incident,) = fuse([total, counted, fighters], docs_for([total, counted, fighters]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 3, "max": 3}
    # an open total ("dozens killed and wounded") counts at its lower bound, as open figures do
    dozens = replace(claim("a", low=1, high=None, sentence="Shelling killed and wounded dozens of civilians."), joint=True)
    (incident,) = fuse([dozens], docs_for([dozens]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 1, "max": 1}


def test_a_bound_neither_disputes_civilians_nor_hides_a_subgroup_count():
    # a fighters' bound counts no fighters: it cannot be the civilian dead read as fighters
    civilian = claim("a", low=1, sentence="Mortar fire on Oakdale killed a civilian.")
    fighters = replace(claim("b", low=1, high=13, group="combatants",
                             sentence="Mortar fire on Oakdale killed and wounded 14 fighters."), joint=True)
    (incident,) = fuse([civilian, fighters], docs_for([civilian, fighters]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 1, "max": 1}
    assert not incident.contest_reasons
    # "killed and wounded 14 civilians, including 5 children killed": at least 5 civilians died
    total = replace(claim("c", low=1, high=13, sentence="Shelling killed and wounded 14 civilians."), joint=True)
    children = claim("c", 40, group="children", sentence="Shelling killed and wounded 14 civilians.")
    (incident,) = fuse([total, children], docs_for([total, children]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 5, "max": 5}
    # nor does a subgroup's bound stand in for a document's civilians
    women = replace(claim("d", 10, low=1, high=2, group="women", sentence="Shelling killed and wounded 3 women."),
                    joint=True)
    child = claim("d", 50, low=1, group="children", sentence="A child was among the dead.")
    (incident,) = fuse([women, child], docs_for([women, child]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 1, "max": 1}


def test_denials_state_no_figure():
    claims = [claim("a", low=5), claim("b", low=0, stance="denies", speaker_kind="belligerent", speaker="the ministry")]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 5, "max": 5}


def test_report_without_a_figure_joins_but_gives_no_range():
    claims = [claim("a", low=5), claim("b", low=None, group="unknown")]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.document_ids == ["a", "b"]
    assert incident.ranges["civilians_killed"].to_json() == {"min": 5, "max": 5}


def test_a_dispute_with_its_own_figure_counts_but_a_denial_does_not():
    claims = [claim("a", low=5), claim("b", low=12, stance="disputes"), claim("c", low=40, stance="denies")]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 5, "max": 12}
    assert incident.contested


def test_range_sources_name_the_claims_behind_each_range():
    claims = [claim("a", 0, low=5), claim("a", 30, kind="injured", low=12), claim("b", low=7)]
    (incident,) = fuse(claims, docs_for(claims))
    sources = range_sources(incident)
    assert sorted(c.min for c in sources["civilians_killed"]) == [5, 7]
    assert [c.min for c in sources["civilians_injured"]] == [12]


# --- contradictions and grades ----------------------------------------------------------


def test_single_source_is_weak_and_two_independent_sources_are_fair():
    one = [claim("a")]
    (incident,) = fuse(one, docs_for(one))
    assert incident.grade == "weak" and not incident.contested
    two = [claim("a"), claim("b")]
    documents = {"a": doc("a", "Warplanes struck the market in Riverton on Friday killing five civilians"),
                 "b": doc("b", "A medic said an air raid on a bakery left five dead and many wounded")}
    (incident,) = fuse(two, documents)
    assert incident.grade == "fair" and "2 independent" in incident.grade_reasons[0]


def test_syndicated_copies_count_as_one_source():
    text = "Warplanes struck the crowded market in Riverton on Friday morning, killing five civilians and wounding twelve, local activists said."
    claims = [claim("a"), claim("b")]
    documents = {"a": doc("a", text), "b": doc("b", text + " Read more on our website.")}
    (incident,) = fuse(claims, documents)
    assert incident.grade == "weak"


def test_competing_attribution_is_contested():
    claims = [claim("a"), claim("b", actors=("Syrian Regime",))]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.contested and incident.grade == "contested"
    assert "Russian Military" in incident.contest_reasons[0] and "Syrian Regime" in incident.contest_reasons[0]


def test_joint_or_narrower_attribution_is_not_a_contest():
    claims = [claim("a", actors=("Russian Military", "Syrian Regime")), claim("b"), claim("c", actors=("Unknown",))]
    (incident,) = fuse(claims, docs_for(claims))
    assert not incident.contested and incident.belligerents[0] == "Russian Military"


def test_belligerent_claim_of_militants_against_local_civilians_is_contested():
    claims = [claim("a", low=6, speaker_kind="local", speaker="a medic"),
              claim("b", group="combatants", low=30, speaker_kind="belligerent", speaker="the defence ministry"),
              claim("c", low=None, stance="disputes", speaker="local activists")]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.contested
    assert "competing victim accounts: the defence ministry reports 30 combatants killed; a medic reports 6 civilians killed" \
        in incident.contest_reasons
    assert any(r.startswith("local activists disputes") for r in incident.contest_reasons)


def test_contest_reason_names_one_victim_in_the_singular():
    claims = [claim("a", group="children", low=1, speaker="a medic"),
              claim("b", group="combatants", low=1, speaker="the defence ministry")]
    (incident,) = fuse(claims, docs_for(claims))
    assert "the defence ministry reports 1 combatant killed; a medic reports 1 child killed" in incident.contest_reasons[0]


def test_combatant_only_incident_is_discounted_and_acknowledged_harm_confirmed():
    fighters = [claim("a", group="combatants", low=12, speaker_kind="belligerent")]
    (incident,) = fuse(fighters, docs_for(fighters))
    assert incident.grade == "discounted"
    admitted = [claim("a", low=2, speaker_kind="belligerent", speaker="coalition spokesman", actors=("US-led Coalition",),
                      sentence="A coalition spokesman acknowledged that its strike killed two civilians."),
                claim("b", low=4, actors=("US-led Coalition",))]
    (incident,) = fuse(admitted, docs_for(admitted))
    assert incident.grade == "confirmed" and "coalition spokesman" in incident.grade_reasons[0]


def test_a_party_confirms_only_harm_it_accepts_as_its_own():
    from civcas.extract import extract_claims

    def grade_of(text: str, lang: str = "en") -> str:
        document = Document(id="d", raw_hash="d", text=text, lang=lang, published="2024-03-15")
        return build_incident(extract_claims(document, []), {"d": document}).grade

    assert grade_of("The coalition acknowledged that its strike near Oakdale killed two civilians.") == "confirmed"
    assert grade_of("The SDF said 3 civilians were killed in Turkish shelling on Oakdale.") != "confirmed"
    assert grade_of("وقالت قسد في بيان إن 3 مدنيين قتلوا بقصف تركي على القرية.", "ar") != "confirmed"
    assert grade_of("واعترف التحالف الدولي بمقتل مدنيين اثنين في غارة على تل السنابل.", "ar") == "confirmed"


def test_a_party_reporting_civilians_killed_by_another_does_not_confirm():
    accused = [claim("a", low=3, speaker_kind="belligerent", speaker="قسد", actors=("Turkish Military",)),
               claim("b", low=3, actors=("Turkish Military",))]
    (incident,) = fuse(accused, docs_for(accused))
    assert incident.grade != "confirmed"
    unnamed = [claim("a", low=3, speaker_kind="belligerent", speaker="the army"), claim("b", low=3)]
    (incident,) = fuse(unnamed, docs_for(unnamed))
    assert incident.grade != "confirmed"  # whose army can't be told: it accepts nothing


# --- incident fields --------------------------------------------------------------------


def test_incident_takes_the_most_specific_supported_date_and_place_and_orders_actors_by_support():
    claims = [claim("a", place=NORTHVALE, day="2024-03-01", precision="month"),
              claim("b", actors=("Syrian Regime", "Russian Military")), claim("c", strikes=("artillery/shelling",)),
              claim("d", day="2024-03-09", low=5)]
    (incident,) = fuse(claims, docs_for(claims))
    assert (incident.date, incident.date_precision) == ("2024-03-08", "day")
    assert incident.place.name == "Riverton"
    assert incident.belligerents == ["Russian Military", "Syrian Regime"]
    assert incident.strike_types[0] == "airstrike"


def test_equally_supported_days_give_the_later_one():
    # One post's date line says the day before, another report the day after midnight.
    claims = [claim("a", day="2024-03-08"), claim("b", day="2024-03-09")]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.date == "2024-03-09"


def test_an_undated_next_day_update_does_not_outvote_the_strikes_day():
    # The update names no day: its page's publication day stands in, and that is no slip to correct.
    claims = [claim("a", day="2024-03-08"), claim("b", day="2024-03-09", low=7)]
    docs = {"a": doc("a", published="2024-03-08T09:00:00"), "b": doc("b", published="2024-03-09T08:00:00")}
    assert build_incident(claims, docs).date == "2024-03-08"


def test_equally_supported_days_apart_give_the_first():
    claims = [claim("a", day="2024-03-08"), claim("b", day="2024-03-12")]
    assert build_incident(claims, docs_for(claims)).date == "2024-03-08"


def test_the_better_supported_day_wins_even_when_earlier():
    claims = [claim("a", day="2024-03-08"), claim("b", day="2024-03-08"), claim("c", day="2024-03-09")]
    (incident,) = fuse(claims, docs_for(claims))
    assert incident.date == "2024-03-08"


def test_undated_incident_falls_back_to_publication_day():
    claims = [claim("a", day=None)]
    (incident,) = fuse(claims, {"a": doc("a", published="2024-05-02T10:00:00")})
    assert incident.date == "2024-05-02" and incident.date_precision == "week"


# --- incremental ------------------------------------------------------------------------


def test_assign_adds_to_existing_incident_and_keeps_its_id_and_review_state():
    base = [claim("a"), claim("b", place=SOUTHMERE)]
    documents = docs_for(base + [claim("c"), claim("d", place=FARHILL)])
    existing = fuse(base, documents)
    existing[0].review_state = "confirmed"
    updated, created = assign([claim("c"), claim("d", place=FARHILL)], existing, documents)
    assert [u.id for u in updated] == [existing[0].id]
    assert updated[0].review_state == "confirmed" and updated[0].document_ids == ["a", "c"]
    assert groups(created) == [["d"]]


def test_assign_keeps_the_existing_incident_when_a_larger_new_group_joins_it():
    documents = docs_for([claim(d) for d in "abcde"])
    existing = fuse([claim("a")], documents)
    updated, created = assign([claim(d) for d in "bcde"], existing, documents)
    assert created == [] and [u.id for u in updated] == [existing[0].id]
    assert updated[0].document_ids == list("abcde")


def test_assign_never_merges_existing_incidents_and_ignores_known_claims():
    first, second = claim("a"), claim("b")
    documents = docs_for([first, second, claim("c")])
    existing = [fuse([first], documents)[0], fuse([second], documents)[0]]
    updated, created = assign([first, claim("c")], existing, documents)
    assert len(updated) == 1 and created == []
    assert sorted(len(i.claims) for i in updated) == [2]


# --- reports naming only a region, the same day, several tolls -------------------------


def test_regional_report_joins_the_one_town_incident_of_its_day():
    claims = [claim("a"), claim("b", low=7, place=NORTHVALE, actors=(), strikes=())]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"]]


def test_regional_reports_of_a_day_gather_when_no_town_competes():
    claims = [claim("a", low=7, place=NORTHVALE, actors=()), claim("b", low=3, place=NORTHVALE, strikes=()),
              claim("c", low=4, place=NORTHVALE, actors=(), strikes=(), day="2024-03-09")]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"], ["c"]]


def test_a_region_named_like_its_capital_is_near_it():
    capital = Place("Northvale", 0, 9, "SY", "Northvale", 36.00, 36.70, "town", 9101)
    claims = [claim("a", place=capital, actors=(), strikes=(), low=2), claim("b", place=NORTHVALE, actors=(), strikes=(), low=6),
              claim("c", place=FARHILL, low=9, day="2024-03-08")]
    # the region report fits the capital (0.7) better than Farhill (0.4): no tie, it joins the capital
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"], ["c"]]


def test_a_governorate_or_countryside_placed_at_the_city_only_holds_the_city():
    # "rural Northvale", "the southern Northvale countryside" resolve to the governorate at its
    # capital's coordinates with no id, and "the Riverton countryside" as a region to the town's
    # own id: both are areas around the city, as likely a village of them as the city itself.
    capital = Place("Northvale", 0, 9, "SY", "Northvale", 36.00, 36.70, "town", 9101)
    assert compat.place_score(replace(NORTHVALE, geonameid=None), capital) == compat.PLACE_CONTAINS
    assert compat.place_score(replace(RIVERTON, precision="region"), RIVERTON) == compat.PLACE_CONTAINS
    # So a countryside report on a day the city and a village of the governorate were struck
    # fits both alike and stays apart.
    claims = [claim("a", place=capital, low=4), claim("b", place=FARHILL, low=6),
              claim("c", place=replace(NORTHVALE, geonameid=None), low=3, sentence="Jets hit the Northvale countryside.")]
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"], ["c"]]


def test_a_village_placed_at_a_nearby_town_joins_the_village_told_bare():
    # Oakdale is not in the gazetteer: one report places it at a nearby town ("district"), another names it bare.
    bare = Place("Oakdale", 0, 7, "SY", "Northvale", None, None, "town", None)
    placed = Place("Oakdale", 0, 7, "SY", "Northvale", 35.91, 36.61, "district", None)
    claims = [claim("a", place=bare, actors=(), strikes=(), low=2), claim("b", place=placed, actors=(), strikes=(), low=6),
              claim("c", place=FARHILL, low=9)]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b"], ["c"]]


def test_undated_report_finds_the_incident_of_a_village_placed_at_a_nearby_town():
    # Dated reports place Oakdale at a nearby town ("district"); an undated post names it bare with a later toll.
    bare = Place("Oakdale", 0, 7, "SY", "Northvale", None, None, "town", None)
    placed = Place("Oakdale", 0, 7, "SY", "Northvale", 35.91, 36.61, "district", None)
    claims = [claim("a", place=placed, low=5), claim("b", place=placed, low=5), claim("c", place=bare, low=6, day=None)]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "b", "c"]]


def test_a_village_placed_at_a_town_is_the_village_and_near_a_town_is_near_it():
    bare = Place("Oakdale", 0, 7, "SY", "Northvale", None, None, "town", None)
    placed = Place("Oakdale", 0, 7, "SY", "Northvale", 35.90, 36.60, "district", None)
    near_riverton = replace(RIVERTON, precision="district")
    assert compat.place_score(placed, bare) == compat.PLACE_SAME
    assert compat.place_score(RIVERTON, near_riverton) == compat.PLACE_NEAR


def test_a_village_in_a_towns_countryside_is_one_event_with_that_countryside():
    # "Jets struck farms in Oakdale in the Riverton countryside ... the strike on the Riverton countryside
    # injured a farmer": the village is placed at Riverton; the countryside is Riverton's district.
    countryside = replace(RIVERTON, precision="district")
    village = Place("Oakdale", 0, 7, "SY", "Northvale", RIVERTON.lat, RIVERTON.lon, "district", None)
    claims = [claim("a", 0, place=countryside, kind="injured", low=1), claim("a", 90, place=village, kind="injured", low=1)]
    assert len(document_events(claims, docs_for(claims))) == 1
    elsewhere = Place("Oakdale", 0, 7, "SY", "Northvale", FARHILL.lat, FARHILL.lon, "district", None)
    claims = [claim("a", 0, place=countryside, kind="injured", low=1), claim("a", 90, place=elsewhere, kind="injured", low=1)]
    assert len(document_events(claims, docs_for(claims))) == 2


def two_strikes_and_a_near_report() -> list[Claim]:
    """Shelling of Riverton and an airstrike on Ashford the same day, and one dead near Riverton."""
    return [claim("a", low=4, actors=(), strikes=("shelling",), sentence="Shells fell on Riverton homes."),
            claim("b", low=2, place=ASHFORD, strikes=("airstrike",), sentence="A jet bombed an Ashford farm."),
            claim("c", low=1, place=NEAR_RIVERTON, strikes=(), sentence="One dead near Riverton, locals say.")]


def test_a_report_near_a_town_does_not_prefer_the_incident_in_that_town():
    # "Near Riverton" fits both strikes with scores close. Those words tell of somewhere around
    # Riverton, not in it: the Riverton incident is no better a home than Ashford's.
    claims = two_strikes_and_a_near_report()
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"], ["c"]]
    # Nor when the report names the jets that struck the neighbour: still not the town's incident.
    claims[2] = claim("c", low=1, place=NEAR_RIVERTON, strikes=(), sentence="Russian jets killed one near Riverton.")
    assert ["a", "c"] not in groups(fuse(claims, docs_for(claims)))


def test_reports_of_one_day_near_one_town_left_apart_are_one_incident_together():
    # Two "near Riverton" reports each fit the Riverton and Ashford incidents alike and stay out
    # of both; they are still one incident with each other, as two reports in Riverton would be.
    countryside, ashford = NEAR_RIVERTON, ASHFORD
    claims = two_strikes_and_a_near_report() + [
        claim("d", low=3, place=countryside, strikes=(), actors=(), sentence="Medics near Riverton count three.")]
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"], ["c", "d"]]
    # Not on another day, nor around another town.
    claims[3] = claim("d", low=3, place=countryside, strikes=(), actors=(), day="2024-03-10")
    assert ["c"] in groups(fuse(claims, docs_for(claims)))
    claims[3] = claim("d", low=3, place=replace(ashford, precision="district"), strikes=(), actors=())
    assert ["c"] in groups(fuse(claims, docs_for(claims)))
    # Nor when they do not fit each other: another party, another weapon, another toll.
    claims[3] = claim("d", low=12, place=countryside, strikes=("shelling",), actors=("Turkish Military",))
    assert ["c"] in groups(fuse(claims, docs_for(claims)))
    # Nor two villages of one name far apart, each placed at its own town.
    oakdale_a = Place("Oakdale", 0, 7, "SY", "Northvale", 35.90, 36.60, "district", None)
    oakdale_b = replace(oakdale_a, lat=36.20, lon=36.80)
    apart = [claim("c", low=1, place=oakdale_a, strikes=(), sentence="One dead in Oakdale, locals say."),
             claim("d", low=1, place=oakdale_b, strikes=(), sentence="One dead in Oakdale, medics say.")]
    assert groups(fuse(apart, docs_for(apart))) == [["c"], ["d"]]


def test_a_near_report_joins_an_existing_near_report_of_its_day_as_a_full_run_would():
    claims = two_strikes_and_a_near_report()
    ledger = fuse(claims, docs_for(claims))
    more = [claim("d", low=3, place=NEAR_RIVERTON, strikes=(), actors=(), sentence="Medics near Riverton count three.")]
    updated, created = assign(more, ledger, docs_for(claims + more))
    assert (groups(updated), created) == ([["c", "d"]], [])


def test_a_village_report_close_between_two_incidents_joins_the_one_naming_that_village():
    # Oakdale, a village the gazetteer lacks, placed at Riverton ("district", no id) by one report
    # and found near it by another: the report placed at Riverton fits the Riverton strike and the
    # Ashford one alike, but only the first names Oakdale.
    oakdale = Place("Oakdale", 0, 7, "SY", "Northvale", 35.90, 36.60, "district", None)
    ashford = ASHFORD
    claims = [claim("a", low=4, strikes=("shelling",), sentence="Shells fell on Riverton homes."),
              claim("d", low=2, strikes=("shelling",), place=replace(oakdale, precision="town", lat=35.91, lon=36.61)),
              claim("b", low=2, place=ashford, strikes=("airstrike",), sentence="A jet bombed an Ashford farm."),
              claim("c", low=1, place=oakdale, strikes=(), sentence="One dead in Oakdale, locals say.")]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "c", "d"], ["b"]]
    # A village report fitting two incidents that both name it stays apart: either may be its.
    claims = [claim("a", low=4, place=replace(oakdale, precision="town", lat=None, lon=None)),
              claim("b", low=2, place=replace(oakdale, precision="town", lat=None, lon=None), day="2024-03-20"),
              claim("c", low=1, place=oakdale, actors=(), strikes=(), sentence="One dead in Oakdale.", day=None)]
    assert ["c"] in groups(fuse(claims, docs_for(claims)))


def test_a_towns_countryside_holds_places_near_it_not_its_whole_governorate():
    countryside = replace(RIVERTON, precision="district")
    assert contains(countryside, MILLBROOK)
    assert not contains(countryside, FARHILL)  # same governorate, some 38 km off
    # A named area of the gazetteer (a plain, a mountain range) may be larger.
    plain = Place("Sahl al-Ghab", 0, 12, "SY", "Northvale", 35.90, 36.60, "district")
    assert contains(plain, FARHILL)
    claims = [claim("a", place=FARHILL), claim("b", place=countryside, low=3)]
    assert groups(fuse(claims, docs_for(claims))) == [["a"], ["b"]]


def test_several_agreeing_tolls_single_out_one_of_a_towns_incidents():
    claims = [claim("a", low=5), claim("a", 10, kind="injured", low=9),
              claim("b", low=5, day="2024-03-20"),
              claim("c", low=5, day=None), claim("c", 10, kind="injured", low=9, day=None)]
    assert groups(fuse(claims, docs_for(claims))) == [["a", "c"], ["b"]]


def test_incident_place_prefers_a_mappable_town_on_equal_support():
    from civcas.fuse.incident import _place

    unmapped = Place("Kafr Gamma", 0, 10, "SY", "Northvale", None, None, "town")
    chosen = _place([claim("a", place=unmapped), claim("b", place=MILLBROOK)])
    assert chosen == MILLBROOK


def test_incident_place_town_beats_its_governorate_even_when_less_supported():
    from civcas.fuse.incident import _place

    chosen = _place([claim("a", place=NORTHVALE), claim("b", place=NORTHVALE), claim("c", place=RIVERTON)])
    assert chosen == RIVERTON


def test_a_total_beside_its_own_civilian_count_is_not_a_civilian_figure():
    total = claim("a", 0, group="unknown", low=12, sentence="Twelve killed, among them 5 civilians.")
    civilians = claim("a", 30, low=5, sentence="Twelve killed, among them 5 civilians.")
    other = claim("b", low=6)
    (incident,) = fuse([total, civilians, other], docs_for([total, civilians, other]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 5, "max": 6}


def test_victims_another_source_counts_as_fighters_may_be_no_civilians():
    person = claim("a", low=1, sentence="A man was killed when a drone hit his car.")
    fighter = claim("b", low=1, group="combatants", sentence="A commander of the group was killed in the strike.")
    (incident,) = fuse([person, fighter], docs_for([person, fighter]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 0, "max": 1}
    fewer = claim("c", low=1, group="combatants", sentence="One fighter was killed.")
    many = claim("d", low=6, sentence="Six civilians were killed in the market.")
    (incident,) = fuse([many, fewer], docs_for([many, fewer]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 6, "max": 6}
    wounded = [replace(person, kind="injured"), replace(fighter, kind="injured")]
    (incident,) = fuse(wounded, docs_for(wounded))
    assert incident.ranges["civilians_injured"].to_json() == {"min": 1, "max": 1}


def test_a_fighter_of_the_attacking_side_is_not_the_civilian_its_fire_killed():
    # shelling by the regime killed a civilian; a regime soldier fell in the exchange
    person = claim("a", low=1, actors=("Syrian Regime",), sentence="Regime shelling killed a civilian in Riverton.")
    soldier = replace(claim("b", low=1, group="combatants", actors=(), sentence="A regime soldier was killed."),
                      actor="Syrian Regime")
    (incident,) = fuse([person, soldier], docs_for([person, soldier]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 1, "max": 1}


def test_a_death_toll_one_source_alone_gives_above_an_agreed_toll_does_not_stretch_the_range():
    agreed = [claim("a", low=2, sentence="Two civilians were killed when shells hit Riverton."),
              claim("b", low=2, sentence="Artillery fire on Riverton killed a man and his neighbour.")]
    lone = claim("c", low=9, sentence="Shelling on the province killed nine civilians.")
    (incident,) = fuse(agreed + [lone], docs_for(agreed + [lone]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 2, "max": 2}
    update = claim("c", low=9, sentence="The death toll rose to nine civilians.")
    (incident,) = fuse(agreed + [update], docs_for(agreed + [update]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 2, "max": 9}
    child = claim("d", low=1, group="children", sentence="A child was killed in the raid.")
    (incident,) = fuse(agreed + [child], docs_for(agreed + [child]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 2, "max": 2}
    wounded = [replace(c, kind="injured") for c in agreed + [lone]]
    (incident,) = fuse(wounded, docs_for(wounded))
    assert incident.ranges["civilians_injured"].to_json() == {"min": 2, "max": 9}


def test_a_higher_toll_stands_when_published_later_or_given_by_several_sources():
    agreed = [claim("a", low=2, sentence="Two civilians were killed when shells hit Riverton."),
              claim("b", low=2, sentence="Artillery fire on Riverton killed a man and his neighbour.")]
    documents = docs_for(agreed, published="2024-03-08")
    later = claim("c", low=6, sentence="Six civilians have now died after the shelling of Riverton.")
    documents["c"] = doc("c", later.sentence, published="2024-03-10")
    (incident,) = fuse(agreed + [later], documents)
    assert incident.ranges["civilians_killed"].to_json() == {"min": 2, "max": 6}
    # a week's round-up published days later is a wider tally, not a risen toll
    roundup = claim("c", low=40, sentence="Shelling across the province killed forty civilians over the week.")
    documents["c"] = doc("c", roundup.sentence, published="2024-03-15")
    (incident,) = fuse(agreed + [roundup], documents)
    assert incident.ranges["civilians_killed"].to_json() == {"min": 2, "max": 2}
    # two sources beyond the agreed toll dispute it as far as both reach
    rivals = [claim("c", low=7, sentence="Seven civilians died in the Riverton shelling."),
              claim("d", low=9, sentence="Nine people, all civilians, were killed in Riverton.")]
    (incident,) = fuse(agreed + rivals, docs_for(agreed + rivals))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 2, "max": 7}


def test_one_text_posted_twice_is_one_source_and_agrees_with_no_toll():
    copies = [claim("a", low=2), claim("b", low=2)]  # the same sentence in both: near-copies
    lone = claim("c", low=9, sentence="Shelling on the province killed nine civilians.")
    (incident,) = fuse(copies + [lone], docs_for(copies + [lone]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 2, "max": 9}


def test_a_fighter_of_either_side_of_a_clash_may_be_the_civilian_reported_killed():
    person = claim("a", low=1, actors=("Syrian Regime", "SDF/YPG"),
                   sentence="Clashes between the SDF and regime forces killed a man in Riverton.")
    fighter = replace(claim("b", low=1, group="combatants", actors=(), sentence="An SDF fighter was killed."),
                      actor="SDF/YPG")
    (incident,) = fuse([person, fighter], docs_for([person, fighter]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 0, "max": 1}


def test_the_source_that_disputes_the_victims_status_is_among_the_ranges_sources():
    person = claim("a", low=1, sentence="A man was killed when a drone hit his car.")
    fighter = claim("b", low=1, group="combatants", sentence="A commander of the group was killed in the strike.")
    documents = docs_for([person, fighter])
    (incident,) = fuse([person, fighter], documents)
    assert [c.document_id for c in range_sources(incident, documents)["civilians_killed"]] == ["a", "b"]


def test_an_update_in_a_page_without_a_publisher_supersedes_that_pages_earlier_count():
    early = claim("a", low=3, sentence="Three civilians died in the airstrike.")
    final = claim("a", start=40, low=11, sentence="The death toll rose to eleven civilians on Sunday.")
    (incident,) = fuse([early, final], {"a": doc("a", published="2024-03-10")})
    assert incident.ranges["civilians_killed"].to_json() == {"min": 11, "max": 11}


def test_undated_page_is_bounded_by_its_sites_numbering():
    # A site numbers its articles in order: an undated page numbered between pages telling
    # events of March 2022 was written then, so it is not the same town's 2024 strike.
    claims = [claim("old", low=3, day="2022-03-08", actors=()), claim("new", low=8, day="2024-03-08"),
              claim("before", place=SOUTHMERE, low=2, day="2022-03-06"),
              claim("after", place=SOUTHMERE, low=4, day="2022-03-11"),
              claim("undated", low=8, day=None)]
    urls = {"before": "https://news.example/ar/articles/5001/", "undated": "https://news.example/ar/articles/5003/x",
            "after": "https://news.example/ar/articles/5006/", "new": "https://news.example/ar/articles/9120/"}
    documents = {d: replace(v, url=urls.get(d)) for d, v in docs_for(claims).items()}
    assert ["new", "undated"] not in groups(fuse(claims, documents))
    assert ["old", "undated"] in groups(fuse(claims, documents))
    # A page out of step with the numbering beside it was dated wrong (a background year it
    # names, a page's last edit), and which of the two cannot be told: nothing bounds the
    # page, as when it has no numbered neighbours, and the shared toll decides.
    for day in ("2024-05-02", "2011-05-02", "2022-03-15"):
        stray = claim("stray", place=FARHILL, low=1, day=day)
        documents["stray"] = replace(doc("stray", stray.sentence), url="https://news.example/ar/articles/5002/")
        assert ["new", "undated"] in groups(fuse(claims + [stray], documents)), day
    del documents["stray"]
    # Without numbered neighbours on both sides nothing bounds it: the shared toll decides.
    documents["after"] = replace(documents["after"], url=None)
    assert ["new", "undated"] in groups(fuse(claims, documents))


def test_undated_page_is_dated_by_neighbours_its_incidents_dated():
    # None of the site's pages carries a date, but its pages numbered either side of one
    # joined incidents of early March 2022 (each by its toll): the page between them was
    # written then, so of its town's two strikes it tells the 2022 one.
    claims = [claim("old", low=3, day="2022-03-08", actors=()), claim("new", low=8, day="2024-03-08"),
              claim("s1", place=FARHILL, low=2, day="2022-03-06"), claim("p1", place=FARHILL, low=2, day=None),
              claim("s2", place=SOUTHMERE, low=4, day="2022-03-11"), claim("p2", place=SOUTHMERE, low=4, day=None),
              claim("undated", low=5, day=None)]
    urls = {"p1": "https://news.example/5001/", "undated": "https://news.example/5003/", "p2": "https://news.example/5006/"}
    documents = {d: replace(v, url=urls.get(d)) for d, v in docs_for(claims).items()}
    assert groups(fuse(claims, documents)) == [["new"], ["old", "undated"], ["p1", "s1"], ["p2", "s2"]]
    # Another site's undated report of the town may be of any of its strikes: no rival.
    rival = claim("rival", low=6, day=None, sentence="Shelling hit the town, killing civilians.")
    documents["rival"] = doc("rival", rival.sentence)
    assert ["old", "undated"] in groups(fuse(claims + [rival], documents))
    # The site's pages dated by their own publication come first: published in June 2023 on
    # either side of it, the page tells neither of the town's strikes.
    pages = claims + [claim("q1", place=SOUTHMERE, low=7, day=None), claim("q2", place=SOUTHMERE, low=9, day=None)]
    dated = dict(documents)
    dated["q1"] = replace(doc("q1"), url="https://news.example/5002/", published="2023-06-01")
    dated["q2"] = replace(doc("q2"), url="https://news.example/5004/", published="2023-06-03")
    assert ["undated"] in groups(fuse(pages, dated))
    # Neighbours months apart bound too little to choose between a town's strikes.
    far = [replace(c, event_date="2022-09-11") if c.document_id == "s2" else c for c in claims]
    assert ["undated"] in groups(fuse(far, documents))


def test_undated_page_leaves_an_incident_its_sites_numbering_puts_years_away():
    # None of the site's pages carries a date. Pass 2 put the page numbered 5003 in the town's
    # 2024 strike by its toll; its neighbours on both sides joined strikes of March 2022, so it
    # was written then. It leaves, and its second look finds the town's 2022 strike.
    claims = [claim("old", low=3, day="2022-03-08", actors=()), claim("new", low=8, day="2024-03-08"),
              claim("s1", place=FARHILL, low=9, day="2022-03-03"), claim("p1", place=FARHILL, low=9, day=None),
              claim("s2", place=FARHILL, low=6, day="2022-03-07"), claim("p2", place=FARHILL, low=6, day=None),
              claim("s3", place=SOUTHMERE, low=4, day="2022-03-11"), claim("p3", place=SOUTHMERE, low=4, day=None),
              claim("s4", place=SOUTHMERE, low=7, day="2022-03-14"), claim("p4", place=SOUTHMERE, low=7, day=None),
              claim("undated", low=8, day=None)]
    urls = {"p1": "https://news.example/5001/", "p2": "https://news.example/5002/", "undated": "https://news.example/5003/",
            "p3": "https://news.example/5004/", "p4": "https://news.example/5005/"}
    documents = {d: replace(v, url=urls.get(d)) for d, v in docs_for(claims).items()}
    assert ["old", "undated"] in groups(fuse(claims, documents))
    # One neighbour out of order is no verdict: it may be the one dated wrong.
    lone = {d: replace(v, url=None) if d == "p4" else v for d, v in documents.items()}
    assert ["new", "undated"] in groups(fuse(claims, lone))
    # Weeks apart, either way, is no verdict: a page written after others may report an
    # older day (a late report, a follow-up on the wounded).
    for day in ("2022-05-20", "2022-01-20"):
        near = [replace(c, event_date=day) if c.document_id == "new" else c for c in claims]
        assert ["new", "undated"] in groups(fuse(near, documents)), day
    # A page its own text dates, to a day or a month, stays where its date put it.
    dated = dict(documents, undated=replace(documents["undated"], published="2024-03-08"))
    assert ["new", "undated"] in groups(fuse(claims, dated))
    month = [replace(c, event_date="2024-03-01", date_precision="month") if c.document_id == "undated" else c
             for c in claims]
    assert ["new", "undated"] in groups(fuse(month, documents))
    # An existing incident keeps the pages it held: a later run never splits it ...
    ledger = [build_incident([c for c in claims if c.document_id in ("new", "undated")], documents)]
    updated, created = assign([c for c in claims if c.document_id not in ("new", "undated")], ledger, documents)
    assert updated == [] and "undated" not in {d for i in created for d in i.document_ids}
    # ... but a page this run put in it leaves as it would in a full run.
    ledger = fuse([c for c in claims if c.document_id == "new"], documents)
    updated, created = assign([c for c in claims if c.document_id != "new"], ledger, documents)
    assert updated == [] and ["old", "undated"] in groups(created)


def test_article_numbers_are_read_from_a_sites_addresses():
    assert serial("https://news.example/ar/articles/73120/slug") == (("news.example", "ar/articles"), 73120)
    assert serial("https://www.news.example/p402318/") == (("news.example", ""), 402318)
    assert serial("https://news.example/en/?p=187654") == (("news.example", "en"), 187654)
    # a year is no article number, nor a headline's toll, nor a page of search results
    assert serial("https://news.example/news/2023/10/shelling-on-a-village") is None
    assert serial("https://news.example/articles/2023.html") is None
    assert serial("https://news.example/news/death-toll-rises-to-35000") is None
    assert serial("https://news.example/search?q=shelling&p=12345") is None


def test_a_sections_pages_out_of_step_with_the_rest():
    march, june = 738_950, 739_100  # day numbers five months apart
    # One page dated wrong, or two entries of it, stands against the pages around it.
    assert out_of_step([(1, march), (2, march), (3, june), (4, march), (5, march)]) == [2]
    assert out_of_step([(1, march), (2, march), (3, june), (3, june + 1), (4, march), (5, march), (6, march)]) == [2, 3]
    # Three in a row dated wrong are still a few against the section: they leave, not the
    # page before them that they outnumber nearby.
    run = [(n, march + n) for n in range(1, 7)] + [(n, june) for n in (7, 8, 9)] + [(n, march + n) for n in range(10, 16)]
    assert out_of_step(run) == [6, 7, 8]
    # The same page on two days counts once against a neighbour.
    assert out_of_step([(1, march), (2, june), (2, june + 5), (3, march + 1)]) == []
    # Two pages each out of order with one other only: nothing tells which was dated wrong.
    assert out_of_step([(1, march), (2, june), (3, march + 2), (4, june + 1)]) == []
    # A page told on many days is one page of the run, at its latest day: it does not
    # outweigh the pages around it.
    assert out_of_step([(1, june), (2, june + 1), (3, march), (3, march + 1), (3, march + 2)]
                       + [(n, june + n) for n in range(4, 12)]) == [2, 3, 4]
    # A page told on many days is one neighbour: the pages beyond it still judge.
    pages = [(1, march), (2, march), (3, march), (4, june)] + [(5, march + d) for d in range(4)] + [(6, march + 4)]
    assert out_of_step(pages) == [3]


def test_a_roundups_wider_tally_does_not_stretch_the_incidents_range():
    own = claim("a", low=1, speaker="Ridge Post", sentence="A civilian was killed by shelling on Oakvale on Sunday.")
    tally = claim("a", 60, low=9, speaker="Ridge Post", sentence="The shelling killed nine civilians across the province.")
    other = claim("b", low=1, sentence="استشهد مدني بقصف مدفعي على قرية أوكفيل")
    (incident,) = fuse([own, tally, other], docs_for([own, tally, other]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 1, "max": 1}


def test_two_speakers_quoted_apart_or_an_update_keep_the_higher_figure():
    mayor = claim("a", low=3, speaker="the mayor", sentence="The mayor said three civilians were killed.")
    agency = claim("a", 50, low=4, speaker="Tass", sentence="Tass quoted a security source as saying four civilians died.")
    other = claim("b", low=3, sentence="Three civilians were killed in the raid on Millbrook.")
    (incident,) = fuse([mayor, agency, other], docs_for([mayor, agency, other]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 3, "max": 4}
    first = claim("c", low=3, sentence="Three civilians were killed in the raid on Millbrook.")
    update = claim("c", 50, low=5, sentence="The death toll rose to five civilians.")
    (incident,) = fuse([first, update, other], docs_for([first, update, other]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 3, "max": 5}


def test_a_victim_named_in_her_own_sentence_does_not_make_the_sources_toll_a_tally():
    # "Among the dead was a teacher." beside "shelling on Oakvale killed eight civilians": the
    # eight is this incident's fuller toll, and the range keeps the disagreement with "one".
    teacher = claim("a", low=1, group="women", speaker="Ridge Post", sentence="Among the dead was a teacher, a woman of forty.")
    toll = claim("a", 60, low=8, speaker="Ridge Post", sentence="Regime shelling on Oakvale killed eight civilians on Sunday.")
    other = claim("b", low=1, sentence="A civilian was killed by shelling on Oakvale.")
    (incident,) = fuse([teacher, toll, other], docs_for([teacher, toll, other]))
    assert incident.ranges["civilians_killed"].to_json() == {"min": 1, "max": 8}
