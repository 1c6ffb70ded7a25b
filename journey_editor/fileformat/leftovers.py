"""Removes the temporary files that killed saves and autosaves left behind.

Every write of this program goes through `write_atomically`, whose temporary file is
`.<name>.<host tag>-<pid>.<8 random characters>.tmp` in the target's folder (`temp_prefix`
plus tempfile.mkstemp's naming): the name says which process on which machine writes it.
A finished or failed write removes its own; a crash, kill or power cut leaves it. These
are swept at start-up (the recovery folder, and next to a map being opened) and after
each save (next to the file just written, and the whole recovery folder after an
autosave). Only names of exactly that pattern, only regular files, and only leftovers:

- made here (this host tag) by a process that is gone: at once, whatever its age;
- anything else (another machine's on a network share, a live process's, a name from
  before the maker was written into it: `.<name>.<8 random characters>.tmp`): when
  older than 5 minutes. A temporary file's time is that of its last write, and the
  largest map the reader accepts (128 MB) is written in about 2 minutes even to a slow
  network share (1 MB/s), so a younger file may be a save still running in another
  editor; an older one is a leftover. Deleting a live one by mistake would only make that
  save fail with a message, its old file intact, but the margin keeps that from happening.

The host tag hashes the host name and, on Linux, the process-id namespace: editors in
two sandboxes of one machine (Flatpak, containers) cannot see each other's processes, so
there one's pid says nothing about the other's. A pid reused by a new process only
delays a removal to the age rule.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import stat
import time
from pathlib import Path

from journey_editor.fileformat.processes import pid_alive

STALE_TEMP_S = 5 * 60
_MAX_PID = 2**31 - 1  # larger numbers are no process id (os.kill would overflow)
# Optional: names from before the maker was part of them have no tag and pid.
_MAKER = r"(?:\.(?P<tag>[0-9a-f]{8})-(?P<pid>[1-9][0-9]{0,9}))?"
_RANDOM = r"\.[a-z0-9_]{8}\.tmp"  # mkstemp's 8 characters from tempfile's alphabet
# The recovery folder holds only autosaves: `<uid>.journey` and its `<uid>.json` sidecar.
_RECOVERY_TEMP = re.compile(r"\..+\.(?:journey|json)" + _MAKER + _RANDOM)


@functools.cache
def host_tag() -> str:
    """8 hex digits, the same for every editor whose processes this one can see."""
    import hashlib  # here: commands that only read start without them
    import socket

    where = socket.gethostname()
    with contextlib.suppress(OSError):
        where += "\0" + os.readlink("/proc/self/ns/pid")  # e.g. "pid:[4026531836]"
    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def temp_prefix(name: str) -> str:
    """The start of the name of a temporary file for a write of the file `name`."""
    return f".{name}.{host_tag()}-{os.getpid()}."


def temp_pattern(name: str) -> re.Pattern[str]:
    """The names of the temporary files of writes to the file `name`."""
    return re.compile(r"\." + re.escape(name) + _MAKER + _RANDOM)


def sweep(folder: Path, pattern: re.Pattern[str], now: float) -> int:
    """Removes the regular files in `folder` whose whole name matches `pattern` and that
    a process of this host that is gone made, or that were last written more than
    STALE_TEMP_S before `now`; how many it removed."""
    removed = 0
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            match = pattern.fullmatch(entry.name)
            if match and _leftover(entry, match, now):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def _leftover(entry: os.DirEntry[str], match: re.Match[str], now: float) -> bool:
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    return _maker_gone(match) or info.st_mtime < now - STALE_TEMP_S


def _maker_gone(match: re.Match[str]) -> bool:
    """Whether the name says a process of this host made it, and that process is gone."""
    if match["pid"] is None or match["tag"] != host_tag():
        return False
    pid = int(match["pid"])
    return pid <= _MAX_PID and not pid_alive(pid)


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
