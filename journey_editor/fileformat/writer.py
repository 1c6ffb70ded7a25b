"""Writes `.journey` files atomically: the old file survives any failure, and is kept as a backup.

Order of operations: encode everything in memory and have the reader accept it
(`checked_bytes`: nothing is written that would not open again), write it to a temporary file
in the target folder, flush and fsync it, hard-link the old file as the backup,
rename the temporary file over the target, fsync the folder. A crash or error
at any point leaves either the complete old or the complete new file (after a crash,
also a hidden temporary file, which the next start or save removes: `leftovers`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import msgspec

from journey_editor.fileformat.errors import JourneyFileError, SaveError, describe_os_error
from journey_editor.fileformat.leftovers import sweep_after_save, temp_prefix
from journey_editor.fileformat.protection import refuse_protected
from journey_editor.fileformat.reader import MAX_FILE_BYTES, parse_workspace
from journey_editor.i18n import translate
from journey_editor.model.images import as_saved
from journey_editor.model.types import Workspace

BACKUP_SUFFIX = ".bak"

_encoder = msgspec.json.Encoder()


def encode_workspace(workspace: Workspace) -> bytes:
    """Indented UTF-8 JSON, keys in model order: the same document gives the same bytes.
    The images section holds the pictures the cards show (`model.images.as_saved`)."""
    return msgspec.json.format(_encoder.encode(as_saved(workspace)), indent=2) + b"\n"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def save_workspace(workspace: Workspace, path: str | Path, *, backup: bool = True) -> None:
    path = Path(path)
    write_atomically(checked_bytes(workspace, path), path, backup=backup)


def checked_bytes(workspace: Workspace, path: Path) -> bytes:
    """The map's file as the reader will find it, once the reader has accepted it: a map
    over a limit (too large, too many cards, a broken reference) is refused before
    anything is written, since a file nothing will open would replace the user's map."""
    try:
        data = encode_workspace(workspace)
    except (msgspec.EncodeError, TypeError, ValueError, OverflowError) as error:
        raise SaveError(path, _t("the map could not be written: {0}").format(error)) from None
    if len(data) > MAX_FILE_BYTES:
        raise SaveError(path, _t("not saved: the map would take {0:.1f} MB, and a map file may "
                                 "hold at most {1:.1f} MB").format(len(data) / 2**20,
                                                                  MAX_FILE_BYTES / 2**20))
    try:
        parse_workspace(data, path)
    except JourneyFileError as error:
        place = f"{error.where}: " if error.where else ""
        raise SaveError(path, _t("not saved: the file would not open again ({0}{1})").format(
            place, error.problem)) from None
    return data


def _t(text: str) -> str:
    return translate("FileErrors", text)


def write_atomically(data: bytes, path: Path, *, backup: bool = True) -> None:
    """Replaces `path` with `data` in one step; raises SaveError and leaves `path` as it was."""
    folder = path.resolve().parent
    if path.is_dir():
        raise SaveError(path, _t("that is a folder, not a file"))
    refuse_protected(path)  # a write-protected map or another user's is never replaced
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _set_mode(path, temp)
        if backup and path.exists():
            _make_backup(path)
        os.replace(temp, path)
        temp = None
        _fsync_folder(folder)
    except OSError as error:
        raise SaveError(path, describe_os_error(error, folder)) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    sweep_after_save(path)  # what crashed saves of this file left behind


def _set_mode(path: Path, temp: str) -> None:
    """The old file's permissions, or for a new file what the user's umask allows
    (mkstemp's private 0600 would hide a shared map from colleagues)."""
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def _make_backup(path: Path) -> None:
    """The backup is a second name for the old file's data: no copy, unless links are
    unsupported."""
    target = backup_path(path)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(target)
    try:
        os.link(path, target)
    except OSError:
        shutil.copy2(path, target)


def _fsync_folder(folder: Path) -> None:
    """Makes the rename itself durable; some platforms cannot open folders, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
