"""Claims highlighted in a document's text, as plain segments the template escapes one by one.

The template never marks document text safe: it wraps each segment in a
<mark> by its flags, and Jinja escapes the segment's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from civcas.model import Claim


@dataclass
class Segment:
    text: str
    sentence: bool = False  # inside a claim's sentence
    figure: bool = False  # inside a claim's figure span
    claims: list[int] = field(default_factory=list)  # ids of the claims whose sentence covers it


def _spans(text: str, claims: list[Claim]) -> list[tuple[int, int, int | None, bool]]:
    """(start, end, claim id, is_figure) for every claim sentence and figure, clipped to the text."""
    n = len(text)
    out = []
    for c in claims:
        s_start = max(0, min(c.sentence_start, n))
        s_end = max(s_start, min(c.sentence_start + len(c.sentence), n))
        if s_end > s_start:
            out.append((s_start, s_end, c.id, False))
        f_start, f_end = max(0, min(c.start, n)), max(0, min(c.end, n))
        if f_end > f_start:
            out.append((f_start, f_end, c.id, True))
    return out


def segments(text: str, claims: list[Claim]) -> list[Segment]:
    """Split `text` at every span boundary; each piece knows which highlights cover it."""
    spans = _spans(text, claims)
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[Segment] = []
    for start, end in pairwise(cuts):
        covering = [(cid, fig) for s, e, cid, fig in spans if s <= start and end <= e]
        seg = Segment(
            text[start:end],
            sentence=any(not fig for _, fig in covering),
            figure=any(fig for _, fig in covering),
            claims=sorted({cid for cid, fig in covering if not fig and cid is not None}),
        )
        if out and (out[-1].sentence, out[-1].figure, out[-1].claims) == (seg.sentence, seg.figure, seg.claims):
            out[-1].text += seg.text
        else:
            out.append(seg)
    return out
