"""The real program, started as a user starts it (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "journey_editor", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


class Editors(NamedTuple):
    processes: list[subprocess.Popen[str]]
    started: float  # time.monotonic()


@pytest.fixture(scope="module", autouse=True)
def editors(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Editors]:
    """The editor without a file and with a missing one, started before this module's
    first test: they run while the other tests start programs of their own, and the last
    test looks at them (the wait for them is paid once, side by side with the rest)."""
    missing = tmp_path_factory.mktemp("start") / "missing.journey"
    editors = Editors([_start(), _start(str(missing))], time.monotonic())
    yield editors
    for process in editors.processes:
        if process.poll() is None:  # the last test did not run
            process.kill()
            process.communicate()


def test_wrong_argument_is_one_usage_error() -> None:
    process = _start("--page", "x", "y")
    _, err = process.communicate(timeout=30)
    assert process.returncode == 2 and "usage:" in err and "Traceback" not in err


def test_the_window_loads_no_graph_or_pdf_library_at_start() -> None:
    """networkx and reportlab load when a review, a comparison or an export needs them."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from journey_editor.app import create_window\n"
        "app = QApplication([])\n"
        "window = create_window()\n"
        "window.show()\n"
        "while window.docks['inspector'].widget() is None:\n"
        "    app.processEvents()\n"
        "print(sorted({'networkx', 'reportlab'} & {m.split('.')[0] for m in sys.modules}))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_on_a_small_screen_the_first_window_fits_it_and_the_map_stays_readable(
        tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text('{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1024, '
                      '"height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    script = (
        "from PySide6.QtCore import QSettings, QStandardPaths\n"
        "QStandardPaths.setTestModeEnabled(True)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "QSettings().clear()  # a first start\n"
        "from journey_editor.app import create_window\n"
        "window = create_window()\n"
        "window.show()\n"
        "while window.docks['inspector'].widget() is None:\n"
        "    app.processEvents()\n"
        "print(window.width(), window.docks['journeys'].isVisible(),\n"
        "      window.view.journey_scene().detailed)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    width, journeys_dock, titles_drawn = result.stdout.split()
    assert int(width) <= 1024 and journeys_dock == "False" and titles_drawn == "True"


def test_editor_starts_and_keeps_running(editors: Editors) -> None:
    """Without a file and with a missing one, both at once (the `editors` fixture)."""
    deadline = editors.started + 4
    try:
        for process in editors.processes:
            with pytest.raises(subprocess.TimeoutExpired):  # still running: the window is
                process.wait(timeout=max(0.0, deadline - time.monotonic()))  # up, no crash
    finally:
        errors: list[str] = []
        for process in editors.processes:
            process.kill()
            errors.append(process.communicate()[1])
    assert not [err for err in errors if "Traceback" in err]
