"""find_places' engine: scan the words, read the cues, resolve, add unknown settlements.

See scan.py (matching names), resolve.py (choosing among namesakes),
unknown.py (villages the gazetteer lacks).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from civcas.geo.anaphora import names_back
from civcas.geo.cues import cue_ends_at, load_cues
from civcas.geo.gazetteer import Gazetteer
from civcas.geo.parties import names_government
from civcas.geo.persons import in_person_name, named_person, spelled_after_name
from civcas.geo.resolve import resolve, support_given, to_place
from civcas.geo.scan import read_cues, scan
from civcas.geo.tokens import tokenize
from civcas.geo.unknown import (
    after_name_head,
    homonym_elsewhere,
    named_after_country,
    names_facility,
    named_as,
    told_apart,
    unknown_settlements,
    without_foreign_villages,
)
from civcas.model import Place


def places_in(text: str, gazetteer: Gazetteer) -> list[Place]:
    """Every resolved place mention in `text`, in text order."""
    tokens = tokenize(text)
    mentions = scan(tokens, gazetteer)
    cues = load_cues()
    for m in mentions:
        read_cues(tokens, m, cues)
    named = {i for m in mentions for i in range(m.start, m.end)}
    at = {m.start: m for m in mentions}
    mentions = [
        m for m in mentions
        if not in_person_name(tokens, m, cues) and not named_person(tokens, m, cues)
        and not spelled_after_name(text, tokens, m, cues, named)
        and not names_government(tokens, m, cues) and not names_back(tokens, m, at, cues)
    ]
    for m in mentions:
        if m.weak:  # only an everyday word's reading asks where it was told (resolve._supported)
            m.told_at = any(cue_ends_at(tokens, m.start, cues.ending[kind]) for kind in ("locative_before", "target_before"))
    kept, admins = resolve(mentions, gazetteer.priority)
    home = {country for country, rank in gazetteer.priority.items() if rank == 0}
    facilities = {id(m): m for m in kept if names_facility(tokens, m, cues, home)}
    # a school named for a foreign place lends that place's governorate no support
    admins = admins - sum((support_given(m, home) for m in facilities.values()), Counter())
    kept = [m for m in kept
            if not named_after_country(m) and not after_name_head(tokens, m, cues) and id(m) not in facilities]
    kept, admins, names = without_foreign_villages(text, tokens, kept, admins, home)
    by_start = {m.start: m for m in kept}
    namesakes = {m.start: homonym_elsewhere(text, tokens, m, by_start, cues, home) for m in kept}
    moved = told_apart(text, tokens, kept, namesakes, cues)
    # A homonym moved to the governorate the text names lends the other one no support it gave,
    # and no place to the villages named near it.
    admins = admins - sum((support_given(m, home) for m in kept if moved[m.start] is not None), Counter())
    places = [moved[m.start] or to_place(text, tokens, m) for m in kept]
    placing = [replace(m, chosen=None) if moved[m.start] is not None else m for m in kept]
    places += named_as(unknown_settlements(text, tokens, placing, cues, admins, gazetteer.common_words, gazetteer), names)
    return sorted(places, key=lambda p: p.start)
