"""Issue 13's measurements, children of bench_editor.py (each runs in a fresh process):
one edit on a big map in the editor's own window, from the action until the map's
viewport has painted; `check` and `review()` on long chains, time and peak memory.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_review import chain_journey

ROOT = Path(__file__).resolve().parents[2]


def watched(command: list[str], env: dict[str, str], timeout_s: float,
             cap_mb: float | None) -> tuple[int | None, str, str, float, str]:
    """Runs `command` to its end: exit code, stdout, stderr, seconds, and "time" or
    "memory" when it was killed for running past `timeout_s` or `cap_mb` resident MB
    (the machine is shared: a quadratic run must not take all of its memory)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True, env=env, cwd=ROOT)
        killed = ""
        while not killed:
            try:  # without a cap, one blocking wait: the time is not rounded to a poll
                process.wait(timeout_s if cap_mb is None else 0.01)
                break
            except subprocess.TimeoutExpired:
                if time.perf_counter() - start > timeout_s:
                    killed = "time"
                elif cap_mb is not None and _rss_mb(process.pid) > cap_mb:
                    killed = "memory"
        if killed:
            process.kill()
            process.wait()
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return process.returncode, out.read(), err.read(), seconds, killed


def _rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:  # gone meanwhile
        return 0.0
    kb = next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return int(kb) / 1024


# --- edits on a big map, until painted -----------------------------------------------------

KEYS, COMMANDS, PAGE_CHANGES, WARM_UP = 30, 20, 8, 2


def open_window(path: str):  # type: ignore[no-untyped-def]
    """(application, the editor's window on `path`): 1400 x 900, default settings, shown."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from journey_editor.editor.document import Document
    from journey_editor.render.text import register_fonts
    from journey_editor.ui.gui_collector import collect_in_gui_thread
    from journey_editor.ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)  # no saved window state or preferences
    app = QApplication([])
    collect_in_gui_thread(app)  # as create_window does
    register_fonts()
    window = MainWindow(Document.open(path))
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    window.view.journey_scene().finish_opening()  # the edits are timed on a settled map
    return app, window


def _edit_window(path: str):  # type: ignore[no-untyped-def]
    """The editor's window on `path` at 100 %, with one card selected (so the Inspector
    shows it) and centred: the first card of the middle stage in the middle touchpoint
    lane."""
    from PySide6.QtWidgets import QApplication

    app, window = open_window(path)
    scene = window.view.journey_scene()
    journey = window.document.journey(scene.journey_id)
    channels = [lane.id for lane in journey.lanes if lane.kind == "channel"]
    cell = (journey.stages[len(journey.stages) // 2].id, channels[len(channels) // 2])
    card = next(c for c in journey.cards if (c.stage, c.lane) == cell)
    window.view.set_zoom(1.0)
    window.show_card(journey.id, card.id)
    window.view.centerOn(scene.cards[card.id])
    QApplication.processEvents()
    assert window.panels.inspector.shown_item() == (journey.id, "card", card.id)
    return app, window, card


def _until_painted(view) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    # What the action posted, then the update request that paints the dirty region (the
    # scene's changes are posted first): what the event loop does before the next frame.
    # A forced repaint of the whole viewport would time an unchanged map too.
    QApplication.processEvents()
    QApplication.processEvents()


def _ms(action, count: int, after=None) -> list[float]:  # type: ignore[no-untyped-def]
    """`count` times, after WARM_UP untimed: ms that `action(i)` takes; then `after(i)`,
    untimed."""
    times = []
    for i in range(WARM_UP + count):
        start = time.perf_counter()
        action(i)
        if i >= WARM_UP:
            times.append((time.perf_counter() - start) * 1000)
        if after is not None:
            after(i)
    return times


def _painted(view, action):  # type: ignore[no-untyped-def]
    """`action(i)`, then until the map's viewport has painted."""
    return lambda i: (action(i), _until_painted(view))


def _paint_alone_ms(view) -> float:  # type: ignore[no-untyped-def]
    """A forced repaint of the whole viewport: the cost of an edit that dirties it all."""
    return statistics.median(_ms(lambda i: view.viewport().repaint(), KEYS))


def _edge_title(scene, card_id: str) -> str:  # type: ignore[no-untyped-def]
    """A title that fills its card's first line: one more letter wraps its last word."""
    from journey_editor.layout import textmetrics

    box = scene.layout.cards[card_id]
    width = box.rect.w - 2 * scene.map_style.card_padding

    def lines(text: str) -> int:
        return len(textmetrics.wrap(text, width, box.title.size))

    title = "Delivery status e-mail x"
    while lines(title + "x") == 1:
        title += "x"
    return title


def child_keys(field: str, path: str) -> dict[str, float]:
    """Keystrokes in the Inspector's `field` of the selected card. Notes: letters typed
    at the end. Title: set to a title that fills its first line, then "x" and Backspace
    alternately at its end, so that every keystroke wraps or unwraps its last word."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from journey_editor.editor import commands

    app, window, card = _edit_window(path)
    view, document = window.view, window.document
    scene = view.journey_scene()
    widget = window.panels.inspector.field_widget(field)
    if field == "notes":
        widget.moveCursor(QTextCursor.MoveOperation.End)
        keys: list[object] = [chr(ord("a") + i % 26) for i in range(WARM_UP + KEYS)]
    else:
        edit = commands.make_edit(document, scene.journey_id, "card", card.id,
                                  {"title": _edge_title(scene, card.id)})
        assert edit is not None
        document.push(edit)
        _until_painted(view)
        widget.end(False)
        keys = ["x", Qt.Key.Key_Backspace] * ((WARM_UP + KEYS) // 2)

    def shape() -> tuple[int, float]:  # the title's lines, its row's height
        layout = view.journey_scene().layout
        return len(layout.cards[card.id].title.lines), layout.rows[card.lane][1]

    shapes = [shape()]
    times = _ms(_painted(view, lambda i: QTest.keyClick(widget, keys[i])), KEYS,
                lambda i: shapes.append(shape()))
    result = {"ms": statistics.median(times), "paint_ms": _paint_alone_ms(view)}
    if field == "title":
        timed = list(zip(shapes[WARM_UP:], shapes[WARM_UP + 1:], strict=False))
        result["rewrapped"] = sum(a[0] != b[0] for a, b in timed)
        result["row_changed"] = sum(a[1] != b[1] for a, b in timed)
    del app
    return result


def child_command(kind: str, path: str) -> dict[str, float]:
    """The selected card's cell gets a new card ("add"), or the card moves to the next
    stage's cell of its lane ("move"): command built and pushed, until painted; each
    undone afterwards, untimed."""
    from PySide6.QtWidgets import QApplication

    from journey_editor.editor import commands
    from journey_editor.model.types import Card

    app, window, card = _edit_window(path)
    view, document = window.view, window.document
    journey = document.journey(view.journey_scene().journey_id)
    stages = [stage.id for stage in journey.stages]
    target = stages[stages.index(card.stage) + 1]

    def push(i: int) -> None:
        if kind == "add":
            new = Card(id=f"bench-{i}", stage=card.stage, lane=card.lane, title="New touchpoint")
            command = commands.make_add_card(document, journey.id, new)
        else:
            command = commands.make_move_cards(document, journey.id, [(card.id, target, card.lane)])
        pushed = command is not None and document.push(command)
        assert pushed, kind

    def undo(i: int) -> None:
        document.undo_stack.undo()
        QApplication.processEvents()

    times = _ms(_painted(view, push), COMMANDS, undo)
    result = {"ms": statistics.median(times), "paint_ms": _paint_alone_ms(view)}
    del app
    return result


def child_export(path: str) -> dict[str, float]:
    """File > Export on the window: the page size switched between A2 and A1 (as picked
    from the list) until the preview shows the new page."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app, window, _ = _edit_window(path)
    result: dict[str, float] = {}

    def measure() -> None:  # in the dialog's own event loop
        dialog = QApplication.activeModalWidget()
        try:
            result["ms"] = statistics.median(_ms(_page_changes(dialog), PAGE_CHANGES))
        finally:  # closed whatever happened, else exec() would never return
            dialog.reject()

    QTimer.singleShot(0, measure)
    window.dialogs.export()
    del app
    if "ms" not in result:
        raise RuntimeError("the export dialog was not measured (see the error above)")
    return result


def _page_changes(dialog):  # type: ignore[no-untyped-def]
    """Page size A2, then A1, then A2...: picked in the list, until the preview shows it."""
    from PySide6.QtWidgets import QApplication

    combo, preview = dialog.page, dialog.preview
    sizes = [combo.findText("A2"), combo.findText("A1")]

    def change(i: int) -> None:
        shown = preview.pixmap().cacheKey()
        combo.setCurrentIndex(sizes[i % 2])
        QApplication.processEvents()
        deadline = time.perf_counter() + 30  # should the preview come later, wait for it
        while preview.pixmap().cacheKey() == shown and time.perf_counter() < deadline:
            QApplication.processEvents()
        preview.repaint()

    return change


def child_check(path: str, timeout_s: str, cap_mb: str) -> dict[str, float | str]:
    """`journey-editor check FILE`, its own process: wall time and peak resident memory
    (this process's only child, so RUSAGE_CHILDREN is its own)."""
    import resource

    code, _, err, seconds, killed = watched(
        [sys.executable, "-m", "journey_editor", "check", path], dict(os.environ),
        float(timeout_s), float(cap_mb) or None)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if killed:
        return {"killed": killed, "after_s": seconds, "peak_mb": peak_mb}
    if code not in (0, 1):
        raise RuntimeError(err[-2000:])
    return {"ms": seconds * 1000, "peak_mb": peak_mb}


def child_review(cards: str) -> dict[str, float]:
    """`review()` on one chain journey held in memory (the file limit does not apply)."""
    import resource

    from journey_editor.analysis.review import review

    journey = chain_journey(int(cards))
    base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    review(journey)
    ms = (time.perf_counter() - start) * 1000
    return {"ms": ms, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "base_mb": base_mb}
