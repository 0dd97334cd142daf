"""Names that are also common words (الحكومة, "Mercy"): kept out of the bundled index.

GeoNames lists many small places under names that are everyday words; in news
text such a word almost never means the village. wordfreq (word frequencies
for Arabic and English) decides at build time; big places keep their names
(الباب, Batman), since they are what the word usually means in conflict news.
"""

from __future__ import annotations

from functools import cache

from civcas.geo.normalize import is_arabic

# Zipf frequency (log10 per billion words): 4 is "a few times per 100k words".
COMMON_ZIPF = 4.0
VERY_COMMON_ZIPF = 5.0
BIG_PLACE = 100_000


@cache
def _zipf():
    from wordfreq import zipf_frequency

    return zipf_frequency


def commonness(name: str) -> float:
    """How common `name` is as an everyday word or phrase, in its script's language."""
    return _zipf()(name, "ar" if is_arabic(name) else "en")


def too_common(name: str, population: int, exempt: frozenset[str] = frozenset()) -> bool:
    """True when `name` is a word too common to mean this place (see module doc).

    Names in `exempt` (governorates: دمشق, Aleppo) are kept however common.
    """
    if name in exempt:
        return False
    zipf = commonness(name)
    return zipf >= VERY_COMMON_ZIPF or (zipf >= COMMON_ZIPF and population < BIG_PLACE)


MENTION_COMMON_ZIPF = 3.0


def is_common_word(text: str) -> bool:
    """True for an everyday English word or phrase ("Help", "Share"), which a loose
    (skeleton) match must not turn into a place."""
    return _zipf()(text, "en") >= MENTION_COMMON_ZIPF
