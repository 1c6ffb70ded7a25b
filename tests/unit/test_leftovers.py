"""Temporary files of killed saves and autosaves are swept; nothing else ever is."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from journey_editor.fileformat import leftovers, save_workspace
from journey_editor.model.types import Workspace

OLD = time.time() - leftovers.STALE_TEMP_S - 60
ROOT = Path(__file__).resolve().parents[2]
# A save killed between writing its temporary file and renaming it over the map.
KILLED_SAVE = """
import os, sys
from pathlib import Path
from journey_editor.fileformat.writer import write_atomically
os.replace = lambda *args: os._exit(9)
write_atomically(b"{}", Path(sys.argv[1]), backup=False)
"""


def _make(folder: Path, names: list[str], mtime: float = OLD) -> list[Path]:
    paths = []
    for name in names:
        path = folder / name
        path.write_bytes(b'{"format": "journey-ed')
        os.utime(path, (mtime, mtime))
        paths.append(path)
    return paths


def _real_temp_name(folder: Path, target: str) -> str:
    """A name exactly as write_atomically's mkstemp makes it in this (running) process."""
    fd, name = tempfile.mkstemp(prefix=leftovers.temp_prefix(target), suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(name)
    return Path(name).name


def _killed_save(target: Path) -> Path:
    """The temporary file a real save of `target`, killed in another process, left."""
    before = set(target.parent.iterdir())
    subprocess.run([sys.executable, "-c", KILLED_SAVE, str(target)], cwd=ROOT, check=False)
    (left,) = set(target.parent.iterdir()) - before
    return left


@pytest.fixture
def dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(child.stdout)


@pytest.fixture
def live_pid() -> Iterator[int]:
    """Another editor of this machine, in the middle of a save."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


def _other_host_tag() -> str:
    return format((int(leftovers.host_tag(), 16) + 1) % 16**8, "08x")


def test_start_sweeps_the_recovery_folder_and_beside_the_opened_map(tmp_path: Path) -> None:
    recovery, maps = tmp_path / "recovery", tmp_path / "maps"
    recovery.mkdir()
    maps.mkdir()
    ours = _make(recovery, [_real_temp_name(recovery, "4f1c.journey"),
                            _real_temp_name(recovery, "4f1c.json"),
                            ".4f1c.journey.k3j2h1x0.tmp"])  # a name from before the pid
    ours += _make(maps, [_real_temp_name(maps, "map.journey")])
    kept = _make(recovery, ["4f1c.journey", "4f1c.json", ".4f1c.journey.tmp",
                            ".4f1c.journey.abcdefghi.tmp", ".4f1c.txt.abcdefgh.tmp",
                            "notes.tmp", ".4f1c.journey.ABCDEFGH.tmp"])
    kept += _make(maps, ["map.journey", ".other.journey.abcdefgh.tmp",  # another map's
                         ".map.journey.pdf.abcdefgh.tmp", "map.journey.bak",
                         ".map.journey.abcdefgh.tmp.swp"])
    young = _make(recovery, [_real_temp_name(recovery, "5a.journey")], mtime=time.time())
    young += _make(maps, [".map.journey.p9q8r7_y.tmp"], mtime=time.time())
    assert leftovers.sweep_at_start(recovery, maps / "map.journey") == 4
    assert not any(path.exists() for path in ours)
    assert all(path.exists() for path in kept + young)
    # Five minutes on, the young ones are leftovers too.
    later = time.time() + leftovers.STALE_TEMP_S + 1
    assert leftovers.sweep_at_start(recovery, maps / "map.journey", now=later) == 2


@pytest.mark.parametrize("where", ["beside the map", "recovery folder"])
def test_a_killed_saves_file_goes_at_the_next_start_however_young(
        tmp_path: Path, where: str) -> None:
    recovery, maps = tmp_path / "recovery", tmp_path / "maps"
    recovery.mkdir()
    maps.mkdir()
    target = maps / "map.journey" if where == "beside the map" else recovery / "4f1c.journey"
    left = _killed_save(target)
    assert time.time() - left.stat().st_mtime < 60  # far younger than the age rule's
    assert leftovers.sweep_at_start(recovery, maps / "map.journey") == 1
    assert not left.exists() and sorted(tmp_path.rglob("*")) == [maps, recovery]


def test_the_next_save_removes_a_killed_saves_file_at_once(
        tmp_path: Path, workspace: Workspace) -> None:
    target = tmp_path / "map.journey"
    left = _killed_save(target)
    save_workspace(workspace, target)
    assert not left.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["map.journey"]


@pytest.mark.parametrize("maker", ["a running editor here", "another machine"])
def test_a_young_file_whose_maker_may_still_be_saving_is_kept(
        tmp_path: Path, workspace: Workspace, maker: str, request: pytest.FixtureRequest) -> None:
    """On a network share, another machine's pid says nothing about a process here."""
    if maker == "a running editor here":
        prefix = f".map.journey.{leftovers.host_tag()}-{request.getfixturevalue('live_pid')}."
    else:
        prefix = f".map.journey.{_other_host_tag()}-{request.getfixturevalue('dead_pid')}."
    young, old = _make(tmp_path, [prefix + "k3j2h1x0.tmp", prefix + "p9q8r7_y.tmp"])
    os.utime(young, None)
    assert leftovers.sweep_at_start(tmp_path / "none", tmp_path / "map.journey") == 1
    save_workspace(workspace, tmp_path / "map.journey")
    assert young.exists() and not old.exists()  # old: a leftover (or a pid reused)


def test_near_misses_of_a_dead_pids_name_are_kept(tmp_path: Path, dead_pid: int) -> None:
    tag = leftovers.host_tag()
    kept = _make(tmp_path, [f".map.journey.{tag.upper()}-{dead_pid}.k3j2h1x0.tmp",
                            f".map.journey.{tag}-0{dead_pid}.k3j2h1x0.tmp",
                            f".map.journey.{tag}-{dead_pid}.k3j2h1x0.tmp.swp",
                            f".map.journey.{tag}-{dead_pid}.tmp",
                            f".map.journey.{tag}{dead_pid}.k3j2h1x0.tmp",
                            f".map.journey.{tag[:7]}-{dead_pid}.k3j2h1x0.tmp",
                            f".map.pdf.{tag}-{dead_pid}.k3j2h1x0.tmp"], mtime=time.time())
    removed = _make(tmp_path, [f".map.journey.{tag}-{dead_pid}.k3j2h1x0.tmp"],
                    mtime=time.time())
    assert leftovers.sweep_at_start(tmp_path / "none", tmp_path / "map.journey") == 1
    assert all(path.exists() for path in kept) and not removed[0].exists()


def test_a_folder_or_link_with_a_temp_name_is_left_alone(tmp_path: Path, dead_pid: int) -> None:
    folder = tmp_path / ".map.journey.abcdefgh.tmp"
    folder.mkdir()
    target = _make(tmp_path, ["precious.txt"])[0]
    link = tmp_path / ".map.journey.zyxwvuts.tmp"
    link.symlink_to(target)
    os.utime(link, (OLD, OLD), follow_symlinks=False)
    dead = tmp_path / f".map.journey.{leftovers.host_tag()}-{dead_pid}.zyxwvuts.tmp"
    dead.symlink_to(target)
    assert leftovers.sweep_at_start(tmp_path / "missing", tmp_path / "map.journey") == 0
    assert folder.is_dir() and link.is_symlink() and dead.is_symlink() and target.exists()


def test_a_name_with_pattern_characters_matches_only_itself(tmp_path: Path) -> None:
    ours = _make(tmp_path, [".a+b (1).journey.abcdefgh.tmp"])
    kept = _make(tmp_path, [".aab (1).journey.abcdefgh.tmp", ".a+b 1.journey.abcdefgh.tmp"])
    assert leftovers.sweep_at_start(tmp_path / "none", tmp_path / "a+b (1).journey") == 1
    assert not ours[0].exists() and all(path.exists() for path in kept)


def test_a_save_sweeps_its_own_leftovers_by_the_saved_files_clock(
        tmp_path: Path, workspace: Workspace) -> None:
    target = tmp_path / "map.journey"
    save_workspace(workspace, target)
    old, young = _make(tmp_path, [".map.journey.k3j2h1x0.tmp", ".map.journey.p9q8r7_y.tmp"])
    # The file server's clock runs 10 minutes behind ours: `young` is young by its clock.
    server_now = time.time() - 600
    os.utime(old, (server_now - leftovers.STALE_TEMP_S - 5,) * 2)
    os.utime(young, (server_now - 5,) * 2)
    os.utime(target, (server_now, server_now))
    assert leftovers.sweep_after_save(target) == 1
    assert not old.exists() and young.exists()
