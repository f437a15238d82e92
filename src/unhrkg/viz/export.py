"""Write a view to a file, the format from its extension: .graphml .gexf .json .png .svg .html.

GraphML and GEXF take only strings, numbers and booleans as attributes: lists become
"; "-joined strings and missing values are left out. JSON (node-link) keeps lists as lists.
Both carry the drawing's colours and node sizes (``style``) the way Gephi reads them: GEXF
in its ``viz:color`` and ``viz:size`` elements, GraphML as the ``r``, ``g``, ``b``, ``color``
and ``size`` attributes Gephi's GraphML importer maps to colour and size.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from unhrkg.viz import FORMATS, UnsupportedFormatError, style

LIST_SEPARATOR = "; "


def check_format(path: str | Path) -> str:
    """The file's extension if it is one ``write`` knows, else UnsupportedFormatError."""
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        known = ", ".join(FORMATS)
        raise UnsupportedFormatError(f"cannot write {Path(path).name!r}: give a file ending in one of {known}")
    return ext


def write(graph: nx.Graph, path: str | Path, title: str | None = None, max_labels: int | None = None) -> Path:
    """Write ``graph`` to ``path`` in the format its extension names; return the path."""
    path = Path(path)
    ext = check_format(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if ext == ".graphml":
        nx.write_graphml(with_colours(graph, gexf=False), path)
    elif ext == ".gexf":
        nx.write_gexf(with_colours(graph, gexf=True), path)
    elif ext == ".json":
        path.write_text(json.dumps(node_link(graph), ensure_ascii=False, indent=1, sort_keys=False), encoding="utf-8")
    elif ext in (".png", ".svg"):
        from unhrkg.viz.draw import draw

        draw(graph, path, title=title, max_labels=max_labels)
    else:
        from unhrkg.viz.html import write_html

        write_html(graph, path, title=title, max_labels=max_labels)
    return path


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value


def _scalars(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _scalar(v) for k, v in data.items() if v is not None}


def flat(graph: nx.Graph) -> nx.Graph:
    """A copy whose node, edge and graph attributes are all strings, numbers or booleans."""
    out = graph.__class__()
    out.graph.update(_scalars(graph.graph))
    out.add_nodes_from((n, _scalars(d)) for n, d in graph.nodes(data=True))
    if graph.is_multigraph():
        out.add_edges_from((u, v, k, _scalars(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    else:
        out.add_edges_from((u, v, _scalars(d)) for u, v, d in graph.edges(data=True))
    return out


def _rgb(colour: str) -> dict[str, int]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)}


def _edge_data(graph: nx.Graph) -> Any:
    return graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)


def with_colours(graph: nx.Graph, gexf: bool) -> nx.Graph:
    """``flat(graph)`` with each node's colour and size, and each edge's colour, as in the drawings.

    GEXF gets networkx's ``viz`` attribute (written as ``viz:color``/``viz:size``); GraphML gets
    plain attributes named as Gephi's importer expects them.
    """
    out = flat(graph)
    timeline = graph.graph.get("view") == "timeline"  # the timeline colours documents by type
    for node, data in out.nodes(data=True):
        colour = style.node_colour(graph.nodes[node], by_doc_type=timeline)
        size = round(style.node_radius(graph, node), 2)
        if gexf:
            data["viz"] = {"color": {**_rgb(colour), "a": 1.0}, "size": size}
        else:
            data.update(_rgb(colour), color=colour, size=size)
    for *_, data in _edge_data(out):
        colour = style.edge_colour(data)
        if gexf:
            data["viz"] = {"color": {**_rgb(colour), "a": 1.0}}
        else:
            data.update(_rgb(colour), color=colour)
    return out


def node_link(graph: nx.Graph) -> dict[str, Any]:
    """networkx's node-link form ('nodes' and 'edges'), readable with ``nx.node_link_graph(data, edges='edges')``."""
    try:
        return nx.node_link_data(graph, edges="edges")
    except TypeError:  # networkx < 3.4 calls it 'link'
        return nx.node_link_data(graph, link="edges")  # type: ignore[call-arg]
