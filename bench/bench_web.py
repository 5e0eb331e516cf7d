"""Load benchmark of the web app (`make bench`): the result page and POST /api/v1/budget under 20 concurrent clients.

Starts gunicorn on a free loopback port (production settings, 2 workers for 2 cores), sends a bounded number of
requests from 20 client threads, and reports p50/p95 latency and requests per second. Traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CLIENTS = 20


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the web app did not start")


def load(port: int, method: str, path: str, body: bytes | None, total: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    per_client = total // CLIENTS

    def client() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(per_client):
            start = time.perf_counter()
            try:
                connection.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                errors += not ok

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.perf_counter() - start
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        "rps": len(latencies) / duration,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--append", type=Path, help="append the results as markdown to this file")
    parser.add_argument("--requests", type=int, default=400, help="requests per endpoint (bounded)")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from werkzorg.web import household_state as state

    household = json.loads(json.dumps(yaml.safe_load((ROOT / "examples" / "gezin_twee_kinderen.yaml").read_text(encoding="utf-8")), default=str))
    page = f"/budget/uitkomst/?h={state.encode(household)}"
    port = free_port()
    environment = {**os.environ, "WERKZORG_ENV": "production", "SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "127.0.0.1", "DATABASE_URL": "sqlite:////tmp/werkzorg-bench.sqlite3", "SECURE_SSL_REDIRECT": "0"}  # plain HTTP on 127.0.0.1
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput"], cwd=ROOT, env=environment, check=True, capture_output=True)
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "werkzorg.web.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2", "--preload"],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(port)
        load(port, "GET", page, None, CLIENTS * 2)  # warm up both workers
        rows = [
            ("Result page (GET /budget/uitkomst/, family with two children)", load(port, "GET", page, None, args.requests)),
            ("POST /api/v1/budget (same household)", load(port, "POST", "/api/v1/budget", json.dumps(household).encode(), args.requests)),
        ]
    finally:
        server.terminate()
        server.wait(timeout=10)
    table = "\n".join(
        ["| Endpoint | Requests | Errors | p50 | p95 | Requests/s |", "|---|---|---|---|---|---|"]
        + [f"| {name} | {r['requests']} | {r['errors']} | {r['p50']:.0f} ms | {r['p95']:.0f} ms | {r['rps']:.1f} |" for name, r in rows]
    )
    print(table)
    if args.append:
        with args.append.open("a", encoding="utf-8") as handle:
            handle.write(
                f"\n## Web app under load\n\n`bench/bench_web.py`: gunicorn with 2 workers on 127.0.0.1, {CLIENTS} concurrent clients, "
                f"{args.requests} requests per endpoint. Target: p95 under 300 ms.\n\n{table}\n"
            )


if __name__ == "__main__":
    main()
