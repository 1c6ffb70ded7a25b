"""Plain geometry in points, shared by the screen and the paper painters.

NamedTuples, not dataclasses: a 5,000-card layout builds some 20,000 of them, and
tuples are several times faster to create than frozen dataclasses.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

Point = tuple[float, float]
Bezier = tuple[Point, Point, Point, Point]


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


class TextBlock(NamedTuple):
    """Lines already broken by the layout; painters draw them as they are."""

    lines: tuple[str, ...]
    x: float
    y: float  # top of the first line
    size: float
    line_height: float
    bold: bool = False
    align: str = "left"  # "left" or "center" (within width)
    width: float = 0.0


class HeaderBox(NamedTuple):
    id: str
    rect: Rect
    text: TextBlock
    fill: str
    subtitle: TextBlock | None = None


class PictureBand(NamedTuple):
    """Where a card shows its picture: the band under its title; painters fit the picture
    into it (`fit`), keeping its proportions."""

    key: str  # the picture's key in the workspace's images (see model.images)
    rect: Rect


def fit(band: Rect, width: float, height: float) -> Rect:
    """A width x height picture scaled to fit `band`, centred: what both painters draw."""
    if width <= 0 or height <= 0:
        return band
    scale = min(band.w / width, band.h / height)
    w, h = width * scale, height * scale
    return Rect(band.x + (band.w - w) / 2, band.y + (band.h - h) / 2, w, h)


class CardBox(NamedTuple):
    id: str
    stage: str
    lane: str
    rect: Rect
    title: TextBlock
    fill: str
    footer: Rect | None  # where emotion, votes and flags go; None when there are none
    emotion: int | None
    votes: int
    key: bool
    inconsistent: bool
    status: str
    picture: PictureBand | None = None


class ConnectionPath(NamedTuple):
    id: str
    source: str
    target: str
    points: tuple[Point, ...]
    arrow: tuple[Point, Point, Point]  # triangle at the target end
    tail: float = 0.0  # radius of the dot at the source end (0: none)


class EmotionCurve(NamedTuple):
    lane: str
    band: Rect  # the drawing area inside the lane
    midline: float  # y of emotion 0
    points: tuple[Point | None, ...]  # one per stage; None where no value
    segments: tuple[Bezier, ...]  # the smooth curve through the known points


class ZoneLine(NamedTuple):
    y: float
    x0: float
    x1: float
    label: str


@dataclass
class JourneyLayout:
    width: float
    height: float
    columns: dict[str, tuple[float, float]]  # stage id -> (x, width)
    rows: dict[str, tuple[float, float]]  # lane id -> (y, height)
    stage_headers: list[HeaderBox]
    lane_headers: list[HeaderBox]
    cells: dict[tuple[str, str], Rect]
    lane_fills: dict[str, str]
    cards: dict[str, CardBox]
    connections: list[ConnectionPath]
    curves: list[EmotionCurve]
    zone_lines: list[ZoneLine]
    # (stage id, lane id) -> what the cards of each cell that has any need: kept so
    # that an edit of a few cards lays out only their cells (`layout.relayout`).
    cell_heights: dict[tuple[str, str], float] = field(default_factory=dict)
    _col_edges: list[float] = field(default_factory=list)
    _row_edges: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._col_edges = [x for x, _ in self.columns.values()]
        self._row_edges = [y for y, _ in self.rows.values()]

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (stage id, lane id) of the grid cell under a point, if any."""
        stage = _index(self._col_edges, list(self.columns.values()), x)
        lane = _index(self._row_edges, list(self.rows.values()), y)
        if stage is None or lane is None:
            return None
        return list(self.columns)[stage], list(self.rows)[lane]


def _index(edges: list[float], spans: list[tuple[float, float]], value: float) -> int | None:
    i = bisect_right(edges, value) - 1
    if i < 0 or value >= spans[i][0] + spans[i][1]:
        return None
    return i
