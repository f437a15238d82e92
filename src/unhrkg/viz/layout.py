"""Where each node goes: one layout per view, the same for the PNG/SVG and the HTML page.

Deterministic (fixed seeds, nodes in IRI order), so a drawing made twice is the same.
Positions are (x, y) in [-1, 1] (timeline: x in [-1, 1] by date, y by author lane).
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import networkx as nx

from unhrkg.viz import style

Positions = dict[object, tuple[float, float]]
SEED = 7
KK_LIMIT = 300  # Kamada-Kawai is quadratic: past this, a force-directed layout
DECLUTTER_LIMIT = 3000


def layout(graph: nx.Graph) -> Positions:
    """The positions of the graph's nodes for its view."""
    if graph.number_of_nodes() == 0:
        return {}
    view = graph.graph.get("view")
    if view == "stance":
        return columns(graph)
    if view == "timeline":
        return timeline(graph)
    return spring(graph)


def _simple(graph: nx.Graph) -> nx.Graph:
    """An undirected simple graph with the edge weights summed (what force layouts need)."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes, key=str))
    for u, v, w in graph.edges(data="weight", default=1):
        prior = simple.get_edge_data(u, v, {}).get("weight", 0)
        simple.add_edge(u, v, weight=prior + w)
    return simple


def spring(graph: nx.Graph) -> Positions:
    """Kamada-Kawai per connected component (force-directed past ``KK_LIMIT`` nodes), packed in rows,
    then nodes pushed apart where they overlap; the focus of an ego graph goes first."""
    simple = _simple(graph)
    comps = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    parts = [_component(simple.subgraph(c), graph.graph.get("view") == "comention") for c in comps]
    size = {n: style.node_radius(graph, n) / 9.0 for n in graph}  # 1 for a node of degree 1
    return declutter(_pack(parts), 1.5 / max(simple.number_of_nodes(), 4) ** 0.5, size)


def _component(part: nx.Graph, weighted: bool) -> Positions:
    """One connected component's layout in [-1, 1] (a lone node at the origin)."""
    if part.number_of_nodes() == 1:
        return {next(iter(part)): (0.0, 0.0)}
    if part.number_of_nodes() <= KK_LIMIT:
        # co-mention: many shared documents = short distance; otherwise every hop counts the same
        for _, _, data in part.edges(data=True):
            data["distance"] = 1.0 / data["weight"] if weighted else 1.0
        pos = nx.kamada_kawai_layout(part, weight="distance")
    else:
        n = part.number_of_nodes()
        pos = nx.spring_layout(part, k=1.5 / n ** 0.5, iterations=100, seed=SEED, weight=None)
    return _normalise(pos)


def _pack(parts: list[Positions]) -> Positions:
    """Components side by side in rows, each scaled by the square root of its size; small ones
    (two or three nodes) stand upright so their labels do not run into their neighbours'."""
    sizes = [max(len(p), 1) ** 0.5 for p in parts]
    row_width = max(sum(sizes) ** 0.5 * max(sizes) ** 0.5, max(sizes))
    gap = 0.9
    pos: Positions = {}
    x = y = row_height = 0.0
    for part, size in zip(parts, sizes, strict=True):
        if len(part) <= 3 and _wider_than_tall(part):
            part = {n: (-py, px) for n, (px, py) in part.items()}
        if x > 0 and x + size > row_width * 1.05:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        for node, (px, py) in part.items():
            pos[node] = (x + size * (px + 1) / 2, y - size * (1 - py) / 2)
        x, row_height = x + size + gap, max(row_height, size)
    return _normalise(pos)


def _wider_than_tall(part: Positions) -> bool:
    xs, ys = [p[0] for p in part.values()], [p[1] for p in part.values()]
    return max(xs) - min(xs) > max(ys) - min(ys)


def declutter(pos: Positions, min_distance: float, size: Mapping[Any, float] | None = None,
              rounds: int = 100) -> Positions:
    """Push apart nodes closer than ``min_distance`` times their mean ``size`` (so that nodes and
    their labels stay clear of each other)."""
    import numpy as np

    nodes = list(pos)
    if len(nodes) < 2 or len(nodes) > DECLUTTER_LIMIT:
        return pos
    xy = np.array([pos[n] for n in nodes], dtype=float)
    scale = np.array([(size or {}).get(n, 1.0) for n in nodes], dtype=float)
    wanted = min_distance * (scale[:, None] + scale[None, :]) / 2
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1]) + np.eye(len(nodes))
        push = np.clip(wanted - dist, 0, None) / dist / 2
        np.fill_diagonal(push, 0)
        if not push.any():
            break
        xy += (delta * push[..., None]).sum(axis=1)
    return _normalise({n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy, strict=True)})


def columns(graph: nx.Graph) -> Positions:
    """Stance view: resolutions evenly down the middle; position holders on the left and sponsors on
    the right, each level with the resolutions it points to (pushed apart where they would overlap)."""
    targets = sorted({v for _, v in graph.edges()}, key=lambda n: graph.nodes[n].get("label", ""))
    holders = {u for u, _, k in graph.edges(keys=True) if k != "tabled"}
    sponsors = {u for u, _, k in graph.edges(keys=True) if k == "tabled"} - holders
    step = 2.0 / max(len(targets), 1)
    pos: Positions = {node: (0.0, 1.0 - step * (i + 0.5)) for i, node in enumerate(targets)}
    for x, side in ((-1.0, holders), (1.0, sponsors)):
        wanted = {n: sum(pos[v][1] for v in graph.successors(n)) / max(graph.out_degree(n), 1) for n in side}
        previous = None
        for node in sorted(side, key=lambda n: (-wanted[n], str(n))):
            y = wanted[node] if previous is None else min(wanted[node], previous - step)
            pos[node] = (x, y)
            previous = y
    for node in graph:  # anything else (an isolated node) along the bottom
        pos.setdefault(node, (0.0, -1.1))
    return pos


def lanes(graph: nx.Graph) -> list[str]:
    """Timeline lanes (authors), in order of their first document."""
    seen: dict[str, None] = {}
    for node in sorted(graph, key=lambda n: graph.nodes[n].get("date", "")):
        seen.setdefault(str(graph.nodes[node].get("lane", "?")), None)
    return list(seen)


def timeline(graph: nx.Graph) -> Positions:
    """x by date (first to last document), y by author lane (first author on top)."""
    days = {n: date.fromisoformat(str(graph.nodes[n]["date"])).toordinal() for n in graph}
    first, last = min(days.values()), max(days.values())
    order = {lane: i for i, lane in enumerate(lanes(graph))}
    span = max(len(order) - 1, 1)
    return {n: (-1.0 + 2.0 * (days[n] - first) / max(last - first, 1),
                1.0 - 2.0 * order[str(graph.nodes[n].get("lane", "?"))] / span) for n in graph}


def _normalise(pos: Mapping[Any, Any]) -> Positions:
    """Scale positions into [-1, 1] on both axes."""
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: ((float(p[0]) - cx) / span, (float(p[1]) - cy) / span) for n, p in pos.items()}
