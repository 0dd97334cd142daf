"""Per-language resources: a language is a folder of lexicon data files.

`load("ar")` returns a `Language` whose lexicons come from `lang/ar/*.json`;
algorithms in `civcas.extract` read only these tables, so adding a language
means adding a folder, not an `if`. Entries are written as in text (with
hamza, ta marbuta, capitals); they are folded like the text before matching.
Arabic entries need no article or proclitic: "طيران روسي" also matches
"والطيران الروسي".

    normalize.json    titles written short that end no sentence ("Col.", "Dr."), and
                      words that go on a name after initials ("the U.S. Central Command");
                      characters folded for matching ("map"), dropped ("drop"),
                      and obfuscating runs inside words ("glue": "قـ.ـصف";
                      "split": a bare dot or star, "قص.ف", "ق*صف", "kil*led")
    clitics.json      proclitics and pronoun suffixes stripped when matching
    numbers.json      number words, multipliers, joiners ("and", "و"), articles
                      and possessives for one victim ("a child", "his wife"), postnominal numbers
                      ("مدنيين اثنين"), definite number words (ordinals)
    quantifiers.json  vague figures ("dozens" -> [12, null]), modifiers before
                      ("more than": gt, "at least": ge, "fewer than": le,
                      "nearly": near, "about":
                      approx) and after a figure, range words
    harm.json         harm kind -> words; "mixed" names killed and injured together (or
                      victims of either: "casualties", listed as `unsaid_harm` in context.json)
    groups.json       victim group -> plural nouns, singular nouns (one victim),
                      dual nouns (two), dual and singular harm nouns, definite
                      harm nouns that refer back ("المصاب"), "another" (one more
                      victim after a harm verb: "وأصيب آخر"), "others",
                      "including", and how a dual written with its vowels ends
                      ("dual_endings": "مواطنَين", two, not "مواطنِين"). People, residents, citizens are listed as
                      civilians (the source names no fighters); a figure with
                      no victim noun ("killing 5", "5 قتلى") is group "unknown";
                      "persons" are the nouns for one victim of no stated side
                      ("شخص", "a person"), whom fusion may read as a fighter
    belligerents.json DESIGN.md's belligerent names -> aliases
    attacks.json      words that make a named party the attacker ("struck", "قصف", "من قبل")
    strikes.json, sites.json   strike and site types -> words
    dates.json        month names (both Levant systems in Arabic), weekdays,
                      relative days (offset from publication), ordinal days,
                      clitics that may be written onto a day's number ("و4 آب"),
                      and the words around two weekdays that name one night
                      ("ليل الجمعة - السبت", "the night of Friday to Saturday")
    speakers.json     speaker kind -> names; attribution verbs; denials;
                      outlet words after a publisher's name ("SOHR news"); generic
                      heads a name follows ("وكالة \"…\""); the "to" clitics of an addressee;
                      "claims by" (a disputed claim's owner follows)
    context.json      running totals, background cues, mishaps that are no
                      strike (road accidents, drownings, earthquakes), units that make a
                      number a non-count (before and after it), fillers
                      skipped when pairing words, heads of names ("مشفى
                      الشهيد"), victim-list headers, and words around a party
                      named as no side in the fight: holding the ground
                      ("held by", "-held", "مناطق سيطرة") or a weapon's maker
                      ("Russian-made", "روسية الصنع"); plural harm verbs that reach
                      back to their count across an aside ("أصيبوا", "were killed")
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from civcas.lang.normalize import Normalizer

LANGUAGES = ("en", "ar")


@dataclass(frozen=True)
class Language:
    code: str
    data: dict  # file stem -> parsed JSON (e.g. "harm" -> {"killed": [...]})
    normalizer: Normalizer

    def table(self, name: str) -> dict:
        return self.data.get(name, {})


def _read_json_files(code: str) -> dict:
    folder = resources.files("civcas.lang") / code
    tables = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            tables[entry.name[: -len(".json")]] = json.loads(entry.read_text(encoding="utf-8"))
    return tables


@cache
def load(code: str) -> Language:
    """The language package for an ISO 639-1 code (falls back to English)."""
    if code not in LANGUAGES:
        code = "en"
    data = _read_json_files(code)
    return Language(code=code, data=data, normalizer=_shared_normalizer())


@lru_cache(maxsize=1)
def _shared_normalizer() -> Normalizer:
    # One normaliser for every language: documents mix scripts (an English page
    # quoting Arabic), and the folding tables of different scripts do not clash.
    tables = [_read_json_files(code).get("normalize", {}) for code in LANGUAGES]
    return Normalizer.from_tables(tables)


def guess(text: str, declared: str | None) -> str:
    """The language to read `text` with: the declared one, else by script."""
    if declared in LANGUAGES:
        return declared
    sample = text[:2000]
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    return "ar" if arabic > latin else "en"
