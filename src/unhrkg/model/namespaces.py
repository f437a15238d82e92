"""Vocabularies: the project's own terms (``UNHR``) and the standards it lines up with.

Code uses ``UNHR.Resolution``, never IRI strings. ``UNHR`` is a closed namespace built
from the terms the ontology file defines, so a typo fails at import, not in the data.
"""
from __future__ import annotations

from functools import cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, ClosedNamespace

BASE = "https://w3id.org/unhrkg/"  # every IRI the project mints starts here; typed nowhere else
ONTOLOGY_IRI = BASE + "ontology"
ID_BASE = BASE + "id/"
GRAPH_BASE = BASE + "graph/"

CLASSES = (
    "Document", "NoteVerbale", "Letter", "Resolution", "Decision", "Report", "State", "PermanentMission",
    "Person", "Post", "Ambassador", "PermanentRepresentative", "Body", "Session", "AgendaItem", "Position",
    "Stance", "Sponsorship", "SourceFile", "DocumentGraph", "QuarantineRecord",
)
PROPERTIES = (
    "symbol", "issued", "dated", "language", "title", "author", "onBehalfOf", "signatory", "addressee",
    "refersToResolution", "cites", "circulatedUnder", "atSession", "adoptedBy", "adoptedAtSession",
    "tabledBy", "mentions", "missionOf", "accreditedTo", "holdsPost", "postIn", "postTitle", "ofBody",
    "sessionNumber", "special", "year", "startDate", "endDate", "ofSession", "itemNumber", "itemTitle",
    "resolutionNumber", "takesPosition", "heldBy", "towards", "stance", "evidence", "rule", "iso3",
    "iso2", "code", "memberStatus", "reportsSponsorship", "sponsor", "resolution", "sha256",
    "sourcePath", "toolVersion", "recordOrigin", "describes", "bodyKind", "personName", "docType",
    "violation", "textLanguage", "genre", "fieldRule",
)
INDIVIDUALS = ("Rejects", "Supports", "StanceScheme")

UNHR = ClosedNamespace(f"{ONTOLOGY_IRI}#", list(CLASSES + PROPERTIES + INDIVIDUALS))
UNDO = Namespace("https://w3id.org/un/ontology/undo#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
EUCOUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")
UNDOCS = "https://undocs.org/"

PREFIXES = {
    "unhr": f"{ONTOLOGY_IRI}#", "undo": UNDO, "eli": ELI,
    "org": ORG, "prov": PROV, "dcterms": DCTERMS, "skos": SKOS, "foaf": FOAF, "owl": OWL,
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "eucountry": EUCOUNTRY,
    "id": Namespace(ID_BASE),
}


class Terms:
    """A namespace whose terms are made once and then read as plain attributes: an rdflib
    namespace makes (or looks up) its term through Python code on every ``NS.name``, which
    mapping and validating a document do hundreds of times. ``Terms(RDF).type`` is ``RDF.type``."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        setattr(self, name, term)  # found as a plain attribute from now on
        return term  # type: ignore[no-any-return]

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]  # type: ignore[index,no-any-return]


def bind_prefixes(graph: object) -> None:
    """Bind the project's prefixes on an rdflib Graph or Dataset."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, str(ns), override=True)  # type: ignore[attr-defined]


@cache
def document_classes() -> tuple[str, ...]:
    """unhr:Document and its subclasses, as the ontology declares them (local names)."""
    from rdflib import Graph
    from unhrkg.model.resources import ontology_path
    g = Graph().parse(ontology_path())
    found = {str(c) for c in g.transitive_subjects(RDFS.subClassOf, UNHR.Document)}
    return tuple(sorted(c.split("#", 1)[1] for c in found if c.startswith(str(UNHR))))
