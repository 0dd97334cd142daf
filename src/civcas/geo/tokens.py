"""Words of a document with their offsets and the forms the matcher compares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from civcas.geo.normalize import (
    LATIN_ARTICLES,
    arabic_fold,
    arabic_token_variants,
    is_arabic,
    latin_token,
    strip_article,
)

# A word: letters/digits (Arabic diacritics and tatweel included, so a vocalised
# word stays whole), apostrophes allowed inside (Ma'arrat). Underscores split,
# which turns hashtags like #جسر_الشغور into their words.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640"
WORD_RE = re.compile(f"(?:[^\\W_]|[{_MARKS}])+(?:['’‘`ʿʾ](?:[^\\W_]|[{_MARKS}])+)*")
_POSSESSIVE_RE = re.compile(r"['’]s$")
# What may stand between two words of one name: spaces and hyphens only.
_JOIN_RE = re.compile(r"[ \t\-‐–]{1,3}")
# Romanised articles that are also ordinary English words; they only count as an
# article when hyphenated to the next word ("as-Safira", not "as Idlib").
_ENGLISH_ARTICLE_WORDS = frozenset({"as", "at", "an", "en", "es", "et", "ed", "il", "ar", "er"})

# The article alone or behind a clitic: ال, وال, بال, فال, كال, لل (ل + ال).
_ARABIC_ARTICLES = ("ال", "وال", "بال", "فال", "كال", "لل", "وبال", "ولل", "فلل")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    arabic: bool
    key: str  # Latin: latin_token; Arabic: folded without the article
    variants: tuple[str, ...]  # Arabic: first-word readings with clitics stripped; Latin: (key,)
    capitalised: bool
    article: bool  # Latin: a romanised article (al-, el-, ash-); Arabic: the word carries ال
    hashtag: bool
    joined_next: bool  # only spaces/hyphens before the next word


def tokenize(text: str) -> list[Token]:
    """The words of `text` in order."""
    tokens: list[Token] = []
    for match in WORD_RE.finditer(text):
        word = match.group()
        start, end = match.span()
        hashtag = start > 0 and text[start - 1] in "#_"
        if is_arabic(word):
            folded = arabic_fold(word)
            article = folded.startswith(_ARABIC_ARTICLES)
            tokens.append(Token(start, end, True, strip_article(folded), tuple(arabic_token_variants(word)), False, article, hashtag, False))
        else:
            bare = _POSSESSIVE_RE.sub("", word)
            key = latin_token(bare)
            hyphened = text[end:end + 1] in "-‐"
            article = key in LATIN_ARTICLES and (hyphened or key not in _ENGLISH_ARTICLE_WORDS)
            tokens.append(Token(start, end, False, key, (key,), word[:1].isupper(), article, hashtag, False))
    for current, following in zip(tokens, tokens[1:]):
        gap = text[current.end:following.start]
        current.joined_next = bool(_JOIN_RE.fullmatch(gap)) or (current.hashtag and gap == "_")
    return tokens
