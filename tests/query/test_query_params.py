"""Parameter values are checked against the reference tables; a miss is one line with suggestions."""
from __future__ import annotations

import pytest

from unhrkg.errors import QueryError
from unhrkg.query import load, term_for


ID = "https://w3id.org/unhrkg/id/"


def param(query: str, name: str):  # type: ignore[no-untyped-def]
    return next(p for p in load(query).params if p.name == name)


@pytest.mark.parametrize("value, iso3", [("PRK", "PRK"), ("prk", "PRK"), ("DPRK", "PRK"), ("North Korea", "PRK"),
                                         ("Democratic People's Republic of Korea", "PRK")])
def test_a_state_by_code_or_name(value: str, iso3: str) -> None:
    assert term_for(param("rejected-resolutions", "state"), value).value.endswith(f"/state/{iso3}")


@pytest.mark.parametrize("query, name, value, message", [
    ("rejected-resolutions", "state", "XYZ", "names no State"),
    ("positions", "stance", "rejected", "did you mean rejects"),
    ("session-resolutions", "session", "CHR 99", "not in the session tables"),
    ("session-resolutions", "session", "CHR sixty", "give the number as 61"),
    ("resolution-sponsors", "resolution", "Commission resolution 2004/13", "adopts resolutions"),
    ("resolution-sponsors", "resolution", "CHR resolution-13", "give the number as printed"),
])
def test_values_that_name_nothing_are_refused(query: str, name: str, value: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        term_for(param(query, name), value)


def test_an_ordinal_session_number_is_read() -> None:
    assert term_for(param("session-resolutions", "session"), "CHR 61st").value.endswith("/session/CHR/61")


def test_a_sponsor_may_be_a_state_or_a_body() -> None:
    p = param("rejections-of-resolutions-tabled-by", "sponsor")
    assert term_for(p, "USA").value.endswith("/state/USA")
    assert term_for(p, "European Union").value.endswith("/body/EU")


def test_a_misspelt_query_name_gets_suggestions() -> None:
    with pytest.raises(QueryError, match="did you mean rejected-resolutions"):
        load("rejected-resolution")


def test_a_user_query_may_leave_its_parameter_out_of_the_projection(corpus_store) -> None:  # type: ignore[no-untyped-def]
    """Parameters are bound by a VALUES block (as on a remote endpoint), which needs no projection
    (a substitution did, and refused such a query)."""
    from unhrkg.query import parse_query, run
    query = parse_query("my", "# My question\n# param: state state The State\n"
                              "SELECT ?x WHERE { ?x unhr:onBehalfOf ?state }\n")
    got = {r["x"] for r in run(corpus_store.db, query, {"state": "PRK"}).rows}
    assert got == {ID + "doc/E/CN.4/2005/G/13", ID + "doc/sha256-028c342199dc86f57484"}

def test_a_date_parameter_that_is_no_day_is_refused() -> None:
    """Regression: '2004-13-45' was bound as it stood and silently matched nothing."""
    from unhrkg.query import Param
    since = Param("since", "date", False, "The earliest date")
    with pytest.raises(QueryError, match="since"):
        term_for(since, "2004-13-45")
    assert term_for(since, "2004-02-01").value == "2004-02-01"


def test_a_session_is_checked_for_every_body_the_session_tables_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which bodies' sessions are checked comes from the session tables: a table for the
    Sub-Commission's sessions would make a session it lacks refused, as CHR 99 is."""
    from dataclasses import replace

    from unhrkg.model.reference import Session, load_reference
    from unhrkg.query import params

    ref = load_reference()
    subcom = Session("SUBCOM", 57, False, 2005)
    monkeypatch.setattr(params, "load_reference", lambda: replace(ref, sessions={**ref.sessions, ("SUBCOM", "57"): subcom}))
    session = param("session-resolutions", "session")
    assert term_for(session, "SUBCOM 57").value.endswith("/session/SUBCOM/57")
    with pytest.raises(QueryError, match="SUBCOM 58 is not in the session tables"):
        term_for(session, "SUBCOM 58")
    monkeypatch.undo()
    assert term_for(session, "SUBCOM 58").value.endswith("/session/SUBCOM/58")  # no SUBCOM table: any number
