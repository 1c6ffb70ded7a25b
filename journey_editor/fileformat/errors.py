"""The two failures of file IO, each a single line a facilitator can read."""

from __future__ import annotations

import errno
from pathlib import Path

from journey_editor.i18n import translate


MAX_PART = 160  # characters of a quoted value or a path shown in a message


def one_line(text: str, limit: int = MAX_PART) -> str:
    """Messages quote values from the file: keep them one short, printable line."""
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class JourneyFileError(Exception):
    """A `.journey` file could not be read: `str(error)` is one line naming file, place, problem."""

    def __init__(self, path: str | Path, problem: str, where: str = "") -> None:
        self.path = Path(path)
        self.problem = problem = one_line(problem, 2 * MAX_PART)
        self.where = where = one_line(where)
        place = f"{where}: " if where else ""
        super().__init__(f"{self.path.name}: {place}{problem}")


class SaveError(Exception):
    """A file could not be written; the file that was there before is untouched."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


def describe_os_error(error: OSError, folder: Path) -> str:
    """Words for the usual reasons a read or write fails."""
    reasons = {
        errno.ENOSPC: translate("FileErrors", "the disk is full"),
        errno.EDQUOT: translate("FileErrors", "the disk quota is used up"),
        errno.EROFS: translate("FileErrors", "the folder {folder} is on a read-only disk"),
        errno.EACCES: translate("FileErrors", "no permission to write in {folder}"),
        errno.EPERM: translate("FileErrors", "no permission to write in {folder}"),
        errno.ENOENT: translate("FileErrors", "the folder {folder} does not exist"),
        errno.EISDIR: translate("FileErrors", "that is a folder, not a file"),
    }
    reason = reasons.get(error.errno or 0)
    if reason is None:
        return error.strerror or str(error)
    return reason.format(folder=folder)
