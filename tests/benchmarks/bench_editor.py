"""Editor benchmark: start-up, opening big maps, repaint, drag frame times, memory, and the
cost of one edit on a big map (issue 13).

Run: python tests/benchmarks/bench_editor.py [--runs 5] [--sizes 5000 20000] [--only ROW...]
(`--sizes` with no number: no big-map table. `--only notes title`: those rows alone; rows:
start big notes title add move export check chain.)
Each measurement runs in a fresh child process (offscreen Qt) and the tables show
medians. Targets (issue 3): start within 1.3x of a bare QMainWindow+QGraphicsView;
5,000 cards opened and painted < 1 s; fit-to-window repaint < 50 ms at 5,000 cards;
drag p95 < 8 ms at 5,000 and < 16 ms at 20,000 cards; memory < 250 MB at 5,000.
Issue 13's targets are printed beside its rows. "Until painted" means: the action, then
`processEvents()` twice (Qt handles what the action posted, then the update request that
paints the dirty regions), as the event loop does before the next frame; the "whole
repaint" note is a forced repaint of the entire viewport for comparison, what an edit
costs when it dirties the whole visible map.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_edits import (
    KEYS,
    child_check,
    child_command,
    child_export,
    child_keys,
    child_review,
    watched,
)
from tests.benchmarks.bench_review import chain_journey


def _child(args: list[str], timeout_s: float = 600,
           cap_mb: float | None = None) -> dict[str, float | str]:
    """Runs one measurement in a fresh process; its result, or why it was killed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_T0": repr(time.time())}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run from compiled bytecode
    code, out, err, seconds, killed = watched([sys.executable, __file__, "--child", *args],
                                               env, timeout_s, cap_mb)
    if killed:
        return {"killed": killed, "after_s": seconds}
    if code != 0:
        raise RuntimeError(err[-2000:])
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


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
        def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
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
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsScene,
        QGraphicsView,
        QMainWindow,
    )

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
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsItem,
        QGraphicsScene,
        QGraphicsView,
        QMainWindow,
    )

    from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
    from journey_editor.render import painting
    from journey_editor.render.text import register_fonts
    from journey_editor.templates import new_from_template

    app = QApplication([])
    register_fonts()
    layout = lay_out(new_from_template("retail").journeys[0])
    bounds = QRectF(0, 0, layout.width, layout.height)

    class MapItem(QGraphicsItem):
        def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
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

    from journey_editor.editor.document import Document
    from journey_editor.render.text import register_fonts
    from journey_editor.ui.gui_collector import collect_in_gui_thread
    from journey_editor.ui.main_window import MainWindow

    app = QApplication([])
    collect_in_gui_thread(app)  # as create_window does
    register_fonts()
    start = time.perf_counter()
    window = MainWindow(Document.open(path))
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    window.view.viewport().repaint()
    open_ms = (time.perf_counter() - start) * 1000
    view = window.view
    while view.journey_scene().settling:  # its other cards and arrows, after the frame
        QApplication.processEvents()
    arrows_ms = (time.perf_counter() - start) * 1000
    view.fit()
    fit_ms = _repaint_ms(view)
    view.set_zoom(1.0)
    view.centerOn(800, 600)
    full_ms = _repaint_ms(view)
    drag_one = _drag_p95(view, 1)
    drag_many = _drag_p95(view, 200)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del app
    return {"open_ms": open_ms, "arrows_ms": arrows_ms, "fit_ms": fit_ms, "full_ms": full_ms,
            "drag1_p95": drag_one, "drag200_p95": drag_many, "peak_mb": peak_mb}


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

ROWS = ("start", "big", "notes", "title", "add", "move", "export", "check", "chain")
CHAIN_CARDS, CHAIN_TIMEOUT_S, CHAIN_CAP_MB = 100_000, 120, 4096

Row = tuple[str, str, str, str, str]  # figure, median, spread of the runs, target, note


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[5_000, 20_000])
    parser.add_argument("--only", nargs="+", choices=ROWS, default=list(ROWS), metavar="ROW",
                        help=f"only these rows: {' '.join(ROWS)}")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        result = {"start_bare": child_start_bare, "start_app": child_start_app,
                  "start_minimal": child_start_minimal, "big": child_big,
                  "keys": child_keys, "command": child_command, "export": child_export,
                  "check": child_check, "review": child_review}[mode](*rest)
        print(json.dumps(result))
        return
    _child(["start_app"])  # warm-up: bytecode compiled, files in the page cache
    rows = set(args.only)
    issue: dict[str, Row] = {}
    if "start" in rows:
        issue["start"] = _start(args.runs)
    with tempfile.TemporaryDirectory() as folder:  # the maps the children open
        if "big" in rows and args.sizes:
            issue.update(_big_maps(args.sizes, args.runs, Path(folder)))
        issue.update(_edits(rows, args.runs, Path(folder)))
    print_issue13(issue, args.runs)


def _start(repeats: int) -> Row:
    # Interleaved, so that a slow spell of a shared machine hits all of them alike.
    starts = {"bare QMainWindow+QGraphicsView": ["start_bare"],
              "bare + Qt namespace + msgspec": ["start_bare", "floor"],
              "minimal program drawing the map": ["start_minimal"],
              "journey-editor, sample map": ["start_app"]}
    runs = [[float(_child(child)["ms"]) for child in starts.values()] for _ in range(repeats)]
    minimal = list(starts).index("minimal program drawing the map")
    print(f"start to first paint (median of {repeats} interleaved runs; target <= 1.3x bare)")
    print(f"  {'':<34}{'':>8}{'vs bare':>8}{'vs minimal':>11}")
    for i, name in enumerate(starts):
        ms = statistics.median(run[i] for run in runs)
        ratio = statistics.median(run[i] / run[0] for run in runs)
        to_minimal = [run[i] / run[minimal] for run in runs]
        print(f"  {name:<34}{ms:>5.0f} ms {ratio:>7.2f}x {statistics.median(to_minimal):>9.2f}x")
    return ("start to first paint vs minimal map program", *_summary(to_minimal, "x", 2),
            "<= 1.2x", f"{statistics.median(run[-1] for run in runs):.0f} ms")


def _big_maps(sizes: list[int], repeats: int, folder: Path) -> dict[str, Row]:
    from journey_editor.fileformat import save_workspace
    from tests.benchmarks.bigmap import big_workspace

    print(f"{'cards':>7}{'open+paint':>12}{'+arrows':>9}{'fit repaint':>13}{'100% repaint':>14}"
          f"{'drag 1 p95':>12}{'drag 200 p95':>14}{'peak MB':>9}")
    rows = {}
    for size in sizes:
        path = folder / f"big{size}.journey"
        save_workspace(big_workspace(cards=size, connections=size), path)
        runs = [_child(["big", str(path)]) for _ in range(max(1, repeats // 2))]
        m = {key: statistics.median(float(r[key]) for r in runs) for key in runs[0]}
        print(f"{size:>7}{m['open_ms']:>10.0f}ms{m['arrows_ms']:>7.0f}ms"
              f"{m['fit_ms']:>11.1f}ms{m['full_ms']:>12.1f}ms"
              f"{m['drag1_p95']:>10.1f}ms{m['drag200_p95']:>12.1f}ms{m['peak_mb']:>9.0f}")
        rows[f"open{size}"] = (f"open + first paint, {size:,} cards",
                               *_summary([float(r["open_ms"]) for r in runs], " ms", 0),
                               "<= 1 s" if size == 20_000 else "",
                               f"arrows at {m['arrows_ms']:.0f} ms; peak {m['peak_mb']:.0f} MB")
    return rows


def _edits(rows: set[str], repeats: int, folder: Path) -> dict[str, Row]:
    """Issue 13's rows on the 5,000-card map (and a 50-card one, and chains)."""
    from journey_editor.fileformat import save_workspace
    from journey_editor.model.types import MAX_CARDS, Persona, new_workspace
    from tests.benchmarks.bigmap import big_workspace

    def saved(name: str, workspace) -> str:  # type: ignore[no-untyped-def]
        save_workspace(workspace, folder / name)
        return str(folder / name)

    plan: dict[str, tuple[list[str], float, float | None]] = {}  # child, timeout, memory cap
    if rows & {"notes", "title", "add", "move", "export", "check"}:
        big = saved("big5000.journey", big_workspace(cards=5_000, connections=5_000))
    if "notes" in rows:  # 50 cards: one to a cell of 5 stages x 10 lanes
        small = saved("small50.journey", big_workspace(cards=50, connections=50, stages=5,
                                                       lanes=10))
        plan |= {"notes50": (["keys", "notes", small], 600, None),
                 "notes5000": (["keys", "notes", big], 600, None)}
    if "title" in rows:
        plan["title"] = (["keys", "title", big], 600, None)
    plan |= {kind: (["command", kind, big], 600, None) for kind in ("add", "move") if kind in rows}
    if "export" in rows:
        plan["export"] = (["export", big], 900, None)
    if "check" in rows:
        plan["check"] = (["check", big, "600", "0"], 700, None)
    if "chain" in rows:  # the file holds it as journeys of MAX_CARDS cards each
        chain = saved("chain.journey", new_workspace(
            "Chains", personas=[Persona(id="p1", name="Ann")],
            journeys=[chain_journey(MAX_CARDS, f"j{n}") for n in range(CHAIN_CARDS // MAX_CARDS)]))
        plan["chain"] = (["check", chain, str(CHAIN_TIMEOUT_S), str(CHAIN_CAP_MB)], 900, None)
        plan["review"] = (["review", str(CHAIN_CARDS)], CHAIN_TIMEOUT_S, CHAIN_CAP_MB)
    results: dict[str, list[dict[str, float | str]]] = {key: [] for key in plan}
    for _ in range(repeats):  # interleaved, as the start-up rows
        for key, (child, timeout_s, cap_mb) in plan.items():
            if not any("killed" in r for r in results[key]):  # killed once: enough said
                results[key].append(_child(child, timeout_s, cap_mb))
    return _edit_rows(results)


def _edit_rows(results: dict[str, list[dict[str, float | str]]]) -> dict[str, Row]:
    def ms(key: str) -> list[float]:
        return [float(r["ms"]) for r in results[key]]

    def paint(key: str) -> str:
        median = statistics.median(float(r["paint_ms"]) for r in results[key])
        return f"whole repaint {median:.1f} ms"

    frame = "<= 16 ms"
    rows: dict[str, Row] = {}
    if "notes50" in results:
        rows["notes50"] = ("notes keystroke, 50 cards", *_summary(ms("notes50"), " ms", 1), "",
                           paint("notes50"))
        rows["notes5000"] = ("notes keystroke, 5,000 cards", *_summary(ms("notes5000"), " ms", 1),
                             frame, paint("notes5000"))
        ratios = [a / b for a, b in zip(ms("notes5000"), ms("notes50"), strict=True)]
        rows["ratio"] = ("  ratio 5,000 / 50 cards (per run)", *_summary(ratios, "x", 1),
                         "<= 1.5x", "")
    if "title" in results:
        r = results["title"]
        rows["title"] = ("title keystroke that re-wraps, 5,000 cards",
                         *_summary(ms("title"), " ms", 1), frame,
                         f"re-wrapped {min(int(x['rewrapped']) for x in r)}/{KEYS} keys, row "
                         f"grew/shrank {min(int(x['row_changed']) for x in r)}/{KEYS}; "
                         + paint("title"))
    for kind, label in (("add", "add a card, 5,000 cards"), ("move", "move a card, 5,000 cards")):
        if kind in results:
            rows[kind] = (label, *_summary(ms(kind), " ms", 1), frame, paint(kind))
    if "export" in results:
        rows["export"] = ("export dialog: page size -> preview, 5,000",
                          *_summary(ms("export"), " ms", 0), "<= 100 ms", "")
    for key, label, target in (
            ("check", "`check`, 5,000-card map", "<= 150 ms"),
            ("chain", f"`check`, {CHAIN_CARDS:,}-card chain (file)", "<= 2 s, <= 300 MB"),
            ("review", f"review(), {CHAIN_CARDS:,}-card chain (memory)", "")):
        if key in results:
            rows[key] = _killed_or_timed(label, results[key], target)
    return rows


def _killed_or_timed(label: str, runs: list[dict[str, float | str]], target: str) -> Row:
    killed = next((r for r in runs if "killed" in r), None)
    if killed is None:
        peak = statistics.median(float(r["peak_mb"]) for r in runs)
        return (label, *_summary([float(r["ms"]) for r in runs], " ms", 0), target,
                f"peak {peak:.0f} MB")
    if killed["killed"] == "time":
        return (label, f"> {CHAIN_TIMEOUT_S} s", "", target, "killed at the time limit")
    return (label, f"> {CHAIN_CAP_MB:,} MB", "", target,
            f"killed at the memory cap after {float(killed['after_s']):.0f} s")


def _summary(values: list[float], unit: str, digits: int) -> tuple[str, str]:
    """The median, and the lowest..highest run when there are several."""
    spread = (f"{min(values):.{digits}f}..{max(values):.{digits}f}" if len(values) > 1 else "")
    return f"{statistics.median(values):.{digits}f}{unit}", spread


ISSUE13_ORDER = ("notes50", "notes5000", "ratio", "title", "add", "move", "export", "check",
                 "chain", "review", "open20000", "start")


def print_issue13(rows: dict[str, Row], repeats: int) -> None:
    shown = [rows[key] for key in ISSUE13_ORDER if key in rows]
    if not shown:
        return
    print(f"issue 13 (median of {repeats} runs, each a fresh process; runs: lowest..highest)")
    print(f"  {'figure':<46}{'median':>10}  {'runs':<16}{'target':<19}note")
    for figure, median, spread, target, note in shown:
        print(f"  {figure:<46}{median:>10}  {spread:<16}{target:<19}{note}")


if __name__ == "__main__":
    main()
