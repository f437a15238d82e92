"""networkx views of the graph: entity, ego, stance, citation, co-mention and timeline.

Node ids are IRIs. Every node has ``iri``, ``label`` (short: PRK, OHCHR, CHR 2003/10),
``kind`` (State, Body, Mission, Person, Document, Resolution, Session, AgendaItem) and
``sources`` (the documents that name it), plus the facts it has (``name``, ``iso3``,
``symbol``, ``dated`` ...). Every edge has ``predicate`` (unhr:mentions), ``label``
(mentions, rejects, tabled ...) and ``sources`` (the documents that say it); stance edges
have ``stance`` and ``evidence``. Edges point from actor to object: State -> resolution
it rejects, sponsor -> resolution it tabled, document -> what it names.
"""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from datetime import date
from typing import Any

import networkx as nx

from unhrkg.viz import VIEWS, UnknownViewError
from unhrkg.viz.focus import ego
from unhrkg.viz.nodes import Facts, load_facts, short_iri
from unhrkg.viz.sparql import CITATION_EDGES, ENTITY_EDGES, MENTION_EDGES, STANCE_EDGES, open_source, select

EDGE_LABELS = {"author": "author", "onBehalfOf": "on behalf of", "signatory": "signed by",
               "addressee": "addressed to", "refersToResolution": "refers to", "cites": "cites",
               "circulatedUnder": "circulated under", "atSession": "at session", "mentions": "mentions",
               "missionOf": "mission of", "accreditedTo": "accredited to", "ofSession": "of session",
               "ofBody": "of body", "adoptedBy": "adopted by", "adoptedAtSession": "adopted at",
               "holdsPost": "holds post in", "tabledBy": "tabled"}


def check_view(view: str) -> str:
    """The view name, or UnknownViewError naming the views there are."""
    if view not in VIEWS:
        raise UnknownViewError(f"no view named {view!r}; the views are: {', '.join(VIEWS)}")
    return view


def to_networkx(source: Any, view: str = "entity", focus: str | None = None, depth: int = 2,
                documents: bool = True) -> nx.Graph:
    """A networkx graph of one view of a store (unhrkg or pyoxigraph Store) or rdflib Graph/Dataset.

    ``focus`` (ISO3, body code, symbol, 'CHR 2003/10', a label or an IRI) keeps only the part of
    the view within ``depth`` hops of it; the ``ego`` view is the entity view around a focus.
    ``documents=False`` leaves document nodes out of the entity and ego views.
    """
    check_view(view)
    db = open_source(source)
    facts = load_facts(db)
    builders = {"entity": _entity, "ego": _entity, "stance": _stance, "citation": _citation,
                "comention": _comention, "timeline": _timeline}
    graph = builders[view](db, facts)
    if view in ("entity", "ego") and not documents:
        _drop_documents(graph)
    graph.graph.update(view=view, title=_title(view, focus, depth, documents))
    if view == "ego" or focus is not None:
        graph = ego(graph, focus, depth, required=view == "ego")
    return graph


def _drop_documents(graph: nx.Graph) -> None:
    """Remove the document nodes, and what was linked to documents only (States named and nothing more)."""
    docs = [n for n, kind in graph.nodes(data="kind") if kind == "Document"]
    linked = {m for d in docs for m in nx.all_neighbors(graph, d)}
    graph.remove_nodes_from(docs)
    graph.remove_nodes_from([n for n in linked if n in graph and graph.degree(n) == 0])


def _title(view: str, focus: str | None, depth: int, documents: bool) -> str:
    names = {"entity": "Entity graph", "ego": "Entity graph", "stance": "Stances on resolutions",
             "citation": "Citations", "comention": "Co-mentions of States and bodies", "timeline": "Timeline"}
    title = names[view] + ("" if documents or view not in ("entity", "ego") else " (without documents)")
    return title + (f" around {focus} (depth {depth})" if focus else "")


def _edges_graph(graph: nx.Graph, rows: list[dict[str, str]], facts: Facts) -> nx.Graph:
    """Add one edge per (subject, object, relation), its sources and details merged over documents."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: tuple(sorted(r.items()))):
        local = row["p"].rsplit("#", 1)[-1]
        relation = row.get("stance") or EDGE_LABELS.get(local, local)
        edge = merged.setdefault((row["s"], row["o"], relation), {
            "predicate": short_iri(row["p"]), "label": relation, "sources": set(), "evidence": set(), "posts": set()})
        edge["sources"].add(row["doc"])
        if row.get("stance"):
            edge["stance"] = row["stance"]
        edge["evidence"].update(filter(None, [row.get("evidence")]))
        edge["posts"].update(filter(None, [row.get("postTitle")]))
    for (s, o, relation), data in merged.items():
        data = {k: (sorted(v) if isinstance(v, set) else v) for k, v in data.items() if v}
        data["source_labels"] = [facts.short_label(d) for d in data["sources"]]
        if graph.is_multigraph():
            graph.add_edge(s, o, key=relation, **data)
        else:
            graph.add_edge(s, o, **data)
    return _with_nodes(graph, facts)


def _with_nodes(graph: nx.Graph, facts: Facts) -> nx.Graph:
    """Give every node its attributes, and the documents that name it (a document names itself)."""
    sources: dict[str, set[str]] = defaultdict(set)
    for u, v, data in graph.edges(data=True):
        sources[u].update(data.get("sources", ()))
        sources[v].update(data.get("sources", ()))
    for node in sorted(graph.nodes):
        attrs = facts.attributes(node)
        docs = sorted(sources[node] | ({node} if facts.is_document(node) else set()))
        graph.add_node(node, **attrs, sources=docs, source_labels=[facts.short_label(d) for d in docs])
    return graph


def _sorted_graph(graph: nx.Graph) -> nx.Graph:
    """The same graph with nodes and edges in IRI order, so layouts and exports are reproducible."""
    out = graph.__class__()
    out.graph.update(graph.graph)
    out.add_nodes_from(sorted(graph.nodes(data=True)))
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    out.add_edges_from(sorted(edges, key=lambda e: tuple(str(x) for x in e[:-1])))
    return out


def _entity(db: Any, facts: Facts) -> nx.MultiDiGraph:
    return _sorted_graph(_edges_graph(nx.MultiDiGraph(), select(db, ENTITY_EDGES), facts))


def _stance(db: Any, facts: Facts) -> nx.MultiDiGraph:
    graph = _edges_graph(nx.MultiDiGraph(), select(db, STANCE_EDGES), facts)
    for node in graph:
        tabled = sorted(graph.nodes[u]["label"] for u, _, k in graph.in_edges(node, keys=True) if k == "tabled")
        if tabled:
            graph.nodes[node]["tabled_by"] = tabled
    return _sorted_graph(graph)


def _citation(db: Any, facts: Facts) -> nx.DiGraph:
    graph = _edges_graph(nx.DiGraph(), select(db, CITATION_EDGES), facts)
    for node in graph:
        graph.nodes[node]["cited_by"] = graph.in_degree(node)
    return _sorted_graph(graph)


def _comention(db: Any, facts: Facts) -> nx.Graph:
    """States and bodies; an edge joins two named in the same document, weight = documents in common."""
    named: dict[str, set[str]] = defaultdict(set)
    for row in select(db, MENTION_EDGES):
        if facts.kind(row["o"]) in ("State", "Body"):
            named[row["doc"]].add(row["o"])
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc, entities in named.items():
        for a, b in itertools.combinations(sorted(entities), 2):
            pairs[a, b].add(doc)
    graph = nx.Graph()
    for (a, b), docs in pairs.items():
        graph.add_edge(a, b, predicate="unhr:mentions", label="named with", weight=len(docs), sources=sorted(docs),
                       source_labels=[facts.short_label(d) for d in sorted(docs)])
    graph.add_nodes_from(n for entities in named.values() for n in entities)
    graph = _with_nodes(graph, facts)
    mentions = Counter(n for entities in named.values() for n in entities)
    for node in graph:
        graph.nodes[node]["documents"] = mentions[node]
        graph.nodes[node]["sources"] = sorted(d for d, ents in named.items() if node in ents)
        graph.nodes[node]["source_labels"] = [facts.short_label(d) for d in graph.nodes[node]["sources"]]
    return _sorted_graph(graph)


def _timeline(db: Any, facts: Facts) -> nx.DiGraph:
    """The corpus documents with a date, in date order; ``time:before`` links each to the next."""
    found = [(doc, *facts.date(doc)) for doc in facts.values if facts.is_document(doc)]
    dated = sorted((when, facts.short_label(doc), doc, basis) for doc, when, basis in found if when)
    graph = nx.DiGraph(undated=len(found) - len(dated))
    for order, (when, _, doc, basis) in enumerate(dated):
        lane = "+".join(facts.all(doc, "authors")) or "?"
        graph.add_node(doc, date=when, date_basis=basis, year=int(when[:4]), start=when, lane=lane, order=order)
    for (a_when, _, a, _), (b_when, _, b, _) in itertools.pairwise(dated):
        days = (date.fromisoformat(b_when) - date.fromisoformat(a_when)).days
        graph.add_edge(a, b, predicate="time:before", label="before", days=days, sources=[a, b],
                       source_labels=[facts.short_label(a), facts.short_label(b)])
    for node in graph:
        extra = dict(graph.nodes[node])
        graph.add_node(node, **facts.attributes(node), sources=[node], source_labels=[facts.short_label(node)])
        graph.nodes[node].update(extra)
    return graph
