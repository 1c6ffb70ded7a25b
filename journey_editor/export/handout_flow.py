"""The handout's text flow: rows of measured text, paragraphs, groups, and pages.

Pure Python (no reportlab, no Qt): the whole handout is laid out and broken into pages
before anything is drawn, so every page can say "page 2 of 7" and the contents can give
page numbers. Text is measured and wrapped with `textmetrics`, the same DejaVu Sans
metrics the PDF draws with, so a line measured here never runs past its column.

A `Row` is a strip of fixed height (one line of text, or a gap): pages break only
between rows. A `Para` is rows that stay together when they can; a `Group` (a card, a
heading with what follows it) moves to the next page as a whole when it does not fit,
and is split between paragraphs, then between lines, only when it is taller than a page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from journey_editor.layout import textmetrics

INK, MUTED = "#1f2430", "#5b6474"


@dataclass(frozen=True)
class Text:
    """One line of text; x from the content's left edge, baseline below its row's top."""

    text: str
    x: float
    baseline: float
    size: float
    bold: bool = False
    ink: str = INK
    right: bool = False  # x is where the text ends (numbers, answers)
    ref: str = ""  # a page reference: the text is the page number it names, set when drawn


@dataclass(frozen=True)
class Box:
    """A filled rectangle (rules, bars), from its row's top left; y grows downwards."""

    x: float
    y: float
    w: float
    h: float
    ink: str


@dataclass(frozen=True)
class Picture:
    """A card's picture (its key in the workspace's images) fitted into a box, placed as
    a Box is."""

    key: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Row:
    height: float
    texts: tuple[Text, ...] = ()
    boxes: tuple[Box, ...] = ()
    pictures: tuple[Picture, ...] = ()


@dataclass
class Para:
    rows: list[Row]
    keep_with_next: bool = False  # a title never ends a page without what it titles

    @property
    def height(self) -> float:
        return sum(row.height for row in self.rows)


@dataclass
class Group:
    paras: list[Para]
    space_before: float = 0.0  # dropped at the top of a page
    continuation: Row | None = None  # opens each further page of a split group
    ref: str = ""  # records the page the group starts on (the contents' page numbers)

    @property
    def height(self) -> float:
        return sum(para.height for para in self.paras)


Placed = tuple[float, Row]  # the row's top, below the top of the page's content area


# --- making rows ----------------------------------------------------------------------

def gap(height: float) -> Row:
    return Row(height)


def text_rows(text: str, x: float, width: float, size: float, bold: bool = False,
              ink: str = INK, leading: float | None = None) -> list[Row]:
    """`text` wrapped to `width`, one row per line."""
    height = leading or textmetrics.line_height(size)
    baseline = textmetrics.ascent(size) + (height - textmetrics.line_height(size)) / 2
    return [Row(height, (Text(line, x, baseline, size, bold, ink),))
            for line in textmetrics.wrap(text, max(width, 1.0), size, bold)]


def columns(left: Sequence[Text], right: Sequence[Text], height: float) -> list[Row]:
    """Two columns of lines side by side, one row per line of the longer one."""
    count = max(len(left), len(right))
    return [Row(height, tuple(col[i] for col in (left, right) if i < len(col)))
            for i in range(count)]


def wrapped(text: str, x: float, width: float, size: float, bold: bool = False,
            ink: str = INK, baseline: float | None = None) -> list[Text]:
    """The lines of `text` as Texts, for `columns`."""
    base = textmetrics.ascent(size) if baseline is None else baseline
    return [Text(line, x, base, size, bold, ink)
            for line in textmetrics.wrap(text, max(width, 1.0), size, bold)]


def with_bar(rows: Iterable[Row], x: float, width: float, ink: str) -> list[Row]:
    """The rows with a vertical bar down their left side: it marks one card's extent,
    also on the pages a long card continues on."""
    return [Row(row.height, row.texts, (*row.boxes, Box(x, 0.0, width, row.height, ink)),
                row.pictures) for row in rows]


# --- pages ----------------------------------------------------------------------------

@dataclass
class Pages:
    pages: list[list[Placed]] = field(default_factory=lambda: [[]])
    refs: dict[str, int] = field(default_factory=dict)  # ref -> page number (from 1)


def paginate(groups: Iterable[Group], height: float) -> Pages:
    """Places the groups on pages `height` tall (the content area)."""
    pager = _Pager(height)
    for group in groups:
        pager.add(group)
    return pager.result


class _Pager:
    def __init__(self, height: float) -> None:
        self.height = height
        self.result = Pages()
        self.y = 0.0
        self._ref = ""

    @property
    def room(self) -> float:
        return self.height - self.y

    def new_page(self) -> None:
        self.result.pages.append([])
        self.y = 0.0

    def put(self, rows: Iterable[Row]) -> None:
        page = self.result.pages[-1]
        before = len(page)
        for row in rows:
            page.append((self.y, row))
            self.y += row.height
        if self._ref and len(page) > before:  # the first row placed decides the page
            self.result.refs.setdefault(self._ref, len(self.result.pages))
            self._ref = ""

    def add(self, group: Group) -> None:
        space = group.space_before if self.y > 0 else 0.0
        height = group.height
        if space + height > self.room and self.y > 0 and height <= self.height:
            self.new_page()  # it fits on a page of its own: never split it
            space = 0.0
        self.y += space
        self._ref = group.ref
        if height <= self.room:
            self.put(row for para in group.paras for row in para.rows)
        else:
            self._split(group)

    def _split(self, group: Group) -> None:
        """A group taller than a page: between paragraphs, and a paragraph taller than a
        page between its lines; each further page opens with the continuation row."""
        head = [group.continuation] if group.continuation else []
        started = False  # no "(continued)" before anything of the group was printed
        for unit in _units(group.paras):
            opening = head if started else []
            opening_height = sum(row.height for row in opening)
            height = sum(row.height for row in unit)
            if height > self.room and height + opening_height <= self.height:
                self._continue(opening)  # the paragraph fits on the next page: move it
            elif height > self.room:
                for row in unit:  # taller than a page: break it between its lines
                    if row.height > self.room and self.y > opening_height:
                        self._continue(opening)
                        opening, opening_height = head, sum(r.height for r in head)
                    self.put([row])
                started = True
                continue
            self.put(unit)
            started = True

    def _continue(self, opening: list[Row]) -> None:
        self.new_page()
        self.put(opening)


def _units(paras: list[Para]) -> list[list[Row]]:
    """The rows of the paragraphs, a paragraph kept with the next one joined to it."""
    units: list[list[Row]] = []
    joined = False
    for para in paras:
        if joined:
            units[-1].extend(para.rows)
        else:
            units.append(list(para.rows))
        joined = para.keep_with_next
    return units
