"""Declarations of coalitions of States that have no body code (coalitions.csv: CELAC, the GCC,
CARICOM, ECOWAS, ...): the coalition is the author, its stances are positions, and the graph says
the coalition holds them."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from rdflib import Literal

from unhrkg.errors import InputError
from unhrkg.extract import extract_text
from unhrkg.map.document import map_record
from unhrkg.map.reference import reference_graph
from unhrkg.model import iri
from unhrkg.model.namespaces import UNHR
from unhrkg.model.record import DocumentRecord
from unhrkg.model.reference import coalitions, load_reference

WHEN = datetime(2026, 1, 1, tzinfo=timezone.utc)


def positions(text: str) -> set[tuple[str, str]]:
    return {(p["target"]["number"], p["stance"]) for p in extract_text(text, "x.txt").positions}


def test_the_table_names_no_body_or_state_code_and_no_name_twice() -> None:
    ref = load_reference()
    assert {"CELAC", "GCC", "CARICOM", "ECOWAS", "PIF"} <= set(coalitions())
    assert not set(coalitions()) & (set(ref.bodies) | set(ref.states))
    owner: dict[str, str] = {}
    for c in coalitions().values():
        for n in c.names:
            assert owner.setdefault(n.lower(), c.code) == c.code, n
    names = list(owner)
    known = {n.lower() for b in ref.bodies.values() for n in b.names} | {n.lower() for s in ref.states.values() for n in s.names}
    assert not set(names) & known


@pytest.mark.parametrize("text, group, rule", [
    ("ECOWAS Statement on Mali\n\n20 December 2012\n\nAbuja - Nigeria. The Commission warmly welcomes the adoption "
     "of resolution 2085 (2012) by the Security Council.", "ECOWAS", "coalition-title"),
    ("CARICOM Heads of Government Statement on the Situation in Haiti\n\nThe Heads of Government met in Georgetown "
     "and welcomed Security Council resolution 2699 (2023).", "CARICOM", "coalition-title"),
    ("Declaración de los Estados Miembros del OPANAL\n\nLos Estados Miembros reafirman su compromiso con la "
     "resolución 68/32 de la Asamblea General.", "OPANAL", "coalition-title"),
    ("Haiti: a new mandate\n\nThe Caribbean Community (CARICOM) welcomes the adoption of UN Security Council Resolution "
     "2793, which turns the mission into a Gang Suppression Force with a more robust mandate. This gives new hope for an "
     "end to the violence and for the restoration of public safety.", "CARICOM", "coalition-subject"),
    ("News\n\nThe Ministerial Council of the Gulf Cooperation Council welcomed Security Council resolution 2216 (2015).",
     "GCC", "coalition-subject"),
    ("We, the Ministers of the Member States of the Zone of Peace and Cooperation of the South Atlantic, meeting in "
     "Montevideo on 15 January 2013;\n\n1. Recalling General Assembly resolution 41/11;", "ZOPACAS", "coalition-gathering"),
    ("Las Jefas y los Jefes de Estado y de Gobierno de América Latina y el Caribe, reunidos en Quito, Ecuador, en "
     "ocasión de la IV Cumbre de la Comunidad de Estados Latinoamericanos y Caribeños (CELAC):\n\nReafirman su "
     "apoyo a la resolución 70/5 de la Asamblea General.", "CELAC", "coalition-gathering"),
    ("Les Chefs d'État et de Gouvernement de la Communauté économique des États de l'Afrique centrale (CEEAC), réunis "
     "à Malabo, saluent l'adoption de la résolution 2773 (2025) du Conseil de sécurité.", "ECCAS", "coalition-subject"),
])
def test_a_coalition_speaking_at_the_top_of_its_declaration_is_its_author(text: str, group: str, rule: str) -> None:
    record = extract_text(text, "x.txt")
    assert (record.author_group, record.rules.get("author_group")) == (group, rule)
    assert record.author_states == [] and record.author_body is None
    assert record.positions and all(p["stance"] == "supports" for p in record.positions)


@pytest.mark.parametrize("text, states", [
    # a State speaking for the coalition is the author
    ("Statement by Jamaica on behalf of the Group of 77 and China\n\nThe Group of 77 and China welcomes the adoption "
     "of resolution 69/16.", ["JAM"]),
    ("Statement on behalf of the Group of 77 and China by H.E. Ambassador Sacha Llorentty, Permanent Representative of "
     "the Plurinational State of Bolivia to the United Nations\n\nMr. President, the Group welcomes resolution 68/237.", ["BOL"]),
    # a State's own statement about a coalition's declaration
    ("The Government of Peru welcomes the CELAC declaration on resolution 70/5 and reaffirms its support.", ["PER"]),
    # the heads named are States': theirs, not the coalition's
    ("Los Jefes de Estado de Argentina y Brasil, reunidos en la Cumbre del Mercosur, apoyan la resolución 2065 (XX).",
     ["ARG", "BRA"]),
])
def test_a_coalition_spoken_for_or_of_is_not_the_author(text: str, states: list[str]) -> None:
    record = extract_text(text, "x.txt")
    assert record.author_group is None
    assert record.author_states == states


def test_a_heading_naming_a_coalition_with_another_party_is_not_its_own() -> None:
    record = extract_text("Joint Communiqué of Mexico and CARICOM\n\nBoth welcome resolution 2699 (2023).", "x.txt")
    assert record.author_group is None
    record = extract_text("CELAC-EU Summit Declaration\n\nThe leaders welcome resolution 70/1.", "x.txt")
    assert record.author_group is None


def test_a_coalition_named_as_a_topic_lower_down_is_not_the_author() -> None:
    text = ("Press release\n\nThe Ministry of Foreign Affairs of Chile informs that the Minister travelled to Brussels. "
            "In the afternoon she met the Secretary-General of the Caribbean Community to discuss resolution 2699 (2023).")
    assert extract_text(text, "x.txt").author_group is None


def test_a_record_with_a_coalition_author_is_checked_and_maps_to_its_holder() -> None:
    from unhrkg.validate import Validator

    record = DocumentRecord(file="x.txt", author_group="CELAC", positions=[
        {"target": {"body": "GA", "number": "70/5"}, "stance": "supports", "evidence": "They support resolution 70/5 of the Assembly."}],
        resolutions=[{"body": "GA", "number": "70/5"}])
    mapped = map_record(record, "c" * 64, "x.txt", WHEN)
    held = {o for _, p, o in mapped.triples if p == UNHR.heldBy}
    assert held == {iri.body("CELAC")}
    assert any(p == UNHR.author and o == iri.body("CELAC") for _, p, o in mapped.triples)
    ref = reference_graph()
    assert (iri.body("CELAC"), UNHR.code, Literal("CELAC")) in ref
    report = Validator(ref).validate(mapped.triples, source="x.txt")
    assert report.conforms, report


@pytest.mark.parametrize("data, message", [
    ({"file": "x.txt", "author_group": "ATLANTIS"}, "not a coalition"),
    ({"file": "x.txt", "author_group": "CELAC", "author_states": ["CUB"]}, "no author State or body beside it"),
])
def test_a_reviewed_record_with_a_wrong_coalition_is_refused_in_one_line(data: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        DocumentRecord.from_dict(data, "x.record.yaml")


def test_the_public_record_keeps_the_schema_fields_and_the_review_form_the_coalition() -> None:
    record = extract_text("The Caribbean Community (CARICOM) welcomes Security Council resolution 2793 (2025).", "x.txt")
    assert "author_group" not in record.to_dict()
    assert record.to_dict(review=True)["author_group"] == "CARICOM"


def test_a_coalitions_declaration_read_into_a_store_answers_whose_positions_they_are(tmp_path) -> None:
    from unhrkg import query as Q
    from unhrkg.pipeline.ingest import ingest
    from unhrkg.store import Store

    source = tmp_path / "caricom.txt"
    source.write_text("Haiti: a new mandate\n\nThe Caribbean Community (CARICOM) rejects Security Council resolution "
                      "2793 (2025) as an unacceptable imposition on the people of Haiti, who were never consulted on it.\n",
                      encoding="utf-8")
    store = Store(tmp_path / "db")
    report = ingest(store, [source])
    assert [o.status for o in report.outcomes] == ["loaded"], report.summary()
    rows = Q.run(store.db, Q.load("positions"), {}).rows
    assert [(str(r["state"]), str(r["stance"])) for r in rows] == [("Caribbean Community", "rejects")]
    rejected = Q.run(store.db, Q.load("rejected-resolutions"), {"state": "CARICOM"}).rows
    assert [str(r["number"]) for r in rejected] == ["2793 (2025)"]
