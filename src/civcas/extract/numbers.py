"""Figures: digits, number words, vague quantities, duals and ranges.

A figure is a count as written, with its bounds, after ACLED's conservative
lower bounds (DESIGN.md): "more than 15" -> (16, None), "at least 7" -> (7,
None), "a dozen" -> (12, 12), "dozens"/"عشرات" -> (12, None), "tens" -> (10,
None), "hundreds"/"مئات" -> (100, None), "nearly 20"/"up to 20" -> (None, 20),
"about 20" -> (20, 20), "5 to 7" / "5-7" / "between 5 and 7" -> (5, 7).
"Several", "a few", "عدد من", "عدة" -> (2, None): they say the victims were
plural and no more, so the only safe lower bound is two. Each language's
words for these live in its quantifiers.json. Which figures are casualties
is decided elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from civcas.extract.mentions import Mentions
from civcas.extract.tokens import SENTENCE_END, Token, semicolon

MAX_COUNT = 200_000  # above this a "figure" is a population, a price or an id
# Signs next to a number that make it a sum, a time, a share or a price.
SYMBOLS_AFTER = frozenset({"+", "=", "%", ":", "/", "×", "*", "$"})
SYMBOLS_BEFORE = frozenset({"+", "=", "$", "€", "£", "#", "/", ":", "*", "×"})


@dataclass(slots=True)
class Figure:
    lo: int  # token range [lo, hi)
    hi: int
    min: int | None
    max: int | None
    group: str | None = None  # set by dual nouns ("مدنيان")
    kind: str | None = None  # set by dual harm nouns ("قتيلين")
    digits: bool = False
    vague: bool = False  # "dozens", "عدد من": a count only of a noun that follows
    lead: int = -1  # first token of the figure with its modifier ("at least 5")


def _joins(prev: int, value: int) -> bool:
    """Whether number word `value` continues the compound ending in `prev`."""
    if prev >= 100:
        return value < prev
    if prev >= 20 and prev % 10 == 0:
        return value < 10  # twenty five
    if prev < 10:
        return value == 10 or (20 <= value < 100 and value % 10 == 0)  # ثلاثة عشر, خمسة وعشرون
    return False


def _number_words(tokens: list[Token], i: int, hi: int, m: Mentions) -> tuple[int, int] | None:
    """Value and end token of a compound of number words starting at i."""
    total = current = 0
    last: int | None = None
    j = i
    while j < hi:
        word, mult = m.at("number", j), m.at("multiplier", j)
        if word and (last is None or _joins(last, word.value)):
            current += word.value
            last, j = word.value, word.hi
        elif mult:
            current = (current or 1) * mult.value
            if mult.value >= 1000:
                total, current = total + current, 0
            last, j = mult.value, mult.hi
        elif (last is not None and m.at("joiner", j) and j + 1 < hi
              and (m.at("number", j + 1) or m.at("multiplier", j + 1))):
            j += 1
        else:
            break
    if last is None:
        return None
    return total + current, j


def _figure_at(tokens: list[Token], i: int, hi: int, m: Mentions) -> Figure | None:
    norm = tokens[i].norm
    if norm[0].isdigit():
        value = int(norm.replace(",", ""))
        # "90 ألف", "3 million": digits scaled by the word after them are one figure
        scale = m.at("multiplier", i + 1) if i + 1 < hi else None
        if scale is not None:
            return Figure(i, scale.hi, value * scale.value, value * scale.value, digits=True)
        return Figure(i, i + 1, value, value, digits=True)
    quantity = m.at("quantity", i)
    if quantity:
        low, high = quantity.value
        return Figure(i, quantity.hi, low, high, vague=True)
    one = m.at("one_of_them", i)
    if one and m.ending("harm", i):
        # "فأصيب أحدهما": "one of them" right after a harm verb is its count, one victim
        return Figure(i, one.hi, 1, 1)
    words = _number_words(tokens, i, hi, m)
    if words and m.at("definite", i) and not m.ending("group", i):
        # "الثلاثة", "العشرين": ordinals and known sets, not new counts; but after
        # its noun the numeral counts it: "أطفالها الثلاثة" (her three children)
        return None
    if words:
        return Figure(i, words[1], words[0], words[0])
    dual = m.at("dual", i)
    if dual:
        return Figure(i, dual.hi, 2, 2, group=dual.value)
    dual_harm = m.at("dual_harm", i)
    if dual_harm:
        return Figure(i, dual_harm.hi, 2, 2, kind=dual_harm.value)
    others = m.at("dual_others", i)
    if others and m.ending("harm", i):
        # "وجرح آخران": "two others" right after a harm verb is its count; after a figure or
        # a noun ("اثنان آخران", "رجلان آخران") it is the adjective of the two counted there
        return Figure(i, others.hi, 2, 2)
    return None


def _apply_modifier(fig: Figure, how: str) -> None:
    value = fig.min if fig.min is not None else fig.max
    if value is None:
        return
    if how == "gt":
        fig.min, fig.max = value + 1, None
    elif how == "ge":
        fig.min, fig.max = value, None
    elif how == "le":
        fig.min, fig.max = None, value
    # "approx" (about N) and "near" (nearly N, up to N, as many as N) are taken
    # as N: the figure the source gives is the toll monitors record (ACLED and
    # Airwars both write "nearly 40 killed" as 40), while "fewer than N" ("le")
    # states only a bound.


def find_figures(tokens: list[Token], lo: int, hi: int, m: Mentions, blocked: set[int]) -> list[Figure]:
    """Figures in tokens [lo, hi), skipping tokens that belong to dates."""
    figures: list[Figure] = []
    starts = m.figure_starts
    # "الشهر الحادي عشر": the words of an ordinal are not a count (eleven, or ten)
    ordinals = {k for o in m.within("ordinal", max(0, lo - 1), hi) for k in range(o.lo, o.hi)}
    i = lo
    while i < hi:
        if i not in starts and not tokens[i].norm[0].isdigit():
            i += 1
            continue
        fig = None if i in blocked or i in ordinals else _figure_at(tokens, i, hi, m)
        if fig is None:
            i += 1
            continue
        modifier = m.ending("modifier", fig.lo)
        fig.lead = fig.lo
        if modifier:
            _apply_modifier(fig, modifier.value)
            fig.lead = modifier.lo
        figures.append(fig)
        i = fig.hi
    return _merge_ranges(tokens, figures, m)


def _merge_ranges(tokens: list[Token], figures: list[Figure], m: Mentions) -> list[Figure]:
    """"5 to 7", "5-7", "between 5 and 7" -> one figure (5, 7)."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and prev.max is not None and fig.max is not None and prev.group is None:
            gap = fig.lo - prev.hi
            joined = gap == 1 and (m.at("range", prev.hi) or (m.ending("between", prev.lo) and m.at("joiner", prev.hi)))
            glued = gap == 0 and m.ending("between", prev.lo)  # "بين خمسة وسبعة"
            if (joined or glued) and fig.max > prev.max:
                prev.hi, prev.max = fig.hi, fig.max
                prev.group = fig.group
                continue
        out.append(fig)
    return out


def is_count(fig: Figure, tokens: list[Token], m: Mentions) -> bool:
    """False for numbers that are plainly not head counts: ages, years,
    times, sums and things counted ("8 rockets", "aged 12", "4 + 3 =")."""
    value = fig.max if fig.max is not None else fig.min
    if value is None or value > MAX_COUNT or (fig.min == 0 and fig.max == 0):
        return False
    n = len(tokens)
    after = tokens[fig.hi].norm if fig.hi < n else ""
    before = tokens[fig.lo - 1].norm if fig.lo > 0 else ""
    enclosed = set_off(tokens, fig)
    if not enclosed and (after in SYMBOLS_AFTER or (before in SYMBOLS_BEFORE and not _headline_colon(tokens, fig))):
        return False
    if fig.digits and (_glued_to_text(tokens, fig) or _in_hashtag(tokens, fig) or _inside_word(tokens, fig, m)):
        return False  # "1.1K", "132comments", "3x"; "#درعا24", "#المدارس3071"; "د١عش"
    if enclosed and not (m.at("group", fig.hi + 1) or m.at("others", fig.hi + 1) or _plural_harm_at(fig.hi + 1, m)):
        return False  # "(35)" — an age in a victim list; "(3) مدنيين", "/11/ مدنياً", "(5) شهداء" count their noun
    if fig.digits and _enumerator(tokens, fig):
        return False  # "3- الشهيد سامر العلي", "2. Martyr Ahmad Khalil": an item's number in a list
    if fig.digits and _age_apposition(tokens, fig):
        return False  # "Masoud Ayoub, 53, from Qaramogh"
    hyphen = after == "-"  # "a 14-year-old"
    # A dual noun names what it counts ("طفلاه بغارة", "قتيلان بغارة"): a unit after it is another word's.
    # A dual of the dead is still counted by a unit before it ("والد الشهيدين": one father).
    if fig.group is None and ((fig.kind is None and m.at("unit_after", _past_unit_modifiers(fig.hi + hyphen, m)))
                              or m.ending("unit_before", fig.lo) or _second_after_unit(tokens, fig, m)
                              or _first_before_unit(tokens, fig, m)):
        return False
    if m.ending("family_of", fig.lo) and not _family_harmed(fig, tokens, m):
        return False  # "a family of six lost its home": the family's size, no victims
    if before == "of" and fig.lo >= 2 and m.ending("singular", fig.lo - 1) and fig.group is None:
        return False  # "a child of seven", "a boy of 12": an age
    if any(q.hi in (fig.lo, fig.hi) for q in m.within("count_question", max(0, fig.lo - 1), fig.lo)):
        return False  # "asked how many civilians died": a question, no count
    # a year
    return not (fig.digits and 1900 <= value <= 2100)


FAMILY_VERB_REACH = 14  # tokens from a family's size to the plural verb whose subject its members are


def _family_harmed(fig: Figure, tokens: list[Token], m: Mentions) -> bool:
    """Whether the harm told is the members' of a family its size counts: a harm word
    right before the family ("killed a family of six", "إصابة عائلة مكونة من 7 أفراد"),
    right after its size ("a family of seven seriously wounded"), or a verb whose subject
    is the members later in the sentence, before any other figure ("a family of seven,
    including children, sustained injuries", "عائلة مكونة من 5 أشخاص ... أصيبوا")."""
    family = m.ending("family_of", fig.lo)
    article = m.ending("indefinite", family.lo)
    if m.ending("harm", article.lo if article is not None else family.lo):
        return True
    j = fig.hi
    noun = m.at("group", j)
    j = noun.hi if noun is not None else j
    if not m.at("clause_opener", j) and any(m.at("harm", k) for k in range(j, min(j + 2, len(tokens)))):
        return True
    k, end = j, min(j + FAMILY_VERB_REACH, len(tokens))
    while k < end:
        if m.at("including", k):  # "including two children," names some of the members
            k = next((i for i in range(k, end) if tokens[i].norm in ",،"), end)
        if k >= end or tokens[k].norm in SENTENCE_END or tokens[k].norm[0].isdigit() or k in m.figure_starts:
            return False
        if semicolon(tokens, k, k + 1) or m.at("clause_opener", k) or m.at("group", k):
            return False  # "...; the parents were injured", "but their neighbours were killed": others' harm
        if m.at("plural_harm_verb", k) or m.at("harm_predicate", k):
            return True
        k += 1
    return False


UNIT_MODIFIERS_MAX = 2  # "three food transport trucks": words naming the kind of thing counted


def _past_unit_modifiers(j: int, m: Mentions) -> int:
    """Token after the words that say what kind of thing a figure counts ("two water tanks",
    "three food transport trucks"): the unit noun stands there."""
    for _ in range(UNIT_MODIFIERS_MAX):
        word = m.at("unit_modifiers", j)
        if word is None:
            break
        j = word.hi
    return j


def _plural_harm_at(i: int, m: Mentions) -> bool:
    """A harm noun of many victims at token i ("شهداء", "جرحى"), not one victim's title ("شهيد")."""
    return m.at("harm", i) is not None and m.at("singular_harm", i) is None


def set_off(tokens: list[Token], fig: Figure) -> bool:
    """A figure in brackets, "(3) مدنيين", or between slashes, "/11/ مدنياً" (as some
    statements write their figures: the slashes flush to the digits, a space outside
    them, unlike a date or a fraction)."""
    if fig.lo == 0 or fig.hi >= len(tokens):
        return False
    opening, closing = tokens[fig.lo - 1], tokens[fig.hi]
    if opening.norm == "(" and closing.norm == ")":
        return True
    if opening.norm != "/" or closing.norm != "/" or opening.end != tokens[fig.lo].start \
            or tokens[fig.hi - 1].end != closing.start:
        return False
    spaced_before = fig.lo == 1 or tokens[fig.lo - 2].end < opening.start
    return spaced_before and (fig.hi + 1 == len(tokens) or closing.end < tokens[fig.hi + 1].start)


def _second_after_unit(tokens: list[Token], fig: Figure, m: Mentions) -> bool:
    """"aged 6 and 9", "aged between 5 and 12": a number joined to one a unit word opens is
    that unit's too, as is a span a unit word opens."""
    j = fig.lo - 1
    if j >= 1 and tokens[j].norm in SPAN_OPENERS and m.ending("unit_before", j) is not None:
        return True
    return (j >= 2 and m.at("joiner", j) is not None and tokens[j - 1].norm.isdigit()
            and m.ending("unit_before", j - 1) is not None)


SPAN_OPENERS = frozenset({"between", "بين"})


def _first_before_unit(tokens: list[Token], fig: Figure, m: Mentions) -> bool:
    """"(7 و9 سنوات)", "4 and 6 years old": a number joined to one an age's unit follows is an
    age too; "killed 8 and 20 houses were destroyed" counts eight."""
    j = fig.hi
    return (fig.group is None and j + 1 < len(tokens) and m.at("joiner", j) is not None
            and tokens[j + 1].norm.isdigit() and m.at("age_unit", j + 2) is not None)


def _age_apposition(tokens: list[Token], fig: Figure) -> bool:
    """A bare number set off by commas right after a word: an age in apposition to a name."""
    n = len(tokens)
    if fig.lo < 2 or fig.hi >= n or tokens[fig.lo - 1].norm != "," or tokens[fig.hi].norm != ",":
        return False
    name = tokens[fig.lo - 2].norm
    return name.isascii() and name.isalpha()


ENUMERATOR_MARKS = frozenset("-.)–")


def _enumerator(tokens: list[Token], fig: Figure) -> bool:
    """A number that opens a line and a mark follows, flush to it ("1-", "2.", "3)"), numbers
    the items of a list; a count opening a line is followed by its noun ("3 شهداء")."""
    if fig.hi >= len(tokens) or fig.hi - fig.lo != 1 or (fig.lo and tokens[fig.lo - 1].para == tokens[fig.lo].para):
        return False
    mark = tokens[fig.hi]
    return mark.norm in ENUMERATOR_MARKS and mark.start == tokens[fig.lo].end and mark.para == tokens[fig.lo].para


def _headline_colon(tokens: list[Token], fig: Figure) -> bool:
    """"عاجل : 3 شهداء", "Breaking: 3 killed": a colon with a space after it
    opens a headline; a time ("10:30") is written flush."""
    colon = tokens[fig.lo - 1]
    return colon.norm == ":" and colon.end < tokens[fig.lo].start


def _in_hashtag(tokens: list[Token], fig: Figure) -> bool:
    """Digits glued to the end of a hashtag's words ("#درعا24" names a page,
    "#المدارس3071" is a post's counter): part of the tag, in any script, not a count."""
    i = fig.lo
    while i > 0 and tokens[i - 1].end == tokens[i].start:
        i -= 1
        if tokens[i].norm == "#":
            return i < fig.lo - 1  # "#5" alone is a number sign, handled with the other symbols
        if not (tokens[i].norm.isalnum() or tokens[i].norm == "_"):
            return False
    return False


def _inside_word(tokens: list[Token], fig: Figure, m: Mentions) -> bool:
    """"د١عش", "داعــ١١ـش": digits written for letters, flush inside a word (letters
    on both sides); a conjunction glued before ("و18إصابة") opens no word."""
    if fig.lo == 0 or fig.hi >= len(tokens):
        return False
    prev, nxt = tokens[fig.lo - 1], tokens[fig.hi]
    return (prev.end == tokens[fig.lo].start and tokens[fig.hi - 1].end == nxt.start and prev.norm.isalpha()
            and nxt.norm.isalpha() and m.at("joiner", fig.lo - 1) is None)


def _glued_to_text(tokens: list[Token], fig: Figure) -> bool:
    """A digit run written flush against Latin letters ("1K", "132comments"),
    part of a decimal number ("1.5"), or of a model's name ("Shahed-136")."""
    def glued(a: Token, b: Token) -> bool:
        return a.end == b.start

    def latin(tok: Token) -> bool:
        return tok.norm[0].isascii() and tok.norm[0].isalpha()

    n = len(tokens)
    first, last = tokens[fig.lo], tokens[fig.hi - 1]
    if fig.hi < n and glued(last, tokens[fig.hi]):
        nxt = tokens[fig.hi]
        if latin(nxt) or (nxt.norm == "." and fig.hi + 1 < n and tokens[fig.hi + 1].norm.isdigit()
                          and glued(nxt, tokens[fig.hi + 1])):
            return True
    if fig.lo > 0 and glued(tokens[fig.lo - 1], first):
        prev = tokens[fig.lo - 1]
        if latin(prev) or (prev.norm == "." and fig.lo > 1 and tokens[fig.lo - 2].norm.isdigit()):
            return True
        # "Shahed-136", "F-16", "سوخوي-24": a model's designation, a word hyphened to digits
        if prev.norm == "-" and fig.lo > 1 and glued(tokens[fig.lo - 2], prev) and tokens[fig.lo - 2].norm.isalpha():
            return True
    return False
