"""A connection to route (`Link`) and the plan of its path, filled in as routing goes:
which card sides it leaves and enters by, then its ports and its lanes (see `routing`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from journey_editor.layout.geometry import Rect


class Link(NamedTuple):
    """One connection to route: its id, its cards' ids and boxes, their stage columns."""

    id: str
    source: str
    target: str
    src: Rect
    dst: Rect
    src_col: tuple[float, float]
    dst_col: tuple[float, float]


@dataclass(slots=True)
class Plan:
    """A path being routed: the sides it uses, then its port heights and lane offsets."""

    link: Link
    src_right: bool  # leaves the source by its right side
    dst_right: bool  # enters the target by its right side
    out_x: float  # the gutter the path turns into after leaving the source
    in_x: float  # the gutter it enters the target from
    start_x: float  # the x of its source end
    end_x: float  # and of its target end
    one_gutter: bool  # both ends face the same gutter: no run along a lane edge
    sy: float = 0.0
    ty: float = 0.0
    s_step: float = 0.0  # the spacing of the ports on the source's side
    t_step: float = 0.0  # and on the target's side
    lane_y: float = 0.0  # the lane edge it runs along between the gutters (if two)
    out_off: float = 0.0
    mid_off: float = 0.0
    in_off: float = 0.0


def plan_of(link: Link) -> Plan:
    _, _, _, src, dst, (src_x, src_w), (dst_x, dst_w) = link
    if dst_x > src_x:  # forward: out on the right, in on the left
        out_x, in_x = src_x + src_w, dst_x
        return Plan(link, True, False, out_x, in_x, src.x + src.w, dst.x,
                     -1.0 <= out_x - in_x <= 1.0)
    if dst_x < src_x:  # backward
        out_x, in_x = src_x, dst_x + dst_w
        return Plan(link, False, True, out_x, in_x, src.x, dst.x + dst.w,
                     -1.0 <= out_x - in_x <= 1.0)
    out_x = src_x + src_w  # same stage: a loop
    return Plan(link, True, True, out_x, out_x, src.x + src.w, dst.x + dst.w, True)
