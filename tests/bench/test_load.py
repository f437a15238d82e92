"""A bounded load test of `unhrkg serve` on loopback: 50 concurrent clients, 1,000 queries."""
from __future__ import annotations

import subprocess
import sys
import time
import urllib.request

import pytest


from helpers import free_port
from unhrkg.errors import UnhrkgError
from unhrkg.bench.loadtest import require_loopback, run_load
from unhrkg.store import Store



@pytest.fixture(scope="module")
def endpoint(corpus_store: Store, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    store_dir = tmp_path_factory.mktemp("served") / "db"
    corpus_store.db.backup(str(store_dir))
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "unhrkg", "serve", "--store", str(store_dir),
                             "--port", str(port), "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/sparql"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"unhrkg serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("unhrkg serve did not answer within 30 s")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.slow
def test_fifty_clients_thousand_queries_no_errors(endpoint: str) -> None:
    report = run_load(endpoint, clients=50, queries=1000)
    summary = report.summary()
    print("load test:", summary)  # the latency percentiles, shown with pytest -s
    assert report.requests == 1000 and report.errors == []
    assert summary["p50_ms"] <= summary["p95_ms"] <= summary["max_ms"]


def test_the_load_test_refuses_other_hosts() -> None:
    for url in ("http://192.168.1.10:7878/query", "http://10.0.0.1/query", "http://8.8.8.8/sparql"):
        with pytest.raises(UnhrkgError, match="only targets loopback"):
            require_loopback(url)
    require_loopback("http://127.0.0.1:7878/sparql")
