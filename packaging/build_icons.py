"""Renders the application icon to the PNG sizes of the freedesktop icon theme.

Run from the repository after changing resources/icons/journey-editor.svg:
python packaging/build_icons.py

`journey-editor desktop install` copies resources/icons/hicolor/ into the user's icon
theme as it is, so installing needs neither Qt nor a display. The PNGs are shipped, not
rendered at install time: the desktop file and the MIME type should work the same
whichever Qt the user's environment has (or none, for a packager's build host).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "journey-editor.svg"
# The sizes the hicolor theme lists for applications (Icon Theme Specification).
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "journey-editor.png"


def render(size: int, svg: Path = SOURCE) -> QImage:
    """The icon at size x size pixels, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs one)
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
