"""The map as last saved, read back from its file to compare the open map with, or to
keep as a baseline; read again only when the file changed (size or time)."""

from __future__ import annotations

from pathlib import Path

from journey_editor.fileformat import read_workspace
from journey_editor.model.types import Workspace


class SavedMap:
    def __init__(self) -> None:
        self._key: tuple[Path, int, int] | None = None
        self._workspace: Workspace | None = None

    def read(self, path: Path) -> Workspace:
        """The file's workspace; raises JourneyFileError (one line) when it cannot be read."""
        try:
            info = path.stat()
            key = (path, info.st_mtime_ns, info.st_size)
        except OSError:
            key = None
        if key is None or key != self._key or self._workspace is None:
            self._workspace, self._key = read_workspace(path), key
        return self._workspace
