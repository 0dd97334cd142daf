"""Cheap language identification by script: Arabic vs Latin letters, a few other scripts."""

from __future__ import annotations

import unicodedata

# First word of the Unicode character name -> language when that script is the majority.
# Latin is taken as English: the project's sources in Latin script are overwhelmingly English.
_SCRIPT_LANG = {
    "ARABIC": "ar",
    "LATIN": "en",
    "CYRILLIC": "ru",
    "HEBREW": "he",
    "GREEK": "el",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "CJK": "zh",
    "DEVANAGARI": "hi",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
}
_SAMPLE_CHARS = 5000  # the head of a document is enough to tell its script


def detect_language(text: str) -> str:
    """ISO 639-1 code of the majority script's language, or "und" when there are no letters."""
    counts: dict[str, int] = {}
    for ch in text[:_SAMPLE_CHARS]:
        if ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "und"
    script = max(sorted(counts), key=counts.__getitem__)
    return _SCRIPT_LANG.get(script, "und")


def _script(ch: str) -> str:
    if ch < "\u0250":  # Basic Latin to Latin Extended-B, the common case, without a name lookup
        return "LATIN"
    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
