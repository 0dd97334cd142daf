"""Page furniture across documents: a headline repeated in many pages' sidebars.

News sites repeat "related news" headlines on every page, and a careless reading
makes each page report that headline's deaths. One page cannot tell a sidebar from
its story, but the corpus can: a sentence with figures that recurs in several
documents which are otherwise unlike each other is furniture. When the documents
sharing it are copies of each other (reposts, syndication) it is their story.
Copies of one story appear within days of each other; a site's pages share their
boilerplate so much that their texts look alike, but a headline they carry over
weeks is no one page's story.
"""

from __future__ import annotations

from datetime import date
from itertools import combinations

from civcas.model import Claim, Document

from .sources import jaccard, shingles

REPEATS = 3  # documents sharing one sentence before it is suspected of being furniture
SAMPLE = 8  # documents compared per repeated sentence: enough to tell copies from pages
COPIES = 0.3  # mean text similarity above which the sharing documents are copies
REPOST_DAYS = 7  # copies of one story are published within this many days of each other


def _norm(sentence: str) -> str:
    return " ".join(sentence.split()).casefold()


def _published_days(doc_ids: list[str], documents: dict[str, Document]) -> list[date]:
    days = []
    for doc_id in doc_ids:
        published = documents[doc_id].published if doc_id in documents else None
        try:
            days.append(date.fromisoformat(published[:10]))
        except (TypeError, ValueError):
            continue
    return days


def _copies(doc_ids: list[str], documents: dict[str, Document]) -> bool:
    days = _published_days(doc_ids, documents)
    if days and (max(days) - min(days)).days > REPOST_DAYS:
        return False
    texts = [shingles(documents[d].text) for d in doc_ids[:SAMPLE] if d in documents]
    if len(texts) < 2:
        return True  # nothing to compare against: give the sentence the benefit of the doubt
    scores = [jaccard(a, b) for a, b in combinations(texts, 2)]
    return sum(scores) / len(scores) >= COPIES


def drop_furniture(claims: list[Claim], documents: dict[str, Document]) -> list[Claim]:
    """The claims minus those read from a headline repeated across unrelated documents."""
    docs_of: dict[str, set[str]] = {}
    for claim in claims:
        docs_of.setdefault(_norm(claim.sentence), set()).add(claim.document_id)
    furniture = {
        sentence
        for sentence, docs in docs_of.items()
        if len(docs) >= REPEATS and not _copies(sorted(docs), documents)
    }
    if not furniture:
        return claims
    return [c for c in claims if _norm(c.sentence) not in furniture]
