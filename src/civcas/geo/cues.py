"""Words around a mention that change its meaning (data/cues.json): countryside, province, near, village of."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from civcas.geo.bundled import data_text
from civcas.geo.normalize import arabic_fold, is_arabic, latin_token, strip_article

ROLES = ("region_before", "region_after", "admin_before", "admin_after", "near_before", "near_after", "settlement_before")


def cue_word(word: str) -> str:
    """A word as cue phrases are compared: folded, Arabic without its article."""
    return strip_article(arabic_fold(word)) if is_arabic(word) else latin_token(word)


@dataclass(frozen=True)
class Cues:
    """Phrases per role, each a tuple of cue words; longest phrases first."""

    phrases: dict[str, tuple[tuple[str, ...], ...]]
    longest: int


@cache
def load_cues() -> Cues:
    raw = json.loads(data_text("cues.json"))
    phrases: dict[str, set[tuple[str, ...]]] = {role: set() for role in ROLES}
    for lang in ("en", "ar"):
        for role in ROLES:
            for phrase in raw[lang].get(role, []):
                phrases[role].add(tuple(cue_word(w) for w in phrase.replace("-", " ").split()))
    ordered = {role: tuple(sorted(p, key=len, reverse=True)) for role, p in phrases.items()}
    longest = max((len(p) for ps in ordered.values() for p in ps), default=1)
    return Cues(ordered, longest)
