"""The JSONL input document format of DESIGN.md: one document per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from civcas.ingest import IngestError, limits
from civcas.ingest.decode import decode_bytes
from civcas.ingest.limits import too_large
from civcas.model import RawDocument

# Optional string fields copied as given; clean normalises them.
_META_FIELDS = ("url", "publisher", "published", "title", "lang", "source_type")


def is_json_object(line: bytes) -> bool:
    """True when `line` parses as one JSON object."""
    return _parse(line) is not None


def bounded_lines(f: BinaryIO) -> Iterator[bytes]:
    """The lines of `f`, each cut at the document size limit, so one endless line cannot fill memory.

    A cut line is longer than the limit and so is refused by `read_jsonl_lines`.
    """
    limit = limits.MAX_DOCUMENT_BYTES + 1
    while line := f.readline(limit):
        if len(line) == limit and not line.endswith(b"\n"):
            while (rest := f.readline(limit)) and not rest.endswith(b"\n"):
                pass  # skip the remainder of the oversized line
        yield line


def read_jsonl_lines(lines: Iterable[bytes], name: str) -> Iterator[RawDocument | IngestError]:
    """Parse numbered lines; a bad line becomes an IngestError "name:LINE" and the rest go on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        reason = too_large(len(line))
        yield IngestError(source, reason) if reason else _document(line, source)


def _document(line: bytes, source: str) -> RawDocument | IngestError:
    obj = _parse(line)
    if obj is None:
        return IngestError(source, "not a JSON object")
    doc_id = obj.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        return IngestError(source, "missing 'id'")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return IngestError(source, "neither 'text' nor 'html' is a string")
    meta = {k: str(obj[k]) for k in _META_FIELDS if obj.get(k) not in (None, "")}
    body = html if isinstance(html, str) else text
    # raw holds the document's content, not the whole line, so the raw hash
    # identifies the same content whatever metadata came with it.
    return RawDocument(
        source=source,
        raw=body.encode("utf-8", errors="surrogatepass"),
        id=str(doc_id),
        text=text if isinstance(text, str) and not isinstance(html, str) else None,
        html=html if isinstance(html, str) else None,
        **meta,
    )


def _parse(line: bytes) -> dict | None:
    try:
        obj = json.loads(decode_bytes(line))
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting in untrusted input
        return None
    return obj if isinstance(obj, dict) else None
