"""Connection paths that run in the gutters between cells, so arrows rarely cross cards.

A path leaves its card sideways, turns into the vertical gutter at the column
edge, runs along the boundary between two lanes when it must pass other stages,
and enters the target from the side facing it. Each path is offset a little by
a hash of its id so that parallel connections stay apart.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left

from journey_editor.layout.geometry import ConnectionPath, Point, Rect

ARROW_LENGTH = 8.0
ARROW_HALF_WIDTH = 4.0


def route(link_id: str, source: str, target: str, src: Rect, dst: Rect,
          src_col: tuple[float, float], dst_col: tuple[float, float],
          lane_edges: list[float]) -> ConnectionPath:
    spread = (zlib.crc32(link_id.encode()) % 5 - 2) * 2.0
    sy, ty = src.y + src.h / 2 + spread / 2, dst.y + dst.h / 2 + spread / 2
    forward = dst_col[0] > src_col[0]
    backward = dst_col[0] < src_col[0]
    if forward:
        start, out_x = (src.right, sy), src_col[0] + src_col[1] + spread
        end, in_x = (dst.x, ty), dst_col[0] + spread
    elif backward:
        start, out_x = (src.x, sy), src_col[0] + spread
        end, in_x = (dst.right, ty), dst_col[0] + dst_col[1] + spread
    else:  # same stage: out and back in on the right-hand gutter
        start, out_x = (src.right, sy), src_col[0] + src_col[1] + spread
        end, in_x = (dst.right, ty), out_x
    if abs(out_x - in_x) > 1.0:
        lane_y = _nearest_edge(lane_edges, (sy + ty) / 2) + spread
        points = (start, (out_x, sy), (out_x, lane_y), (in_x, lane_y), (in_x, ty), end)
    else:
        points = (start, (out_x, sy), (out_x, ty), end)
    return ConnectionPath(link_id, source, target, points, _arrow(points[-2], end))


def _nearest_edge(edges: list[float], y: float) -> float:
    i = bisect_left(edges, y)
    if i == 0:
        return edges[0]
    if i == len(edges):
        return edges[-1]
    below, above = edges[i - 1], edges[i]
    return below if y - below <= above - y else above


def _arrow(before: Point, tip: Point) -> tuple[Point, Point, Point]:
    direction = 1.0 if tip[0] >= before[0] else -1.0
    base = tip[0] - direction * ARROW_LENGTH
    return tip, (base, tip[1] - ARROW_HALF_WIDTH), (base, tip[1] + ARROW_HALF_WIDTH)
