"""Lexicon mentions of one document, indexed for lookups by position."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from civcas.extract.lexicon import Mention
from civcas.extract.tokens import BULLETS, Token, clause_break

FIGURE_CATEGORIES = ("number", "multiplier", "quantity", "dual", "dual_harm", "dual_others", "one_of_them")


class Mentions:
    def __init__(self, found: dict[str, list[Mention]]):
        self.lists = found
        self.starts = {cat: {m.lo: m for m in ms} for cat, ms in found.items()}
        self.ends = {cat: {m.hi: m for m in ms} for cat, ms in found.items()}
        self.los = {cat: [m.lo for m in ms] for cat, ms in found.items()}
        # tokens where a figure written in words may begin
        self.figure_starts = {m.lo for cat in FIGURE_CATEGORIES for m in found.get(cat, ())}
        # facts derived from the mentions that several stages ask for, found once per text
        self.derived: dict[str, object] = {}

    def at(self, category: str, i: int) -> Mention | None:
        """The mention of `category` starting at token i."""
        return self.starts.get(category, {}).get(i)

    def ending(self, category: str, i: int) -> Mention | None:
        """The mention of `category` ending just before token i."""
        return self.ends.get(category, {}).get(i)

    def within(self, category: str, lo: int, hi: int) -> list[Mention]:
        """Mentions of `category` starting in the token range [lo, hi)."""
        los = self.los.get(category)
        if not los:
            return []
        return self.lists[category][bisect_left(los, lo):bisect_left(los, hi)]

    def year_led_by(self, i: int, category: str) -> Mention | None:
        """The `category` words before a bare year at token i, past the word "year" if
        it stands between ("since 2019", "منذ عام 2011", "في العام 1994")."""
        word = self.ending("year_word", i)
        return self.ending(category, word.lo if word else i)

    def before(self, category: str, i: int, skip: set[int] | frozenset[int] = frozenset()) -> Mention | None:
        """The last mention of `category` starting before token i, passing over those starting at `skip`."""
        los = self.los.get(category)
        if not los:
            return None
        k = bisect_left(los, i)
        while k and los[k - 1] in skip:
            k -= 1
        return self.lists[category][k - 1] if k else None


QUOTES = frozenset('"')  # double quotation marks, once normalised ("'" is also an apostrophe)


def named_after(m: Mentions, tokens: list[Token], i: int) -> bool:
    """Whether the word at token i opens a name given after a martyr or a unit
    ("مشفى الشهيد ...", "مشفى "الشهيدة ..."": a hospital, not a death), the name
    quoted or not. A word a particle opens ("فالقتلى", "وشهداء") starts a phrase of its
    own: a name's words carry the article alone."""
    if tokens[i].particle:
        return False
    if m.ending("name_head", i):
        return True
    return i > 0 and tokens[i - 1].norm in QUOTES and m.ending("name_head", i - 1) is not None


def not_this_event(m: Mentions, tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) tell of no strike to count: background ("since 2015,
    10,000 were killed") or a mishap with no strike in it (a bus crash, an earthquake,
    a drowning) that a page's news list carries beside the war, or a question, which
    asks about a death ("what lies behind the young man's killing?") but counts none.
    A question closing a sentence of several clauses ("… killed five, so why is the
    world silent?") leaves the report before it standing, unless the sentence opens
    with the question word ("Why did shelling kill five …, and who will answer?")."""
    if hi > lo and tokens[hi - 1].norm == "?":  # "؟" folds to "?"
        if m.at("interrogative", lo) or not clause_break(tokens, lo, hi - 1):
            return True
    if background(m, tokens, lo, hi):
        return True
    if _month_tally(m, tokens, lo, hi) or _counted_line(m, tokens, lo, hi):
        return True
    return bool(m.within("mishap", lo, hi)) and not (m.within("strike", lo, hi) or m.within("attack", lo, hi))


def background(m: Mentions, tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) tell a period's toll or the past, by a background cue or a span of years."""
    if any(not _quoted_aside(m, tokens, lo, hi, cue) for cue in m.within("background", lo, hi)):
        return True
    spans = [*_spans(m, tokens, lo, hi), *_since_years(m, tokens, lo, hi)]
    return any(not _quoted_aside(m, tokens, lo, hi, cue) and not _dates_a_record(m, tokens, lo, cue) for cue in spans)


DATES_REACH = 5  # words after "in the period from" that may name hours of one day: "from 6 to 8 pm"


def periods_of_days(m: Mentions, tokens: list[Token], lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """The spans in tokens [lo, hi) that name a number of days or longer ("خلال خمسة أيام", "over
    3 days", context.json `period_lead`, `period_unit` and, for weeks and months, `period_unit_long`:
    then True), or a few of them in one word ("خلال يومين", "خلال الأسابيع الماضية", "over the past
    few days": `period_span`, `period_span_long`), unless counted from an event ("within 2 weeks of
    the ceasefire", "خلال 3 أيام من الهدنة"); and the period between two dates ("خلال الفترة الممتدة
    من أول آذار إلى 20 نيسان", "in the period from 1 March to 20 April": `period_dates`, long),
    not hours of one day ("في الفترة من الساعة السادسة", `hour_word`)."""
    found = []
    for lead in m.within("period_dates", lo, hi):
        if not m.within("hour_word", lead.hi, min(hi, lead.hi + DATES_REACH)):
            found.append((lead.lo, lead.hi, True))
    for lead in m.within("period_lead", lo, hi):
        span = m.at("period_span", lead.hi) or m.at("period_span_long", lead.hi)
        if span is not None:
            if not _counted_from(m, tokens, span.hi, hi):
                found.append((lead.lo, span.hi, m.at("period_span_long", lead.hi) is not None))
            continue
        number = m.at("number", lead.hi)
        end = number.hi if number is not None else lead.hi + 1
        if number is None and not (lead.hi < hi and tokens[lead.hi].norm.isdigit()):
            continue
        unit = m.at("period_unit", end) or m.at("period_unit_long", end)
        if unit is not None and not _counted_from(m, tokens, unit.hi, hi):
            found.append((lead.lo, unit.hi, m.at("period_unit_long", end) is not None))
    return found


COUNTED_FROM = frozenset({"of", "من", "after", "بعد"})


def _counted_from(m: Mentions, tokens: list[Token], k: int, hi: int) -> bool:
    """Whether days named before token k are counted from an event ("within 2 weeks of the
    ceasefire", "خلال 3 أيام من الهدنة"), not over strikes ("over 4 days of shelling")."""
    if k >= hi or tokens[k].norm not in COUNTED_FROM:
        return False
    return not any(m.at(cat, j) for cat in ("strike", "attack") for j in range(k + 1, min(k + 3, hi)))


TALLY_BACK_REACH = 3  # words a sentence may open with before its subject: "كما تسبب الهجمات", "The attacks"


def continues_tally(m: Mentions, lo: int, hi: int, day_starts: Iterable[int]) -> bool:
    """Whether the sentence [lo, hi), told right after a period's tally, goes on with it: in its
    first words it makes the attacks that tally counted its subject (context.json `tally_back`:
    "وأسفرت الهجمات عن مقتل 90" after "منذ مطلع العام وثقت الفرق 400 هجوم"). Not when it names a
    day (`day_starts`, where the text's dates begin: "The attacks on Monday killed three" tells
    that day's strike), nor when it tells a strike of its own ("Following the attacks, jets struck
    the market, killing five")."""
    cue = next(iter(m.within("tally_back", lo, min(hi, lo + TALLY_BACK_REACH))), None)
    if cue is None or any(lo <= start < hi for start in day_starts):
        return False
    return not any(x.hi <= cue.lo or x.lo >= cue.hi for cat in ("strike", "attack") for x in m.within(cat, lo, hi))


def _month_tally(m: Mentions, tokens: list[Token], lo: int, hi: int) -> bool:
    """A line of a monthly tally: its month and a colon, then the strikes counted ("March: 7
    strikes, four dead", "- آذار 2023: أسفرت 5 غارات عن ..."), or a month line next to such a
    line ("• June: An attack left a man injured" in a list of months' attacks): a month's
    sum, not one strike. A timeline's "March: an airstrike killed five" tells one strike."""
    if _month_colon(m, tokens, lo, hi) is None:
        return False
    if _tally_count(m, tokens, lo, hi):
        return True
    return any(_tally_count(m, tokens, a, b) for a, b in _lines_beside(tokens, lo))


def _tally_count(m: Mentions, tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether the month line [lo, hi) counts strikes after its colon."""
    colon = _month_colon(m, tokens, lo, hi)
    return colon is not None and any(_counted_strikes(m, tokens, i, hi) for i in range(colon + 1, hi))


def _month_colon(m: Mentions, tokens: list[Token], lo: int, hi: int) -> int | None:
    """The colon after a month (and its year) that opens tokens [lo, hi), after an optional bullet."""
    k = lo + 1 if lo < hi and tokens[lo].norm in BULLETS else lo
    month = m.at("month", k)
    if month is None:
        return None
    year = month.hi < hi and tokens[month.hi].norm.isdigit() and len(tokens[month.hi].norm) == 4
    k = month.hi + 1 if year else month.hi  # "April 2023:", not "April 3:" (a day's entry)
    return k if k < hi and tokens[k].norm == ":" else None


LABEL_WORDS = 4  # "Aleppo countryside:": the label a tally's line may open with


def _counted_line(m: Mentions, tokens: list[Token], lo: int, hi: int) -> bool:
    """A line of a tally by place or period: a bulleted line that opens, after a short label
    and its colon, with a count of attacks (context.json `tally_attack`: "• Deir ez-Zor: 9
    attacks left five dead", "– 12 استهدافاً على القامشلي أسفرت عن ..."), next to another such
    bulleted line: the sum of many strikes, not one. A digest's lines counting a strike's
    strikes or raids ("- 4 ضربات روسية على X تقتل 4 مدنيين", "• Two strikes on X killed 4"), and
    a line an opening phrase leads ("• On Friday, two attacks on X killed 7"), tell one strike."""
    line = _bulleted_line(tokens, lo)
    if line is None or not _opens_with_attacks(m, tokens, line, hi):
        return False
    # the line beside may count one attack ("– 1 استهداف على الرقة")
    return any(_bulleted_line(tokens, a) == a and _opens_with_attacks(m, tokens, a, b, least=1)
               for a, b in _lines_beside(tokens, line))


def _bulleted_line(tokens: list[Token], lo: int) -> int | None:
    """The bullet that opens the line of the sentence starting at token lo, if the sentence
    starts that line (a bullet may end the sentence before: "•" is a sentence end)."""
    for k in (lo, lo - 1):
        if 0 <= k < len(tokens) and tokens[k].norm in BULLETS and tokens[k].para == tokens[lo].para \
                and (k == 0 or tokens[k - 1].para != tokens[k].para):
            return k
    return None


def _opens_with_attacks(m: Mentions, tokens: list[Token], lo: int, hi: int, least: int = 2) -> bool:
    """Whether the bulleted line [lo, hi) opens, past its bullet and a short label, with a
    count of at least `least` attack nouns."""
    label = next((j for j in range(lo + 2, min(lo + LABEL_WORDS + 2, hi)) if tokens[j].norm == ":"), None)
    starts = (lo + 1,) if label is None else (lo + 1, label + 1)
    return any(_attacks_counted_at(m, tokens, start, hi, least) for start in starts)


def _attacks_counted_at(m: Mentions, tokens: list[Token], start: int, hi: int, least: int) -> bool:
    count = _count_at(m, tokens, start) if start < hi else None
    return count is not None and count[0] >= least and count[1] < hi and m.at("tally_attack", count[1]) is not None


STRIKE_NOUN_REACH = 3  # "7 Russian airstrikes", "11 regime air strikes"


def _count_at(m: Mentions, tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The number at token i (digits or words) and the token after it."""
    if tokens[i].norm.isdigit():
        return int(tokens[i].norm), i + 1
    number = m.at("number", i)
    return (number.value, number.hi) if number is not None else None


def _counted_strikes(m: Mentions, tokens: list[Token], i: int, hi: int) -> bool:
    """Whether a number above one at token i counts strikes named within a few tokens."""
    count = _count_at(m, tokens, i)
    if count is None:
        return False
    value, end = count
    j = end
    while j < min(end + STRIKE_NOUN_REACH, hi):
        if any(m.at(category, j) for category in ("attack", "strike_event")):
            return value > 1
        # only the attacker or the weapon between ("7 Russian airstrikes", "5 drone strikes"),
        # not the victims ("2 killed in shelling", "3 مدنيين بقصف")
        between = m.at("belligerent", j) or m.at("strike", j)
        if between is None:
            return False
        j = max(between.hi, j + 1)
    return False


def _lines_beside(tokens: list[Token], at: int) -> list[tuple[int, int]]:
    """Token ranges of the lines just before and after the line of token `at` (found by
    walking out from it, so a page of many such lines costs no more than reading it)."""
    out = []
    first = at
    while first > 0 and tokens[first - 1].para == tokens[at].para:
        first -= 1
    if first > 0:
        start = first - 1
        while start > 0 and tokens[start - 1].para == tokens[first - 1].para:
            start -= 1
        out.append((start, first))
    after = at
    while after < len(tokens) and tokens[after].para == tokens[at].para:
        after += 1
    if after < len(tokens):
        end = after
        while end < len(tokens) and tokens[end].para == tokens[after].para:
            end += 1
        out.append((after, end))
    return out


def _since_years(m: Mentions, tokens: list[Token], lo: int, hi: int) -> list[Mention]:
    """The "since" words in the sentence [lo, hi) that count its toll from a year on: "since
    2015", "since early 2023", "منذ عام 2011", "since March 2011". Such a span opens the
    sentence or shares a clause with a harm word; one set off by a comma or semicolon, or
    after a word of a lasting state ("besieged since 2007", "المحاصر منذ عام 2007", context.json
    `state_since`), tells how long a place has been so, not since when its dead are counted."""
    found = []
    if "years" not in m.derived:  # the text's year-like numbers, found once: most sentences have none
        m.derived["years"] = [i for i, token in enumerate(tokens) if _year(token.norm)]
    years: list[int] = m.derived["years"]  # type: ignore[assignment]
    for i in years[bisect_left(years, lo):bisect_left(years, hi)]:
        if i + 1 < hi and m.at("year_word", i + 1):
            continue  # "منذ 2000 عام": two thousand years
        month = m.ending("month", i)
        since = m.year_led_by(month.lo if month else i, "since")
        if since is None or since.lo < lo or m.ending("state_since", since.lo):
            continue
        if _counts_over(m, tokens, lo, hi, since):
            found.append(since)
    return found


RELATIVE_REACH = 5  # words from "which"/"التي" to a span that describes its place ("التي شهدت معارك على مدار")


def _spans(m: Mentions, tokens: list[Token], lo: int, hi: int) -> list[Mention]:
    """The spans of years the sentence [lo, hi) counts its toll over ("over the years, shelling
    killed hundreds", "على مدار السنوات"): one that opens the sentence or shares a clause with a
    harm word, and describes no place ("a town shelled in recent years", "التي شهدت معارك على
    مدار السنوات"), nor is set against the harm by "but"/"لكن" ("in recent years the town was
    calm, but shelling killed 3")."""
    found = []
    for cue in m.within("background_span", lo, hi):
        if any(cue.lo - RELATIVE_REACH <= r.lo < cue.lo for r in m.within("relative_pronoun", lo, cue.lo)):
            continue
        if _shares_a_clause(m, tokens, lo, hi, cue) or (
                not clause_break(tokens, lo, cue.lo) and not m.within("clause_opener", cue.hi, hi)):
            found.append(cue)
    return found


def _counts_over(m: Mentions, tokens: list[Token], lo: int, hi: int, cue: Mention) -> bool:
    """Whether a span cue opens the sentence [lo, hi) or shares a clause with a harm word."""
    return not clause_break(tokens, lo, cue.lo) or _shares_a_clause(m, tokens, lo, hi, cue)


def _shares_a_clause(m: Mentions, tokens: list[Token], lo: int, hi: int, cue: Mention) -> bool:
    """Whether a cue stands in one clause with a harm word of the sentence [lo, hi)."""
    return any(not clause_break(tokens, min(h.lo, cue.lo), max(h.hi, cue.hi)) for h in m.within("harm", lo, hi))


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099


RECORD_REACH = 6  # words from a superlative to the span it is measured over ("the deadliest attack on X since")
RECORD_NOUN = 2  # words between a superlative and the strike it qualifies ("the deadliest Russian attack", "القصف الأعنف")


def _dates_a_record(m: Mentions, tokens: list[Token], lo: int, cue: Mention) -> bool:
    """"The deadliest attack since 2019", "the deadliest strike in recent years", "القصف الأعنف
    منذ عام 2019": a span after a superlative that qualifies a strike is what the strike's
    record is measured over, no background toll. A year's or a campaign's record ("the
    deadliest year since 2016") is a tally's."""
    record = m.before("record", cue.lo)
    if record is None or record.lo < max(lo, cue.lo - RECORD_REACH) or clause_break(tokens, record.hi, cue.lo):
        return False
    near = range(max(lo, record.lo - RECORD_NOUN), min(cue.lo, record.hi + RECORD_NOUN + 1))
    return any(m.at(cat, k) for k in near for cat in ("strike", "attack", "strike_event"))


def _quoted_aside(m: Mentions, tokens: list[Token], lo: int, hi: int, cue: Mention) -> bool:
    """Whether a background cue stands in a quotation that tells of no harm: the witness's
    "the quarry has held only civilians for years" dates no toll of the sentence."""
    opens = [i for i in range(lo, cue.lo) if tokens[i].norm in QUOTES]
    if len(opens) % 2 == 0:
        return False
    close = next((i for i in range(cue.hi, hi) if tokens[i].norm in QUOTES), None)
    return close is not None and not m.within("harm", opens[-1], close)
