"""The scan: the longest gazetteer names in a document's words, and the cue words around them.

One pass over the words takes, at each position, the longest run whose key is
a gazetteer name: the exact key first, the consonant skeleton for capitalised
Latin words as a fallback (Busera / Bseira). Arabic words are also read
without their clitics (وبالرقة). Outlet and group names that contain a place
(Agence France-Presse, هيئة تحرير الشام) are skipped whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

from civcas.geo.bundled import data_lines
from civcas.geo.common import COMMON_ZIPF, commonness, is_common_word
from civcas.geo.cues import (
    Cues,
    cue_ends_at,
    cue_starts_at,
    cue_word,
    forms,
    load_cues,
    load_organisations,
    same_clause,
)
from civcas.geo.gazetteer import Entry, Gazetteer
from civcas.geo.normalize import latin_tokens, skeleton, strip_article
from civcas.geo.tokens import Token

MAX_WORDS = 6  # the longest name, in words, the scan tries
MIN_KEY_CHARS = 3  # shorter keys ("Ad", "Ba") are noise in running text
MIN_SKELETON_CHARS = 3


@dataclass
class Mention:
    start: int  # token numbers, end exclusive
    end: int
    candidates: list[Entry]
    exact: bool  # the first n_exact candidates match the words' exact key; the rest only their skeleton
    role: str | None = None  # "region", "admin", "near" or None
    settlement: bool = False
    chosen: Entry | None = field(default=None, repr=False)
    n_exact: int = -1  # -1: all of them when exact
    words: int = 1  # name words matched (articles not counted)
    weak: bool = False  # matched through a name that is also a common word
    clitic: bool = False  # Arabic: read with a proclitic taken off its first word (بمنبج, وجرابلس)
    element: bool = False  # a name element read as a place for its article ("al-Bab"), see _element_candidates
    # Named with a settlement word after it ("Idlib city"): the town, not the governorate. Unlike
    # a settlement cue before it, this vouches for no spelling: "Al-X city" may be anything's.
    town_named: bool = False
    # Named after "في", "على", "in", "on" (cues.json `locative_before`, `target_before`): told as
    # where something is or happens, so an everyday word there means the place ("غارة على رفح").
    told_at: bool = False

    def __post_init__(self) -> None:
        if self.n_exact < 0:
            self.n_exact = len(self.candidates) if self.exact else 0


@cache
def stoplist() -> frozenset[str]:
    words = [cue_word(w) for w in data_lines("stoplist_en.txt")] + list(name_elements_en())
    words += ["".join(cue_word(p) for p in w.split()) for w in data_lines("stoplist_ar.txt")]
    phrases = [" ".join(cue_word(p) for p in w.split()) for w in data_lines("stoplist_en.txt") if " " in w]
    return frozenset(words + phrases)


@cache
def name_elements_en() -> frozenset[str]:
    """Generic elements of place names: no place alone, but one after the article ("al-Bab")."""
    return frozenset(cue_word(w) for w in data_lines("name_elements_en.txt"))


def scan(tokens: list[Token], gazetteer: Gazetteer) -> list[Mention]:
    """Longest gazetteer names in the token stream, left to right, not overlapping."""
    mentions: list[Mention] = []
    organisations = load_organisations()
    i = 0
    while i < len(tokens):
        skip = _organisation_at(tokens, i, organisations)
        if skip:
            i += skip
            continue
        found = _arabic_at(tokens, i, gazetteer) if tokens[i].arabic else _latin_at(tokens, i, gazetteer)
        if found:
            mentions.append(found)
            i = found.end
        else:
            i += 1
    return mentions


def _organisation_at(tokens: list[Token], i: int, organisations: dict) -> int:
    """Words taken by an outlet or group name starting at token i ("Agence France-Presse"), else 0."""
    for form in forms(tokens[i]):
        for phrase in organisations.get(form, ()):
            n = len(phrase)
            if i + n <= len(tokens) and same_clause(tokens, i, i + n - 1) and all(t.key == w for t, w in zip(tokens[i + 1:i + n], phrase[1:])):
                return n
    return 0


def _latin_at(tokens: list[Token], i: int, gazetteer: Gazetteer) -> Mention | None:
    first = tokens[i]
    begin = i + 1 if first.article and first.joined_next else i
    if begin >= len(tokens) or tokens[begin].arabic or tokens[begin].article:
        return None
    head = tokens[begin]
    if not (head.capitalised or head.hashtag) or not head.key or head.key.isdigit():
        return None
    words: list[str] = []
    best: Mention | None = None
    j = begin
    while j < len(tokens) and len(words) < MAX_WORDS:
        token = tokens[j]
        if token.arabic or not token.key:
            break
        if not token.article:
            words.append(token.key)
            element = begin > i and len(words) == 1 and words[0] in name_elements_en()
            found = _element_candidates(words[0], gazetteer) if element else _latin_candidates(words, tokens[begin:j + 1], gazetteer)
            if found:
                candidates, n_exact = found
                if len(words) > 1 or not _acronym(tokens[begin]):
                    weak = ("en:" + " ".join(words)) in gazetteer.weak_keys
                    best = Mention(i, j + 1, candidates, exact=n_exact > 0, n_exact=n_exact, words=len(words), weak=weak,
                                   element=element)
            if not _continues(gazetteer, words):
                break
        if not token.joined_next:
            break
        j += 1
    return best


def _element_candidates(word: str, gazetteer: Gazetteer) -> tuple[list[Entry], int] | None:
    """A name element written with the article ("al-Bab", "al-Tall"): the home country's
    places named exactly that. Abroad, spelt loosely or as another name of a longer-named
    village, it is more often part of a longer name or a family name than a town ("Al
    Burj" in the West Bank, "al-Ras", "al-Ain")."""
    home = [e for e in gazetteer.get("en:" + word)
            if gazetteer.priority.get(e.country) == 0 and latin_tokens(e.name) == [word]]
    return (home, len(home)) if home else None


def _latin_candidates(words: list[str], span: list[Token], gazetteer: Gazetteer) -> tuple[list[Entry], int] | None:
    """Entries for these words: exact-key ones (plus same-skeleton ones, to let context choose), else skeleton ones."""
    key = " ".join(words)
    if len(key) < MIN_KEY_CHARS or key in stoplist():
        return None
    exact = gazetteer.get("en:" + key)
    # Loose matching is for names as people spell them, not handles or tags (DeryNews).
    capitalised = all((t.capitalised or t.hashtag or t.article) and not t.camel for t in span)
    loose = _skeleton_candidates(words, gazetteer) if capitalised else []
    if exact:
        return exact + [e for e in loose if e not in exact], len(exact)
    if loose and not is_common_word(" ".join(words)):
        return loose, 0
    return None


def _skeleton_candidates(words: list[str], gazetteer: Gazetteer) -> list[Entry]:
    """Entries whose name has the same consonant skeleton, the same first letter and a similar length."""
    skel = _skeleton(tuple(words))
    if len(skel) < MIN_SKELETON_CHARS:
        return []
    key = "".join(words)
    found = []
    for entry in gazetteer.get("sk:" + skel):
        for name in entry.names:
            other, other_skel = _joined_and_skeleton(name)
            if other and other[0] == key[0] and abs(len(other) - len(key)) <= 3 and other_skel == skel:
                found.append(entry)
                break
    return found


@lru_cache(maxsize=1 << 16)
def _skeleton(words: tuple[str, ...]) -> str:
    return skeleton(list(words))


@lru_cache(maxsize=1 << 16)
def _joined_and_skeleton(name: str) -> tuple[str, str]:
    words = latin_tokens(name)
    return "".join(words), skeleton(words)


def _acronym(token: Token) -> bool:
    """SANA, SDF, YPG: short all-capital words are organisations, not places."""
    return token.upper and token.end - token.start <= 5


def _continues(gazetteer: Gazetteer, words: list[str]) -> bool:
    return ("en:" + " ".join(words)) in gazetteer.prefixes or ("sk:" + _skeleton(tuple(words))) in gazetteer.prefixes


def _arabic_at(tokens: list[Token], i: int, gazetteer: Gazetteer) -> Mention | None:
    first = tokens[i]
    # A common word as written (وائل) is no one-word place, whatever a clitic reading
    # says; nor is a common word that only looks like clitic + name (كبيرة).
    common = first.variants[0] in stoplist()
    words = first.variants[:1] if first.folded in gazetteer.clitic_collisions else first.variants
    readings = [(word, word != first.variants[0]) for word in words]
    head = _short_head(first, gazetteer)
    if head is not None:
        readings.append((head, True))
    # A glued reading ("ديرالزور") took off a clitic only when its word had one.
    readings += [(key, clitic) for word, clitic in readings if "ال" in word[2:] for key in _glued(word, gazetteer)]
    best: Mention | None = None
    for variant, clitic in readings:
        key = variant
        j = i
        while True:
            candidates = gazetteer.get("ar:" + key)
            if (
                candidates
                and len(key) >= MIN_KEY_CHARS
                and key not in stoplist()
                and not (common and i == j)
                and _article_fits(first, key, i == j, gazetteer)
                and not (i == j and _everyday_word_here(tokens, i, key, gazetteer))
                and (best is None or j + 1 > best.end)
            ):
                best = Mention(i, j + 1, candidates, exact=True, words=j + 1 - i,
                               weak=("ar:" + key) in gazetteer.weak_keys, clitic=clitic)
            if ("ar:" + key) not in gazetteer.prefixes or j + 1 >= len(tokens) or j + 1 - i >= MAX_WORDS:
                break
            if not tokens[j].joined_next or not tokens[j + 1].arabic:
                break
            key += tokens[j + 1].key
            j += 1
    return best


# Clitics before a two-letter name head: "وتل", "بتل", "وبتل".
_SHORT_HEAD_CLITICS = frozenset({"و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})


def _short_head(first: Token, gazetteer: Gazetteer) -> str | None:
    """A two-letter first word of a name behind a clitic ("وتل تمر", "وأم X"): token variants
    strip no clitic that leaves under three letters, so short names survive ("وتل" alone is no
    "تل"), but such a head opens longer names, and MIN_KEY_CHARS keeps it from matching alone."""
    folded = first.folded
    if not 3 <= len(folded) <= 4 or folded[:-2] not in _SHORT_HEAD_CLITICS:
        return None  # most words (the scan is hot)
    return folded[-2:] if ("ar:" + folded[-2:]) in gazetteer.prefixes else None


def _glued(word: str, gazetteer: Gazetteer) -> list[str]:
    """Keys of names whose space before a later word's article was lost ("ديرالزور"): the
    word split where an article starts, kept only when a name so written exists, so a word
    that merely holds the letters ال ("فوالله") is never split."""
    keys: list[str] = []
    at = word.find("ال", 2)
    while at != -1:
        key = word[:at] + strip_article(word[at:])
        if key != word and ("ar:" + key) in gazetteer.glued_keys and key not in keys:
            keys.append(key)
        at = word.find("ال", at + 1)
    return keys


def _article_fits(first: Token, key: str, one_word: bool, gazetteer: Gazetteer) -> bool:
    """Whether the article (or its absence) on the mention's first word allows this name.

    A name whose bare form is an everyday word (الباب / باب "door") needs the
    article; a name that is a common word and has no article does not take
    one; a lone word with the article ending in -ية (السورية, "Syrian") is a
    nisba adjective unless the place itself is named with the article.
    """
    named_with_article = ("ar:" + key) in gazetteer.arabic_article_keys
    if not first.article:
        return ("ar:" + key) not in gazetteer.article_only
    if one_word and not named_with_article and ("ar:" + key) in gazetteer.weak_keys:
        return False  # الأمان "the safety", not عمان: a common word with the article the name lacks
    return not (one_word and key.endswith("يه") and not named_with_article)


def _everyday_word_here(tokens: list[Token], i: int, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a one-word name written without the article stands here, with it, as the
    everyday word it then is ("في هذا الصدد", "in this regard", not صدد; "القارة", a continent),
    no settlement word naming it a place ("بلدة القارة")."""
    return (tokens[i].article and ("ar:" + key) not in gazetteer.arabic_article_keys and _everyday_with_article(key)
            and not cue_ends_at(tokens, i, load_cues().ending["settlement_before"]))


@lru_cache(maxsize=4096)
def _everyday_with_article(key: str) -> bool:
    """Whether the name's word with the article is an everyday word (العدوان, الصدد)."""
    return commonness("ال" + key) >= COMMON_ZIPF


def read_cues(tokens: list[Token], mention: Mention, cues: Cues) -> None:
    """Set the mention's role and settlement flag from the words just before and after it."""
    for role in ("admin", "region", "near"):
        if cue_ends_at(tokens, mention.start, cues.ending[f"{role}_before"]) or cue_starts_at(tokens, mention.end, cues.starting[f"{role}_after"]):
            mention.role = role
            break
    else:
        if cue_ends_at(tokens, mention.start, cues.ending["direction_before"]):
            # "جنوبي إدلب" is southern Idlib (the governorate), "east of Saraqib" near the town.
            mention.role = "region" if any(e.kind == "admin1" for e in mention.candidates) else "near"
        elif cue_ends_at(tokens, mention.start, cues.ending["district_before"]):
            mention.role = "near"  # "منطقة عفرين", "the district of X": around the place, like "near"
    mention.settlement = cue_ends_at(tokens, mention.start, cues.ending["settlement_before"])
    # "the Idlib town of Saraqib" names Saraqib, not Idlib's town.
    mention.town_named = (cue_starts_at(tokens, mention.end, cues.starting["settlement_after"])
                          and not (mention.end + 1 < len(tokens) and tokens[mention.end].joined_next
                                   and tokens[mention.end + 1].key in cues.tie_words))
