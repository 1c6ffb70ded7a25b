"""The real program, started as a user starts it (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "journey_editor", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("arguments", [(), ("missing.journey",)])
def test_editor_starts_and_keeps_running(tmp_path: Path, arguments: tuple[str, ...]) -> None:
    process = _start(*(str(tmp_path / a) for a in arguments))
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=4)  # still running: the window is up, nothing crashed
    finally:
        process.kill()
        _, err = process.communicate()
    assert "Traceback" not in err


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
