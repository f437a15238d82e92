"""RDF terms as text: a literal is written the same way for the store (N-Triples) and for a query
(SPARQL), with one table of escapes, and both read back as the value it was."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal

from unhrkg.model.terms import nt_term, sparql_term

TRICKY = 'a "quoted" back\\slash, a tab\there, a line\nbreak, a return\r, a backspace\b and a form feed\f'


@pytest.mark.parametrize("language", [None, "fr"])
def test_a_literal_is_written_the_same_for_the_store_and_for_a_query(language: str | None) -> None:
    written = nt_term(Literal(TRICKY, lang=language))
    assert written == sparql_term(ox.Literal(TRICKY, language=language))
    assert not set(written) & set("\t\n\r\b\f")  # every control character escaped, in both


def test_both_read_back_as_the_value() -> None:
    store = ox.Store()
    store.load(f"<http://example.org/s> <http://example.org/p> {nt_term(Literal(TRICKY))} .\n",
               format=ox.RdfFormat.N_TRIPLES)
    assert [q.object.value for q in store] == [TRICKY]
    query = f"SELECT ?s WHERE {{ VALUES ?o {{ {sparql_term(ox.Literal(TRICKY))} }} ?s ?p ?o }}"
    assert [row["s"].value for row in store.query(query)] == ["http://example.org/s"]
