"""Benchmarks: synthetic corpora (``synth``) and the pipeline timed against plain rdflib and raw Oxigraph.

    python -m unhrkg.bench.synth --docs 10000 --out /tmp/corpus
    python -m unhrkg.bench --docs 10000 [--json FILE]
"""
from __future__ import annotations
