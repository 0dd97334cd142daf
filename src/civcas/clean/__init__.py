"""Clean: RawDocument -> Document (main text, boilerplate and walls removed, language, dates).

The text a Document carries is final: every offset downstream points into it.
"""

from __future__ import annotations

import hashlib
import re

from civcas.clean.boilerplate import strip_boilerplate
from civcas.clean.dates import normalise_date
from civcas.clean.html import Extracted, extract_html
from civcas.clean.lang import detect_language
from civcas.clean.previews import drop_previews
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
        doc.status, doc.reason = "failed", f"undecodable text: {e}"
        return _failed(doc, raw)
    except ValueError as e:  # unparseable HTML
        doc.status, doc.reason = "failed", str(e)
        return _failed(doc, raw)
    # Caller's metadata wins over what the page says about itself.
    doc.title = raw.title or (normalise(extracted.title) if extracted.title else None) or None
    doc.publisher = raw.publisher or extracted.publisher
    doc.published = normalise_date(raw.published) or normalise_date(extracted.published)
    stripped = strip_boilerplate(normalise(extracted.text))
    doc.text = normalise(drop_previews(stripped.text))
    doc.lang = _language(raw.lang, doc.text)
    doc.status, doc.reason = _judge(doc.text, stripped.walls())
    return doc


def _failed(doc: Document, raw: RawDocument) -> Document:
    """A failed document still carries the caller's metadata."""
    doc.lang = _language(raw.lang, "")
    doc.published = normalise_date(raw.published)
    return doc


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


def _judge(text: str, walls: list) -> tuple[str, str | None]:
    words = len(set(_WORD.findall(text)))
    if walls and words < MIN_WORDS_BEHIND_WALL:
        first = walls[0]
        sample = first.text if len(first.text) <= _REASON_SAMPLE else first.text[:_REASON_SAMPLE] + "…"
        return "junk", f"{first.category}: {sample!r} and only {words} distinct words besides"
    if not text:
        return "empty", "no text left after cleaning"
    return "ok", None
