"""Independent sources: near-duplicate documents (syndicated copies, reposts) count once.

Only the documents of one incident are compared, so the cost follows incident size,
not corpus size. Word 5-gram shingles with Jaccard similarity catch copies that differ
in boilerplate, headlines or a trailing sentence.
"""

from __future__ import annotations

import re
from itertools import combinations

from civcas.model import Document

SHINGLE = 5
NEAR_DUPLICATE = 0.6  # Jaccard of shingle sets at which two texts are one source
MAX_CHARS = 20000  # the opening of a page is where copies agree; bounds cost on huge pages
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(text[:MAX_CHARS].casefold())
    if len(words) < SHINGLE:
        return frozenset([hash(tuple(words))]) if words else frozenset()
    return frozenset(hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def source_groups(doc_ids: list[str], documents: dict[str, Document]) -> dict[str, str]:
    """Each document id -> the id of its source group (the smallest id among its near-copies)."""
    ids = sorted(set(doc_ids))
    parent = {doc_id: doc_id for doc_id in ids}

    def root(doc_id: str) -> str:
        while parent[doc_id] != doc_id:
            doc_id = parent[doc_id]
        return doc_id

    sets = {d: shingles(documents[d].text) for d in ids if d in documents and documents[d].text}
    for a, b in combinations(sorted(sets), 2):
        if jaccard(sets[a], sets[b]) >= NEAR_DUPLICATE:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {doc_id: root(doc_id) for doc_id in ids}


def source_names(doc_ids: list[str], documents: dict[str, Document]) -> dict[str, str]:
    """Each document id -> the source it speaks for: its publisher, else its near-copy group,
    so one publisher's several items, or one text posted twice, count as one source."""
    groups = source_groups(doc_ids, documents)
    names = {}
    for doc_id, group in groups.items():
        doc = documents.get(doc_id)
        publisher = (doc.publisher or "").casefold().strip() if doc is not None else ""
        names[doc_id] = f"p:{publisher}" if publisher else f"g:{group}"
    return names
