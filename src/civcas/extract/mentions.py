"""Lexicon mentions of one document, indexed for lookups by position."""

from __future__ import annotations

from bisect import bisect_left

from civcas.extract.lexicon import Mention
from civcas.extract.tokens import Token, clause_break

FIGURE_CATEGORIES = ("number", "multiplier", "quantity", "dual", "dual_harm")


class Mentions:
    def __init__(self, found: dict[str, list[Mention]]):
        self.lists = found
        self.starts = {cat: {m.lo: m for m in ms} for cat, ms in found.items()}
        self.ends = {cat: {m.hi: m for m in ms} for cat, ms in found.items()}
        self.los = {cat: [m.lo for m in ms] for cat, ms in found.items()}
        # tokens where a figure written in words may begin
        self.figure_starts = {m.lo for cat in FIGURE_CATEGORIES for m in found.get(cat, ())}
        # facts derived from the mentions that several stages ask for, found once per text
        self.derived: dict[str, object] = {}

    def at(self, category: str, i: int) -> Mention | None:
        """The mention of `category` starting at token i."""
        return self.starts.get(category, {}).get(i)

    def ending(self, category: str, i: int) -> Mention | None:
        """The mention of `category` ending just before token i."""
        return self.ends.get(category, {}).get(i)

    def within(self, category: str, lo: int, hi: int) -> list[Mention]:
        """Mentions of `category` starting in the token range [lo, hi)."""
        los = self.los.get(category)
        if not los:
            return []
        ms = self.lists[category]
        out = []
        for k in range(bisect_left(los, lo), len(los)):
            if ms[k].lo >= hi:
                break
            out.append(ms[k])
        return out

    def before(self, category: str, i: int) -> Mention | None:
        """The last mention of `category` starting before token i."""
        los = self.los.get(category)
        if not los:
            return None
        k = bisect_left(los, i)
        return self.lists[category][k - 1] if k else None


QUOTES = frozenset('"')  # double quotation marks, once normalised ("'" is also an apostrophe)


def named_after(m: Mentions, tokens: list[Token], i: int) -> bool:
    """Whether the word at token i opens a name given after a martyr or a unit
    ("مشفى الشهيد ...", "مشفى "الشهيدة ..."": a hospital, not a death), the name
    quoted or not. A word a particle opens ("فالقتلى", "وشهداء") starts a phrase of its
    own: a name's words carry the article alone."""
    if tokens[i].particle:
        return False
    if m.ending("name_head", i):
        return True
    return i > 0 and tokens[i - 1].norm in QUOTES and m.ending("name_head", i - 1) is not None


def not_this_event(m: Mentions, tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) tell of no strike to count: background ("since 2015,
    10,000 were killed") or a mishap with no strike in it (a bus crash, an earthquake,
    a drowning) that a page's news list carries beside the war, or a question, which
    asks about a death ("what lies behind the young man's killing?") but counts none.
    A question closing a sentence of several clauses ("… killed five, so why is the
    world silent?") leaves the report before it standing, unless the sentence opens
    with the question word ("Why did shelling kill five …, and who will answer?")."""
    if hi > lo and tokens[hi - 1].norm == "?":  # "؟" folds to "?"
        if m.at("interrogative", lo) or not clause_break(tokens, lo, hi - 1):
            return True
    if any(not _quoted_aside(m, tokens, lo, hi, cue) for cue in m.within("background", lo, hi)):
        return True
    if _tally_so_far(m, lo, hi) or _period_span(m, tokens, lo, hi) or _counted_attacks(m, tokens, lo, hi):
        return True
    return bool(m.within("mishap", lo, hi)) and not (m.within("strike", lo, hi) or m.within("attack", lo, hi))


def _tally_so_far(m: Mentions, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) count a period's dead "so far" since a day before ("منذ 1 من
    أيلول ... واستشهد حتى الآن خمسة مدنيين", "since the operation began, 40 have been killed
    so far"): a running tally over days, not one strike. Since a part of the day ("منذ صباح
    اليوم", "since this morning") the tally is the day's own toll and stands."""
    if not m.within("so_far", lo, hi):
        return False
    return any(m.at("day_since", s.lo) is None for s in m.within("since", lo, hi))


def _period_span(m: Mentions, tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) count over a span of several days or more ("16 children have
    died over 6 months", "قتل 40 مدنياً خلال 3 أشهر"): a tally, not one strike. A span of
    hours ("خلال 24 ساعة") may be one day's strikes and stands."""
    for i in range(lo, hi):
        word = m.at("number", i)
        end = word.hi if word is not None else i + 1 if tokens[i].norm.isdigit() else None
        if end is not None and m.ending("span_before", i) is not None and m.at("span_unit", end) is not None:
            return True
    return False


MANY_ATTACKS = 5  # attacks counted from this many up tally a period or an area, not one strike


def _counted_attacks(m: Mentions, tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) tell a toll of many attacks counted ("18 attacks left nine
    civilians dead", "استجابت فرقنا لـ 491 هجوماً راح ضحيتها 55 شخصاً"): a tally of a month,
    a year or a region. Raids, shells and rockets are not counted here: "12 غارة على البلدة"
    is one strike's munitions; a few attacks ("two attacks on the village") may be one day's.
    Attacks told after the toll ("قتل 6 مدنيين، وشنت القوات خمسة هجمات") leave it standing."""
    for i in range(lo, hi):
        word = m.at("number", i)
        if word is not None:
            value, end = word.value, word.hi
        elif tokens[i].norm.isdigit():
            value, end = int(tokens[i].norm), i + 1
        else:
            continue
        if isinstance(value, int) and value >= MANY_ATTACKS and m.at("counted_attack", end) is not None \
                and not m.within("harm", lo, i):
            return True  # the attacks are what the toll after them is of, not a remark after a toll
    return False


def _quoted_aside(m: Mentions, tokens: list[Token], lo: int, hi: int, cue: Mention) -> bool:
    """Whether a background cue stands in a quotation that tells of no harm: the witness's
    "the quarry has held only civilians for years" dates no toll of the sentence."""
    opens = [i for i in range(lo, cue.lo) if tokens[i].norm in QUOTES]
    if len(opens) % 2 == 0:
        return False
    close = next((i for i in range(cue.hi, hi) if tokens[i].norm in QUOTES), None)
    return close is not None and not m.within("harm", opens[-1], close)
