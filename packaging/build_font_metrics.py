"""Builds resources/fonts/dejavu-sans-metrics.json from the bundled DejaVu Sans TTFs.

Run from the repository after changing a font: python packaging/build_font_metrics.py

The layout measures text with this table (journey_editor/layout/textmetrics.py) so that
start-up never parses a TTF. Per face it holds the units per em, the hhea ascent,
descent and line gap, and the advance width in font units of every code point the cmap
maps to a glyph, as runs of consecutive code points. Output is deterministic: the same
fonts give the same bytes.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

from reportlab.pdfbase.ttfonts import TTFontFile

from journey_editor.layout.textmetrics import ELLIPSIS, FONT_FILES, METRICS_FILE, font_file
from journey_editor.resources import resource_path

FORMAT = 1
# textmetrics measures missing characters as U+FFFD, and needs ' ' and '…' to wrap.
REQUIRED = (" ", ELLIPSIS, "\ufffd")


def face_metrics(path: Path) -> dict[str, Any]:
    font = TTFontFile(str(path))
    # reportlab exposes ascent/descent from OS/2 typo values scaled to 1/1000 em; the
    # line spacing Qt uses comes from hhea (version, ascender, descender, lineGap).
    _, ascender, descender, line_gap = struct.unpack(">ihhh", font.get_table("hhea")[:10])
    advances = {
        code: font.hmetrics[glyph][0]
        for code, glyph in font.charToGlyph.items()
        if glyph != 0  # glyph 0 is .notdef: the character is not really in the font
    }
    missing = [char for char in REQUIRED if ord(char) not in advances]
    if missing:
        raise SystemExit(f"{path.name} lacks {missing}, which textmetrics needs")
    return {
        "units_per_em": font.unitsPerEm,
        "ascent": ascender,
        "descent": descender,
        "line_gap": line_gap,
        "runs": runs(advances),
    }


def runs(advances: dict[int, int]) -> list[list[Any]]:
    """[[first code point, [advance, advance, ...]], ...] for consecutive code points."""
    result: list[list[Any]] = []
    previous = None
    for code in sorted(advances):
        if previous is None or code != previous + 1:
            result.append([code, []])
        result[-1][1].append(advances[code])
        previous = code
    return result


def build_metrics() -> bytes:
    faces = {"regular": face_metrics(font_file(False)), "bold": face_metrics(font_file(True))}
    text = json.dumps({"format": FORMAT, "faces": faces}, separators=(",", ":"))
    return (text + "\n").encode("ascii")


def main() -> None:
    out = resource_path("fonts", METRICS_FILE)
    out.write_bytes(build_metrics())
    print(f"wrote {out} ({out.stat().st_size:,} bytes) from {', '.join(FONT_FILES.values())}")


if __name__ == "__main__":
    main()
