"""Ingest: files -> read -> extract (or a reviewed record) -> map -> validate -> store.

Each document is its own unit of work: a bad file gets one message and the batch goes
on; a document whose graph does not conform is quarantined (its source and violations
go to a quarantine graph, its facts do not enter the graph, and any earlier good version
stays); an unchanged file is skipped.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import yaml
from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF

from unhrkg import __version__, iri
from unhrkg.errors import InputError
from unhrkg.extract import extract
from unhrkg.mapping import MappedDocument, map_record, reference_graph
from unhrkg.namespaces import UNHR
from unhrkg.read import SUFFIXES, read_text
from unhrkg.record import DocumentRecord
from unhrkg.resources import ontology_path
from unhrkg.store import Store
from unhrkg.validate import validate_graph

RECORD_SUFFIX = ".record.yaml"
Progress = Callable[[int, int, str], None]


@dataclass
class FileOutcome:
    path: str
    status: str  # loaded, unchanged, quarantined, failed
    message: str = ""
    graph: str | None = None


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def ok(self) -> bool:
        return not any(o.status in ("failed", "quarantined") for o in self.outcomes)

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s}" for s in ("loaded", "unchanged", "quarantined", "failed")]
        return f"{len(self.outcomes)} file(s): " + ", ".join(parts)


def generation_time() -> datetime:
    """Now, or $SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Document files under the given files and folders (sorted), and problems finding them."""
    found: dict[Path, None] = {}
    problems = []
    for raw in paths:
        p = Path(raw)
        if p.name.endswith(RECORD_SUFFIX):
            p = p.with_name(p.name[: -len(RECORD_SUFFIX)])
        if p.is_dir():
            def unreadable(exc: OSError) -> None:
                problems.append(FileOutcome(str(exc.filename), "failed", f"{exc.filename}: cannot list folder ({exc.strerror})"))
            for dirpath, _dirs, files in os.walk(p, onerror=unreadable, followlinks=False):
                for name in sorted(files):
                    child = Path(dirpath) / name
                    if child.suffix.lower() in SUFFIXES and not name.startswith("."):
                        found.setdefault(child, None)
        elif p.is_file() or p.with_name(p.name + RECORD_SUFFIX).is_file():
            found.setdefault(p, None)
        elif p.is_symlink():
            problems.append(FileOutcome(str(raw), "failed", f"{raw}: broken or looping symbolic link"))
        else:
            problems.append(FileOutcome(str(raw), "failed", f"{raw}: no such file or folder"))
    return sorted(found), problems


def display_path(path: Path) -> str:
    """The path relative to the working folder where possible (stable across machines)."""
    absolute = Path(os.path.abspath(path))  # not resolve(): a looping symlink must not raise here
    try:
        return absolute.relative_to(Path(os.path.abspath(Path.cwd()))).as_posix()
    except ValueError:
        return absolute.as_posix()


def load_review(path: Path) -> DocumentRecord | None:
    """The reviewed record beside a document (FILE.record.yaml), if there is one."""
    review = path.with_name(path.name + RECORD_SUFFIX)
    if not review.is_file():
        return None
    try:
        data = yaml.safe_load(review.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, ValueError) as exc:  # ValueError: YAML dates such as 2005-02-31
        raise InputError(f"{review}: cannot read reviewed record ({exc})") from exc
    return DocumentRecord.from_dict(data, source=str(review))


def prepare(path: Path, when: datetime) -> tuple[MappedDocument, str]:
    """Read, extract (or take the reviewed record) and map one document."""
    import hashlib

    shown = display_path(path)
    reviewed = load_review(path)
    if reviewed is not None:
        sha = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else hashlib.sha256(
            path.with_name(path.name + RECORD_SUFFIX).read_bytes()).hexdigest()
        return map_record(reviewed, sha, shown, when, origin="reviewed"), sha
    text = read_text(path)
    return map_record(extract(text, file=shown), text.sha256, shown, when), text.sha256


def quarantine_graph(mapped: MappedDocument, messages: list[str]) -> Graph:
    g = Graph()
    node = iri.quarantine_graph(mapped.doc)
    g.add((node, RDF.type, UNHR.QuarantineRecord))
    g.add((node, UNHR.describes, mapped.doc))
    for src in mapped.graph.objects(mapped.graph_iri, PROV.wasDerivedFrom):
        g.add((node, PROV.wasDerivedFrom, src))
        for triple in mapped.graph.triples((src, None, None)):
            g.add(triple)
    for time in mapped.graph.objects(mapped.graph_iri, PROV.generatedAtTime):
        g.add((node, PROV.generatedAtTime, time))
    for m in messages:
        g.add((node, UNHR.violation, Literal(m)))
    return g


class Ingester:
    """Loads documents into a store, one atomic named graph each."""

    def __init__(self, store: Store, force: bool = False):
        self.store = store
        self.force = force
        self.reference = reference_graph()
        self.store.load_static(iri.ONTOLOGY_GRAPH, Graph().parse(ontology_path(), format="turtle"))
        self.store.load_static(iri.REFERENCE_GRAPH, self.reference)
        self.known = store.sources()

    def ingest_one(self, path: Path, when: datetime) -> FileOutcome:
        shown = display_path(path)
        try:
            mapped, sha = prepare(path, when)
        except InputError as exc:
            return FileOutcome(shown, "failed", str(exc))
        except (OSError, ValueError, UnicodeError) as exc:
            return FileOutcome(shown, "failed", f"{shown}: {exc}")
        previous = self.known.get(shown)
        origin = str(mapped.graph.value(mapped.graph_iri, UNHR.recordOrigin))
        if previous and previous[1] == sha and previous[0] == mapped.graph_iri and not self.force and origin == "extracted":
            return FileOutcome(shown, "unchanged", graph=str(mapped.graph_iri))
        result = validate_graph(mapped.graph, self.reference, source=str(mapped.graph_iri))
        if not result.conforms:
            messages = [f"{v.focus} {v.path or ''}: {v.message}" for v in result.violations]
            self.store.replace_graph(iri.quarantine_graph(mapped.doc), quarantine_graph(mapped, messages))
            detail = "; ".join(messages[:3]) + (f" (+{len(messages) - 3} more)" if len(messages) > 3 else "")
            return FileOutcome(shown, "quarantined", f"{shown}: does not conform, kept out of the graph: {detail}",
                               graph=str(iri.quarantine_graph(mapped.doc)))
        self.store.replace_graph(mapped.graph_iri, mapped.graph)
        self.store.remove_graph(iri.quarantine_graph(mapped.doc))
        if previous and previous[0] != mapped.graph_iri:  # the file now yields another document IRI
            self.store.remove_graph(previous[0])
        self.known[shown] = (mapped.graph_iri, sha)
        return FileOutcome(shown, "loaded", graph=str(mapped.graph_iri))

    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None) -> IngestReport:
        files, problems = collect(paths)
        report = IngestReport(list(problems))
        when = generation_time()
        for i, path in enumerate(files, 1):
            report.outcomes.append(self.ingest_one(path, when))
            if progress:
                progress(i, len(files), str(path))
        self.store.flush()
        return report


def ingest(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
           force: bool = False) -> IngestReport:
    """Ingest files and folders into the store; see ``Ingester``."""
    return Ingester(store, force=force).ingest(paths, progress)


