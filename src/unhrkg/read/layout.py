"""Reading order for a PDF page: text boxes (from pdfium) to lines, top to bottom.

pdfium hands out a page's text as rectangles in content-stream order, which in ODS documents
is often not reading order (the "United Nations / General Assembly / Distr." header block
comes after the title, or at the end of the page). Here the boxes are put back in order by
their positions alone, so this module needs no PDF library and is tested with plain boxes:

- boxes whose vertical extents overlap form one row (a raised footnote mark joins its line);
- rows go top to bottom; in a row, boxes go left to right, a space where there is a gap;
- a wide gap splits a row into parts, each its own line, left part first, so a header row
  ("United Nations ... A/HRC/14/37") gives two consecutive lines in top-to-bottom order;
- two prose columns, or signature blocks side by side, are read column by column;
- the running head on later pages (symbol, "Page 3"), page numbers at the top or bottom of a
  page are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SPLIT_GAP = 24.0  # points; a paragraph number sits ~20pt before its text, header parts > 100pt
HEAD_ZONE = 0.09  # top share of the page holding the running head on later pages
FOOT_ZONE = 0.13  # bottom share holding page numbers and the job number
_RUNNING_HEAD = re.compile(r"^(?:[A-Z]{1,4}/[A-Z0-9][\w./()-]*|Page\s+\d+|\d{1,4}|[ivxlc]{1,6})$", re.I)
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,4}(?:\s*-)?$")
_SIGNED = re.compile(r"^\(?\s*signed\s*\)", re.I)


@dataclass(frozen=True)
class Box:
    """A run of text on a page, in PDF points with the origin at the bottom left."""

    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.1)


@dataclass
class _Row:
    """Boxes of one row; its band is its first box's, not stretched by a tall initial."""

    boxes: list[Box]

    def takes(self, box: Box) -> bool:
        first = self.boxes[0]
        overlap = min(first.top, box.top) - max(first.bottom, box.bottom)
        return overlap >= 0.3 * min(first.height, box.height)


def rows(boxes: list[Box]) -> list[list[Box]]:
    """Group boxes into rows, top to bottom; each row's boxes left to right."""
    out: list[_Row] = []
    for box in sorted(boxes, key=lambda b: -(b.top + b.bottom) / 2):
        if not box.text.strip():
            continue
        # a box may belong to a row a little above the last one (a tall initial "A")
        row = next((r for r in reversed(out[-3:]) if r.takes(box)), None)
        if row is None:
            out.append(_Row([box]))
        else:
            row.boxes.append(box)
    return [sorted(r.boxes, key=lambda b: b.left) for r in out]


def parts(row: list[Box]) -> list[list[Box]]:
    """Split a row where the gap between two boxes is wide (a header row, table cells)."""
    out: list[list[Box]] = [[row[0]]]
    for prev, box in zip(row, row[1:]):
        if box.left - prev.right > max(SPLIT_GAP, 2.5 * max(prev.height, box.height)):
            out.append([box])
        else:
            out[-1].append(box)
    return out


def join(boxes: list[Box]) -> str:
    """The text of boxes on one line, a space where they stand apart."""
    text = boxes[0].text
    for prev, box in zip(boxes, boxes[1:]):
        apart = box.left - prev.right > 0.25 * max(prev.height, box.height)
        text = f"{text.rstrip()} {box.text.lstrip()}" if apart else text + box.text
    return " ".join(text.split())


def _gutter(run: list[list[list[Box]]]) -> float | None:
    """An x between the two parts of every two-part row of a run, if there is one."""
    lo = max(p[0][-1].right for p in run if len(p) == 2)
    hi = min(p[1][0].left for p in run if len(p) == 2)
    return (lo + hi) / 2 if lo < hi else None


def _is_column_run(run: list[list[list[Box]]], width: float) -> bool:
    """Side-by-side signature blocks, or two prose columns (both sides wide, 3+ rows)."""
    pairs = [p for p in run if len(p) == 2]
    if len(pairs) < 2:
        return False
    if all(_SIGNED.match(join(side)) for side in pairs[0]):
        return True
    wide = all(side[-1].right - side[0].left > 0.3 * width for p in pairs for side in p)
    return wide and len(pairs) >= 3


def _ordered(split: list[list[list[Box]]], width: float) -> list[str]:
    """Lines of a page's rows: column runs column by column, the rest part by part."""
    lines: list[str] = []
    i = 0
    while i < len(split):
        j = i
        while j < len(split) and len(split[j]) == 2:
            j += 1
        run = split[i:j]
        if run and _is_column_run(run, width) and _gutter(run) is not None:
            lines += [join(p[0]) for p in run] + [""] + [join(p[1]) for p in run] + [""]
            i = j
            continue
        lines += [join(part) for part in split[i]]
        i += 1
    return lines


def _content(row: list[Box], page_no: int, height: float) -> list[list[Box]]:
    """A row's parts less page furniture: the running head of a later page, page numbers."""
    split = parts(row)
    top, bottom = max(b.top for b in row), min(b.bottom for b in row)
    in_head = top > height * (1 - HEAD_ZONE)
    if in_head and page_no > 0 and all(_RUNNING_HEAD.match(join(p)) for p in split):
        return []
    if in_head or bottom < height * FOOT_ZONE:
        return [p for p in split if not _PAGE_NUMBER.match(join(p))]
    return split


def page_lines(boxes: list[Box], page_no: int, width: float, height: float) -> list[str]:
    """A page's text as lines in reading order, without running heads and page numbers."""
    split = [_content(row, page_no, height) for row in rows(boxes)]
    return _ordered([p for p in split if p], width)
