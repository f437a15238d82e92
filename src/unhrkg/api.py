"""The front door for Python users: one object for a knowledge graph, everything a method.

    import unhrkg
    kg = unhrkg.open("my-graph")              # a store on disk (created if missing); open() = in memory
    kg.ingest("data/corpus")                   # read, extract, map, validate and store the files
    kg.remove("E/CN.4/2005/G/13")              # a document out again (by symbol, file or IRI)
    kg.query("rejected-resolutions", state="PRK")   # rows as dicts
    kg.to_networkx("stance")                    # a networkx graph of a view

Each method is a call of the pipeline's own functions (the same the command line uses), so a
notebook and ``unhrkg`` give the same answers.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from unhrkg.errors import UnhrkgError
from unhrkg.model.record import DocumentRecord

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

    from unhrkg.pipeline.ingest import IngestReport
    from unhrkg.query import NamedQuery
    from unhrkg.remote.push import PushReport
    from unhrkg.pipeline.remove import RemoveReport
    from unhrkg.validate import ValidationResult

__all__ = ["KnowledgeGraph", "open"]

QUERY_WORDS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "PREFIX")


def _named(name_or_text: str) -> NamedQuery:
    """A named query, a .rq file, or SPARQL text."""
    from unhrkg.query import load, parse_query

    if any(name_or_text.lstrip().upper().startswith(w) for w in QUERY_WORDS):
        return parse_query("inline", name_or_text)
    return load(name_or_text)


class KnowledgeGraph:
    """A knowledge graph in an Oxigraph store: on disk at ``path``, or in memory (``path=None``)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        from unhrkg.store import Store

        if path is not None and not read_only:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.store = Store(path, read_only=read_only)
        self.path = self.store.path

    def __repr__(self) -> str:
        return f"KnowledgeGraph({str(self.path) if self.path else 'in memory'!r})"

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (its files and lock)."""
        self.store.close()

    def ingest(self, *paths: str | Path, force: bool = False, workers: int | None = 1,
               follow_symlinks: bool = False, sync: bool = False) -> IngestReport:
        """Add files and folders (their documents replace earlier versions of the same files);
        symbolic links out of the folders are followed only with follow_symlinks; ``sync=True``
        first removes the documents whose source file under the folders is gone."""
        from unhrkg.pipeline.ingest import ingest
        from unhrkg.pipeline.remove import apply, missing_under

        if sync:
            apply(self.store, missing_under(self.store, [Path(p) for p in paths if Path(p).is_dir()]))
        return ingest(self.store, paths, force=force, workers=workers, follow_symlinks=follow_symlinks)

    def remove(self, *documents: str | Path, dry_run: bool = False) -> RemoveReport:
        """Remove documents, each named by its symbol, source file or folder, document IRI or
        graph IRI (with the shared entities no other document names). ``report.removals`` says
        what went (or, with ``dry_run``, would go), ``report.unmatched`` what named nothing."""
        from unhrkg.pipeline.remove import apply, find

        return apply(self.store, find(self.store, [str(d) for d in documents]), dry_run)

    def validate(self, engine: str | None = None) -> ValidationResult:
        """SHACL over every graph in the store (``result.conforms``, ``result.report``); ``engine``
        "compiled" (the default everywhere) or "pyshacl"."""
        from unhrkg.pipeline.build import validate_store
        from unhrkg.validate import DEFAULT_ENGINE

        return validate_store(self.store, engine=engine or DEFAULT_ENGINE)

    def query(self, name_or_text: str, **params: str) -> list[dict[str, Any]]:
        """Rows of a SELECT: a named query ('rejected-resolutions'), a .rq file or SPARQL text;
        parameters as keywords (``state="PRK"``). Values are lexical forms (strings), None where unbound."""
        from unhrkg.query import run

        result = run(self.store.db, _named(name_or_text), {k: str(v) for k, v in params.items()})
        if result.triples is not None or result.boolean is not None:
            raise UnhrkgError(f"{name_or_text!r} is not a SELECT query: use construct() or ask()")
        return result.rows

    def query_df(self, name_or_text: str, **params: str) -> Any:
        """The rows of ``query`` as a pandas DataFrame (pandas is an optional extra: ``pip install pandas``)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise UnhrkgError("query_df needs pandas: pip install 'unhrkg[pandas]' (or pandas)") from exc
        from unhrkg.query import run

        result = run(self.store.db, _named(name_or_text), {k: str(v) for k, v in params.items()})
        return pd.DataFrame(result.rows, columns=result.variables)

    def ask(self, text: str, **params: str) -> bool:
        """The answer of an ASK query."""
        from unhrkg.query import run

        result = run(self.store.db, _named(text), {k: str(v) for k, v in params.items()})
        if result.boolean is None:
            raise UnhrkgError("not an ASK query")
        return result.boolean

    def construct(self, text: str, **params: str) -> Graph:
        """The triples of a CONSTRUCT or DESCRIBE query as an rdflib Graph."""
        from rdflib import Graph

        from unhrkg.model.namespaces import bind_prefixes
        from unhrkg.query import run
        from unhrkg.model.terms import to_rdflib

        result = run(self.store.db, _named(text), {k: str(v) for k, v in params.items()})
        if result.triples is None:
            raise UnhrkgError("not a CONSTRUCT or DESCRIBE query")
        graph = Graph()
        bind_prefixes(graph)
        for t in result.triples:
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return graph

    def documents(self) -> list[dict[str, Any]]:
        """Every document with its particulars (the 'documents' named query)."""
        return self.query("documents")

    def export(self, path: str | Path) -> Path:
        """Write the graph: .ttl .nt .jsonld merged, .trig .nq one named graph per document."""
        from unhrkg.export import export

        return export(self.store, path)

    def push(self, endpoint: str, method: str = "auto", sync: bool = False, **options: Any) -> PushReport:
        """Copy every named graph to a SPARQL server, each replaced whole (``user``, ``password``,
        ``auth``, ``timeout``, ``graph_store_url``, ``update_url`` as keywords; ``sync`` also deletes
        the document graphs there that are not here)."""
        from unhrkg.remote import Endpoint
        from unhrkg.remote.push import push

        return push(self.store, Endpoint(endpoint, **options), method=method, sync=sync)

    def to_networkx(self, view: str = "entity", **options: Any) -> nx.Graph:
        """A networkx graph of a view (entity, ego, stance, citation, comention, timeline)."""
        from unhrkg.viz.views import to_networkx

        return to_networkx(self.store, view, **options)


def open(path: str | Path | None = ".unhrkg", read_only: bool = False) -> KnowledgeGraph:  # noqa: A001
    """Open (or create) the knowledge graph stored at ``path``; ``None`` keeps it in memory."""
    return KnowledgeGraph(path, read_only=read_only)

