"""Dates in text: absolute (both Levant month-name systems, numeric) and
relative ("yesterday", "on Friday", "فجر اليوم") resolved against an anchor."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from civcas.extract.mentions import Mentions
from civcas.extract.tokens import SENTENCE_END, Sentence, Token, clause_break


@dataclass(slots=True)
class DateMention:
    lo: int
    hi: int
    date: dt.date | None  # None until a relative date is resolved
    precision: str
    offset: int | None = None  # days from the page's own day: "yesterday", also beside a calendar date
    weekday: int | None = None  # relative: Monday = 0
    month: int | None = None  # day and month without a year
    day: int | None = None
    line: bool = False  # the page's own date line ("May 2, 2023 · Shared with Public")
    months_back: int | None = None  # a day of the page's month, or of the one before: "the 9th of this month"
    past: bool = False  # "last Thursday", "الخميس الماضي": never the page's own day
    since: bool = False  # "since yesterday", "منذ الخميس": where a period starts, not the event's day
    night: bool = False  # the morning of a night named by two weekdays ("ليل الجمعة - السبت"): its evening's next day


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# How far into a page its own date line can sit ("Name January 3, 2024 · Shared with Public").
HEADING_TOKENS = 60
# Metadata this far from the page's own date line has the wrong year (a
# yearless "3 January" an archive completed with the year it was crawled in).
WRONG_YEAR_DAYS = 300


def confirm_published(published: dt.date | None, dates: list[DateMention]) -> dt.date | None:
    """The publication date, unless the page's own date line in its first
    lines puts it a year earlier: then the date line. (A heading date long
    after publication is the site's "today" banner from when it was crawled.)
    A date line one day before the metadata takes the metadata's day."""
    if published is None:
        return None
    # A date opening a period ("since 9 October 2019") is long before the page, never its date line.
    heading = next((d for d in dates if d.lo < HEADING_TOKENS and d.date and d.precision == "day" and not d.since),
                   None)
    if heading is None:
        return published
    if (published - heading.date).days > WRONG_YEAR_DAYS:
        return heading.date
    if heading.line and (published - heading.date).days == 1:
        # One posting instant in two time zones: the archive renders the date
        # line in its own, the metadata keeps the publisher's.
        heading.date = published
    return published


def page_stamp(dates: list[DateMention]) -> DateMention | None:
    """The page's own date line near its top ("05/10/2023" over the headline,
    "May 2, 2023 · Shared with Public"): when the page was posted, which is
    what "today" and "on Tuesday" in its body count from, not an event date."""
    return next((d for d in dates if d.lo < HEADING_TOKENS and d.line and d.date and d.precision == "day"), None)


def text_anchor(tokens: list[Token], dates: list[DateMention], year: int | None = None) -> dt.date | None:
    """What an undated page's relative dates count from: the day its text
    calls today ("اليوم الخميس 5 أيلول", or the day after "أمس 4 أيلول"),
    else its first full date not opening a period ("since 3 March 2020" is long
    past), moved to the nearest day of the weekday the text gives "today"
    ("اليوم الثلاثاء", "today, Tuesday"), if it does. (That first date may be
    an earlier event's or a sidebar's; "today" is the page's own.) `dates` are the
    page's own (`own_dates`). `year` completes a date written without one."""
    for d in dates:
        if d.offset is not None and _calendar(d):
            found = resolve(d, None, year)
            if found is not None:
                return found[0] - dt.timedelta(days=d.offset)
    guess = next((d.date for d in dates if d.date and d.precision == "day" and not d.since), None)
    weekday = _named_today(tokens, dates)
    if guess is None or weekday is None:
        return guess
    return _nearest_weekday(guess, weekday)


DATE_OTHER_REACH = 8  # words from "signed"/"الموقع" to the date it gives ("الموقع بين الرئيسين بموسكو في 5 آذار")


def own_dates(dates: list[DateMention], m: Mentions, sents: list[Sentence]) -> list[DateMention]:
    """The dates that may date the page's events: not another thing's (`_another_things_date`)."""
    starts = [s.lo for s in sents]
    return [d for d in dates if not _another_things_date(d, m, sents, starts)]


def _another_things_date(d: DateMention, m: Mentions, sents: list[Sentence], starts: list[int]) -> bool:
    """Whether a date dates another thing than the page's events: a word that signs, founds
    or bears something (dates.json `date_others`) leads it by a few words, with no harm or
    strike word between ("the ceasefire signed on 5 March 2020", "الاتفاق الموقع في 5 آذار
    2020"), or it stands in a sentence about an agreement or such (those words or
    `date_topics`: "truce", "اتفاق") that tells no harm or strike, nor does the sentence after
    it ("وفي 9 حزيران 2019 أبرمت الدولتان الاتفاق", not "On 12 May, forces
    violated the truce in X. Three civilians were killed."). Background paragraphs of agency
    copy give such dates; counting "on Tuesday" back from them, or dating the next sentence's
    strike by them, put the strike years early."""
    k = bisect_right(starts, d.lo) - 1  # the date's sentence
    if d.date is None or k < 0 or d.lo >= sents[k].hi:
        return False
    sent = sents[k]
    # "the ceasefire signed on 5 March", not "in breach of the truce, shelling killed 3 on 5 March"
    leads = m.within("date_other", max(sent.lo, d.lo - DATE_OTHER_REACH), d.lo)
    if any(not _tells_event(m, y.hi, d.lo) for y in leads):
        return True
    about = m.within("date_other", sent.lo, sent.hi) or m.within("date_topic", sent.lo, sent.hi)
    if not about or _tells_event(m, sent.lo, sent.hi):
        return False
    return k + 1 == len(sents) or not _tells_event(m, sents[k + 1].lo, sents[k + 1].hi)


def _tells_event(m: Mentions, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) tell of harm or of a strike."""
    return bool(m.within("harm", lo, hi) or m.within("strike_event", lo, hi))


def _named_today(tokens: list[Token], dates: list[DateMention]) -> int | None:
    """The weekday of the text's first "today, <weekday>"."""
    for today, day in zip(dates, dates[1:]):
        if today.offset == 0 and day.weekday is not None and day.month is None and _adjacent(tokens, today, day):
            return day.weekday
    return None


# How far a guessed day may move to fit a weekday: the nearest fit is never further.
WEEKDAY_REACH = 3


def _nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    shift = (weekday - day.weekday()) % 7
    return day + dt.timedelta(days=shift if shift <= WEEKDAY_REACH else shift - 7)


URL_DAY = re.compile(r"(?<!\d)(20\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)")
# "/20231007/", "/20220202-turkey-strikes": a compact day opening a path part.
URL_COMPACT_DAY = re.compile(r"/(20\d\d)(\d\d)(\d\d)(?=[/_.-]|$)")
# A slug ending in the day as the Levant writes it: "...-ywm-alkhmys-07-03-2021".
URL_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})[_-](\d{1,2})[_-](20\d\d)(?=[/.]|$)")
# A path part that is the day as the Levant writes it, packed, then the day's item number:
# "/region/14032024", "/region/140320242" (14 March 2024, its second story). An article id
# can read so too, so its year must fall in the span this system reads.
URL_COMPACT_DAY_FIRST = re.compile(r"/(\d\d)(\d\d)(20\d\d)\d?(?=/|$)")
URL_YEAR = re.compile(r"/(20\d\d)/")
# An X (Twitter) post's id is a "snowflake": its high bits count milliseconds
# since the service's epoch, so the URL of a post carries the day it was posted.
STATUS = re.compile(r"(?:twitter|x)\.com/\w+/status(?:es)?/(\d{17,20})")
SNOWFLAKE_EPOCH_MS = 1288834974657
SNOWFLAKE_SHIFT = 22


def url_date(url: str | None) -> tuple[dt.date | None, int | None]:
    """The date (or only the year) a URL carries: /2023/10/05/ in its path,
    or the posting day an X post's id encodes."""
    if not url:
        return None, None
    posted = _snowflake_day(url)
    if posted:
        return posted, posted.year
    path = urlsplit(url).path
    day = URL_DAY.search(url) or URL_COMPACT_DAY.search(path)
    if day:
        found = _safe_date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        if found:
            return found, found.year
    day = URL_DAY_FIRST.search(path)
    packed = URL_COMPACT_DAY_FIRST.search(path)
    if not day and packed and EARLIEST_YEAR <= int(packed.group(3)) <= LATEST_YEAR:
        day = packed
    if day:
        found = _safe_date(int(day.group(3)), int(day.group(2)), int(day.group(1)))
        if found:
            return found, found.year
    year = URL_YEAR.search(url)
    return None, int(year.group(1)) if year else None


def _snowflake_day(url: str) -> dt.date | None:
    found = STATUS.search(url)
    if not found:
        return None
    ms = (int(found.group(1)) >> SNOWFLAKE_SHIFT) + SNOWFLAKE_EPOCH_MS
    return dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc).date()


def page_year(tokens: list[Token], dates: list[DateMention], m: Mentions) -> int | None:
    """The year a page names most often, for its yearless dates. A year that opens a
    period ("since 2019", "منذ عام 2011", "since 15 July 2016") is long past, often
    in a reader's comment or a background paragraph, and never the page's year."""
    opening = {i for d in dates if d.since for i in range(d.lo, d.hi)}
    years = Counter(int(t.norm) for i, t in enumerate(tokens)
                    if len(t.norm) == 4 and t.norm.isdigit() and i not in opening and not _after_since(i, m))
    # Not past the release horizon: "2055 كيلومتراً" is a distance, not the page's year.
    plausible = [(n, y) for y, n in years.items() if 1990 <= y <= LATEST_YEAR]
    return max(plausible)[1] if plausible else None


STRIKE_NOUNS = ("strike", "attack", "strike_event")
OPENING_WORDS = 1  # words a sentence may open with before its year ("And in 2019", "Back in 2019")
YEAR_TURN_DAYS = 10  # early in January, last year's strikes are still news ("killed 3 in 2022")


def reporting_year(anchor: dt.date | None, page: int | None) -> int | None:
    """The year a document reports from, for `past_year`: its date's, ten days back, else
    the year its page names most (`page_year`)."""
    return (anchor - dt.timedelta(days=YEAR_TURN_DAYS)).year if anchor else page


def past_year(tokens: list[Token], m: Mentions, dates: list[DateMention], lo: int, hi: int,
              this_year: int | None) -> bool:
    """Whether tokens [lo, hi) recall a strike of a year before `this_year`, the year the
    document reports from, and name no date of their own (a day, a month, "today", a
    weekday). The year is the strike's when it opens the sentence ("In 2019, a strike
    killed ..."), when it is a strike's ("a 2017 attack"), or when it closes the clause of
    the sentence's last harm word ("killed 80 civilians ... in 2019", "قتل ... في العام 1994")
    with nothing between that makes it another thing's year: a relative or a participle
    ("which was retaken in 2019", "the ceasefire signed in 2020", "الموقع عام 2020", "born
    in 1985", "since"). Those words are a list (`year_others`), so a participle it lacks
    still reads the year as the strike's."""
    if this_year is None:
        return False
    years = [i for i in range(lo, hi) if len(tokens[i].norm) == 4 and _int(tokens, i, 1900, this_year - 1) is not None]
    # the dates last: most sentences name no year, and a long page has thousands of dates
    if not years or any(lo <= d.lo < hi for d in dates):
        return False
    for i in years:
        lead = m.year_led_by(i, "year_before") or m.ending("year_word", i)
        if lead is None:
            if m.ending("year_determiner", i) and any(m.at(noun, i + 1) for noun in STRIKE_NOUNS) \
                    and not m.within("harm", lo, i):
                return True  # "A 2017 attack killed ...", not "killed 3, ... the 2017 attack"
            continue
        if lead.lo - lo <= OPENING_WORDS:
            if not m.within("year_other", lo, lead.lo):  # "Born in 1985, ..." is no strike's year
                return True
            continue
        # a detention word may be a place's capture ("the village captured in 2019")
        harms = [h for h in m.within("harm", lo, hi) if h.value != "detained"]
        told = [h for h in harms if h.hi <= lead.lo]
        if told and told[-1] is harms[-1] and not clause_break(tokens, told[-1].hi, lead.lo) \
                and not m.within("year_other", told[-1].hi, lead.lo):
            return True
    return False


def _after_since(i: int, m: Mentions) -> bool:
    """A bare year right after "since", or after "since" and the word "year"."""
    return m.year_led_by(i, "since") is not None


def _int(tokens: list[Token], i: int, lo: int = 1, hi: int = 9999) -> int | None:
    if 0 <= i < len(tokens) and tokens[i].norm.isdigit():
        value = int(tokens[i].norm)
        if lo <= value <= hi:
            return value
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# What may stand between the parts of a written-out date: "19/ أيلول/ 2023".
DATE_SEPARATORS = ("/", "-")


def _glued(tokens: list[Token], i: int, j: int) -> bool:
    return all(tokens[k].end == tokens[k + 1].start for k in range(i, j))


def _numeric(tokens: list[Token], i: int) -> DateMention | None:
    """d/m/y, d-m-y, d.m.y (day first, as in the Levant; month first only when
    the day cannot be: "11/22/2021") or y-m-d. Slashes may stand apart from the
    numbers ("30 / 11 / 2024"); other separators are written tight."""
    if i + 4 >= len(tokens):
        return None
    sep = tokens[i + 1].norm
    if sep not in "/-." or tokens[i + 3].norm != sep or tokens[i].para != tokens[i + 4].para:
        return None
    if sep != "/" and not _glued(tokens, i, i + 4):
        return None
    a, b, c = _int(tokens, i), _int(tokens, i + 2), _int(tokens, i + 4)
    if a is None or b is None or c is None:
        return None
    if a > 1900:
        day = _safe_date(a, b, c)
    elif c > 1900:
        day = _safe_date(c, b, a) or (_safe_date(c, a, b) if b > 12 else None)
    else:
        return None
    return DateMention(i, i + 5, day, "day") if day else None


def find_dates(tokens: list[Token], m: Mentions) -> list[DateMention]:
    out: list[DateMention] = []
    for month in m.lists.get("month", []):
        out.append(_around_month(tokens, month.lo, month.hi, month.value, m))
    for month in m.lists.get("month_offset", []):
        out.append(_in_page_month(tokens, month.lo, month.hi, month.value, m))
    for i, tok in enumerate(tokens):
        if tok.norm.isdigit() and len(tok.norm) in (1, 2, 4):
            numeric = _numeric(tokens, i)
            if numeric:
                out.append(numeric)
    for rel in m.lists.get("relative", []):
        if m.ending("same_day_before", rel.lo) or m.at("same_day_after", rel.hi):
            continue  # "في نفس اليوم", "اليوم نفسه": the day just told, not today
        if m.at("time_of_day", rel.lo) and _day_named_after(rel.hi, m):
            continue  # "at dawn on Friday", "at dawn yesterday": that day's dawn, not today's
        out.append(DateMention(rel.lo, rel.hi, None, "day", offset=rel.value))
    for wd in m.lists.get("weekday", []):
        out.append(_weekday(wd.lo, wd.hi, wd.value, m))
    out = [d for d in out if d is not None]
    out.sort(key=lambda d: (d.lo, -(d.hi - d.lo)))
    kept: list[DateMention] = []
    for d in out:  # drop mentions nested in a longer one ("Friday, 6 October 2023")
        if kept and d.lo < kept[-1].hi:
            continue
        kept.append(d)
    merged = _night_pairs(tokens, _merge_named_days(tokens, kept), m)
    for d in merged:
        d.line = _date_line(tokens, d) or _labelled(tokens, d, m)
        d.since = m.ending("since", d.lo) is not None or (d.date is not None and _since_in_sentence(tokens, d, m))
    return merged


def _day_named_after(k: int, m: Mentions) -> bool:
    """Whether a weekday, or a day before today ("yesterday"), is named at token k, past a
    linking "on"."""
    link = m.at("day_link", k)
    k = link.hi if link is not None else k
    other = m.at("relative", k)
    return m.at("weekday", k) is not None or (other is not None and other.value != 0)


def _since_in_sentence(tokens: list[Token], d: DateMention, m: Mentions) -> bool:
    """A "since" earlier in the mention's sentence: "killed 40 since the campaign began
    in March 2020", "منذ بدء الحملة في آذار 2020" name where a running toll starts.
    Harm told between the two is the event the date belongs to: "shelling since
    dawn killed two … on Tuesday, 5 March" (a strike word is not enough: "since
    the assault began on 9 October 2019" opens a period)."""
    cue = m.before("since", d.lo)
    if cue is None or m.at("relative", cue.lo) is not None:
        return False  # "منذ يومين" is "two days ago", a day of its own
    between = tokens[cue.lo:d.lo]
    if not all(t.para == tokens[d.lo].para and t.norm not in SENTENCE_END for t in between):
        return False
    return not m.within("harm", cue.hi, d.lo)


def _weekday(lo: int, hi: int, weekday: int, m: Mentions) -> DateMention:
    """"Thursday", and "last Thursday" / "الخميس الماضي", which is never the page's own day."""
    before, after = m.ending("past_before", lo), m.at("past_after", hi)
    return DateMention(before.lo if before else lo, after.hi if after else hi, None, "day",
                       weekday=weekday, past=before is not None or after is not None)


def _in_page_month(tokens: list[Token], lo: int, hi: int, back: int, m: Mentions) -> DateMention | None:
    """"التاسع من الشهر الحالي", "the 9th of last month": a day of the month
    the page was written in (or of the one before), resolved against the page's day."""
    # "من الشهر" also reads as "of the month" (day_of), ending inside this mention.
    of = next((x for x in m.within("day_of", lo - 1, lo) if x.hi > lo), None)
    before = _day_before(tokens, of.hi if of else lo, m)
    if before is None:
        return None
    return DateMention(before[1], hi, None, "day", day=before[0], months_back=-back)


# Social pages set their date line off with a middle dot: "May 2, 2023 · Shared
# with Public", "10:23 AM · Dec 1, 2024".
DATE_LINE_MARK = "·"


def _date_line(tokens: list[Token], d: DateMention) -> bool:
    """A date on a line of its own, or set off by the date-line mark."""
    para = tokens[d.lo].para
    alone = (d.lo == 0 or tokens[d.lo - 1].para != para) and (d.hi == len(tokens) or tokens[d.hi].para != para)
    marked = (d.hi < len(tokens) and tokens[d.hi].norm == DATE_LINE_MARK) or (
        d.lo > 0 and tokens[d.lo - 1].norm == DATE_LINE_MARK)
    return alone or marked


def _labelled(tokens: list[Token], d: DateMention, m: Mentions) -> bool:
    """A date right after a publication label that opens its line or takes a colon
    ("تاريخ النشر: 05.06.2021", "Published on 3 May 2024"): the page's own, wherever
    its menus push it. In running text ("the monitor published on 5 March a report")
    the words date someone else's report."""
    colon = d.lo > 0 and tokens[d.lo - 1].norm == ":"
    label = m.ending("published_label", d.lo - 1 if colon else d.lo)
    if label is None:
        return False
    return colon or label.lo == 0 or tokens[label.lo - 1].para != tokens[label.lo].para


def _merge_named_days(tokens: list[Token], dates: list[DateMention]) -> list[DateMention]:
    """"اليوم الخميس 5 أيلول", "أمس السبت 30 كانون الأول", "Monday, 4 March": a
    weekday, "today" or "yesterday" right next to a calendar date names that
    date, not a day of its own. The calendar date absorbs them and keeps the
    weekday, which can tell its year, and how many days before the page it
    fell, which tells the page's own date."""
    out: list[DateMention] = []
    for d in dates:
        out.append(d)
        while len(out) > 1 and _adjacent(tokens, out[-2], out[-1]) and _calendar(out[-2]) != _calendar(out[-1]):
            prev, d = out[-2], out[-1]
            day, named = (prev, d) if _calendar(prev) else (d, prev)
            out[-2:] = [DateMention(prev.lo, d.hi, day.date, day.precision, month=day.month, day=day.day,
                                    weekday=day.weekday if day.weekday is not None else named.weekday,
                                    offset=day.offset if day.offset is not None else named.offset)]
    return out


def _night_pairs(tokens: list[Token], dates: list[DateMention], m: Mentions) -> list[DateMention]:
    """"ليل الجمعة - السبت", "منتصف ليل الاثنين الثلاثاء", "the night of Friday to
    Saturday", "Friday-Saturday night": one night across two days, named by the
    evening and the morning. What happens in it is told after dark, mostly after
    midnight, so it falls on the second day, which the pair becomes (its calendar
    date too, if it has one). Two weekdays with no night word ("between Friday and
    Saturday", "Friday and Saturday") stay two days."""
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        if prev is not None and _one_night(tokens, prev, d, m):
            night = m.ending("night_before", prev.lo)
            lo = night.lo if night is not None else prev.lo
            out.pop()
            while out and out[-1].hi > lo:  # "overnight" is the night word here, not a day of its own
                out.pop()
            d = replace(d, lo=lo, night=True)
        out.append(d)
    return out


def _one_night(tokens: list[Token], evening: DateMention, morning: DateMention, m: Mentions) -> bool:
    """Whether two weekdays in a row, joined closely in one paragraph, name one night."""
    if evening.weekday is None or _calendar(evening) or morning.weekday != (evening.weekday + 1) % 7:
        return False
    if tokens[evening.lo].para != tokens[morning.lo].para:
        return False
    between = range(evening.hi, morning.lo)
    k = evening.hi
    while k < morning.lo and m.at("night_joiner", k) is not None:
        k = m.at("night_joiner", k).hi
    if k != morning.lo or len(between) > 2:
        return False
    if m.ending("night_before", evening.lo) is not None:
        return True
    # A night word after the pair only when a dash or slash joins it: "Friday-Saturday night",
    # not "on Friday and Saturday night" (the day and the night after the next).
    return m.at("night_after", morning.hi) is not None and all(not tokens[i].norm.isalpha() for i in between)


def names_today(d: DateMention) -> bool:
    """A calendar date the text calls today ("اليوم الخميس 5 أيلول", "today, 8 May")."""
    return d.offset == 0 and _calendar(d)


def event_weekday(tokens: list[Token], mentions: list[DateMention]) -> int | None:
    """The weekday of the one day `mentions` name, when that is a weekday (named once or
    more: "on Friday … on Friday night") or one beside a bare "today" or "yesterday"
    ("اليوم السبت", "أمس الخميس"), Monday = 0. Anything more ("said on Saturday that …
    on Thursday", "today … yesterday", a calendar date) could be another day's: then
    None. A weekday is no date, but it rules out every other day of the week."""
    named = [d for d in mentions if d.weekday is not None and d.offset is None and not _calendar(d)]
    bare = [d for d in mentions if d.weekday is None and d.offset is not None and not _calendar(d)]
    weekdays = {d.weekday for d in named}
    if len(weekdays) != 1 or len(named) + len(bare) != len(mentions):
        return None
    if not all(any(_adjacent(tokens, *sorted((b, n), key=lambda d: d.lo)) for n in named) for b in bare):
        return None
    return weekdays.pop()


def nearest_day(tokens: list[Token], before: list[DateMention]) -> list[DateMention]:
    """The last of `before` (mentions in text order), with the one right before it when the
    two name one day ("اليوم السبت")."""
    if len(before) >= 2 and _adjacent(tokens, before[-2], before[-1]):
        return before[-2:]
    return before[-1:]


def _calendar(d: DateMention) -> bool:
    return d.date is not None or d.month is not None or d.months_back is not None


def _adjacent(tokens: list[Token], a: DateMention, b: DateMention) -> bool:
    """Nothing but a comma between two mentions, in one paragraph, or the second in
    brackets right after the first ("اليوم الأحد (5 أيار)", "Sunday (May 5)")."""
    between = tokens[a.hi:b.lo]
    if tokens[a.lo].para != tokens[b.lo].para or len(between) > 1:
        return False
    if between and between[0].norm == "(":
        return b.hi < len(tokens) and tokens[b.hi].norm == ")"
    return all(t.norm in (",", "،", "-") for t in between)


def _day_before(tokens: list[Token], lo: int, m: Mentions) -> tuple[int, int] | None:
    """Day and first token of "5 October", "the 5th of October", "التاسع من آب"."""
    k = lo - 1
    of = m.ending("day_of", lo)
    if of is not None:
        k = of.lo - 1
    ordinal = m.ending("ordinal", k + 1)
    if ordinal is not None and 1 <= ordinal.value <= 31:
        return ordinal.value, ordinal.lo
    suffix = m.ending("ordinal_suffix", k + 1)  # "5th"
    if suffix is not None:
        k = suffix.lo - 1
    if k > 0 and tokens[k].norm in DATE_SEPARATORS:  # "19/ أيلول/ 2023"
        k -= 1
    if k < 0 or _int(tokens, k, 1, 31) is None or len(tokens[k].norm) > 2 or tokens[k].para != tokens[lo].para:
        return None
    if (k > 0 and tokens[k - 1].end == tokens[k].start and tokens[k - 1].norm.isalpha()
            and m.ending("weekday", k) is None and m.ending("day_clitic", k) is None):
        return None  # "@user7 Jul 25": the digit ends a handle (but "الثلاثاء22 آب", "و4 آب", "في13 آب" are days)
    return int(tokens[k].norm), k


# What joins a month's names in the two naming systems: "5 مايو/ أيار 2020".
MONTH_ALIAS_JOINERS = ("/", "-", ":")


def _year_at(tokens: list[Token], i: int, m: Mentions, month: int | None = None) -> tuple[int, int] | None:
    """A year at token i (or after a comma, a slash, the month's name in the
    other naming system or the word "year" there: "5 مايو/ أيار 2020",
    "12 تشرين الأول عام 2018"), in the paragraph of the token before it, and
    the token after it."""
    if i + 1 < len(tokens) and tokens[i].norm in MONTH_ALIAS_JOINERS:
        alias = m.at("month", i + 1)
        if alias is not None and alias.value == month and tokens[alias.lo].para == tokens[i].para:
            i = alias.hi
    if i < len(tokens) and tokens[i].norm in (",", *DATE_SEPARATORS):
        i += 1
    word = m.at("year_word", i)
    if word is not None:
        i = word.hi
    year = _int(tokens, i, 1900, 2100)
    if year is None or tokens[i].para != tokens[i - 1].para:
        return None
    return year, i + 1


def _around_month(tokens: list[Token], lo: int, hi: int, month: int, m: Mentions) -> DateMention | None:
    """"5 October 2023", "October 5, 2023", "5 من تشرين الأول", "October 2023"."""
    readings = []  # (day, start, end) for "5 October" and for "October 5"
    before = _day_before(tokens, lo, m)
    if before is not None:
        readings.append((before[0], before[1], hi))
    if _int(tokens, hi, 1, 31) is not None and len(tokens[hi].norm) <= 2 and tokens[hi].para == tokens[lo].para:
        readings.append((int(tokens[hi].norm), lo, hi + 1))
    # Prefer the reading a year follows: "7 Jul 25, 2025" is July 25.
    dated = [(r, _year_at(tokens, r[2], m, month)) for r in readings]
    with_year = [(r, y) for r, y in dated if y is not None]
    if with_year:
        (day, start, _), (year, end) = with_year[0]
        found = _safe_date(year, month, day)
        return DateMention(start, end, found, "day") if found else None
    if readings:
        # Still a date (its digits are no casualty figure); the year comes
        # from the anchor when the mention is resolved.
        day, start, end = readings[0]
        return DateMention(start, end, None, "day", month=month, day=day)
    year = _year_at(tokens, hi, m, month)
    if year is None:
        return None  # a bare month name is too weak ("آب" is also "father")
    return DateMention(lo, year[1], dt.date(year[0], month, 1), "month")


# Reports this system reads start with the Syrian conflict; a yearless date
# named with its weekday takes the year since then, nearest the one the page
# suggests, in which that day fell on that weekday.
EARLIEST_YEAR = 2011
# With nothing but the weekday to go on, a yearless date is read as the latest
# fitting year up to this release's horizon: posts are collected soon after they
# are written, and a fixed horizon (not today's date) keeps the same input giving
# the same output. Raise it with each release's year.
LATEST_YEAR = 2026


def _year_by_weekday(mention: DateMention, near: int, latest: dt.date) -> dt.date | None:
    """"الخميس 5 أيلول": the year nearest `near`, up to `latest`, in which
    5 September was a Thursday."""
    fits = [
        found for year in range(EARLIEST_YEAR, latest.year + 1)
        if (found := _safe_date(year, mention.month, mention.day)) and found <= latest
        and found.weekday() == mention.weekday
    ]
    return min(fits, key=lambda d: (abs(d.year - near), d.year), default=None)


# How many of a page's weekday-named days must agree on a year before they overrule one that does not.
WEEKDAY_QUORUM = 2


def drop_slipped_weekdays(dates: list[DateMention], near: int | None) -> None:
    """"السبت 23 أيلول … الخميس 7 أيلول … الاثنين 24 أيلول": when two or more of a
    page's yearless weekday-named days fall on their weekdays in one year (of those,
    the nearest `near`), a weekday-named day that fits no year within one of it
    carries the writer's slip (a wrong weekday or day), not a report from years
    away: it keeps its day and month but drops the weekday that would move it there.
    (Within one year it may be a day across New Year, which its weekday places.)"""
    named = [d for d in dates if d.date is None and d.weekday is not None and d.month is not None and d.day is not None]
    fits = [_weekday_years(d) for d in named]
    distinct = {(d.month, d.day, d.weekday): years for d, years in zip(named, fits)}
    votes = Counter(y for years in distinct.values() for y in years)
    most = max(votes.values(), default=0)
    if most < WEEKDAY_QUORUM:
        return
    ref = near or LATEST_YEAR
    agreed = min((y for y, n in votes.items() if n == most), key=lambda y: (abs(y - ref), -y))
    for d, years in zip(named, fits):
        if all(abs(y - agreed) > 1 for y in years):
            d.weekday = None


def _weekday_years(mention: DateMention) -> list[int]:
    """The years since EARLIEST_YEAR, up to LATEST_YEAR, in which the mention's day fell on its weekday."""
    return [year for year in range(EARLIEST_YEAR, LATEST_YEAR + 1)
            if (found := _safe_date(year, mention.month, mention.day)) and found.weekday() == mention.weekday]


def resolve(mention: DateMention, anchor: dt.date | None, year: int | None = None,
            issued: dt.date | None = None) -> tuple[dt.date, str] | None:
    """The calendar date a mention stands for, or None when unanchored.
    A day and month without a year take the publication year (the year before
    when that would put them after publication), else `year`, else the
    anchor's year; a weekday named with them picks the year it fits."""
    if mention.date is not None:
        if issued is not None and mention.date > issued + dt.timedelta(days=1):
            return None  # after publication: a page's later sidebar, not this event
        return mention.date, mention.precision
    if mention.month is not None and mention.day is not None:
        if issued is not None:
            found = _safe_date(issued.year, mention.month, mention.day)
            if found and found > issued + dt.timedelta(days=1):
                found = _safe_date(issued.year - 1, mention.month, mention.day)
        else:
            year = year or (anchor.year if anchor else None)
            found = _safe_date(year, mention.month, mention.day) if year else None
        if mention.weekday is not None and (found is None or found.weekday() != mention.weekday):
            # The weekday beside it knows the year better than a guess from the page.
            if issued is not None:
                latest = issued + dt.timedelta(days=1)
                found = _year_by_weekday(mention, found.year if found else latest.year, latest)
            elif found is not None:
                # Never past the release horizon (a page is not written after it is collected),
                # unless the page's own year already is.
                horizon = max(LATEST_YEAR, found.year)
                found = _year_by_weekday(mention, found.year, dt.date(min(found.year + 10, horizon), 12, 31))
            else:
                found = _year_by_weekday(mention, LATEST_YEAR, dt.date(LATEST_YEAR, 12, 31))
        return (found, "day") if found else None
    if mention.months_back is not None:
        return _in_month_before(mention, issued or anchor)
    if anchor is None:
        return None
    if mention.offset is not None:
        return anchor + dt.timedelta(days=mention.offset), "day"
    if mention.weekday is not None:
        # A night is counted back to its evening: a page dated that evening tells of the night ahead.
        evening = (mention.weekday - mention.night) % 7
        back = (anchor.weekday() - evening) % 7
        if back == 0 and mention.past:
            back = 7
        return anchor - dt.timedelta(days=back - mention.night), "day"
    return None


def _in_month_before(mention: DateMention, day: dt.date | None) -> tuple[dt.date, str] | None:
    """The mention's day in the month of `day`, or `months_back` months before it; never after `day`."""
    if day is None or mention.day is None or mention.months_back is None:
        return None
    index = day.year * 12 + day.month - 1 - mention.months_back
    found = _safe_date(index // 12, index % 12 + 1, mention.day)
    if found is None or found > day + dt.timedelta(days=1):
        return None
    return found, "day"
