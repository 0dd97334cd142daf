"""Tokens and sentences over folded text, with offsets into the original."""

from __future__ import annotations

import re
from dataclasses import dataclass

from civcas.lang import Language

# Digits with thousands separators, runs of digits, runs of letters, or one
# other non-space character. Letters and digits are split ("و7" -> "و", "7").
TOKEN = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+|[^\W\d_]+|\S")
SENTENCE_END = frozenset(".!?|·•")


@dataclass(slots=True)
class Token:
    norm: str
    start: int  # offsets in the original text
    end: int
    forms: tuple[str, ...]  # the folded token and its clitic-stripped stems
    para: int  # paragraph number (lines separated by a newline)


@dataclass(slots=True)
class Sentence:
    lo: int  # token range [lo, hi)
    hi: int
    para: int


def stems(word: str, prefixes: tuple[str, ...], min_stem: int) -> tuple[str, ...]:
    """The word and every stem left after removing one listed proclitic chain."""
    forms = [word]
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= min_stem:
            stem = word[len(prefix):]
            if stem not in forms:
                forms.append(stem)
    return tuple(forms)


def tokenize(text: str, lang: Language) -> list[Token]:
    folded, offsets = lang.normalizer.normalize(text)
    clitics = lang.table("clitics")
    prefixes = tuple(sorted(clitics.get("prefixes", []), key=len, reverse=True))
    min_stem = clitics.get("min_stem", 2)
    cache: dict[str, tuple[str, ...]] = {}
    tokens: list[Token] = []
    para = 0
    last_end = 0
    for m in TOKEN.finditer(folded):
        start, end = offsets[m.start()], offsets[m.end() - 1] + 1
        if "\n" in text[last_end:start]:
            para += 1
        last_end = end
        word = m.group()
        forms = cache.get(word)
        if forms is None:
            forms = stems(word, prefixes, min_stem) if prefixes and word.isalpha() else (word,)
            cache[word] = forms
        tokens.append(Token(word, start, end, forms, para))
    return tokens


def sentences(tokens: list[Token]) -> list[Sentence]:
    """Split at end punctuation and at line breaks."""
    out: list[Sentence] = []
    lo = 0
    for i, tok in enumerate(tokens):
        if i > lo and tok.para != tokens[i - 1].para:
            out.append(Sentence(lo, i, tokens[lo].para))
            lo = i
        if tok.norm in SENTENCE_END and not _decimal_point(tokens, i):
            out.append(Sentence(lo, i + 1, tokens[lo].para))
            lo = i + 1
    if lo < len(tokens):
        out.append(Sentence(lo, len(tokens), tokens[lo].para))
    return [s for s in out if s.hi > s.lo]


def _decimal_point(tokens: list[Token], i: int) -> bool:
    # "2.5" or a numeric date "1.9.2023": a point glued to digits on both sides
    if tokens[i].norm != "." or i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return (before.norm.isdigit() and after.norm.isdigit()
            and before.end == tokens[i].start and tokens[i].end == after.start)
