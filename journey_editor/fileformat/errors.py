"""The two failures of file IO, each a single line a facilitator can read."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from journey_editor.i18n import translate

MAX_PART = 160  # characters of a quoted value or a path shown in a message


def one_line(text: str, limit: int = MAX_PART) -> str:
    """Messages quote values from the file: keep them one short, printable line."""
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# What a terminal or a label obeys instead of showing: C0 and C1 controls (line breaks,
# ESC of ANSI sequences, CSI), Unicode line and paragraph separators, the bidi overrides
# that can make a name read as another, and lone surrogates (never text).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(name: str | os.PathLike[str]) -> str:
    """A file name or path (or a line naming one) as a message may show it: on one line,
    with nothing a terminal would obey, escaped as Python writes it (\\n, \\x1b). The
    bytes of a name that is not UTF-8, which Python keeps as lone surrogates
    (U+DC80-U+DCFF), are shown as the bytes they were: \\xff."""
    return _UNSAFE.sub(_escape, os.fspath(name))


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape of one undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class JourneyFileError(Exception):
    """A `.journey` file could not be read: `str(error)` is one line naming file, place, problem."""

    def __init__(self, path: str | Path, problem: str, where: str = "") -> None:
        self.path = Path(path)
        self.problem = problem = one_line(problem, 2 * MAX_PART)
        self.where = where = one_line(where)
        place = f"{where}: " if where else ""
        super().__init__(f"{printable(self.path.name)}: {place}{problem}")


class SaveError(Exception):
    """A file could not be written; the file that was there before is untouched."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{printable(self.path.name)}: {problem}")


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
    return reason.format(folder=printable(folder))
