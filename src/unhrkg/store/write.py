"""How the store writes: a batch of named graphs, the entities no graph names any more, and
the one transaction that replaces graphs.

pyoxigraph 0.5 offers no transaction to Python code other than a SPARQL Update (``add``,
``extend`` and ``remove_graph`` are each a transaction of their own), and a replaced graph
must be dropped, rewritten and its orphaned entities removed at once or readers would see
it missing or half. So the replacing update is text, and every term in it goes through
``terms.nt_term``, which parses each IRI with pyoxigraph and escapes each literal: a
value can only ever be inside an IRI or a string, never SPARQL syntax. Which entities
become orphans is worked out beforehand through the store's index (no query text built
from values) and removed by ``DELETE DATA`` in that same update.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable

import pyoxigraph as ox

from unhrkg.model.iri import ENTITIES_GRAPH
from unhrkg.model.terms import iri_text, nt_term

_OBJECT_IRI = re.compile(r" <([^<>]*)> \.$", re.M)  # the object of an N-Triples line, when an IRI


class Batch:
    """Named graphs (IRI -> N-Triples text) waiting to be written together: for each, whether
    the store already holds it (then it is replaced), the graphs writing it retires, and the
    triples it adds to the entities graph."""

    def __init__(self) -> None:
        self.graphs: dict[str, tuple[str, bool, tuple[str, ...], str]] = {}  # nt, stored, drops, entities
        self.triples = 0
        self._named: set[str] = set()  # every graph the batch writes or drops, kept as graphs are added

    def __len__(self) -> int:
        return len(self.graphs)

    def touches(self, graphs: Iterable[str]) -> bool:
        """Whether any of these graphs is written or dropped by the batch already."""
        return any(g in self._named for g in graphs)

    def add(self, graph: str, nt: str, stored: bool, drops: Iterable[str] = (), entities: str = "") -> None:
        self.graphs[graph] = (nt, stored, tuple(drops), entities)
        self._named.add(graph)
        self._named.update(drops)
        self.triples += nt.count("\n")

    def entity_lines(self, skip: Collection[str] = ()) -> list[str]:
        """The entity triples of the batch (N-Triples lines), each once, but those in ``skip``."""
        lines = dict.fromkeys(line + "\n" for *_, text in self.graphs.values() for line in text.split("\n") if line)
        return [line for line in lines if line not in skip]


def in_graph(text: str, graph: str) -> str:
    """N-Triples text (lines of ``nt_term`` terms) as N-Quads in ``graph``."""
    return text.replace(" .\n", f" {iri_text(graph)} .\n")


def _described(db: ox.Store, node: ox.NamedNode, shared: ox.NamedNode) -> bool:
    return next(iter(db.quads_for_pattern(node, None, None, shared)), None) is not None


def _named_entities(db: ox.Store, graphs: Collection[ox.NamedNode], shared: ox.NamedNode) -> set[ox.NamedNode]:
    """The shared entities these graphs name, and those these entities name in turn (a session)."""
    frontier = {q.object for g in graphs for q in db.quads_for_pattern(None, None, None, g)
                if isinstance(q.object, ox.NamedNode)}
    found: set[ox.NamedNode] = set()
    while frontier:
        described = {e for e in frontier if _described(db, e, shared)}
        found |= described
        frontier = {q.object for e in described for q in db.quads_for_pattern(e, None, None, shared)
                    if isinstance(q.object, ox.NamedNode)} - found
    return found


def _named_elsewhere(db: ox.Store, entity: ox.NamedNode, gone: Collection[ox.NamedNode],
                     pruned: Collection[ox.NamedNode], shared: ox.NamedNode) -> bool:
    """Whether a graph that stays names the entity (the entities graph counts unless the
    entity naming it goes too)."""
    for q in db.quads_for_pattern(None, None, entity, None):
        if q.graph_name in gone or (q.graph_name == shared and q.subject in pruned):
            continue
        return True
    return False


def orphans(db: ox.Store, gone: Iterable[str], added: Iterable[str]) -> list[ox.Quad]:
    """The entities-graph quads of the entities that no graph names once the ``gone`` graphs
    are dropped and the ``added`` N-Triples texts written: until nothing changes, since an
    entity that goes may have named the last reference to another."""
    shared = ox.NamedNode(str(ENTITIES_GRAPH))
    gone_nodes = {n for n in map(ox.NamedNode, gone) if db.contains_named_graph(n)}
    if not gone_nodes:
        return []
    still = {m for text in added for m in _OBJECT_IRI.findall(text)}  # what the write names itself
    candidates = {e for e in _named_entities(db, gone_nodes, shared) if e.value not in still}
    pruned: set[ox.NamedNode] = set()
    while True:
        going = [e for e in candidates - pruned if not _named_elsewhere(db, e, gone_nodes, pruned, shared)]
        if not going:
            break
        pruned.update(going)
    return [q for e in sorted(pruned, key=lambda n: n.value) for q in db.quads_for_pattern(e, None, None, shared)]


def replacing_update(writes: dict[str, str], drops: Iterable[str], gone: list[ox.Quad]) -> str:
    """The SPARQL Update that drops graphs, writes graphs (IRI -> N-Triples) and deletes the
    ``gone`` entity quads, as one transaction; every term in it comes from ``nt_term``."""
    ops = [f"DROP SILENT GRAPH {iri_text(g)}" for g in drops]
    blocks = "".join(f"GRAPH {iri_text(g)} {{\n{text}}}\n" for g, text in writes.items() if text)
    if blocks:
        ops.append(f"INSERT DATA {{\n{blocks}}}")
    if gone:
        lines = "".join(f"{nt_term(q.subject)} {nt_term(q.predicate)} {nt_term(q.object)} .\n" for q in gone)
        ops.append(f"DELETE DATA {{ GRAPH {iri_text(str(ENTITIES_GRAPH))} {{\n{lines}}} }}")
    return " ;\n".join(ops)
