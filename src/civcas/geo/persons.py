"""Place names inside a person's name ("الشاب رامي منبج الزيتوني", "Mr Omar Homsi Aziz")."""

from __future__ import annotations

import re
from functools import cache

from civcas.geo.cues import Cues, cue_ends_at, cue_word, forms, same_clause
from civcas.geo.normalize import latin_token
from civcas.geo.scan import Mention
from civcas.geo.tokens import Token
from civcas.lang import load


def in_person_name(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether a one-word mention stands between a given name and a family name, right
    after a word that introduces a person ("الشاب", "Mr"): a family or father's name
    that sounds like a town, not a place the text names.

    A name never carries a preposition or conjunction ("جثة مدني بمنبج": in Manbij);
    a word for a person (شاب, طفل, مدني) is no given name and a word that ends a
    place's name (اليوم, صباح) no family name: "the body of a child of Manbij this morning"."""
    p = m.start
    if m.end - p != 1 or m.settlement or m.role is not None or m.clitic:
        return False
    if _victim_named(tokens, m, cues):
        return True
    if p < 2 or p + 1 >= len(tokens) or not same_clause(tokens, p - 2, p + 1):
        return False
    given, family = tokens[p - 1], tokens[p + 1]
    if tokens[p - 2].key not in cues.person_heads or not _name_word(given, cues) or not _name_word(family, cues):
        return False
    if given.key in cues.person_heads or given.key in _person_nouns() or family.key in cues.name_stop:
        return False
    return given.arabic or (given.capitalised and family.capitalised)


PLACE_NOUN_REACH = 4  # words before a naming word searched for a word for a place


def named_person(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether a one-word mention is the name a naming word gives right before it ("وتدعى
    عفرين", "a woman named Afrin"): a person, unless a word for a place stands a few words
    before the naming word in its clause ("قرية صغيرة تدعى X", "a city named X")."""
    p = m.start
    if m.end - p != 1 or m.settlement or m.role is not None or not cue_ends_at(tokens, p, cues.ending["naming_before"]):
        return False
    k = p - 1  # the naming word
    lo = k
    while lo > 0 and k - lo < PLACE_NOUN_REACH and same_clause(tokens, lo - 1, lo):
        lo -= 1
    return not any(any(form in cues.place_nouns for form in forms(tokens[j])) for j in range(lo, k))


def _victim_named(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether a town's Arabic name is a victim's given name: right after a harm word that takes
    its victim with no preposition, with a family name after it ("استشهاد جيهان بلكين"). A country
    or a province there is the killer ("قتل إسرائيل اثنين"), never a name."""
    p = m.start
    if not tokens[p].arabic or tokens[p].article or p + 1 >= len(tokens) or not same_clause(tokens, p, p + 1):
        return False  # a given name carries no article: "مقتل الأتارب" would be the town's
    if any(c.kind in ("country", "admin1") for c in m.candidates):
        return False
    family = tokens[p + 1]
    return (cue_ends_at(tokens, p, cues.ending["victim_before"]) and _name_word(family, cues)
            and family.key not in cues.name_stop and family.key not in _person_nouns())


def spelled_after_name(text: str, tokens: list[Token], m: Mention, cues: Cues, named: set[int]) -> bool:
    """Whether a one-word Latin mention matched only by its spelling skeleton, or a name
    element read as a place for its article ("al-Bab"), follows a capitalised word in the
    same phrase: the last word of a longer name, a person's ("Fadi Haddad", "Mohammed
    al-Bab") or a village's ("Tal X"), not a town spelt loosely. `named` holds the token
    numbers of every place mention.

    The word before is no given name when it is a cue word ("Northern", "Rural"), capitalised
    only because it starts a sentence or line, a place ("Idlib's X"), a party or a date word
    ("Russian X strikes", "Monday X was shelled"); nor when every word of the line is
    capitalised (a headline)."""
    p = m.start
    loose = not m.exact and m.end - p == 1
    if not (loose or m.element) or p < 1 or tokens[p].arabic or m.settlement or m.role is not None:
        return False
    before = tokens[p - 1]
    if before.arabic or not before.capitalised or before.upper or not before.joined_next:
        return False
    if not _name_word(before, cues) or p - 1 in named or before.key in _not_given_names():
        return False
    return not _starts_sentence(text, tokens, p - 1) and not _title_case_line(text, tokens, p)


def _starts_sentence(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token `i` is the first word of its sentence or line (so a capital says nothing)."""
    return i == 0 or _SENTENCE_END_RE.search(text, tokens[i - 1].end, tokens[i].start) is not None


def _title_case_line(text: str, tokens: list[Token], p: int) -> bool:
    """Whether every longer Latin word on the line of token `p` is capitalised: a headline,
    where capitals mark no name ("Jets Pound X In Y Province")."""
    first = text.rfind("\n", 0, tokens[p].start) + 1
    last = text.find("\n", tokens[p].end)
    last = len(text) if last < 0 else last
    words = [t for t in tokens if first <= t.start < last and not t.arabic and len(t.key) > 3]
    return len(words) >= MIN_HEADLINE_WORDS and all(t.capitalised for t in words)


@cache
def _person_nouns() -> frozenset[str]:
    """Arabic nouns for one victim (مدني, طفل, شاب: lang/ar/groups.json), as token keys."""
    singular = load("ar").table("groups").get("singular", {})
    return frozenset(cue_word(noun) for nouns in singular.values() for noun in nouns if " " not in noun)


@cache
def _not_given_names() -> frozenset[str]:
    """English party and date words ("Russian", "Coalition", "Monday", "Yesterday"): capitalised
    for what they are, never a person's given name."""
    english = load("en")
    dates = english.table("dates")
    phrases = [p for aliases in english.table("belligerents").values() for p in aliases]
    phrases += [p for part in ("months", "weekdays", "relative") for p in dates.get(part, {})]
    return frozenset(latin_token(w) for phrase in phrases for w in phrase.replace("-", " ").split())


def _name_word(token: Token, cues: Cues) -> bool:
    """A word that can be part of a name: not a number, tag or cue word ("في", "near", "ريف")."""
    if not token.key or token.key.isdigit() or token.hashtag or len(token.key) < MIN_NAME_CHARS:
        return False
    return not any(token.key in index for index in (*cues.ending.values(), *cues.starting.values()))


MIN_NAME_CHARS = 3  # shorter words are particles (في, من, عن), not names
MIN_HEADLINE_WORDS = 3  # fewer capitalised words may be a name alone on its line
_SENTENCE_END_RE = re.compile(r"[.!?؟:\n]")
