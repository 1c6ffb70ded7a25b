"""A first start of the editor on an offscreen screen of a given size, measured.

Run as a program, in a process of its own (the screen is fixed when Qt starts):
    python -m tests.screens WIDTH HEIGHT [--save PNG]
It prints one JSON line: the window's and the map's width, the zoom and the height in
pixels at which card titles are drawn. tests/gui/test_first_start.py and
packaging/make_screenshot.py use it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile


def screen_config(width: int, height: int) -> str:
    config = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
              "screens": [{"name": f"{width}x{height}", "x": 0, "y": 0, "width": width,
                           "height": height, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(config, file)
    return file.name


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("width", type=int)
    parser.add_argument("height", type=int)
    parser.add_argument("--save", help="a PNG of the window")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config(args.width, args.height)}"

    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)  # a first start: no settings of the user's
    app = QApplication(sys.argv[:1])
    QSettings().clear()
    from journey_editor.app import create_window

    window = create_window()
    window.show()
    while window.docks["inspector"].widget() is None:  # the docks fill in after a frame
        app.processEvents()
    for _ in range(10):
        app.processEvents()
    view = window.view
    scene = view.journey_scene()
    if args.save:
        window.grab().save(args.save)
    print(json.dumps({"window": window.width(), "map": view.viewport().width(),
                      "zoom": view.zoom(), "title_px": scene.map_style.card_font * view.zoom(),
                      "detailed": scene.detailed}))
    QSettings().clear()


if __name__ == "__main__":
    main()
