"""The project's own exceptions: the CLI turns these into a message and an exit code."""
from __future__ import annotations


class UnhrkgError(Exception):
    """Base of every error the CLI reports as a clear message (exit code 2)."""


class InputError(UnhrkgError):
    """A document or record file cannot be read or understood."""


class QueryError(UnhrkgError):
    """A query is unknown, malformed, or lacks a parameter."""


class StoreError(UnhrkgError):
    """The store cannot be opened, read or written."""


class EndpointError(UnhrkgError):
    """A remote SPARQL endpoint is down, refuses, or answers something unusable."""


class StoreIOError(StoreError):
    """The store's files cannot be written (a full disk, a file size limit, an I/O error):
    an ingest stops there, keeping what it stored before."""
