"""Latency of the incident list API with 100k incidents: SQLite vs PostgreSQL, against /api/health as the floor.

    python bench/bench_api.py [--incidents 100000] [--clients 50] [--requests 2000] [--seconds 20]

For each database the script fills a scratch store with invented incidents
(civcas.review.synthetic), starts `uvicorn` in a separate process on
127.0.0.1, and drives it from this process with N concurrent asyncio+httpx
clients, bounded by a request count and a time limit, in two ways:
  paced      each client sends a request every --interval seconds (people
             paging through lists: 50 clients at 0.5 s = 100 requests/s offered)
  saturated  each client sends its next request as soon as the last one
             answered (closed loop: the server's ceiling; latency is queueing)
Traffic goes to 127.0.0.1 only. PostgreSQL is skipped when no server answers at
$CIVCAS_TEST_PG (default postgresql://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from statistics import quantiles

import httpx

PG_ADMIN = os.environ.get("CIVCAS_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres").replace("+psycopg", "")
ENDPOINTS = {
    "health (floor)": "/api/health",
    "list, page 1": "/api/incidents",
    "list, filtered": "/api/incidents?country=SY&min_killed=20&grade=fair",
    "list, by killed, page 40": "/api/incidents?sort=killed&page=40",
}


def fill(url: str, n: int) -> str:
    """Store n invented incidents (no documents: the list reads incidents only); returns an API token."""
    from civcas.review.auth import new_token
    from civcas.review.synthetic import build
    from civcas.store import Store
    from civcas.store.review import ReviewStore

    store = Store(url)
    _, _, incidents = build(n, seed=11, sources=1)
    store.replace_incidents(incidents)
    reviews = ReviewStore(store)
    reviews.add_user("bench", "viewer", "not-a-real-hash")
    token = new_token()
    reviews.add_token("bench", token)
    store.close()
    return token


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    code = (
        "import sys, uvicorn\n"
        "from civcas.review.app import create_app\n"
        "from civcas.store import Store\n"
        "uvicorn.run(create_app(Store(sys.argv[1]), secret='bench'), host='127.0.0.1', port=int(sys.argv[2]),"
        " log_level='warning', access_log=False)\n"
    )
    server = subprocess.Popen([sys.executable, "-c", code, url, str(port)])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the server did not start")


async def drive(base: str, path: str, token: str, clients: int, requests: int, seconds: float,
                interval: float = 0.0) -> tuple[list[float], int, float]:
    """Load from `clients` concurrent clients (paced when interval > 0); returns latencies (ms), errors, wall time."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, limits=limits, timeout=30) as client:

        async def worker(n: int) -> None:
            nonlocal errors, sent
            await asyncio.sleep(interval * n / clients)  # paced clients start spread out, not in a burst
            while sent < requests and time.monotonic() < deadline:
                sent += 1
                start = time.perf_counter()
                try:
                    ok = (await client.get(path)).status_code == 200
                except httpx.TransportError:  # counted, not fatal: a dropped connection is a result too
                    ok = False
                took = time.perf_counter() - start
                latencies.append(took * 1000)
                errors += not ok
                if interval:
                    await asyncio.sleep(max(0.0, interval - took))

        began = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(clients)))
        wall = time.perf_counter() - began
    return latencies, errors, wall


def measure(name: str, url: str, args: argparse.Namespace) -> list[tuple]:
    began = time.perf_counter()
    token = fill(url, args.incidents)
    print(f"{name}: {args.incidents:,} incidents stored in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    port = free_port()
    server = start_server(url, port)
    rows = []
    try:
        base = f"http://127.0.0.1:{port}"
        asyncio.run(drive(base, "/api/incidents", token, args.clients, 200, 5))  # warm up
        for mode, interval in (("paced", args.interval), ("saturated", 0.0)):
            for label, path in ENDPOINTS.items():
                latencies, errors, wall = asyncio.run(
                    drive(base, path, token, args.clients, args.requests, args.seconds, interval))
                cuts = quantiles(latencies, n=100)
                rows.append((name, mode, label, len(latencies), errors, cuts[49], cuts[94], cuts[98], len(latencies) / wall))
    finally:
        server.terminate()
        server.wait(10)
    return rows


def psycopg_error() -> type[Exception]:
    try:
        import psycopg
    except ImportError:
        return ImportError
    return psycopg.Error


def postgres_database() -> tuple[str, str] | None:
    """A scratch database (its URL and name), or None when no server answers."""
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
            name = f"civcas_bench_{uuid.uuid4().hex[:8]}"
            conn.execute(f'CREATE DATABASE "{name}"')
    except (ImportError, OSError, psycopg_error()) as exc:  # no driver, no server: go on with SQLite
        print(f"PostgreSQL skipped: {type(exc).__name__}: {exc}", file=sys.stderr)
        return None
    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", name


def drop_postgres(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000, help="requests per endpoint (upper bound)")
    parser.add_argument("--seconds", type=float, default=15, help="time limit per endpoint and mode")
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between a paced client's requests")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows += measure("SQLite", f"sqlite:///{Path(tmp) / 'bench.db'}", args)
    pg = postgres_database()
    if pg:
        try:
            rows += measure("PostgreSQL", pg[0], args)
        finally:
            drop_postgres(pg[1])
    print(f"\n{args.incidents:,} incidents; {args.clients} concurrent clients on 127.0.0.1 (paced: one request every "
          f"{args.interval} s each; saturated: closed loop); one uvicorn worker; {os.cpu_count()} cores shared by both")
    print(f"{'database':<11} {'load':<10} {'endpoint':<26} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'req/s':>7}")
    for db, mode, label, n, errors, p50, p95, p99, rate in rows:
        print(f"{db:<11} {mode:<10} {label:<26} {n:>8} {errors:>6} {p50:>7.1f} {p95:>7.1f} {p99:>7.1f} {rate:>7.0f}")


if __name__ == "__main__":
    main()
