"""Cheap language identification by script: Arabic vs Latin letters, a few other scripts."""

from __future__ import annotations

import re

# Script -> language when that script holds most of the letters. Latin is taken
# as English: the project's sources in Latin script are overwhelmingly English.
# Ranges are the scripts' letter blocks; digits and punctuation fall outside all of them.
_SCRIPTS = [
    ("ar", re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
                      "\ufb50-\ufdff\ufe70-\ufeff]")),
    ("en", re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")),
    ("ru", re.compile("[\u0400-\u04ff]")),
    ("he", re.compile("[\u05d0-\u05ea]")),
    ("el", re.compile("[\u0370-\u03ff]")),
    ("hy", re.compile("[\u0531-\u0587]")),
    ("ka", re.compile("[\u10a0-\u10ff]")),
    ("hi", re.compile("[\u0900-\u097f]")),
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("ko", re.compile("[\uac00-\ud7af]")),
    ("zh", re.compile("[\u4e00-\u9fff]")),
]
_SAMPLE_CHARS = 5000  # the head of a document is enough to tell its script
# Within Arabic script: letters only Persian or Sorani Kurdish use, against letters only Arabic uses.
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")  # پ چ ژ گ ک ی
_SORANI = re.compile("[\u06d5\u06c6\u06ce\u0695\u06b5]")  # ە ۆ ێ ڕ ڵ
_ARABIC_ONLY = re.compile("[\u064a\u0643\u0629]")  # ي ك ة


def detect_language(text: str) -> str:
    """ISO 639-1 code of the majority script's language, or "und" when there are no letters."""
    sample = text[:_SAMPLE_CHARS]
    # Length lost to deleting a script's letters counts them without building match lists.
    counts = {code: len(sample) - len(pattern.sub("", sample)) for code, pattern in _SCRIPTS}
    code = max(counts, key=counts.__getitem__)  # ties go to the script listed first
    if counts[code] == 0:
        return "und"
    # Japanese mixes kana with the ideographs it shares with Chinese; any kana means Japanese.
    if code == "zh" and counts["ja"]:
        return "ja"
    if code == "ar":
        return _arabic_script_language(sample)
    return code


def _arabic_script_language(sample: str) -> str:
    """Arabic, Persian or Sorani Kurdish, by the letters each alone writes."""
    arabic_only = len(_ARABIC_ONLY.findall(sample))
    if len(_SORANI.findall(sample)) > arabic_only:
        return "ckb"
    if len(_PERSIAN.findall(sample)) > arabic_only:
        return "fa"
    return "ar"
