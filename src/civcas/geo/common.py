"""Names that are also common words (الحكومة, كبيرة, "Mercy"), judged by word frequency.

GeoNames lists many places under names that are everyday words; in news text
such a word rarely means the place. wordfreq (Arabic and English word
frequencies) judges this when the gazetteer is built, never per document:
- too_common: a small place's name that is a common word is not indexed at all;
- WordLexicon marks what is kept anyway (big places: الباب, Batman) as weak,
  so a mention needs the document's context to stand, and finds common words
  that a clitic reading would turn into a place (كبيرة = ك + بيرة).
"""

from __future__ import annotations

import math
from functools import cache

from civcas.geo.normalize import arabic_fold, is_arabic

# Zipf frequency (log10 per billion words): 4 is "a few times per 100k words".
COMMON_ZIPF = 4.0
VERY_COMMON_ZIPF = 5.5  # dropped even for a big place (كيف, "how", for Kyiv)
BIG_PLACE = 100_000
MENTION_COMMON_ZIPF = 3.0  # an English word this common is no loose (skeleton) match
CLITIC_WORD_ZIPF = 3.5  # an Arabic word this common is read as itself, not as clitic + name
EVERYDAY_WORD_ZIPF = 4.5  # an Arabic word this common is no unknown village's name (اعتقلت, الأمل)

# Conjunction/preposition clitics in front of a name, with and without the article.
_CLITIC_FORMS = ("و", "ب", "ف", "ك", "ل", "وب", "ول", "وال", "بال", "فال", "كال", "لل", "وبال")


@cache
def _zipf():
    from wordfreq import zipf_frequency

    return zipf_frequency


def commonness(name: str) -> float:
    """How common `name` is as an everyday word or phrase, in its script's language.

    Arabic is also looked up folded (alef, hamza, ta marbuta and ya variants
    unified) against wordfreq's list folded the same way, since that is how
    the index compares: GeoNames' غزه, الأشارة or جنية meet غزة, الإشارة, جنيه.
    """
    if not is_arabic(name):
        return _zipf()(name, "en")
    return max(_zipf()(name, "ar"), _folded_arabic().get(arabic_fold(name), 0.0))


@cache
def _folded_arabic() -> dict[str, float]:
    """Zipf frequency of every common Arabic word (>= CLITIC_WORD_ZIPF), keyed by its folded form."""
    from wordfreq import get_frequency_dict

    floor = 10 ** (CLITIC_WORD_ZIPF - 9)
    table: dict[str, float] = {}
    for word, frequency in get_frequency_dict("ar").items():
        if frequency >= floor:
            folded = arabic_fold(word)
            table[folded] = max(table.get(folded, 0.0), round(math.log10(frequency) + 9, 2))
    return table


@cache
def _bare_words() -> frozenset[str]:
    """Everyday words rarer in wordfreq than COMMON_ZIPF that also name a place with the article
    (data/bare_words_ar.txt: مفرق "junction", المفرق in Jordan), folded."""
    from civcas.geo.bundled import data_lines  # bundled builds the gazetteer with this module

    return frozenset(arabic_fold(word) for word in data_lines("bare_words_ar.txt"))


def too_common(name: str, population: int, exempt: frozenset[str] = frozenset()) -> bool:
    """True when `name` is a word too common to mean this place (see module doc).

    Names in `exempt` (governorates: دمشق, Aleppo) are kept however common.
    """
    if name in exempt:
        return False
    zipf = commonness(name)
    return zipf >= VERY_COMMON_ZIPF or (zipf >= COMMON_ZIPF and population < BIG_PLACE)


def is_common_word(text: str) -> bool:
    """True for an everyday English word or phrase ("Help", "Share")."""
    return _zipf()(text, "en") >= MENTION_COMMON_ZIPF


class WordLexicon:
    """What the gazetteer asks about a name while indexing it (picklable: no state)."""

    def is_common(self, name: str) -> bool:
        """The name as written is a common word or phrase: a weak name."""
        return commonness(name) >= COMMON_ZIPF

    def bare_is_common(self, bare: str) -> bool:
        """An Arabic name without its article is a common word (باب): the article is required."""
        return commonness(bare) >= COMMON_ZIPF or arabic_fold(bare) in _bare_words()

    def common_arabic_words(self) -> frozenset[str]:
        """Everyday Arabic words, folded: an unknown settlement's name is never one of them."""
        return frozenset(word for word, zipf in _folded_arabic().items() if zipf >= EVERYDAY_WORD_ZIPF)

    def clitic_collisions(self, name: str, bare: str) -> list[str]:
        """Common words (folded) that read as clitic + this one-word Arabic name: كبيرة for البيرة.

        A form is a collision when it is common and more common than the name
        itself: بدمشق is common because دمشق is, كبيرة because it means "big".
        """
        own = commonness(name)
        found = []
        for clitic in _CLITIC_FORMS:
            zipf = commonness(clitic + bare)
            if zipf >= CLITIC_WORD_ZIPF and zipf >= own:
                found.append(arabic_fold(clitic + bare))
        return found
