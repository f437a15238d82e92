"""The reference graph: States, bodies (coalitions of States among them) and sessions of the curated tables, as RDF."""
from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef

from unhrkg.map.nodes import ORG, RDF, RDFS, SKOS, UNHR, XSD, add, date, literal, session_node
from unhrkg.model import iri
from unhrkg.model.namespaces import bind_prefixes
from unhrkg.model.reference import coalitions, load_reference


@cache
def reference_sessions() -> frozenset[URIRef]:
    """The sessions the reference graph describes."""
    return frozenset(iri.session(s.body, s.key) for s in load_reference().sessions.values())


def reference_graph() -> Graph:
    """States, bodies and sessions from the reference tables, as RDF."""
    ref = load_reference()
    g = Graph(identifier=iri.REFERENCE_GRAPH)
    bind_prefixes(g)
    for st in ref.states.values():
        node = iri.state(st.iso3)
        g.add((node, RDF.type, UNHR.State))
        g.add((node, RDFS.label, literal(st.short_name, lang="en")))
        g.add((node, SKOS.prefLabel, literal(st.short_name, lang="en")))
        for alt in dict.fromkeys((st.formal_name, *st.aliases)):
            g.add((node, SKOS.altLabel, literal(alt, lang="en")))
        g.add((node, UNHR.iso3, literal(st.iso3)))
        g.add((node, UNHR.iso2, literal(st.iso2)))
        g.add((node, UNHR.memberStatus, literal(st.status)))
        g.add((node, SKOS.exactMatch, iri.eu_country(st.iso3)))
    for b in (*ref.bodies.values(), *coalitions().values()):  # (a coalition is a body no record lists among its bodies)
        node = iri.body(b.code)
        g.add((node, RDF.type, UNHR.Body))
        g.add((node, RDFS.label, literal(b.name, lang="en")))
        g.add((node, SKOS.prefLabel, literal(b.name, lang="en")))
        for alt in dict.fromkeys(b.aliases):
            g.add((node, SKOS.altLabel, literal(alt, lang="en")))
        g.add((node, UNHR.code, literal(b.code)))
        g.add((node, UNHR.bodyKind, literal(b.kind)))
        if b.parent:
            g.add((node, ORG.subOrganizationOf, iri.body(b.parent)))
    for s in ref.sessions.values():
        node = session_node(g, s.body, s.key)
        name = ref.bodies[s.body].name if s.body in ref.bodies else s.body
        g.add((node, RDFS.label, literal(f"{name}, {'special session ' if s.special else 'session '}{s.number}", lang="en")))
        add(g, node, UNHR.year, literal(str(s.year), datatype=XSD.gYear) if s.year else None)
        add(g, node, UNHR.startDate, date(s.start))
        add(g, node, UNHR.endDate, date(s.end))
    return g
