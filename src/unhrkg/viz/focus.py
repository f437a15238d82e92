"""Finding the entity a person means (PRK, OHCHR, E/CN.4/2005/G/13, 'CHR 2003/10', an IRI) and its neighbourhood."""
from __future__ import annotations

import re

import networkx as nx

from unhrkg.viz import UnknownFocusError

#: node attributes a focus may name, most specific first
_KEYS = ("iri", "iso3", "code", "symbol", "label", "resolution_number", "name", "person_name")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def find_node(graph: nx.Graph, focus: str) -> str:
    """The node ``focus`` names, or UnknownFocusError (with the near misses, or the candidates if several)."""
    if focus in graph:
        return focus
    wanted = _norm(focus)
    for key in _KEYS:
        hits = sorted(n for n, value in graph.nodes(data=key) if value is not None and _norm(value) == wanted)
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            labels = ", ".join(f"{graph.nodes[n]['label']} ({n})" for n in hits[:8])
            raise UnknownFocusError(f"focus {focus!r} names {len(hits)} nodes: {labels}; give one of their IRIs")
    near = sorted({str(lab) for _, lab in graph.nodes(data="label") if lab and wanted in _norm(lab)})[:8]
    view = graph.graph.get("view", "this")
    hint = f"; did you mean {', '.join(near)}?" if near else \
        " (give an ISO3 code, a body code, a document symbol, 'CHR 2003/10' or an IRI)"
    raise UnknownFocusError(f"focus {focus!r} is not in the {view} view{hint}")


def ego(graph: nx.Graph, focus: str | None, depth: int, required: bool = True) -> nx.Graph:
    """The part of ``graph`` within ``depth`` hops of ``focus`` (either direction), each node with its ``distance``."""
    if focus is None:
        if required:
            raise UnknownFocusError("the ego view needs a focus: --focus PRK (an ISO3 code, a body code, a symbol, "
                                    "'CHR 2003/10' or an IRI)")
        return graph
    if depth < 0:
        raise UnknownFocusError(f"depth must be 0 or more, not {depth}")
    centre = find_node(graph, focus)
    distances = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), centre, cutoff=depth)
    sub = graph.subgraph(sorted(distances)).copy()
    for node, hops in distances.items():
        sub.nodes[node]["distance"] = hops
    sub.graph.update(focus=centre, focus_label=graph.nodes[centre]["label"], depth=depth)
    return sub
