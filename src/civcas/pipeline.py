"""The main job: inputs -> documents -> places and claims -> store -> incidents.

Stages are called through their public functions only (DESIGN.md); this module
decides batching and bookkeeping, not what any stage does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from civcas.clean import clean
from civcas.extract import extract_claims
from civcas.fuse import assign, fuse
from civcas.geo import Gazetteer, find_places, load_gazetteer
from civcas.ingest import IngestError, read_inputs
from civcas.model import Claim, Document, Place, RawDocument
from civcas.store import Store
from civcas.store.review import ReviewStore

# Documents per transaction: large enough to amortise commits, small enough
# that a killed run redoes little.
BATCH = 200


@dataclass
class IngestSummary:
    new: int = 0
    duplicate: int = 0
    junk: int = 0
    empty: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    claims: int = 0

    def to_json(self) -> dict:
        return {
            "new": self.new,
            "duplicate": self.duplicate,
            "junk": self.junk,
            "empty": self.empty,
            "failed": self.failed,
            "claims": self.claims,
            "failures": [{"source": s, "reason": r} for s, r in self.failures],
        }


def analyse(doc: Document, gazetteer: Gazetteer | None = None) -> tuple[list[Place], list[Claim]]:
    """Places and claims of one cleaned document; junk and empty ones yield nothing."""
    if doc.status != "ok":
        return [], []
    places = find_places(doc, gazetteer)
    return places, extract_claims(doc, places)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest(
    store: Store,
    inputs: Iterable[RawDocument | IngestError],
    on_document: Callable[[], None] | None = None,
) -> IngestSummary:
    """Clean, analyse and store every input; already stored ids are skipped.

    Each batch is one transaction, so a killed run loses at most the batch in
    flight, and running again picks up exactly where it stopped.
    """
    summary = IngestSummary()
    gazetteer = load_gazetteer(store.engine)  # with the places imported into, or confirmed in, this database
    for batch in _batches(inputs, BATCH):
        docs: list[Document] = []
        for item in batch:
            if isinstance(item, IngestError):
                summary.failed += 1
                summary.failures.append((item.source, item.reason))
            else:
                docs.append(clean(item))
            if on_document:
                on_document()
        known = store.known_ids(d.id for d in docs)
        fresh: dict[str, Document] = {}
        for doc in docs:
            if doc.id in known or doc.id in fresh:
                summary.duplicate += 1
            else:
                fresh[doc.id] = doc
        analysed = [(doc, *analyse(doc, gazetteer)) for doc in fresh.values()]
        added = set(store.add_documents(analysed))
        summary.duplicate += len(fresh) - len(added)  # stored meanwhile by another process
        for doc, _, doc_claims in analysed:
            if doc.id not in added:
                continue
            summary.new += 1
            summary.claims += len(doc_claims)
            if doc.status == "junk":
                summary.junk += 1
            elif doc.status == "empty":
                summary.empty += 1
            elif doc.status == "failed":
                summary.failed += 1
                summary.failures.append((doc.id, doc.reason or "failed"))
    return summary


def ingest_paths(store: Store, paths: list[str], on_document: Callable[[], None] | None = None) -> IngestSummary:
    return ingest(store, read_inputs(paths), on_document)


def update_incidents(store: Store) -> tuple[int, int]:
    """Fit every claim that is in no incident yet into the ledger.

    That is the claims of the documents just stored, and also those of a run
    that was killed after storing documents but before fusing them. New
    claims join existing incidents or make new ones; existing incidents are
    never merged or split, and reviewed ones keep their fields. Returns
    (incidents updated, incidents created).
    """
    new_claims = store.unassigned_claims()
    if not new_claims:
        return 0, 0
    existing = store.incidents()
    involved = {c.document_id for c in new_claims} | {d for i in existing for d in i.document_ids}
    documents = {d.id: d for d in store.documents(involved)}
    updated, created = assign(new_claims, existing, documents)
    store.save_incidents(updated, created)
    return len(updated), len(created)


def rebuild_incidents(store: Store) -> int:
    """Rebuild every unreviewed incident from all stored claims; returns how many there are.

    Claims of incidents a reviewer has touched stay where the reviewer left
    them; fusing them again would show them twice.
    """
    reviewed = ReviewStore(store).reviewed_claim_ids()
    all_claims = [c for c in store.claims() if c.id not in reviewed]
    documents = {d.id: d for d in store.documents({c.document_id for c in all_claims})}
    store.replace_incidents(fuse(all_claims, documents))
    return store.incident_count()
