"""Words that name back places the text listed before: "قريتي X وY ... القريتين" is "the two
villages", not the town of al-Qaryatayn."""

from __future__ import annotations

from civcas.geo.cues import Cues, cue_ends_at, forms
from civcas.geo.scan import Mention
from civcas.geo.tokens import Token

NAMED_BACK_REACH = 80  # words back from "القريتين" to the pair it names back
AREA_REACH = 5  # words from it to an area named as its own ("القريتين بريف حمص")


def names_back(tokens: list[Token], m: Mention, by_start: dict[int, Mention], cues: Cues) -> bool:
    """Whether a one-word mention is a word for two settlements (cues' `named_back`) a few
    sentences after a cue naming a pair ("قريتي", "بلدتي"). A cue of its own ("مدينة
    القريتين", "قرب القريتين"), an area after it ("القريتين بريف حمص") or a hashtag makes it
    the town's name."""
    if (m.end - m.start != 1 or m.settlement or m.role is not None or tokens[m.start].hashtag
            or not any(form in cues.named_back for form in forms(tokens[m.start]))
            or _area_after(tokens, m, by_start)):
        return False
    return any(cue_ends_at(tokens, k, cues.ending["pair_before"]) for k in range(max(1, m.start - NAMED_BACK_REACH), m.start))


def _area_after(tokens: list[Token], m: Mention, by_start: dict[int, Mention]) -> bool:
    """Whether an area its cue names as one ("بريف حمص", "الواقعة في ريف حمص") follows within a
    few words of its clause."""
    for k in range(m.end, min(m.end + AREA_REACH, len(tokens))):
        if not tokens[k - 1].joined_next:
            return False  # a comma or a full stop: the next clause's area
        if (o := by_start.get(k)) is not None and o.role in ("region", "admin"):
            return True
    return False
