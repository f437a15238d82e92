"""Finding the entity a person means (PRK, OHCHR, E/CN.4/2005/G/13, 'CHR 2003/10', an IRI) and its neighbourhood.

States and bodies are also found by any name the extractor knows them by: the names and
aliases of ``data/reference/states.csv`` and ``bodies.csv`` and of the lexicon's tables in
other languages (``reference.load_names``), compared as the extractor's gazetteer compares
them (``gazetteer.fold``): "DPRK", "North Korea", "Corée du Nord" and "PRK" are one focus.
"""
from __future__ import annotations

import difflib
import re
from functools import cache

import networkx as nx

from unhrkg.extract.gazetteer import fold
from unhrkg.extract.lexicon import languages
from unhrkg.model.reference import load_names, load_reference
from unhrkg.viz import UnknownFocusError

#: node attributes a focus may name, most specific first
_KEYS = ("iri", "iso3", "code", "symbol", "label", "resolution_number", "name", "person_name")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


@cache
def reference_names() -> dict[str, tuple[str, str]]:
    """Every name of a State or body the extractor knows, folded, -> (the name, its ISO3 or body code).

    English first, so where two tables give one spelling the English one wins.
    """
    ref = load_reference()
    tables = [{st.iso3: (st.iso3, *st.names) for st in ref.states.values()},
              {b.code: (b.code, *b.names) for b in ref.bodies.values()}]
    for lang in languages():
        names = load_names(lang)
        tables += [names.states, names.bodies]
    out: dict[str, tuple[str, str]] = {}
    for table in tables:
        for code, names in table.items():
            for name in names:
                out.setdefault(fold(name), (name, code))
    return out


def _matching(graph: nx.Graph, focus: str) -> list[str]:
    """The nodes a focus names by an attribute (most specific first), else by a State's or body's name."""
    wanted = _norm(focus)
    for key in _KEYS:
        hits = sorted(n for n, value in graph.nodes(data=key) if value is not None and _norm(value) == wanted)
        if hits:
            return hits
    _, code = reference_names().get(fold(focus), ("", None))
    if code is None:
        return []
    return sorted(n for n, data in graph.nodes(data=True) if code in (data.get("iso3"), data.get("code")))


def find_node(graph: nx.Graph, focus: str) -> str:
    """The node ``focus`` names, or UnknownFocusError (with the near misses, or the candidates if several)."""
    if focus in graph:
        return focus
    hits = _matching(graph, focus)
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        labels = ", ".join(f"{graph.nodes[n]['label']} ({n})" for n in hits[:8])
        raise UnknownFocusError(f"focus {focus!r} names {len(hits)} nodes: {labels}; give one of their IRIs")
    view = graph.graph.get("view", "this")
    known = reference_names().get(fold(focus))
    if known:  # a State or body, just not in this view: no look-alikes to offer
        code = "" if known[1] == focus.strip().upper() else f" ({known[1]})"
        raise UnknownFocusError(f"focus {focus!r}{code} is not in the {view} view")
    near = _near(graph, focus)
    hint = f"; did you mean {', '.join(near)}?" if near else \
        " (give an ISO3 code, a body code, a State's or body's name, a document symbol, 'CHR 2003/10' or an IRI)"
    raise UnknownFocusError(f"focus {focus!r} is not in the {view} view{hint}")


def _near(graph: nx.Graph, focus: str) -> list[str]:
    """What the view holds that looks like ``focus``: labels and names containing it or spelt nearly like it.

    One suggestion per node: a State or body as its first matching name and code ("North Korea (PRK)").
    """
    wanted = fold(focus)
    present = {data.get("iso3") or data.get("code") for _, data in graph.nodes(data=True)}
    candidates = {fold(str(label)): (str(label), str(label)) for _, label in graph.nodes(data="label") if label}
    for key, (name, code) in reference_names().items():
        if code in present:
            candidates.setdefault(key, (f"{name} ({code})", code))
    close = difflib.get_close_matches(wanted, list(candidates), n=3, cutoff=0.75)
    shown: dict[str, str] = {}
    for key in close + [k for k in candidates if wanted in k]:  # names in table order: short name first
        display, node = candidates[key]
        shown.setdefault(node, display)
    return list(shown.values())[:8]


def ego(graph: nx.Graph, focus: str | None, depth: int, required: bool = True) -> nx.Graph:
    """The part of ``graph`` within ``depth`` hops of ``focus`` (either direction), each node with its ``distance``."""
    if focus is None:
        if required:
            raise UnknownFocusError("the ego view needs a focus: --focus PRK (an ISO3 code, a body code, a name, a symbol, "
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
