"""The data-side SHACL cases in tests/data/shapes: what each file expects, read from its first line
(the format is in test_shapes.py's docstring)."""
from __future__ import annotations

import shlex
from pathlib import Path
from typing import NamedTuple

from helpers import DATA
from unhrkg.model.namespaces import PREFIXES

SHAPES = DATA / "shapes"


class Expect(NamedTuple):
    conforms: bool
    standalone: bool
    path: str | None
    msg: str | None
    value: str | None


def expand(term: str | None) -> str | None:
    """A CURIE with one of the project's prefixes as a full IRI; anything else unchanged."""
    if term is None:
        return None
    prefix, sep, local = term.partition(":")
    return f"{PREFIXES[prefix]}{local}" if sep and prefix in PREFIXES else term


def expectation(path: Path) -> Expect:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect:"), f"{path.name}: the first line must be '# expect: ...'"
    tokens = shlex.split(first.removeprefix("# expect:"))
    options = dict(t.split("=", 1) for t in tokens if "=" in t)
    bare = [t for t in tokens if "=" not in t]
    paths = [t for t in bare if t not in ("conforms", "standalone")]
    assert set(options) <= {"msg", "value"} and len(paths) <= 1, f"{path.name}: bad expect line {first!r}"
    return Expect("conforms" in bare, "standalone" in bare, expand(paths[0]) if paths else None,
                  options.get("msg"), options.get("value"))
