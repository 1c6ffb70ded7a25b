"""A failed save leaves the old file as it was and says why; a good save keeps a backup."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from journey_editor.fileformat import SaveError, read_workspace, save_workspace, writer
from journey_editor.model.types import Workspace


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_second_save_keeps_the_previous_version_as_backup(saved: Path,
                                                          workspace: Workspace) -> None:
    old = saved.read_bytes()
    workspace.title = "After the workshop"
    save_workspace(workspace, saved)
    assert read_workspace(saved).title == "After the workshop"
    assert writer.backup_path(saved).read_bytes() == old
    assert _leftovers(saved.parent) == []


def test_save_keeps_the_files_permissions(saved: Path, workspace: Workspace) -> None:
    saved.chmod(0o640)
    save_workspace(workspace, saved)
    assert saved.stat().st_mode & 0o777 == 0o640


def _fail(error_number: int):  # type: ignore[no-untyped-def]
    def raise_it(*args: object, **kwargs: object) -> None:
        raise OSError(error_number, os.strerror(error_number))
    return raise_it


@pytest.mark.parametrize(
    ("target", "error_number", "words"),
    [
        ("tempfile.mkstemp", errno.EACCES, "no permission to write in"),
        ("tempfile.mkstemp", errno.EROFS, "read-only disk"),
        ("os.fsync", errno.ENOSPC, "the disk is full"),
        ("os.replace", errno.EDQUOT, "quota"),
        ("os.replace", errno.EIO, "Input/output error"),
    ],
)
def test_failed_save_leaves_the_old_file_untouched(
    saved: Path, workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
    target: str, error_number: int, words: str,
) -> None:
    old = saved.read_bytes()
    workspace.title = "Never written"
    monkeypatch.setattr(target, _fail(error_number))
    with pytest.raises(SaveError, match=words) as caught:
        save_workspace(workspace, saved)
    assert str(caught.value).startswith("map.journey: ")
    monkeypatch.undo()
    assert saved.read_bytes() == old
    assert _leftovers(saved.parent) == []


def test_disk_full_midway_through_writing(saved: Path, workspace: Workspace,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    old = saved.read_bytes()
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, fd: int, mode: str) -> None:
            self.stream = real_fdopen(fd, mode)

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> None:
            self.stream.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fdopen", HalfWriter)
    with pytest.raises(SaveError, match="the disk is full"):
        save_workspace(workspace, saved)
    monkeypatch.undo()
    assert saved.read_bytes() == old
    assert _leftovers(saved.parent) == []


def test_serialisation_failure_touches_nothing(saved: Path, workspace: Workspace) -> None:
    old = saved.read_bytes()
    workspace.journeys[0].cards[0].title = object()  # type: ignore[assignment]
    with pytest.raises(SaveError, match="could not be written"):
        save_workspace(workspace, saved)
    assert saved.read_bytes() == old
    assert sorted(p.name for p in saved.parent.iterdir()) == ["map.journey"]


def test_saving_onto_a_folder_is_refused(tmp_path: Path, workspace: Workspace) -> None:
    (tmp_path / "x.journey").mkdir()
    with pytest.raises(SaveError, match="folder, not a file"):
        save_workspace(workspace, tmp_path / "x.journey")


def test_saving_into_a_missing_folder(tmp_path: Path, workspace: Workspace) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        save_workspace(workspace, tmp_path / "gone" / "x.journey")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_real_read_only_folder(tmp_path: Path, workspace: Workspace) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="no permission"):
            save_workspace(workspace, folder / "x.journey")
    finally:
        folder.chmod(0o700)


def test_new_file_is_readable_by_others_as_the_umask_allows(tmp_path: Path,
                                                            workspace: Workspace) -> None:
    old_umask = os.umask(0o022)
    try:
        save_workspace(workspace, tmp_path / "new.journey")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "new.journey").stat().st_mode & 0o777 == 0o644


def test_a_save_clears_what_an_interrupted_save_left_behind(saved: Path,
                                                            workspace: Workspace) -> None:
    """A crash mid-save leaves a hidden temporary file; the next save removes it, but not
    one young enough to belong to a save still running."""
    folder = saved.parent
    old = folder / f".{saved.name}.k3j2h1x0.tmp"
    young = folder / f".{saved.name}.p9q8r7_y.tmp"
    others = [folder / ".another.journey.a1b2c3d4.tmp",  # another map's
              folder / f".{saved.name}.pdf.a1b2c3d4.tmp"]  # another program's
    for leftover in (old, young, *others):
        leftover.write_bytes(b'{"format": "journey-ed')
    an_hour_ago = time.time() - 3600
    for stale in (old, *others):
        os.utime(stale, (an_hour_ago, an_hour_ago))
    save_workspace(workspace, saved)
    assert not old.exists()
    assert young.exists() and all(other.exists() for other in others)
