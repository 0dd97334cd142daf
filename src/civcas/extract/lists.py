"""Victim lists: a header naming harm ("أسماء الشهداء:", "The dead are:")
followed by one name per line. The list counts its names; the claim's span is
the list and its sentence the header, which carries the list's context."""

from __future__ import annotations

from civcas.extract.claims import Count
from civcas.extract.mentions import Mentions, not_this_event
from civcas.extract.tokens import BULLETS, Sentence, Token

MAX_ITEM_TOKENS = 12  # a name with an age or a place: "1- Ahmad Khalil (35 years) from Kafr Alpha"
MIN_NAMES = 2


def _lines(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the document's lines."""
    out: list[tuple[int, int]] = []
    lo = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i].para != tokens[i - 1].para:
            out.append((lo, i))
            lo = i
    return out


MAX_NAME_WORDS = 6  # an unnumbered line longer than this is prose, not a name


def _enumerated(tokens: list[Token], lo: int) -> bool:
    return tokens[lo].norm.isdigit() or tokens[lo].norm in BULLETS


def _is_item(tokens: list[Token], lo: int, hi: int, m: Mentions, numbered: bool) -> bool:
    # a sentence, or a label ending with a colon ("شارك هذا الموضوع:"): no name
    if hi - lo > MAX_ITEM_TOKENS or tokens[hi - 1].norm in ".!?:":
        return False
    if any(m.within(cat, lo, hi) for cat in ("harm", "relative", "weekday", "month")):
        return False
    if numbered != _enumerated(tokens, lo):
        return False
    words = [t for t in tokens[lo:hi] if t.norm.isalpha()]
    return 2 <= len(words) <= (MAX_ITEM_TOKENS if numbered else MAX_NAME_WORDS)


def list_counts(tokens: list[Token], m: Mentions, sentences: list[Sentence],
                counted: set[int]) -> list[tuple[Sentence, Count]]:
    """Counts from victim lists; `counted` holds sentence starts that already
    gave a figure (a header that states the number needs no list count)."""
    out: list[tuple[Sentence, Count]] = []
    lines = _lines(tokens)
    by_start = {s.lo: s for s in sentences}
    k = 0
    while k < len(lines):
        lo, hi = lines[k]
        harm = m.within("harm", lo, hi)
        header = tokens[hi - 1].norm == ":" or m.within("list_cue", lo, hi)
        # "... منذ مطلع العام، والقتلى هم:" lists a period's dead, not one strike's
        if not (harm and header) or not_this_event(m, tokens, lo, hi):
            k += 1
            continue
        j = k + 1
        numbered = j < len(lines) and _enumerated(tokens, lines[j][0])
        while j < len(lines) and _is_item(tokens, *lines[j], m, numbered):
            j += 1
        names = j - k - 1
        last = [s for s in sentences if lo <= s.lo < hi]
        if names >= MIN_NAMES and last and not any(s.lo in counted for s in last):
            sent = last[-1]
            group = m.within("group", lo, hi)
            first, end = lines[k + 1][0], lines[j - 1][1]
            count = Count(harm[-1].value, group[-1].value if group else "unknown", names, names, first, end)
            out.append((by_start.get(sent.lo, sent), count))
        k = max(j, k + 1)
    return out
