"""Settlements the gazetteer lacks, told by how the text names them (قرية X, "the village of X").

They come out as Places with the name as written and the governorate the text
puts them in; coordinates only when the gazetteer knows the name under another
spelling, or from the town the same sentence names (a neighbourhood at its town,
a village at its town with precision "district"). A reviewer can add them as
local places.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from civcas.geo.common import COMMON_ZIPF, commonness
from civcas.geo.cues import Cues, cue_ends_at, cue_starts_at, load_cues
from civcas.geo.gazetteer import Entry, Gazetteer
from civcas.geo.normalize import (
    MIN_CROSS_SKELETON,
    arabic_fold,
    cross_script_skeleton,
    is_arabic,
    name_keys,
    strip_article,
)
from civcas.geo.resolve import NEARBY_KM, STRONG_POPULATION, km
from civcas.geo.scan import Mention, stoplist
from civcas.geo.tokens import Token, unsplit
from civcas.model import Place

UNKNOWN_NAME_WORDS_AR = 2  # an unknown Arabic name after قرية is read as at most this many words
UNKNOWN_NAME_WORDS_EN = 3
QUOTED_NAME_WORDS = 4  # a settlement's name in quotes is read up to the closing quote, at most this many words
# A word this common joined by و after a village named with a cue for one ("بلدة X وY"),
# without the article, is no second village: verbs and nouns opening a clause ("واعتقلت",
# "وأسفر", "وغارة") sit above it, village names below it; with the article, names as common
# as words (الكرامة, الزهراء) are villages too often to be left out.
LISTED_WORD_ZIPF = 3.3
ABROAD_POPULATION = 10_000  # a home town this big named before a foreign area is no namesake there
MAX_LIST_ITEMS = 12  # places walked back along a list
LIST_GAP_WORDS = 3  # words stepped over back to a list's previous place ("and the village of")
AREA_LOOKAHEAD = 8  # words after an unknown name searched for its governorate
ASIDE_WORDS = 6  # words of an aside between a place and its area ("X, close to the border, in Y")
SETTLEMENT_AFTER = frozenset({"village", "town"})  # English "X village"
SENTENCE_REACH = 20  # words either side searched for the town an unknown village is placed at
AREA_CUE_WORDS = 2  # words of an area's cue between "from" and its name ("من ريف حلب")
_SENTENCE_ENDS = frozenset(".!?؟\n")
_OPENING_QUOTES = frozenset('“«„"')
_CLOSING_QUOTES = frozenset('”»"“')
_CLITIC_LETTERS = ("و", "ل", "ب", "ف", "ك")
# A preposition clitic with the article (لل, بال ...) never begins a place's name.
_PREPOSITION_ARTICLE = ("لل", "بال", "فال", "كال", "وبال", "ولل")


def unknown_settlements(
    text: str, tokens: list[Token], mentions: list[Mention], cues: Cues, admins: Counter, common_words: frozenset[str],
    gazetteer: Gazetteer | None = None,
) -> list[Place]:
    """Settlements the gazetteer lacks, told by how the text names them.

    "the village of X", "قرية X", "منطقة X" (district), "X village", and the
    next item of an Arabic list after one of them ("قريتي X وY"); then X again
    wherever the text names it bare (see `_named_again`). They carry the
    name, the governorate named right after them or else the one the document is
    mostly about, and coordinates where `_located` finds some. A one-word Arabic
    "name" that is an everyday word is not one.
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
        several = cue_ends_at(tokens, p, cues.ending["several_before"])
        while True:
            quoted = _quoted_end(text, tokens, p, taken) if precision == "town" else None
            end = quoted or _name_end(tokens, p, taken, cues, precision == "town")
            if end == p + 1 and tokens[p].arabic and tokens[p].folded[skip:] in common_words:
                end = _with_direction(tokens, end, taken, cues)
            if end == p or (end == p + 1 and tokens[p].arabic and tokens[p].folded[skip:] in common_words):
                break  # no name, or an everyday word ("منطقة اعتقلت", "حي الأمل")
            if not skip and end == p + 1 and _and_everyday(tokens[p], common_words):
                break  # "يقصف قرية ويقتل 12": the cue's noun stands alone, "and" opens a clause
            if (skip and not several and end == p + 1 and not tokens[p].article
                    and commonness(tokens[p].folded[skip:]) >= LISTED_WORD_ZIPF):
                break  # "بلدة سويسة واعتقلت شابا": a verb or noun opening a clause, not a second village
            if _quote_cut(text, tokens, p, end):
                break  # منطقة “الهدنة - الجديدة”: a quoted phrase, not a name
            spans.append((p, end, skip, precision))
            taken.update(range(p, end))
            # "قريتي ربيعة واسكندرون", "قرية كنصفرة وسرجة": a word joined by و right after is the next settlement.
            if not (end < len(tokens) and tokens[end - 1].joined_next and end not in taken
                    and (_conjoined(tokens[end]) or _conjoined_head(tokens[end], cues))):
                break
            p, skip = end, 1
        p = max(p + 1, end)
    spans += _named_before_village(tokens, taken, cues)
    places = []
    for first, end, skip, precision in spans:
        start_char, end_char = tokens[first].start + skip, tokens[end - 1].end
        after = (area_entry_after(text, tokens, end, by_start) or _town_it_lies_from(text, tokens, end, by_start, cues)
                 or _sentence_area(text, tokens, first, end, mentions, cues))
        place = _unknown_place(text[start_char:end_char], start_char, after, default_area, precision)
        places.append(_located(place, text, tokens, first, end, mentions, cues, gazetteer))
    return places + _named_again(text, tokens, spans, places, taken, common_words, cues)


def _named_again(
    text: str, tokens: list[Token], spans: list, places: list[Place], taken: set[int], common_words: frozenset[str],
    cues: Cues,
) -> list[Place]:
    """Later bare mentions of a settlement the text introduced with its cue ("قرية تل السنديان ...
    مجزرة في #تل_السنديان"): the same place (as placed by a sentence that named a town with
    it, if one did), wherever the cue is not repeated. Not a one-word name that is an
    everyday word without its article (قرية المحطة, "the station"); one that is a common
    word (منطقة هدم, هدم "demolished") only where the text says it is a place (see `_placed_at`)."""
    known: dict[tuple[str, ...], Place] = {}
    for (first, end, skip, _), place in zip(spans, places):
        words = tuple(t.key for t in tokens[first:end])
        if skip == 0 and not (len(words) == 1 and words[0] in common_words):
            if words not in known or (known[words].lat is None and place.lat is not None):
                known[words] = place  # where a sentence placed it, when one did
    again: list[Place] = []
    if not known:
        return again
    by_first: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
    for words, place in known.items():
        by_first.setdefault(words[0], []).append((words, place))
    for k in range(len(tokens)):
        first_forms = tokens[k].variants if tokens[k].arabic else (tokens[k].key,)
        candidates = [c for form in first_forms for c in by_first.get(form, ())]
        for words, place in candidates:
            n = len(words)
            if k + n > len(tokens) or any(j in taken for j in range(k, k + n)):
                continue
            if (n == 1 and tokens[k].arabic and commonness(words[0]) >= COMMON_ZIPF
                    and not _placed_at(tokens, k, words[0], cues)):
                continue
            if (tuple(t.key for t in tokens[k + 1:k + n]) == words[1:]
                    and all(tokens[j].joined_next for j in range(k, k + n - 1))):
                # "وتل السنديان": the name behind a clitic starts after it.
                skip = len(tokens[k].folded) - len(words[0]) if tokens[k].arabic and tokens[k].key != words[0] else 0
                start, stop = tokens[k].start + skip, tokens[k + n - 1].end
                again.append(replace(place, start=start, end=stop, text=text[start:stop]))
                taken.update(range(k, k + n))
                break
    return again


def _and_everyday(token: Token, common_words: frozenset[str]) -> bool:
    """Whether an Arabic word is "و" and an everyday word ("ويقتل", "وأصيب")."""
    return (token.arabic and not token.article and token.folded.startswith("و")
            and token.folded[1:] in common_words)


def _placed_at(tokens: list[Token], k: int, name: str, cues: Cues) -> bool:
    """Whether token k is said to be a place: after "في", with the clitic ب ("بهدم"), or as a
    hashtag. A common word repeated bare (a verb: "كما هدم القصف بيتا") is the word, not the place."""
    token = tokens[k]
    with_bi = "ب" in token.folded[: len(token.folded) - len(name)]  # the clitics before the name: ب, وب
    return token.hashtag or with_bi or cue_ends_at(tokens, k, cues.ending["locative_before"])


def _located(
    place: Place, text: str, tokens: list[Token], first: int, end: int, mentions: list[Mention], cues: Cues, gazetteer: Gazetteer | None
) -> Place:
    """The unknown settlement with coordinates where the text lets us place it, its name kept.

    In order: the gazetteer under another spelling (its Latin name, matched by
    consonant skeleton, in the governorate the text gives); a neighbourhood
    (حي X) at the town named with it; else a village at the nearest town or
    district the same sentence names, with precision "district".
    """
    known = _spelled_otherwise(place, gazetteer)
    if known is not None:
        return _at(place, known, "town")
    neighbourhood = cue_ends_at(tokens, first, cues.ending["neighbourhood_before"])
    kinds = ("exact", "town", "district", "admin1") if neighbourhood else ("exact", "town", "district")
    town = _nearest_in_sentence(text, tokens, first, end, mentions, kinds)
    if town is None:
        return place
    return _at(place, town, "town" if neighbourhood else "district")


def _at(place: Place, entry: Entry, precision: str) -> Place:
    """`place` given `entry`'s coordinates (and its area, when the text gave none); no geonameid,
    so that the village is not counted as the town it was placed at."""
    return replace(place, lat=entry.lat, lon=entry.lon, precision=precision,
                   country=place.country or entry.country, admin1=place.admin1 or entry.admin1)


def _spelled_otherwise(place: Place, gazetteer: Gazetteer | None) -> Entry | None:
    """The one gazetteer place of the text's country that the name may be a spelling of.

    An Arabic name is compared with Latin names by consonant skeleton ("قارة" /
    "Qarah"); a skeleton shorter than MIN_CROSS_SKELETON meets too many names.
    The exact spelling may lie in another governorate of the country (a village
    named with the capital, "قارة بريف دمشق" filed under Damascus); a mere
    skeleton match must lie in the governorate itself.
    """
    if gazetteer is None or place.country is None:
        return None
    keys = [(key, not key.startswith("sk:")) for key in name_keys(place.name)]
    if is_arabic(place.name) and len(sk := cross_script_skeleton(place.name)) >= MIN_CROSS_SKELETON:
        keys.append(("sk:" + sk, False))
    for key, exact in keys:
        found = {id(e): e for e in gazetteer.get(key)
                 if e.kind in ("exact", "town") and e.country == place.country and (exact or e.admin1 == place.admin1)}
        if len(found) == 1:
            return next(iter(found.values()))
    return None


def _nearest_in_sentence(
    text: str, tokens: list[Token], first: int, end: int, mentions: list[Mention], kinds: tuple[str, ...]
) -> Entry | None:
    """The place of one of `kinds` named closest to tokens [first, end) within the same sentence."""
    lo, hi = _sentence_bounds(text, tokens, first, end)
    best: tuple[int, Entry] | None = None
    for m in mentions:
        if m.chosen is None or m.chosen.kind not in kinds or not (lo <= m.start and m.end <= hi) or first <= m.start < end:
            continue
        distance = m.start - end if m.start >= end else first - m.end
        if best is None or distance < best[0]:
            best = (distance, m.chosen)
    return best[1] if best else None


def _sentence_area(text: str, tokens: list[Token], first: int, end: int, mentions: list[Mention], cues: Cues) -> Entry | None:
    """The area (a district or governorate, "وفي الريف الشرقي لدير الزور، قتل مدني في قرية X") the sentence
    of an unknown village names nearest to it, when everything else the sentence places lies in that
    governorate too: a headline over several governorates, or a town of another beside it, leaves the
    village to the report's main governorate. An area named as where people come from ("نازحون من
    ريف حلب") is no evidence of where the village lies."""
    lo, hi = _sentence_bounds(text, tokens, first, end)
    best: tuple[int, Entry] | None = None
    admins = set()
    for m in mentions:
        if m.chosen is None or not (lo <= m.start and m.end <= hi) or first <= m.start < end or m.chosen.kind == "country":
            continue
        if any(cue_ends_at(tokens, k, cues.ending[cue]) for k in range(max(1, m.start - AREA_CUE_WORDS), m.start + 1)
               for cue in ("from_before", "origin_before")):
            continue
        admins.add(m.chosen.admin1)
        if m.chosen.kind in ("district", "admin1"):
            distance = m.start - end if m.start >= end else first - m.end
            if best is None or distance < best[0]:
                best = (distance, m.chosen)
    return best[1] if best is not None and len(admins) == 1 else None


def _sentence_bounds(text: str, tokens: list[Token], first: int, end: int) -> tuple[int, int]:
    """The tokens of the sentence around [first, end), up to SENTENCE_REACH words either side."""
    lo = first
    while lo > 0 and first - lo < SENTENCE_REACH and not _sentence_break(text, tokens, lo - 1):
        lo -= 1
    hi = end
    while hi < len(tokens) and hi - end < SENTENCE_REACH and not _sentence_break(text, tokens, hi - 1):
        hi += 1
    return lo, hi


def _unknown_place(surface: str, start: int, after: Entry | None, default_area: tuple, precision: str) -> Place:
    """An unknown settlement: its name and the governorate the text puts it in, no coordinates
    (see `_located` for those the text lets us place; a reviewer adds the rest)."""
    country, admin1 = (after.country, after.admin1) if after is not None else default_area
    # A hashtag's underscores ("#تل_سوسن") stand for the spaces of the name; a word split to
    # dodge filters is named whole.
    return Place(name=unsplit(surface).replace("_", " "), start=start, end=start + len(surface), country=country, admin1=admin1, precision=precision, text=surface)


def _unknown_cue(tokens: list[Token], p: int, taken: set[int], cues: Cues) -> str | None:
    """The precision an unknown name at token p would have, if a settlement or district cue precedes it."""
    if p in taken or (tokens[p].arabic and tokens[p].folded.startswith(_PREPOSITION_ARTICLE)):
        return None  # "مخيم للمهجرين": a preposition, not a name
    if cue_ends_at(tokens, p, cues.ending["settlement_before"]):
        return "town"
    if cue_ends_at(tokens, p, cues.ending["district_before"]):
        return "district"
    return None


def _opens_quote(text: str, tokens: list[Token], p: int) -> bool:
    return text[tokens[p - 1].end:tokens[p].start].rstrip("#")[-1:] in _OPENING_QUOTES


def _quote_cut(text: str, tokens: list[Token], p: int, end: int) -> bool:
    """Whether a name read after an opening quote stops before the quote closes."""
    return _opens_quote(text, tokens, p) and text[tokens[end - 1].end:tokens[end - 1].end + 1] not in _CLOSING_QUOTES


def _quoted_end(text: str, tokens: list[Token], p: int, taken: set[int]) -> int | None:
    """Token number just past a settlement's name written in quotes (قرية “عين الزرقاء”):
    the quotes mark where it ends, whatever its words look like. None when it is not quoted."""
    if not _opens_quote(text, tokens, p):
        return None
    for k in range(p, min(p + QUOTED_NAME_WORDS, len(tokens))):
        if k in taken or tokens[k].arabic != tokens[p].arabic:
            return None
        if text[tokens[k].end:tokens[k].end + 1] in _CLOSING_QUOTES:
            return k + 1
        if not tokens[k].joined_next:
            return None
    return None


def _conjoined(token: Token) -> bool:
    return token.arabic and token.folded.startswith("و") and len(token.folded) > 3 and not token.folded.startswith("وادي")


def _conjoined_head(token: Token, cues: Cues) -> bool:
    """A two-letter name head behind "و" ("وتل السمن", "وأم X"): too short for `_conjoined`."""
    return token.arabic and token.folded.startswith("و") and token.folded[1:] in cues.name_heads


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


def area_entry_after(text: str, tokens: list[Token], end: int, by_start: dict[int, Mention]) -> Entry | None:
    """The area (ريف حلب, ناحية تل تمر, a governorate) named within a few words after token `end`, in the same sentence."""
    area = area_mention_after(text, tokens, end, by_start)
    return area.chosen if area is not None else None


def _town_it_lies_from(text: str, tokens: list[Token], end: int, by_start: dict[int, Mention], cues: Cues) -> Entry | None:
    """The town a direction right after an unknown name places it from ("قرية X غرب مدينة الباب",
    "the village of X, west of al-Bab"): its governorate is the village's, whatever the rest
    of the report is about. The direction may follow the list's next villages, a word tying
    it to the name or a distance ("قريتي X وY غربي مدينة Z", "قرية X الواقعة على بعد 5 كم شمال
    مدينة Z"); only the direction's and the town's cue words may stand between it and the town."""
    lead = end
    while lead < len(tokens) and lead - end < AREA_LOOKAHEAD and lead not in by_start and _before_direction(tokens, lead, cues):
        lead += 1
    if (lead >= len(tokens) or any(_sentence_break(text, tokens, k) for k in range(end - 1, lead))
            or not cue_starts_at(tokens, lead, cues.starting["direction_before"], after_break=True)):
        return None
    for k in range(lead + 1, min(lead + AREA_LOOKAHEAD, len(tokens))):
        if _sentence_break(text, tokens, k - 1):
            return None
        m = by_start.get(k)
        if m is not None:
            town = m.chosen is not None and m.chosen.kind in ("exact", "town")
            return m.chosen if town and _only_area_words(tokens, lead, k, cues) else None
    return None


def _before_direction(tokens: list[Token], k: int, cues: Cues) -> bool:
    """Whether token k may stand between a village's name and the direction that places it: the
    list's next villages ("وY", "وتل Y"), a tying word ("الواقعة") or a distance ("على بعد 5 كم")."""
    token = tokens[k]
    return (_conjoined(token) or _conjoined_head(token, cues) or token.key.isdigit() or token.key in cues.tie_words
            or token.key in cues.distance_words or (token.arabic and token.article and _conjoined_head(tokens[k - 1], cues)))


def area_mention_after(text: str, tokens: list[Token], end: int, by_start: dict[int, Mention]) -> Mention | None:
    """The mention of that area (see `area_entry_after`). A full stop or a new line ends the
    search, even right after the name: "قرب سراقب\nالعثور على جثتين في درعا" is a new headline."""
    for k in range(end, min(end + AREA_LOOKAHEAD, len(tokens))):
        if _sentence_break(text, tokens, k - 1) or not _same_sentence(tokens, k - 1):
            break
        m = by_start.get(k)
        if m is not None and m.chosen is not None and m.chosen.kind != "country" and (m.role is not None or m.chosen.kind in ("admin1", "district")):
            return m
    return None


def container_after(text: str, tokens: list[Token], m: Mention, by_start: dict[int, Mention], cues: Cues) -> Mention | None:
    """The area after a known place's name that holds it, strict enough to move the place there.

    Not an item of a list of places ("بلدة X ومنبج وريف عفرين", "مناطق X والحسكة", "Tel Tamr,
    Manbij and the Aleppo countryside"; an area after another listed village may hold both:
    "بلدة X وقرية Y، شمال غربي حماة"), unless a cue named several settlements ("قريتي X وY
    بريف الحسكة": the area after the last holds them all); nor the next tag of a run of
    hashtags, which are topics ("#الطبقة #قسد #دير_الزور").
    An unknown village has no such reading to lose: any area after it is better evidence
    of its governorate than the document's default, so it keeps `area_entry_after`."""
    area = area_mention_after(text, tokens, m.end, by_start)
    if area is None or any(_next_tag(text, tokens, k) for k in range(m.end, area.start + 1)):
        return None
    if _new_clause_before(text, tokens, m, area, cues):
        return None
    if cue_ends_at(tokens, m.start, cues.ending["several_before"]):
        return area
    joins = [k for k in range(m.end, area.start + 1) if _joins_list(text, tokens, k, by_start, cues)]
    if not joins or not all(_area_word(tokens[j], cues) for j in range(joins[-1] + 1, area.start)):
        return area
    # "and" right before the area (its cue words aside): the area is an item of the list ("X
    # and the Aleppo countryside"), but a village named as one with only the area after it
    # ("قرية X وريف الحسكة") may be that village of the area's countryside. Not when the list
    # names areas ("مناطق X والحسكة") or goes on past the name ("قرية X ومنبج وريف عفرين",
    # "بلدة X والكرامة وريف عفرين", an item the gazetteer lacks) or before it ("منبج وقرية X وريف حلب").
    items = [k for k in range(m.end, joins[-1]) if k in by_start or (k == m.end and _listed_word(text, tokens[k]))]
    alone = (m.settlement and not cue_ends_at(tokens, m.start, cues.ending["areas_before"])
             and not items and not _listed_after_place(text, tokens, m, by_start, cues))
    return area if alone else None


def _new_clause_before(text: str, tokens: list[Token], m: Mention, area: Mention, cues: Cues) -> bool:
    """Whether a comma after the name opens a clause or a list's next item before the area ("X،
    إضافة إلى مناطق في جبل Y", "X، وركان، ريف Y"); "X، ريف حلب", "X, in rural Aleppo" and "X, east
    of Y" only set the area apart."""
    if not any(c in ",،;؛" for c in text[tokens[m.end - 1].end:tokens[area.start].start]):
        return False
    if _aside_before(text, tokens, m, area, cues):
        return False
    return not _only_area_words(tokens, m.end, area.start, cues)  # "X, east of Y"


def _only_area_words(tokens: list[Token], lo: int, hi: int, cues: Cues) -> bool:
    """Whether tokens [lo, hi) only lead to an area: "in", "of", "the", a cue ("ريف", "east of")."""
    return all(cue_ends_at(tokens, j + 1, cues.ending["locative_before"]) or _tie_word(tokens[j], cues)
               or _area_word(tokens[j], cues) for j in range(lo, hi))


def _aside_before(text: str, tokens: list[Token], m: Mention, area: Mention, cues: Cues) -> bool:
    """Whether commas set off an aside between the name and the area that places it beside
    something else, the area's own words after it: "X, close to the front line, in Y
    province", "قرية X، قرب الحدود التركية، في ريف إدلب". The area still holds the place; an
    aside opened by anything else may be a clause or a list's next item."""
    commas = [j for j in range(m.end, area.start + 1) if any(c in ",،" for c in text[tokens[j - 1].end:tokens[j].start])]
    if len(commas) != 2 or commas[0] != m.end or commas[1] - m.end > ASIDE_WORDS:
        return False
    opens = m.end + 1 if tokens[m.end].key.isdigit() else m.end  # "X, 5 km from the border, in Y"
    return (any(cue_starts_at(tokens, opens, cues.starting[role], after_break=opens == m.end)
                for role in ("near_before", "direction_before"))
            and _only_area_words(tokens, commas[1], area.start, cues))


def _listed_word(text: str, token: Token) -> bool:
    """Whether a word joined by و may be a list's next place ("والكرامة"): not one of the town's
    own ("وريفها", "ومحيطه", its countryside, its surroundings) nor a word as common as a verb
    or a plural noun opening a clause ("وقتلت", "والقرى")."""
    word = text[token.start:token.end]
    return (_conjoined(token) and not word.endswith(("ها", "هم", "هما", "ه"))
            and commonness(token.folded[1:]) < LISTED_WORD_ZIPF + (1.0 if token.article else 0.0))


def _listed_after_place(text: str, tokens: list[Token], m: Mention, by_start: dict[int, Mention], cues: Cues) -> bool:
    """Whether the name follows another place as the next item of a list: after a comma or
    semicolon, "and" or "و" ("Manbij, X", "Manbij and X", "منبج وقرية X", "منبج و X")."""
    return _listed_before(text, tokens, m, by_start, cues) is not None


def _listed_before(text: str, tokens: list[Token], m: Mention, by_start: dict[int, Mention], cues: Cues) -> Mention | None:
    """The place the name follows as the next item of a list (see `_listed_after_place`)."""
    k = m.start
    while k > 0 and k - 1 not in by_start and m.start - k < LIST_GAP_WORDS and (
            _joins_list(text, tokens, k - 1, by_start, cues)
            or any(tokens[k - 1].key in cues.starting[role] for role in ("settlement_before", "district_before"))):
        k -= 1  # the words between: "and", a cue ("وقرية")
    before = next((o for o in by_start.values() if o.end == k), None)
    if before is None:
        return None
    gap = text[tokens[before.end - 1].end:tokens[k].start].strip()
    joined = k < m.start or (m.clitic and text.startswith("و", tokens[m.start].start))
    return before if gap in (",", "،", ";", "؛") or (gap == "" and joined) else None


def _next_tag(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k opens a hashtag right after another one ("#صحنايا #السويداء")."""
    return tokens[k].hashtag and text[tokens[k].start - 1] == "#" and tokens[k - 1].hashtag


def _joins_list(text: str, tokens: list[Token], k: int, by_start: dict[int, Mention], cues: Cues) -> bool:
    """Whether token k joins a list's next item: "and", "و" alone, or a word opened by the
    clitic و that is a place or a cue of one ("والرقة", "وريف عفرين"), not one that only
    begins with the letter ("وادي", "وسط")."""
    token = tokens[k]
    if token.key in cues.list_join or token.folded in cues.list_join:
        return True
    if not token.arabic or not text.startswith("و", token.start):
        return False
    m = by_start.get(k)
    if m is not None:
        return m.clitic
    return any(variant != token.folded and any(variant in cues.starting[role] for role in _AREA_CUES)
               for variant in token.variants)


def _area_word(token: Token, cues: Cues) -> bool:
    """Whether a word may stand between a list's "and" and the area it joins: an article or a cue."""
    return token.key == "the" or any(token.key in cues.starting[role] for role in _AREA_CUES)


# Cue words of an area, and of a list of settlements or areas ("وقرى ريف X", "ومناطق X"): a word
# opened by "و" that is one of them joins a list's next item.
_AREA_CUES = ("region_before", "admin_before", "district_before", "settlement_before", "near_before", "direction_before",
              "several_before", "areas_before")


def _sentence_break(text: str, tokens: list[Token], k: int) -> bool:
    """Whether a sentence ends between token k and the next (a full stop, a question mark, a new line)."""
    return k + 1 >= len(tokens) or any(c in _SENTENCE_ENDS for c in text[tokens[k].end:tokens[k + 1].start])


def _same_sentence(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k].end + 3 >= tokens[k + 1].start


def _name_end(tokens: list[Token], p: int, taken: set[int], cues: Cues, settlement: bool = False) -> int:
    """Token number just past the unknown name starting at p (p itself when there is none).

    After a settlement word, one stoplisted word with the article is the name: "قرية العمران"
    is a village of that name, where the bare word would be a noun or a given name. (The
    everyday words among them, الجديدة or السلام, are still dropped by the caller.)"""
    limit = UNKNOWN_NAME_WORDS_AR if tokens[p].arabic else UNKNOWN_NAME_WORDS_EN
    end = p
    words = 0
    while end < len(tokens) and words < limit and end not in taken:
        token = tokens[end]
        if token.arabic != tokens[p].arabic or token.key.isdigit() or _stops_name(token, cues):
            break
        if token.arabic:
            # "و...", "ل...", "بال..." after the first word: the next item or a preposition; but
            # right after a name head the word is the name's ("عين لبوة", "كفر بسين").
            clitic = not token.article and token.key.startswith(_CLITIC_LETTERS) and not _after_head(tokens, p, end, cues)
            if end > p and (_conjoined(token) or token.folded.startswith(_PREPOSITION_ARTICLE) or clitic):
                break
            if end > p and not token.article and tokens[p].key not in cues.name_heads and not _underscored(tokens[end - 1], token):
                break  # "السنابل تعرضت": only compound names (تل X, أم X) go on without the article
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
        if not (settlement and _definite_name(tokens[p:end], cues)):
            return p  # "قرية تل", "the village of Hope": a common word, not a name
    return end


def _after_head(tokens: list[Token], p: int, k: int, cues: Cues) -> bool:
    """Whether token k is the word right after a name's first word that is a name head (تل, عين, كفر)."""
    return k == p + 1 and tokens[p].key in cues.name_heads


def _definite_name(words: list[Token], cues: Cues) -> bool:
    """One Arabic word with the article that does not begin a compound name (الشيخ ...)."""
    return len(words) == 1 and words[0].arabic and words[0].article and words[0].key not in cues.name_heads


def _with_direction(tokens: list[Token], end: int, taken: set[int], cues: Cues) -> int:
    """`end`, or past the direction adjective right after a one-word name that is an everyday
    word: "قرية كبيرة الشرقية" is a village's eastern half, named so, not "big". After any
    other name the direction is left out (دلبون الغربي is reported as دلبون), so that reports
    naming the village with and without it name one place."""
    if end < len(tokens) and end not in taken and tokens[end - 1].joined_next:
        token = tokens[end]
        if token.arabic and token.article and token.key in cues.name_directions:
            return end + 1
    return end


def _underscored(previous: Token, token: Token) -> bool:
    """Whether one hashtag joins the two words with an underscore: "#تير_معلة" is one name."""
    return token.hashtag and token.start == previous.end + 1


def _stops_name(token: Token, cues: Cues) -> bool:
    forms = token.variants if token.arabic else (token.key,)
    return any(form in cues.name_stop for form in (token.key, *forms))


def without_foreign_villages(
    text: str, tokens: list[Token], mentions: list[Mention], admins: Counter, home: set[str]
) -> tuple[list[Mention], Counter, dict[str, str]]:
    """The mentions but those of `foreign_village`, the governorate support without theirs, and
    the gazetteer's name for each of their spellings: "قرية X" is then read as a village the
    gazetteer lacks, in the document's governorate, and named alike however it is spelt
    ("قرية زيدية", "قرية الزيدية"), so that its mentions are one place."""
    villages = _called_villages(tokens, mentions)
    foreign = [m for m in mentions if foreign_village(m, admins, home, m.start in villages)]
    if not foreign:
        return mentions, admins, {}
    support = Counter(admins)
    support.subtract((m.chosen.country, m.chosen.admin1) for m in foreign)
    names = {text[tokens[m.start].start:tokens[m.end - 1].end]: m.chosen.name for m in foreign}
    return [m for m in mentions if m not in foreign], +support, names


def _called_villages(tokens: list[Token], mentions: list[Mention]) -> set[int]:
    """Where the mentions start that a village word names ("قرية X", "the village of X"), and
    those joined by "و" right after one ("قريتي X وY")."""
    cues, starts = load_cues(), set()
    for m in sorted(mentions, key=lambda m: m.start):
        if cue_ends_at(tokens, m.start, cues.ending["village_before"]) or (
                _conjoined(tokens[m.start]) and any(o.end == m.start and o.start in starts for o in mentions)):
            starts.add(m.start)
    return starts


def after_name_head(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether a known name is the second word of a settlement's compound name: a settlement
    cue, then a compound name's first word, then it ("حي كفر سوسة", "قرية كفر حلب", "منطقة زور
    مغار"). The head alone names nothing; the compound is a place the gazetteer lacks, not
    Sousse nor Aleppo."""
    head = m.start - 1
    if head < 1 or not tokens[head].arabic or tokens[head].article or not tokens[head].joined_next:
        return False
    if tokens[head].key not in cues.name_heads:
        return False
    return any(cue_ends_at(tokens, head, cues.ending[role]) for role in ("settlement_before", "district_before"))


def named_after_country(m: Mention) -> bool:
    """Whether a settlement cue stands before a country's name: "مخيم كويت الرحمة", "the camp of
    Lebanon" name a camp or village called after the country (read then as a settlement the
    gazetteer lacks), not the country, which no one calls a village or a camp."""
    return m.settlement and m.chosen is not None and m.chosen.kind == "country"


FACILITY_REACH = 2  # words from a place's name to the facility word after it ("Salah al-Din Secondary School")


def names_facility(tokens: list[Token], m: Mention, cues: Cues, home: set[str]) -> bool:
    """Whether a foreign place's name is a facility's: a school, hospital, mosque, street or
    square named for it ("مدرسة صلاح الدين", "Salah al-Din Secondary School", "حي صلاح الدين",
    "شارع بغداد"), no mention of Iraq's Salah ad-Din or of Baghdad. After the name, only a
    capitalised facility word makes it a name: "a Gaza school", "a Beirut street" stand in
    Gaza and Beirut. A home town so named is where the facility stands ("مشفى إدلب"), and stays."""
    if m.chosen is None or m.chosen.country in home:
        return False
    before = cue_ends_at(tokens, m.start, cues.ending["facility_before"]) or (
        m.settlement and cue_ends_at(tokens, m.start, cues.ending["neighbourhood_before"]))
    return before or any(tokens[k].capitalised and cue_starts_at(tokens, k, cues.starting["facility_after"])
                         for k in range(m.end, min(m.end + FACILITY_REACH, len(tokens))))


def named_as(places: list[Place], names: dict[str, str]) -> list[Place]:
    """`places`, those written as a key of `names` given its value as their name."""
    return [replace(p, name=names[p.name]) if p.name in names else p for p in places]


def foreign_village(m: Mention, admins: Counter, home: set[str], village: bool = False) -> bool:
    """Whether a settlement named as one ("قرية X", "the village of X") is matched to a small
    town abroad while the document's governorates are mostly of the home country: a home
    village the gazetteer lacks, not a town abroad ("قرية آشمة" in a report on Kobani is not
    Turkey's Eşme). A big town is named with a cue as well ("مدينة غازي عنتاب"), but never
    called a village (`village`: "قرية X" is no city of 200,000 abroad)."""
    entry = m.chosen
    if (not (m.settlement or village) or entry is None or entry.country in home or entry.kind not in ("exact", "town")
            or (entry.population >= STRONG_POPULATION and not village)):
        return False
    at_home = sum(n for (country, _), n in admins.items() if country in home)
    # Not the support the name itself gave its own governorate.
    abroad = sum(n for (country, admin1), n in admins.items() if country == entry.country and admin1 != entry.admin1)
    return at_home > abroad


def homonym_elsewhere(
    text: str, tokens: list[Token], m: Mention, by_start: dict[int, Mention], cues: Cues, home: set[str],
    outer: bool = True,
) -> Place | None:
    """A village the gazetteer knows only in another governorate than the one named right after it.

    "قرية ربيعة في ريف الحسكة": the gazetteer's Rabi'ah is in Latakia (or in
    another country), so this is another village of that name; it is kept as an
    unknown settlement of the governorate the text gives, not placed 300 km away.
    A big town is only moved when a settlement word marks it and that governorate is in
    another country: "the town of Oakdale in the Deir ez-Zor countryside" is no city of
    Libya, however big, but "strikes hit Oakdale and the Deir ez-Zor countryside" names both.
    An area that is itself a namesake the text places elsewhere ("X in the Shahba area of
    rural Aleppo": not As-Suwayda's Shahba) puts X where the text puts it, when tied to X
    ("in the"), not when listed after it ("X, Shahba area in ..."). A home town is
    moved abroad only by an area tied to it ("بلدة X في محافظة نينوى", not an area some words
    on), when it is small (a big town so named is where someone came from or lives: "لاجئ
    من مدينة X في ولاية Y") and not named as where someone is from; and never to where the
    text heads from it ("X باتجاه الرقة", "X towards the Y countryside"). A town's countryside
    ("ريف X") is moved only by an area its words lead to ("ريف X شمالي الحسكة"): villages have
    none, so a governorate a later clause names is somewhere else ("من ريف X وعاش في الرقة").
    """
    entry = m.chosen
    # "قرية أبين": a settlement cue before a governorate's name makes it a village's.
    village_of_area = entry is not None and entry.kind == "admin1" and m.settlement
    if entry is None or entry.source == "local" or not (village_of_area or entry.kind in ("exact", "town")):
        return None
    area = container_after(text, tokens, m, by_start, cues)
    after = area.chosen if area is not None else None
    # A governorate of another country named bare right after a town is mostly a new phrase
    # ("فصائل القرية الموالية لأنقرة"), not the town's container; "بريف X", "لناحية X" is one,
    # and so is a governorate opened by "ب" right after the town ("بريف دمشق": the governorate
    # named "the countryside of Damascus" carries no cue of its own).
    if after is None or (after.country != entry.country and area.role is None and after.kind == "admin1"
                         and not _opened_by_bi(text, tokens, m.end, area)):
        return None
    # "the city of Oakdale in western Libya and the Deir ez-Zor countryside": its own country,
    # named between them, tells where the town lies; the governorate after is the next item.
    if any((o := by_start.get(k)) is not None and o.chosen is not None and o.chosen.kind == "country"
           and o.chosen.country == entry.country for k in range(m.end, area.start)):
        return None
    if any(cue_ends_at(tokens, k, cues.ending["heading_before"]) and all(_tie_word(tokens[j], cues) for j in range(k, area.start))
           for k in range(m.end, area.start + 1)):
        return None  # "X باتجاه الريف الشرقي للرقة": where it heads from X
    if not m.settlement and _list_spans_elsewhere(text, tokens, m, area, by_start, cues):
        return None  # "X وY وبلدة Z بريف W", Y a town of another governorate: W is only the last items'
    if m.role == "region" and not _only_area_words(tokens, m.end, area.start, cues):
        return None  # see above: a town's countryside
    nested = outer and after.kind in ("exact", "town")
    inner = homonym_elsewhere(text, tokens, area, by_start, cues, home, False) if nested else None
    if inner is not None and not _tied(text, tokens, m, area, cues):
        return None  # "X, Shahba area in rural Aleppo": a list's items, whatever the area's own place
    target = (inner.country, inner.admin1) if inner is not None else (after.country, after.admin1)
    if target == (entry.country, entry.admin1) or (inner is None and km(after, entry) <= NEARBY_KM):
        return None
    if entry.country in home and target[0] not in home and (
            entry.population >= ABROAD_POPULATION or _from_before(tokens, m, cues) or not _tied(text, tokens, m, area, cues)):
        return None  # a home town moved abroad only as a small namesake tied to the area
    if entry.kind != "admin1" and entry.population >= STRONG_POPULATION and (
            target[0] == entry.country or not m.settlement):
        return None  # a city named bare or in its own country next to a governorate: a list, not a homonym
    end = tokens[m.end - 1].end
    start, name = _bare_name(text, tokens[m.start], end) if m.clitic else (tokens[m.start].start, text[tokens[m.start].start:end])
    return replace(_unknown_place(text[start:end], start, None, target, "town"), name=unsplit(name).replace("_", " "))


def _list_spans_elsewhere(text: str, tokens: list[Token], m: Mention, area: Mention, by_start: dict[int, Mention],
                          cues: Cues) -> bool:
    """Whether the name is a bare item of a list that goes on past it and that names a town
    outside the governorate of the area after it ("جسر الشغور ومعرة النعمان وبلدة البصيرة بريف
    دير الزور": Ma'arrat an-Nu'man is Idlib's), or is itself a sizeable town: the area is
    then its last items' only. A list whose towns all lie in that area ("ربيعة وقرية تل حميس
    بريف الحسكة") holds them all."""
    after = [o for k in range(m.end, area.start) if (o := by_start.get(k)) is not None and _joined_to_list(text, tokens, o, by_start, cues)]
    if not after:
        return False
    if m.chosen is not None and m.chosen.population >= ABROAD_POPULATION:
        return True
    items, current = list(after), m
    while (before := _joined_to_list(text, tokens, current, by_start, cues)) is not None and len(items) < MAX_LIST_ITEMS:
        items.append(before)
        current = before
    target = area.chosen.admin1 if area.chosen is not None else None
    return any(o.chosen is not None and o.chosen.kind in ("exact", "town") and o.chosen.admin1 != target for o in items)


def _joined_to_list(text: str, tokens: list[Token], m: Mention, by_start: dict[int, Mention], cues: Cues) -> Mention | None:
    """The list item the name follows, when "and", "و" or a comma joins them (not only "in the")."""
    before = _listed_before(text, tokens, m, by_start, cues)
    if before is None:
        return None
    joined = any(c in ",،" for c in text[tokens[before.end - 1].end:tokens[m.start].start]) or any(
        _joins_list(text, tokens, k, by_start, cues) for k in range(before.end, m.start + 1))
    return before if joined else None


def _bare_name(text: str, token: Token, end: int) -> tuple[int, str]:
    """Where a name read behind a clitic begins, and the name the village keeps: "وربيعة" ->
    "ربيعة", "للربيعة" (ل + ال) -> "الربيعة"."""
    word = text[token.start:end]
    for clitic in ("ولل", "لل"):
        rest = text[token.start + len(clitic):token.end]
        if word.startswith(clitic) and len(rest) > 2 and strip_article(arabic_fold("ال" + rest)) in token.variants[1:]:
            return token.start + len(clitic), "ال" + word[len(clitic):]
    for clitic in ("وب", "و", "ب", "ف", "ك", "ل"):
        rest = text[token.start + len(clitic):token.end]
        if word.startswith(clitic) and strip_article(arabic_fold(rest)) in token.variants[1:]:
            return token.start + len(clitic), word[len(clitic):]
    return token.start, word


def told_apart(
    text: str, tokens: list[Token], kept: list[Mention], moved: dict[int, Place | None], cues: Cues
) -> dict[int, Place | None]:
    """`moved` (see `homonym_elsewhere`) with one name one place in a document: once the text has
    told a namesake apart as a settlement in the area right after it ("قرية ربيعة بالحسكة" is not
    Latakia's Rabi'ah), its other mentions that matched that same gazetteer entry ("... وأصيب راعٍ في
    قرية ربيعة") are the village the text meant.

    An area further on ("بلدة قارة شمال دمشق": north of it, not in it) or a town
    named bare before a governorate ("صحنايا #السويداء") is too weak a reading to carry
    further. A mention with an area of its own after it ("بلدة ربيعة في ريف اللاذقية": the
    other namesake) or a cue of its own ("ريف ربيعة", its countryside) keeps its reading.
    Where nothing else the text names lies in the namesake's governorate, a move to an area named
    as one tells it apart too ("في منطقة ربيعة ... ضمن محافظة الحسكة" and a headline's bare
    "منطقة ربيعة": no Latakia in the text). Two areas telling one name apart: the first told wins."""
    by_start = {m.start: m for m in kept}
    told: dict[tuple, Place] = {}
    for m in kept:
        place = moved[m.start]
        if place is not None and m.chosen is not None and (
                (m.settlement and _attached(text, tokens, m, by_start, cues))
                or (_alone_in_area(m.chosen, kept) and _area_named_so(tokens, container_after(text, tokens, m, by_start, cues), cues))):
            told.setdefault(_entry_key(m.chosen), place)
    if not told:
        return moved
    out = dict(moved)
    for m in kept:
        place = told.get(_entry_key(m.chosen)) if m.chosen is not None and m.role in (None, "near") else None
        if out[m.start] is None and place is not None and container_after(text, tokens, m, by_start, cues) is None:
            end = tokens[m.end - 1].end
            start = _bare_name(text, tokens[m.start], end)[0] if m.clitic else tokens[m.start].start
            precision = "district" if m.role == "near" else place.precision  # "قرب ربيعة": near the village
            out[m.start] = replace(place, start=start, end=end, text=text[start:end], precision=precision)
    return out


def _area_named_so(tokens: list[Token], area: Mention | None, cues: Cues) -> bool:
    """Whether the area is named as one by its own word ("محافظة الحسكة", "ريف الحسكة", "ناحية
    تل تمر"), not bare after where a place lies from it ("شمالي دمشق")."""
    return area is not None and any(cue_ends_at(tokens, area.start, cues.ending[role])
                                    for role in ("admin_before", "region_before", "district_before"))


def _alone_in_area(entry: Entry, kept: list[Mention]) -> bool:
    """Whether no other place the text names lies in `entry`'s governorate."""
    key = _entry_key(entry)
    return not any(o.chosen is not None and _entry_key(o.chosen) != key
                   and (o.chosen.country, o.chosen.admin1) == (entry.country, entry.admin1) for o in kept)


def _attached(text: str, tokens: list[Token], m: Mention, by_start: dict[int, Mention], cues: Cues) -> bool:
    """Whether the area after a name follows it at once ("بالحسكة"), or after "في" / "in" and
    the words that name it an area ("في ريف الحسكة", "في الريف الغربي للحسكة", "in the
    province of"); not after words of where it lies from there ("شمالي دمشق", "near"): those
    tell of another place. A list ("قرية X وريف Y") is too weak a reading to carry further."""
    area = container_after(text, tokens, m, by_start, cues)
    return area is not None and _tied(text, tokens, m, area, cues)


def _tied(text: str, tokens: list[Token], m: Mention, area: Mention, cues: Cues) -> bool:
    """Whether only "في" / "in", "the", "of" and the words naming the area stand between a name
    and it ("في ريف X", "بمحافظة X", "التابعة لمحافظة X", "in the province of X"), with no comma
    or bracket: "X, Y area" lists two places."""
    if any(c in ",،;؛()" for c in text[tokens[m.end - 1].end:tokens[area.start].start]):
        return False
    return all(cue_ends_at(tokens, j + 1, cues.ending["locative_before"]) or _tie_word(tokens[j], cues)
               for j in range(m.end, area.start))


def _tie_word(token: Token, cues: Cues) -> bool:
    """A word naming an area or tying a place to it: "the", "of", "التابعة", a region, admin or
    district cue ("ريف", "بمحافظة", "لناحية"), or a direction adjective of the area ("الغربي")."""
    return (token.key in cues.tie_words or (token.article and token.key in cues.name_directions)
            or any(v in cues.starting[role] for v in token.variants for role in ("region_before", "admin_before", "district_before")))


def _from_before(tokens: list[Token], m: Mention, cues: Cues) -> bool:
    """Whether the name is given as where someone is from ("من مدينة X", "from the town of X")."""
    k = m.start
    while k > 0 and m.start - k < LIST_GAP_WORDS and not cue_ends_at(tokens, k, cues.ending["from_before"]) and (
            tokens[k - 1].key == "the" or any(tokens[k - 1].key in cues.starting[role] for role in ("settlement_before",))):
        k -= 1
    return cue_ends_at(tokens, k, cues.ending["from_before"])


def _entry_key(entry: Entry) -> tuple:
    return (entry.geonameid, entry.name, entry.country, entry.admin1, entry.kind)


def _opened_by_bi(text: str, tokens: list[Token], end: int, area: Mention) -> bool:
    """Whether the area follows the name at once, opened by the clitic ب ("بريف دمشق", "بالحسكة")."""
    return area.start == end and area.clitic and text.startswith("ب", tokens[area.start].start)
