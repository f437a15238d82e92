"""Results the rules of one document ask for more than once, computed once for that document.

Several rules read the same thing of a text (the dates near its top, the State it speaks for,
the group it speaks on behalf of), and a text without a title is read twice (by its genre,
then as untitled). ``per_document`` keeps what a pure function of a text gave for the document
being extracted (``document``, opened by ``extract_text``) and gives it again for the same
arguments; outside a document, and once the document is done, every call computes afresh:
nothing is kept from one document to the next. Lists are handed out as copies, so that a
caller that changes one changes no other caller's.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_results: dict[tuple[Any, ...], Any] | None = None  # the document's results, while one is extracted


def _fresh(value: Any) -> Any:
    """A kept result as a caller may have it: its lists (and those of a tuple) copied."""
    if isinstance(value, list):
        return value.copy()
    if isinstance(value, tuple) and any(isinstance(v, list) for v in value):
        return tuple(v.copy() if isinstance(v, list) else v for v in value)
    return value


def per_document(fn: F) -> F:
    """``fn`` (a pure function of its arguments: a text and positions, flags) computed once per
    document for the same arguments."""
    @functools.wraps(fn)
    def once(*args: Any, **kwargs: Any) -> Any:
        results = _results
        if results is None:
            return fn(*args, **kwargs)
        key = (once, args, tuple(kwargs.items())) if kwargs else (once, args)
        if key not in results:
            results[key] = fn(*args, **kwargs)
        return _fresh(results[key])
    return once  # type: ignore[return-value]


@contextmanager
def document() -> Iterator[None]:
    """While one document is extracted: its results are kept, then dropped."""
    global _results
    outer, _results = _results, {}
    try:
        yield
    finally:
        _results = outer
