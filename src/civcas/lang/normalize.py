"""Text folding for matching, with a map back to original offsets.

Matching runs on folded text (case, Arabic alef/ta marbuta/alef maqsura
variants, tatweel and diacritics removed, Arabic-Indic digits as ASCII), but
every claim must point into the original text, so folding keeps for each
folded character the index of the character it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Normalizer:
    table: dict[int, str]  # str.translate table: characters folded one to one
    drop: re.Pattern | None  # characters and runs removed outright

    @classmethod
    def from_tables(cls, tables: list[dict]) -> Normalizer:
        table: dict[int, str] = {}
        drops: list[str] = []
        glues: list[str] = []
        openers: list[str] = []  # the characters a dropped run can start with
        for t in tables:
            for target, sources in t.get("map", {}).items():
                for ch in sources:
                    table[ord(ch)] = target
            drops.extend(t.get("drop", ""))
            if "glue" in t:
                mark, run = re.escape(t["glue"]["mark"]), re.escape(t["glue"]["run"])
                # A mark glued to a letter, then marks and separators, up to the
                # next letter: "قـ.ـصف", "يـ ـستهدف" (words spaced to dodge filters).
                glues.append(rf"(?<=[^\W\d_]){mark}[{mark}{run}]*(?=[^\W\d_])")
                openers.append(t["glue"]["mark"])
            if "split" in t:
                glues.append(_split_pattern(t["split"]))
                openers.extend((t["split"]["stars"], t["split"].get("dots", "")))
        parts = glues + ([f"[{re.escape(''.join(drops))}]+"] if drops else [])
        if not parts:
            return cls(table, None)
        # Checking the first character before the alternatives' lookbehinds makes the
        # scan of a text ten times faster: few of its characters can open a run.
        opens = re.escape("".join(sorted(set("".join(openers + drops)))))
        return cls(table, re.compile(f"(?=[{opens}])(?:{'|'.join(parts)})"))

    def normalize(self, text: str, lower: bool = True) -> tuple[str, list[int]]:
        """Folded text and, per folded character, its offset in `text`.
        With lower=False case is kept (for splitting "accountJanuary")."""
        pieces: list[str] = []
        offsets: list[int] = []
        pos = 0
        if self.drop is not None:
            for m in self.drop.finditer(text):
                self._fold(text, pos, m.start(), pieces, offsets)
                pos = m.end()
        self._fold(text, pos, len(text), pieces, offsets)
        folded = "".join(pieces)
        return (lower_same_length(folded) if lower else folded), offsets

    def _fold(self, text: str, lo: int, hi: int, pieces: list[str], offsets: list[int]) -> None:
        if lo < hi:
            pieces.append(text[lo:hi].translate(self.table))
            offsets.extend(range(lo, hi))

    def word(self, text: str) -> str:
        """Fold a lexicon entry the same way document text is folded."""
        return self.normalize(text)[0]


def _split_pattern(split: dict) -> str:
    """Marks that split a word to dodge filters ("قص.ف", "شهد.ا.ء", "ق*صف"), dropped.

    A star between letters is always one. A dot is one only beside a fragment too short
    to be a word of its own (two letters before it, one after): a dot between two whole
    words is a full stop with its space missing ("حلب.وقال"), and stays.
    """
    letter, stars = f"[{re.escape(split['letters'])}]", re.escape(split["stars"])
    starred = rf"(?<={letter})[{stars}]+(?={letter})"
    if not split.get("dots"):  # "kil*led": a language whose words no dot splits
        return starred
    dots = re.escape(split["dots"])
    one_or_two_before = rf"(?:(?<={letter})(?<!{letter}{{2}})|(?<={letter}{{2}})(?<!{letter}{{3}}))"
    return (rf"{one_or_two_before}[{dots}](?={letter})"
            rf"|(?<={letter})[{dots}](?={letter}(?!{letter}))"
            rf"|{starred}")


def lower_same_length(text: str) -> str:
    """Lower case that keeps offsets: a character whose lower case is longer
    ("İ") stays as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
