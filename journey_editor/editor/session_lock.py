"""Session locks (did the last run end cleanly?) and per-file locks (one editor per file).

Pure Python, no Qt: the recovery folder holds `session-<pid>.lock` for every running
editor and `<uid>.journey` + `<uid>.json` for every autosaved document. Recovery files
whose owner is gone (its pid is dead, or alive but without its session lock, or its lock
is younger than the autosave: the pid was reused) are orphans, offered at the next start.

A file being edited gets a sibling `.~lock.<name>#` (LibreOffice's naming) holding
user, host, pid and time. It is only ever created exclusively (O_EXCL), never written
over. A lock is stale, and may be taken over, when its holder is a process on this host
that is gone, or when it cannot be read (half written, damaged) and its file is older
than UNREADABLE_STALE_S: until then it counts as held. A holder on another host is
never judged stale here (we cannot see its processes); the user decides in a dialog.
Taking over happens under a second exclusive file, `<lock>.takeover`, so that of two
editors finding the same stale lock only one removes it, and never a fresh lock that
the other has just created in its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from journey_editor.fileformat.processes import pid_alive

SESSION_PREFIX = "session-"
SESSION_SUFFIX = ".lock"
# A lock is written in one small write right after its creation: one still unreadable a
# minute later lost its writer (killed, disk full). Long enough for a stalled network write.
UNREADABLE_STALE_S = 60.0
TAKEOVER_STALE_S = 10.0  # a takeover takes milliseconds: a guard this old lost its taker
_ATTEMPTS = 50  # passes of lock_file's loop, each after a short wait when a takeover runs
_RETRY_S = 0.01


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 (no user name in some containers)
        return "unknown"


def _host() -> str:
    return platform.node()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _read_json(path: Path) -> dict | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _create_exclusive(path: Path, data: bytes) -> bool:
    """Creates `path` holding `data` only if it does not exist yet; False when it does.
    A write that fails removes the file again, so no half lock of ours stays behind."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return True


# --- session lock ---------------------------------------------------------------------------


@dataclass
class SessionLock:
    path: Path

    @classmethod
    def create(cls, folder: str | Path) -> SessionLock:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        path = session_lock_path(folder, os.getpid())
        info = {"pid": os.getpid(), "user": _user(), "host": _host(), "started": _now()}
        path.write_text(json.dumps(info), encoding="utf-8")
        return cls(path)

    def release(self) -> None:
        """At a clean exit: the session's absence tells the next start all went well."""
        with contextlib.suppress(OSError):
            self.path.unlink()


def session_lock_path(folder: Path, pid: int) -> Path:
    return Path(folder) / f"{SESSION_PREFIX}{pid}{SESSION_SUFFIX}"


def session_alive(folder: Path, pid: int, since: str | None = None) -> bool:
    """The session `pid` is running: live pid, its lock present and older than `since`."""
    if not pid_alive(pid):
        return False
    info = _read_json(session_lock_path(folder, pid))
    if info is None:
        return False
    started = str(info.get("started") or "")
    return not (since and started and started > since)  # ISO UTC strings sort by time


def clear_dead_sessions(folder: str | Path) -> None:
    """Removes the session locks of processes that are gone."""
    for path in Path(folder).glob(f"{SESSION_PREFIX}*{SESSION_SUFFIX}"):
        pid = path.name[len(SESSION_PREFIX):-len(SESSION_SUFFIX)]
        if pid.isdigit() and not pid_alive(int(pid)):
            with contextlib.suppress(OSError):
                path.unlink()


# --- recovery files ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    uid: str
    name: str  # title or file name, for the dialog
    original: Path | None  # the user's file, None for an untitled map
    saved_at: str  # ISO time of the autosave
    journey_path: Path  # the autosaved workspace
    sidecar_path: Path  # the metadata next to it
    pid: int

    def discard(self) -> None:
        for path in (self.journey_path, self.sidecar_path):
            with contextlib.suppress(OSError):
                path.unlink()


def recoveries(folder: str | Path) -> list[Recovery]:
    """Every complete recovery (sidecar and workspace both present), newest first."""
    folder = Path(folder)
    found = []
    for sidecar in folder.glob("*.json"):
        info = _read_json(sidecar)
        journey = sidecar.with_suffix(".journey")
        if info is None or not journey.is_file():
            continue
        original = info.get("original")
        pid = info.get("pid")
        title = str(info.get("title") or "")
        found.append(Recovery(
            uid=sidecar.stem,
            name=title or (Path(original).name if original else "Untitled"),
            original=Path(original) if original else None,
            saved_at=str(info.get("saved_at") or ""),
            journey_path=journey, sidecar_path=sidecar,
            pid=pid if isinstance(pid, int) else -1,
        ))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def orphaned_recoveries(folder: str | Path) -> list[Recovery]:
    """Recovery files left by sessions that did not end cleanly."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return [r for r in recoveries(folder) if not session_alive(folder, r.pid, r.saved_at)]


# --- file locks (one editor per file) -------------------------------------------------------


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    time: str

    @property
    def ours(self) -> bool:
        return self.pid == os.getpid() and self.host == _host()


@dataclass(frozen=True)
class LockResult:
    acquired: bool
    holder: LockInfo | None = None  # the other live holder when not acquired
    lock_path: Path | None = None


def lock_path_for(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(f".~lock.{path.name}#")


def _read_lock(lock: Path) -> LockInfo | None:
    """The lock's content; None when it is missing, unreadable or incomplete."""
    info = _read_json(lock)
    if info is None or not isinstance(info.get("pid"), int) or not info.get("host"):
        return None
    return LockInfo(user=str(info.get("user") or "?"), host=str(info["host"]),
                    pid=info["pid"], time=str(info.get("time") or ""))


class _Seen(NamedTuple):
    holder: LockInfo  # "?" fields when the lock cannot be read
    stale: bool


def _examine(lock: Path) -> _Seen | None:
    """Who holds the lock and whether the lock is stale; None when there is no lock."""
    try:
        mtime = lock.stat().st_mtime
    except FileNotFoundError:
        return None
    except OSError:
        mtime = time.time()  # cannot even look: held
    info = _read_lock(lock)
    if info is None and not lock.exists():
        return None  # released between the two looks
    if info is None:  # half written or damaged: held until its own time says it is old
        since = dt.datetime.fromtimestamp(mtime, dt.UTC).isoformat(timespec="seconds")
        return _Seen(LockInfo("?", "?", -1, since), time.time() - mtime > UNREADABLE_STALE_S)
    return _Seen(info, info.host == _host() and not info.ours and not pid_alive(info.pid))


def holder(path: str | Path) -> LockInfo | None:
    """Another editor holding `path` (a stale lock holds nothing), or None. Only looks:
    lock_file takes a stale lock over."""
    seen = _examine(lock_path_for(path))
    if seen is None or seen.stale or seen.holder.ours:
        return None
    return seen.holder


def lock_file(path: str | Path) -> LockResult:
    """Takes the lock of `path` unless another editor holds it; never writes over a lock."""
    lock = lock_path_for(path)
    mine = {"user": _user(), "host": _host(), "pid": os.getpid(), "time": _now()}
    data = json.dumps(mine).encode()
    seen = None
    for _ in range(_ATTEMPTS):
        try:
            if _create_exclusive(lock, data):
                return LockResult(True, None, lock)
            seen = _examine(lock)
            if seen is None:
                continue  # released meanwhile: try again
            if seen.holder.ours:
                return LockResult(True, None, lock)  # taken before by this editor
            if not seen.stale:
                return LockResult(False, seen.holder, lock)
            if not _remove_stale(lock):
                time.sleep(_RETRY_S)  # another editor is taking it over: see what it leaves
        except OSError:
            return LockResult(False, None, None)  # read-only folder: no lock, nobody else either
    return LockResult(False, seen.holder if seen else None, lock)


def _remove_stale(lock: Path) -> bool:
    """Removes `lock` if it is stale, as the only taker; False when another taker is at it
    (OSError when the folder refuses the guard). Looking again under the guard matters:
    between our first look and now, another taker may have removed the stale lock and
    created its own, which must stay."""
    guard = lock.with_name(lock.name + ".takeover")
    if not _create_exclusive(guard, b""):
        _clear_abandoned(guard)
        return False
    try:
        seen = _examine(lock)
        if seen is not None and seen.stale:
            with contextlib.suppress(OSError):
                lock.unlink()
    finally:
        with contextlib.suppress(OSError):
            guard.unlink()
    return True


def _clear_abandoned(guard: Path) -> None:
    """A guard whose taker was killed mid-takeover would block the file for good."""
    with contextlib.suppress(OSError):
        if time.time() - guard.stat().st_mtime > TAKEOVER_STALE_S:
            guard.unlink()


def unlock_file(path: str | Path) -> None:
    """Removes the lock of `path` if this process holds it."""
    lock = lock_path_for(path)
    info = _read_lock(lock)
    if info is not None and info.ours:
        with contextlib.suppress(OSError):
            lock.unlink()
