"""Name keys: how a place name and a span of text are reduced so spelling variants meet.

Three keys, from strict to loose:
- Latin key: lowercase ASCII, apostrophes and ayn/hamza marks dropped, Arabic
  articles (al-, el-, ash-, ez-, ...) removed, tokens joined by spaces.
  "Jisr al-Shughur" and "Jisr ash-Shughur" -> "jisr shughur".
- Latin skeleton: the consonants of the Latin key with spaces removed, doubled
  letters collapsed and y/w (semi-vowels) dropped, so that "Busayrah", "Busera"
  and "Bseira" -> "bsr", and "Kafr Nabl"/"Kafranbel" -> "kfrnbl".
- Arabic key: diacritics and tatweel removed, alef/ya/ta marbuta/hamza seats
  unified, the article ال removed from each word, words joined without spaces
  (Arabic names are written both joined and apart: كفرتعال / كفر تعال).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

# Articles of romanised Arabic, written as "al-", "el ", "ash-" etc.
LATIN_ARTICLES = frozenset(
    ["al", "el", "il", "ul", "ad", "ed", "adh", "ath", "ash", "as", "es", "ar", "er", "at", "et", "az", "ez", "an", "en"]
)
# Romanised word-initial variants that mean the same thing in place names.
LATIN_SYNONYMS = {
    "tall": "tal", "tell": "tal", "tel": "tal", "til": "tal",
    "dayr": "deir", "dair": "deir", "der": "deir",
    "kfar": "kafr", "kufr": "kafr", "kafar": "kafr",
    "jabal": "jabal", "jebel": "jabal", "jabel": "jabal", "djebel": "jabal",
    "khirbet": "khirbat", "kherbet": "khirbat", "khirbit": "khirbat", "khirbah": "khirbat",
    "ain": "ayn", "ein": "ayn", "aïn": "ayn",
    "bir": "bir", "beer": "bir",
    "maarat": "maarrat", "marat": "maarrat", "maarrat": "maarrat",
}

_APOSTROPHES = "'’‘`ʿʾʼ′´"
_APOSTROPHE_RE = re.compile(f"[{_APOSTROPHES}]")
_NON_WORD_RE = re.compile(r"[^a-z0-9]+")

_ARABIC_DIACRITICS_RE = re.compile("[\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك", "ڪ": "ك", "ھ": "ه"})
_ARABIC_CHAR_RE = re.compile("[\u0600-\u06ff]")
# Arabic letters, marks and digits ("حي ١٢" is not "حي ١٣"; the letter mark U+061C too, which
# folding drops), without the block's signs and punctuation (، ؛ ؟ ٪ ۔)
_ARABIC_WORD_RE = re.compile("[\u0610-\u061a\u061c\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff]+")


def is_arabic(text: str) -> bool:
    """True when `text` contains Arabic letters."""
    return bool(_ARABIC_CHAR_RE.search(text))


def ascii_fold(text: str) -> str:
    """Lowercase, accents stripped (Ḩamāh -> hamah), Turkish dotless i folded."""
    return strip_accents(text).lower()


def strip_accents(text: str) -> str:
    """The text with accents removed but case kept (Ḩamāh -> Hamah)."""
    text = text.replace("ı", "i").replace("İ", "I")
    text = _APOSTROPHE_RE.sub("'", text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def latin_token(token: str) -> str:
    """One Latin word as the keys see it: folded, no apostrophes, synonyms mapped."""
    word = _APOSTROPHE_RE.sub("", ascii_fold(token))
    word = _NON_WORD_RE.sub("", word)
    return LATIN_SYNONYMS.get(word, word)


def latin_tokens(name: str) -> list[str]:
    """The key tokens of a Latin name: articles dropped, hyphens and spaces split."""
    words = _NON_WORD_RE.split(_APOSTROPHE_RE.sub("", ascii_fold(name)))
    return [LATIN_SYNONYMS.get(w, w) for w in words if w and w not in LATIN_ARTICLES]


def latin_key(tokens: list[str]) -> str:
    return " ".join(tokens)


_VOWELS_RE = re.compile(r"[aeiouyw]")
_TA_MARBUTA_RE = re.compile(r"(?<=[aeiou])h$")
_DIGRAPH_H_RE = re.compile(r"(?<=[kgtdz])h")


def skeleton(tokens: list[str]) -> str:
    """The consonant skeleton of Latin key tokens (see module doc)."""
    parts = []
    for token in tokens:
        token = _TA_MARBUTA_RE.sub("", token)
        if not token:
            continue
        token = _DIGRAPH_H_RE.sub("", token).replace("q", "k").replace("ph", "f")
        parts.append(token[0] + _VOWELS_RE.sub("", token[1:]) if token[0] in "aeiou" else _VOWELS_RE.sub("", token))
    joined = "".join(parts)
    return re.sub(r"(.)\1+", r"\1", joined)


_PRESENTATION_FORMS_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def plain_name(name: str) -> str:
    """A gazetteer name without invisible format characters: GeoNames' Arabic names carry stray
    left-to-right marks ("الحولة" + U+200E), which hid them from the common-word check."""
    return "".join(c for c in name if unicodedata.category(c) != "Cf").strip()


def arabic_fold(token: str) -> str:
    """One Arabic word without diacritics and with letter variants unified.

    Presentation forms (ﺣَﻠَﺐ, from old PDFs and pasted posts) become plain letters first.
    """
    if _PRESENTATION_FORMS_RE.search(token):
        token = unicodedata.normalize("NFKC", token)
    return _ARABIC_DIACRITICS_RE.sub("", token).translate(_ARABIC_FOLD)


def strip_article(word: str) -> str:
    """An Arabic word without its article ال (kept when too little would remain)."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


# Conjunction/preposition clitics that attach to the first word of a name:
# و (and), ف (then), ب (in/by), ل (to), ك (like), and their pairs (وب, ول, فب ...).
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


def arabic_token_variants(word: str) -> list[str]:
    """Keys a first word of a mention may stand for, the literal reading first.

    "بالرقة" -> ["بالرقه", "رقه"]: with ب + ال removed; "للرقة" (ل + ال, the
    alef elided) -> "رقه". Clitics are only stripped when a word of at least
    three letters remains, so short names survive.
    """
    folded = arabic_fold(word)
    variants = [strip_article(folded)]
    for clitic in _CLITICS:
        if folded.startswith(clitic) and len(folded) - len(clitic) >= 3:
            rest = folded[len(clitic):]
            if clitic.endswith("ل") and rest.startswith("ل"):  # لل = ل + ال
                variants.append(strip_article("ا" + rest))
            variants.append(strip_article(rest))
    seen: list[str] = []
    for v in variants:
        if v not in seen:
            seen.append(v)
    return seen


def arabic_tokens(name: str) -> list[str]:
    """The key words of an Arabic name: folded, each without its article. Punctuation
    ("حي X، Y") is no part of a word, nor is a vowel mark typed apart from its letter."""
    words = (arabic_fold(w) for w in _ARABIC_WORD_RE.findall(name))
    return [strip_article(w) for w in words if w]


def arabic_key(tokens: list[str]) -> str:
    return "".join(tokens)


def name_keys(name: str) -> tuple[str, ...]:
    """Every key a gazetteer name is indexed under: ("ar", key) or ("en", key) and ("sk", skeleton)."""
    if is_arabic(name):
        tokens = arabic_tokens(name)
        return (("ar:" + arabic_key(tokens)),) if tokens else ()
    tokens = latin_tokens(name)
    if not tokens:
        return ()
    return ("en:" + latin_key(tokens), "sk:" + skeleton(tokens))


def same_place_name(a: str, b: str) -> bool:
    """Whether two names may be spellings of one place: equal keys, or equal consonant skeletons.

    "Jisr ash Shughur" / "Jisr Al Shughour", "Tall Abyad" / "Tal Abyad",
    "الرقة" / "الرقه". Names in different scripts are compared by consonant skeleton
    ("Sarmin" / "سرمين", see `cross_script_skeleton`).
    """
    if is_arabic(a) != is_arabic(b):
        return cross_script_match(a, b)
    if is_arabic(a):
        return bool(arabic_tokens(a)) and arabic_key(arabic_tokens(a)) == arabic_key(arabic_tokens(b))
    ta, tb = latin_tokens(a), latin_tokens(b)
    if not ta or not tb:
        return False
    return ta == tb or (len(sa := skeleton(ta)) >= 3 and sa == skeleton(tb))


MIN_CROSS_SKELETON = 4  # shorter skeletons ("hm", "ryf") meet too many unrelated names


@cache
def _romanisation() -> tuple[dict[str, str], dict[str, str]]:
    table = json.loads((Path(__file__).parent / "data" / "arabic_latin.json").read_text(encoding="utf-8"))
    return table["letters"], table["final"]


def cross_script_skeleton(name: str) -> str:
    """The Latin consonant skeleton of an Arabic name, romanised letter by letter.

    Vowels are not written in Arabic and vary in romanisation, so only the
    consonants are compared: "جسر الشغور" and "Jisr ash-Shughur" -> "jsrshgr".
    """
    letters, final = _romanisation()
    words = []
    for token in arabic_tokens(name):
        body = "".join(letters.get(ch, "") for ch in token[:-1])
        words.append(body + final.get(token[-1], letters.get(token[-1], "")))
    return skeleton([w for w in words if w])


def cross_script_match(a: str, b: str) -> bool:
    """Whether an Arabic and a Latin name share a consonant skeleton long enough to be telling."""
    arabic, latin = (a, b) if is_arabic(a) else (b, a)
    tokens = latin_tokens(latin)
    if not tokens or not arabic_tokens(arabic):
        return False
    sk = _INITIAL_VOWEL_RE.sub("a", skeleton(tokens))  # إدلب is "Idlib": alef carries any vowel
    return len(sk) >= MIN_CROSS_SKELETON and sk == cross_script_skeleton(arabic)


_INITIAL_VOWEL_RE = re.compile(r"^[aeiou]")
MIN_SPELLING_SKELETON = 3  # a shorter skeleton ("hm") would join names that are not variants


def spelling_key(name: str) -> str:
    """One key for the spellings of a name in either script: its Latin consonant skeleton.

    Village names the gazetteer lacks are written many ways ("دلبون" / "دليبون",
    "برديا" / "بريدا", "al-Batrouna" / "بطرونة"): vowels move, and Arabic writes
    long vowels only. A skeleton too short to tell names apart gives the folded name.
    """
    if is_arabic(name):
        sk = cross_script_skeleton(name)
    else:
        sk = _INITIAL_VOWEL_RE.sub("a", skeleton(latin_tokens(name)))
    if len(sk) >= MIN_SPELLING_SKELETON:
        return "sk:" + sk
    return "n:" + (arabic_key(arabic_tokens(name)) if is_arabic(name) else " ".join(latin_tokens(name)))
