"""Drop text a page shows twice: previews of the post that follows, and doubled lines.

Social pages open with a preview of the post ("Page - first words of the
post...") and sometimes render a post twice in a row; left in, every figure of
the post would be read twice from one document.
"""

from __future__ import annotations

import re

# A preview ends in an ellipsis, perhaps followed by the page's name ("... - Page").
_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)(?:\s+-\s+[^.…]{1,60})?$")
_PAGE_PREFIX = re.compile(r"^[^\n]{1,60}? - ")
# Only the head of a document holds previews; bounding it keeps the check linear.
_HEAD_LINES = 50
_MIN_REPEAT = 15  # characters: shorter repeats ("#عاجل") are too likely by chance
_MAX_STEM = 40  # a preview's last words before the ellipsis are enough to find the full text


def drop_repeats(text: str) -> str:
    """`text` without preview lines repeated in full further down, and with doubled lines undoubled."""
    lines = [_undouble(line) for line in text.split("\n")]
    starts = _offsets(lines)
    joined = "\n".join(lines)
    kept = [
        line for i, line in enumerate(lines)
        if i >= _HEAD_LINES or not _repeated_later(line, joined, starts[i] + len(line))
    ]
    return "\n".join(kept)


def _undouble(line: str) -> str:
    """"XX" -> "X" when a line is one text of several words twice over (not "-----")."""
    half = len(line) // 2
    if half >= _MIN_REPEAT and len(line) % 2 == 0 and line[:half] == line[half:] and " " in line[:half].strip():
        return line[:half]
    return line


def _repeated_later(line: str, text: str, after: int) -> bool:
    stem = _stem(line)
    return len(stem) >= _MIN_REPEAT and text.find(stem, after) != -1


def _stem(line: str) -> str:
    """What must recur for `line` to be a preview: the text before its ellipsis, or all of it."""
    line = _PAGE_PREFIX.sub("", line.strip(), count=1)
    cut = _TRAILING_ELLIPSIS.search(line)
    if cut:
        return line[: cut.start()][-_MAX_STEM:].strip()
    return line


def _offsets(lines: list[str]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts
