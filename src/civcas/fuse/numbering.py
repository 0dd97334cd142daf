"""A site's article numbers, and what they tell of when its pages were written.

News sites number their articles in the order they publish them ("/articles/73120/",
"/archives/51847", "/slug/338716/"). The dated pages around an undated one bound the days
it was written in, and a page whose day is out of order with its neighbours' was dated
wrong: by an incident of another year it joined, or by a background year its text names.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable
from urllib.parse import urlsplit

from .facets import Span

SERIAL_PART = re.compile(r"p?\d{4,9}(?:\.html?)?")  # "/73120/", "/p402318/" (a WordPress short link)
YEAR_PART = re.compile(r"(?:19|20)\d\d")  # "/2023/10/slug" is a date, not an article number
# A headline slug that ends in the article's number: "/qsf-ly-qryt-64219", "/slug-h38461.html".
# Five digits or more: a slug's four are its year.
SLUG_TAIL = re.compile(r".*[^\W\d_].*-h?(\d{5,9})(?:\.html?)?")
SHORT_LINK = re.compile(r"(?:^|&)p=(\d{4,9})(?:&|$)")  # "/?p=187654"
SECTION_PART = re.compile(r"[a-z_]{1,12}")  # "en", "articles", "latest_news"; not a headline slug
SERIAL_SLACK = 3  # days an event may precede its report, or a neighbour's date its page
SERIAL_SPAN = 366  # neighbours further apart in time than a year bound nothing useful
NEIGHBOURS = 4  # numbered pages each side that judge whether a page is in step
OUT_OF_STEP = 30  # days a page may stand out of order with a neighbour: a late report


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
    article number: the first path part that is only digits ("p" before them allowed), else
    the number a headline slug ends in, else a WordPress short link's ("?p=187654")."""
    parts = urlsplit(url or "")
    host = parts.netloc.casefold().removeprefix("www.").removeprefix("m.")
    section = []
    for part in parts.path.split("/"):
        if SERIAL_PART.fullmatch(part) and not YEAR_PART.fullmatch(part):
            return (host, "/".join(section)), int(part.lstrip("p").split(".")[0])
        if SECTION_PART.fullmatch(part):
            section.append(part)
    tail = SLUG_TAIL.fullmatch(parts.path.rstrip("/").rsplit("/", 1)[-1])
    if tail is not None:
        return (host, "/".join(section)), int(tail.group(1))
    short = SHORT_LINK.search(parts.query)
    return ((host, "/".join(section)), int(short.group(1))) if short else None


def out_of_step(pages: list[tuple[int, int]]) -> list[int]:
    """The entries of one numbering section, (article number, day) sorted, that stand out of
    order with two or more of their nearest neighbour pages by more than OUT_OF_STEP days;
    the most out of step first. Each leaves before the next is judged, so a page wrongly
    dated counts against none once it is gone: its neighbours are judged by the others."""
    size = len(pages)
    before, after = list(range(-1, size - 1)), list(range(1, size + 1))
    gone = [False] * size

    def near(k: int, links: list[int]) -> list[int]:
        found, j = [], links[k]
        while 0 <= j < size and len(found) < NEIGHBOURS:
            found.append(j)
            j = links[j]
        return found

    def against(k: int) -> int:
        number, day = pages[k]
        # pages, not entries: one page told on two days counts once
        late = {pages[j][0] for j in near(k, before) if pages[j][0] < number and pages[j][1] > day + OUT_OF_STEP}
        early = {pages[j][0] for j in near(k, after) if pages[j][0] > number and pages[j][1] < day - OUT_OF_STEP}
        return len(late | early)

    counts = [against(k) for k in range(size)]
    heap = [(-count, k) for k, count in enumerate(counts) if count >= 2]
    heapq.heapify(heap)
    leaving = []
    while heap:
        count, k = heapq.heappop(heap)
        if gone[k] or -count != counts[k]:
            continue  # left already, or judged again since
        gone[k] = True
        leaving.append(k)
        if before[k] >= 0:
            after[before[k]] = after[k]
        if after[k] < size:
            before[after[k]] = before[k]
        for j in near(k, before) + near(k, after):
            counts[j] = against(j)
            if counts[j] >= 2:
                heapq.heappush(heap, (-counts[j], j))
    return leaving
