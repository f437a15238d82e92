"""How things look, shared by the static drawings and the interactive page.

Colours by node kind from the Okabe-Ito palette (readable by colour-blind people too), one
colour per stance, node sizes by degree, and which nodes get a label when a graph is large.
"""
from __future__ import annotations

import math

import networkx as nx

KIND_COLOURS = {
    "State": "#0072B2",       # blue
    "Body": "#E69F00",        # orange
    "Mission": "#56B4E9",     # sky blue
    "Person": "#CC79A7",      # pink
    "Document": "#9A9A9A",    # grey
    "Resolution": "#7B3294",  # purple
    "Session": "#F0E442",     # yellow
    "AgendaItem": "#C8B85A",  # ochre
    "Other": "#DDDDDD",
}
#: the timeline colours its documents by type
DOC_TYPE_COLOURS = {"note_verbale": "#0072B2", "letter": "#E69F00", "resolution": "#7B3294",
                    "decision": "#009E73", "report": "#CC79A7", "other": "#9A9A9A"}
RELATION_COLOURS = {"rejects": "#D7301F", "supports": "#1A9850", "tabled": "#2C7BB6"}
EDGE_COLOUR = "#9E9E9E"
CITED_ONLY_COLOUR = "#D9D9D9"  # documents the corpus cites but does not hold
#: label every node up to this many; past it, only the best connected
LABEL_ALL_UP_TO = 130
LABEL_TOP = 60


def node_colour(data: dict[str, object], by_doc_type: bool = False) -> str:
    """The fill colour of a node from its kind (a document only cited is paler), or from its document type."""
    if by_doc_type:
        return DOC_TYPE_COLOURS.get(str(data.get("doc_type")), DOC_TYPE_COLOURS["other"])
    if data.get("kind") == "Document" and data.get("ingested") is False:
        return CITED_ONLY_COLOUR
    return KIND_COLOURS.get(str(data.get("kind")), KIND_COLOURS["Other"])


def edge_colour(data: dict[str, object]) -> str:
    return RELATION_COLOURS.get(str(data.get("label")), EDGE_COLOUR)


def kinds_present(graph: nx.Graph) -> list[str]:
    """The kinds of the graph's nodes, in legend order."""
    present = {kind for _, kind in graph.nodes(data="kind")}
    return [k for k in KIND_COLOURS if k in present]


def doc_types_present(graph: nx.Graph) -> list[str]:
    """The document types of the graph's nodes, in legend order."""
    present = {doc_type for _, doc_type in graph.nodes(data="doc_type")}
    return [t for t in DOC_TYPE_COLOURS if t in present]


def relations_present(graph: nx.Graph) -> list[str]:
    present = {label for *_, label in graph.edges(data="label")}
    return [r for r in RELATION_COLOURS if r in present]


def node_weight(graph: nx.Graph, node: object) -> float:
    """What a node's size shows: documents naming it in the co-mention view, else its degree."""
    if graph.graph.get("view") == "comention":
        return float(graph.nodes[node].get("documents", 1))
    return float(graph.degree(node))


def node_radius(graph: nx.Graph, node: object) -> float:
    """A radius (points or pixels) growing with the square root of the node's weight; smaller in big graphs."""
    small, scale = (6.0, 3.0) if graph.number_of_nodes() <= 150 else (3.0, 1.8)
    return small + scale * math.sqrt(node_weight(graph, node))


def labelled_nodes(graph: nx.Graph, limit: int | None = None) -> set[object]:
    """The nodes to label: all of a small graph; of a large one, the ``limit`` heaviest, plus the focus."""
    if limit is None:
        limit = graph.number_of_nodes() if graph.number_of_nodes() <= LABEL_ALL_UP_TO else LABEL_TOP
    ranked = sorted(graph.nodes, key=lambda n: (-node_weight(graph, n), str(n)))
    chosen = set(ranked[:limit])
    if graph.graph.get("focus") in graph:
        chosen.add(graph.graph["focus"])
    return chosen
