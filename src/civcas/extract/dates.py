"""Dates in text: absolute (both Levant month-name systems, numeric) and
relative ("yesterday", "on Friday", "فجر اليوم") resolved against an anchor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civcas.extract.mentions import Mentions
from civcas.extract.tokens import Token


@dataclass(slots=True)
class DateMention:
    lo: int
    hi: int
    date: dt.date | None  # None until a relative date is resolved
    precision: str
    offset: int | None = None  # relative: days from the anchor
    weekday: int | None = None  # relative: Monday = 0
    month: int | None = None  # day and month without a year
    day: int | None = None


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


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


def _glued(tokens: list[Token], i: int, j: int) -> bool:
    return all(tokens[k].end == tokens[k + 1].start for k in range(i, j))


def _numeric(tokens: list[Token], i: int) -> DateMention | None:
    """d/m/y, d-m-y, d.m.y (day first, as in the Levant) or y-m-d."""
    if i + 4 >= len(tokens) or not _glued(tokens, i, i + 4):
        return None
    sep = tokens[i + 1].norm
    if sep not in "/-." or tokens[i + 3].norm != sep:
        return None
    a, b, c = _int(tokens, i), _int(tokens, i + 2), _int(tokens, i + 4)
    if a is None or b is None or c is None:
        return None
    if a > 1900:
        day = _safe_date(a, b, c)
    elif c > 1900:
        day = _safe_date(c, b, a)
    else:
        return None
    return DateMention(i, i + 5, day, "day") if day else None


def find_dates(tokens: list[Token], m: Mentions, anchor_year: int | None) -> list[DateMention]:
    out: list[DateMention] = []
    for month in m.lists.get("month", []):
        out.append(_around_month(tokens, month.lo, month.hi, month.value, m, anchor_year))
    for i, tok in enumerate(tokens):
        if tok.norm.isdigit() and len(tok.norm) in (1, 2, 4):
            numeric = _numeric(tokens, i)
            if numeric:
                out.append(numeric)
    for rel in m.lists.get("relative", []):
        out.append(DateMention(rel.lo, rel.hi, None, "day", offset=rel.value))
    for wd in m.lists.get("weekday", []):
        out.append(DateMention(wd.lo, wd.hi, None, "day", weekday=wd.value))
    out = [d for d in out if d is not None]
    out.sort(key=lambda d: (d.lo, -(d.hi - d.lo)))
    kept: list[DateMention] = []
    for d in out:  # drop mentions nested in a longer one ("Friday, 6 October 2023")
        if kept and d.lo < kept[-1].hi:
            continue
        kept.append(d)
    return kept


def _around_month(tokens: list[Token], lo: int, hi: int, month: int, m: Mentions,
                  anchor_year: int | None) -> DateMention | None:
    """"5 October 2023", "October 5, 2023", "5 من تشرين الأول", "October 2023"."""
    start, end = lo, hi
    day = None
    k = lo - 1
    if k >= 0 and tokens[k].norm in {"من", "of"}:
        k -= 1
    if _int(tokens, k, 1, 31) is not None and len(tokens[k].norm) <= 2:
        day, start = int(tokens[k].norm), k
    j = hi
    if day is None and _int(tokens, j, 1, 31) is not None and len(tokens[j].norm) <= 2:
        day, j = int(tokens[j].norm), j + 1
        if j < len(tokens) and tokens[j].norm == ",":
            j += 1
    if day is not None:
        end = j if j > hi else hi
    year = _int(tokens, end, 1900, 2100)
    if year is None and end < len(tokens) and tokens[end].norm == ",":
        year = _int(tokens, end + 1, 1900, 2100)
        if year is not None:
            end += 1
    if year is not None:
        end += 1
    if day is None and year is None:
        return None  # a bare month name is too weak ("آب" is also "father")
    if day is None:
        return DateMention(start, end, dt.date(year, month, 1), "month")
    if year is None and anchor_year is None:
        # Still a date (its digits are no casualty figure); the year may come
        # from the anchor when the mention is resolved.
        return DateMention(start, end, None, "day", month=month, day=day)
    found = _safe_date(year or anchor_year, month, day)
    return DateMention(start, end, found, "day") if found else None


def resolve(mention: DateMention, anchor: dt.date | None) -> tuple[dt.date, str] | None:
    """The calendar date a mention stands for, or None when unanchored."""
    if mention.date is not None:
        return mention.date, mention.precision
    if anchor is None:
        return None
    if mention.offset is not None:
        return anchor + dt.timedelta(days=mention.offset), "day"
    if mention.month is not None and mention.day is not None:
        found = _safe_date(anchor.year, mention.month, mention.day)
        return (found, "day") if found else None
    if mention.weekday is not None:
        back = (anchor.weekday() - mention.weekday) % 7
        return anchor - dt.timedelta(days=back), "day"
    return None
