"""Words around a mention that change its meaning (data/cues.json): countryside, province, near, village of;
and the matching of such phrases against the words of a text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from civcas.geo.bundled import data_lines, data_text
from civcas.geo.normalize import arabic_fold, is_arabic, latin_token, strip_article
from civcas.geo.tokens import Token

ROLES = (
    "region_before", "region_after", "admin_before", "admin_after", "near_before", "near_after",
    "direction_before", "settlement_before", "village_before", "district_before", "neighbourhood_before", "origin_before",
    "fired_from_before", "taken_to_before", "locative_before", "target_before", "treated_before", "person_before", "victim_before",
    "government_before", "government_after", "settlement_after",
    "several_before", "areas_before", "heading_before", "from_before", "facility_before", "facility_after",
    "name_stop", "name_heads", "name_directions", "list_join", "tie_words", "named_back", "naming_before",
    "pair_before", "place_nouns", "distance_words", "aside_before", "aside_after",
)

# Roles read as sets of single words compared by their key (the word without its article).
WORD_SETS = frozenset({"name_stop", "name_heads", "name_directions", "person_before", "list_join", "tie_words", "named_back",
                       "place_nouns", "distance_words"})


def cue_word(word: str) -> str:
    """A word as cue phrases are compared: folded, Arabic without its article."""
    return strip_article(arabic_fold(word)) if is_arabic(word) else latin_token(word)


def _phrase_word(word: str) -> str:
    """A word of a cue phrase: as `cue_word`, but an Arabic word written with its article keeps
    it, since only such a word matches one that has it (see _words_match): "المهجرين من X",
    "الموالية لـX"."""
    return arabic_fold(word) if is_arabic(word) and strip_article(word) != word else cue_word(word)


@dataclass(frozen=True)
class Cues:
    """Phrases per role, each a tuple of cue words, indexed by their last and first word."""

    ending: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # role -> last word -> phrases
    starting: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # role -> first word -> phrases
    name_stop: frozenset[str]  # words that end an unknown settlement's name
    name_heads: frozenset[str]  # first words of compound names (تل, أم, كفر)
    name_directions: frozenset[str]  # direction adjectives that end a village's name (X الشرقية)
    person_heads: frozenset[str]  # words that introduce a person's name (الشاب, Mr)
    list_join: frozenset[str]  # words that join a list's items (and, و)
    tie_words: frozenset[str]  # words that tie a place to the area after it (of, التابعة)
    named_back: frozenset[str]  # words for the settlements a list named before (القريتين)
    place_nouns: frozenset[str]  # words for a place (قرية, مكان, city): a name one gives is no person's
    distance_words: frozenset[str]  # words of a distance (على بعد 5 كم, 5 km)


@cache
def load_cues() -> Cues:
    raw = json.loads(data_text("cues.json"))
    phrases: dict[str, set[tuple[str, ...]]] = {role: set() for role in ROLES}
    for lang in ("en", "ar"):
        for role in ROLES:
            for phrase in raw[lang].get(role, []):
                words = phrase.replace("-", " ").split()
                # A single word keeps its article only where `cue_ends_at` looks it up so written.
                keep = len(words) > 1 or (role not in WORD_SETS and role.endswith("_before"))
                phrases[role].add(tuple(_phrase_word(w) if keep else cue_word(w) for w in words))
    name_stop = frozenset(p[0] for p in phrases.pop("name_stop"))
    name_heads = frozenset(p[0] for p in phrases.pop("name_heads"))
    name_directions = frozenset(p[0] for p in phrases.pop("name_directions"))
    person_heads = frozenset(p[0] for p in phrases.pop("person_before"))
    list_join = frozenset(p[0] for p in phrases.pop("list_join"))
    tie_words = frozenset(p[0] for p in phrases.pop("tie_words"))
    named_back = frozenset(p[0] for p in phrases.pop("named_back"))
    place_nouns = frozenset(p[0] for p in phrases.pop("place_nouns"))
    distance_words = frozenset(p[0] for p in phrases.pop("distance_words"))
    return Cues(
        {role: _by_word(ps, -1) for role, ps in phrases.items()},
        {role: _by_word(ps, 0) for role, ps in phrases.items()},
        name_stop,
        name_heads,
        name_directions,
        person_heads,
        list_join,
        tie_words,
        named_back,
        place_nouns,
        distance_words,
    )


def _by_word(phrases: set[tuple[str, ...]], position: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        index.setdefault(phrase[position], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


@cache
def load_organisations() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Outlet and group names that contain a place name (data/organisations.txt), by first word."""
    phrases = {tuple(cue_word(w) for w in line.replace("-", " ").split()) for line in data_lines("organisations.txt")}
    return _by_word(phrases, 0)


def forms(token: Token) -> tuple[str, ...]:
    return token.variants if token.arabic else (token.key,)


def cue_ends_at(tokens: list[Token], p: int, ending: dict) -> bool:
    """Whether a cue phrase ends just before token p, in the same clause."""
    if p == 0 or not tokens[p - 1].joined_next:
        return False
    last = tokens[p - 1]
    # (inlined `_last_forms`: this test runs for nearly every word and place)
    for form in (*forms(last), last.folded) if last.arabic and last.article else forms(last):
        for phrase in ending.get(form, ()):
            n = len(phrase)
            if n <= p and same_clause(tokens, p - n, p) and _words_match(tokens[p - n:p], phrase):
                return True
    return False


def cue_start(tokens: list[Token], p: int, ending: dict) -> int | None:
    """Where the cue phrase that ends just before token p starts (the longest one), if any."""
    return min((p - len(phrase) for form in _last_forms(tokens, p) for phrase in ending.get(form, ())
                if len(phrase) <= p and same_clause(tokens, p - len(phrase), p)
                and _words_match(tokens[p - len(phrase):p], phrase)), default=None)


def _last_forms(tokens: list[Token], p: int) -> tuple[str, ...]:
    """The forms a cue ending right before token p is indexed under: none after a break."""
    if p == 0 or not tokens[p - 1].joined_next:
        return ()
    last = tokens[p - 1]
    # A cue that ends in a word with its article ("الموالية") is indexed so written.
    return (*forms(last), last.folded) if last.arabic and last.article else forms(last)


def cue_starts_at(tokens: list[Token], p: int, starting: dict, after_break: bool = False) -> bool:
    """Whether a cue phrase starts at token p, right after the previous word (or, with
    `after_break`, whatever stands before it: a comma)."""
    if p == 0 or p >= len(tokens) or not (after_break or tokens[p - 1].joined_next):
        return False
    for phrase in starting.get(tokens[p].key, ()):
        n = len(phrase)
        if p + n <= len(tokens) and same_clause(tokens, p, p + n - 1) and _words_match(tokens[p:p + n], phrase):
            return True
    return False


def same_clause(tokens: list[Token], first: int, last: int) -> bool:
    """Only spaces or hyphens between token `first` and token `last` (no punctuation)."""
    return all(tokens[k].joined_next for k in range(first, last))


def _words_match(window: list[Token], phrase: tuple[str, ...]) -> bool:
    for position, (token, word) in enumerate(zip(window, phrase)):
        if token.arabic and token.article:
            # المدينة is "the city" (already named), not مدينة X; only a cue written
            # with its article (بالقرب من) matches a word that has one.
            if word != token.folded:
                return False
            continue
        forms = token.variants if (token.arabic and position == 0) else (token.key,)
        if word not in forms:
            return False
    return True
