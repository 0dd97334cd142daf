"""Tokens and sentences over folded text, with offsets into the original."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache, partial

from civcas.lang import Language, load
from civcas.lang.normalize import lower_same_length

# Digits with thousands separators, runs of digits, Latin words, runs of other
# letters, or one other non-space character. Letters and digits are split
# ("و7" -> "و", "7"), and so are scripts ("@userمقتل" -> "@", "user", "مقتل").
# On text that keeps its case, Latin words also split where a capital starts
# one glued to the last ("accountJanuary 22" -> "account", "January", "22").
LATIN = r"[A-Z\u00c0-\u00de]+(?![a-z\u00df-\u024f])|[A-Z\u00c0-\u00de]?[a-z\u00df-\u024f]+"
TOKEN = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+|" + LATIN + r"|[^\W\d_A-Za-z\u00c0-\u024f]+|\S")
SENTENCE_END = frozenset(".!?|·•")
CLAUSE_BREAKS = ",،;؛"  # what separates the clauses of one sentence


def clause_break(tokens: list["Token"], lo: int, hi: int) -> bool:
    """Whether a clause break (a comma or semicolon, in either script) lies in tokens [lo, hi)."""
    return any(t.norm in _BREAKS for t in tokens[lo:hi])


_BREAKS = frozenset(CLAUSE_BREAKS)
SEMICOLONS = frozenset(";؛")
BULLETS = frozenset("-•*–·")  # what opens a list item's line


def clause_of(tokens: list["Token"], sent: "Sentence", at: int) -> tuple[int, int]:
    """The token range of the clause of `sent` holding token `at` (clauses end at commas and semicolons)."""
    lo = next((k + 1 for k in range(at - 1, sent.lo - 1, -1) if clause_break(tokens, k, k + 1)), sent.lo)
    hi = next((k for k in range(at, sent.hi) if clause_break(tokens, k, k + 1)), sent.hi)
    return lo, hi


def definite(tokens: list["Token"], k: int, lo: int = 0) -> bool:
    """Whether the word at token k carries the article: "the" before it (from token `lo` on)
    or the Arabic article, a conjunction glued before it or not ("الجرحى", "والقصف")."""
    return (k > lo and tokens[k - 1].norm == "the") or tokens[k].norm.startswith(("ال", "وال", "فال"))


def semicolon(tokens: list["Token"], lo: int, hi: int) -> bool:
    """Whether a semicolon, in either script, stands in tokens [lo, hi): a new clause of its own."""
    return any(t.norm in SEMICOLONS for t in tokens[lo:hi])


@dataclass(slots=True)
class Token:
    norm: str
    start: int  # offsets in the original text
    end: int
    forms: tuple[str, ...]  # the folded token and its clitic-stripped stems
    para: int  # paragraph number (lines separated by a newline)
    conj: bool = False  # opens with a conjunction clitic ("وطفل": "and a child")
    particle: bool = False  # may open with a clitic other than the article ("فالقتلى", "بالقصف"); a guess, as
    # for `conj`: a word that merely starts with the letter ("بنت") is flagged too
    capital: bool = False  # opens with a capital letter ("Homsi"), as a Latin name does


@dataclass(slots=True)
class Sentence:
    lo: int  # token range [lo, hi)
    hi: int
    para: int


@dataclass(frozen=True)
class Clitics:
    prefixes: tuple[str, ...]  # longest first
    suffixes: tuple[str, ...]
    min_stem: int
    min_suffix_stem: int
    conjunctions: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()

    @cached_property
    def particles(self) -> tuple[str, ...]:
        """The prefixes other than the article, for the `particle` flag."""
        return tuple(p for p in self.prefixes if p not in self.articles)


def stems(word: str, clitics: Clitics) -> tuple[str, ...]:
    """The word, its stems without one proclitic chain, and those stems
    without one pronoun suffix ("وعناصرها" -> "عناصرها", "عناصر")."""
    forms = [word]
    for prefix in clitics.prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= clitics.min_stem:
            forms.append(word[len(prefix):])
    for form in list(forms):
        for suffix in clitics.suffixes:
            if form.endswith(suffix) and len(form) - len(suffix) >= clitics.min_suffix_stem:
                forms.append(form[: -len(suffix)])
                break
    return tuple(dict.fromkeys(forms))


WordForms = tuple[tuple[str, ...], bool, bool]  # a word's forms and its `conj` and `particle` flags


def word_forms(word: str, clitics: Clitics) -> WordForms:
    """The word's forms (`stems`), and whether a conjunction or another particle opens it."""
    forms = stems(word, clitics) if word.isalpha() else (word,)
    if len(forms) == 1:
        return forms, False, False  # most words: no clitic to look for
    conj = any(word.startswith(c) and word[len(c):] in forms for c in clitics.conjunctions)
    particle = word.startswith(clitics.particles) and any(
        word.startswith(p) and word[len(p):] in forms for p in clitics.particles)
    return forms, conj, particle


def tokenize(text: str, langs: tuple[Language, ...]) -> list[Token]:
    folded, offsets = langs[0].normalizer.normalize(text, lower=False)
    lowered = lower_same_length(folded)
    forms_of = _cached_forms(tuple(lang.code for lang in langs))
    tokens: list[Token] = []
    para = 0
    last_end = 0
    for m in TOKEN.finditer(folded):
        start, end = offsets[m.start()], offsets[m.end() - 1] + 1
        if text.find("\n", last_end, start) >= 0:
            para += 1
        last_end = end
        word = lowered[m.start():m.end()]
        forms, conj, particle = forms_of(word)
        tokens.append(Token(word, start, end, forms, para, conj, particle, folded[m.start()].isupper()))
    return tokens


@cache
def _cached_forms(codes: tuple[str, ...]) -> Callable[[str], WordForms]:
    """`word_forms` for the languages `codes`, remembered per word (the words of a corpus repeat)."""
    return lru_cache(maxsize=1 << 17)(partial(word_forms, clitics=_clitics(codes)))


@cache
def _clitics(codes: tuple[str, ...]) -> Clitics:
    tables = [load(code).table("clitics") for code in codes]
    return Clitics(
        prefixes=tuple(sorted({p for t in tables for p in t.get("prefixes", [])}, key=len, reverse=True)),
        suffixes=tuple(sorted({p for t in tables for p in t.get("suffixes", [])}, key=len, reverse=True)),
        min_stem=max(t.get("min_stem", 2) for t in tables),
        min_suffix_stem=max(t.get("min_suffix_stem", 3) for t in tables),
        conjunctions=tuple(c for t in tables for c in t.get("conjunctions", [])),
        articles=tuple(a for t in tables for a in t.get("articles", [])),
    )


def sentences(tokens: list[Token], text: str = "", codes: tuple[str, ...] = ()) -> list[Sentence]:
    """Split at end punctuation and at line breaks, but not inside "U.S." or "U.N." before a
    lower-case word (`text`, the tokens' original, tells the case), nor after a title the
    languages `codes` abbreviate ("Col. Jane Doe", "Dr. Ahmad")."""
    titles, names = _listed(codes, "abbreviations"), _listed(codes, "after_initials")
    out: list[Sentence] = []
    lo = 0
    for i, tok in enumerate(tokens):
        if i > lo and tok.para != tokens[i - 1].para:
            out.append(Sentence(lo, i, tokens[lo].para))
            lo = i
        if (tok.norm in SENTENCE_END and not _decimal_point(tokens, i) and not _initial(tokens, i, text, names)
                and not _title(tokens, i, titles)):
            out.append(Sentence(lo, i + 1, tokens[lo].para))
            lo = i + 1
    if lo < len(tokens):
        out.append(Sentence(lo, len(tokens), tokens[lo].para))
    return [piece for s in out if s.hi > s.lo for piece in _bounded(s, tokens)]


# Tokens of the longest sentence read whole. Reading a sentence costs the square of its
# length, and news sentences stay far below this (the longest of hundreds of pages runs to
# about 350); text with no end punctuation or line breaks (a dump, a scrape gone wrong)
# is read in pieces of this length rather than taking hours.
MAX_SENTENCE_TOKENS = 600


def _bounded(sent: Sentence, tokens: list[Token]) -> list[Sentence]:
    """The sentence, or its pieces of at most MAX_SENTENCE_TOKENS when longer, each cut after
    its last clause break (a comma) in its second half where it has one: a cut inside a
    clause parts a figure from its harm word and its speaker."""
    pieces, lo = [], sent.lo
    while sent.hi - lo > MAX_SENTENCE_TOKENS:
        hi = lo + MAX_SENTENCE_TOKENS
        cut = next((k + 1 for k in range(hi - 1, lo + MAX_SENTENCE_TOKENS // 2, -1) if tokens[k].norm in _BREAKS), hi)
        pieces.append(Sentence(lo, cut, sent.para))
        lo = cut
    return [*pieces, Sentence(lo, sent.hi, sent.para)]


def _initial(tokens: list[Token], i: int, text: str, names: frozenset[str] = frozenset()) -> bool:
    # The point after one Latin letter of an abbreviation: glued to the next letter ("U.S."),
    # followed by a lower-case word ("U.S. forces"), or closing initials before a word that
    # goes on an institution's name ("U.S. Central Command"); "by the U.S. Syrian activists
    # said" ends there, as any capitalised word may open a sentence.
    if tokens[i].norm != "." or i == 0 or i + 1 >= len(tokens) or not text:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if not _letter_point(tokens, i):
        return False
    if after.start == tokens[i].end or text[after.start].islower():
        return True
    return i >= 3 and _letter_point(tokens, i - 2) and before.start == tokens[i - 2].end and after.norm in names


def _letter_point(tokens: list[Token], i: int) -> bool:
    """Whether token i is a point glued after one Latin letter ("U." of "U.S.")."""
    before = tokens[i - 1]
    return (tokens[i].norm == "." and len(before.norm) == 1 and before.norm.isascii() and before.norm.isalpha()
            and before.end == tokens[i].start)


@cache
def _listed(codes: tuple[str, ...], key: str) -> frozenset[str]:
    """A word list of the languages' normalize.json ("abbreviations", "after_initials")."""
    return frozenset(w for code in codes for w in load(code).table("normalize").get(key, []))


def _title(tokens: list[Token], i: int, titles: frozenset[str]) -> bool:
    # The point glued to a title written short, with a word after it: "Col. Jane Doe said".
    return (tokens[i].norm == "." and 0 < i < len(tokens) - 1 and tokens[i - 1].norm in titles
            and tokens[i - 1].end == tokens[i].start)


def _decimal_point(tokens: list[Token], i: int) -> bool:
    # "2.5" or a numeric date "1.9.2023": a point glued to digits on both sides
    if tokens[i].norm != "." or i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return (before.norm.isdigit() and after.norm.isdigit()
            and before.end == tokens[i].start and tokens[i].end == after.start)
