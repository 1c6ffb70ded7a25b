"""Editor benchmark: start-up, opening big maps, repaint, drag frame times, memory.

Run: python tests/benchmarks/bench_editor.py [--runs 5] [--sizes 5000 20000]
(`--sizes` with no number: start-up only.)
Each measurement runs in a fresh child process (offscreen Qt) and the table shows
medians. Targets (issue 3): start within 1.3x of a bare QMainWindow+QGraphicsView;
5,000 cards opened and painted < 1 s; fit-to-window repaint < 50 ms at 5,000 cards;
drag p95 < 8 ms at 5,000 and < 16 ms at 20,000 cards; memory < 250 MB at 5,000.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _child(args: list[str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_T0": repr(time.time())}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run from compiled bytecode
    result = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# --- children ----------------------------------------------------------------------------

def _first_paint_ms(window, viewport, show=None) -> float:  # type: ignore[no-untyped-def]
    """Shows `window`; ms from process spawn until its map viewport has been painted once.

    The spy delivers the viewport's first paint event itself and notes the time when
    that paint is done: the window's first frame, before anything the application puts
    off until after it.
    """
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() != QEvent.Type.Paint or painted:
                return False
            watched.removeEventFilter(self)
            QApplication.sendEvent(watched, event)  # the paint itself, then the time
            painted.append(time.time())
            return True

    spy = FirstPaint()
    viewport.installEventFilter(spy)  # installed last: runs before the window's own filter
    window.resize(1400, 900)
    (show or window.show)()
    while not painted:
        QApplication.processEvents()
    return (painted[0] - float(os.environ["BENCH_T0"])) * 1000


def child_start_bare(floor: str = "") -> dict[str, float]:
    """The bare window; with "floor", it also pays two costs no real editor can avoid:
    PySide6 building the `Qt` namespace's ~100 enum classes on first use, and msgspec."""
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow

    app = QApplication([])
    if floor:
        import msgspec  # noqa: F401
        from PySide6.QtCore import Qt

        Qt.AlignmentFlag.AlignLeft  # noqa: B018
    window = QMainWindow()
    view = QGraphicsView(QGraphicsScene(0, 0, 1000, 800))
    window.setCentralWidget(view)
    result = {"ms": _first_paint_ms(window, view.viewport())}
    del app
    return result


def child_start_minimal() -> dict[str, float]:
    """The least any program can do to show the sample map with this stack: the sample
    read and laid out, its grid and cards drawn by our painter in one item of a bare
    window; no headers, arrows, menus, docks or editing."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView
    from PySide6.QtWidgets import QMainWindow

    from journey_editor.canvas import painting
    from journey_editor.canvas.text import register_fonts
    from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
    from journey_editor.templates import new_from_template

    app = QApplication([])
    register_fonts()
    layout = lay_out(new_from_template("retail").journeys[0])
    bounds = QRectF(0, 0, layout.width, layout.height)

    class MapItem(QGraphicsItem):
        def boundingRect(self) -> QRectF:  # noqa: N802
            return bounds

        def paint(self, painter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
            painting.paint_grid(painter, layout, DEFAULT_STYLE)
            for box in layout.cards.values():
                painting.paint_card(painter, box, DEFAULT_STYLE)

    window, scene = QMainWindow(), QGraphicsScene()
    scene.addItem(MapItem())
    view = QGraphicsView(scene)
    window.setCentralWidget(view)
    view.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio)
    result = {"ms": _first_paint_ms(window, view.viewport())}
    del app
    return result


def child_start_app() -> dict[str, float]:
    """The real program (`journey-editor`, no argument), quit after its first frame."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import journey_editor.app
    from journey_editor.cli import main

    build = journey_editor.app.create_window
    result: dict[str, float] = {}

    def measured_window():  # type: ignore[no-untyped-def]
        window = build()
        show = window.show

        def show_and_time() -> None:
            result["ms"] = _first_paint_ms(window, window.view.viewport(), show)
            QTimer.singleShot(0, QApplication.quit)  # out of the event loop run() enters next

        window.show = show_and_time
        return window

    journey_editor.app.create_window = measured_window
    main([])
    return result


def child_big(path: str) -> dict[str, float]:
    """Open a big file and paint it; repaint times; drag frame times; peak memory."""
    import resource

    from PySide6.QtWidgets import QApplication

    from journey_editor.canvas.text import register_fonts
    from journey_editor.editor.document import Document
    from journey_editor.ui.main_window import MainWindow

    app = QApplication([])
    register_fonts()
    start = time.perf_counter()
    window = MainWindow(Document.open(path))
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    window.view.viewport().repaint()
    open_ms = (time.perf_counter() - start) * 1000
    view = window.view
    view.fit()
    fit_ms = _repaint_ms(view)
    view.set_zoom(1.0)
    view.centerOn(800, 600)
    full_ms = _repaint_ms(view)
    drag_one = _drag_p95(view, 1)
    drag_many = _drag_p95(view, 200)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del app
    return {"open_ms": open_ms, "fit_ms": fit_ms, "full_ms": full_ms, "drag1_p95": drag_one,
            "drag200_p95": drag_many, "peak_mb": peak_mb}


def _repaint_ms(view) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(7):
        view.viewport().update()
        start = time.perf_counter()
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _drag_p95(view, count: int) -> float:  # type: ignore[no-untyped-def]
    """Presses on a visible card, selects `count` cards, moves 60 steps: ms per frame."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    scene = view.journey_scene()
    visible = [item for item in view.items(view.viewport().rect()) if item in
               set(scene.cards.values())]
    grabbed = visible[0]
    # The cards a rubber band around the grabbed one would catch: its nearest neighbours.
    gx, gy = grabbed.box.rect.x, grabbed.box.rect.y
    nearest = sorted(scene.layout.cards.values(),
                     key=lambda b: (b.rect.x - gx) ** 2 + (b.rect.y - gy) ** 2)[:count]
    scene.select_cards([box.id for box in nearest])
    rect = grabbed.box.rect
    at = view.mapFromScene(QPointF(rect.x + 20, rect.y + rect.h / 2))
    left = Qt.MouseButton.LeftButton

    def send(kind, point, buttons, modifiers=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
        event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)),
                            left, buttons, modifiers)
        QApplication.sendEvent(view.viewport(), event)

    # A plain press on a selected card drags the whole selection, as a user does.
    send(QMouseEvent.Type.MouseButtonPress, at, left)
    times = []
    for i in range(60):
        start = time.perf_counter()
        send(QMouseEvent.Type.MouseMove, at + type(at)(3 * i, 2 * i), left)
        QApplication.processEvents()  # paints the dirty region, as the event loop does
        times.append((time.perf_counter() - start) * 1000)
    send(QMouseEvent.Type.MouseButtonRelease, at, Qt.MouseButton.NoButton)
    view.journey_scene().document.undo_stack.undo()
    times.sort()
    return times[int(len(times) * 0.95) - 1]


# --- parent ------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[5_000, 20_000])
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        result = {"start_bare": child_start_bare, "start_app": child_start_app,
                  "start_minimal": child_start_minimal,
                  "big": child_big}[mode](*rest)
        print(json.dumps(result))
        return
    _child(["start_app"])  # warm-up: bytecode compiled, files in the page cache
    # Interleaved, so that a slow spell of a shared machine hits all of them alike.
    starts = {"bare QMainWindow+QGraphicsView": ["start_bare"],
              "bare + Qt namespace + msgspec": ["start_bare", "floor"],
              "minimal program drawing the map": ["start_minimal"],
              "journey-editor, sample map": ["start_app"]}
    runs = [[_child(child)["ms"] for child in starts.values()] for _ in range(args.runs)]
    print(f"start to first paint (median of {args.runs} interleaved runs; target <= 1.3x bare)")
    for i, name in enumerate(starts):
        ms = statistics.median(run[i] for run in runs)
        ratio = statistics.median(run[i] / run[0] for run in runs)
        print(f"  {name:<34}{ms:>5.0f} ms {ratio:>5.2f}x")
    if args.sizes:
        _big_maps(args.sizes, args.runs)


def _big_maps(sizes: list[int], repeats: int) -> None:
    from journey_editor.fileformat import save_workspace
    from tests.benchmarks.bigmap import big_workspace

    print(f"{'cards':>7}{'open+paint':>12}{'fit repaint':>13}{'100% repaint':>14}"
          f"{'drag 1 p95':>12}{'drag 200 p95':>14}{'peak MB':>9}")
    for size in sizes:
        path = Path(tempfile.mkdtemp()) / f"big{size}.journey"
        save_workspace(big_workspace(cards=size, connections=size), path)
        runs = [_child(["big", str(path)]) for _ in range(max(1, repeats // 2))]
        m = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        print(f"{size:>7}{m['open_ms']:>10.0f}ms{m['fit_ms']:>11.1f}ms{m['full_ms']:>12.1f}ms"
              f"{m['drag1_p95']:>10.1f}ms{m['drag200_p95']:>12.1f}ms{m['peak_mb']:>9.0f}")


if __name__ == "__main__":
    main()
