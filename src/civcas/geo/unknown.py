"""Settlements the gazetteer lacks, told by how the text names them (قرية X, "the village of X").

They come out as Places without coordinates: the name as written and the
governorate the text puts them in. A reviewer can add them as local places.
"""

from __future__ import annotations

from collections import Counter

from civcas.geo.cues import Cues, cue_ends_at
from civcas.geo.gazetteer import Entry
from civcas.geo.resolve import NEARBY_KM, STRONG_POPULATION, km
from civcas.geo.scan import Mention, stoplist
from civcas.geo.tokens import Token
from civcas.model import Place

UNKNOWN_NAME_WORDS_AR = 2  # an unknown Arabic name after قرية is read as at most this many words
UNKNOWN_NAME_WORDS_EN = 3
AREA_LOOKAHEAD = 8  # words after an unknown name searched for its governorate
SETTLEMENT_AFTER = frozenset({"village", "town"})  # English "X village"
_CLITIC_LETTERS = ("و", "ل", "ب", "ف", "ك")
# A preposition clitic with the article (لل, بال ...) never begins a place's name.
_PREPOSITION_ARTICLE = ("لل", "بال", "فال", "كال", "وبال", "ولل")


def unknown_settlements(
    text: str, tokens: list[Token], mentions: list[Mention], cues: Cues, admins: Counter, common_words: frozenset[str]
) -> list[Place]:
    """Settlements the gazetteer lacks, told by how the text names them.

    "the village of X", "قرية X", "منطقة X" (district), "X village", and the
    next item of an Arabic list after one of them ("قريتي X وY"). They carry no
    coordinates (a reviewer can add them as local places), but the name, and
    the governorate named right after them or else the one the document is
    mostly about. A one-word Arabic "name" that is an everyday word is not one.
    """
    taken = {k for m in mentions for k in range(m.start, m.end)}
    by_start = {m.start: m for m in mentions}
    default_area = admins.most_common(1)[0][0] if admins else (None, None)
    spans: list[tuple[int, int, int, str]] = []  # (first token, end token, chars to skip, precision)
    p = 1
    while p < len(tokens):
        precision = _unknown_cue(tokens, p, taken, cues)
        if precision is None:
            p += 1
            continue
        skip = 0
        while True:
            end = _name_end(tokens, p, taken, cues)
            if end == p or (end == p + 1 and tokens[p].arabic and tokens[p].folded[skip:] in common_words):
                break  # no name, or an everyday word ("منطقة اعتقلت", "حي الأمل")
            spans.append((p, end, skip, precision))
            taken.update(range(p, end))
            # "قريتي ربيعة واسكندرون": a word joined by و right after is the next settlement.
            if not (end < len(tokens) and tokens[end - 1].joined_next and _conjoined(tokens[end]) and end not in taken):
                break
            p, skip = end, 1
        p = max(p + 1, end)
    spans += _named_before_village(tokens, taken, cues)
    places = []
    for first, end, skip, precision in spans:
        start_char, end_char = tokens[first].start + skip, tokens[end - 1].end
        after = area_entry_after(tokens, end, by_start)
        places.append(_unknown_place(text[start_char:end_char], start_char, after, default_area, precision))
    return places


def _unknown_place(surface: str, start: int, after: Entry | None, default_area: tuple, precision: str) -> Place:
    """An unknown settlement: its name and the governorate the text puts it in, no coordinates
    (a village that cannot be found is not placed at a neighbour's; a reviewer adds it)."""
    country, admin1 = (after.country, after.admin1) if after is not None else default_area
    return Place(name=surface, start=start, end=start + len(surface), country=country, admin1=admin1, precision=precision, text=surface)


def _unknown_cue(tokens: list[Token], p: int, taken: set[int], cues: Cues) -> str | None:
    """The precision an unknown name at token p would have, if a settlement or district cue precedes it."""
    if p in taken or (tokens[p].arabic and tokens[p].folded.startswith(_PREPOSITION_ARTICLE)):
        return None  # "مخيم للمهجرين": a preposition, not a name
    if cue_ends_at(tokens, p, cues.ending["settlement_before"]):
        return "town"
    if cue_ends_at(tokens, p, cues.ending["district_before"]):
        return "district"
    return None


def _conjoined(token: Token) -> bool:
    return token.arabic and token.folded.startswith("و") and len(token.folded) > 3 and not token.folded.startswith("وادي")


def _named_before_village(tokens: list[Token], taken: set[int], cues: Cues) -> list[tuple[int, int, int, str]]:
    """English "Hazwan village", "Kafr Nouran town": capitalised words right before the word."""
    spans = []
    for k in range(1, len(tokens)):
        if tokens[k].arabic or tokens[k].key not in SETTLEMENT_AFTER or k in taken:
            continue
        first = k
        while first > 0 and k - first < UNKNOWN_NAME_WORDS_EN and first - 1 not in taken:
            before = tokens[first - 1]
            if before.arabic or not before.joined_next or not (before.capitalised or before.article) or _stops_name(before, cues):
                break
            first -= 1
        while first < k and tokens[first].article:
            first += 1
        words = " ".join(t.key for t in tokens[first:k] if not t.article)
        if first < k and words not in stoplist() and not tokens[first].upper and _unknown_cue(tokens, first, taken, cues) is None:
            spans.append((first, k, 0, "town"))
            taken.update(range(first, k))
    return spans


def area_entry_after(tokens: list[Token], end: int, by_start: dict[int, Mention]) -> Entry | None:
    """The area (ريف حلب, ناحية تل تمر, a governorate) named within a few words after token `end`, in the same sentence."""
    for k in range(end, min(end + AREA_LOOKAHEAD, len(tokens))):
        m = by_start.get(k)
        if m is not None and m.chosen is not None and m.chosen.kind != "country" and (m.role is not None or m.chosen.kind in ("admin1", "district")):
            return m.chosen
        if not _same_sentence(tokens, k):
            break
    return None


def _same_sentence(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k].end + 3 >= tokens[k + 1].start


def _name_end(tokens: list[Token], p: int, taken: set[int], cues: Cues) -> int:
    """Token number just past the unknown name starting at p (p itself when there is none)."""
    limit = UNKNOWN_NAME_WORDS_AR if tokens[p].arabic else UNKNOWN_NAME_WORDS_EN
    end = p
    words = 0
    while end < len(tokens) and words < limit and end not in taken:
        token = tokens[end]
        if token.arabic != tokens[p].arabic or token.key.isdigit() or _stops_name(token, cues):
            break
        if token.arabic:
            if end > p and (_conjoined(token) or token.folded.startswith(_PREPOSITION_ARTICLE) or (not token.article and token.key.startswith(_CLITIC_LETTERS))):
                break  # "و...", "ل...", "بال..." after the first word: the next item or a preposition
            if end > p and not token.article and tokens[p].key not in cues.name_heads:
                break  # "الفطيرة تعرضت": only compound names (تل X, أم X) go on without the article
            if len(token.key) < 2:
                break
        elif not (token.capitalised or token.article):
            break
        words += token.arabic or not token.article
        end += 1
        if not token.joined_next:
            break
    while end > p and not tokens[end - 1].arabic and tokens[end - 1].article:
        end -= 1
    joiner = "" if tokens[p].arabic else " "
    if end > p and joiner.join(t.key for t in tokens[p:end] if t.arabic or not t.article) in stoplist():
        return p  # "قرية تل", "the village of Hope": a common word, not a name
    return end


def _stops_name(token: Token, cues: Cues) -> bool:
    forms = token.variants if token.arabic else (token.key,)
    return any(form in cues.name_stop for form in (token.key, *forms))


def homonym_elsewhere(text: str, tokens: list[Token], m: Mention, by_start: dict[int, Mention]) -> Place | None:
    """A village the gazetteer knows only in another governorate than the one named right after it.

    "قرية ربيعة في ريف الحسكة": the gazetteer's Rabi'ah is in Latakia (or in
    another country), so this is another village of that name; it is kept as an
    unknown settlement of the governorate the text gives, not placed 300 km away.
    """
    entry = m.chosen
    if entry is None or entry.kind not in ("exact", "town") or entry.population >= STRONG_POPULATION or entry.source == "local":
        return None
    after = area_entry_after(tokens, m.end, by_start)
    if after is None or after.admin1 == entry.admin1 or km(after, entry) <= NEARBY_KM:
        return None
    start = tokens[m.start].start
    return _unknown_place(text[start:tokens[m.end - 1].end], start, after, (after.country, after.admin1), "town")
