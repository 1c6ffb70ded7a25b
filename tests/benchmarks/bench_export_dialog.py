"""Export dialog benchmark (issue 13, item 2): opening File > Export on a big map and
changing its page setup, until the preview is painted, with how many times the map
was laid out and how many canvas scenes were built for each.

Run: python tests/benchmarks/bench_export_dialog.py [--cards 5000] [--runs 7] [--no-scene]
`--no-scene`: the dialog opened without the window's scene (it lays the map out itself).
"Until painted": the widget change, `processEvents()`, then a repaint of the preview.
Target: a page size change at 5,000 cards <= 100 ms, no layout and no scene.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from journey_editor.canvas import scene as scene_module
from journey_editor.canvas.scene import JourneyScene
from journey_editor.editor.document import Document
from journey_editor.export import pdf
from journey_editor.layout import engine
from journey_editor.ui import export_dialog
from journey_editor.ui.export_dialog import ExportDialog
from tests.benchmarks.bigmap import big_workspace

COUNTS = {"lay_out": 0, "scenes": 0}


def _count_layouts() -> None:
    """Counts every call of the layout engine, wherever a module imported it from."""
    real = engine.lay_out

    def counted(*args: Any, **kwargs: Any) -> Any:
        COUNTS["lay_out"] += 1
        return real(*args, **kwargs)

    for module in (engine, pdf, scene_module, export_dialog):
        if hasattr(module, "lay_out"):
            module.lay_out = counted  # type: ignore[attr-defined]
    real_init = JourneyScene.__init__

    def counted_init(self: JourneyScene, *args: Any, **kwargs: Any) -> None:
        COUNTS["scenes"] += 1
        real_init(self, *args, **kwargs)

    JourneyScene.__init__ = counted_init  # type: ignore[method-assign]


def _until_painted(app: QApplication, dialog: ExportDialog, action: Callable[[], None],
                   ) -> tuple[float, int, int]:
    """ms, layouts and scenes of one action, until the preview is painted."""
    before = dict(COUNTS)
    start = time.perf_counter()
    action()
    app.processEvents()
    dialog.preview.repaint()
    ms = (time.perf_counter() - start) * 1000
    return ms, COUNTS["lay_out"] - before["lay_out"], COUNTS["scenes"] - before["scenes"]


def _actions(dialog: ExportDialog) -> dict[str, list[Callable[[], None]]]:
    """Each row's actions, cycled through (each one changes something)."""
    def page(name: str) -> Callable[[], None]:
        return lambda: dialog.page.setCurrentIndex(dialog.page.findText(name))

    def orientation(key: str) -> Callable[[], None]:
        return lambda: dialog.orientation.setCurrentIndex(dialog.orientation.findData(key))

    def value(spin: Any, number: float) -> Callable[[], None]:
        return lambda: spin.setValue(number)

    return {
        "page size": [page(n) for n in ("A2", "A0", "A3", "A1")],
        "orientation": [orientation(k) for k in ("landscape", "portrait", "auto")],
        "margins": [value(dialog.margin, m) for m in (15, 20, 5, 10)],
        "tiling on/off": [lambda: dialog.tile.setChecked(True),
                          lambda: dialog.tile.setChecked(False)],
        "scale (not fitted)": [value(dialog.scale, s) for s in (20, 25, 15, 30)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-scene", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    _count_layouts()
    document = Document(big_workspace(args.cards, args.cards))
    visible = JourneyScene(document, "big")  # the window's scene, there before the dialog
    kwargs = {} if args.no_scene else {"scene": visible}
    rows: list[tuple[str, list[float], float, float]] = []
    COUNTS.update(lay_out=0, scenes=0)
    start = time.perf_counter()
    dialog = ExportDialog(document, "big", **kwargs)
    dialog.show()
    app.processEvents()
    dialog.preview.repaint()
    rows.append(("open the dialog", [(time.perf_counter() - start) * 1000],
                 COUNTS["lay_out"], COUNTS["scenes"]))
    for name, actions in _actions(dialog).items():
        if name.startswith("scale"):
            dialog.fit.setChecked(False)
        times, layouts, scenes = [], 0, 0
        for run in range(args.runs):
            ms, n_layouts, n_scenes = _until_painted(app, dialog, actions[run % len(actions)])
            times.append(ms)
            layouts, scenes = layouts + n_layouts, scenes + n_scenes
        rows.append((name, times, layouts / args.runs, scenes / args.runs))
    mode = "without the window's scene" if args.no_scene else "with the window's scene"
    print(f"Export dialog, {args.cards:,} cards, {mode}; median of {args.runs} runs")
    print(f"| {'change':<20} | {'ms (median)':>11} | {'max ms':>7} | layouts | scenes |")
    print(f"|{'-' * 22}|{'-' * 13}|{'-' * 9}|---------|--------|")
    for name, times, layouts, scenes in rows:
        print(f"| {name:<20} | {statistics.median(times):>11.1f} | {max(times):>7.1f} "
              f"| {layouts:>7.1f} | {scenes:>6.1f} |")
    print("Target: page size <= 100 ms, 0 layouts and 0 scenes per change.")
    dialog.close()


if __name__ == "__main__":
    main()
