"""The canvas's painting functions, which live in journey_editor.render.painting.

They moved below `export` so that the PNG/SVG pictures paint through them without a
scene (issue 14). The canvas modules that import this name get the same functions;
they can import journey_editor.render.painting instead, and this module then goes.
"""

from __future__ import annotations

from journey_editor.render.painting import (
    DETAIL_ZOOM, SELECTION, arrow_polygon, color, connection_bounds, connection_path,
    draw_block, emotion_color, paint_card, paint_connection, paint_curve, paint_grid,
    paint_header, paint_mark, paint_zone_line, qrect, vote_badge,
)

__all__ = [
    "DETAIL_ZOOM", "SELECTION", "arrow_polygon", "color", "connection_bounds",
    "connection_path", "draw_block", "emotion_color", "paint_card", "paint_connection",
    "paint_curve", "paint_grid", "paint_header", "paint_mark", "paint_zone_line", "qrect",
    "vote_badge",
]
