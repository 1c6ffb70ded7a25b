"""Shared fixtures. Qt runs offscreen: set before anything imports PySide6."""

from __future__ import annotations

import os

# A desktop-sized screen (the plugin's default is 800 x 800, where the window would
# start in its narrow-screen layout).
_SCREEN = os.path.join(os.path.dirname(__file__), "data", "offscreen-screen.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from journey_editor.model.types import Workspace  # noqa: E402
from tests.factories import small_workspace  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="write tests/golden/*.json from the current layout engine "
                          "(tests/unit/test_golden_layout.py)")


@pytest.fixture(autouse=True, scope="session")
def clipboard_released_at_exit() -> Iterator[None]:
    """See journey_editor.ui.clipboard.release: a filled clipboard crashes PySide at exit."""
    yield
    from journey_editor.ui import clipboard

    clipboard.release()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every test starts from default settings and never writes the user's own."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("JourneyEditorTests")
    QCoreApplication.setApplicationName("Journey Editor")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def workspace() -> Workspace:
    return small_workspace()


@pytest.fixture
def saved(tmp_path: Path, workspace: Workspace) -> Path:
    from journey_editor.fileformat import save_workspace

    path = tmp_path / "map.journey"
    save_workspace(workspace, path)
    return path


# Write protection, stubbed at the OS boundary (tests/unit/test_write_protection.py): tests
# run as root here, where a 0444 file is still writable.
Protect = Callable[[Path], None]


@pytest.fixture
def protect(monkeypatch: pytest.MonkeyPatch) -> Protect:
    """Makes a file write-protected as the OS would report it to a non-root user: mode
    0444, and `os.access(path, W_OK)` false for it (root's answer would be true)."""
    denied: set[Path] = set()
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and isinstance(path, (str, Path)) and Path(path).resolve() in denied:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)

    def protect_file(path: Path) -> None:
        path.chmod(0o444)
        denied.add(path.resolve())

    return protect_file


@pytest.fixture
def someone_else(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every existing file now belongs to another user: we run under another user id."""
    other = os.geteuid() + 4242
    monkeypatch.setattr(os, "geteuid", lambda: other)
