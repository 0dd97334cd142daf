"""Bytes to text: BOMs, declared charsets, then utf-8 / cp1256 / latin-1 guesses."""

from __future__ import annotations

import codecs
import re

# Longest BOMs first: the utf-32-le BOM starts with the utf-16-le one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Only the head of a page is searched; the meta tag must come early anyway.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)
_SNIFF_BYTES = 8192
# Control characters other than tab, newline, form feed and carriage return.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.05
# Share of non-ASCII letters that must be Arabic for cp1256 to beat latin-1.
_MIN_ARABIC_SHARE = 0.6


def sniff_binary(data: bytes) -> str | None:
    """Why `data` looks binary (NUL bytes, many control characters), or None if it looks like text."""
    head = data[:_SNIFF_BYTES]
    if not head or head.startswith(tuple(bom for bom, _ in _BOMS)):
        return None
    if b"\x00" in head:
        return "contains NUL bytes"
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    if controls / len(head) > _MAX_CONTROL_SHARE:
        return f"{controls / len(head):.0%} control characters"
    return None


def charset_from_header(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return m.group(1) if m else None


def decode_bytes(data: bytes, declared: str | None = None, html: bool = False) -> str:
    """Decode `data`: BOM, then the declared or meta charset, then utf-8, cp1256, latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    for encoding in (declared, _meta_charset(data) if html else None):
        text = _try_decode(data, encoding)
        if text is not None:
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    arabic = data.decode("cp1256", errors="replace")
    if _arabic_share(arabic) >= _MIN_ARABIC_SHARE:
        return arabic
    return _try_decode(data, "cp1252") or data.decode("latin-1")


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return m.group(1).decode("ascii") if m else None


def _try_decode(data: bytes, encoding: str | None) -> str | None:
    """Strict decode with `encoding`; None when it is unknown or the bytes do not fit."""
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _arabic_share(text: str) -> float:
    """Share of Arabic letters among the non-ASCII letters of `text`."""
    non_ascii = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not non_ascii:
        return 0.0
    return sum(1 for c in non_ascii if "\u0600" <= c <= "\u06ff") / len(non_ascii)
