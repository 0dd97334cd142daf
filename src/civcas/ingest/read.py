"""Walk the given paths and hand each file to the reader for its kind."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from civcas.ingest import IngestError
from civcas.ingest.decode import decode_bytes, sniff_binary
from civcas.ingest.jsonl import bounded_lines, is_json_object, read_jsonl_lines
from civcas.ingest.limits import too_large
from civcas.ingest.warc import read_warc
from civcas.model import RawDocument

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES

Item = RawDocument | IngestError
# stdin is buffered in memory up to this size, then in a temporary file.
_STDIN_MEMORY = 16 * 1024 * 1024


def read_inputs(paths: list[str]) -> Iterator[Item]:
    """Yield one RawDocument per input document, or an IngestError per unreadable input.

    Directories are walked recursively in sorted order so that the same tree
    always gives the same stream; "-" reads stdin.
    """
    for path in paths:
        if path == "-":
            yield from _read_stdin()
        elif os.path.isdir(path):
            for file in _walk(path):
                yield from _read_file(file)
        elif not os.path.exists(path):
            yield IngestError(path, "no such file or directory")
        elif _suffix(path) is None:
            yield IngestError(path, f"unsupported file type {Path(path).suffix or '(no extension)'!r}; "
                              f"expected one of {', '.join(SUFFIXES)}")
        else:
            yield from _read_file(path)


def _walk(root: str) -> list[str]:
    """Files of known kinds under `root`, sorted by path; others are skipped silently."""
    found = [
        os.path.join(dirpath, name)
        for dirpath, _, filenames in os.walk(root)
        for name in filenames
        if _suffix(name) is not None
    ]
    # Sort on path components so "a/b.txt" and "a-b.txt" order the same on every OS.
    return sorted(found, key=lambda p: Path(p).relative_to(root).parts)


def _suffix(path: str) -> str | None:
    lower = path.lower()
    return next((s for s in SUFFIXES if lower.endswith(s)), None)


def _read_file(path: str) -> Iterator[Item]:
    suffix = _suffix(path)
    try:
        if suffix in WARC_SUFFIXES:
            yield from read_warc(path)
            return
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as f:
                yield from read_jsonl_lines(bounded_lines(f), path)
            return
        reason = too_large(os.path.getsize(path))
        if reason:
            yield IngestError(path, reason)
            return
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        yield IngestError(path, f"cannot read file: {e.strerror or e}")
        return
    yield _document(path, data, html=suffix in HTML_SUFFIXES)


def _document(source: str, data: bytes, html: bool) -> Item:
    """A RawDocument from the bytes of one whole file, or an IngestError if they are binary."""
    binary = sniff_binary(data)
    if binary:
        return IngestError(source, f"binary file ({binary}), not text or HTML")
    text = decode_bytes(data, html=html)
    if html:
        return RawDocument(source=source, raw=data, html=text)
    return RawDocument(source=source, raw=data, text=text)


def _read_stdin() -> Iterator[Item]:
    """stdin is JSONL when every non-empty line is a JSON object, else one text document.

    Deciding needs every line, so stdin is spooled first (to disk when large)
    and then read again as JSONL or as text.
    """
    with tempfile.SpooledTemporaryFile(max_size=_STDIN_MEMORY) as spool:
        jsonl, seen = True, False
        for line in bounded_lines(sys.stdin.buffer):
            spool.write(line)
            if line.strip():
                seen = True
                # An oversized line is cut short, so it can only look like the start of an object.
                cut = too_large(len(line)) is not None
                jsonl = jsonl and (line.lstrip().startswith(b"{") if cut else is_json_object(line))
        size = spool.tell()
        spool.seek(0)
        if jsonl and seen:
            yield from read_jsonl_lines(bounded_lines(spool), "stdin")
            return
        reason = too_large(size)
        if reason:
            yield IngestError("stdin", reason)
            return
        yield _document("stdin", spool.read(), html=False)
