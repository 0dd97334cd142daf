"""Fusion: claims from all documents -> incidents (clustering, ranges, contradictions, grades).

`fuse` is pure and deterministic: the same claims in any order give the same incidents,
ids included. `assign` is its incremental form for runs against an existing ledger.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from civcas.model import Claim, Document, Incident

from .cluster import cluster_events
from .events import DocEvent, split_document
from .furniture import drop_furniture
from .incident import build_incident, claim_key
from .ranges import range_sources

__all__ = ["assign", "document_events", "fuse", "range_sources"]


def _usable(claims: list[Claim], documents: dict[str, Document]) -> list[Claim]:
    """Claims from documents cleaning flagged as junk, empty or failed do not count,
    nor those read from sidebar headlines repeated across pages."""
    ok = [c for c in claims if c.document_id not in documents or documents[c.document_id].status == "ok"]
    return drop_furniture(ok, documents)


def document_events(claims: list[Claim], documents: dict[str, Document]) -> list[DocEvent]:
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.document_id, []).append(claim)
    events = []
    for doc_id in sorted(by_doc):
        events.extend(split_document(by_doc[doc_id], documents.get(doc_id)))
    return events


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Fusion allocates millions of small acyclic objects; the cycle collector's repeated
    full scans of them would make the run superlinear, and it would find nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _incident_order(incident: Incident) -> tuple:
    return (incident.date or "", incident.id)


def fuse(claims: list[Claim], documents: dict[str, Document]) -> list[Incident]:
    """Cluster claims into incidents, ordered by date then id."""
    with _no_cycle_collection():
        events = document_events(_usable(claims, documents), documents)
        incidents = [
            build_incident([c for e in cluster.events for c in e.claims], documents) for cluster in cluster_events(events)
        ]
    return sorted(incidents, key=_incident_order)


def assign(
    new_claims: list[Claim], existing: list[Incident], documents: dict[str, Document]
) -> tuple[list[Incident], list[Incident]]:
    """Fit new claims to an existing ledger: (existing incidents that gained claims, new incidents).

    Existing incidents keep their ids and review state and are never merged or split;
    they can only gain claims. Claims already in the ledger are ignored, so a re-run
    changes nothing.
    """
    known = {claim_key(c) for incident in existing for c in incident.claims}
    fresh = [c for c in _usable(new_claims, documents) if claim_key(c) not in known]
    updated, created = [], []
    with _no_cycle_collection():
        seeds = [(incident, document_events(incident.claims, documents)) for incident in existing]
        for cluster in cluster_events(document_events(fresh, documents), seeds):
            claims = [c for e in cluster.events for c in e.claims]
            seed = cluster.seed
            if seed is None:
                created.append(build_incident(claims, documents))
            elif len(claims) > len(seed.claims):
                updated.append(build_incident(claims, documents, seed.id, seed.review_state))
    return sorted(updated, key=_incident_order), sorted(created, key=_incident_order)
