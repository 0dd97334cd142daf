"""Blocked clustering of document events into incidents.

Pass 1 links events that have a day and a town-or-finer place. Candidate pairs come
only from the same or next day and the same or a neighbouring grid cell (>= 10 km), or
the same place name (one place told with and without coordinates), so the cost stays
near-linear in the number of events. Links are taken best-first and a
merge is refused when it would put two events of one document together, stretch the
incident over more than DAY_TOLERANCE days, or hold two towns more than NEARBY_KM apart.
A town told without coordinates stands for a placed one only when one of its name is
placed: a bare report linked to placed homonyms far apart joins neither.

Pass 2 attaches the vaguer events (a region, a month, no date) to the incident they
fit best, when the fit is clear (or, for a dated event, when it is the only incident
that fits at all, or when the best is the only one naming the event's own village,
one the gazetteer lacks); otherwise they stand alone, where later vague events about the same
thing can join them. An undated event needs more than its town to agree (a toll, the strike
type, a party, wording): the town alone does not single out one of its strikes. An undated
page whose site numbers its articles joins no incident outside the days its dated neighbours
in that numbering tell (`numbering.py`). Once every vague event has its place, the site's pages
are dated by their own text or now by their incidents: an undated page that joined an incident
its neighbours put months out of order leaves it, and an undated page left alone
whose neighbours bound it to a few months joins the one dated incident there that it fits (its
town's reports elsewhere in time are no rivals).

Then vague reports of one day about one place below a region that pass 2 left alone ("near
X", a village placed at a town) join each other where they fit as pass 2 would join them.

Pass 3 settles what arrival order left apart: a cluster naming no town joins the
incident of its day and area it fits best, unless the incidents it fits name towns
apart from each other (then it could be either strike, and stays alone).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from civcas.model import Place

from . import compat
from .events import DocEvent
from .facets import GEO_RANK, NEARBY_KM, Span, distance_km, is_point, name_key, same_place, span_gap
from .numbering import Serials, out_of_step, serial

CELL_DEG = 0.15  # >= 10 km across up to ~48 deg latitude, so a 3x3 block covers NEARBY_KM
MAX_POINTS = 8  # distinct towns kept per cluster for the distance check
MAX_TEXTS = 3
ATTACH = 1.5  # a vague event joins an incident at this score ...
MARGIN = 0.3  # ... when no other incident fits nearly as well
# A region-level report of a day joins the one incident that region had that day
# (same day + region holding the town = 1.4) when no other incident of those days fits.
SOLE_ATTACH = 1.4
# An undated event is found only through its town or a shared toll. The town alone (1.1)
# does not single out one of its strikes: it joins when something more agrees (a toll, the
# strike type, a party, wording) ...
UNDATED_ATTACH = 1.2
UNDATED_RIVAL = 1.1  # ... and any incident the town alone fits stays a rival for the margin
MAX_SPAN_DAYS = 45  # longer date spans ("in 2019") are too vague to block on
MAX_BUCKET = 64  # an index key shared by more incidents than this cannot single one out
# A window this few days wide (its neighbours' days and the slack either side) dates a page
# closely enough that a town's one dated incident in it is the one it reports; across a longer
# one a town is struck more than once.
SERIAL_CLOSE = 120


@dataclass
class Cluster:
    events: list[DocEvent] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    day_lo: int | None = None
    day_hi: int | None = None
    span: Span | None = None  # the finest date known when there is no day
    points: list[Place] = field(default_factory=list)
    place: Place | None = None
    admin1: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # spelling keys of the towns and villages it names
    actors: Counter = field(default_factory=Counter)
    strikes: set[str] = field(default_factory=set)
    figures: set[tuple[str, int]] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)
    weekdays: set[int] = field(default_factory=set)  # the weekdays its undated reports name
    seed: object = None  # the existing incident this cluster continues, if any
    held: frozenset = frozenset()  # the keys of the events that incident already holds

    def add(self, event: DocEvent) -> None:
        self.events.append(event)
        self.docs.add(event.doc_id)
        span = event.span
        if span is not None and span.is_day and event.dated:
            self.day_lo = span.lo if self.day_lo is None else min(self.day_lo, span.lo)
            self.day_hi = span.hi if self.day_hi is None else max(self.day_hi, span.hi)
        elif span is not None and (self.span is None or span.hi - span.lo < self.span.hi - self.span.lo):
            self.span = span
        place = event.place
        if place is not None:
            if is_point(place):
                self._add_point(place)
            if self.place is None or GEO_RANK.get(place.precision, 9) < GEO_RANK.get(self.place.precision, 9):
                self.place = place
            self.admin1.update(_admin_keys(place))
            if _local(place):
                self.names.add(name_key(place))
        self.actors.update(event.actors)
        self.strikes |= event.strikes
        self.figures |= event.figures
        if event.weekday is not None:
            self.weekdays.add(event.weekday)
        if event.text and len(self.texts) < MAX_TEXTS:
            self.texts.append(event.text)

    def _add_point(self, place: Place) -> None:
        """Keep the towns told with coordinates; a town told without them is kept only until
        one of its name arrives placed. A bare name is one with every place so spelled, so it
        must never stand for a placed one: homonyms far apart would pass the distance check."""
        if _placed(place):
            kept = [p for p in self.points if _placed(p) or not same_place(place, p)]
            if any(same_place(place, p) for p in kept):
                self.points = kept
                return
            if len(kept) >= MAX_POINTS:
                bare = [p for p in kept if not _placed(p)]
                if bare:
                    kept.remove(bare[-1])  # a placed town is worth more to the distance check
            if len(kept) < MAX_POINTS:
                kept.append(place)
            self.points = kept
        elif len(self.points) < MAX_POINTS and not any(same_place(place, p) for p in self.points):
            self.points.append(place)

    def drop(self, keys: set[tuple[str, int]]) -> None:
        """Leave out the events of these keys: the cluster is as if built from the others."""
        rest = Cluster(seed=self.seed, held=self.held)
        for event in self.events:
            if event.key not in keys:
                rest.add(event)
        vars(self).update(vars(rest))

    def absorb(self, other: Cluster) -> None:
        for event in other.events:
            self.add(event)

    def date_span(self) -> Span | None:
        if self.day_lo is not None:
            return Span(self.day_lo, self.day_hi, "day")
        return self.span


def _admin_keys(place: Place) -> set[str]:
    keys = set()
    if place.admin1:
        keys.add(place.admin1.casefold())
    if place.precision == "region" and place.name:
        keys.add(place.name.casefold())
    return keys


def _local(place: Place | None) -> bool:
    """A town, or a village the geocoder placed at a nearby town (a district with no
    gazetteer entry): a place an undated report can be looked up by, name for name."""
    return is_point(place) or (place is not None and place.precision == "district" and place.geonameid is None)


def _cell(place: Place) -> tuple:
    if place.lat is None or place.lon is None:
        # By name alone: one village resolved with and without its governorate meets itself here.
        return ("k", name_key(place))
    return (math.floor(place.lat / CELL_DEG), math.floor(place.lon / CELL_DEG))


def _neighbour_cells(place: Place) -> list[tuple]:
    cell = _cell(place)
    if cell[0] == "k":
        return [cell]
    return [(cell[0] + dx, cell[1] + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]


def pair_score(a: DocEvent, b: DocEvent) -> float | None:
    """Evidence that two document events are one incident; None when they cannot be."""
    if a.doc_id == b.doc_id:
        return None
    day = compat.date_score(a.span, b.span)
    if day is None:
        return None
    where = compat.place_score(a.place, b.place)
    if where is None:
        return None
    score = day + where
    score += compat.actor_score(a.actors, b.actors)
    score += compat.set_score(a.strikes, b.strikes, compat.STRIKE_SHARED, compat.STRIKE_DISJOINT)
    score += compat.figure_score(a.figures, b.figures)
    if compat.LINK - compat.TEXT_WEIGHT <= score < compat.LINK:
        # Wording only decides borderline pairs; skipping it elsewhere keeps the cost down.
        score += compat.text_score(a.text, b.text)
    return compat.settle(score)


def _can_merge(a: Cluster, b: Cluster) -> bool:
    if a.seed is not None and b.seed is not None:
        return False  # existing incidents are never merged by a run
    if len(a.docs) > len(b.docs):
        a, b = b, a
    if any(doc in b.docs for doc in a.docs):
        return False  # two events of one document are different events
    if a.day_lo is not None and b.day_lo is not None:
        if max(a.day_hi, b.day_hi) - min(a.day_lo, b.day_lo) > compat.DAY_TOLERANCE:
            return False
    return _points_agree(a, b)


def _points_agree(a: Cluster, b: Cluster) -> bool:
    """Whether every town of one is the same as, or near, every town of the other. A town
    told without coordinates that the other names with them stands where the other puts it
    (that place is measured against the rest), when the two name only one placed town of
    that name: with two, the bare name could be either."""
    for p in a.points:
        for q in b.points:
            if not same_place(p, q):
                km = distance_km(p, q)
                if km is None and (_named_in(p, a, b) or _named_in(q, a, b)):
                    continue
                if km is None or km > NEARBY_KM:
                    return False
    return True


def _placed(place: Place) -> bool:
    return place.lat is not None and place.lon is not None


def _named_in(place: Place, a: Cluster, b: Cluster) -> bool:
    """Whether a town told without coordinates is, of the towns the two clusters place,
    the same as exactly one."""
    if _placed(place):
        return False
    return sum(1 for p in a.points + b.points if _placed(p) and same_place(place, p)) == 1


def _precise(event: DocEvent) -> bool:
    return event.dated and event.span is not None and event.span.is_day and is_point(event.place)


def candidate_pairs(events: list[DocEvent], blocked: bool = True):
    """Index pairs (i, j) worth scoring; all pairs when not blocked (for comparison)."""
    if not blocked:
        yield from combinations(range(len(events)), 2)
        return
    buckets: dict[tuple, list[int]] = {}
    for index, event in enumerate(events):
        for key in _block_keys(event.place, own=True):
            buckets.setdefault((event.span.lo, key), []).append(index)
    for index, event in enumerate(events):
        found = set()
        for key in _block_keys(event.place, own=False):
            found.update(other for other in buckets.get((event.span.lo, key), ()) if other > index)
            # Next-day pairs are found once, from the earlier day.
            found.update(buckets.get((event.span.lo + 1, key), ()))
        # Each pair in index order, as when all pairs are compared: links of equal score
        # are taken in that order, so blocking must not change it.
        yield from ((min(index, other), max(index, other)) for other in sorted(found))


def _block_keys(place: Place, own: bool) -> list[tuple]:
    """The blocks an event is filed under (own) or looks in: its grid cell, or the cells
    around it, and its name, so that a place resolved with coordinates in one report
    and without them in another (a neighbourhood, a village) meets itself."""
    cells = [_cell(place)] if own else _neighbour_cells(place)
    named = ("k", name_key(place))
    return cells if named in cells else cells + [named]


class _Forest:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item


def cluster_events(
    events: list[DocEvent], seeds: list[tuple[object, list[DocEvent]]] = (), blocked: bool = True
) -> list[Cluster]:
    """Group events into clusters; seeds are existing incidents with their events, kept whole."""
    events = sorted(events, key=lambda e: e.key)
    seed_clusters = []
    for incident, seed_events in seeds:
        cluster = Cluster(seed=incident)
        for event in sorted(seed_events, key=lambda e: e.key):
            cluster.add(event)
        cluster.held = frozenset(e.key for e in cluster.events)
        seed_clusters.append(cluster)
    seed_precise = [(i, e) for i, c in enumerate(seed_clusters) for e in c.events if _precise(e)]
    precise = [e for e in events if _precise(e)] + [e for _, e in seed_precise]
    vague = [e for e in events if not _precise(e)]

    # Pass 1: nodes are precise events; seed events start out joined to their seed cluster.
    clusters: list[Cluster | None] = []
    for event in precise[: len(precise) - len(seed_precise)]:
        cluster = Cluster()
        cluster.add(event)
        clusters.append(cluster)
    offset = len(clusters)
    clusters.extend(seed_clusters)
    forest = _Forest(len(clusters))
    node_cluster = list(range(offset)) + [offset + i for i, _ in seed_precise]
    edges = []
    for i, j in candidate_pairs(precise, blocked):
        score = pair_score(precise[i], precise[j])
        if score is not None and score >= compat.LINK:
            edges.append((-score, precise[i].key, precise[j].key, i, j))
    edges = _unambiguous(precise, edges)
    edges.sort()
    for _, _, _, i, j in edges:
        ri, rj = forest.find(node_cluster[i]), forest.find(node_cluster[j])
        if ri == rj or not _can_merge(clusters[ri], clusters[rj]):
            continue
        # An existing incident absorbs (its id lives on); otherwise the larger cluster does.
        if clusters[rj].seed is not None or (clusters[ri].seed is None and len(clusters[ri].events) < len(clusters[rj].events)):
            ri, rj = rj, ri
        clusters[ri].absorb(clusters[rj])
        clusters[rj] = None
        forest.parent[rj] = ri
    alive = [c for c in clusters if c is not None]

    # Pass 2: vague events, the more specific first, attach or stand alone.
    index = _VagueIndex()
    for cluster in alive:
        index.add(cluster)
    vague.sort(key=_vagueness)
    # an existing incident's pages are dated neighbours too
    serials = Serials((e.url, day) for e in events + [e for c in seed_clusters for e in c.events]
                      if (day := _own_day(e)) is not None)
    for event in vague:
        best = _best_fit(event, index.candidates(event), _window(serials, event))
        if best is not None:
            best.add(event)
            index.add(best)
        else:
            cluster = Cluster()
            cluster.add(event)
            alive.append(cluster)
            index.add(cluster)
    alive = _date_by_neighbours(_detach_out_of_step(alive), index)
    return _settle_days(_join_alike(alive))


def _detach_out_of_step(alive: list[Cluster]) -> list[Cluster]:
    """An undated page that pass 2 put in an incident of a day leaves it when its site's
    numbering says it was written at another time (numbering.out_of_step): it joined a report
    of another strike of the same town. Standing alone, it takes the second look. A page its
    own text dates (to a day, a week or a month) stays, and so do the pages an existing
    incident already held."""
    sections: dict[tuple, dict[tuple[int, int], list[tuple[DocEvent, Cluster | None]]]] = {}
    for event, cluster, day in _dated_pages(alive):
        found = serial(event.url)
        if found is not None:
            # one entry per page and day, each event with the incident it may leave
            movable = not _usable_span(event) and event.key not in cluster.held and len(cluster.events) > 1
            sections.setdefault(found[0], {}).setdefault((found[1], day), []).append((event, cluster if movable else None))
    leaving: dict[int, tuple[Cluster, set[tuple[str, int]]]] = {}
    for by_entry in sections.values():
        entries = sorted(by_entry)
        for k in out_of_step(entries):
            events = by_entry[entries[k]]
            if all(cluster is not None for _, cluster in events):
                for event, cluster in events:
                    leaving.setdefault(id(cluster), (cluster, set()))[1].add(event.key)
    for cluster, keys in leaving.values():
        alone = [event for event in cluster.events if event.key in keys]
        cluster.drop(keys)
        for event in alone:
            single = Cluster()
            single.add(event)
            alive.append(single)
    return alive


def _date_by_neighbours(alive: list[Cluster], index: _VagueIndex) -> list[Cluster]:
    """An undated page that pass 2 left alone takes another look once the incidents stand:
    its site's pages tell when it was written by their own dates, and now also by the
    incident of a day each was placed in (a site whose pages carry no date of their own).
    Within a window of a few months, only the dated incidents there are rivals: an undated
    report of the same town elsewhere in time may be of any of its strikes, so it cannot
    stand for one."""
    serials = Serials((event.url, day) for event, _, day in _dated_pages(alive))
    gone: set[int] = set()
    for cluster in alive:
        event = cluster.events[0]
        if cluster.seed is not None or len(cluster.events) > 1 or _usable_span(event):
            continue
        window = _window(serials, event)
        if window is None or window.hi - window.lo > SERIAL_CLOSE:
            continue
        # the clusters that joined others before are undated, so never among these
        dated = [c for c in index.candidates(event) if c.day_lo is not None]
        best = _best_fit(event, dated, window)
        if best is not None:
            best.add(event)
            index.add(best)
            gone.add(id(cluster))
    return [c for c in alive if id(c) not in gone]


def _dated_pages(clusters: list[Cluster]) -> Iterator[tuple[DocEvent, Cluster, int]]:
    """Each page's event dated by its page's own text or metadata, and each other event of an
    incident of a day (or two), dated by its incident: the event, its incident and that day."""
    for cluster in clusters:
        day = _day_of(cluster)
        for event in cluster.events:
            own = _own_day(event)
            if own is not None or day is not None:
                yield event, cluster, own if own is not None else day


def _window(serials: Serials, event: DocEvent) -> Span | None:
    """The days an undated event's page was written in, by its site's numbering."""
    return None if _usable_span(event) else serials.window(event.url)


def _own_day(event: DocEvent) -> int | None:
    """The day a page's event tells by the page's own text or metadata, if any."""
    span = event.span
    return span.hi if span is not None and (span.is_day or span.precision == "published") else None


def _day_of(cluster: Cluster) -> int | None:
    """The day of an incident of a day (or two), else None."""
    if cluster.day_lo is not None and cluster.day_hi - cluster.day_lo <= compat.DAY_TOLERANCE:
        return cluster.day_hi
    return None


def _unambiguous(events: list[DocEvent], edges: list[tuple]) -> list[tuple]:
    """Links without those of a town told without coordinates to towns of its name that are
    not one place (a neighbourhood name that two cities have, both struck that day; a village
    of one governorate and its namesake in another): the bare report could be of either, so
    it joins neither by its name. `same_place` is no equivalence: a bare name matches every
    place so named, which need not match each other."""
    homonyms: dict[int, list[tuple[int, Place]]] = {}
    for *_, i, j in edges:
        for bare, other in ((i, j), (j, i)):
            p, q = events[bare].place, events[other].place
            if not _placed(p) and same_place(p, q):
                homonyms.setdefault(bare, []).append((other, q))
    ambiguous = set()
    for bare, found in homonyms.items():
        if any(not same_place(x, y) for (_, x), (_, y) in combinations(found, 2)):
            ambiguous.update(frozenset((bare, other)) for other, _ in found)
    if not ambiguous:
        return edges
    return [edge for edge in edges if frozenset(edge[3:]) not in ambiguous]


def _join_alike(clusters: list[Cluster]) -> list[Cluster]:
    """Reports of one day about one place below a region that pass 1 could not link ("near
    X", a village placed at a town) and that pass 2 left alone, each too close between the
    incidents near it to choose, are one incident with each other when they fit each other
    as pass 2 would join them: pass 1 takes one town's reports of a day as one strike too.
    In event order, existing incidents first, each joins the one it fits best of those kept
    before it (ties: the first), as it now stands; an existing incident can host them but
    never joins another, so a run over new documents mostly agrees with a full run."""
    kept: list[Cluster] = []
    hosts: dict[tuple, list[Cluster]] = {}
    for cluster in sorted(clusters, key=lambda c: (c.seed is None, c.events[0].key)):
        key = _alike_key(cluster)
        host = _alike_host(cluster, hosts.get(key, ())) if key is not None and cluster.seed is None else None
        if host is not None:
            host.absorb(cluster)
            continue
        kept.append(cluster)
        if key is not None:
            hosts.setdefault(key, []).append(cluster)
    return kept


def _alike_host(cluster: Cluster, candidates: list[Cluster]) -> Cluster | None:
    fits = [(fit, -i, host) for i, host in enumerate(candidates)
            if _can_merge(host, cluster) and (fit := _cluster_fit(cluster, host)) is not None and fit >= ATTACH]
    return max(fits, key=lambda item: item[:2])[2] if fits else None


def _alike_key(cluster: Cluster) -> tuple | None:
    """The day and place of a cluster of vague reports of one day about one place below a
    region ("near X", a village placed at a town; a town that only undated reports name),
    else None (a town's dated reports of a day met in pass 1)."""
    place = cluster.place
    if (cluster.day_lo is None or cluster.day_lo != cluster.day_hi or place is None
            or place.precision not in ("town", "district") or any(_precise(e) for e in cluster.events)):
        return None
    where = ("g", place.geonameid) if place.geonameid is not None else ("n", name_key(place), place.admin1)
    return (cluster.day_lo, place.precision, where)


def _cluster_fit(a: Cluster, b: Cluster) -> float | None:
    day = compat.date_score(a.date_span(), b.date_span())
    where = compat.place_score(a.place, b.place)
    if day is None or where is None:
        return None
    score = day + where
    score += compat.actor_score(set(a.actors), set(b.actors))
    score += compat.set_score(a.strikes, b.strikes, compat.STRIKE_SHARED, compat.STRIKE_DISJOINT)
    score += compat.figure_score(a.figures, b.figures)
    return compat.settle(score)


def _settle_days(clusters: list[Cluster]) -> list[Cluster]:
    """Pass 3: reports of a day in one area that name no town, and that pass 2
    left apart (each was ambiguous against the others when it came), join the
    incident of that day and area they fit best (one told over two days counts
    on each), unless the incidents they fit name towns apart from each other."""
    buckets: dict[tuple, list[int]] = {}
    for index, cluster in enumerate(clusters):
        if cluster.day_lo is not None:
            # An incident told over two days is a host on each: a day's report may be of either.
            for day in range(cluster.day_lo, cluster.day_hi + 1):
                for admin in sorted(cluster.admin1):
                    buckets.setdefault((day, admin), []).append(index)
    merged: dict[int, int] = {}

    def root(index: int) -> int:
        while index in merged:
            index = merged[index]
        return index

    for key in sorted(buckets):
        if len(buckets[key]) > MAX_BUCKET:
            continue  # a crowded day and area cannot single out one incident
        members = sorted({root(i) for i in buckets[key]}, key=lambda i: (-len(clusters[i].events), clusters[i].events[0].key))
        for index in members[::-1]:  # the smallest look for a host first
            if index in merged or clusters[index].seed is not None or clusters[index].points:
                continue  # only reports without a town join; an existing incident is never absorbed
            host = _sole_host(clusters, index, {root(m) for m in members} - {index})
            if host is not None:
                clusters[host].absorb(clusters[index])
                merged[index] = host
    return [c for i, c in enumerate(clusters) if i not in merged]


def _sole_host(clusters: list[Cluster], index: int, hosts: set[int]) -> int | None:
    """The incident a cluster belongs with, when the fitting ones do not name
    towns apart from each other (two strikes on distinct towns make it ambiguous)."""
    fitting = []
    for host in sorted(hosts):
        fit = _cluster_fit(clusters[index], clusters[host])
        if fit is not None and fit >= SOLE_ATTACH and _can_merge(clusters[host], clusters[index]):
            fitting.append((fit, len(clusters[host].events), host))
    if not fitting:
        return None
    pointed = [h for _, _, h in fitting if clusters[h].points]
    if any(not _points_agree(clusters[a], clusters[b]) for a, b in combinations(pointed, 2)):
        return None
    return max(fitting, key=lambda item: (item[0], item[1], -item[2]))[2]


def _vagueness(event: DocEvent) -> tuple:
    span = event.span
    width = 10**6 if span is None else span.hi - span.lo
    geo = GEO_RANK.get(event.place.precision, 9) if event.place is not None else 9
    return (not event.dated, width, geo, event.key)


def _event_fit(event: DocEvent, cluster: Cluster, threshold: float) -> float | None:
    if event.doc_id in cluster.docs:
        return None
    day = compat.date_score(event.span, cluster.date_span())
    if day is None:
        return None
    if event.place is not None and is_point(event.place) and cluster.points:
        wheres = [compat.place_score(event.place, p) for p in cluster.points]
        if any(w is None for w in wheres):
            return None
        where = max(wheres)
    else:
        where = compat.place_score(event.place, cluster.place)
        if where is None:
            return None
    score = day + where
    if event.weekday is not None and event.weekday not in _weekdays(cluster):
        return None  # "on Saturday" is no report of a Tuesday's strike
    score += compat.actor_score(event.actors, set(cluster.actors))
    score += compat.set_score(event.strikes, cluster.strikes, compat.STRIKE_SHARED, compat.STRIKE_DISJOINT)
    score += compat.figure_score(event.figures, cluster.figures)
    if score + compat.TEXT_WEIGHT < threshold:
        return compat.settle(score)  # wording cannot lift it over the threshold: spare the comparison
    return compat.settle(score + max((compat.text_score(event.text, t) for t in cluster.texts), default=0.0))


def _weekdays(cluster: Cluster) -> set[int]:
    """The weekdays (Monday = 0) a report may name and still be of the incident: its own
    days, and those within a day of every one of them (reports a day apart can be one
    strike, as with dates); by its dates, else by the weekdays its undated reports name;
    any when it has neither."""
    if cluster.day_lo is not None:
        own = range(cluster.day_lo, min(cluster.day_hi, cluster.day_lo + 6) + 1)
        around = range(cluster.day_hi - compat.DAY_TOLERANCE, cluster.day_lo + compat.DAY_TOLERANCE + 1)
        return {date.fromordinal(day).weekday() for day in (*own, *around)}
    near = set(range(7))
    for weekday in cluster.weekdays:
        near &= {(weekday + k) % 7 for k in range(-compat.DAY_TOLERANCE, compat.DAY_TOLERANCE + 1)}
    return near | cluster.weekdays


def _usable_span(event: DocEvent) -> bool:
    return event.span is not None and event.span.hi - event.span.lo <= MAX_SPAN_DAYS


def _outside(window: Span, cluster: Cluster) -> bool:
    span = cluster.date_span()
    return span is not None and span_gap(window, span) > 0


def _best_fit(event: DocEvent, candidates: list[Cluster], window: Span | None = None) -> Cluster | None:
    """The incident a vague event joins, if any; `window` bounds when an undated one can have happened."""
    dated = _usable_span(event)
    threshold = ATTACH if dated else UNDATED_ATTACH
    floor = min(threshold, SOLE_ATTACH) if dated else UNDATED_RIVAL
    scored = []
    for cluster in candidates:
        if window is not None and _outside(window, cluster):
            continue  # outside the days the page's neighbours in its site's numbering were written
        score = _event_fit(event, cluster, floor)
        if score is not None and score >= floor:
            scored.append((score, cluster))
    if len(scored) == 1 and dated:
        return scored[0][1]
    if dated:
        scored = [item for item in scored if item[0] >= threshold]  # an undated event's town-only fits stay rivals
    scored.sort(key=lambda item: (-item[0], item[1].events[0].key))
    if not scored or scored[0][0] < threshold:
        return None
    if len(scored) > 1 and compat.settle(scored[0][0] - scored[1][0]) < MARGIN:
        if not _names_own_place(event, scored[0][1]) or any(_names_own_place(event, c) for _, c in scored[1:]):
            return None  # ambiguous: better a separate incident than a wrong merge
    return scored[0][1]


def _names_own_place(event: DocEvent, cluster: Cluster) -> bool:
    """Whether the incident names the event's own village: one the gazetteer lacks, which the
    geocoder placed at a nearby town (a district without an id). Not a town's countryside
    ("near X", "ريف X" carry X's id): those words tell of somewhere around X, not in it, so
    the incident in X is no better a home for the report than a neighbour's."""
    place = event.place
    if place is None or place.precision != "district" or place.geonameid is not None:
        return False
    return name_key(place) in cluster.names or any(same_place(place, p) for p in cluster.points)


def _areas(place: Place | None) -> set[str]:
    if place is None:
        return set()
    return _admin_keys(place) or ({place.country.casefold()} if place.country else set())


class _VagueIndex:
    """Clusters by day+cell, day+admin1, day+town or village name and day; for undated events by cell, by town or village
    name (a village placed at a nearby town is in no cell of its own) and by area+toll."""

    def __init__(self) -> None:
        self.by_key: dict[tuple, dict[int, Cluster]] = {}

    def _put(self, key: tuple, cluster: Cluster) -> None:
        self.by_key.setdefault(key, {})[id(cluster)] = cluster

    def add(self, cluster: Cluster) -> None:
        span = cluster.date_span()
        days = range(span.lo, span.hi + 1) if span is not None and span.hi - span.lo <= MAX_SPAN_DAYS else ()
        cells = {_cell(p) for p in cluster.points}
        for day in days:
            self._put(("d", day), cluster)
            for admin in cluster.admin1:
                self._put(("a", day, admin), cluster)
            for cell in cells:
                self._put(("c", day, cell), cluster)
            for name in cluster.names:
                self._put(("m", day, name), cluster)
        for cell in cells:
            self._put(("u", cell), cluster)
        for name in cluster.names:
            self._put(("n", name), cluster)
        for area in cluster.admin1:
            for figure in cluster.figures:
                self._put(("f", area) + figure, cluster)

    def candidates(self, event: DocEvent) -> list[Cluster]:
        span, place = event.span, event.place
        if _usable_span(event):
            days = range(span.lo - compat.DAY_TOLERANCE, span.hi + compat.DAY_TOLERANCE + 1)
            if place is None or place.precision == "country":
                keys = [("d", day) for day in days]
            elif is_point(place):
                keys = [("c", day, cell) for day in days for cell in _neighbour_cells(place)]
            else:
                keys = [("a", day, admin) for day in days for admin in _admin_keys(place)]
                if _local(place):
                    # A village the gazetteer lacks may carry no governorate: its name finds the
                    # incidents of its days that name it.
                    keys += [("m", day, name_key(place)) for day in days]
        else:
            keys = [("f", area) + figure for area in _areas(place) for figure in event.figures]
            if place is not None and is_point(place):
                keys += [("u", cell) for cell in _neighbour_cells(place)]
            if _local(place):
                keys.append(("n", name_key(place)))
        found: dict[int, Cluster] = {}
        for key in keys:
            bucket = self.by_key.get(key, {})
            if len(bucket) <= MAX_BUCKET:  # skipping crowded keys keeps lookups bounded
                found.update(bucket)
        return list(found.values())
