"""Regenerates the README screenshot: the main window on the sample journey, rendered offscreen.

Run from the repository: python packaging/make_screenshot.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent / "screenshots" / "main-window.png"


def main() -> None:
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from journey_editor.app import create_window

    QStandardPaths.setTestModeEnabled(True)  # the user's own settings stay untouched
    app = QApplication(sys.argv[:1])
    QSettings().clear()
    window = create_window()
    window.resize(1600, 1000)
    window.show()
    while window.docks["inspector"].widget() is None:  # filled in after the first frame
        app.processEvents()
    window.view.fit()
    scene = window.view.journey_scene()
    scene.select_cards(["card-website"])
    app.processEvents()
    window.grab().save(str(OUT))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
