"""`civcas eval`: the whole pipeline on a gold file, in a throwaway database."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from civcas.eval.gold import read_gold
from civcas.eval.score import score
from civcas.export import incident_to_json
from civcas.pipeline import ingest, rebuild_incidents
from civcas.store import Store


def evaluate(gold_path: str | Path, on_document: Callable[[], None] | None = None, url: str | None = None) -> dict:
    """Ingest every gold source into a fresh database, fuse, export and score.

    `url` names the database to use instead of a temporary SQLite file; it
    must be empty, since the scoring reads every incident in it.
    """
    gold, sources = read_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="civcas-eval-") as tmp:
        store = Store(url or f"sqlite:///{Path(tmp) / 'eval.db'}")
        try:
            summary = ingest(store, sources, on_document)
            rebuild_incidents(store)
            predicted = [incident_to_json(i) for i in store.incidents()]
        finally:
            store.close()
    result = score(gold, predicted)
    result["documents"] = summary.to_json() | {"failures": len(summary.failures)}
    return result
