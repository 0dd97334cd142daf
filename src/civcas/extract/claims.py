"""Pair figures with harm words and victim groups, then attach context."""

from __future__ import annotations

from dataclasses import dataclass

from civcas.extract.lexicon import Mention
from civcas.extract.mentions import Mentions
from civcas.extract.numbers import Figure, find_figures, is_count
from civcas.extract.tokens import Sentence, Token

HARM_BEFORE = 7  # tokens between a harm word and the figure after it ("killed at least 5")
HARM_AFTER = 5  # tokens between a figure and the harm word after it ("5 people were killed")
MIXED = "mixed"  # harm words naming killed and injured together ("قتلى وجرحى")
GROUP_GAP = 2  # words allowed between a figure and its noun ("5 innocent civilians")
ACTOR_GAP = 2  # words between a fighters' noun and the actor naming them


@dataclass(slots=True)
class Count:
    """A casualty count found in one sentence, before context is attached."""

    kind: str
    group: str
    min: int | None
    max: int | None
    lo: int  # token span of the figure (and its noun)
    hi: int
    actor: Mention | None = None


def _group_after(fig: Figure, tokens: list[Token], sent: Sentence, m: Mentions) -> Mention | None:
    j = fig.hi
    for _ in range(GROUP_GAP + 1):
        if j >= sent.hi:
            return None
        for cat in ("group", "singular", "others"):
            found = m.at(cat, j)
            if found:
                return found
        if m.at("harm", j) or not tokens[j].norm.isalpha() or tokens[j].norm[0].isdigit():
            return None
        j += 1
    return None


def _group_before(fig: Figure, sent: Sentence, m: Mentions) -> Mention | None:
    # "عدد القتلى المدنيين إلى 20": the noun comes first in toll sentences
    for g in reversed(m.within("group", max(sent.lo, fig.lo - 4), fig.lo)):
        return g
    return None


def _harm_for(fig: Figure, sent: Sentence, m: Mentions, taken: set[int]) -> Mention | None:
    best, best_key = None, None
    for h in m.within("harm", sent.lo, sent.hi):
        if h.hi <= fig.lo:
            dist, after = fig.lo - h.hi, False
            if dist > HARM_BEFORE:
                continue
        elif h.lo >= fig.hi:
            dist, after = h.lo - fig.hi, True
            if dist > HARM_AFTER:
                continue
        else:
            continue
        # A harm word directly followed by another figure belongs to that one.
        key = (h.lo in taken and after, dist, not after)
        if best_key is None or key < best_key:
            best, best_key = h, key
    return best


def _actor(group: Mention, sent: Sentence, m: Mentions) -> Mention | None:
    for b in m.within("belligerent", max(sent.lo, group.lo - ACTOR_GAP - 2), min(sent.hi, group.hi + ACTOR_GAP + 1)):
        if group.lo - ACTOR_GAP <= b.hi <= group.lo or group.hi <= b.lo <= group.hi + ACTOR_GAP:
            return b
    return None


def counts_in(sent: Sentence, tokens: list[Token], m: Mentions, blocked: set[int]) -> list[Count]:
    """Casualty counts in one sentence: figures tied to a harm word."""
    figures = [f for f in find_figures(tokens, sent.lo, sent.hi, m, blocked) if is_count(f, tokens, m)]
    # Harm words that a figure immediately follows ("مقتل 5", "killed 5") are
    # claimed by that figure first.
    taken = {f.lo - 1 for f in figures} | {f.lo - 2 for f in figures}
    counts: list[Count] = []
    heads: list[Count] = []
    used_nouns: set[int] = set()
    for fig in figures:
        noun = None
        group = fig.group
        if group is None:
            noun = _group_after(fig, tokens, sent, m)
            if noun is not None and noun.category == "others":
                group = heads[-1].group if heads else "unknown"
            elif noun is not None:
                group = noun.value
        kind = fig.kind
        included = m.ending("including", fig.lo) or m.ending("including", fig.lo - 1)
        if kind is None and included and counts:
            kind = counts[-1].kind
        if kind is None:
            harm = _harm_for(fig, sent, m, taken - {fig.lo - 1, fig.lo - 2})
            if harm is None:
                continue
            kind = harm.value
        if kind == MIXED:
            continue  # "37 civilians between dead and wounded" is no count of either
        if group is None:
            before = _group_before(fig, sent, m)
            group = before.value if before else "unknown"
        hi = noun.hi if noun is not None else fig.hi
        if noun is not None:
            used_nouns.add(noun.lo)
        later = m.at("modifier_after", hi)
        if later and later.value == "ge" and fig.min is not None:
            fig.max = None
        actor = None
        if group == "combatants":
            actor = _actor(noun or Mention("dual", fig.lo, fig.hi, group), sent, m)
        count = Count(kind, group, fig.min, fig.max, fig.lo, hi, actor)
        counts.append(count)
        if not included:
            heads.append(count)  # "10 others" means others of the head group, not of "including 3 children"
    counts.extend(_singulars(sent, m, used_nouns, blocked))
    counts.extend(_lone_victims(sent, m, figures, blocked))
    counts.sort(key=lambda c: c.lo)
    return counts


def _singulars(sent: Sentence, m: Mentions, used: set[int], blocked: set[int]) -> list[Count]:
    """"مقتل طفل", "killing a child", "a woman was injured": one victim."""
    out = []
    for s in m.within("singular", sent.lo, sent.hi):
        if s.lo in used or s.lo in blocked or m.at("number", s.hi):
            continue
        # "مقتل طفل" (harm, noun) or "فقد طفل حياته" (noun, harm)
        harm = m.ending("harm", s.lo) or m.at("harm", s.hi)
        if harm is None and m.ending("indefinite", s.lo):
            lo = s.lo - 1
            near = [h for h in m.within("harm", sent.lo, sent.hi)
                    if 0 <= lo - h.hi <= 1 or 0 <= h.lo - s.hi <= 3]
            harm = near[0] if near else None
        else:
            lo = s.lo
        if harm is None or harm.value == MIXED:
            continue
        actor = _actor(s, sent, m) if s.value == "combatants" else None
        out.append(Count(harm.value, s.value, 1, 1, lo, s.hi, actor))
    return out


def _lone_victims(sent: Sentence, m: Mentions, figures: list[Figure], blocked: set[int]) -> list[Count]:
    """"سقوط شهيد": a singular harm noun with no figure next to it is one victim."""
    out = []
    near = {i for f in figures for i in range(f.lo - 1, f.hi + 2)}
    for h in m.within("singular_harm", sent.lo, sent.hi):
        if h.lo in near or h.lo in blocked or m.at("number", h.hi):
            continue
        if m.at("harm", h.hi) or m.ending("harm", h.lo):
            continue  # part of "قتيل وجريح" style pairs, or a noun after a verb
        out.append(Count(h.value, "unknown", 1, 1, h.lo, h.hi))
    return out
