"""Each named query's first page through ``unhrkg serve``, over HTTP, as the query page asks for it.

The real command is started on the built store (read-only, on a free port of 127.0.0.1, its
defaults otherwise) and each query's first page is asked of ``/queries/NAME/page`` with the
same parameters and the same page size (100 rows) as the first page the CLI figure times, so
the two stand side by side: what is added is HTTP, a worker process and JSON. Timed like the
other queries (median after a warm-up); a page the server stops at its timeout (the bench's
query timeout) is reported as not finished.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from unhrkg.bench.common import median_time, query_values

PAGE = 100  # rows: the CLI's first page (``unhrkg query`` without --limit), which the probe times too


class _NotAnswered(Exception):
    """The server answered a page with an error (its timeout, its memory cap)."""


def start(store_dir: str, timeout: float, log: Path) -> tuple[subprocess.Popen[str], str]:
    """``unhrkg serve --port 0`` on the store, and the URL it prints once it listens."""
    args = [sys.executable, "-m", "unhrkg", "serve", "--store", store_dir, "--port", "0", "--quiet",
            "--timeout", f"{timeout if timeout > 0 else 3600:g}"]
    with log.open("w") as err:
        process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, text=True)
    line = process.stdout.readline() if process.stdout else ""  # blocks until it listens or exits
    found = re.search(r" at (http://\S+/) ", line)
    if not found:
        stop(process)
        raise RuntimeError(f"unhrkg serve did not start: {line!r} {log.read_text(encoding='utf-8')[-500:]}")
    return process, found.group(1)


def stop(process: subprocess.Popen[str]) -> None:
    """Terminate a server process, then kill it if it lingers."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def first_page(url: str, name: str, values: dict[str, str], seconds: float) -> int:
    """Ask for the first page; the number of rows it has."""
    address = f"{url}queries/{quote(name)}/page?{urlencode({**values, 'limit': PAGE})}"
    try:
        with urllib.request.urlopen(address, timeout=seconds + 30) as response:
            return int(json.loads(response.read())["page"]["rows"])
    except urllib.error.HTTPError as exc:
        raise _NotAnswered(f"HTTP {exc.code}: {exc.read().decode('utf-8', 'replace').strip()[:160]}") from None


def _timed_page(url: str, name: str, values: dict[str, str], timeout: float) -> dict[str, Any]:
    try:
        seconds, rows = median_time(lambda: first_page(url, name, values, timeout))
    except _NotAnswered as exc:
        return {"serve_error": str(exc)}
    return {"serve_first_page_seconds": seconds, "serve_first_page_rows": rows}


def first_pages(store_dir: str, params: dict[str, str], timeout: float, work: Path) -> dict[str, dict[str, Any]]:
    """Each named query's first page through a server started on the store (figures by query name)."""
    from unhrkg.query import library

    process, url = start(store_dir, timeout, work / "serve.log")
    try:
        return {name: _timed_page(url, name, query_values(q, params), timeout) for name, q in library().items()}
    finally:
        stop(process)
