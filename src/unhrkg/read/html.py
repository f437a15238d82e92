"""Text out of HTML: block elements become line breaks, scripts and styles are skipped.

Parsed by libxml2 (through lxml), which recovers from broken markup in linear time and
refuses to nest elements deeper than 256: Python's html.parser took quadratic time on
unterminated tags ("<div<div<div..."), and a page nested 200,000 deep is not a document.
"""
from __future__ import annotations

from lxml import etree

from unhrkg.errors import InputError

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}
_SKIP = {"script", "style", "head", "nav", "noscript"}
MAX_DEPTH = 256  # libxml2's own limit on nesting


def _parse(markup: str) -> etree._Element | None:
    """The page's element tree; InputError where libxml2 stopped at its nesting limit."""
    parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True,
                              encoding="utf-8")
    root = etree.fromstring(markup.encode("utf-8", "replace"), parser) if markup.strip() else None
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise InputError(f"HTML nested more than {MAX_DEPTH} elements deep; not read")
    return root


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, one block per line."""
    root = _parse(markup)
    if root is None:
        return ""
    parts: list[str] = []
    skipping = 0  # depth inside script, style, head...: their text and their children's is left out
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                skipping += 1
            elif not skipping:
                parts.append("\n" if tag in _BLOCK else "")
                parts.append(element.text or "")
            continue
        if tag in _SKIP:
            skipping -= 1
        elif not skipping and tag in _BLOCK and tag != "br":  # a <br> is one break, not two
            parts.append("\n")
        if not skipping and element is not root:
            parts.append(element.tail or "")
    return "".join(parts)
