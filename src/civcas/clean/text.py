"""Text normalisation: NFC, invisible characters out, whitespace tidied, paragraphs kept."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and bidi controls: common in Arabic social posts, meaningless to
# every later stage, and they split words that should match lexicons.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063,
     0x2064, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace except newline
_BLANK_LINES = re.compile(r"\n{3,}")
_OTHER_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"})


def normalise(text: str) -> str:
    """NFC text without invisible controls, single spaces, at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").translate(_OTHER_BREAKS)
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
