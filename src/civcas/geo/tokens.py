"""Words of a document with their offsets and the forms the matcher compares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

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
# Arabic letters (base block without its punctuation and digits, supplement,
# presentation forms) and, apart from them, any other letters: a word never
# mixes scripts, so "بدمشقAll" is two words.
_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u0750-\u077f\ufb50-\ufdfb\ufe70-\ufefc"
_APOSTROPHES = "'’‘`ʿʾ"
# Ta marbuta (ة) only ends a word: a letter right after it starts the next one, as in
# words run together by a lost space ("حليصةاستشهد" is حليصة + استشهد).
WORD_RE = re.compile(
    f"[{_ARABIC_LETTER}][{_ARABIC_LETTER}{_MARKS}]*?ة[{_MARKS}]*(?=[{_ARABIC_LETTER}])"
    f"|[{_ARABIC_LETTER}][{_ARABIC_LETTER}{_MARKS}]*"
    f"|(?:(?![{_ARABIC_LETTER}])[^\\W_])+(?:[{_APOSTROPHES}](?:(?![{_ARABIC_LETTER}])[^\\W_])+)*"
)
_POSSESSIVE_RE = re.compile(r"['’]s$")
# What may stand between two words of one name: spaces and hyphens only.
_JOIN_RE = re.compile(r"[ \t\-‐–]{1,3}")
# An opening quote before a word does not break a phrase either: "قرية “تل السنديان”", 'the village of "Hope"'.
# A space typed after the opening quote does not either ('هما " سامي …').
# A closing quote after a word does: the quoted name ends there.
_OPENING_QUOTE_RE = re.compile(r"[ \t]{1,3}[“«„\"][ \t]?")
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
    folded: str  # Arabic: the whole word folded (clitics and article kept); Latin: key
    variants: tuple[str, ...]  # Arabic: first-word readings with clitics stripped; Latin: (key,)
    capitalised: bool
    upper: bool  # all capitals (SANA, ALEPPO)
    camel: bool  # capitals inside the word (DeryNews, iPhone)
    article: bool  # Latin: a romanised article (al-, el-, ash-); Arabic: the word carries ال
    hashtag: bool
    joined_next: bool  # only spaces/hyphens before the next word


@lru_cache(maxsize=1 << 18)
def word_forms(word: str) -> tuple[bool, str, str, tuple[str, ...], bool, bool]:
    """(arabic, key, folded, variants, article-like, English-word article) of one word.

    Cached: a news corpus repeats its words, and normalising is most of the work.
    """
    if is_arabic(word):
        folded = arabic_fold(word)
        return True, strip_article(folded), folded, tuple(arabic_token_variants(word)), folded.startswith(_ARABIC_ARTICLES), False
    key = latin_token(_POSSESSIVE_RE.sub("", word))
    return False, key, key, (key,), key in LATIN_ARTICLES, key in _ENGLISH_ARTICLE_WORDS


# A word split to dodge filters ("الفـ ـرقة", "قـ.ـصف"): a tatweel ends the first part and
# opens the second, with spaces, dots or stars between. Read as one word, so that its
# halves are not read as names ("ـرقة" is no Raqqa).
_GLUE_GAP = re.compile("\u0640[ \t.*\u0640]{0,4}\u0640")


def unsplit(word: str) -> str:
    """A word or name with the gaps of a split word taken out ("الخـ.ـربشة" -> "الخربشة")."""
    return _GLUE_GAP.sub("", word)


def _words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word, the halves of a split word joined."""
    words: list[tuple[int, int, str]] = []
    for match in WORD_RE.finditer(text):
        start, end = match.span()
        if not match.group().strip("\u0640"):
            continue  # the tatweel opening a split word's second half: part of the gap
        if words and text[start - 1] == "\u0640" and _GLUE_GAP.fullmatch(text, words[-1][1] - 1, start):
            first, _, word = words[-1]
            words[-1] = (first, end, word + match.group())
        else:
            words.append((start, end, match.group()))
    return words


@lru_cache(maxsize=1)
def tokenize(text: str) -> list[Token]:
    """The words of `text` in order. The last text's words are kept, as the pipeline reads a
    text's words twice: to find its places, then for the words before each (`place_roles`)
    as its claims are read. Callers share the list, so none may change it."""
    tokens: list[Token] = []
    for start, end, word in _words(text):
        hashtag = start > 0 and text[start - 1] in "#_"
        arabic, key, folded, variants, article, english_word = word_forms(word)
        if arabic:
            tokens.append(Token(start, end, True, key, folded, variants, False, False, False, article, hashtag, False))
        else:
            # "as", "at", "an" are English words; only hyphenated ("as-Safira") are they articles.
            article = article and (not english_word or text[end:end + 1] in "-‐")
            upper = word.isupper()
            camel = not upper and any(c.isupper() for c in word[1:])
            tokens.append(Token(start, end, False, key, key, variants, word[:1].isupper(), upper, camel, article, hashtag, False))
    for current, following in pairwise(tokens):
        gap = text[current.end:following.start]
        # A hashtag sign does not break a phrase: "قرية #كفرنبل" is the village cue and its name.
        if following.hashtag and gap.endswith("#"):
            gap = gap[:-1]
        current.joined_next = bool(_JOIN_RE.fullmatch(gap) or _OPENING_QUOTE_RE.fullmatch(gap)) or (current.hashtag and gap == "_")
    return tokens
