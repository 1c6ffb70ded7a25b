"""Removes the temporary files that killed saves and autosaves left behind.

Every write of this program goes through `write_atomically`, whose temporary file is
`.<name>.<8 random characters>.tmp` in the target's folder (tempfile.mkstemp's naming).
A finished or failed write removes its own; a crash, kill or power cut leaves it. These
are swept at start-up (the recovery folder, and next to a map being opened) and after
each save (next to the file just written, and the whole recovery folder after an
autosave). Only names of exactly that pattern, only regular files, only old ones.

Why 5 minutes: a temporary file's time is that of its last write, and the largest map
the reader accepts (128 MB) is written in about 2 minutes even to a slow network share
(1 MB/s), so a younger file may be a save still running in another editor; an older
one is a leftover. Deleting a live one by mistake would only make that save fail with
a message, its old file intact, but the margin keeps that from happening at all.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from pathlib import Path

STALE_TEMP_S = 5 * 60
_RANDOM = r"\.[a-z0-9_]{8}\.tmp"  # mkstemp's 8 characters from tempfile's alphabet
# The recovery folder holds only autosaves: `<uid>.journey` and its `<uid>.json` sidecar.
_RECOVERY_TEMP = re.compile(r"\..+\.(?:journey|json)" + _RANDOM)


def temp_pattern(name: str) -> re.Pattern[str]:
    """The names of the temporary files of writes to the file `name`."""
    return re.compile(r"\." + re.escape(name) + _RANDOM)


def sweep(folder: Path, pattern: re.Pattern[str], now: float) -> int:
    """Removes the regular files in `folder` whose whole name matches `pattern` and that
    were last written more than STALE_TEMP_S before `now`; how many it removed."""
    removed = 0
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if pattern.fullmatch(entry.name) and _stale(entry, now):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def _stale(entry: os.DirEntry[str], now: float) -> bool:
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_mtime < now - STALE_TEMP_S


def sweep_after_save(path: Path) -> int:
    """After a write of `path`: its own leftovers. Age is measured against the file just
    written, by the same clock (a network share's server may keep another time)."""
    try:
        now = path.stat().st_mtime
    except OSError:
        return 0
    return sweep(path.resolve().parent, temp_pattern(path.name), now)


def sweep_recovery_folder(folder: Path, now: float | None = None) -> int:
    """Every autosave's leftovers in the recovery folder (any document, any session)."""
    return sweep(folder, _RECOVERY_TEMP, time.time() if now is None else now)


def sweep_at_start(recovery: Path, opened: Path | None, now: float | None = None) -> int:
    """What a start of the editor removes: leftovers in the recovery folder and, for the
    map being opened, next to it. `now` defaults to this machine's clock."""
    now = time.time() if now is None else now
    removed = sweep_recovery_folder(recovery, now)
    if opened is not None:
        removed += sweep(Path(opened).resolve().parent, temp_pattern(Path(opened).name), now)
    return removed
