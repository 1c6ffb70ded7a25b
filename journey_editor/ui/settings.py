"""Typed access to the user's settings (QSettings): recent files, window layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class Settings:
    def __init__(self) -> None:
        self._store = QSettings()

    def recent_files(self) -> list[Path]:
        value = self._store.value("recent_files", [])
        names = [value] if isinstance(value, str) else list(value or [])
        return [Path(name) for name in names if name]

    def add_recent_file(self, path: Path) -> None:
        names = [str(path)] + [str(p) for p in self.recent_files() if p != path]
        self._store.setValue("recent_files", names[:MAX_RECENT])

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._store.value("window/geometry")
        state = self._store.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def last_folder(self) -> str:
        return str(self._store.value("last_folder", "") or "")

    def set_last_folder(self, folder: Path) -> None:
        self._store.setValue("last_folder", str(folder))

    def ask_summary(self) -> bool:
        """Whether Save asks for a summary of the revision (off by default)."""
        value = self._store.value("save/ask_summary", False)
        return value in (True, "true", "1", 1)

    def set_ask_summary(self, on: bool) -> None:
        self._store.setValue("save/ask_summary", bool(on))

    def export_author(self) -> str:
        """The name exports give as their author: empty until the user types one (never
        guessed from the computer's login, which may not be a name to publish)."""
        return str(self._store.value("export/author", "") or "")

    def set_export_author(self, name: str) -> None:
        self._store.setValue("export/author", name.strip())
