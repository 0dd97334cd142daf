"""Size limits: one document larger than this is refused rather than read into memory."""

from __future__ import annotations

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


def too_large(size: int) -> str | None:
    """The refusal message when a document of `size` bytes exceeds the limit, else None."""
    if size <= MAX_DOCUMENT_BYTES:
        return None
    mb = 1024 * 1024
    return f"file too large: {size / mb:.1f} MB, limit {MAX_DOCUMENT_BYTES / mb:.0f} MB"
