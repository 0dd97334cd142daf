"""Place names that stand for a government: a party, not a place ("فصائل موالية لأنقرة",
"Ankara-backed factions", "the Damascus government")."""

from __future__ import annotations

from civcas.geo.cues import Cues, cue_ends_at, cue_starts_at
from civcas.geo.scan import Mention
from civcas.geo.tokens import Token


def names_government(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether a name that may be a country's or a province's (a capital is one: Ankara,
    Damascus) is named as the government that backs or rules, by the words right before
    or after it. A name only a town or a village has is never so read, nor one named as
    where things happen ("In Daraa government forces shelled ...")."""
    if not any(c.kind in ("country", "admin1") for c in m.candidates):
        return False
    if cue_ends_at(tokens, m.start, cues.ending["locative_before"]):
        return False
    return (cue_ends_at(tokens, m.start, cues.ending["government_before"])
            or cue_starts_at(tokens, m.end, cues.starting["government_after"]))
