"""What a record says, as triples: its authors and addressee, its signatories and their posts, the
session and agenda items it is circulated under, the resolutions and documents it refers to,
the positions it takes and the sponsorships it reports."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from unhrkg.map.nodes import PROV, RDF, RDFS, UNHR, Triples, add, literal, resolution_node, session_node
from unhrkg.model import iri
from unhrkg.model.record import STANCES, DocumentRecord
from unhrkg.model.reference import Reference

STANCE_TERMS = {stance: UNHR[stance.capitalize()] for stance in STANCES}  # rejects -> unhr:Rejects


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
    return literal(str(sentence), lang=lang) if lang and lang != "en" else literal(str(sentence))


def people(g: Graph | Triples, doc: URIRef, record: DocumentRecord, ref: Reference) -> None:
    for sig in record.signatories:
        code = _signatory_state(sig, record.author_states, ref)
        person = iri.person(str(sig["name"]), code)
        g.add((person, RDF.type, UNHR.Person))
        g.add((person, UNHR.personName, literal(str(sig["name"]))))
        g.add((person, RDFS.label, literal(str(sig["name"]))))
        g.add((doc, UNHR.signatory, person))
        for title in sig.get("titles") or []:
            post = iri.post(person, str(title))
            g.add((post, RDF.type, UNHR.Post))
            if str(title).startswith("Ambassador"):
                g.add((post, RDF.type, UNHR.Ambassador))
            if "Permanent Representative" in str(title) or "Permanent Observer" in str(title):
                g.add((post, RDF.type, UNHR.PermanentRepresentative))
            g.add((post, UNHR.postTitle, literal(str(title))))
            g.add((post, RDFS.label, literal(str(title))))
            g.add((person, UNHR.holdsPost, post))
            if code:
                in_mission = code in record.author_states and record.accredited_to
                g.add((post, UNHR.postIn, iri.mission(code, record.accredited_to) if in_mission else iri.state(code)))


def authors(g: Graph | Triples, doc: URIRef, record: DocumentRecord, ref: Reference) -> None:
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
        g.add((mission, RDFS.label, literal(f"Permanent Mission of {name} to the {office}")))
        g.add((mission, UNHR.accreditedTo, iri.body(record.accredited_to)))
    if record.author_body and not record.author_states:
        g.add((doc, UNHR.author, iri.body(record.author_body)))
    elif record.author_group and not record.author_states:  # a coalition's declaration (CELAC, the GCC)
        g.add((doc, UNHR.author, iri.body(record.author_group)))
    if record.addressee:
        g.add((doc, UNHR.addressee, iri.agent(record.addressee)))


def procedure(g: Graph | Triples, doc: URIRef, record: DocumentRecord) -> None:
    session = None
    if record.session:
        session = session_node(g, str(record.session["body"]), record.session["number"])
        g.add((doc, UNHR.atSession, session))
    for item in record.agenda_items:
        node = iri.agenda_item(session, item) if session is not None else URIRef(f"{doc}#item-{iri.slug(item)}")
        g.add((node, RDF.type, UNHR.AgendaItem))
        g.add((node, UNHR.itemNumber, literal(item)))
        g.add((node, RDFS.label, literal(f"Agenda item {item}")))
        if session is not None:
            g.add((node, UNHR.ofSession, session))
        g.add((doc, UNHR.circulatedUnder, node))


def references(g: Graph | Triples, doc: URIRef, record: DocumentRecord, ref: Reference) -> None:
    for r in record.resolutions:
        g.add((doc, UNHR.refersToResolution, resolution_node(g, ref, r["body"], r["number"])))
    for symbol in record.documents_cited:
        cited = iri.cited_document(symbol)
        g.add((cited, RDF.type, UNHR.Document))
        g.add((cited, UNHR.symbol, literal(symbol)))
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
        g.add((node, UNHR.stance, STANCE_TERMS[p["stance"]]))
        add(g, node, UNHR.evidence, _evidence(p.get("evidence"), record))
        add(g, node, UNHR.rule, literal(p["rule"]) if p.get("rule") else None)
        add(g, node, PROV.wasDerivedFrom, doc)
        for code in record.author_states or [record.author_body or record.author_group]:  # a State's, a body's (the EU's), a coalition's
            g.add((node, UNHR.heldBy, iri.agent(str(code))))
        g.add((doc, UNHR.takesPosition, node))
    for s in record.sponsors:
        r = s["resolution"]
        res = resolution_node(g, ref, r["body"], r["number"])
        node = iri.sponsorship(doc, r["body"], r["number"], s["sponsor"])
        g.add((node, RDF.type, UNHR.Sponsorship))
        g.add((node, UNHR.resolution, res))
        g.add((node, UNHR.sponsor, iri.agent(s["sponsor"])))
        add(g, node, UNHR.evidence, _evidence(s.get("evidence"), record))
        add(g, node, UNHR.rule, literal(s["rule"]) if s.get("rule") else None)
        g.add((res, UNHR.tabledBy, iri.agent(s["sponsor"])))
        g.add((doc, UNHR.reportsSponsorship, node))
