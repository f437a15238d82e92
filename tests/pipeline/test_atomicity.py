"""Atomicity: an ingest killed with SIGKILL at random moments leaves only whole documents,
and running it again completes the batch; the same corpus in another order gives an
isomorphic graph."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from helpers import EPOCH, seed_letters
from helpers.stores import assert_only_whole_documents
from unhrkg.pipeline.ingest import ingest
from unhrkg.store import Store


def run_ingest(corpus: Path, store: Path, cwd: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    return subprocess.Popen([sys.executable, "-m", "unhrkg", "ingest", str(corpus), "--store", str(store)],
                            cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_sigkill_during_ingest_leaves_only_whole_documents(tmp_path: Path) -> None:
    corpus_paths = seed_letters(tmp_path / "corpus", 300)
    for scratch in ("cold", "warm"):  # full runs into scratch stores time the batch; the second, warm, as the kills run
        started = time.monotonic()
        assert run_ingest(tmp_path / "corpus", tmp_path / scratch, tmp_path).wait(timeout=600) == 0
        duration = time.monotonic() - started
    store = tmp_path / "store"
    rng = random.Random(20261122)
    counts: list[int] = []
    whole = len(corpus_paths)
    # kill at moments spread over the batch; the transactions may all fall late in the run (the workers prepare
    # first), and a loaded machine runs later than the timing run did: once a kill has landed before the first
    # transaction and another after the last, the moments between them are tried, halving the gap each time
    planned = [0.35, 0.55, 0.75, 0.85, 0.95, 1.05, 1.2, 1.5, 2.0]
    before, after = 0.0, None  # the latest moment that found no document, the earliest that found them all
    for _ in range(16):
        if len(counts) >= 3 and any(0 < c < whole for c in counts):
            break
        planned = [f for f in planned if after is None or f < after]
        fraction = planned.pop(0) if planned else (before + after) / 2 if after is not None else None
        if fraction is None:
            break
        moment = duration * fraction * rng.uniform(0.9, 1.05)
        proc = run_ingest(tmp_path / "corpus", store, tmp_path)
        time.sleep(moment)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        counts.append(assert_only_whole_documents(store, tmp_path))
        if counts[-1] == 0:
            before = max(before, moment / duration)
        elif counts[-1] == whole:
            after = moment / duration if after is None else min(after, moment / duration)
            shutil.rmtree(store)  # (a store already whole shows nothing of a later kill)
    proc = run_ingest(tmp_path / "corpus", store, tmp_path)
    assert proc.wait(timeout=600) == 0
    assert assert_only_whole_documents(store, tmp_path) == len(corpus_paths)
    assert any(0 < c < len(corpus_paths) for c in counts), f"no kill landed mid-batch: {counts}"


def test_ingest_order_does_not_change_the_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    paths = seed_letters(tmp_path / "corpus", 6)
    graphs = []
    for name, order in (("a", paths), ("b", list(reversed(paths)))):
        with Store(tmp_path / name) as store:
            for p in order:
                ingest(store, [p])
            graphs.append({g: store.graph(g) for g in store.document_graphs()})
    assert graphs[0].keys() == graphs[1].keys()
    assert all(isomorphic(graphs[0][g], graphs[1][g]) for g in graphs[0])
