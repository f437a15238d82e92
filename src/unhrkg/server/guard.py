"""Checks a request passes before the server acts on it: Host, Origin, body length, remote fetches.

- **Host** (every request): a web page on another name that resolves to this machine (DNS
  rebinding) reaches the server with its own name in ``Host``; only the bound address, the
  loopback names and the names given with ``--allow-host`` are answered.
- **Origin** (every write): a browser names the page that sent a request; a page from
  another origin (another site, or another port on this machine) may not change the store.
  Clients that are not browsers (``push``, curl) send no Origin and are let through.
- **Content-Length**: digits only, at most the cap, checked before a byte of the body is read.
- **SERVICE and LOAD** make the store fetch URLs (federated queries, loading remote
  documents): refused unless ``--allow-remote``.
"""
from __future__ import annotations

import ipaddress
import re
from email.message import Message
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_HOST = re.compile(r"\[(?P<v6>[0-9A-Fa-f:.]+)\](?::(?P<p6>\d{1,5}))?|(?P<name>[^:\[\]/@\s]+)(?::(?P<port>\d{1,5}))?")


def split_host(value: str) -> tuple[str, int | None] | None:
    """('example.org', 8080) from 'example.org:8080', ('::1', None) from '[::1]'; None if malformed."""
    m = _HOST.fullmatch(value.strip())
    if not m:
        return None
    name = (m.group("v6") or m.group("name")).lower().rstrip(".")
    port = m.group("p6") or m.group("port")
    return name, int(port) if port else None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


class HostPolicy:
    """Which Host and Origin values a server bound to ``host:port`` answers."""

    def __init__(self, host: str, port: int, extra: tuple[str, ...] = ()):
        self.port = port
        self.names = LOOPBACK_NAMES | {host.lower()}
        # bound to every interface: any address literal reaches this server legitimately (no
        # name, so no rebinding); names still need --allow-host
        self.any_address = host in ("0.0.0.0", "::", "")
        self.extra = {parsed for parsed in map(split_host, extra) if parsed}

    def allows_host(self, value: str | None, default_port: int = 80) -> bool:
        """Whether a Host header (or an Origin's host) names this server; no header is allowed."""
        if value is None:
            return True  # HTTP/1.0 clients may send none; browsers always do
        parsed = split_host(value)
        if parsed is None:
            return False
        name, port = parsed
        if (name, None) in self.extra or (name, port) in self.extra:
            return True
        if (port if port is not None else default_port) != self.port:
            return False
        return name in self.names or (self.any_address and _is_ip(name))

    def allows_origin(self, origin: str | None) -> bool:
        """Whether a request's Origin header is this server's own (no header: not a browser)."""
        if origin is None:
            return True
        parts = urlsplit(origin.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
            return False  # includes "null" (sandboxed frames, file: pages)
        return self.allows_host(parts.netloc, 443 if parts.scheme == "https" else 80)

    def refuse_write(self, headers: Message) -> str | None:
        """Why a write must be refused as sent by another origin's page, or None."""
        origin = headers.get("Origin")
        # Sec-Fetch-Site says the same where a browser sends it; same-site includes another
        # port on this machine, which is exactly the page to keep out
        site = (headers.get("Sec-Fetch-Site") or "").strip().lower()
        if not self.allows_origin(origin) or site in ("cross-site", "same-site"):
            return (f"a page from {origin or 'another site'} may not change this store: updates are "
                    "accepted only from this server's own page or from clients that are not browsers")
        return None


class BodyError(Exception):
    """A request body the server will not read: status and message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def body_length(headers: Message, cap: int) -> int:
    """The length of the body the headers announce, checked before any of it is read."""
    if headers.get("Transfer-Encoding"):
        raise BodyError(411, "send the body with a Content-Length (chunked bodies are not accepted)")
    values = headers.get_all("Content-Length") or []
    if not values:
        return 0
    if len(set(v.strip() for v in values)) > 1:
        raise BodyError(400, "the request has two different Content-Length headers")
    value = values[0].strip()
    if not re.fullmatch(r"[0-9]{1,15}", value):
        raise BodyError(400, f"Content-Length {value[:40]!r} is not a byte count")
    if int(value) > cap:
        raise BodyError(413, f"request body over {cap} bytes")
    return int(value)


# Comments, strings and IRIs are blanked out before looking for the keywords, so that a
# keyword inside them does not count; a keyword-like word inside a prefixed name (ex:a.LOAD)
# does count, which only ever refuses too much.
_OPAQUE = re.compile(r'''\#[^\n]*
  | """(?:[^"\\]|\\.|"(?!""))*""" | \'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
  | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>''', re.X)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_REMOTE = {"query": ("SERVICE",), "update": ("SERVICE", "LOAD")}


def _unescape(m: re.Match[str]) -> str:
    code = int(m.group(1) or m.group(2), 16)
    return chr(code) if code < 0x110000 else " "


def _keywords(text: str, words: tuple[str, ...]) -> set[str]:
    bare = _OPAQUE.sub(" ", text)
    return {w for w in words if re.search(rf"(?<![\w:?$]){w}(?![\w:])", bare, re.I)}


def remote_access(text: str, kind: str) -> str | None:
    """The keyword (SERVICE or LOAD) by which a query or update would fetch a URL, or None.

    SPARQL lets \\u escapes stand for any character, so the text is checked both as written
    and with them decoded.
    """
    decoded = _ESCAPE.sub(_unescape, text)
    found = _keywords(text, _REMOTE[kind]) | _keywords(decoded, _REMOTE[kind])
    return min(found) if found else None
