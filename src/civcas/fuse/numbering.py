"""A site's article numbers, and what they tell of when its pages were written.

News sites number their articles in the order they publish them ("/articles/73120/",
"/archives/51847", "/slug/338716/"). The dated pages around an undated one bound the days
it was written in, and a page whose day is out of order with its neighbours' was dated
wrong: by an incident of another year it joined, or by a background year its text names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from urllib.parse import urlsplit

from .facets import Span

SERIAL_PART = re.compile(r"p?(\d{4,9})(?:\.html?)?")  # "/73120/", "/p402318/" (a WordPress short link)
YEAR = re.compile(r"(?:19|20)\d\d")  # "/2023/10/slug" is a date, not an article number
SHORT_LINK = re.compile(r"p=(\d{4,9})")  # a WordPress short link's whole query: "/?p=187654"
SECTION_PART = re.compile(r"[a-z_]{1,12}")  # "en", "articles", "latest_news"; not a headline slug
SERIAL_SLACK = 3  # days an event may precede its report, or a neighbour's date its page
SERIAL_SPAN = 366  # neighbours further apart in time than a year bound nothing useful
NEIGHBOURS = 4  # numbered pages each side that judge whether a page is in step
# Days a page may stand out of order with a neighbour. A page written after another may
# report an older day (a late report, a follow-up on the wounded), and which of the two is
# out of step cannot be told: only a gap longer than a late report marks one dated wrong.
OUT_OF_STEP = 90


class Serials:
    """The days the dated pages of each site's numbering tell, by article number: an
    undated page numbered between two of them was written between their days, so its
    event cannot be an incident of another year at the same town."""

    def __init__(self, pages: Iterable[tuple[str | None, int]]) -> None:
        """`pages`: each dated page's address and a day it reports."""
        days: dict[tuple, dict[int, int]] = {}
        for url, day in pages:
            found = serial(url)
            if found is not None:
                # a page is written no earlier than the latest day it reports
                by_number = days.setdefault(found[0], {})
                by_number[found[1]] = max(by_number.get(found[1], day), day)
        self.days = {key: sorted(by_number.items()) for key, by_number in days.items()}

    def window(self, url: str | None) -> Span | None:
        """The days an undated page was written in, by its numbered neighbours; None when unknown."""
        found = serial(url)
        if found is None or found[0] not in self.days:
            return None
        numbered = self.days[found[0]]
        k = bisect_left(numbered, (found[1], -1))
        if k == 0 or k >= len(numbered) or numbered[k][0] == found[1]:
            return None  # a neighbour on each side is needed
        bounds = in_step([day for _, day in numbered[max(0, k - 2):k]], [day for _, day in numbered[k:k + 2]])
        if bounds is None or bounds[1] - bounds[0] > SERIAL_SPAN:
            return None  # neighbours out of step, or too far apart to bound anything
        lo, hi = bounds
        return Span(lo - SERIAL_SLACK, hi + SERIAL_SLACK, "published")


def in_step(before: list[int], after: list[int]) -> tuple[int, int] | None:
    """The days that bound an undated page: those of the nearest dated pages before and
    after it, when they and the next ones out (`before`: up to two, nearest last; `after`:
    nearest first) are in step with the numbering. A page out of step was dated wrong (a
    background year its text names, an incident of another year it joined, a page's
    last edit), and which one cannot be told: then nothing bounds the page."""
    days = before + after
    return (before[-1], after[0]) if days == sorted(days) else None


def serial(url: str | None) -> tuple[tuple[str, str], int] | None:
    """The site and numbering section of a page's address ("/en/", "/ar/articles/"), and its
    article number: the first path part that is only digits ("p" before them allowed) and no
    year, else a WordPress short link's ("?p=187654"). A headline's number is no article's:
    slugs end in tolls ("death-toll-rises-to-35000")."""
    parts = urlsplit(url or "")
    host = parts.netloc.casefold().removeprefix("www.").removeprefix("m.")
    section = []
    for part in parts.path.split("/"):
        found = SERIAL_PART.fullmatch(part)
        if found and not YEAR.fullmatch(found.group(1)):
            return (host, "/".join(section)), int(found.group(1))
        if SECTION_PART.fullmatch(part):
            section.append(part)
    short = SHORT_LINK.fullmatch(parts.query)
    return ((host, "/".join(section)), int(short.group(1))) if short else None


def out_of_step(entries: list[tuple[int, int]]) -> list[int]:
    """The entries of one numbering section, (article number, day) sorted, that stand out of
    order with the section. Each page stands for the latest day it reports (it was written no
    earlier); a longest run of pages whose days never go back is the section's vote. An
    entry off that run is out of step when two or more of the run's nearest NEIGHBOURS pages
    on either side stand more than OUT_OF_STEP days out of order with it. Where wrong pages
    outnumber the right ones between them and the rest of the run (a sparse section), the
    vote can go the wrong way."""
    latest: dict[int, int] = {}
    for number, day in entries:
        latest[number] = max(latest.get(number, day), day)
    pages = sorted(latest.items())
    run = [pages[k] for k in _longest_in_step([day for _, day in pages])]
    on_run = set(run)
    numbers = [number for number, _ in run]
    out = []
    for k, (number, day) in enumerate(entries):
        if (number, day) in on_run:
            continue
        lo, hi = bisect_left(numbers, number), bisect_right(numbers, number)
        before = run[max(0, lo - NEIGHBOURS):lo]
        after = run[hi:hi + NEIGHBOURS]
        against = sum(d > day + OUT_OF_STEP for _, d in before) + sum(d < day - OUT_OF_STEP for _, d in after)
        if against >= 2:
            out.append(k)
    return out


def _longest_in_step(days: list[int]) -> list[int]:
    """The indices of a longest run of days that never go back: of the longest, the one
    ending on the lowest day (the same input gives the same run)."""
    tails: list[int] = []  # tails[n]: the index ending the best run of n + 1 days found so far
    tail_days: list[int] = []  # ... and its day
    back = [-1] * len(days)
    for k, day in enumerate(days):
        n = bisect_right(tail_days, day)
        back[k] = tails[n - 1] if n else -1
        if n == len(tails):
            tails.append(k)
            tail_days.append(day)
        else:
            tails[n], tail_days[n] = k, day
    run, k = [], tails[-1] if tails else -1
    while k >= 0:
        run.append(k)
        k = back[k]
    return run[::-1]
