"""The SPARQL the views are built from, and the one place that runs it.

Every view reads the union of the store's graphs (``use_default_graph_as_union``), so the
same text works on a unhrkg Store, a bare pyoxigraph Store, and an rdflib Graph or Dataset
(copied into an in-memory Oxigraph store first: one code path, one SPARQL engine).

Reified facts are read as the edges a reader means: a ``unhr:Position`` becomes
State -[rejects|supports]-> Resolution, a ``unhr:Sponsorship`` becomes
sponsor -[tabled]-> Resolution, a signatory's ``unhr:Post`` becomes
Person -[holds post in]-> Mission (or State). Each edge row carries ``?doc``, the document
that says it.
"""
from __future__ import annotations

from pathlib import Path

from typing import Any

import pyoxigraph as ox

from unhrkg.model.namespaces import PREFIXES

_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

#: what a document says about other things, one hop from the document
DOCUMENT_PREDICATES = ("unhr:author", "unhr:onBehalfOf", "unhr:signatory", "unhr:addressee",
                       "unhr:refersToResolution", "unhr:cites", "unhr:circulatedUnder", "unhr:atSession",
                       "unhr:mentions")
#: how the things a document names hang together (missions, sessions, agenda items, resolutions)
STRUCTURE_PREDICATES = ("unhr:missionOf", "unhr:accreditedTo", "unhr:ofSession", "unhr:ofBody",
                        "unhr:adoptedBy", "unhr:adoptedAtSession")


def document_part(predicates: tuple[str, ...]) -> str:
    """Edges from an ingested document (one with a ``unhr:docType``) by the given predicates."""
    return f"""{{ ?doc unhr:docType ?docType ; ?p ?o . BIND (?doc AS ?s)
       VALUES ?p {{ {' '.join(predicates)} }} FILTER (isIRI(?o)) }}"""


POSITION_PART = """{ ?doc unhr:takesPosition ?position .
       ?position unhr:heldBy ?s ; unhr:towards ?o ; unhr:stance ?stanceTerm .
       OPTIONAL { ?position unhr:evidence ?evidence }
       BIND (unhr:stance AS ?p) BIND (LCASE(STRAFTER(STR(?stanceTerm), "#")) AS ?stance) }"""

SPONSOR_PART = """{ ?doc unhr:reportsSponsorship ?sponsorship .
       ?sponsorship unhr:sponsor ?s ; unhr:resolution ?o .
       OPTIONAL { ?sponsorship unhr:evidence ?evidence }
       BIND (unhr:tabledBy AS ?p) }"""

POST_PART = """{ ?doc unhr:docType ?docType ; unhr:signatory ?s .
       ?s unhr:holdsPost ?post . ?post unhr:postIn ?o ; unhr:postTitle ?postTitle .
       BIND (unhr:holdsPost AS ?p) }"""

# Only the structure of what documents reach (their missions, sessions, items, resolutions):
# the reference graph's other 190 States and 300 sessions stay out.
STRUCTURE_PART = f"""{{ ?doc unhr:docType ?docType ;
       (unhr:author|unhr:atSession|unhr:circulatedUnder|unhr:refersToResolution|(unhr:takesPosition/unhr:towards)
        |(unhr:reportsSponsorship/unhr:resolution))/((unhr:ofSession|unhr:adoptedAtSession)?) ?s .
       ?s ?p ?o . VALUES ?p {{ {' '.join(STRUCTURE_PREDICATES)} }} }}"""


def edge_query(*parts: str) -> str:
    """One SELECT over the UNION of the given parts, one row per (s, p, o, doc, detail)."""
    return f"""SELECT DISTINCT ?s ?p ?o ?doc ?stance ?evidence ?postTitle WHERE {{
  {' UNION '.join(parts)}
}}"""


ENTITY_EDGES = edge_query(document_part(DOCUMENT_PREDICATES), POSITION_PART, SPONSOR_PART, POST_PART,
                          STRUCTURE_PART)
STANCE_EDGES = edge_query(POSITION_PART, SPONSOR_PART)
CITATION_EDGES = edge_query(document_part(("unhr:cites", "unhr:refersToResolution")))
MENTION_EDGES = edge_query(document_part(("unhr:mentions",)))

_SESSION = 'CONCAT(?sb, " ", IF(?sp, "S-", ""), STR(?sn))'

#: (subject, key, value) for every fact a node's label, kind or hover text needs
NODE_FACTS = f"""SELECT DISTINCT ?s ?key ?value WHERE {{
  {{ VALUES (?p ?key) {{
       (rdf:type "type") (rdfs:label "name") (unhr:iso3 "iso3") (unhr:code "code") (unhr:symbol "symbol")
       (unhr:resolutionNumber "resolution_number") (unhr:docType "doc_type") (unhr:dated "dated")
       (unhr:issued "issued") (unhr:title "title") (unhr:personName "person_name") (unhr:itemNumber "item_number")
       (unhr:bodyKind "body_kind") (unhr:memberStatus "member_status") (unhr:startDate "start_date")
       (unhr:language "language") }}
     ?s ?p ?value }}
  UNION {{ ?s unhr:missionOf/unhr:iso3 ?value BIND ("mission_of" AS ?key) }}
  UNION {{ ?s unhr:accreditedTo/unhr:code ?value BIND ("accredited_to" AS ?key) }}
  UNION {{ ?s unhr:adoptedBy/unhr:code ?value BIND ("adopted_by" AS ?key) }}
  UNION {{ ?s (unhr:onBehalfOf/unhr:iso3)|(unhr:author/unhr:code) ?value BIND ("authors" AS ?key) }}
  UNION {{ ?s unhr:holdsPost/unhr:postTitle ?value BIND ("posts" AS ?key) }}
  UNION {{ ?s unhr:ofBody/unhr:code ?sb ; unhr:sessionNumber ?sn ; unhr:special ?sp .
          BIND ({_SESSION} AS ?value) BIND ("session_label" AS ?key) }}
  UNION {{ ?s unhr:ofSession|unhr:atSession ?x . ?x unhr:ofBody/unhr:code ?sb ; unhr:sessionNumber ?sn ;
          unhr:special ?sp . BIND ({_SESSION} AS ?value) BIND ("session" AS ?key) }}
  UNION {{ ?s unhr:atSession/unhr:startDate ?value BIND ("session_start" AS ?key) }}
}}"""


def open_source(source: Any) -> ox.Store:
    """The pyoxigraph store to query: a unhrkg Store's, a pyoxigraph Store, or an rdflib graph copied in."""
    from rdflib import Graph

    from unhrkg.store import Store

    if isinstance(source, (str, Path)):  # a store's folder: unhrkg.to_networkx(".unhrkg")
        return Store(source, read_only=True).db
    if isinstance(source, Store):
        return source.db
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, Graph):
        db = ox.Store()
        if source.context_aware:  # Dataset / ConjunctiveGraph: keep the named graphs
            db.load(source.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
        else:
            db.load(source.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return db
    raise TypeError(f"to_networkx reads a store's folder, a unhrkg Store, a pyoxigraph Store or an rdflib Graph/Dataset, "
                    f"not {type(source).__name__}")


def select(db: ox.Store, text: str) -> list[dict[str, str]]:
    """Rows of a SELECT over the union graph, each variable's value as a string (unbound ones left out)."""
    result = db.query(_PROLOGUE + text, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in result]  # type: ignore[union-attr]
