"""Drop truncated preview lines ("Page - first words of the post...") repeated in full later.

Social pages open with a preview of the post cut off by an ellipsis; left in,
every figure of the post would be read twice from one document.
"""

from __future__ import annotations

import re

# The ellipsis ends the line, or only the page's name follows it ("... - Page name").
_ELLIPSIS = re.compile(r"(?:\.{3}|…)(?:\s+-\s+[^.…]{1,60})?$")
# The tail of the text before the ellipsis that must recur elsewhere: long
# enough to be unlikely by chance, short enough to skip a "Page name - " prefix.
_MIN_STEM = 15
_MAX_STEM = 40


def drop_previews(text: str) -> str:
    """`text` without lines whose pre-ellipsis text appears again in another line."""
    lines = text.split("\n")
    kept = [line for i, line in enumerate(lines) if not _is_preview(line, lines[:i] + lines[i + 1:])]
    return "\n".join(kept)


def _is_preview(line: str, others: list[str]) -> bool:
    m = _ELLIPSIS.search(line)
    if not m:
        return False
    stem = line[: m.start()].strip()[-_MAX_STEM:].strip()
    if len(stem) < _MIN_STEM:
        return False
    return any(stem in other for other in others)
