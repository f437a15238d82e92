"""Real SPARQL servers on 127.0.0.1 for the push benchmark and the tests: an Oxigraph server and
a Virtuoso 7, each in a folder of its own, started here and stopped by the process id.

``oxigraph`` comes with the ``oxigraph`` Python package (beside the interpreter or on PATH);
Virtuoso is the Debian package ``virtuoso-opensource-7-bin`` (``virtuoso-t``, ``isql-vt``),
which ships no configuration, so a small one is written. Its memory is sized from the
machine's (``virtuoso_memory``): Virtuoso's defaults (a few thousand 8 KB buffers) make a
load of millions of triples read and write the disk for every page.
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from unhrkg.errors import EndpointError
from unhrkg.remote.isql import VIRTUOSO_HINT, Isql, program

VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {d}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
MaxQueryMem = {query_mb}M
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 5
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


PAGE = 8192  # bytes of a Virtuoso buffer (one database page)
MEMORY_SHARE = 4  # a Virtuoso started here takes a quarter of the memory available: the machine is shared


@dataclass(frozen=True)
class VirtuosoMemory:
    """What a Virtuoso may hold in memory: database pages (``NumberOfBuffers``), how many of them
    may wait to be written (``MaxDirtyBuffers``), and the memory of one query (``MaxQueryMem``)."""

    buffers: int
    dirty: int
    query_mb: int


def available_memory() -> int:
    """Bytes of memory available now (Linux's MemAvailable: free plus reclaimable cache)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")


def virtuoso_memory(memory: int | None = None) -> VirtuosoMemory:
    """Virtuoso's memory settings for ``memory`` bytes, at most (and by default) a quarter of what
    is available, as its sample virtuoso.ini sizes them: two thirds in buffers (170,000 for 2 GB,
    1,360,000 for 16 GB), three quarters of those allowed dirty; a query may take an eighth (at
    least 256 MB). Virtuoso takes its buffers when it starts."""
    share = available_memory() // MEMORY_SHARE
    memory = share if memory is None else min(memory, share)
    buffers = max(10_000, memory * 2 // 3 // PAGE)
    return VirtuosoMemory(buffers, buffers * 3 // 4, max(256, memory // 8 // 2**20))


@dataclass
class Server:
    """A running server: its SPARQL query URL, folder, log, and (Virtuoso) SQL port and a folder
    its bulk loader may read (``load_dir``, in its DirsAllowed)."""

    process: subprocess.Popen  # type: ignore[type-arg]
    url: str
    folder: Path
    log: Path
    sql_port: int = 0

    @property
    def isql(self) -> Isql:
        """Its SQL port, as dba (Virtuoso)."""
        return Isql(f"127.0.0.1:{self.sql_port}")

    @property
    def load_dir(self) -> Path:
        """A folder the server may read files from (Virtuoso: under its DirsAllowed)."""
        return (self.folder / "load").resolve()

    def stop(self) -> None:
        """Terminate it (killed if it lingers)."""
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(server: Server, seconds: float = 90) -> Server:
    """The server once it answers an ASK; an error with the end of its log if it does not."""
    deadline, probe = time.monotonic() + seconds, f"{server.url}?query=ASK%7B%7D"
    log = lambda: server.log.read_text(errors="replace")[-2000:]  # noqa: E731
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            name = Path(str(server.process.args[0])).name  # type: ignore[index]
            raise EndpointError(f"{name} exited ({server.process.returncode}): {log()}")
        try:
            with urllib.request.urlopen(probe, timeout=2):
                return server
        except OSError:
            time.sleep(0.2)
    server.stop()
    raise EndpointError(f"{server.url} did not come up in {seconds:g} s: {log()}")


def start_oxigraph(folder: Path, union: bool = True, timeout_s: int | None = None) -> Server:
    """``oxigraph serve`` on a new port, its data in folder/db (the default graph the union of
    the named graphs unless ``union`` is False)."""
    command = [program("oxigraph", "pip install oxigraph"), "serve", "--location", str(folder / "db"),
               "--bind", f"127.0.0.1:{(port := free_port())}"]
    command += ["--union-default-graph"] if union else []
    command += ["--timeout-s", str(timeout_s)] if timeout_s else []
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=out)
    return _wait(Server(process, f"http://127.0.0.1:{port}/query", folder, log))


def start_virtuoso(folder: Path, memory: VirtuosoMemory | None = None) -> Server:
    """``virtuoso-t`` on new ports, its database in folder (made, or the one there), anonymous SPARQL
    allowed to write; its memory as given, else sized from the machine's (``virtuoso_memory``)."""
    (folder / "load").mkdir(parents=True, exist_ok=True)  # the load_dir
    sql, port, memory = free_port(), free_port(), memory or virtuoso_memory()
    new = not (folder / "virtuoso.db").exists()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder.resolve(), sql=sql, http=port,
                                                            buffers=memory.buffers, dirty=memory.dirty,
                                                            query_mb=memory.query_mb))
    log = folder / "out.log"
    with log.open("wb") as out:
        process = subprocess.Popen([program("virtuoso-t", VIRTUOSO_HINT), "+foreground", "-c", "virtuoso.ini"],
                                   cwd=folder, stdout=out, stderr=out)
    server = _wait(Server(process, f"http://127.0.0.1:{port}/sparql", folder, log, sql))
    try:
        if new:  # a database that was there has it already (and refuses it twice)
            server.isql.run('GRANT SPARQL_UPDATE TO "SPARQL";', timeout=60)
    except EndpointError:
        server.stop()
        raise
    return server
