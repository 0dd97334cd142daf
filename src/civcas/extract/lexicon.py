"""Phrase lookup over tokens: every lexicon of a language in one table.

Each entry is a phrase (one or more words) with a category ("harm",
"group", "belligerent", ...) and a payload. Matching tries each token's
clitic-stripped stems, so "والطيران الروسي" finds the entry "طيران روسي".
Harm words of two kinds joined by "and" ("القتلى والجرحى", "قتيلاً وجريحاً",
"dead and wounded") become one mention of both: whatever form the words take,
the victims they name are counted together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from civcas.extract.tokens import TOKEN, Token
from civcas.lang import Language

# Harm kinds that, joined by "and", name one mixed count of victims.
PAIRED_HARM = {frozenset({"killed", "injured"}): "mixed"}


@dataclass(slots=True)
class Mention:
    category: str
    lo: int  # token range [lo, hi)
    hi: int
    value: Any


class PhraseTable:
    def __init__(self, lang: Language, entries: list[tuple[str, str, Any]], articles: tuple[str, ...] = ()):
        # first word -> [(rest of phrase, category, payload)], longest first; categories in
        # WRITTEN_ONLY are indexed apart, under the word as written and with each article
        # (`articles`), and looked up by the token as written only.
        index: dict[str, list[tuple[tuple[str, ...], str, Any]]] = defaultdict(list)
        written: dict[str, list[tuple[tuple[str, ...], str, Any]]] = defaultdict(list)
        for phrase, category, value in entries:
            words = tuple(TOKEN.findall(lang.normalizer.word(phrase)))
            if not words:
                continue
            if category in WRITTEN_ONLY:
                for first in (words[0], *(article + words[0] for article in articles)):
                    written[first].append((words[1:], category, value))
            else:
                index[words[0]].append((words[1:], category, value))
        for items in (*index.values(), *written.values()):
            items.sort(key=lambda item: len(item[0]), reverse=True)
        self.index = dict(index)
        self.written = dict(written)

    def scan(self, tokens: list[Token]) -> dict[str, list[Mention]]:
        """Longest non-overlapping mentions per category, in text order."""
        found: dict[str, list[Mention]] = defaultdict(list)
        covered: dict[str, int] = {}
        index, written = self.index, self.written
        for i, tok in enumerate(tokens):
            entries = [e for form in tok.forms for e in index.get(form, ())]
            if tok.forms[0] in written:
                entries += written[tok.forms[0]]
            if not entries:
                continue  # most words open no phrase: no bookkeeping for them (this loop is hot)
            seen: set[str] = set()
            for rest, category, value in entries:
                if category in seen or covered.get(category, 0) > i:
                    continue
                hi = _phrase_end(tokens, i + 1, rest, category in QUOTABLE) if rest else i + 1
                if hi is None:
                    continue
                seen.add(category)
                covered[category] = hi
                found[category].append(Mention(category, i, hi, value))
        if "harm" in found:
            found["harm"] = _pair_harms(found, tokens)
        return found


# Categories matched only as the word is written, or with its article: "3 غارات" counts strikes,
# but "قتل 3 بغارات" counts the dead "by strikes" (a unit behind a preposition or conjunction is
# what killed them, not what is counted).
WRITTEN_ONLY = frozenset({"unit_after"})
HASHTAG_MARKS = frozenset("#_")  # "#قوات_سوريا_الديمقراطية", "ميليشيات #أسد": a tag's marks inside a phrase
# Statements quote the harm they admit to ('a shepherd sustained "minor injuries"'): in these
# categories an opening quotation mark (folded to '"') inside a phrase does not part it either.
QUOTABLE = frozenset({"harm_predicate", "attributive"})
QUOTED_MARKS = HASHTAG_MARKS | {'"'}


def _phrase_end(tokens: list[Token], i: int, rest: tuple[str, ...], quotable: bool = False) -> int | None:
    """Where the phrase's remaining words `rest` end when they follow from token i, else
    None. A hashtag's "_" or "#" (or, when `quotable`, a quotation mark) glued to the next
    word does not part it from the last."""
    marks = QUOTED_MARKS if quotable else HASHTAG_MARKS
    for word in rest:
        while i + 1 < len(tokens) and tokens[i].norm in marks and tokens[i].end == tokens[i + 1].start:
            i += 1
        if i >= len(tokens) or word not in tokens[i].forms:
            return None
        i += 1
    return i


# What may close a count before a harm word ("5 مدنيين قتلوا") or open one after it ("إصابة 15",
# "وأصيبت والدتهما": one victim's noun; a plural noun after a pair, "قتلى وجرحى مدنيين", is both's).
COUNT_ENDS = ("number", "quantity", "dual", "group", "singular")
COUNT_STARTS = ("number", "quantity", "dual", "modifier", "singular")


def _pair_harms(found: dict[str, list[Mention]], tokens: list[Token]) -> list[Mention]:
    """Adjacent harm words of paired kinds, joined by a conjunction (a glued "و"
    or a joiner word), merged into one mention. Not when each word has its own
    count ("5 مدنيين لحياتهم وإصابة 15 آخرين")."""
    joins = {j.lo for j in found.get("joiner", []) if j.hi == j.lo + 1}
    ends = {x.hi for cat in COUNT_ENDS for x in found.get(cat, [])}
    starts = {x.lo for cat in COUNT_STARTS for x in found.get(cat, [])}

    def count_at(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i].norm[0].isdigit()

    auxiliaries = {x.lo for x in found.get("auxiliary", []) if x.hi == x.lo + 1}
    counted = {x.hi for cat in ("number", "quantity", "dual") for x in found.get(cat, [])}
    nouns = {x.hi: x.lo for x in found.get("group", [])}

    def led(lo: int) -> bool:
        # a figure or a victim noun ends right before token lo, on its line: "2020" closing a
        # caption is no count of the "قتل" opening the next paragraph
        if lo - 1 in auxiliaries:
            # before an auxiliary, only a counted noun: "ثلاثة أطفال قد قتلوا" (the victims), not
            # "المسلحون قد قتلوا وجرحوا 20" (the doers)
            lo -= 1
            return lo > 1 and (count_at(lo - 1) or (lo in nouns and (nouns[lo] in counted or count_at(nouns[lo] - 1))))
        return lo > 0 and tokens[lo - 1].para == tokens[lo].para and (lo in ends or count_at(lo - 1))

    # "مقتلها وإصابة طفليها": a harm word with its victim's pronoun already has its victim
    owned = {x.lo for x in found.get("one_victim_harm", [])}
    out: list[Mention] = []
    for harm in found["harm"]:
        prev = out[-1] if out else None
        pair = None if prev is None or prev.lo in owned else PAIRED_HARM.get(frozenset({prev.value, harm.value}))
        joined = prev is not None and (
            (harm.lo == prev.hi and tokens[harm.lo].conj) or (harm.lo == prev.hi + 1 and prev.hi in joins))
        own_counts = joined and led(prev.lo) and (harm.hi in starts or count_at(harm.hi))
        if pair is not None and joined and not own_counts and not _one_more(prev, harm, found, count_at) \
                and not _others_after(prev, harm, found, led):
            out[-1] = Mention("harm", prev.lo, harm.hi, pair)
        else:
            out.append(harm)
    return out


def _others_after(prev: Mention, harm: Mention, found: dict[str, list[Mention]], led: Callable[[int], bool]) -> bool:
    """"4 أشخاص قتلوا وجرح آخران", "طفل قتل وأصيب آخرون", "قتيل وإصابة آخرين": a harm word
    whose victims come before it (`led`) or in it, then one whose victims are "others": two
    counts, not one total of both kinds. With no victims before ("قتل وجرح آخرون") the others
    are both's."""
    if harm.hi not in {x.lo for x in found.get("others", [])}:
        return False
    return led(prev.lo) or prev.lo in {x.lo for x in found.get("singular_harm", [])}


def _one_more(prev: Mention, harm: Mention, found: dict[str, list[Mention]],
              count_at: Callable[[int], bool]) -> bool:
    """"4 إصابات وشهيد": a counted plural harm noun, then one victim's noun ("and a martyr"):
    two counts, not one total of both kinds ("25 قتيلا وجريحا" pairs two singular nouns)."""
    singles = {x.lo for x in found.get("singular_harm", [])}
    return count_at(prev.lo - 1) and prev.lo not in singles and harm.lo in singles
