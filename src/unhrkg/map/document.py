"""DocumentRecord -> RDF: one named graph per document, the shared entities, the reference graph.

Pure functions: the same record, hash, path and time give the same triples. Every IRI
comes from ``iri``. No blank nodes, so graphs compare and push cleanly.

A document names entities many documents name (resolutions, sessions, agenda items,
missions, people and their posts, cited documents). What identifies such an entity (its
type, number, label...) follows from its IRI alone, so it is stored once, in the entities
graph, rather than in every document graph that names it: the store's default graph is the
union of its graphs counted with repeats, and a triple stored in a thousand graphs would
make every join through it a thousand times larger. What a document claims about such an
entity (who tabled a resolution, which post a person holds) stays in the document's graph.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from collections.abc import Iterator
from functools import cache, cached_property, lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.term import Node

from unhrkg import __version__
from unhrkg.model import iri
from unhrkg.model.namespaces import UNHR as _UNHR, Terms, bind_prefixes
from unhrkg.model.record import DOC_TYPES, DocumentRecord
from unhrkg.model.reference import Reference, load_reference

# each term made once (``Terms``): mapping a document reads them hundreds of times
ORG, PROV, RDF, RDFS, SKOS, XSD = (Terms(n) for n in (ns.ORG, ns.PROV, ns.RDF, ns.RDFS, ns.SKOS, ns.XSD))
UNHR = Terms(_UNHR)
# A literal made once per value, kind, language and datatype: the same session numbers, labels,
# rules and dates recur in document after document, and rdflib's constructor is slow (typed, so
# that 1, 1.0 and True stay three literals)
_literal = lru_cache(maxsize=1 << 14, typed=True)(Literal)
DOC_CLASSES = {code: UNHR[cls] for code, (cls, _) in DOC_TYPES.items()}
STANCES = {"rejects": UNHR.Rejects, "supports": UNHR.Supports}
# Entities many documents name, identified by their IRI (not a document's own positions or sponsorships).
SHARED_CLASSES = frozenset({UNHR.Resolution, UNHR.Session, UNHR.AgendaItem, UNHR.PermanentMission,
                            UNHR.Person, UNHR.Post, UNHR.Document})


# What a document claims about a shared entity: kept in the document's graph.
CLAIMS = frozenset({UNHR.tabledBy, UNHR.holdsPost, UNHR.postIn})
# A document's own triples that a document citing it gives too.
DOC_IDENTITY = frozenset({UNHR.symbol, RDFS.seeAlso})


class Triples:
    """Triples in the order they were added, each once: what mapping writes to (an rdflib
    Graph indexes every triple three ways, which costs more than mapping a document)."""

    def __init__(self) -> None:
        self._triples: dict[tuple[Node, Node, Node], None] = {}

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


@dataclass(frozen=True)
class MappedDocument:
    """A document's IRI, its named graph's IRI, and every triple the document gives.

    ``triples`` are all of them (what is validated; ``graph`` has them as an rdflib Graph);
    ``shared`` names the entities whose identifying triples go to the entities graph instead
    of the document's graph (as do the document's symbol and its UN ODS link), and ``known``
    those the reference graph describes already (sessions of the tables).
    """

    doc: URIRef
    graph_iri: URIRef
    triples: tuple[tuple[Node, Node, Node], ...]
    shared: frozenset[URIRef] = frozenset()
    known: frozenset[URIRef] = frozenset()
    origin: str = "extracted"
    prefixes: bool = True

    @cached_property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph named after the document's graph."""
        g = Graph(identifier=self.graph_iri)
        if self.prefixes:
            bind_prefixes(g)
        for triple in self.triples:
            g.add(triple)
        return g

    def _identifies(self, s: object, p: object) -> bool:
        """Whether the triple identifies a shared entity (or the document itself, by its symbol)."""
        return (p not in CLAIMS and (s in self.shared or s in self.known)) or (s == self.doc and p in DOC_IDENTITY)

    def own(self) -> list[tuple[Node, Node, Node]]:
        """The triples of the document's own named graph."""
        return [t for t in self.triples if not self._identifies(t[0], t[1])]

    def entities(self) -> list[tuple[Node, Node, Node]]:
        """What identifies the shared entities it names, and its own symbol (other documents cite
        it by that), for the entities graph; not what the reference graph describes."""
        return [t for t in self.triples if self._identifies(t[0], t[1]) and t[0] not in self.known]


def _date(value: str | None) -> Literal | None:
    return _literal(value, datatype=XSD.date) if value else None


def _add(g: Graph | Triples, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
    if o is not None:
        g.add((s, p, o))


def session_node(g: Graph | Triples, body_code: str, number: int | str) -> URIRef:
    """Declare a session (body, number) in g and return its IRI."""
    key = str(number)
    node = iri.session(body_code, key)
    g.add((node, RDF.type, UNHR.Session))
    g.add((node, UNHR.ofBody, iri.body(body_code)))
    g.add((node, UNHR.sessionNumber, _literal(int(key.replace("S-", "")))))
    g.add((node, UNHR.special, _literal(key.startswith("S-"))))
    return node


def resolution_session(ref: Reference, body_code: str, number: str) -> tuple[str, str] | None:
    """The session a resolution was adopted at, from its number (CHR by year via the table)."""
    head = number.split("/")[0]
    if body_code in ("HRC", "GA") and "/" in number and (head.isdigit() or head.startswith("S-")):
        return body_code, head
    if body_code == "CHR" and head.isdigit() and len(head) == 4:
        s = ref.chr_session_of_year(int(head))
        return ("CHR", s.key) if s else None
    return None


def resolution_node(g: Graph | Triples, ref: Reference, body_code: str, number: str) -> URIRef:
    node = iri.resolution(body_code, number)
    g.add((node, RDF.type, UNHR.Resolution))
    g.add((node, UNHR.resolutionNumber, _literal(number)))
    g.add((node, UNHR.adoptedBy, iri.body(body_code)))
    g.add((node, RDFS.label, _literal(f"{body_code} resolution {number}")))
    at = resolution_session(ref, body_code, number)
    if at:
        g.add((node, UNHR.adoptedAtSession, session_node(g, *at)))
    return node


def _signatory_state(sig: dict[str, object], authors: list[str], ref: Reference) -> str | None:
    if isinstance(sig.get("state"), str):
        return str(sig["state"])
    if len(authors) == 1:
        return authors[0]
    titles = " ".join(str(t) for t in sig.get("titles") or [])
    for code in authors:
        st = ref.states.get(code)
        if st and any(name in titles for name in st.names):
            return code
    return None


def _evidence(sentence: object, record: DocumentRecord) -> Literal | None:
    """The evidence sentence as a literal, tagged with the text's language where it is not English
    (English evidence stays a plain string, as before the extractor read other languages)."""
    if not sentence:
        return None
    lang = record.text_language
    return _literal(str(sentence), lang=lang) if lang and lang != "en" else _literal(str(sentence))


def _people(g: Graph | Triples, doc: URIRef, record: DocumentRecord, ref: Reference) -> None:
    for sig in record.signatories:
        code = _signatory_state(sig, record.author_states, ref)
        person = iri.person(str(sig["name"]), code)
        g.add((person, RDF.type, UNHR.Person))
        g.add((person, UNHR.personName, _literal(str(sig["name"]))))
        g.add((person, RDFS.label, _literal(str(sig["name"]))))
        g.add((doc, UNHR.signatory, person))
        for title in sig.get("titles") or []:
            post = iri.post(person, str(title))
            g.add((post, RDF.type, UNHR.Post))
            if str(title).startswith("Ambassador"):
                g.add((post, RDF.type, UNHR.Ambassador))
            if "Permanent Representative" in str(title) or "Permanent Observer" in str(title):
                g.add((post, RDF.type, UNHR.PermanentRepresentative))
            g.add((post, UNHR.postTitle, _literal(str(title))))
            g.add((post, RDFS.label, _literal(str(title))))
            g.add((person, UNHR.holdsPost, post))
            if code:
                in_mission = code in record.author_states and record.accredited_to
                g.add((post, UNHR.postIn, iri.mission(code, record.accredited_to) if in_mission else iri.state(code)))


def _authors(g: Graph | Triples, doc: URIRef, record: DocumentRecord, ref: Reference) -> None:
    for code in record.author_states:
        g.add((doc, UNHR.onBehalfOf, iri.state(code)))
        if not record.accredited_to:  # no mission named (a ministry's communiqué): the State itself
            g.add((doc, UNHR.author, iri.state(code)))
            continue
        mission = iri.mission(code, record.accredited_to)
        name = ref.states[code].short_name if code in ref.states else code
        office = ref.bodies[record.accredited_to].name if record.accredited_to in ref.bodies else record.accredited_to
        g.add((doc, UNHR.author, mission))
        g.add((mission, RDF.type, UNHR.PermanentMission))
        g.add((mission, UNHR.missionOf, iri.state(code)))
        g.add((mission, RDFS.label, _literal(f"Permanent Mission of {name} to the {office}")))
        g.add((mission, UNHR.accreditedTo, iri.body(record.accredited_to)))
    if record.author_body and not record.author_states:
        g.add((doc, UNHR.author, iri.body(record.author_body)))
    if record.addressee:
        g.add((doc, UNHR.addressee, iri.agent(record.addressee)))


def _procedure(g: Graph | Triples, doc: URIRef, record: DocumentRecord) -> None:
    session = None
    if record.session:
        session = session_node(g, str(record.session["body"]), record.session["number"])
        g.add((doc, UNHR.atSession, session))
    for item in record.agenda_items:
        node = iri.agenda_item(session, item) if session is not None else URIRef(f"{doc}#item-{iri.slug(item)}")
        g.add((node, RDF.type, UNHR.AgendaItem))
        g.add((node, UNHR.itemNumber, _literal(item)))
        g.add((node, RDFS.label, _literal(f"Agenda item {item}")))
        if session is not None:
            g.add((node, UNHR.ofSession, session))
        g.add((doc, UNHR.circulatedUnder, node))


def _references(g: Graph | Triples, doc: URIRef, record: DocumentRecord, ref: Reference) -> None:
    for r in record.resolutions:
        g.add((doc, UNHR.refersToResolution, resolution_node(g, ref, r["body"], r["number"])))
    for symbol in record.documents_cited:
        cited = iri.cited_document(symbol)
        g.add((cited, RDF.type, UNHR.Document))
        g.add((cited, UNHR.symbol, _literal(symbol)))
        g.add((cited, RDFS.seeAlso, iri.undocs(symbol)))
        g.add((doc, UNHR.cites, cited))
    for code in record.states:
        g.add((doc, UNHR.mentions, iri.state(code)))
    for code in record.bodies:
        g.add((doc, UNHR.mentions, iri.body(code)))
    for p in record.positions:
        t = p["target"]
        node = iri.position(doc, t["body"], t["number"], p["stance"])
        g.add((node, RDF.type, UNHR.Position))
        g.add((node, UNHR.towards, resolution_node(g, ref, t["body"], t["number"])))
        g.add((node, UNHR.stance, STANCES[p["stance"]]))
        _add(g, node, UNHR.evidence, _evidence(p.get("evidence"), record))
        _add(g, node, UNHR.rule, _literal(p["rule"]) if p.get("rule") else None)
        _add(g, node, PROV.wasDerivedFrom, doc)
        for code in record.author_states or [record.author_body]:  # a State's stance, or a body's (the EU's)
            g.add((node, UNHR.heldBy, iri.agent(str(code))))
        g.add((doc, UNHR.takesPosition, node))
    for s in record.sponsors:
        r = s["resolution"]
        res = resolution_node(g, ref, r["body"], r["number"])
        node = iri.sponsorship(doc, r["body"], r["number"], s["sponsor"])
        g.add((node, RDF.type, UNHR.Sponsorship))
        g.add((node, UNHR.resolution, res))
        g.add((node, UNHR.sponsor, iri.agent(s["sponsor"])))
        _add(g, node, UNHR.evidence, _evidence(s.get("evidence"), record))
        _add(g, node, UNHR.rule, _literal(s["rule"]) if s.get("rule") else None)
        g.add((res, UNHR.tabledBy, iri.agent(s["sponsor"])))
        g.add((doc, UNHR.reportsSponsorship, node))


def map_record(record: DocumentRecord, sha256: str, source_path: str, generated_at: datetime,
               origin: str = "extracted", prefixes: bool = True) -> MappedDocument:
    """A record's triples in its own named graph, with PROV-O provenance.

    ``prefixes=False`` leaves the project's prefixes unbound (binding them costs more than
    mapping a small document; ingest writes N-Triples, which has no prefixes anyway).
    """
    ref = load_reference()
    doc = iri.document(record.symbol, sha256)
    graph_iri = iri.document_graph(doc, sha256)
    g = Triples()
    g.add((doc, RDF.type, DOC_CLASSES[record.doc_type]))
    g.add((doc, RDF.type, UNHR.Document))  # as well as its kind: `?d a unhr:Document` needs no inference
    g.add((doc, UNHR.docType, _literal(record.doc_type)))
    g.add((doc, RDFS.label, _literal(record.symbol or record.title or f"Document {sha256[:12]}")))
    if record.symbol:
        g.add((doc, UNHR.symbol, _literal(record.symbol)))
        g.add((doc, RDFS.seeAlso, iri.undocs(record.symbol)))
    _add(g, doc, UNHR.issued, _date(record.issued))
    _add(g, doc, UNHR.dated, _date(record.dated))
    _add(g, doc, UNHR.language, _literal(record.language, datatype=XSD.language) if record.language else None)
    _add(g, doc, UNHR.textLanguage, _literal(record.text_language, datatype=XSD.language) if record.text_language else None)
    _add(g, doc, UNHR.title, _literal(record.title) if record.title else None)
    _authors(g, doc, record, ref)
    _people(g, doc, record, ref)
    _procedure(g, doc, record)
    _references(g, doc, record, ref)
    source = iri.source_file(sha256)
    g.add((doc, PROV.hadPrimarySource, source))
    g.add((source, RDF.type, UNHR.SourceFile))
    g.add((source, UNHR.sha256, _literal(sha256)))
    g.add((source, UNHR.sourcePath, _literal(source_path)))
    g.add((graph_iri, RDF.type, UNHR.DocumentGraph))
    g.add((graph_iri, UNHR.describes, doc))
    g.add((graph_iri, PROV.wasDerivedFrom, source))
    g.add((graph_iri, PROV.generatedAtTime, _literal(generated_at.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    g.add((graph_iri, UNHR.toolVersion, _literal(__version__)))
    g.add((graph_iri, UNHR.recordOrigin, _literal(origin)))
    _add(g, graph_iri, UNHR.genre, _literal(record.genre) if record.genre else None)
    for name, rule in sorted(record.rules.items()):
        g.add((graph_iri, UNHR.fieldRule, _literal(f"{name}: {rule}")))
    local = f"{doc}#"  # agenda items of a document with no session are its own
    shared = {s for s, p, cls in g if p == RDF.type and cls in SHARED_CLASSES and s != doc and not str(s).startswith(local)}
    known = shared & reference_sessions()
    return MappedDocument(doc, graph_iri, tuple(g), frozenset(shared - known), frozenset(known), origin, prefixes)


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
        g.add((node, RDFS.label, _literal(st.short_name, lang="en")))
        g.add((node, SKOS.prefLabel, _literal(st.short_name, lang="en")))
        for alt in dict.fromkeys((st.formal_name, *st.aliases)):
            g.add((node, SKOS.altLabel, _literal(alt, lang="en")))
        g.add((node, UNHR.iso3, _literal(st.iso3)))
        g.add((node, UNHR.iso2, _literal(st.iso2)))
        g.add((node, UNHR.memberStatus, _literal(st.status)))
        g.add((node, SKOS.exactMatch, iri.eu_country(st.iso3)))
    for b in ref.bodies.values():
        node = iri.body(b.code)
        g.add((node, RDF.type, UNHR.Body))
        g.add((node, RDFS.label, _literal(b.name, lang="en")))
        g.add((node, SKOS.prefLabel, _literal(b.name, lang="en")))
        for alt in dict.fromkeys(b.aliases):
            g.add((node, SKOS.altLabel, _literal(alt, lang="en")))
        g.add((node, UNHR.code, _literal(b.code)))
        g.add((node, UNHR.bodyKind, _literal(b.kind)))
        if b.parent:
            g.add((node, ORG.subOrganizationOf, iri.body(b.parent)))
    for s in ref.sessions.values():
        node = session_node(g, s.body, s.key)
        name = ref.bodies[s.body].name if s.body in ref.bodies else s.body
        g.add((node, RDFS.label, _literal(f"{name}, {'special session ' if s.special else 'session '}{s.number}", lang="en")))
        _add(g, node, UNHR.year, _literal(str(s.year), datatype=XSD.gYear) if s.year else None)
        _add(g, node, UNHR.startDate, _date(s.start))
        _add(g, node, UNHR.endDate, _date(s.end))
    return g
