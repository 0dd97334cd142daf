"""Remove boilerplate and wall text from plain text, line by line and segment by segment.

The patterns live in boilerplate.txt (language data); this module only applies
them. Whole-segment matching is what keeps real sentences: "Share" alone is a
share button, "The ministry did not share its figures." is news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

# Categories that make a page junk when little else is left on it.
WALLS = ("login wall", "unsupported browser", "access check", "unavailable", "cookie consent", "empty social page")

# Separators between segments of one line: share bars and comment forms are
# glued to the last sentence with "·" or "|", or simply follow it.
_SEPARATORS = re.compile(r"(\s*[·•|]\s*|(?<=[.!?؟])\s+)")
# Edge characters ignored when matching a segment: punctuation, symbols, arrows, emoji;
# a trailing "=" stays because it is what marks a captcha ("4 + 3 =").
_EDGES = re.compile(r"^[\W_]+|[^\w=]+$")
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "’": "'", "‘": "'"})
# Boilerplate is short: a longer line or segment is content, and is not matched at
# all (which also bounds the cost of the patterns on hostile input).
_MAX_BOILERPLATE_CHARS = 500
# A line in a "related articles" list: short, no sentence end.
_MAX_LINK_WORDS = 18
_SENTENCE_END = re.compile(r"[.!?؟:]$")


@dataclass
class Removal:
    """What was removed and why; the first wall removal names a junk page."""

    category: str
    text: str


@dataclass
class Stripped:
    text: str
    removals: list[Removal] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # posting dates found in page chrome, as written

    def walls(self) -> list[Removal]:
        return [r for r in self.removals if r.category in WALLS]


@dataclass
class _Patterns:
    inline: list[tuple[str, re.Pattern, str]]  # (category, pattern, replacement)
    line: list[tuple[str, re.Pattern]]  # one alternation per category
    segment: list[tuple[str, re.Pattern]]
    related: re.Pattern


def fold(text: str) -> str:
    """Arabic letter variants and curly apostrophes folded, diacritics dropped: for matching only."""
    return _DIACRITICS.sub("", text).translate(_ARABIC_FOLD)


def strip_boilerplate(text: str) -> Stripped:
    """`text` without boilerplate and wall lines or segments, with a record of what went."""
    patterns = _load()
    out: list[str] = []
    removals: list[Removal] = []
    dates: list[str] = []
    in_related = False
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            continue
        line = _strip_inline(line, patterns, removals, dates)
        key = _key(line)
        if patterns.related.fullmatch(key):
            removals.append(Removal("related links", line))
            in_related = True
            continue
        if in_related and _is_link_line(line):
            removals.append(Removal("related links", line))
            continue
        in_related = False
        category = _category(key, patterns.line)
        if category is not None:
            removals.append(Removal(category, line))
            continue
        kept = _strip_segments(line, patterns, removals)
        if kept:
            out.append(kept)
    return Stripped("\n".join(out), removals, dates)


def _strip_inline(line: str, patterns: _Patterns, removals: list[Removal], dates: list[str]) -> str:
    for category, pattern, replacement in patterns.inline:
        m = pattern.search(line)
        if m:
            removals.append(Removal(category, m.group(0)))
            if "date" in pattern.groupindex and m.group("date"):
                dates.append(m.group("date"))
            line = pattern.sub(replacement, line, count=1).strip()
    return line


def _strip_segments(line: str, patterns: _Patterns, removals: list[Removal]) -> str:
    """The line with every segment that wholly matches a pattern removed, separators tidied."""
    parts = _SEPARATORS.split(line)
    kept: list[str] = []
    for i in range(0, len(parts), 2):
        segment = parts[i]
        category = _category(_key(segment), patterns.segment)
        if category is None:
            if kept and i > 0:
                kept.append(parts[i - 1])
            kept.append(segment)
        elif segment.strip():
            removals.append(Removal(category, segment.strip()))
    return "".join(kept).strip()


def _category(key: str, table: list[tuple[str, re.Pattern]]) -> str | None:
    if not key:
        return None  # long, or pure punctuation or emoji: not ours to judge
    return next((c for c, p in table if p.fullmatch(key)), None)


def _key(text: str) -> str:
    """The form patterns see; empty (matching nothing) for text too long to be boilerplate."""
    if len(text) > _MAX_BOILERPLATE_CHARS:
        return ""
    return _EDGES.sub("", fold(text)).strip()


def _is_link_line(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) <= _MAX_LINK_WORDS and not _SENTENCE_END.search(stripped)


@lru_cache(maxsize=1)
def _load() -> _Patterns:
    inline: list[tuple[str, re.Pattern, str]] = []
    tables: dict[str, dict[str, list[str]]] = {"line": {}, "segment": {}}
    related: list[str] = []
    kind = category = ""
    source = files("civcas.clean").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)(?::\s*(.+))?\]", line)
        if header:
            kind, category = header.group(1), (header.group(2) or "").strip()
        elif kind == "inline":
            pattern, _, replacement = line.partition(" => ")
            inline.append((category, re.compile(pattern), replacement))
        elif kind in tables:
            tables[kind].setdefault(category, []).append(fold(line))
        elif kind == "related":
            related.append(fold(line))
        else:
            raise ValueError(f"boilerplate.txt:{number}: pattern outside a known section")
    return _Patterns(
        inline=inline,
        line=_alternations(tables["line"]),
        segment=_alternations(tables["segment"]),
        related=_alternation(related),
    )


def _alternations(table: dict[str, list[str]]) -> list[tuple[str, re.Pattern]]:
    return [(category, _alternation(patterns)) for category, patterns in table.items()]


def _alternation(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
