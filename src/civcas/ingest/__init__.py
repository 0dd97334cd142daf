"""Ingest: turn files, directories, JSONL, WARC archives and stdin into RawDocuments.

`read_inputs` never raises on bad input: each unreadable item becomes an
`IngestError` in the stream and the remainder of the batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class IngestError:
    """One input that could not be read, with a message for the user."""

    source: str  # a path, "path:LINE" for JSONL, "path#URI" for WARC records, "stdin"
    reason: str


# Imported after IngestError because the readers yield it.
from civcas.ingest.read import read_inputs  # noqa: E402

__all__ = ["IngestError", "read_inputs"]
