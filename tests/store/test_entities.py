"""The entities graph: what identifies a resolution, session, mission, person or cited document
is stored once however many documents name it, so joins through it do not multiply; replacing
a document takes out the entities no other document names."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from helpers import seed_letters
from unhrkg.pipeline.build import validate_store
from unhrkg.pipeline.ingest import ingest
from unhrkg.model.iri import ENTITIES_GRAPH
from unhrkg.map.document import CLAIMS
from unhrkg.model.namespaces import UNHR
from unhrkg.store import Store, ntriples

ID = "https://w3id.org/unhrkg/id/"
RES = f"{ID}resolution/CHR/2004/13"


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def quads(store: Store, subject: str, predicate: str) -> list[ox.Quad]:
    return list(store.db.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None, None))


def test_what_identifies_an_entity_is_stored_once_however_many_documents_name_it(workdir: Path) -> None:
    store = Store(workdir / "db")
    report = ingest(store, seed_letters(workdir / "corpus", 12))
    assert report.count("loaded") == 12
    numbers = quads(store, RES, str(UNHR.resolutionNumber))
    assert [(q.object.value, q.graph_name.value) for q in numbers] == [("2004/13", str(ENTITIES_GRAPH))]
    seen = Counter((q.subject, q.predicate, q.object) for q in store.quads())
    repeated = {p.value for (_, p, _), n in seen.items() if n > 1}
    assert repeated <= {str(c) for c in CLAIMS}, f"stored in more than one graph: {repeated - {str(c) for c in CLAIMS}}"


def test_a_join_through_a_shared_entity_gives_one_row_per_answer(workdir: Path) -> None:
    store = Store(workdir / "db")
    ingest(store, seed_letters(workdir / "corpus", 12))
    q = f"""SELECT ?number ?body WHERE {{ ?r a <{UNHR.Resolution}> ; <{UNHR.resolutionNumber}> ?number ;
              <{UNHR.adoptedBy}> ?body }}"""
    rows = [(r["number"].value, r["body"].value) for r in store.db.query(q, use_default_graph_as_union=True)]
    assert rows == [("2004/13", f"{ID}body/CHR")]


def test_replacing_a_document_takes_out_the_entities_only_it_named(workdir: Path) -> None:
    store = Store(workdir / "db")
    first, second = seed_letters(workdir / "corpus", 2)
    ingest(store, [first, second])
    second.write_text(second.read_text(encoding="utf-8").replace("2004/13", "2003/10"), encoding="utf-8")
    assert ingest(store, [first, second]).count("loaded") == 1
    assert quads(store, f"{ID}resolution/CHR/2003/10", str(UNHR.resolutionNumber))
    assert quads(store, RES, str(UNHR.resolutionNumber)), "the first letter still names 2004/13"
    first.write_text(first.read_text(encoding="utf-8").replace("2004/13", "2003/10"), encoding="utf-8")
    ingest(store, [first, second])
    assert not list(store.db.quads_for_pattern(ox.NamedNode(RES), None, None, None)), "no document names 2004/13"
    assert validate_store(store).conforms


def test_an_entity_left_is_kept_with_the_session_it_names(tmp_path: Path) -> None:
    """Store level: a resolution no graph names goes, and then its session unless a graph names it."""
    res, session, other = f"{ID}resolution/HRC/99/1", f"{ID}session/HRC/99", f"{ID}session/HRC/98"
    entities = (f"<{res}> <{UNHR.adoptedAtSession}> <{session}> .\n<{session}> <{UNHR.sessionNumber}> \"99\" .\n"
                f"<{other}> <{UNHR.sessionNumber}> \"98\" .\n")
    a, b = "https://w3id.org/unhrkg/graph/doc/a", "https://w3id.org/unhrkg/graph/doc/b"
    store = Store(tmp_path / "db")
    store.write_batch({a: f"<{a}> <{UNHR.refersToResolution}> <{res}> .\n",
                       b: f"<{b}> <{UNHR.atSession}> <{other}> .\n"}, {}, entities=entities)
    assert len(list(store.db.quads_for_pattern(None, None, None, ox.NamedNode(str(ENTITIES_GRAPH))))) == 3
    store.write_batch({}, {a: f"<{a}> <{UNHR.atSession}> <{session}> .\n"})
    left = {(q.subject.value, q.predicate.value) for q in store.db.quads_for_pattern(
        None, None, None, ox.NamedNode(str(ENTITIES_GRAPH)))}
    assert left == {(session, str(UNHR.sessionNumber)), (other, str(UNHR.sessionNumber))}
    store.write_batch({}, {a: f"<{a}> <{UNHR.refersToResolution}> <{res}> .\n"}, entities=entities)
    store.write_batch({}, {a: f"<{a}> <{UNHR.docType}> \"letter\" .\n"})
    left = {q.subject.value for q in store.db.quads_for_pattern(None, None, None, ox.NamedNode(str(ENTITIES_GRAPH)))}
    assert left == {other}, "HRC 99/1 and then its session HRC 99 are named by no graph now; HRC 98 still is"


def test_a_store_written_before_the_entities_graph_is_rewritten_on_the_next_ingest(workdir: Path) -> None:
    (letter,) = seed_letters(workdir / "corpus", 1)
    store = Store(workdir / "db")
    ingest(store, [letter])
    (graph,) = store.document_graphs()
    whole = store.document(graph)  # the document graph as earlier versions wrote it: entities inside
    store.write_batch({}, {str(graph): ntriples(whole)}, drop=[str(ENTITIES_GRAPH)])
    assert not store.entities_current()
    report = ingest(store, [letter])
    assert report.count("loaded") == 1, "the unchanged file is read again to move its entities out"
    assert store.entities_current()
    assert [q.graph_name.value for q in quads(store, RES, str(UNHR.resolutionNumber))] == [str(ENTITIES_GRAPH)]
    assert ingest(store, [letter]).count("unchanged") == 1
