"""Remote SPARQL 1.1 endpoints: where they take queries and writes, and the named queries run there.

Queries go through SPARQLWrapper (POST, content negotiation only) and come back as the same
``QueryResult`` the local store gives, so the same formatters print them. Parameters are
bound by a trailing VALUES block built from the validated RDF terms (``query.with_values``);
a query's ``#remote`` lines are un-commented first (``query_text.for_endpoint``).
The queries read the endpoint's default graph as the union of its named graphs: Virtuoso
does that by default; start Oxigraph with ``--union-default-graph``.

Writing to an endpoint (``push``) is in ``remote_push``; what a push leaves there to check
(its marker, the union default graph) in ``remote_state``. Both send their requests with
``Http`` below.
"""
from __future__ import annotations

import ast
import base64
import json
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import pyoxigraph as ox

from unhrkg.errors import EndpointError, QueryError
from unhrkg.query import NamedQuery, QueryResult, with_values
from unhrkg.query.text import for_endpoint

AUTH_KINDS = ("basic", "digest")


@dataclass(frozen=True)
class Endpoint:
    """A remote SPARQL service: its query URL, credentials, timeout, and where it takes writes."""

    url: str
    user: str | None = None
    password: str | None = None
    auth: str = "basic"
    timeout: float = 60.0
    update_url: str | None = None
    graph_store_url: str | None = None

    def __post_init__(self) -> None:
        if urlsplit(self.url).scheme not in ("http", "https") or not urlsplit(self.url).netloc:
            raise EndpointError(f"endpoint {self.url!r}: give an http:// or https:// URL")
        if self.auth not in AUTH_KINDS:
            raise EndpointError(f"auth {self.auth!r}: use one of {', '.join(AUTH_KINDS)}")

    def _last(self) -> tuple[str, str]:
        """The URL without its last path segment (and query string), and that segment."""
        parts = urlsplit(self.url)
        base, _, last = parts.path.rstrip("/").rpartition("/")
        return f"{parts.scheme}://{parts.netloc}{base}", last

    def update(self) -> str:
        """The SPARQL Update URL: given, else Oxigraph's /update beside /query, else the query URL."""
        if self.update_url:
            return self.update_url
        base, last = self._last()
        return f"{base}/update" if last == "query" else self.url

    def graph_store(self) -> str | None:
        """The Graph Store Protocol URL: given, else the usual place for Oxigraph or Virtuoso, else None."""
        if self.graph_store_url:
            return self.graph_store_url
        base, last = self._last()
        known = {"query": "store", "sparql": "sparql-graph-crud", "sparql-auth": "sparql-graph-crud-auth"}
        return f"{base}/{known[last]}" if last in known else None


def _short(body: bytes | str, width: int = 160) -> str:
    """The first meaningful line of an answer, for a one-line message."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    line = lines[0] if lines else "(empty)"
    return line if len(line) <= width else line[: width - 1] + "\u2026"


def _network_error(exc: BaseException, url: str, timeout: float) -> EndpointError:
    """One clear line for a failure to talk to an endpoint."""
    if isinstance(exc, urllib.error.HTTPError):
        body = exc.read() if exc.fp else b""
        if exc.code == 401:
            return EndpointError(f"{url} refused the credentials (HTTP 401): give --user and --password")
        if exc.code == 404:
            return EndpointError(f"{url}: no such endpoint (HTTP 404)")
        return EndpointError(f"{url} answered HTTP {exc.code}: {_short(body)}")
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return EndpointError(f"{url} did not answer within {timeout:g} s")
    return EndpointError(f"cannot reach {url}: {reason}")


# -- queries ---------------------------------------------------------------------------


def query(endpoint: Endpoint, named: NamedQuery, values: dict[str, str] | None = None) -> QueryResult:
    """Run a named query on a remote endpoint; the result is the same shape as ``query.run``."""
    from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    text = with_values(replace(named, text=for_endpoint(named.text)), values)
    sw = SPARQLWrapper(endpoint.url)
    sw.setQuery(text)
    form = str(sw.queryType).upper()
    if form not in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        raise QueryError(f"query {named.name}: only SELECT, ASK, CONSTRUCT and DESCRIBE run on an endpoint")
    sw.setMethod(POST)
    sw.setOnlyConneg(True)
    sw.timeout = endpoint.timeout  # type: ignore[assignment]  # setTimeout() would round it to whole seconds
    sw.setReturnFormat(TURTLE if form in ("CONSTRUCT", "DESCRIBE") else JSON)
    if endpoint.user is not None:
        sw.setHTTPAuth(DIGEST if endpoint.auth == "digest" else BASIC)
        sw.setCredentials(endpoint.user, endpoint.password or "")
    try:
        response = sw.query().response
        body, ctype = response.read(), response.headers.get("Content-Type", "")
    except SPARQLWrapperException as exc:
        raise _wrapper_error(exc, endpoint.url, named.name) from exc
    except (urllib.error.URLError, OSError) as exc:
        raise _network_error(exc, endpoint.url, endpoint.timeout) from exc
    if form in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(triples=_parse_triples(body, ctype, endpoint.url))
    return _parse_json_results(body, ctype, endpoint.url, form == "ASK")


def _wrapper_error(exc: Exception, url: str, name: str) -> QueryError | EndpointError:
    """SPARQLWrapper's HTTP errors (which carry the answer as a bytes repr) as one clear line."""
    text = str(exc)
    answer = text.split("Response:\n", 1)[1] if "Response:\n" in text else ""
    try:
        answer = ast.literal_eval(answer).decode("utf-8", "replace")
    except (ValueError, SyntaxError, AttributeError):
        pass
    detail = f": {_short(answer)}" if answer.strip() else ""
    kind = type(exc).__name__
    if kind == "QueryBadFormed":
        return QueryError(f"{url} refused query {name} as malformed (HTTP 400){detail}")
    if kind == "EndPointNotFound":
        return EndpointError(f"{url}: no SPARQL endpoint there (HTTP 404)")
    if kind == "Unauthorized":
        return EndpointError(f"{url} refused the credentials (HTTP 401): give --user and --password")
    if kind == "EndPointInternalError":
        return EndpointError(f"{url} failed on query {name} (HTTP 500){detail}")
    return EndpointError(f"{url}: {kind}{detail}")


def _parse_json_results(body: bytes, ctype: str, url: str, ask: bool = False) -> QueryResult:
    """SPARQL 1.1 Query Results JSON -> QueryResult (values only, as the local store gives them)."""
    try:
        data = json.loads(body)
        if "boolean" in data:
            return QueryResult(boolean=bool(data["boolean"]))
        names = list(data["head"]["vars"])
        rows = [{n: (b[n]["value"] if n in b else None) for n in names} for b in data["results"]["bindings"]]
        if ask and len(names) == 1 and len(rows) <= 1:  # Virtuoso 7 answers ASK as one row of __ASK_RETVAL
            return QueryResult(boolean=bool(rows) and str(rows[0][names[0]]).lower() in ("1", "true"))
    except (ValueError, KeyError, TypeError) as exc:
        where = body[exc.pos:] if isinstance(exc, json.JSONDecodeError) and exc.pos > 0 else body
        raise EndpointError(f"{url} answered something that is not SPARQL JSON results "
                            f"({ctype or 'no content type'}): {_short(where, 80)}") from exc
    return QueryResult(variables=names, rows=rows)


def _parse_triples(body: bytes, ctype: str, url: str) -> list[ox.Triple]:
    try:
        fmt = ox.RdfFormat.from_media_type(ctype.split(";")[0].strip()) or ox.RdfFormat.TURTLE
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt)]
    except (SyntaxError, ValueError) as exc:
        raise EndpointError(f"{url} answered something that is not RDF ({ctype or 'no content type'}): "
                            f"{_short(body, 80)}") from exc


def select(endpoint: Endpoint, name: str, text: str) -> QueryResult:
    """Run one query of our own (not a named one) on the endpoint."""
    return query(endpoint, NamedQuery(name, text, ""))


# -- writes ----------------------------------------------------------------------------


class Http:
    """urllib with the endpoint's credentials and timeout (no global state)."""

    def __init__(self, endpoint: Endpoint, url: str):
        self.endpoint, self.url = endpoint, url
        handlers: list[Any] = []
        if endpoint.user is not None and endpoint.auth == "digest":
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, url, endpoint.user, endpoint.password or "")
            handlers.append(urllib.request.HTTPDigestAuthHandler(passwords))
        self.opener = urllib.request.build_opener(*handlers)

    def send(self, url: str, method: str, body: bytes, ctype: str | None = None) -> None:
        """One request; an HTTP or network failure is an EndpointError naming this client's URL."""
        headers = {"Content-Type": ctype} if ctype else {}
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        if self.endpoint.user is not None and self.endpoint.auth == "basic":
            token = base64.b64encode(f"{self.endpoint.user}:{self.endpoint.password or ''}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        try:
            with self.opener.open(request, timeout=self.endpoint.timeout) as response:
                response.read()
        except (urllib.error.URLError, OSError) as exc:
            raise _network_error(exc, self.url, self.endpoint.timeout) from exc
