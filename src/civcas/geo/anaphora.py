"""Words that name back places the text listed before: "قريتي X وY ... القريتين" is "the two
villages", not the town of al-Qaryatayn."""

from __future__ import annotations

from civcas.geo.cues import Cues, cue_ends_at, forms
from civcas.geo.scan import Mention
from civcas.geo.tokens import Token


def names_back(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether a one-word mention is a word for several settlements (cues' `named_back`) after
    a cue that listed several ("قريتي", "بلدتي"). Without such a list before it, the word is
    the town's name."""
    if m.end - m.start != 1 or not any(form in cues.named_back for form in forms(tokens[m.start])):
        return False
    return any(cue_ends_at(tokens, k, cues.ending["several_before"]) for k in range(1, m.start))
