"""The emotion curve of a lane: one point per stage, joined by a smooth curve."""

from __future__ import annotations

from journey_editor.layout.geometry import Bezier, EmotionCurve, Point, Rect
from journey_editor.model.graph import emotion_curve
from journey_editor.model.types import Journey, Lane

MAX_EMOTION = 3.0


def lay_out_curve(journey: Journey, lane: Lane, band: Rect,
                  centers: list[float]) -> EmotionCurve:
    """`band` is the drawing area; `centers` the x of each stage's middle."""
    midline = band.y + band.h / 2
    scale = band.h / 2 / MAX_EMOTION
    values = emotion_curve(journey, lane)
    points: list[Point | None] = [
        None if v is None else (x, midline - v * scale)
        for x, v in zip(centers, values, strict=True)
    ]
    known = [p for p in points if p is not None]
    return EmotionCurve(lane.id, band, midline, tuple(points), tuple(_smooth(known)))


def _smooth(points: list[Point]) -> list[Bezier]:
    """Catmull-Rom through the points, as cubic Béziers (what both painters draw).
    Control points are clamped to the segment's y range so the curve never
    overshoots past +3 or -3."""
    segments: list[Bezier] = []
    for i in range(len(points) - 1):
        p0 = points[max(i - 1, 0)]
        p1, p2 = points[i], points[i + 1]
        p3 = points[min(i + 2, len(points) - 1)]
        low, high = min(p1[1], p2[1]), max(p1[1], p2[1])
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, _clamp(p1[1] + (p2[1] - p0[1]) / 6, low, high))
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, _clamp(p2[1] - (p3[1] - p1[1]) / 6, low, high))
        segments.append((p1, c1, c2, p2))
    return segments


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
