"""Temporary files of killed saves and autosaves are swept; nothing else ever is."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from journey_editor.fileformat import leftovers, save_workspace
from journey_editor.model.types import Workspace

OLD = time.time() - leftovers.STALE_TEMP_S - 60


def _make(folder: Path, names: list[str], mtime: float = OLD) -> list[Path]:
    paths = []
    for name in names:
        path = folder / name
        path.write_bytes(b'{"format": "journey-ed')
        os.utime(path, (mtime, mtime))
        paths.append(path)
    return paths


def _real_temp_name(folder: Path, target: str) -> str:
    """A name exactly as write_atomically's mkstemp makes it (not one guessed by hand)."""
    fd, name = tempfile.mkstemp(prefix=f".{target}.", suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(name)
    return Path(name).name


def test_start_sweeps_the_recovery_folder_and_beside_the_opened_map(tmp_path: Path) -> None:
    recovery, maps = tmp_path / "recovery", tmp_path / "maps"
    recovery.mkdir()
    maps.mkdir()
    ours = _make(recovery, [_real_temp_name(recovery, "4f1c.journey"),
                            _real_temp_name(recovery, "4f1c.json")])
    ours += _make(maps, [_real_temp_name(maps, "map.journey")])
    kept = _make(recovery, ["4f1c.journey", "4f1c.json", ".4f1c.journey.tmp",
                            ".4f1c.journey.abcdefghi.tmp", ".4f1c.txt.abcdefgh.tmp",
                            "notes.tmp", ".4f1c.journey.ABCDEFGH.tmp"])
    kept += _make(maps, ["map.journey", ".other.journey.abcdefgh.tmp",  # another map's
                         ".map.journey.pdf.abcdefgh.tmp", "map.journey.bak",
                         ".map.journey.abcdefgh.tmp.swp"])
    young = _make(recovery, [".5a.journey.k3j2h1x0.tmp"], mtime=time.time())
    young += _make(maps, [".map.journey.p9q8r7_y.tmp"], mtime=time.time())
    assert leftovers.sweep_at_start(recovery, maps / "map.journey") == 3
    assert not any(path.exists() for path in ours)
    assert all(path.exists() for path in kept + young)
    # Five minutes on, the young ones are leftovers too.
    later = time.time() + leftovers.STALE_TEMP_S + 1
    assert leftovers.sweep_at_start(recovery, maps / "map.journey", now=later) == 2


def test_a_folder_or_link_with_a_temp_name_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / ".map.journey.abcdefgh.tmp"
    folder.mkdir()
    target = _make(tmp_path, ["precious.txt"])[0]
    link = tmp_path / ".map.journey.zyxwvuts.tmp"
    link.symlink_to(target)
    os.utime(link, (OLD, OLD), follow_symlinks=False)
    assert leftovers.sweep_at_start(tmp_path / "missing", tmp_path / "map.journey") == 0
    assert folder.is_dir() and link.is_symlink() and target.exists()


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
