"""Place names that stand for a government: a party, not a place ("فصائل موالية لأنقرة",
"Ankara-backed factions", "the Damascus government")."""

from __future__ import annotations

from civcas.geo.cues import Cues, cue_ends_at, cue_starts_at
from civcas.geo.scan import Mention
from civcas.geo.tokens import Token


def names_government(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether a country or a province (a capital is one: Ankara, Damascus) is named as the
    government that backs or rules, by the words right before or after it. A town or a
    village is never so named, whatever words stand around it."""
    if not any(c.kind in ("country", "admin1") for c in m.candidates):
        return False
    return (cue_ends_at(tokens, m.start, cues.ending["government_before"])
            or cue_starts_at(tokens, m.end, cues.starting["government_after"]))
