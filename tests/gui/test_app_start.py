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
