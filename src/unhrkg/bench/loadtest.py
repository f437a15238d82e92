"""A bounded load test of a SPARQL endpoint on this machine (loopback only).

    python -m unhrkg.bench.loadtest --url http://127.0.0.1:7878/sparql --clients 50 --queries 1000

Sends the named queries of the library (with sample parameters) round-robin from N
concurrent clients, a fixed number of requests in all, and reports errors and latency
percentiles. It refuses any address that is not loopback: it is for testing our own server.
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import socket
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from unhrkg.errors import UnhrkgError
from unhrkg.query import library, with_values

SAMPLE = {"state": "PRK", "resolution": "CHR 2003/10", "session": "CHR 61", "item": "9", "body": "EU",
          "sponsor": "EU", "stance": "rejects"}


@dataclass
class LoadReport:
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    seconds: float = 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0

    def summary(self) -> dict[str, float | int]:
        return {"requests": self.requests, "errors": len(self.errors), "seconds": round(self.seconds, 3),
                "queries_per_second": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
                **{f"p{p}_ms": round(self.percentile(p), 2) for p in (50, 90, 95, 99)},
                "max_ms": round(max(self.latencies_ms, default=0.0), 2),
                "mean_ms": round(statistics.fmean(self.latencies_ms), 2) if self.latencies_ms else 0.0}


def require_loopback(url: str) -> None:
    """Refuse to load anything but this machine."""
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except socket.gaierror as exc:
        raise UnhrkgError(f"{url}: cannot resolve {host!r} ({exc})") from exc
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        raise UnhrkgError(f"{url}: the load test only targets loopback addresses (127.0.0.0/8, ::1)")


def requests_for(total: int) -> list[str]:
    """The query texts to send: the named queries round-robin, parameters bound by VALUES."""
    texts = []
    for q in library().values():
        values = {p.name: SAMPLE[p.name] for p in q.params if not p.optional and p.name in SAMPLE}
        if len(values) == len([p for p in q.params if not p.optional]):
            texts.append(with_values(q, values))
    return [texts[i % len(texts)] for i in range(total)]


def _send(url: str, query: str, timeout: float) -> tuple[float, str | None]:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            json.loads(response.read())
            error = None if response.status == 200 else f"HTTP {response.status}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        error = str(exc)
    return (time.perf_counter() - start) * 1000, error


def run_load(url: str, clients: int = 50, queries: int = 1000, timeout: float = 30.0) -> LoadReport:
    """Send `queries` requests from `clients` concurrent clients; bounded in count and time."""
    require_loopback(url)
    texts = requests_for(queries)
    report = LoadReport()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for latency, error in pool.map(lambda q: _send(url, q, timeout), texts):
            report.requests += 1
            report.latencies_ms.append(latency)
            if error:
                report.errors.append(error)
    report.seconds = time.perf_counter() - start
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unhrkg.bench.loadtest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:7878/sparql", help="the endpoint (loopback only)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    args = parser.parse_args(argv)
    try:
        report = run_load(args.url, args.clients, args.queries, args.timeout)
    except UnhrkgError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.summary(), indent=1))
    for error in sorted(set(report.errors))[:5]:
        print(f"error: {error}", file=sys.stderr)
    return 0 if not report.errors else 1


if __name__ == "__main__":
    sys.exit(main())
