"""Publication dates to ISO 8601: ISO strings, RFC 2822, "3 March 2024", "28 سبتمبر 2024".

Deliberately small (no dateparser): publication metadata comes in a handful of
shapes, and anything else is better left None than guessed.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from importlib.resources import files

from civcas.clean.boilerplate import fold

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_SLASHED_YMD = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([^\W\d_]+(?:\s[^\W\d_]+)?)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_WEEKDAY_PREFIX = re.compile(r"^[^\W\d_]+[,،]\s*")


def normalise_date(value: str | None) -> str | None:
    """ISO date ("2024-03-03") or datetime ("2024-03-03T10:00:00+00:00"), or None if unparseable."""
    if not value or not value.strip():
        return None
    text = fold(value.strip().translate(_DIGITS))
    parsed = _iso(text) or _rfc2822(text) or _written(text)
    if parsed is None and " " in text:
        # Scraped metadata sometimes lists several timestamps; the first is the page's own.
        parsed = _iso(text.split(None, 1)[0])
    return parsed


def _iso(text: str) -> str | None:
    m = _ISO.fullmatch(text)
    if m:
        try:
            parsed = datetime.fromisoformat(text.replace(" ", "T"))
        except ValueError:
            return None
        return parsed.date().isoformat() if len(text) == 10 else parsed.isoformat()
    m = _SLASHED_YMD.fullmatch(text)
    return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _rfc2822(text: str) -> str | None:
    if not re.search(r"\d{1,2}:\d{2}", text):
        return None  # RFC 2822 always has a time; without one, the written forms decide
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _written(text: str) -> str | None:
    """ "3 March 2024", "March 3, 2024", "الاثنين، 25 مارس 2024", "14 تشرين الثاني 2021"."""
    text = _WEEKDAY_PREFIX.sub("", text)
    months = _months()
    m = _DAY_MONTH_YEAR.search(text)
    if m and m.group(2).lower() in months:
        return _ymd(int(m.group(3)), months[m.group(2).lower()], int(m.group(1)))
    m = _MONTH_DAY_YEAR.search(text)
    if m and m.group(1).lower() in months:
        return _ymd(int(m.group(3)), months[m.group(1).lower()], int(m.group(2)))
    return None


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    data = json.loads(files("civcas.clean").joinpath("months.json").read_text(encoding="utf-8"))
    return {fold(k): v for k, v in data["months"].items()}
