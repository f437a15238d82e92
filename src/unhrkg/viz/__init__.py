"""See the graph: networkx views of the store, drawings, and graph analytics.

The last stage of the pipeline (read -> ... -> store -> query/export/viz). It reads the store
(or an rdflib graph) with SPARQL over the union of its graphs and never writes to it.

This module stays light: networkx, matplotlib and the HTML assets load only when a view is
built or drawn, so ``import unhrkg`` and ``unhrkg --help`` stay fast.

    >>> import unhrkg
    >>> g = unhrkg.to_networkx(store, view="ego", focus="PRK", depth=2)   # doctest: +SKIP
    >>> unhrkg.viz.write(g, "prk.html")                                    # doctest: +SKIP
"""
from __future__ import annotations

from typing import Any

from unhrkg.errors import UnhrkgError

VIEWS: dict[str, str] = {
    "entity": "States, bodies, missions, people, sessions, resolutions and documents, linked by what the documents say",
    "ego": "the entity graph around one entity (--focus PRK, 'North Korea', OHCHR, a symbol, 'CHR 2003/10' or an IRI)",
    "stance": "States -> resolutions, coloured by stance (rejects/supports), and who tabled each resolution",
    "citation": "documents citing documents and referring to resolutions",
    "comention": "States and bodies named in the same documents (edge weight = documents in common)",
    "timeline": "the documents in date order, with their author States or bodies",
}
FORMATS: dict[str, str] = {
    ".graphml": "GraphML (yEd, Cytoscape, Gephi)",
    ".gexf": "GEXF (Gephi)",
    ".json": "node-link JSON (networkx, D3)",
    ".png": "a drawing (matplotlib)",
    ".svg": "a drawing (matplotlib)",
    ".html": "an interactive page: drag, zoom, hover for facts; works offline",
}


class VizError(UnhrkgError):
    """A view cannot be built or written as asked."""


class UnknownViewError(VizError):
    """The view name is not one of ``VIEWS``."""


class UnknownFocusError(VizError):
    """The focus names no entity of the view (or several)."""


class UnsupportedFormatError(VizError):
    """The output file's extension is not one of ``FORMATS``."""


def __getattr__(name: str) -> Any:
    """Load the heavy parts on first use: ``to_networkx``, ``write``, ``graph_stats``."""
    if name == "to_networkx":
        from unhrkg.viz.views import to_networkx

        return to_networkx
    if name == "write":
        from unhrkg.viz.export import write

        return write
    if name == "graph_stats":
        from unhrkg.viz.stats import graph_stats

        return graph_stats
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FORMATS", "VIEWS", "UnknownFocusError", "UnknownViewError", "UnsupportedFormatError", "VizError",
           "graph_stats", "to_networkx", "write"]
