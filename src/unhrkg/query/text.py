"""SPARQL text surgery that needs no parsing library: where the WHERE group ends, where a
subquery's group closes, where a page's LIMIT and OFFSET go, the parts a query includes and
the LIMITs its integer parameters set.

A page asks the engine for one row more than it shows, so the caller learns whether more
rows follow without the engine producing every row. A query whose ORDER BY would sort the
whole answer before the first row comes out can instead sort a cheap key in a subquery
whose ORDER BY is followed by the comment ``#page``: the page writes ``LIMIT n`` there (the
"window"), and the query takes every item up to the last key in the window (ties included)
before joining anything else, so its ORDER BY sorts a page's worth of rows. Without a page
the comment is only a comment: the text runs as written and gives the whole answer.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from unhrkg.errors import QueryError
from unhrkg.model.resources import queries_dir

TOKEN = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<open>\{) | (?P<close>\})
  | (?P<word>[\w.:-]+)
''', re.X)
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
PAGE_MARK = re.compile(r"#\s*page\b(?:\s+(\d+(?:\.\d+)?)\s+items\s+per\s+row)?", re.I)  # a comment token starting so


def tokens(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(kind, text, start, depth) of each token; depth counts the braces around it."""
    depth = 0
    for m in TOKEN.finditer(text):
        kind = m.lastgroup or ""
        if kind == "close":
            depth -= 1
        yield kind, m.group(), m.start(), depth
        if kind == "open":
            depth += 1


def where_end(text: str) -> int | None:
    """Where the query's top-level WHERE group closes (the index of its '}'), or None if unsure."""
    tops, form, where, start = 0, "", False, None
    for kind, word, at, depth in tokens(text):
        word = word.upper()
        if kind == "word" and depth == 0:
            form = form or (word if word in FORMS else "")
            where = where or word == "WHERE"
        elif kind == "open" and depth == 0:
            tops += 1
            if start is None and (where or tops == (2 if form == "CONSTRUCT" else 1)):
                if form == "CONSTRUCT" and tops == 1:
                    return None  # CONSTRUCT WHERE { triples }: no VALUES allowed inside
                start = at
        elif kind == "close" and depth == 0 and start is not None:
            return at
    return None


def form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the query's form ('' if none is found)."""
    return next((w.upper() for kind, w, _, depth in tokens(text)
                 if kind == "word" and depth == 0 and w.upper() in FORMS), "")


def subquery_groups(text: str, names: set[str]) -> list[tuple[int, list[str]]]:
    """Where the WHERE group of each subquery projecting some of ``names`` closes (the index
    of its '}'), with the names it projects. A parameter bound there constrains the subquery
    itself, before its own LIMIT or grouping (and after any BIND in it, as at the top level)."""
    found: list[tuple[int, list[str]]] = []
    projecting, projected, open_at = None, [], {}
    for kind, word, at, depth in tokens(text):
        if kind == "word" and word.upper() == "SELECT" and depth > 0:
            projecting, projected = depth, []
        elif projecting is not None and depth == projecting and kind == "var" and word[1:] in names:
            projected.append(word[1:])
        elif projecting is not None and kind == "open" and depth == projecting:
            if projected and not _opens_subselect(text, at + 1):
                open_at[depth] = [n for n in names if n in projected]
            projecting = None
        elif kind == "close" and depth in open_at:
            found.append((at, open_at.pop(depth)))
    return found


def _opens_subselect(text: str, start: int) -> bool:
    """Whether the group opening at ``start`` is a bare subquery (``{ SELECT ... }``): nothing
    may precede its SELECT, and that subquery gets its own block anyway."""
    after = next((word for kind, word, _, _ in tokens(text[start:]) if kind != "comment"), "")
    return after.upper() == "SELECT"


def has_own_page(text: str) -> bool:
    """Whether the query already says LIMIT or OFFSET after its WHERE group."""
    end = where_end(text)
    if end is None:
        return True  # not sure where the modifiers go: leave the text alone
    return any(kind == "word" and depth == 0 and word.upper() in ("LIMIT", "OFFSET")
               for kind, word, at, depth in tokens(text[end + 1:]))


def page_marks(text: str) -> list[tuple[int, float]]:
    """Where the ``#page`` comments are (a page's LIMIT goes before each), and how many items
    each needs for a row of the answer (``#page 3 items per row``; 1 if it does not say)."""
    marks = []
    for kind, word, at, _ in tokens(text):
        m = PAGE_MARK.match(word) if kind == "comment" else None
        if m:
            marks.append((at, float(m.group(1) or 1)))
    return marks


# a section between the lines "#unpaged" and "#end-unpaged": rows that sort after every row of the ``#page``
# windows (the undated documents after the dated ones), read only when no window bounds the page; a page its
# windows fill never reaches them, and one they leave short grows until it is unbounded
UNPAGED = re.compile(r"^[ \t]*#unpaged\b.*?^[ \t]*#end-unpaged\b[^\n]*\n?", re.M | re.S)
MAX_WINDOW = 10000  # items: Virtuoso refuses a sorted LIMIT over this (its MaxSortedTopRows); none costs about as much


def bounds(text: str, window: int) -> bool:
    """Whether a window of this many rows bounds any ``#page`` subquery of the text (at most
    ``MAX_WINDOW`` items there)."""
    return any(math.ceil(window * per_row) <= MAX_WINDOW for _, per_row in page_marks(text))


def page_text(text: str, limit: int | None, offset: int = 0, window: int | None = None) -> str:
    """The SELECT text asking for ``limit + 1`` rows from row ``offset`` (LIMIT/OFFSET in the
    SPARQL), its ``#page`` subqueries bounded to ``window`` times their items per row
    (default window: ``offset + limit + 1``; 0: not bounded; over ``MAX_WINDOW`` items: not
    bounded either), its ``#unpaged`` sections dropped when every window is bounded. ``limit`` None:
    every row from ``offset``, the subqueries unbounded."""
    if limit is None and not offset:
        return text
    window = offset + limit + 1 if window is None and limit is not None else window
    if limit is not None and window:
        marks = page_marks(text)
        if marks and all(math.ceil(window * per_row) <= MAX_WINDOW for _, per_row in marks):
            text = UNPAGED.sub("", text)  # every window bounded: what sorts after all of them is not read
            marks = page_marks(text)
        for at, per_row in reversed(marks):
            items = math.ceil(window * per_row)
            text = text if items > MAX_WINDOW else f"{text[:at]}LIMIT {items} {text[at:]}"
    modifiers = (f"LIMIT {limit + 1}" if limit is not None else "") + (f" OFFSET {offset}" if offset else "")
    return f"{text.rstrip()}\n{modifiers.strip()}\n"


_REMOTE = re.compile(r"#remote[ \t]")


def for_endpoint(text: str) -> str:
    """The text a remote endpoint gets: each comment ``#remote ...`` that starts a line
    un-commented. A query so carries, in one text, the form a store such as Virtuoso 7.2 needs
    where the local store runs another faster (locally those lines are only comments)."""
    starts = [at for kind, word, at, _ in tokens(text)
              if kind == "comment" and _REMOTE.match(word) and not text[text.rfind("\n", 0, at) + 1:at].strip()]
    for at in reversed(starts):
        text = text[:at] + text[at + len("#remote "):]
    return text


_INCLUDE = re.compile(r"^[ \t]*#include[ \t]+([\w-]+)((?:[ \t]+\?\w+=[?\w:]+)*)[ \t]*(?:\((.*)\))?[ \t]*$", re.M)


def with_parts(text: str, folder: Path | None = None) -> str:
    """The query with each ``#include NAME [?a=?b ...] [(words)]`` line replaced by the text of
    ``parts/NAME.rq``: its variables renamed as the line says (or replaced by a prefixed name,
    ``?by=unhr:cites``), the words appended to its ``#page`` mark (``(3 items per row)``).
    Parts are the patterns several queries share."""
    def part(m: re.Match[str]) -> str:
        path = (folder or queries_dir()) / "parts" / f"{m.group(1)}.rq"
        if not path.is_file():
            raise QueryError(f"#include {m.group(1)}: no such part ({path})")
        renames = dict(pair.split("=") for pair in m.group(2).split())
        body = re.sub(r"[?$]\w+", lambda v: renames.get(v.group(), v.group()), path.read_text(encoding="utf-8"))
        body = body.rstrip("\n")
        return re.sub(r"#page$", f"#page {m.group(3)}", body, flags=re.M) if m.group(3) else body
    return _INCLUDE.sub(part, text)


_LIMIT_MARK = re.compile(r"#\s*limit\s+(\w+)")


def with_limits(text: str, subs: dict[str, Any]) -> str:
    """The text with ``LIMIT n`` before each ``#limit NAME`` comment, n the value of the integer
    parameter NAME (checked by ``term_for``: only digits reach the text). A subquery can so
    take as many rows as a parameter says (no SPARQL LIMIT takes a variable)."""
    marks = [(at, m.group(1)) for kind, word, at, _ in tokens(text)
             if kind == "comment" and (m := _LIMIT_MARK.match(word)) and m.group(1) in subs]
    for at, name in reversed(marks):
        if int(subs[name].value) < 1:
            raise QueryError(f"parameter {name}: give a whole number of at least 1")
        text = f"{text[:at]}LIMIT {int(subs[name].value)} {text[at:]}"
    return text
