"""One file made ready for the store: read, extract (or take the reviewed record), map,
validate and write as N-Triples. Runs in the worker processes of ``ingest`` (or in the
parent for a few files); never touches the store.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF

from unhrkg.model import iri
from unhrkg.pipeline.environment import source_date_epoch
from unhrkg.errors import InputError
from unhrkg.extract import extract
from unhrkg.map.document import MappedDocument, map_record
from unhrkg.map.reference import reference_graph
from unhrkg.model.namespaces import GRAPH_BASE, UNHR
from unhrkg.read import read_text
from unhrkg.read.files import path_text, printable, read_bytes
from unhrkg.model.record import DocumentRecord
from unhrkg.model.record_schema import MAX_RECORD_BYTES, load_yaml
from unhrkg.model.terms import ntriples
from unhrkg.validate import Validator

RECORD_SUFFIX = ".record.yaml"


@dataclass
class FileOutcome:
    path: str
    status: str  # loaded, unchanged, quarantined, failed
    message: str = ""
    graph: str | None = None


def generation_time() -> datetime:
    """Now, or $SOURCE_DATE_EPOCH for reproducible builds (InputError if it is malformed)."""
    return source_date_epoch() or datetime.now(UTC).replace(microsecond=0)


def display_path(path: Path) -> str:
    """The path relative to the working folder where possible (stable across machines), as
    text any store takes (bytes of a name that are not UTF-8 as backslash escapes)."""
    absolute = Path(os.path.abspath(path))  # not resolve(): a looping symlink must not raise here
    try:
        return path_text(absolute.relative_to(Path(os.path.abspath(Path.cwd()))).as_posix())
    except ValueError:
        return path_text(absolute.as_posix())


def load_review(path: Path) -> DocumentRecord | None:
    """The reviewed record beside a document (FILE.record.yaml), if there is one: read with
    limits (no aliases, a size and depth cap) and checked field by field before any use."""
    review = path.with_name(path.name + RECORD_SUFFIX)
    if not review.is_file():
        return None
    try:
        with review.open("rb") as handle:
            data = load_yaml(handle.read(MAX_RECORD_BYTES + 1))
    except (OSError, ValueError) as exc:
        raise InputError(f"{review}: cannot read reviewed record ({exc})") from exc
    return DocumentRecord.from_dict(data, source=str(review))


def prepare(path: Path, when: datetime, timer: Timer | None = None) -> tuple[MappedDocument, str]:
    """Read, extract (or take the reviewed record) and map one document."""

    timer = timer or Timer()
    shown = display_path(path)
    reviewed = load_review(path)
    if reviewed is not None:
        sha = hashlib.sha256(read_bytes(path) if path.is_file() else read_bytes(
            path.with_name(path.name + RECORD_SUFFIX))).hexdigest()
        timer.lap("read+extract")
        mapped = map_record(reviewed, sha, shown, when, origin="reviewed", prefixes=False)
        timer.lap("map")
        return mapped, sha
    text = read_text(path)
    record = extract(text, file=shown)
    timer.lap("read+extract")
    mapped = map_record(record, text.sha256, shown, when, prefixes=False)
    timer.lap("map")
    return mapped, text.sha256


def quarantine_graph(mapped: MappedDocument, messages: list[str]) -> Graph:
    g = Graph()
    node = iri.quarantine_graph(mapped.graph_iri)
    g.add((node, RDF.type, UNHR.QuarantineRecord))
    g.add((node, UNHR.describes, mapped.doc))
    sources = {o for s, p, o in mapped.triples if s == mapped.graph_iri and p == PROV.wasDerivedFrom}
    for s, p, o in mapped.triples:
        if s == mapped.graph_iri and p in (PROV.wasDerivedFrom, PROV.generatedAtTime):
            g.add((node, p, o))  # the source file, and when
        elif s in sources:
            g.add((s, p, o))  # the source file's description
    for m in messages:
        g.add((node, UNHR.violation, Literal(m)))
    return g


@dataclass
class Prepared:
    """One file made ready for the store by a worker: its outcome and its graph as N-Triples."""

    outcome: FileOutcome
    sha: str = ""
    doc: str = ""
    nt: str = ""  # the content of outcome.graph (the document graph, or its quarantine graph)
    entities: str = ""  # what identifies the shared entities it names, for the entities graph
    seconds: dict[str, float] = field(default_factory=dict)  # time per stage


@cache
def _validator() -> Validator:
    """The compiled validator of this process (workers build theirs once)."""
    return Validator(reference_graph())


def warm_up() -> None:
    """Build what preparing any file needs (the validator), before the first file's clock starts."""
    _validator()


def _unchanged_bytes(path: Path, previous: tuple[str, str] | None) -> bool:
    """Whether the file's bytes are those of its stored document graph (no review beside it)."""

    if previous is None or not previous[0].startswith(GRAPH_BASE + "doc/"):
        return False
    if path.with_name(path.name + RECORD_SUFFIX).exists():
        return False
    try:
        return hashlib.sha256(read_bytes(path)).hexdigest() == previous[1]
    except InputError:
        return False


def _validated(mapped: MappedDocument, shown: str, sha: str, timer: Timer) -> Prepared:
    """Validate a mapped document: its graph, or its quarantine graph with the violations."""
    result = _validator().validate(mapped.triples, source=str(mapped.graph_iri))
    timer.lap("validate")
    if result.conforms:
        outcome = FileOutcome(shown, "loaded", graph=str(mapped.graph_iri))
        nt, entities = ntriples(mapped.own()), ntriples(mapped.entities())
    else:
        messages = [f"{v.focus} {v.path or ''}: {v.message}" for v in result.violations]
        detail = "; ".join(messages[:3]) + (f" (+{len(messages) - 3} more)" if len(messages) > 3 else "")
        outcome = FileOutcome(shown, "quarantined", f"{shown}: does not conform, kept out of the graph: {detail}",
                              graph=str(iri.quarantine_graph(mapped.graph_iri)))
        nt, entities = ntriples(quarantine_graph(mapped, messages)), ""
    timer.lap("serialise")
    return Prepared(outcome, sha, str(mapped.doc), nt, entities, seconds=timer.laps)


Task = tuple[Path, str, "tuple[str, str] | None", bool, datetime]  # file, shown path, stored (graph, sha), force, time


def prepare_file(task: Task) -> Prepared:
    """Everything but the store, for one file (runs in a worker): read, extract, map, validate, write."""
    path, shown, previous, force, when = task
    timer = Timer()
    if not force and _unchanged_bytes(path, previous):
        return Prepared(FileOutcome(shown, "unchanged", graph=previous[0] if previous else None))
    try:
        mapped, sha = prepare(path, when, timer)
        if (previous and previous[1] == sha and previous[0] == str(mapped.graph_iri) and not force
                and mapped.origin == "extracted"):
            return Prepared(FileOutcome(shown, "unchanged", graph=previous[0]))
        return _validated(mapped, shown, sha, timer)
    except InputError as exc:
        return Prepared(FileOutcome(shown, "failed", printable(str(exc))))
    except (OSError, ValueError, UnicodeError) as exc:  # ValueError: a term that cannot be written too
        return Prepared(FileOutcome(shown, "failed", f"{shown}: {printable(str(exc))}"))
    except Exception as exc:  # noqa: BLE001 - a fault with one file must not cost the batch
        return Prepared(FileOutcome(shown, "failed", f"{shown}: {type(exc).__name__} while preparing it "
                                                     f"({printable(str(exc))}); the other files go on (please report this)"))


class Timer:
    """Seconds spent per stage, lap by lap."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = self.laps.get(stage, 0.0) + now - self._last
        self._last = now


