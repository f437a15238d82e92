"""The interactive page: one self-contained HTML file that works offline.

Everything is inline: the script and style from ``unhrkg/static/viz/`` (our own small SVG
renderer, no third-party library) and the graph as JSON. A Content-Security-Policy allows
inline code only, so the page cannot fetch anything even by mistake. Positions come from
``layout`` (the same as the PNG); in the browser you drag nodes, zoom with the wheel, pan by
dragging the background, hover a node or an edge for its facts and source documents, and
find a node by its label.
"""
from __future__ import annotations

import html
import json
import math
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from unhrkg.viz import style
from unhrkg.viz.layout import lanes, layout
from unhrkg.viz.nodes import SHOWN

#: facts a view adds to nodes, shown after ``SHOWN``
EXTRA_FACTS = ("tabled_by", "cited_by", "documents", "date", "date_basis", "distance")
EVIDENCE_CHARS = 400


def asset(name: str) -> str:
    """The text of a file in unhrkg/static/viz/ (works from a checkout and from a wheel)."""
    return resources.files("unhrkg").joinpath("static", "viz", name).read_text(encoding="utf-8")


def write_html(graph: nx.Graph, path: str | Path, title: str | None = None, max_labels: int | None = None) -> Path:
    """Write the interactive page for ``graph`` to ``path`` and return the path."""
    path = Path(path)
    path.write_text(render(graph, title, max_labels), encoding="utf-8")
    return path


def render(graph: nx.Graph, title: str | None = None, max_labels: int | None = None) -> str:
    """The page's HTML text."""
    heading = title or str(graph.graph.get("title") or graph.graph.get("view") or "graph")
    data = page_data(graph, heading, max_labels)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    parts = {"title": html.escape(heading), "css": asset("graph.css"), "js": asset("graph.js"), "data": payload,
             "counts": html.escape(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")}
    # one pass, so nothing inside the data can be taken for a placeholder
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], asset("template.html"))


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _node_facts(data: dict[str, Any]) -> list[list[str]]:
    keys = [k for k in (*SHOWN, *EXTRA_FACTS) if data.get(k) not in (None, "", [])]
    return [[k.replace("_", " "), _text(data[k])] for k in keys]


def page_data(graph: nx.Graph, heading: str, max_labels: int | None = None) -> dict[str, Any]:
    """What the script draws: nodes with positions and facts, merged edges, legend and axes."""
    pos = layout(graph)
    span = max(700.0, 95.0 * math.sqrt(max(graph.number_of_nodes(), 1)))
    labelled = style.labelled_nodes(graph, max_labels)
    index = {node: i for i, node in enumerate(graph)}
    timeline = graph.graph.get("view") == "timeline"
    nodes = []
    for n, d in graph.nodes(data=True):
        nodes.append({
            "id": str(n), "label": str(d.get("label", n)), "kind": str(d.get("kind", "Other")),
            "colour": style.node_colour(d, by_doc_type=timeline), "r": round(style.node_radius(graph, n), 1),
            "x": round(pos[n][0] * span / 2, 1), "y": round(-pos[n][1] * span / 2, 1),
            "labelled": n in labelled, "above": timeline and index[n] % 2 == 1,  # timeline labels alternate
            "focus": n == graph.graph.get("focus"), "facts": _node_facts(d),
            "sources": [str(s) for s in d.get("source_labels", [])]})
    return {"title": heading, "view": str(graph.graph.get("view", "")), "directed": graph.is_directed(),
            "nodes": nodes, "edges": _edges(graph, index), "legend": _legend(graph), "axes": _axes(graph, pos, span)}


def _edges(graph: nx.Graph, index: dict[Any, int]) -> list[dict[str, Any]]:
    """One drawn edge per ordered node pair; its relations (and their sources) listed for hover."""
    merged: dict[tuple[int, int], dict[str, Any]] = {}
    for u, v, d in graph.edges(data=True):
        edge = merged.setdefault((index[u], index[v]), {"s": index[u], "t": index[v], "relations": [],
                                                        "colour": style.EDGE_COLOUR, "width": 1.0, "dashed": False})
        relation = [str(d.get("label", "")), str(d.get("predicate", "")), "; ".join(d.get("source_labels", []))]
        if d.get("weight", 1) != 1:
            relation[0] += f" ({d['weight']} documents)"
        if d.get("evidence"):
            relation.append(_text(d["evidence"])[:EVIDENCE_CHARS])
        edge["relations"].append(relation)
        if d.get("label") in style.RELATION_COLOURS:
            edge.update(colour=style.edge_colour(d), width=2.5, dashed=d.get("label") == "tabled")
        else:
            edge["width"] = max(edge["width"], 1.0 + 1.2 * math.log2(d.get("weight", 1)))
    return list(merged.values())


def _legend(graph: nx.Graph) -> dict[str, list[list[Any]]]:
    if graph.graph.get("view") == "timeline":  # coloured by document type there
        return {"kinds": [[t.replace("_", " "), style.DOC_TYPE_COLOURS[t]] for t in style.doc_types_present(graph)],
                "relations": []}
    kinds = [[k, style.KIND_COLOURS[k]] for k in style.kinds_present(graph)]
    if any(d.get("ingested") is False for _, d in graph.nodes(data=True)):
        kinds.append(["Document, cited only", style.CITED_ONLY_COLOUR])
    relations = [[r, style.RELATION_COLOURS[r], r == "tabled"] for r in style.relations_present(graph)]
    return {"kinds": kinds, "relations": relations}


def _axes(graph: nx.Graph, pos: dict[Any, tuple[float, float]], span: float) -> dict[str, list[list[Any]]]:
    """Timeline only: the author lanes (y) and the years (x) to draw as guides."""
    if graph.graph.get("view") != "timeline" or not graph.number_of_nodes():
        return {"lanes": [], "ticks": []}
    by_lane = {str(graph.nodes[n].get("lane", "?")): -pos[n][1] * span / 2 for n in graph}
    days = [date.fromisoformat(str(d)).toordinal() for _, d in graph.nodes(data="date")]
    first, last = min(days), max(days)
    years = range(date.fromordinal(first).year + 1, date.fromordinal(last).year + 1)
    step = max(1, math.ceil(len(years) / 12))
    ticks = [[str(y), round((-1 + 2 * (date(y, 1, 1).toordinal() - first) / max(last - first, 1)) * span / 2, 1)]
             for y in years if y % step == 0]
    return {"lanes": [[lane, round(by_lane[lane], 1)] for lane in lanes(graph)], "ticks": ticks}
