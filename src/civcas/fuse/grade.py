"""Contradictions and grades (DESIGN.md, after Airwars' public scheme).

Grades are tried in order; the first that holds wins:
- discounted: every reported victim is a combatant;
- confirmed: a belligerent accepted civilian harm from its own strike ("acknowledged", "its strike");
- contested: competing attributions, denials, or competing victim accounts;
- fair: two or more independent credible sources;
- weak: a single source.
"""

from __future__ import annotations

from collections import Counter

from civcas.extract import acknowledges, parties_named
from civcas.model import Claim, Document

from .ranges import CIVILIAN_SIDE
from .sources import source_names

UNKNOWN_ACTOR = "Unknown"
CREDIBLE_KINDS = ("local", "official", "media", "ngo", "medical", "unknown")


def _who(claim: Claim, documents: dict[str, Document]) -> str:
    if claim.speaker:
        return claim.speaker
    doc = documents.get(claim.document_id)
    return doc.publisher if doc is not None and doc.publisher else claim.document_id


def _owns(claim: Claim, blamed: set[str]) -> bool:
    """Whether a belligerent's acknowledgement is of its own strike: the party its name names
    is one the incident's claims blame. A speaker whose party can't be told ("the army")
    accepts nothing. The statement itself must accept the harm (`acknowledges`): a party
    that reports civilians killed ("قسد: a Turkish drone killed 3 civilians") accuses."""
    return bool(claim.speaker) and bool(parties_named(claim.speaker) & (blamed | set(claim.belligerents)))


# A group's noun for one victim, so that a reason reads "1 child killed", not "1 children".
_ONE = {"civilians": "civilian", "children": "child", "women": "woman", "men": "man",
        "combatants": "combatant", "unknown": "person"}
_MANY = {"unknown": "people"}


def _figure(claim: Claim) -> str:
    """A claim's victims as a reason names them: "an unstated number of civilians", "1 child", "12 women"."""
    if claim.min is None:
        return f"an unstated number of {_MANY.get(claim.group, claim.group)}"
    noun = _ONE.get(claim.group, claim.group) if claim.min == 1 else _MANY.get(claim.group, claim.group)
    return f"{claim.min} {noun}"


def _competing(blamed_sets) -> bool:
    """Two sources blame different parties, neither naming the other's: a joint attribution
    ("Russian and regime jets") or a vaguer source naming fewer parties is not a contest."""
    distinct = {frozenset(s) for s in blamed_sets if s}
    return any(not (a <= b or b <= a) for a in distinct for b in distinct)


def contradictions(claims: list[Claim], documents: dict[str, Document]) -> list[str]:
    """Human-readable reasons an incident is contested; empty when sources agree."""
    reasons = []
    per_doc: dict[str, set[str]] = {}
    for claim in claims:
        if claim.stance == "asserts":
            per_doc.setdefault(claim.document_id, set()).update(b for b in claim.belligerents if b != UNKNOWN_ACTOR)
    if _competing(per_doc.values()):
        blamed = Counter(b for actors in per_doc.values() for b in actors)
        order = sorted(blamed, key=lambda b: (-blamed[b], b))
        parts = ", ".join(f"{b} ({blamed[b]} source{'s' if blamed[b] > 1 else ''})" for b in order)
        reasons.append(f"competing attributions: {parts}")
    for claim in claims:
        if claim.stance in ("denies", "disputes"):
            verb = "denies" if claim.stance == "denies" else "disputes"
            reasons.append(f"{_who(claim, documents)} {verb}: \"{claim.sentence.strip()[:160]}\"")
    # a bound from a total of killed and injured is no account of how many died
    asserted = [c for c in claims if c.stance == "asserts" and c.kind == "killed" and not c.joint]
    fighters = [c for c in asserted if c.group == "combatants"]
    civilians = [c for c in asserted if c.group in CIVILIAN_SIDE]
    if fighters and civilians:
        f, c = fighters[0], civilians[0]
        reasons.append(
            f"competing victim accounts: {_who(f, documents)} reports {_figure(f)} killed; "
            f"{_who(c, documents)} reports {_figure(c)} killed"
        )
    return reasons


def independent_sources(claims: list[Claim], documents: dict[str, Document]) -> int:
    """Distinct credible sources: near-copies and one publisher's several items count once."""
    doc_ids = sorted({c.document_id for c in claims if c.stance == "asserts" and c.speaker_kind in CREDIBLE_KINDS})
    return len(set(source_names(doc_ids, documents).values()))


def grade(claims: list[Claim], documents: dict[str, Document], contest_reasons: list[str]) -> tuple[str, list[str]]:
    """The incident's grade and the reasons that produced it."""
    harm = [c for c in claims if c.stance == "asserts"]
    victims = [c for c in harm if c.min]
    if victims and all(c.group == "combatants" for c in victims):
        return "discounted", ["victims most likely combatants: only combatant casualties reported"]
    blamed = {b for c in claims for b in c.belligerents}
    acknowledged = sorted({_who(c, documents) for c in harm if c.speaker_kind == "belligerent"
                           and c.group in CIVILIAN_SIDE and acknowledges(c.sentence) and _owns(c, blamed)})
    if acknowledged:
        return "confirmed", [f"civilian harm acknowledged by a belligerent: {', '.join(acknowledged)}"]
    if contest_reasons:
        return "contested", list(contest_reasons)
    count = independent_sources(claims, documents)
    if count >= 2:
        return "fair", [f"{count} independent credible sources"]
    return "weak", [f"{count} independent credible source" if count else "no independent credible source"]
