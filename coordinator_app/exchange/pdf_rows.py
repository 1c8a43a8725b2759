"""Table rows that always fit on a page: texts are cut further until the row is short enough.

ReportLab cannot split a table row across pages (its in-row splitting repeats the header in
mid-page), and a row taller than the frame makes the layout fail. A row is therefore built by a
function of a "scale": at 1 it keeps the caps as they are; smaller scales cut the texts further;
at 0 the row is built in its short form (a few words per cell), which always fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeAlias

from reportlab.platypus import Flowable

from coordinator_app.exchange.pdf_common import BOTTOM_MARGIN, PAGE_SIZE, TOP_MARGIN

Cell: TypeAlias = Flowable | list[Flowable]

MAX_ROW_HEIGHT = 0.75 * (PAGE_SIZE[1] - TOP_MARGIN - BOTTOM_MARGIN)
SCALES = (1.0, 0.5, 0.25, 0.125, 0.0625)
SHORT_FORM = 0.0
SHORT_CAP = 40
CELL_PADDING_X = 8.0  # table_style's left + right padding
ROW_PADDING_Y = 11.0  # generous top + bottom padding


def cap(limit: int, scale: float) -> int:
    """The text cap `limit` at `scale` (SHORT_CAP in the short form)."""
    return max(1, int(limit * scale)) if scale > SHORT_FORM else min(limit, SHORT_CAP)


def row_height(row: Sequence[Cell], widths: Sequence[float]) -> float:
    """How tall a table row of these cells would be, padding included."""
    tallest = 0.0
    for cell, width in zip(row, widths, strict=True):
        height = 0.0
        for flowable in cell if isinstance(cell, list) else [cell]:
            _, h = flowable.wrap(width - CELL_PADDING_X, 1e9)
            height += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        tallest = max(tallest, height)
    return tallest + ROW_PADDING_Y


def fitting_row(make: Callable[[float], list[Cell]], widths: Sequence[float]) -> list[Cell]:
    """The row `make(scale)` builds at the first scale at which it is at most MAX_ROW_HEIGHT
    tall; the short form is taken as it is."""
    for scale in SCALES:
        row = make(scale)
        if row_height(row, widths) <= MAX_ROW_HEIGHT:
            return row
    return make(SHORT_FORM)
