"""Session locks, orphaned recovery files and per-file locks, without Qt."""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from journey_editor.editor import session_lock as sl


@pytest.fixture(scope="module")
def dead_pid() -> int:
    """The pid of a child that has exited and been reaped."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    pid = int(child.stdout)
    assert not sl.pid_alive(pid)
    return pid


def _recovery(folder: Path, uid: str, pid: int, original: str | None = "/maps/a.journey",
              saved_at: str = "2026-01-01T10:00:00+00:00") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{uid}.journey").write_text("{}")
    (folder / f"{uid}.json").write_text(json.dumps(
        {"original": original, "title": "", "saved_at": saved_at, "pid": pid}))


def test_pid_alive() -> None:
    assert sl.pid_alive(os.getpid())
    assert not sl.pid_alive(0)


def test_session_lock_created_and_released(tmp_path: Path) -> None:
    lock = sl.SessionLock.create(tmp_path)
    info = json.loads(lock.path.read_text())
    assert lock.path.name == f"session-{os.getpid()}.lock"
    assert info["pid"] == os.getpid() and info["host"] and info["user"] and info["started"]
    lock.release()
    assert not lock.path.exists()


def test_recoveries_of_a_dead_process_are_orphaned(tmp_path: Path, dead_pid: int) -> None:
    (tmp_path / f"session-{dead_pid}.lock").write_text(json.dumps({"started": "2026"}))
    _recovery(tmp_path, "abc", dead_pid)
    found = sl.orphaned_recoveries(tmp_path)
    assert [(r.uid, r.name, r.original, r.saved_at) for r in found] == [
        ("abc", "a.journey", Path("/maps/a.journey"), "2026-01-01T10:00:00+00:00")]
    sl.clear_dead_sessions(tmp_path)
    assert not (tmp_path / f"session-{dead_pid}.lock").exists()
    found[0].discard()
    assert sl.orphaned_recoveries(tmp_path) == []


def test_live_session_keeps_its_recoveries(tmp_path: Path) -> None:
    lock = sl.SessionLock.create(tmp_path)
    _recovery(tmp_path, "mine", os.getpid(), saved_at="2999-01-01T00:00:00+00:00")
    assert sl.orphaned_recoveries(tmp_path) == []
    lock.release()  # alive but without its lock: the pid belongs to someone else now
    assert [r.uid for r in sl.orphaned_recoveries(tmp_path)] == ["mine"]


def test_reused_pid_with_younger_lock_is_not_the_owner(tmp_path: Path) -> None:
    sl.SessionLock.create(tmp_path)
    _recovery(tmp_path, "old", os.getpid(), saved_at="2000-01-01T00:00:00+00:00")
    assert [r.uid for r in sl.orphaned_recoveries(tmp_path)] == ["old"]


def test_incomplete_recovery_is_ignored(tmp_path: Path, dead_pid: int) -> None:
    _recovery(tmp_path, "half", dead_pid)
    (tmp_path / "half.journey").unlink()
    assert sl.orphaned_recoveries(tmp_path) == []
    assert sl.orphaned_recoveries(tmp_path / "missing") == []


def test_file_lock_taken_and_released(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    result = sl.lock_file(path)
    assert result.acquired and result.lock_path == tmp_path / ".~lock.map.journey#"
    info = json.loads(result.lock_path.read_text())
    assert info["pid"] == os.getpid() and info["user"] and info["host"] and info["time"]
    assert sl.holder(path) is None  # our own lock is no other holder
    assert sl.lock_file(path).acquired  # taking it again is fine
    sl.unlock_file(path)
    assert not result.lock_path.exists()


def test_stale_file_lock_is_cleared(tmp_path: Path, dead_pid: int) -> None:
    path = tmp_path / "map.journey"
    lock = sl.lock_path_for(path)
    lock.write_text(json.dumps({"user": "ann", "host": socket.gethostname(), "pid": dead_pid,
                                "time": "2026-01-01T09:00:00+00:00"}))
    assert sl.holder(path) is None  # nobody holds it...
    assert sl.lock_file(path).acquired  # ...so it is taken over
    assert json.loads(lock.read_text())["pid"] == os.getpid()
    assert not lock.with_name(lock.name + ".takeover").exists()


def test_live_holder_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        sl.lock_path_for(path).write_text(json.dumps(
            {"user": "ann", "host": socket.gethostname(), "pid": other.pid,
             "time": "2026-01-01T09:00:00+00:00"}))
        info = sl.holder(path)
        assert info == sl.LockInfo("ann", socket.gethostname(), other.pid,
                                   "2026-01-01T09:00:00+00:00")
        before = sl.lock_path_for(path).read_bytes()
        result = sl.lock_file(path)
        assert not result.acquired and result.holder == info
        assert sl.lock_path_for(path).read_bytes() == before  # never written over
        sl.unlock_file(path)  # not ours: left alone
        assert sl.lock_path_for(path).exists()
    finally:
        other.kill()
        other.wait()
    assert sl.holder(path) is None  # it died: the lock was stale


def test_holder_on_another_host_is_trusted(tmp_path: Path, dead_pid: int) -> None:
    path = tmp_path / "map.journey"
    sl.lock_path_for(path).write_text(json.dumps(
        {"user": "bob", "host": "elsewhere.invalid", "pid": dead_pid, "time": "t"}))
    assert sl.holder(path) is not None and sl.holder(path).user == "bob"
    before = sl.lock_path_for(path).read_bytes()
    assert not sl.lock_file(path).acquired
    assert sl.lock_path_for(path).read_bytes() == before



def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.mark.parametrize("content", [b"", b'{"user": "ann", "ho', b"\xff\xfe garbage",
                                     b'{"user": "ann", "time": "t"}', b"[1, 2]"])
def test_an_unreadable_lock_is_held_until_it_is_old(tmp_path: Path, content: bytes) -> None:
    """Half written (its writer is still at it) or damaged: never written over while young."""
    path = tmp_path / "map.journey"
    lock = sl.lock_path_for(path)
    lock.write_bytes(content)
    result = sl.lock_file(path)
    assert not result.acquired and result.holder is not None and result.holder.user == "?"
    assert sl.holder(path) == result.holder
    assert lock.read_bytes() == content
    _age(lock, sl.UNREADABLE_STALE_S + 5)
    assert sl.holder(path) is None
    assert sl.lock_file(path).acquired
    assert json.loads(lock.read_text())["pid"] == os.getpid()


def test_a_stale_lock_mid_takeover_is_left_to_the_taker(tmp_path: Path, dead_pid: int) -> None:
    """Another editor is taking the stale lock over (its guard is fresh): wait, never race it;
    a guard left by a taker that was killed is cleared once old."""
    path = tmp_path / "map.journey"
    lock = sl.lock_path_for(path)
    stale = json.dumps({"user": "ann", "host": socket.gethostname(), "pid": dead_pid, "time": "t"})
    lock.write_text(stale)
    guard = lock.with_name(lock.name + ".takeover")
    guard.write_bytes(b"")
    result = sl.lock_file(path)
    assert not result.acquired and lock.read_text() == stale
    _age(guard, sl.TAKEOVER_STALE_S + 5)
    assert sl.lock_file(path).acquired
    assert not guard.exists()


# --- two editors at the same moment -----------------------------------------------------------

ROUNDS = 200


def _contend(barrier: Any, folder: str, rounds: int, results: Any) -> None:
    """One editor: each round, takes the lock of a fresh map at the same moment as the other."""
    mine = []
    for round_ in range(rounds):
        barrier.wait()
        result = sl.lock_file(Path(folder) / f"map{round_}.journey")
        mine.append((round_, os.getpid(), result.acquired,
                     result.holder.pid if result.holder else None))
    results.put(mine)


def _prepare_round(folder: Path, round_: int, dead_pid: int) -> None:
    """Every third map starts unlocked, every third with a dead editor's lock, every third
    with an unreadable lock too old to be held."""
    lock = sl.lock_path_for(folder / f"map{round_}.journey")
    if round_ % 3 == 1:
        lock.write_text(json.dumps({"user": "ann", "host": socket.gethostname(),
                                    "pid": dead_pid, "time": "2026-01-01T09:00:00+00:00"}))
    elif round_ % 3 == 2:
        lock.write_bytes(b'{"user": "an')
        old = time.time() - sl.UNREADABLE_STALE_S - 60
        os.utime(lock, (old, old))


def test_two_editors_locking_at_the_same_moment_exactly_one_wins(
        tmp_path: Path, dead_pid: int) -> None:
    for round_ in range(ROUNDS):
        _prepare_round(tmp_path, round_, dead_pid)
    context = multiprocessing.get_context("spawn")  # no fork of a process that may run Qt
    barrier, results = context.Barrier(2), context.Queue()
    editors = [context.Process(target=_contend, args=(barrier, str(tmp_path), ROUNDS, results))
               for _ in range(2)]
    for editor in editors:
        editor.start()
    outcomes = results.get(timeout=60) + results.get(timeout=60)
    for editor in editors:
        editor.join(timeout=10)
    for round_ in range(ROUNDS):
        won = [(pid, holder) for r, pid, acquired, holder in outcomes if r == round_ and acquired]
        lost = [(pid, holder) for r, pid, acquired, holder in outcomes
                if r == round_ and not acquired]
        assert len(won) == 1 and len(lost) == 1, f"round {round_}: {won} won"
        lock = json.loads(sl.lock_path_for(tmp_path / f"map{round_}.journey").read_text())
        assert lock["pid"] == won[0][0]  # the winner's lock, never overwritten
        # The loser names the winner (or, when it looked mid-write, an unknown holder).
        assert lost[0][1] in (won[0][0], -1)
