"""Casualty ranges per victim group, after monitors' practice.

Decisions (documented here because exports depend on them):
- A range is [lowest, highest] of the figures credible sources asserted (Airwars'
  practice); an open-ended figure ("at least 7", "more than 15" -> 16) is a figure
  at its lower bound, and a stated upper bound ("7 to 10") is a figure too.
- Denials state no figure of harm. A dispute that gives its own figure ("12 civilians,
  not militants") asserts that figure, so it counts.
- A vague figure ("several", "عدد من", "dozens": a plural's floor, open-ended) only
  says how many at least; when another source counts a number it is consistent with
  (its floor no higher than that count), or gives a higher floor ("dozens" beside "عدد من"),
  it adds nothing to the range.
- A total of killed and injured together ("killed and injured 15", "20 قتيلا وجريحا")
  counts neither kind; it bounds each (1 to 14 killed, 1 to 14 injured; an open total,
  "dozens", gives 1, its lower bound, like any open-ended figure). Bounds make the range
  only where no source counts that kind; beside a count, or a document's subgroup
  count, they add nothing, and they are no fighters' count that disputes civilians.
- Subgroups never add to civilians ("including children" does not add). A document
  that gives only subgroup figures (children, women, men) contributes the largest
  of them as its civilian figure, the conservative reading.
- Group "unknown" ("5 people killed") counts as civilians, unless some source in the
  incident reports combatant deaths of that kind: then the unknown figure may mix
  both, so it counts as combatants when nobody reports civilians, else not at all.
  A document that counts civilians apart ("12 killed, among them 5 civilians") has
  told who its unknown total holds: that total does not count as civilians.
- One dead whom every source calls only "a person" ("مقتل شخص"), or names by no
  group at all, may be a civilian or a fighter: the civilians killed are 0 to 1.
- Combatant deaths stay in their own range. When another source counts as many
  fighters killed as the civilians reported killed, and no civilians ("the dead man
  was a commander"), the civilian range starts at 0: the same victims' status is
  disputed. The wounded are not disputed so: their ranges stand as reported. Nor are
  the attacker's own fighters: they fell on the other side of the fire (when the
  claims name one attacker, or allies; parties of opposing sides, in a clash or
  blamed by different sources, name no one attacker).
- A superseding figure (an updated or final toll, a list of names) drops the
  earlier, lower counts its own publisher gave for the group; figures published
  later still count. Other sources' earlier, lower figures stay: monitors keep the
  first reports as the low end of the range.
- A roundup (a daily or regional report) tells the incident's count beside its wider
  tally ("a woman was killed in X ... the shelling killed eight civilians today"). A
  victims' figure that one source alone gives, above every other source's count, from
  a source that in the same voice also gives a count within the others' range, is that
  wider tally: it does not stretch the range. Two speakers one article quotes apart
  disagree, and both figures count.
- A death toll that one source alone gives, above the highest toll two or more sources
  agree on, counts a wider tally or another strike: it does not stretch the range,
  unless it states an updated toll, was published within two days after the agreeing
  reports (tolls rise; a week's round-up is a wider tally), or another source also
  reaches it (a dispute). A source is a publisher, else a text and its near-copies. A subgroup's figure one source alone gives below the
  lowest agreed toll ("a child was killed") names some of the victims they count. The
  wounded are counted as each source reports them: their tolls rise as the injured
  reach hospitals.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from civcas.lang import LANGUAGES, load
from civcas.model import Claim, Document, Incident, Range

from .compat import blocs
from .sources import source_names

CIVILIAN_SIDE = ("civilians", "children", "women", "men")
SUBGROUPS = ("children", "women", "men")


@lru_cache(maxsize=1)
def _cues() -> re.Pattern:
    data = json.loads((Path(__file__).parent / "data" / "tolls.json").read_text(encoding="utf-8"))
    phrases = sorted({p.casefold() for kind in ("update", "names") for lang in data[kind].values() for p in lang})
    # One alternation of literal phrases: linear in the sentence, no backtracking.
    return re.compile("|".join(re.escape(p) for p in phrases))


@lru_cache(maxsize=1)
def _vague_quantities() -> re.Pattern:
    fold = load("en").normalizer.word  # one normaliser for every language
    phrases = {fold(p) for code in LANGUAGES
               for p, (_, high) in load(code).table("quantifiers").get("figures", {}).items() if high is None}
    # At the span's start, after an optional conjunction or article: "وعدة", "العشرات"
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:و|ف)?(?:ال)?(?:{alternation})(?!\w)")


def is_vague(claim: Claim) -> bool:
    """Whether the claim's figure is a vague quantity ("several", "عدد من", "dozens")."""
    text = load("en").normalizer.word(claim.text)
    return claim.max is None and _vague_quantities().match(text) is not None


def _drop_consistent_vague(claims: list[Claim]) -> list[Claim]:
    vague = [c for c in claims if is_vague(c)]
    if not vague:
        return claims
    counted = [_figure_high(c) for c in claims if not is_vague(c)]
    top = max(counted, default=0)
    floor = max(c.min for c in vague)
    # a count as high as the floor, or a higher floor ("dozens" beside "a number of"), says it too
    return [c for c in claims if not is_vague(c) or (c.min > top and c.min == floor)]


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    fold = load("en").normalizer.word
    return frozenset(fold(p) for code in LANGUAGES for p in load(code).table("groups").get("persons", []))


def _one_person(claim: Claim) -> bool:
    """"مقتل شخص", "a person was killed": one victim named by no side."""
    words = load("en").normalizer.word(claim.text).split()
    return claim.min == claim.max == 1 and bool(words) and words[-1] in _person_nouns()


def _status_unknown(key: str, kept: list[Claim]) -> bool:
    """Whether the civilian dead are one victim that no source calls a civilian (the
    wounded are counted as reported: whether they fought is not assessed)."""
    return key == range_key("civilians", "killed") and any(_one_person(c) for c in kept) and all(
        _one_person(c) or (c.group == "unknown" and c.min == c.max == 1) for c in kept)


def supersedes(claim: Claim) -> bool:
    """Whether the claim states an updated/final toll or names the victims."""
    return _cues().search(claim.sentence.casefold()) is not None


def _figure_high(claim: Claim) -> int:
    return claim.max if claim.max is not None and claim.max >= claim.min else claim.min


def range_key(group: str, kind: str) -> str:
    return f"{group}_{kind}"


def _assign_groups(claims: list[Claim]) -> dict[str, list[Claim]]:
    """Claims with figures by the range they feed, with "unknown" and subgroups resolved."""
    counted = [c for c in claims if c.stance != "denies" and c.min is not None and c.min > 0]
    by_key: dict[str, list[Claim]] = {}
    for kind in sorted({c.kind for c in counted}):
        of_kind = [c for c in counted if c.kind == kind]
        counting = [c for c in of_kind if not c.joint]  # a bound says nothing of who else fell
        has_combatants = any(c.group == "combatants" for c in counting)
        has_civilians = any(c.group in CIVILIAN_SIDE for c in counting)
        # A document that counts civilians apart says who its unqualified total holds.
        civilian_docs = {c.document_id for c in counting if c.group == "civilians"}
        for claim in of_kind:
            group = claim.group
            if group == "unknown":
                if claim.document_id in civilian_docs:
                    continue
                if not has_combatants:
                    group = "civilians"
                elif not has_civilians:
                    group = "combatants"
                else:
                    continue
            if group not in CIVILIAN_SIDE and group != "combatants":
                continue
            by_key.setdefault(range_key(group, kind), []).append(claim)
        _civilians_from_subgroups(of_kind, by_key, kind)
    return by_key


def _civilians_from_subgroups(of_kind: list[Claim], by_key: dict[str, list[Claim]], kind: str) -> None:
    key = range_key("civilians", kind)
    with_civilians = {c.document_id for c in by_key.get(key, []) if not c.joint}  # a bound counts no civilians
    best: dict[str, Claim] = {}
    for claim in of_kind:
        if claim.group in SUBGROUPS and claim.document_id not in with_civilians and not claim.joint:
            held = best.get(claim.document_id)
            if held is None or claim.min > held.min:
                best[claim.document_id] = claim
    for doc_id in sorted(best):
        by_key.setdefault(key, []).append(best[doc_id])


def _drop_superseded(claims: list[Claim], documents: dict[str, Document]) -> list[Claim]:
    """An updated toll replaces the lower counts its own publisher (else its own document)
    gave before it; other sources' earlier, lower figures stay, as the low end of the range."""
    read = []  # (claim, source, published, is an update), worked out once per claim
    for claim in claims:
        doc = documents.get(claim.document_id)
        name = (doc.publisher or claim.document_id) if doc is not None else None
        read.append((claim, name, doc.published or "" if doc is not None else "", supersedes(claim)))
    updates: dict[str, tuple[int, str]] = {}  # source -> (lowest update, latest update's date)
    for claim, name, published, update in read:
        if name is not None and update:
            floor, latest = updates.get(name, (claim.min, published))
            updates[name] = (min(floor, claim.min), max(latest, published))
    kept = []
    for claim, name, published, update in read:
        floor, latest = updates.get(name, (0, "")) if name is not None else (0, "")
        later = bool(published and latest and published > latest)
        if update or claim.min >= floor or later:
            kept.append(claim)
    return kept


def _voice(claim: Claim) -> tuple[str, str]:
    return claim.document_id, (claim.speaker or "").casefold()


def _drop_roundup_tallies(claims: list[Claim]) -> list[Claim]:
    """Drops a source's figures above every other source's count when that source, in
    the same voice, also gives a count no higher than theirs: its wider tally, not this
    incident's toll. Two speakers quoted apart disagree, and both figures stand."""
    highs: dict[str, int] = {}
    for claim in claims:
        highs[claim.document_id] = max(highs.get(claim.document_id, 0), _figure_high(claim))
    if len(highs) < 2:
        return claims  # nobody to corroborate or contradict the one source
    tops = sorted((high, doc_id) for doc_id, high in highs.items())
    lows: dict[tuple[str, str], int] = {}  # (source, speaker) -> its lowest count
    for claim in claims:
        lows[_voice(claim)] = min(lows.get(_voice(claim), _figure_high(claim)), _figure_high(claim))
    kept = []
    for claim in claims:
        # The highest count among the other sources: the runner-up when this source leads.
        others = tops[-2][0] if tops[-1][1] == claim.document_id else tops[-1][0]
        if _figure_high(claim) <= others or lows[_voice(claim)] > others:
            kept.append(claim)
    return kept


def _drop_uncorroborated(claims: list[Claim], documents: dict[str, Document]) -> list[Claim]:
    """Measured against the tolls two or more sources agree on, drops what one source alone
    gives: a toll above the highest (a wider tally or another strike), and a subgroup's
    figure below the lowest ("a child was killed" names one of the victims they count).
    A higher toll stands when it states an updated toll, is one of two speakers its article
    quotes apart, was published within two days after the agreeing reports (tolls rise), or
    another source also reaches it (a dispute, not a stray)."""
    names = source_names([c.document_id for c in claims], documents)
    sources: dict[int, set[str]] = {}
    # A subgroup's figure reaches here only from a document that gives no other (see
    # `_assign_groups`): it stands for that document's toll and may agree with others.
    for claim in claims:
        sources.setdefault(_figure_high(claim), set()).add(names[claim.document_id])
    agreed = [value for value, who in sources.items() if len(who) >= 2]
    if not agreed:
        return claims
    top, bottom = max(agreed), min(agreed)
    agreeing_days = [_published_day(c, documents) for c in claims if _figure_high(c) == top]
    last_agreeing = max(agreeing_days) if all(agreeing_days) else None

    def at_least(value: int) -> int:
        return len({names[c.document_id] for c in claims if _figure_high(c) >= value})

    def stands(c: Claim) -> bool:
        if len(sources.get(_figure_high(c), ())) >= 2:
            return True
        if _figure_high(c) > top:
            # a toll that rose in the days after (a week's round-up is a wider tally), or one
            # another source also reaches: a dispute, not a stray
            risen = last_agreeing is not None and 0 < _days_after(c, last_agreeing, documents) <= RISEN_WITHIN_DAYS
            return risen or at_least(_figure_high(c)) >= 2 or supersedes(c) or _quoted_apart(c, claims)
        return c.min >= bottom or c.group not in SUBGROUPS

    return [c for c in claims if stands(c)]


RISEN_WITHIN_DAYS = 2  # a toll published within two days of the agreed one may have risen since


def _published_day(claim: Claim, documents: dict[str, Document]) -> date | None:
    doc = documents.get(claim.document_id)
    try:
        return date.fromisoformat(doc.published[:10]) if doc is not None and doc.published else None
    except ValueError:
        return None


def _days_after(claim: Claim, day: date, documents: dict[str, Document]) -> int:
    published = _published_day(claim, documents)
    return (published - day).days if published else 0


def _quoted_apart(claim: Claim, claims: list[Claim]) -> bool:
    """Whether the claim's article quotes another speaker with a lower figure."""
    return any(c.document_id == claim.document_id and _voice(c) != _voice(claim)
               and _figure_high(c) < _figure_high(claim) for c in claims)


def ranges_with_sources(claims: list[Claim], documents: dict[str, Document]) -> dict[str, tuple[Range, list[Claim]]]:
    """Each range key -> (Range, the claims whose figures produced it)."""
    result = {}
    groups = _assign_groups(claims)
    for key, group_claims in sorted(groups.items()):
        counts = [c for c in group_claims if not c.joint]
        if not counts:
            bounds = sorted(group_claims, key=lambda c: (c.document_id, c.start))
            result[key] = (Range(min(c.min for c in bounds), max(_figure_high(c) for c in bounds)), bounds)
            continue
        kept = _drop_consistent_vague(_drop_superseded(counts, documents))
        if key.split("_")[0] in CIVILIAN_SIDE:
            kept = _drop_roundup_tallies(kept)
            if key == range_key("civilians", "killed"):
                kept = _drop_uncorroborated(kept, documents)
        low = min(c.min for c in kept)
        high = max(_figure_high(c) for c in kept)
        if _status_unknown(key, kept):
            low = 0
        disputing = _disputed_as_fighters(key, kept, low, high, groups)
        if disputing:
            low = 0  # the source that names them fighters is where the 0 comes from
            kept = kept + disputing
        result[key] = (Range(low, high), sorted(kept, key=lambda c: (c.document_id, c.start)))
    return result


def _disputed_as_fighters(key: str, kept: list[Claim], low: int, high: int,
                          groups: dict[str, list[Claim]]) -> list[Claim]:
    """Claims of other sources that, counting no civilians, count as many fighters as the
    civilians reported killed: the same dead, whose status is disputed. Wounded civilians
    and wounded fighters are not read as the same people."""
    if key != range_key("civilians", "killed"):
        return []
    counted = {c.document_id for c in kept}
    # The attacker's own fighters ("a regime soldier killed" beside a civilian the regime's
    # shelling killed) fell on the other side of the fire: they are not the same dead.
    # Parties of opposing sides ("clashes between the regime and the SDF", or sources blaming
    # different sides) name no one attacker: then any fighter may be the disputed dead.
    attackers = {b for c in kept for b in c.belligerents}
    if len(attackers) > 1 and not any(attackers <= bloc for bloc in blocs()):
        attackers = set()
    fighters = [f for f in groups.get(range_key("combatants", "killed"), []) if not f.joint]  # bounds count no one
    return [f for f in fighters if low <= f.min <= high and f.document_id not in counted
            and f.actor not in attackers]


def range_sources(incident: Incident, documents: dict[str, Document] | None = None) -> dict[str, list[Claim]]:
    """Which claims produced each of an incident's ranges."""
    return {key: sources for key, (_, sources) in ranges_with_sources(incident.claims, documents or {}).items()}
