"""unhrkg: a knowledge graph of UN human-rights procedure.

Documents (notes verbales, letters, resolutions, decisions, reports) are read, their facts
extracted into plain records, mapped to RDF in one named graph per document, validated with
SHACL, stored in Oxigraph and queried with SPARQL.
"""
from __future__ import annotations

__version__ = "0.1.0"

from unhrkg.errors import UnhrkgError

__all__ = ["UnhrkgError", "__version__"]
