"""What a push leaves on an endpoint to be checked: its marker, its graphs, and whether the
endpoint's default graph sees them.

A push drops the marker graph before it writes anything and writes it again, with the time
and its counts, only once every graph is there. So a marker present means the last push
completed; absent means one was interrupted or is running (or none was ever made). The
named queries read the default graph as the union of the named graphs: an endpoint that
does not (an Oxigraph server started without ``--union-default-graph``) answers every one
with 0 rows, so reading the marker also asks whether the default graph sees it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from unhrkg.errors import UnhrkgError
from unhrkg.model.iri import QUARANTINE_BASE
from unhrkg.model.namespaces import BASE, GRAPH_BASE, ONTOLOGY_IRI, XSD
from unhrkg.remote import Endpoint, select
from unhrkg.store import Store

MARKER_GRAPH = GRAPH_BASE + "push"
PUSH = BASE + "push#"  # the marker's own terms: completed, graphs, documents, triples
DOCUMENT_BASE = GRAPH_BASE + "doc/"
_XSD = str(XSD)
_PAGE = 5000  # graph IRIs per listing request (Virtuoso caps sorted results near 10,000)
UNION_REMEDY = ("start oxigraph with --union-default-graph (or add ?union-default-graph to the endpoint URL); "
                "Virtuoso does this by default (give no default-graph-uri in its URL)")


@dataclass(frozen=True)
class Marker:
    """A completed push as its marker records it."""

    completed: str
    graphs: int
    documents: int
    triples: int

    def ntriples(self) -> str:
        """The marker graph as N-Triples."""
        m, count = f"<{MARKER_GRAPH}>", f"^^<{_XSD}integer>"
        return (f'{m} <{PUSH}completed> "{self.completed}"^^<{_XSD}dateTime> .\n'
                f'{m} <{PUSH}graphs> "{self.graphs}"{count} .\n{m} <{PUSH}documents> "{self.documents}"{count} .\n'
                f'{m} <{PUSH}triples> "{self.triples}"{count} .\n')


def new_marker(graphs: list[str], triples: int, kept: list[str]) -> Marker:
    """The marker of a push of these graphs and triples, completed now; ``kept`` are the graphs
    the endpoint holds beside them (not deleted), counted with its document graphs."""
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return Marker(now, len(graphs), sum(1 for g in [*graphs, *kept] if g.startswith(DOCUMENT_BASE)), triples)


def read_marker(endpoint: Endpoint) -> tuple[Marker | None, bool]:
    """The endpoint's marker (None if absent), and whether its default graph sees the marker."""
    m = f"<{MARKER_GRAPH}>"
    result = select(endpoint, "push-marker", f"SELECT ?p ?o ?seen WHERE {{ GRAPH {m} {{ {m} ?p ?o }} "
                                             f"OPTIONAL {{ {m} ?p ?seen }} }}")
    values = {str(r["p"])[len(PUSH):]: r["o"] for r in result.rows if str(r["p"]).startswith(PUSH)}
    seen = any(r.get("seen") is not None for r in result.rows)
    if not {"completed", "graphs", "documents", "triples"} <= values.keys():
        return None, seen
    try:
        counts = [int(str(values[k])) for k in ("graphs", "documents", "triples")]
    except ValueError:
        return None, seen
    return Marker(str(values["completed"]), *counts), seen


def default_graph_blind(endpoint: Endpoint) -> bool:
    """Whether the endpoint holds triples in named graphs that its default graph does not show."""
    named = select(endpoint, "named-data", "ASK { GRAPH ?g { ?s ?p ?o } }").boolean
    return bool(named) and not select(endpoint, "default-data", "ASK { ?s ?p ?o }").boolean


def remote_graphs(endpoint: Endpoint) -> set[str]:
    """The document and quarantine graphs the endpoint holds (found by their type, page by page)."""
    found: set[str] = set()
    after = ""
    while True:
        text = (f"SELECT DISTINCT ?g WHERE {{ {{ GRAPH ?g {{ ?g a <{ONTOLOGY_IRI}#DocumentGraph> }} }} UNION "
                f"{{ GRAPH ?g {{ ?g a <{ONTOLOGY_IRI}#QuarantineRecord> }} }} "
                f'FILTER (STR(?g) > "{after}") }} ORDER BY STR(?g) LIMIT {_PAGE}')
        page = [str(r["g"]) for r in select(endpoint, "remote-graphs", text).rows]
        found.update(g for g in page if g.startswith((DOCUMENT_BASE, QUARANTINE_BASE)))
        if len(page) < _PAGE:
            return found
        after = page[-1].replace("\\", "\\\\").replace('"', '\\"')


def remote_documents(endpoint: Endpoint) -> int:
    """How many document graphs the endpoint holds now."""
    rows = select(endpoint, "remote-documents", "SELECT (COUNT(?g) AS ?n) WHERE { GRAPH ?g { "
                  f"?g a <{ONTOLOGY_IRI}#DocumentGraph> }} }}").rows
    return int(str(rows[0]["n"])) if rows else 0


def union_warning(url: str) -> str:
    return f"{url}: its default graph does not show the named graphs, so named queries find nothing: {UNION_REMEDY}"


def check(endpoint: Endpoint, local: tuple[int, int] | None = None) -> list[str]:
    """Warnings about what the endpoint holds: no completed push, a stale one, a blind default
    graph. ``local`` is (graphs, triples) of the local store the push should mirror, if known."""
    marker, seen = read_marker(endpoint)
    if marker is None:
        warnings = [] if not default_graph_blind(endpoint) else [union_warning(endpoint.url)]
        return [*warnings, f"{endpoint.url} has no record of a completed 'unhrkg push' (one was interrupted, is "
                           "running, or none was made): answers may be incomplete"]
    warnings = [] if seen else [union_warning(endpoint.url)]
    there = remote_documents(endpoint)
    if there != marker.documents:
        warnings.append(f"{endpoint.url} holds {there} document graphs, the push of {marker.completed} left "
                        f"{marker.documents}: it has been written since")
    if local is not None and local != (marker.graphs, marker.triples):
        warnings.append(f"the local store ({local[0]} graphs, {local[1]} triples) has changed since the push of "
                        f"{marker.completed} to {endpoint.url} ({marker.graphs} graphs, {marker.triples} triples): "
                        "run 'unhrkg push' again")
    return warnings


def endpoint_warnings(endpoint: Endpoint, store: Store | None = None) -> list[str]:
    """``check`` against this local store (if given); a check that fails is one warning, not an error."""
    local = (len(store.named_graphs()), len(store)) if store is not None else None
    try:
        return check(endpoint, local)
    except UnhrkgError as exc:
        return [f"could not check what {endpoint.url} holds: {exc}"]
