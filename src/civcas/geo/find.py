"""find_places: place mentions in a document's text, resolved against the gazetteer.

Two passes. The scan walks the words once, taking at each position the longest
run of words whose key is a gazetteer name (exact key first, consonant skeleton
for capitalised Latin words as a fallback), and reads the cue words around it
(countryside, province, near, village of). The resolution then picks one entry
per mention, using what the whole document says: the governorates and
countries it names, the unambiguous places it mentions nearby, then population.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from civcas.geo.bundled import data_lines
from civcas.geo.cues import Cues, cue_word, load_cues
from civcas.geo.gazetteer import SOURCE_RANK, Entry, Gazetteer
from civcas.geo.common import is_common_word
from civcas.geo.normalize import latin_tokens, skeleton
from civcas.geo.tokens import Token, tokenize
from civcas.model import Place

MAX_WORDS = 6  # the longest name, in words, the scan tries
MIN_KEY_CHARS = 3  # shorter keys ("Ad", "Ba") are noise in running text
MIN_SKELETON_CHARS = 3
NEARBY_KM = 60  # a candidate this close to an unambiguous place in the text is preferred


@dataclass
class Mention:
    start: int  # token numbers, end exclusive
    end: int
    candidates: list[Entry]
    exact: bool  # the first n_exact candidates match the words' exact key; the rest only their skeleton
    role: str | None = None  # "region", "admin", "near" or None
    settlement: bool = False
    chosen: Entry | None = field(default=None, repr=False)
    n_exact: int = 0

    def __post_init__(self) -> None:
        if self.exact and not self.n_exact:
            self.n_exact = len(self.candidates)


@cache
def _stoplist() -> frozenset[str]:
    words = [cue_word(w) for w in data_lines("stoplist_en.txt")]
    words += ["".join(cue_word(p) for p in w.split()) for w in data_lines("stoplist_ar.txt")]
    phrases = [" ".join(cue_word(p) for p in w.split()) for w in data_lines("stoplist_en.txt") if " " in w]
    return frozenset(words + phrases)


def scan(tokens: list[Token], gazetteer: Gazetteer) -> list[Mention]:
    """Longest gazetteer names in the token stream, left to right, not overlapping."""
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        found = _arabic_at(tokens, i, gazetteer) if tokens[i].arabic else _latin_at(tokens, i, gazetteer)
        if found:
            mentions.append(found)
            i = found.end
        else:
            i += 1
    return mentions


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
            found = _latin_candidates(words, tokens[begin:j + 1], gazetteer)
            if found:
                best = Mention(i, j + 1, *found)
            if not _continues(gazetteer, words):
                break
        if not token.joined_next:
            break
        j += 1
    return best


def _latin_candidates(words: list[str], span: list[Token], gazetteer: Gazetteer) -> tuple[list[Entry], bool] | None:
    """Entries for these words: exact-key ones (plus same-skeleton ones, to let context choose), else skeleton ones."""
    key = " ".join(words)
    if len(key) < MIN_KEY_CHARS or key in _stoplist():
        return None
    exact = gazetteer.get("en:" + key)
    capitalised = all(t.capitalised or t.hashtag or t.article for t in span)
    loose = _skeleton_candidates(words, gazetteer) if capitalised else []
    if exact:
        return exact + [e for e in loose if e not in exact], True
    if loose and not is_common_word(" ".join(t for t in words)):
        return loose, False
    return None


def _skeleton_candidates(words: list[str], gazetteer: Gazetteer) -> list[Entry]:
    """Entries whose name has the same consonant skeleton, the same first letter and a similar length."""
    skel = skeleton(words)
    if len(skel) < MIN_SKELETON_CHARS:
        return []
    key = "".join(words)
    found = []
    for entry in gazetteer.get("sk:" + skel):
        for name in entry.names:
            other = "".join(latin_tokens(name))
            if other and other[0] == key[0] and abs(len(other) - len(key)) <= 3 and skeleton(latin_tokens(name)) == skel:
                found.append(entry)
                break
    return found


def _continues(gazetteer: Gazetteer, words: list[str]) -> bool:
    return ("en:" + " ".join(words)) in gazetteer.prefixes or ("sk:" + skeleton(words)) in gazetteer.prefixes


def _arabic_at(tokens: list[Token], i: int, gazetteer: Gazetteer) -> Mention | None:
    best: Mention | None = None
    for variant in tokens[i].variants:
        key = variant
        j = i
        while True:
            candidates = gazetteer.get("ar:" + key)
            if candidates and len(key) >= MIN_KEY_CHARS and key not in _stoplist() and not _adjective(tokens, i, j, key, gazetteer):
                if best is None or j + 1 > best.end:
                    best = Mention(i, j + 1, candidates, exact=True)
            if ("ar:" + key) not in gazetteer.prefixes or j + 1 >= len(tokens) or j + 1 - i >= MAX_WORDS:
                break
            following = tokens[j + 1]
            if not following.arabic or tokens[j].end + 3 < following.start:
                break
            key += following.key
            j += 1
    return best


def _adjective(tokens: list[Token], i: int, j: int, key: str, gazetteer: Gazetteer) -> bool:
    """A lone word with the article ending in -ية (السورية, "Syrian") is a nisba adjective, not a place."""
    return i == j and tokens[i].article and key.endswith("يه") and ("ar:" + key) not in gazetteer.arabic_article_keys


def read_cues(tokens: list[Token], mention: Mention, cues: Cues) -> None:
    """Set the mention's role from the words just before and after it."""
    before = [t for t in tokens[max(0, mention.start - cues.longest):mention.start]]
    after = tokens[mention.end:mention.end + cues.longest]
    for role in ("admin", "region", "near"):
        if _phrase_before(before, tokens, mention, cues.phrases[f"{role}_before"]) or _phrase_after(after, tokens, mention, cues.phrases[f"{role}_after"]):
            mention.role = role
            break
    mention.settlement = _phrase_before(before, tokens, mention, cues.phrases["settlement_before"])


def _phrase_before(before: list[Token], tokens: list[Token], mention: Mention, phrases) -> bool:
    for phrase in phrases:
        n = len(phrase)
        if n > len(before):
            continue
        window = before[len(before) - n:]
        if _same_clause(tokens, mention.start - n, mention.start) and _words_match(window, phrase):
            return True
    return False


def _phrase_after(after: list[Token], tokens: list[Token], mention: Mention, phrases) -> bool:
    for phrase in phrases:
        n = len(phrase)
        if n <= len(after) and _same_clause(tokens, mention.end - 1, mention.end + n - 1) and _words_match(after[:n], phrase):
            return True
    return False


def _same_clause(tokens: list[Token], first: int, last: int) -> bool:
    """No sentence or clause break between token `first` and token `last`."""
    return all(tokens[k].end + 4 >= tokens[k + 1].start for k in range(first, last))


def _words_match(window: list[Token], phrase: tuple[str, ...]) -> bool:
    for position, (token, word) in enumerate(zip(window, phrase)):
        forms = token.variants if (token.arabic and position == 0) else (token.key,)
        if word not in forms:
            return False
    return True


def resolve(mentions: list[Mention]) -> None:
    """Choose one entry per mention from the document's own context."""
    admin_support: Counter[tuple[str, str | None]] = Counter()
    country_support: Counter[str] = Counter()
    anchors: list[Entry] = []
    for m in mentions:
        countries = {e.country for e in m.candidates}
        if len(countries) == 1:
            country_support[next(iter(countries))] += 1
        for e in m.candidates:
            if e.kind == "admin1":
                admin_support[(e.country, e.admin1)] += 1
        admins = {(e.country, e.admin1) for e in m.candidates if e.kind != "country"}
        if len(admins) == 1 and not any(e.kind == "admin1" for e in m.candidates):
            admin_support[next(iter(admins))] += 1
        if len(m.candidates) == 1 and m.exact and m.candidates[0].kind in ("exact", "town", "district"):
            anchors.append(m.candidates[0])
    for m in mentions:
        m.chosen = max(m.candidates, key=lambda e: _score(e, m, admin_support, country_support, anchors))


def _score(entry: Entry, m: Mention, admins: Counter, countries: Counter, anchors: list[Entry]) -> tuple:
    near = any(a is not entry and _km(a, entry) <= NEARBY_KM for a in anchors)
    return (
        SOURCE_RANK[entry.source],
        _kind_fits(entry, m),
        admins[(entry.country, entry.admin1)] if entry.kind != "country" else 0,
        near,
        countries[entry.country],
        m.exact and entry in m.candidates[: m.n_exact],
        entry.population,
        -(entry.geonameid or 0),
    )


def _kind_fits(entry: Entry, m: Mention) -> bool:
    """Whether the entry's kind is what the cue words ask for.

    A governorate's name alone ("Idlib", "إدلب") is read as the governorate:
    news uses it for the province at least as often as for the city, and the
    coarser reading is the safe one. "city of Idlib", "near Idlib" and "مدينة إدلب"
    ask for the town.
    """
    if entry.kind == "country":
        return True
    wants_town = m.settlement or m.role == "near"
    return (entry.kind == "admin1") != wants_town


def _km(a: Entry, b: Entry) -> float:
    lat = math.radians((a.lat + b.lat) / 2)
    dx = math.radians(b.lon - a.lon) * math.cos(lat)
    dy = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(dx, dy)


def to_place(text: str, tokens: list[Token], m: Mention) -> Place:
    entry = m.chosen
    assert entry is not None
    precision = entry.precision
    if m.role == "near" and entry.kind in ("exact", "town"):
        precision = "district"
    elif m.role in ("region", "admin") and entry.kind != "country":
        precision = "region"
    start, end = tokens[m.start].start, tokens[m.end - 1].end
    return Place(
        name=entry.name,
        start=start,
        end=end,
        country=entry.country,
        admin1=entry.admin1,
        lat=entry.lat,
        lon=entry.lon,
        precision=precision,
        geonameid=entry.geonameid,
        text=text[start:end],
    )


def places_in(text: str, gazetteer: Gazetteer) -> list[Place]:
    """Every resolved place mention in `text`, in text order."""
    tokens = tokenize(text)
    mentions = scan(tokens, gazetteer)
    cues = load_cues()
    for m in mentions:
        read_cues(tokens, m, cues)
    resolve(mentions)
    return [to_place(text, tokens, m) for m in mentions]
