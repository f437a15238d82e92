"""unhrkg: a knowledge graph of UN human-rights procedure.

Documents (notes verbales, letters, resolutions, decisions, reports) are read, their facts
extracted into plain records, mapped to RDF in one named graph per document, validated with
SHACL, stored in Oxigraph and queried with SPARQL: one package per stage (``model``, ``read``,
``extract``, ``map``, ``validate``, ``store``, ``query``, ``export``, with ``pipeline`` running
them over files), then ``remote``, ``viz``, ``server``, the ``bench`` tools, and the front doors
``api`` (``unhrkg.open``) and ``cli``.
"""
from __future__ import annotations

__version__ = "0.1.0"

from typing import Any

from unhrkg.errors import UnhrkgError

__all__ = ["KnowledgeGraph", "UnhrkgError", "__version__", "extract", "open", "to_networkx"]


def __getattr__(name: str) -> Any:
    """``unhrkg.open``, ``unhrkg.KnowledgeGraph``, ``unhrkg.to_networkx`` (and ``unhrkg.viz``) load
    what they need only when first used, so ``unhrkg --help`` stays fast. ``unhrkg.extract(path)``
    is the extract package itself, callable: it reads one file and returns its record."""
    if name in ("open", "KnowledgeGraph"):
        from unhrkg import api

        return getattr(api, name)
    if name == "extract":
        import importlib

        return importlib.import_module("unhrkg.extract")
    if name == "to_networkx":
        from unhrkg.viz.views import to_networkx

        return to_networkx
    if name == "viz":
        import importlib

        return importlib.import_module("unhrkg.viz")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
