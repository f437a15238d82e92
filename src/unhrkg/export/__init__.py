"""Export the store: Turtle / N-Triples / JSON-LD (all graphs merged) or TriG / N-Quads (kept).

The format comes from the file extension. Merged formats hold ontology, reference and
document triples once each (the union, without repeats); dataset formats keep one named
graph per document. Files are written to a hidden temporary name (``.NAME.PID.part``) and
renamed, so a failed export never leaves half a file behind; a part left by an export that
was killed (its process gone) is removed by the next export into that folder.

Turtle and TriG use the vocabulary prefixes (``unhr:``, ``rdfs:`` ...) and ``state:`` and
``body:`` for States and bodies, but not ``id:``: most instance IRIs have slashes after it
(``id/session/HRC/S-2``), which a prefixed name can only carry escaped (``id:session\\/HRC``),
so they are written whole in ``<>``. JSON-LD has no such limit and is compacted with the full
prefix table (``unhrkg.export.jsonld``).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pyoxigraph as ox

from unhrkg.export import jsonld
from unhrkg.errors import UnhrkgError
from unhrkg.model.namespaces import ID_BASE, PREFIXES
from unhrkg.store import Store, vanished

FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD,
           ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS}
DATASETS = (".trig", ".nq")
#: prefixes whose local names never need an escape in Turtle: no '/' after them
TURTLE_PREFIXES = {**{k: str(v) for k, v in PREFIXES.items() if k != "id"},
                   "state": f"{ID_BASE}state/", "body": f"{ID_BASE}body/"}
_PART = re.compile(r"\A\.(?P<name>.+?)(?:\.(?P<pid>\d+))?\.part\Z")


def _default_graph_empty(store: Store) -> bool:
    """Whether every triple is in a named graph (as ingest writes them): then a dump is the dataset."""
    return next(iter(store.db.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None


def export(store: Store, out: str | Path) -> Path:
    """Write the store to out in the format its extension names; returns the path."""
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UnhrkgError(f"{path}: unknown export format {suffix or '(none)'} (use {', '.join(FORMATS)})")
    fmt = FORMATS[suffix]
    prefixes = TURTLE_PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_parts(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        if suffix in DATASETS and _default_graph_empty(store):
            store.db.dump(str(tmp), format=fmt, prefixes=prefixes)  # streamed by the engine, no Python per quad
        elif suffix in DATASETS:
            quads = (q for q in store.quads() if isinstance(q.graph_name, ox.NamedNode))
            ox.serialize(quads, str(tmp), format=fmt, prefixes=prefixes)
        else:
            triples = store.db.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
            if suffix == ".jsonld":
                with tmp.open("w", encoding="utf-8") as fh:
                    jsonld.write(triples, fh)  # type: ignore[arg-type]
            else:
                ox.serialize(triples, str(tmp), format=fmt, prefixes=prefixes)
        os.replace(tmp, path)
    except OSError as exc:
        if vanished(exc):
            raise  # a file of the store went while it was read: the caller reads again
        raise UnhrkgError(f"{path}: cannot write ({exc})") from exc
    finally:
        tmp.unlink(missing_ok=True)  # after an error (or an interrupt); renamed away otherwise
    return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def remove_dead_parts(folder: Path) -> list[Path]:
    """Remove the ``.NAME.PID.part`` files of exports whose process is gone (killed mid-way),
    and the ``.NAME.part`` files earlier versions named them."""
    removed = []
    for part in folder.glob(".*.part"):
        match = _PART.match(part.name)
        if not match or Path(match["name"]).suffix.lower() not in FORMATS:
            continue  # not an export's
        if match["pid"] and _alive(int(match["pid"])):
            continue  # an export running now
        part.unlink(missing_ok=True)
        removed.append(part)
    return removed
