"""Phrase lookup over tokens: every lexicon of a language in one table.

Each entry is a phrase (one or more words) with a category ("harm",
"group", "belligerent", ...) and a payload. Matching tries each token's
clitic-stripped stems, so "والطيران الروسي" finds the entry "طيران روسي".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from civcas.extract.tokens import TOKEN, Token
from civcas.lang import Language


@dataclass(slots=True)
class Mention:
    category: str
    lo: int  # token range [lo, hi)
    hi: int
    value: Any


class PhraseTable:
    def __init__(self, lang: Language, entries: list[tuple[str, str, Any]]):
        # first word -> [(rest of phrase, category, payload)], longest first
        index: dict[str, list[tuple[tuple[str, ...], str, Any]]] = defaultdict(list)
        for phrase, category, value in entries:
            words = tuple(TOKEN.findall(lang.normalizer.word(phrase)))
            if words:
                index[words[0]].append((words[1:], category, value))
        for items in index.values():
            items.sort(key=lambda item: len(item[0]), reverse=True)
        self.index = dict(index)

    def scan(self, tokens: list[Token]) -> dict[str, list[Mention]]:
        """Longest non-overlapping mentions per category, in text order."""
        found: dict[str, list[Mention]] = defaultdict(list)
        covered: dict[str, int] = {}
        index = self.index
        n = len(tokens)
        for i, tok in enumerate(tokens):
            seen: set[str] = set()
            for form in tok.forms:
                for rest, category, value in index.get(form, ()):
                    if category in seen or covered.get(category, 0) > i:
                        continue
                    hi = i + 1 + len(rest)
                    if hi > n or not all(rest[k] in tokens[i + 1 + k].forms for k in range(len(rest))):
                        continue
                    seen.add(category)
                    covered[category] = hi
                    found[category].append(Mention(category, i, hi, value))
        return found
