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
    ("CHOGM Communique conveys leaders' support for Cyprus\n\nThe leaders of the Commonwealth member countries reiterated "
     "their support for Security Council resolution 365 (1974).", "COMMONWEALTH", "coalition-title"),
    ("Urge Celac a Haití enfrentar la crisis\n\nMarzo 3 del 2024.-(EFE).-La Comunidad de Estados Latinoamericanos y "
     "Caribeños (Celac) urgió a todos los actores a aplicar la resolución 2699 (2023) del Consejo de Seguridad.", "CELAC",
     "coalition-subject"),
    ("Our correspondent in Kathmandu\nThe 11th SAARC summit on Sunday welcomed Security Council resolution 1373 (2001) "
     "and the work of its committee.", "SAARC", "coalition-subject"),
    ("News\n\nThe Ministerial Council of the Gulf Cooperation Council welcomed Security Council resolution 2216 (2015).",
     "GCC", "coalition-subject"),
    ("We, the Ministers of the Member States of the Zone of Peace and Cooperation of the South Atlantic, meeting in "
     "Montevideo on 15 January 2013;\n\n1. Recalling General Assembly resolution 41/11;", "ZOPACAS", "coalition-gathering"),
    ("Las Jefas y los Jefes de Estado y de Gobierno de América Latina y el Caribe, reunidos en Quito, Ecuador, en "
     "ocasión de la IV Cumbre de la Comunidad de Estados Latinoamericanos y Caribeños (CELAC):\n\nReafirman su "
     "apoyo a la resolución 70/5 de la Asamblea General.", "CELAC", "coalition-gathering"),
    ("Les Chefs d'État et de Gouvernement de la Communauté économique des États de l'Afrique centrale (CEEAC), réunis "
     "à Malabo, saluent l'adoption de la résolution 2773 (2025) du Conseil de sécurité.", "ECCAS", "coalition-subject"),
    # an organ and "of" before the name on the heading line, and the organ adopting the text
    ("Le Conseil des ministres de la Communauté économique des États de l'Afrique centrale adopte une déclaration sur le "
     "Tchad\n\nLe Conseil rappelle la résolution 2773 (2025) du Conseil de sécurité.", "ECCAS", "coalition-title"),
    ("The Ministerial Council of the Gulf Cooperation Council adopts a statement on Yemen\n\nThe Council recalled "
     "Security Council resolution 2216 (2015).", "GCC", "coalition-title"),
])
def test_a_coalition_speaking_at_the_top_of_its_declaration_is_its_author(text: str, group: str, rule: str) -> None:
    record = extract_text(text, "x.txt")
    assert (record.author_group, record.rules.get("author_group")) == (group, rule)
    assert record.author_states == [] and record.author_body is None
    assert record.positions and all(p["stance"] == "supports" for p in record.positions)


@pytest.mark.parametrize("text, body, rule", [
    ("Arab League Summit rejects the recognition of the annexation of the Golan\n\nTUNIS, The Arab leaders meeting today "
     "recalled Security Council resolution 497 (1981) and said the decision is null and void.", "LAS", "coalition-title"),
    ("Tashkent, 12 March\n\nThe Ministers of Foreign Affairs of the Member States of the Organisation of Islamic "
     "Cooperation, meeting in Tashkent, welcomed General Assembly resolution 76/254 on combating Islamophobia.", "OIC",
     "coalition-gathering"),
    # the organ after the name ("the Arab League Council", "the OIC Council of Foreign Ministers", "el Consejo de Ministros ... de la Liga")
    ("Arab ministers back Yemen talks\n\nCAIRO, March 11 -- The Arab League Council on Friday reaffirmed its support for "
     "Security Council resolution 2216 (2015) and the talks.", "LAS", "coalition-subject"),
    ("Niamey, 28 November\n\nThe OIC Council of Foreign Ministers on Saturday reaffirmed its support for General "
     "Assembly resolution 66/167 on combating intolerance, negative stereotyping and stigmatization of, and "
     "discrimination against, persons based on religion or belief.", "OIC", "coalition-subject"),
    # the meeting of the organ opening an adopted text, a preamble after it
    ("13 DECEMBER 2017\n\nThe extraordinary meeting of the Council of Foreign Ministers (CFM) of Member States in the\n"
     "Organization of Islamic Cooperation (OIC) held on 13 December 2017 in Istanbul;\n\nRecalling Security Council "
     "resolution 478 (1980);", "OIC", "coalition-gathering"),
    ("El Cairo, 3 de marzo\n\nEl Consejo de Ministros de Relaciones Exteriores de la Liga de los Estados Árabes "
     "reafirmó su apoyo a la resolución 2334 (2016) del Consejo de Seguridad.", "LAS", "coalition-subject"),
])
def test_a_body_of_states_speaking_at_the_top_is_the_author_body(text: str, body: str, rule: str) -> None:
    record = extract_text(text, "x.txt")
    assert (record.author_body, record.rules.get("author_body"), record.author_states) == (body, rule, [])
    assert record.positions


def test_a_coalitions_declaration_invokes_the_resolutions_it_cites() -> None:
    text = ("Declaration of the Pacific Islands Forum\n\nThe Leaders met in Apia. Their work on ocean governance "
            "follows General Assembly resolution 71/312 and the Convention on the Law of the Sea.")
    record = extract_text(text, "x.txt")
    assert record.author_group == "PIF"
    assert {(p["target"]["number"], p["stance"]) for p in record.positions} == {("71/312", "supports")}


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


def test_a_coalition_a_state_speaks_for_is_not_the_author() -> None:
    text = ("Droits de l'homme\n\nFodé Seck, Représentant du Sénégal, au nom du Groupe africain, a réitéré l'engagement "
            "du Groupe envers la résolution 16/18, que le Groupe africain soutient.")
    record = extract_text(text, "x.txt")
    assert record.author_body is None and record.author_group is None


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


@pytest.mark.parametrize("text", [
    # a State speaking for the coalition, however it says so
    "Mr. President,\n\nTrinidad and Tobago has the honour to speak on behalf of the 15 Member States of the Caribbean "
    "Community (CARICOM). CARICOM welcomes the adoption of resolution 2699 (2023).",
    "Monsieur le Président,\n\nLe Sénégal a l'honneur de prendre la parole au nom des États membres de la CEDEAO. La "
    "CEDEAO salue l'adoption de la résolution 2085 (2012).",
    "Mr. Chair,\n\nAzerbaijan, in its capacity as Chair of the Non-Aligned Movement, welcomes resolution 75/4. The "
    "Non-Aligned Movement welcomes the convening of the special session.",
    # a coalition that is a later sentence's subject, or a "that" clause's
    "Press release\n\nFinland welcomes the adoption of Security Council resolution 2334 (2016). The European Union has "
    "repeatedly called for an end to settlement activity.",
    "Press release\n\nJamaica recalls that CARICOM has consistently supported resolution 2699 (2023) and will continue to do so.",
    # a heading that names the coalition as its topic
    "Communiqué of the Ministry of Foreign Affairs on the Declaration of the Lima Group\n\nThe Ministry of Foreign Affairs "
    "rejects the so-called declaration of the Lima Group, which once again invokes Human Rights Council resolution 39/1 "
    "to justify interference.",
    "Statement by the Prime Minister on the 50th Anniversary of CARICOM\n\nToday we celebrate fifty years of integration. "
    "Jamaica remains committed to resolution 2699 (2023) and to the people of Haiti.",
    # a heading that is only a label over a State's text
    "CELAC Summit\n\nThe Government of Barbados welcomed today the adoption of General Assembly resolution 78/7 on the "
    "embargo against Cuba.",
    "Mercosur\n\nArgentina reafirma sus legítimos derechos sobre las Islas Malvinas y recuerda la resolución 2065 (XX) de "
    "la Asamblea General.",
    # heads that met, told of, not heads that declare
    "Leaders of CARICOM met in Georgetown this week. The Government of Jamaica welcomes Security Council resolution 2699 "
    "(2023) and pledges personnel.",
    "Press release\n\nMinisters of Foreign Affairs of ALBA-TCP will meet in Caracas next week. The Government of Nicaragua "
    "rejects resolution 49/3 of the Human Rights Council as interventionist.",
    "Nota de prensa\n\nLos cancilleres del Mercosur se reunieron en Montevideo. El canciller argentino reafirmó los derechos "
    "de Argentina y recordó la resolución 2065 (XX).",
    "Press release\n\nLeaders of the G20 met in Rio de Janeiro on 18 November. President Lula welcomed their support for "
    "resolution 78/1.",
])
def test_a_coalition_the_text_speaks_for_or_of_without_speaking_itself_is_not_its_author(text: str) -> None:
    record = extract_text(text, "x.txt")
    assert record.author_group is None and not str(record.rules.get("author_body", "")).startswith("coalition-")
