"""Text normalisation: NFC, invisible characters out, whitespace tidied, paragraphs kept."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and bidi controls (and the soft hyphen): common in Arabic social
# posts, meaningless to every later stage, and they split words that should
# match lexicons. Lone surrogates (from JSON "\ud800" escapes) cannot be stored as UTF-8.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]+")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\x0b\x0c\x85]")
_PARAGRAPH_BREAKS = re.compile("\u2029")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace except newline
_LINE_EDGES = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{3,}")
# Taa marbuta only ends a word, so a letter right after it begins the next one: scraped
# pages glue a title or hashtag to the body ("#X" + "قصفت" read as one word) this way.
_GLUED_AFTER_TAA_MARBUTA = re.compile("(?<=\u0629)(?=[\u0621-\u063a\u0641-\u064a])")


def normalise(text: str) -> str:
    """NFC text without invisible controls, single spaces, at most one blank line between paragraphs."""
    text = _PARAGRAPH_BREAKS.sub("\n\n", _LINE_BREAKS.sub("\n", text))
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = _GLUED_AFTER_TAA_MARBUTA.sub(" ", text)
    text = _LINE_EDGES.sub("\n", _SPACES.sub(" ", text))
    return _BLANK_LINES.sub("\n\n", text).strip()
