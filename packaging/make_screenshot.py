"""Regenerates the screenshots, rendered offscreen: the README's (the main window on the
sample journey, a card selected) and a first start on each screen size facilitators meet.

Run from the repository: python packaging/make_screenshot.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "packaging" / "screenshots"
SCREENS = ((1024, 768), (1280, 720), (1366, 768), (1920, 1080))
README_SIZE = (1000, 640)  # a project page shows it at its own size: titles stay readable
README_ZOOM = 1.3


def first_starts() -> None:
    for width, height in SCREENS:
        path = OUT / f"first-start-{width}x{height}.png"
        subprocess.run([sys.executable, "-m", "tests.screens", str(width), str(height),
                        "--save", str(path)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        print(f"wrote {path}")


def readme_shot() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.screens import screen_config

    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config(1920, 1080)}"
    from PySide6.QtCore import QSettings, QStandardPaths, Qt
    from PySide6.QtWidgets import QApplication

    from journey_editor.app import create_window

    QStandardPaths.setTestModeEnabled(True)  # the user's own settings stay untouched
    app = QApplication(sys.argv[:1])
    QSettings().clear()
    window = create_window()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*README_SIZE)
    window.show()
    while window.docks["inspector"].widget() is None:  # filled in after the first frame
        app.processEvents()
    for dock in window.docks.values():  # the map, as the room sees it; docks in the rails
        dock.hide()
    app.processEvents()
    window.view.set_zoom(README_ZOOM)
    window.view.horizontalScrollBar().setValue(0)
    window.view.verticalScrollBar().setValue(0)
    window.view.journey_scene().select_cards(["card-ratings-reviews"])
    for _ in range(10):
        app.processEvents()
    path = OUT / "main-window.png"
    window.grab().save(str(path))
    QSettings().clear()
    print(f"wrote {path}")


if __name__ == "__main__":
    first_starts()
    readme_shot()
