"""The JSONL input document format of DESIGN.md: one document per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from civcas.ingest import IngestError
from civcas.ingest.decode import decode_bytes
from civcas.ingest.limits import too_large
from civcas.model import RawDocument

# Optional string fields copied as given; clean normalises them.
_META_FIELDS = ("url", "publisher", "published", "title", "lang", "source_type")


def is_jsonl(data: bytes) -> bool:
    """True when every non-empty line of `data` is a JSON object (and there is at least one)."""
    lines = [line for line in data.splitlines() if line.strip()]
    return bool(lines) and all(_parse(line) is not None for line in lines)


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
    except ValueError:  # JSONDecodeError and RecursionError-free bad input
        return None
    return obj if isinstance(obj, dict) else None
