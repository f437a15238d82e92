"""Static drawings (PNG, SVG) with matplotlib: colour by kind, a legend, short readable labels.

Uses matplotlib's object API (``Figure``, drawn by Agg) and never pyplot's global state, so
it works headless and leaves a notebook's backend alone. matplotlib loads only when called.
"""
from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from unhrkg.viz import style
from unhrkg.viz.layout import Positions, lanes, layout

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_LABEL_BOX = {"boxstyle": "round,pad=0.12", "fc": "white", "ec": "none", "alpha": 0.8}


def draw(graph: nx.Graph, path: str | Path, title: str | None = None, max_labels: int | None = None) -> Path:
    """Draw the graph to a .png or .svg file and return its path."""
    path = Path(path)
    fig = figure(graph, title=title, max_labels=max_labels)
    save(fig, path)
    return path


def save(fig: Figure, path: Path) -> None:
    """Write a figure reproducibly (no timestamps, fixed SVG ids)."""
    from matplotlib import rc_context

    metadata = {"Date": None} if path.suffix.lower() == ".svg" else {}
    with rc_context({"svg.hashsalt": "unhrkg", "svg.fonttype": "none"}):
        fig.savefig(path, metadata=metadata, facecolor="white")


def figure(graph: nx.Graph, title: str | None = None, max_labels: int | None = None) -> Figure:
    """A matplotlib Figure of the graph (for notebooks: display it, or ``fig.savefig``)."""
    from matplotlib.figure import Figure

    if graph.graph.get("view") == "timeline" and graph.number_of_nodes():
        return timeline_figure(graph, title)
    n = graph.number_of_nodes()
    side = min(max(7.0, 2.5 + 0.85 * math.sqrt(n)), 24.0)
    width = side * 1.3
    if graph.graph.get("view") == "stance":  # three columns: as tall as the longest one needs
        width, side = 9.0, min(max(4.5, 1.6 + 0.9 * len({v for _, v in graph.edges()})), 24.0)
    fig = Figure(figsize=(width + 2.2, side), dpi=150 if side < 16 else 100)
    ax = fig.add_axes((0.01, 0.01, 0.98 - 2.2 / (width + 2.2), 0.98 - 0.75 * max(1.0, side / 14) / side))
    ax.set_axis_off()
    pos = layout(graph)
    radius = {node: style.node_radius(graph, node) for node in graph}
    text = max(1.0, side / 14)  # a big figure is seen shrunk: its text grows to stay readable
    labelled = style.labelled_nodes(graph, max_labels)
    _draw_edges(ax, graph, pos, radius)
    _draw_nodes(ax, graph, pos, radius)
    _draw_labels(ax, graph, pos, radius, labelled, (9.0 if len(labelled) <= 60 else 7.5) * text)
    cited_only = any(d.get("ingested") is False for _, d in graph.nodes(data=True))
    weights = sorted({int(w) for *_, w in graph.edges(data="weight", default=1)}) if graph.graph.get(
        "view") == "comention" else []
    _legend(fig, style.kinds_present(graph), style.relations_present(graph), cited_only, 9 * text, weights)
    _title(ax, graph, title, 12 * text)
    _fit(ax, pos)
    return fig


def _draw_nodes(ax: Axes, graph: nx.Graph, pos: Positions, radius: dict[Any, float]) -> None:
    nodes = list(graph)
    xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
    ax.scatter(xs, ys, s=[(2 * radius[n]) ** 2 for n in nodes], c=[style.node_colour(graph.nodes[n]) for n in nodes],
               edgecolors=["black" if n == graph.graph.get("focus") else "white" for n in nodes],
               linewidths=[2.5 if n == graph.graph.get("focus") else 0.8 for n in nodes], zorder=3)


def _draw_edges(ax: Axes, graph: nx.Graph, pos: Positions, radius: dict[Any, float]) -> None:
    """Plain edges as one line collection; stance edges (and small directed graphs) as arrows."""
    from matplotlib.collections import LineCollection
    from matplotlib.patches import FancyArrowPatch

    seen: set[tuple[Any, Any]] = set()
    plain, widths = [], []
    arrows = graph.is_directed() and graph.number_of_edges() <= 400
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: e[2].get("label") in style.RELATION_COLOURS):
        if u == v:
            continue
        if data.get("label") in style.RELATION_COLOURS or (arrows and (u, v) not in seen):
            seen.add((u, v))
            ax.add_patch(FancyArrowPatch(
                pos[u], pos[v], arrowstyle="-|>", mutation_scale=12, color=style.edge_colour(data),
                lw=2.2 if data.get("label") in style.RELATION_COLOURS else 0.7, shrinkA=radius[u], shrinkB=radius[v],
                linestyle="--" if data.get("label") == "tabled" else "-", connectionstyle="arc3,rad=0.06", zorder=2,
                alpha=0.95 if data.get("label") in style.RELATION_COLOURS else 0.55))
        elif (u, v) not in seen:
            seen.add((u, v))
            plain.append((pos[u], pos[v]))
            widths.append(0.5 + 1.2 * math.log2(data.get("weight", 1)))
    if plain:
        ax.add_collection(LineCollection(plain, colors=style.EDGE_COLOUR, linewidths=widths, alpha=0.35, zorder=1))
    if graph.graph.get("view") == "stance":
        for u, v, data in graph.edges(data=True):
            (x1, y1), (x2, y2) = pos[u], pos[v]
            ax.text(x1 + 0.45 * (x2 - x1), y1 + 0.45 * (y2 - y1), data["label"], color=style.edge_colour(data),
                    fontsize=8, ha="center", va="center", zorder=4, bbox={"fc": "white", "ec": "none", "pad": 1})


def _draw_labels(ax: Axes, graph: nx.Graph, pos: Positions, radius: dict[Any, float], chosen: set[Any],
                 size: float) -> None:
    """Short labels under their nodes, on a faint white box (which keeps them text in an SVG)."""
    for node in sorted(chosen, key=str):
        weight = "bold" if node == graph.graph.get("focus") else "normal"
        ax.annotate(str(graph.nodes[node].get("label", node)), pos[node], xytext=(0, -radius[node] - 1),
                    textcoords="offset points", ha="center", va="top", fontsize=size, fontweight=weight,
                    bbox=_LABEL_BOX, zorder=5)


def _legend(fig: Figure, kinds: list[str], relations: list[str], cited_only: bool, size: float,
            weights: list[int]) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", ls="", ms=9, mfc=style.KIND_COLOURS[k], mec="white", label=k) for k in kinds]
    if cited_only:
        handles.insert(kinds.index("Document") + 1, Line2D([], [], marker="o", ls="", ms=9, mfc=style.CITED_ONLY_COLOUR,
                                                           mec="white", label="Document, cited only"))
    handles += [Line2D([], [], color=style.RELATION_COLOURS[r], lw=2.2, ls="--" if r == "tabled" else "-", label=r)
                for r in relations]
    for w in dict.fromkeys(weights[:1] + weights[-1:]):  # the thinnest and the thickest co-mention
        handles.append(Line2D([], [], color=style.EDGE_COLOUR, lw=0.5 + 1.2 * math.log2(w),
                              label=f"{w} document{'s' if w > 1 else ''} in common"))
    fig.legend(handles=handles, loc="upper right", frameon=False, fontsize=size,
               markerscale=size / 9)


def _title(ax: Axes, graph: nx.Graph, title: str | None, size: float) -> None:
    heading = title or graph.graph.get("title") or graph.graph.get("view", "graph")
    counts = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    ax.set_title(f"{heading}\n{counts}", fontsize=size, loc="left")


def _fit(ax: Axes, pos: Positions) -> None:
    """Leave room around the outermost nodes for their labels."""
    if pos:
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        ax.set_xlim(min(xs) - 0.2, max(xs) + 0.2)
        ax.set_ylim(min(ys) - 0.15, max(ys) + 0.08)


def timeline_figure(graph: nx.Graph, title: str | None = None) -> Figure:
    """Documents on a date axis, one lane per author; hollow markers where the date is the session's."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    order = lanes(graph)
    fig = Figure(figsize=(13, 1.6 + 0.55 * len(order)), dpi=150)
    ax = fig.add_axes((0.17, 0.16, 0.68, 0.68))
    for i, node in enumerate(graph):
        data = graph.nodes[node]
        x, y = date.fromisoformat(data["date"]), order.index(str(data.get("lane", "?")))
        colour = style.node_colour(data, by_doc_type=True)
        exact = data.get("date_basis") != "session"
        ax.plot([x], [y], "o", ms=10, mfc=colour if exact else "white", mec=colour, mew=2,  # type: ignore[arg-type]
                zorder=3)  # (matplotlib plots dates; its stubs say numbers)
        ax.annotate(data["label"], (x, y), xytext=(0, 9 if i % 2 else -10), textcoords="offset points",
                    ha="center", va="bottom" if i % 2 else "top", fontsize=8, bbox=_LABEL_BOX, zorder=4)
    ax.set_yticks(range(len(order)), order)
    ax.set_ylim(len(order) - 0.4, -0.6)
    ax.grid(axis="x", color="#E0E0E0")
    ax.spines[["top", "right", "left"]].set_visible(False)
    types = style.doc_types_present(graph)
    handles = [Line2D([], [], marker="o", ls="", ms=9, mfc=style.DOC_TYPE_COLOURS[t], mec=style.DOC_TYPE_COLOURS[t],
                      label=t.replace("_", " ")) for t in types]
    handles.append(Line2D([], [], marker="o", ls="", ms=9, mfc="white", mec="#555555", mew=2, label="session date"))
    fig.legend(handles=handles, loc="center right", frameon=False, fontsize=9, title="document")
    heading = title or graph.graph.get("title", "Timeline")
    ax.set_title(f"{heading}\n{graph.number_of_nodes()} documents", fontsize=12, loc="left")
    return fig
