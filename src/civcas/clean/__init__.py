"""Clean: RawDocument -> Document (main text, boilerplate and walls removed, language, dates).

The text a Document carries is final: every offset downstream points into it.
"""

from __future__ import annotations

import hashlib
import re

from civcas.clean.boilerplate import Stripped, strip_boilerplate
from civcas.clean.dates import normalise_date
from civcas.clean.headline import headline
from civcas.clean.html import Extracted, extract_html
from civcas.clean.lang import detect_language
from civcas.clean.repeats import drop_repeats
from civcas.clean.text import normalise
from civcas.model import Document, RawDocument

# A page that showed a wall (login, cookie consent, browser check) is junk unless
# at least this many distinct words of its own remain: a real post behind a
# "Log in" bar keeps its sentences, a bare wall keeps a page name (often twice)
# and a few buttons.
MIN_WORDS_BEHIND_WALL = 8
_WORD = re.compile(r"[^\W\d_]{2,}")
_REASON_SAMPLE = 60


def clean(raw: RawDocument) -> Document:
    """Clean one raw document; problems are reported in status and reason, never raised."""
    raw_hash = hashlib.sha256(raw.raw).hexdigest()
    doc = Document(
        id=raw.id or f"sha256:{raw_hash[:16]}",
        raw_hash=raw_hash,
        text="",
        url=raw.url,
        publisher=raw.publisher,
        source_type=raw.source_type,
        title=raw.title,
    )
    try:
        extracted = _extract(raw)
    except UnicodeError as e:
        return _failed(doc, raw, f"undecodable text: {e}")
    except ValueError as e:  # unparseable HTML
        return _failed(doc, raw, str(e))
    stripped = strip_boilerplate(normalise(extracted.text))
    # Caller's metadata wins over what the page says about itself; a social
    # post's own date line ("June 10, 2024 · Shared with Public") comes last.
    doc.title = raw.title or (normalise(extracted.title) if extracted.title else None) or None
    doc.publisher = raw.publisher or extracted.publisher
    doc.published = _first_date(raw.published, extracted.published, *stripped.dates)
    doc.text = normalise(drop_repeats(stripped.text))
    doc.status, doc.reason = _judge(doc.text, stripped)
    told = headline(_clean_text(doc.title), doc.text) if doc.status == "ok" and doc.title else None
    if told:
        # the page kept only other stories' headlines: its own headline is its text
        doc.text = normalise(told)
    if doc.status == "junk" and extracted.description:
        # Post pages behind a wall (X, Instagram) still carry the post in their description.
        described = _clean_text(extracted.description)
        if _distinct_words(described) >= MIN_WORDS_BEHIND_WALL:
            doc.text, doc.status, doc.reason = described, "ok", None
    doc.lang = _language(raw.lang, doc.text)
    return doc


def _clean_text(text: str) -> str:
    return normalise(drop_repeats(strip_boilerplate(normalise(text)).text))


def _distinct_words(text: str) -> int:
    return len(set(_WORD.findall(text)))


def _failed(doc: Document, raw: RawDocument, reason: str) -> Document:
    """A failed document still carries the caller's metadata."""
    doc.status, doc.reason = "failed", reason
    doc.lang = _language(raw.lang, "")
    doc.published = normalise_date(raw.published)
    return doc


def _first_date(*candidates: str | None) -> str | None:
    return next((d for d in map(normalise_date, candidates) if d), None)


def _extract(raw: RawDocument) -> Extracted:
    if raw.html is not None:
        return extract_html(raw.html, raw.url)
    if raw.text is not None:
        return Extracted(text=raw.text)
    return Extracted(text=raw.raw.decode("utf-8"))


def _language(given: str | None, text: str) -> str:
    if given and given.strip() and given.strip().lower() != "und":
        return given.strip().lower()
    return detect_language(text)


def _judge(text: str, stripped: Stripped) -> tuple[str, str | None]:
    """Status and reason of a document whose cleaned text is `text`."""
    words = _distinct_words(text)
    walls = stripped.walls()
    if walls and words < MIN_WORDS_BEHIND_WALL:
        first = walls[0]
        sample = first.text if len(first.text) <= _REASON_SAMPLE else first.text[:_REASON_SAMPLE] + "…"
        return "junk", f"{first.category}: {sample!r} and only {words} distinct words besides"
    if not text:
        removed = sorted({r.category for r in stripped.removals})
        if removed:
            return "empty", f"nothing but boilerplate ({', '.join(removed)})"
        return "empty", "no text"
    return "ok", None
