"""``unhrkg serve`` as the tests meet it: a real process on 127.0.0.1 started by ``start_serve``,
requests through urllib (``call``, ``sparql``) or as raw bytes on a socket (``raw``), and the
query worker processes it runs (``workers``)."""
from __future__ import annotations

import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
Reply = tuple[int, dict[str, str], bytes]


def start_serve(store: Path, log: Path, *options: str, quiet: bool = True,
                preexec: Callable[[], None] | None = None) -> tuple[subprocess.Popen[str], str]:
    """Run ``unhrkg serve --port 0`` and read the URL it prints (``preexec`` runs in the child first)."""
    args = [sys.executable, "-c", "from unhrkg.cli import main; main()", "serve", "--store", str(store),
            "--port", "0", *(["--quiet"] if quiet else []), *options]
    with log.open("w") as err:
        process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, text=True, preexec_fn=preexec)
    line = process.stdout.readline() if process.stdout else ""
    match = re.search(r" at (http://\S+/) ", line)
    if not match:
        process.kill()
        pytest.fail(f"unhrkg serve did not start: {line!r} {log.read_text()[-2000:]}")
    return process, match.group(1)


def call(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> Reply:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def sparql(base: str, query: str, accept: str = "application/sparql-results+json") -> Reply:
    return call(base + "sparql", urlencode({"query": query}).encode(),
                {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})


def workers(pid: int) -> set[int]:
    """The query worker processes of a server (children started by multiprocessing's spawn)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid and \
                    b"spawn_main" in (stat.parent / "cmdline").read_bytes():
                found.add(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


def raw(url: str, request: bytes, wait: float = 10) -> bytes:
    """Send bytes as they are and read the answer until the server closes (or ``wait`` passes)."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=wait) as sock:
        sock.sendall(request)
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except TimeoutError:
            answer += b"<no answer: timed out>"
    return answer


def status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0


def quads(url: str) -> int:
    return int(sparql(url, COUNT, "text/csv")[2].split()[1])
