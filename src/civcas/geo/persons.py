"""Place names inside a person's name ("الشاب صابر سنجار الفهد", "Mr Omar Homsi Aziz")."""

from __future__ import annotations

from civcas.geo.cues import Cues, same_clause
from civcas.geo.scan import Mention
from civcas.geo.tokens import Token


def in_person_name(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether a one-word mention stands between a given name and a family name, right
    after a word that introduces a person ("الشاب", "Mr"): a family or father's name
    that sounds like a town, not a place the text names."""
    p = m.start
    if m.end - p != 1 or m.settlement or m.role is not None:
        return False
    if p < 2 or p + 1 >= len(tokens) or not same_clause(tokens, p - 2, p + 1):
        return False
    given, family = tokens[p - 1], tokens[p + 1]
    if tokens[p - 2].key not in cues.person_heads or not _name_word(given, cues) or not _name_word(family, cues):
        return False
    return given.arabic or (given.capitalised and family.capitalised)


def spelled_after_name(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether a one-word Latin mention matched only by its spelling skeleton follows a
    capitalised word in the same phrase: the last word of a longer name, a person's ("Erik
    Kurilla", "Majed Hendawi") or a village's ("Tal Shinan"), not a town spelt loosely.
    A cue word before it ("Northern", "Rural") is no name."""
    p = m.start
    if m.exact or m.end - p != 1 or p < 1 or tokens[p].arabic or m.settlement or m.role is not None:
        return False
    before = tokens[p - 1]
    return (not before.arabic and before.capitalised and not before.upper and before.joined_next
            and _name_word(before, cues))


def _name_word(token: Token, cues: Cues) -> bool:
    """A word that can be part of a name: not a number, tag or cue word ("في", "near", "ريف")."""
    if not token.key or token.key.isdigit() or token.hashtag or len(token.key) < MIN_NAME_CHARS:
        return False
    return not any(token.key in index for index in (*cues.ending.values(), *cues.starting.values()))


MIN_NAME_CHARS = 3  # shorter words are particles (في, من, عن), not names
