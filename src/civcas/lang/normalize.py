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
    fold: dict[str, str]  # one character -> its folded form ("" drops it)
    glue: re.Pattern | None = None  # runs inside a word that obfuscate it ("قـ.ـصف")

    @classmethod
    def from_tables(cls, tables: list[dict]) -> "Normalizer":
        fold: dict[str, str] = {}
        glues = []
        for table in tables:
            if "glue" in table:
                mark, run = re.escape(table["glue"]["mark"]), re.escape(table["glue"]["run"])
                # A mark glued to a letter, then marks and separators, up to the next letter.
                glues.append(rf"(?<=[^\W\d_]){mark}[{mark}{run}]*(?=[^\W\d_])")
            for target, sources in table.get("map", {}).items():
                for ch in sources:
                    fold[ch] = target
            for ch in table.get("drop", ""):
                fold[ch] = ""
        return cls(fold, re.compile("|".join(glues)) if glues else None)

    def normalize(self, text: str) -> tuple[str, list[int]]:
        """Folded text and, per folded character, its offset in `text`."""
        fold = self.fold
        out: list[str] = []
        offsets: list[int] = []
        dropped = self._glued(text)
        for i, ch in enumerate(text):
            if i in dropped:
                continue
            mapped = fold.get(ch)
            if mapped is None:
                mapped = ch.lower()
                if len(mapped) != 1:  # e.g. "İ".lower() is two characters
                    mapped = ch
            elif not mapped:
                continue
            out.append(mapped)
            offsets.append(i)
        return "".join(out), offsets

    def _glued(self, text: str) -> set[int]:
        if self.glue is None:
            return set()
        return {i for m in self.glue.finditer(text) for i in range(m.start(), m.end())}

    def word(self, text: str) -> str:
        """Fold a lexicon entry the same way document text is folded."""
        return self.normalize(text)[0]
