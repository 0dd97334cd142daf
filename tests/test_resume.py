"""A killed ingest, run again, ends with exactly the documents and claims of an uninterrupted one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from civcas.store import Store
from civcas.store.schema import claims, documents

PLACES = ["Ariha", "Saraqib", "Sarmin", "Binnish", "Taftanaz", "Jisr al-Shughur", "Kafr Nabl", "Atarib"]


def _write_documents(path: Path, n: int) -> None:
    """n invented reports, half English and half Arabic, each with a figure."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            place = PLACES[i % len(PLACES)]
            if i % 2:
                text = f"قتل {i % 9 + 2} مدنيين وأصيب {i % 5 + 1} آخرون جراء قصف مدفعي على بلدة {place} صباح اليوم. التقرير رقم {i}."
                lang = "ar"
            else:
                text = f"Shelling killed {i % 9 + 2} civilians and injured {i % 5 + 1} in {place} on Monday, local activists said. Report {i}."
                lang = "en"
            row = {"id": f"gen-{i:05d}", "text": text, "lang": lang, "published": f"2024-0{1 + i % 9}-1{i % 10}"}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _ingest(inputs: Path, db: str) -> subprocess.Popen:
    env = {**os.environ, "CIVCAS_DB": db}
    return subprocess.Popen([sys.executable, "-m", "civcas", "ingest", str(inputs)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _snapshot(db: str) -> tuple[int, set, list, list]:
    store = Store(db)
    with store.engine.connect() as conn:
        n = conn.scalar(select(func.count()).select_from(documents))
        docs = set(conn.execute(select(documents.c.id, documents.c.raw_hash, documents.c.text, documents.c.status)))
        rows = sorted(conn.execute(select(claims.c.document_id, claims.c.kind, claims.c.grp, claims.c.min,
                                          claims.c.max, claims.c.start, claims.c.end)))
    ledger = sorted((i.id, i.document_ids, str(i.ranges)) for i in store.incidents())
    store.close()
    return n, docs, rows, ledger


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_is_exact(tmp_path):
    inputs = tmp_path / "docs.jsonl"
    _write_documents(inputs, 3000)
    killed_db, clean_db = f"sqlite:///{tmp_path / 'killed.db'}", f"sqlite:///{tmp_path / 'clean.db'}"

    proc = _ingest(inputs, killed_db)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if (tmp_path / "killed.db").exists():
            try:
                stored = _snapshot(killed_db)[0]
            except Exception:  # the schema may not be there yet
                continue
            if stored >= 400:
                break
    assert proc.poll() is None, "the ingest finished before it could be killed; make the input larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _snapshot(killed_db)[0]
    assert 0 < partial < 3000

    assert _ingest(inputs, killed_db).wait() == 0
    assert _ingest(inputs, clean_db).wait() == 0
    resumed, reference = _snapshot(killed_db), _snapshot(clean_db)
    assert resumed[0] == 3000
    assert resumed == reference  # documents, claims and incidents alike
    assert not Store(killed_db).unassigned_claims()  # claims stored before the kill were fused on the re-run
    assert len(reference[2]) >= 3000  # every document has at least its killed figure
