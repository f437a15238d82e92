"""The front matter of a Markdown post: its title and date become the document's first lines.

Static-site generators (Jekyll, Hugo, Pandoc) keep a post's metadata in a YAML block at the top
of the file, between two ``---`` lines::

    ---
    date: '2024-09-25'
    title: "Joint Statement by the United\\_States, Australia, Canada, ..."
    tags: [...]
    ---

The title there is what the page prints as its heading and the date is its publication date,
but as YAML they are quoted, escaped (``\\_`` is a no-break space) and folded over several lines,
and the keys around them (``layout:``, ``tags:``, ``permalink:``) are no part of the document.
So where a text file opens with such a block, and the block is a YAML mapping with a title or a
date, the block is replaced by the title and the date, each on a line of its own, then the other
values that are text ("author: Permanent Mission of Norway", "description: Delivered by Ambassador
X on behalf of ...", "from:", "to:"), in their order; the keys of the site's own machinery
(``SITE_KEYS``) and values that are lists or mappings (tags) are dropped. Otherwise the text is left
as it is.
"""
from __future__ import annotations

import re
from datetime import date

import yaml

SHOWN = ("title", "date")  # the keys printed first, in this order
# the keys of a static site's machinery, not of the document: how the page is laid out, filed and found
SITE_KEYS = frozenset({"layout", "permalink", "slug", "url", "draft", "weight", "type", "categories", "category", "tags",
                       "tag", "image", "images", "thumbnail", "featured_image", "cover", "toc", "comments", "menu", "aliases",
                       "alias", "published", "lastmod", "modified", "modified_time", "published_time", "updated", "source_url",
                       "id", "uuid", "lang", "language", "translationkey", "series", "keywords", "template", "sitemap",
                       "redirect_from", "nav_order", "parent", "sidebar", "hidden", "output", "excerpt_separator", "share"})
MAX_BLOCK = 20_000  # characters: a front matter is a few lines, not a document
OPENING = re.compile(r"\A\ufeff?---[ \t]*\n")
CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
ISO_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")  # "2022-09-14T16:00:00+03:00": the day


def front_matter(raw: str) -> str:
    """The text with its front matter, if it opens with one, replaced by its title and date."""
    opening = OPENING.match(raw)
    if opening is None:
        return raw
    closing = CLOSING.search(raw, opening.end(), opening.end() + MAX_BLOCK)
    if closing is None:
        return raw
    try:
        meta = yaml.safe_load(raw[opening.end():closing.start()])
    except yaml.YAMLError:
        return raw  # a rule of dashes over ordinary text, not metadata
    if not isinstance(meta, dict):
        return raw
    shown = [line for key in SHOWN if (line := _line(meta.get(key)))]
    if not shown:
        return raw
    shown += [line for key, value in meta.items() if str(key).lower() not in (*SHOWN, *SITE_KEYS) and (line := _line(value))]
    return "\n\n".join(shown) + "\n\n" + raw[closing.end():].lstrip("\n")


def _line(value: object) -> str:
    """A title or a date as the page prints it on one line; empty for anything else (a list, a mapping)."""
    if isinstance(value, date):  # (a datetime is a date too)
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return ""
    value = " ".join(value.split())
    day = ISO_DATETIME.match(value)
    return day.group(1) if day else value
