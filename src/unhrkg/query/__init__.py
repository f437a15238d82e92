"""Named, parameterised SPARQL queries from ``queries/*.rq``, run on the store.

A query file starts with comment lines: the first says what it answers; each
``# param: NAME KIND [optional|default=VALUE] description`` declares a parameter. Parameters
are bound as RDF terms (VALUES blocks of checked terms), never pasted into the query text
(an integer one may also write a subquery's LIMIT). Kinds: state (ISO3), body (code),
resolution ("CHR 2003/10"), session ("CHR 61", "HRC S-9"), document (symbol), iri, string,
integer, date. ``#include NAME`` lines bring in the shared patterns of ``queries/parts``.
"""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from unhrkg.model import iri
from unhrkg.model.namespaces import ID_BASE, XSD
from unhrkg.model.terms import sparql_term
from unhrkg.errors import QueryError
from unhrkg.query.text import subquery_groups, where_end, with_limits, with_parts
from unhrkg.model.resources import queries_dir
from unhrkg.store import vanished

KINDS = ("state", "body", "agent", "stance", "resolution", "session", "document", "iri", "string", "integer", "date")
_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s+(\w+)\s+(optional\s+|default=(\S+)\s+)?(.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    optional: bool
    description: str
    default: str | None = None  # the value bound when none is given (a parameter with one is optional)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    description: str
    params: tuple[Param, ...] = ()


def declared_prefixes() -> dict[str, str]:
    """The prefixes every query may use without declaring them (unhr:, rdfs:, id:, ...)."""
    from unhrkg.model.namespaces import PREFIXES

    return {name: str(ns) for name, ns in PREFIXES.items()}


_DECLARED = re.compile(r"^\s*PREFIX\s+([\w-]*):", re.I | re.M)


def with_prefixes(text: str) -> str:
    """The query with a PREFIX line for each project prefix it uses but does not declare
    (after its header comments, so the comments stay the header)."""
    declared = {m.group(1) for m in _DECLARED.finditer(text)}
    used = [(p, iri) for p, iri in declared_prefixes().items()
            if p not in declared and re.search(rf"(?<![\w:<]){re.escape(p)}:", text)]
    if not used:
        return text
    lines = text.splitlines(keepends=True)
    head = 0
    while head < len(lines) and lines[head].startswith("#"):
        head += 1
    block = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in used)
    return "".join(lines[:head]) + block + "".join(lines[head:])


def parse_query(name: str, text: str) -> NamedQuery:
    """Read the header comments of a query text (and declare the project prefixes it uses,
    and put in the parts it includes)."""
    text = with_prefixes(with_parts(text))
    description, params = "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            if m.group(2) not in KINDS:
                raise QueryError(f"query {name}: parameter {m.group(1)} has unknown kind {m.group(2)!r}")
            params.append(Param(m.group(1), m.group(2), bool(m.group(3)), m.group(5).strip(), m.group(4)))
        elif not description:
            description = line.lstrip("#").strip()
    return NamedQuery(name, text, description, tuple(params))


def library(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query, by name (the file name without .rq)."""
    folder = folder or queries_dir()
    return {p.stem: parse_query(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))}


def load(name_or_file: str) -> NamedQuery:
    """A query by name, or from a .rq file path."""
    queries = library()
    if name_or_file in queries:
        return queries[name_or_file]
    path = Path(name_or_file)
    if path.suffix == ".rq" and path.is_file():
        return parse_query(path.stem, path.read_text(encoding="utf-8"))
    import difflib
    close = difflib.get_close_matches(name_or_file, list(queries), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(f"no query named {name_or_file!r} (see 'unhrkg queries'; or give a .rq file){hint}")


def _split_ref(value: str, kind: str) -> tuple[str, str]:
    m = re.fullmatch(r"\s*([A-Za-z0-9_]+)[\s:]+(\S.*?)\s*", value)
    if not m:
        raise QueryError(f"{kind} {value!r}: write it as BODY NUMBER, e.g. 'CHR 2003/10'")
    return m.group(1).upper(), m.group(2)


def term_for(param: Param, value: str) -> ox.NamedNode | ox.Literal:
    """The RDF term a parameter value stands for, checked against the reference tables."""
    from unhrkg.query.params import check_resolution, check_session, check_stance, resolve_agent

    try:
        if param.kind in ("state", "body", "agent"):
            return ox.NamedNode(str(iri.agent(resolve_agent(value, param.kind))))
        if param.kind == "stance":
            return ox.Literal(check_stance(value))
        if param.kind == "resolution":
            return ox.NamedNode(str(iri.resolution(*check_resolution(*_split_ref(value, "resolution")))))
        if param.kind == "session":
            return ox.NamedNode(str(iri.session(*check_session(*_split_ref(value, "session")))))
        if param.kind == "document":
            return ox.NamedNode(str(iri.cited_document(value)))
        if param.kind == "iri":
            return ox.NamedNode(value)
        if param.kind == "integer":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(str(XSD.integer)))
        if param.kind == "date":  # a day that does not exist would silently match nothing
            return ox.Literal(date.fromisoformat(value.strip()).isoformat(),
                              datatype=ox.NamedNode(str(XSD.date)))
        return ox.Literal(value)
    except ValueError as exc:
        raise QueryError(f"parameter {param.name}: {exc}") from exc


def bindings(query: NamedQuery, values: dict[str, str]) -> dict[ox.Variable, Any]:
    """Check the given parameter values against the query's declared parameters (the
    declared defaults of those not given included)."""
    declared = {p.name: p for p in query.params}
    values = {**{p.name: p.default for p in query.params if p.default is not None}, **values}
    unknown = set(values) - set(declared)
    if unknown:
        raise QueryError(f"query {query.name} has no parameter {', '.join(sorted(unknown))} "
                         f"(it takes: {', '.join(declared) or 'none'})")
    missing = [p.name for p in query.params if not p.optional and p.name not in values]
    if missing:
        raise QueryError(f"query {query.name} needs --param {missing[0]}=... ({declared[missing[0]].description})")
    return {ox.Variable(k): term_for(declared[k], v) for k, v in values.items()}


def with_values(query: NamedQuery, values: dict[str, str] | None = None) -> str:
    """The query text with its parameters bound by VALUES blocks of checked RDF terms.

    The terms are the validated ones of ``bindings``, written with ``sparql_term``. One
    block closes the WHERE group, so it joins the solutions before any grouping (a VALUES
    after GROUP BY is mishandled by some stores: Virtuoso 7 keeps every group); each
    subquery that projects a parameter gets a block of those it projects at the end of its
    own WHERE group, so that the value constrains the subquery itself (before its LIMIT or
    grouping), not only its result. The local store and a remote endpoint run the same text.
    """
    subs = {var.value: term for var, term in bindings(query, values or {}).items()}
    if not subs:
        return query.text
    text = with_limits(query.text, subs)

    def block(names: list[str]) -> str:
        terms = " ".join(sparql_term(subs[n]) for n in names)
        return f"VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}"

    end = where_end(text)
    if end is None:
        return f"{text.rstrip()}\n{block(list(subs))}\n"
    text = f"{text[:end].rstrip()}\n  {block(list(subs))}\n{text[end:]}"
    for at, names in reversed(subquery_groups(text, set(subs))):  # on a line of its own: a comment may end the last
        text = f"{text[:at].rstrip()}\n{block(names)}\n{text[at:]}"
    return text


@dataclass
class QueryResult:
    """SELECT rows (variables and values), CONSTRUCT/DESCRIBE triples, or an ASK boolean."""

    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    triples: list[ox.Triple] | None = None
    boolean: bool | None = None
    more: bool = False  # a page of the rows, and more rows follow it


def run(db: ox.Store, query: NamedQuery, values: dict[str, str] | None = None, terms: bool = False) -> QueryResult:
    """Run a query on a pyoxigraph store over the union of its named graphs, its parameters
    bound by the same VALUES blocks a remote endpoint gets (``with_values``): the same rows
    there and here, and the engine plans the query knowing the values (a substitution is
    applied only when the planned query runs, so the plan cannot start from it). Row values
    are plain strings, or with ``terms`` the RDF terms (for a caller that writes them typed)."""
    text = with_values(query, values)
    try:
        result = db.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"query {query.name}: {str(exc).splitlines()[0]}") from exc
    except (OSError, RuntimeError) as exc:
        if vanished(exc):
            raise  # a store file an ingest compacted away: the caller reads again
        raise QueryError(f"query {query.name}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        return QueryResult(triples=list(result))
    names = [v.value for v in result.variables]
    rows = [dict(zip(names, [t if terms or t is None else t.value for t in sol])) for sol in result]
    return QueryResult(variables=names, rows=rows)


def format_result(result: QueryResult, fmt: str = "table", width: int = 60) -> str:
    """Render a result as table, csv, tsv or json; triples always as Turtle. A table cuts cells
    at ``width`` characters (0: never)."""
    if result.boolean is not None:
        return json.dumps({"boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower()
    if result.triples is not None:
        return ox.serialize(result.triples, format=ox.RdfFormat.TURTLE).decode()
    if fmt == "json":
        return json.dumps({"variables": result.variables, "rows": result.rows}, ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([[("" if r[v] is None else r[v]) for v in result.variables] for r in result.rows])
        return out.getvalue().rstrip("\n")
    return table(result.variables, [[r[v] for v in result.variables] for r in result.rows], width)


def shorten(value: Any, width: int = 60) -> str:
    text = "" if value is None else str(value)
    text = text.replace(ID_BASE, "id:")
    return text if width <= 0 or len(text) <= width else text[: width - 1] + "\u2026"


def table(headers: list[str], rows: list[list[Any]], width: int = 60) -> str:
    """A plain-text table with aligned columns, cells cut at ``width`` characters (0: never)."""
    cells = [[shorten(c, width) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
