"""Graph analytics: the most-cited resolutions, the central States and bodies, the components.

Centrality is measured on the entity graph (documents included) taken as undirected and
simple: a State is central when the documents, missions, sessions and resolutions around it
link parts of the graph that would otherwise be far apart.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from unhrkg.viz import style
from unhrkg.viz.views import to_networkx

#: exact betweenness up to this many nodes; past it, sampled (k pivots) to stay fast
EXACT_BETWEENNESS_UP_TO = 2000


@dataclass(frozen=True)
class Cited:
    label: str
    iri: str
    documents: int


@dataclass(frozen=True)
class Central:
    label: str
    kind: str
    iri: str
    degree: int
    degree_centrality: float
    betweenness: float


@dataclass(frozen=True)
class Component:
    size: int
    hub: str  # the label of its best-connected node


@dataclass
class GraphStats:
    """What ``unhrkg stats`` reports."""

    nodes: int
    edges: int
    most_cited: list[Cited] = field(default_factory=list)
    central: list[Central] = field(default_factory=list)
    components: list[Component] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def graph_stats(source: Any, top: int = 10) -> GraphStats:
    """The analytics of a store (or rdflib graph): ``top`` rows of each ranking."""
    entity = to_networkx(source, "entity")
    citation = to_networkx(source, "citation")
    simple = nx.Graph(entity.to_undirected())
    return GraphStats(nodes=entity.number_of_nodes(), edges=entity.number_of_edges(),
                      most_cited=most_cited(citation, top), central=central(simple, top),
                      components=components(simple))


def most_cited(citation: nx.DiGraph, top: int) -> list[Cited]:
    """Resolutions by the number of corpus documents that refer to them."""
    rows = [Cited(d["label"], n, citation.in_degree(n)) for n, d in citation.nodes(data=True)
            if d.get("kind") == "Resolution"]
    return sorted(rows, key=lambda r: (-r.documents, r.label))[:top]


def central(simple: nx.Graph, top: int) -> list[Central]:
    """States and bodies by betweenness centrality (then degree)."""
    n = simple.number_of_nodes()
    sample = None if n <= EXACT_BETWEENNESS_UP_TO else 500
    between = nx.betweenness_centrality(simple, k=sample, seed=0 if sample else None)
    degree = nx.degree_centrality(simple) if n > 1 else {node: 0.0 for node in simple}
    rows = [Central(d["label"], d["kind"], node, simple.degree(node), round(degree[node], 4),
                    round(between[node], 4))
            for node, d in simple.nodes(data=True) if d.get("kind") in ("State", "Body")]
    return sorted(rows, key=lambda r: (-r.betweenness, -r.degree, r.label))[:top]


def components(simple: nx.Graph) -> list[Component]:
    """Connected components, largest first, each named by its best-connected node."""
    found = []
    for nodes in nx.connected_components(simple):
        hub = max(sorted(nodes, key=str), key=simple.degree)
        found.append(Component(len(nodes), str(simple.nodes[hub].get("label", hub))))
    return sorted(found, key=lambda c: (-c.size, c.hub))


def format_stats(stats: GraphStats, fmt: str = "table") -> str:
    """The report as plain-text tables, or as JSON."""
    from unhrkg.query import table

    if fmt == "json":
        return json.dumps(stats.to_dict(), ensure_ascii=False, indent=1)
    sizes = ", ".join(str(c.size) for c in stats.components[:12]) + (", ..." if len(stats.components) > 12 else "")
    parts = [f"entity graph: {stats.nodes} nodes, {stats.edges} edges, "
             f"{len(stats.components)} component(s) of sizes {sizes or '-'}",
             "\n== most-cited resolutions (documents referring to them)",
             table(["resolution", "documents", "iri"], [[c.label, c.documents, c.iri] for c in stats.most_cited]),
             "\n== central States and bodies",
             table(["entity", "kind", "degree", "degree centrality", "betweenness"],
                   [[c.label, c.kind, c.degree, f"{c.degree_centrality:.3f}", f"{c.betweenness:.3f}"]
                    for c in stats.central]),
             "\n== components",
             table(["size", "best-connected node"], [[c.size, c.hub] for c in stats.components[:20]])]
    return "\n".join(parts)


def stats_chart(stats: GraphStats, path: str | Path) -> Path:
    """A PNG (or SVG) with three bar charts: most-cited resolutions, betweenness, degree."""
    from matplotlib.figure import Figure

    from unhrkg.viz.draw import save

    path = Path(path)
    colour = style.KIND_COLOURS
    panels: list[tuple[str, str, list[tuple[str, float, str]]]] = [
        ("Most-cited resolutions", "documents referring to it",
         [(c.label, c.documents, colour["Resolution"]) for c in stats.most_cited]),
        ("Betweenness centrality", "share of shortest paths through it",
         [(c.label, c.betweenness, colour[c.kind]) for c in stats.central]),
        ("Degree", "neighbours in the entity graph",
         sorted(((c.label, c.degree, colour[c.kind]) for c in stats.central), key=lambda bar: -bar[1]))]
    rows = max(len(stats.most_cited), len(stats.central), 3)
    fig = Figure(figsize=(15, 1.4 + 0.38 * rows), dpi=150, layout="constrained")
    for ax, (title, xlabel, bars) in zip(fig.subplots(1, 3), panels, strict=True):
        _bars(ax, title, xlabel, bars)
    fig.suptitle(f"unhrkg stats: {stats.nodes} nodes, {stats.edges} edges, {len(stats.components)} component(s)",
                 x=0.01, ha="left")
    path.parent.mkdir(parents=True, exist_ok=True)
    save(fig, path)
    return path


def _bars(ax: Any, title: str, xlabel: str, bars: list[tuple[str, float, str]]) -> None:
    """One horizontal bar chart, largest on top, each bar with its value."""
    from matplotlib.ticker import MaxNLocator

    ax.barh(range(len(bars)), [b[1] for b in bars], color=[b[2] for b in bars])
    ax.set_yticks(range(len(bars)), [b[0] for b in bars])
    ax.invert_yaxis()
    ax.set_title(title, loc="left", fontsize=11)
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    if all(isinstance(b[1], int) for b in bars):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    for i, (_, value, _) in enumerate(bars):
        text = str(value) if isinstance(value, int) else f"{value:.3f}"
        ax.annotate(text, (value, i), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
