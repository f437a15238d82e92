"""Where the project's data files live: ontology, shapes, queries, reference tables.

In a source checkout they sit at the top of the repository; an installed wheel carries
them under ``unhrkg/_resources``. Everything else asks this module for a path.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # src/unhrkg, above this model/ folder
_CHECKOUT = _PACKAGE.parents[1]
_LAYOUT = {"ontology": "ontology", "queries": "queries", "reference": "data/reference"}


@cache
def resource_dir(kind: str) -> Path:
    """The folder holding one kind of resource ('ontology', 'queries' or 'reference')."""
    installed = _PACKAGE / "_resources" / kind
    if installed.is_dir():
        return installed
    checkout = _CHECKOUT / _LAYOUT[kind]
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"resource folder {kind!r} not found (looked in {installed} and {checkout})")


def ontology_path() -> Path:
    return resource_dir("ontology") / "unhr.ttl"


def shapes_path() -> Path:
    return resource_dir("ontology") / "shapes.ttl"


def queries_dir() -> Path:
    return resource_dir("queries")


def reference_path(name: str) -> Path:
    return resource_dir("reference") / name
