"""`journey-editor desktop install|uninstall`: the menu entry, the .journey file type and
the icon, in the user's XDG data folder ($XDG_DATA_HOME, else ~/.local/share).

No Qt: the icon's PNG sizes are shipped in resources/icons/hicolor/ (made by
packaging/build_icons.py). Install keeps a manifest of every file and folder it
created, and uninstall removes exactly those, so a user's other files in the same
folders are never touched. The databases the desktop reads (mime.cache, mimeinfo.cache)
are rebuilt by their own tools after each change; without a tool, a one-line warning.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

from journey_editor.fileformat.errors import describe_os_error, printable
from journey_editor.i18n import translate
from journey_editor.resources import resource_path

PROG = "journey-editor"
DESKTOP_ID = "journey-editor.desktop"  # app.py's setDesktopFileName: windows match it
MIME_TYPE = "application/x-journey-editor"
MANIFEST = PurePosixPath("journey-editor", "desktop-install.json")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Characters the Desktop Entry Specification reserves in an Exec argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _t(text: str) -> str:
    return translate("CommandLine", text)


class _Errors:
    """The CLI's one-line failure type, handed in by main.py (avoids an import cycle)."""

    failure: type[Exception] = Exception


def data_home() -> Path:
    """$XDG_DATA_HOME; the spec says to ignore a relative one."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this installation: the `journey-editor` script that is
    running (a venv's is not on PATH once the venv is inactive), else the one on PATH,
    else this interpreter with -m; in a bundle (PyInstaller), the bundle's own program,
    whatever it is called."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    running = sys.argv[0] if sys.argv else ""
    if Path(running).name == PROG and os.access(running, os.X_OK):
        return [os.path.abspath(running)]
    found = shutil.which(PROG)
    return [os.path.abspath(found)] if found else [sys.executable, "-m", "journey_editor"]


def _string_value(text: str) -> str:
    """A desktop entry string value: backslash and control characters escaped."""
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def exec_line(command: list[str]) -> str:
    """Exec's value for `command` plus the file to open (%f), quoted as the spec asks."""
    def quoted(argument: str) -> str:
        argument = argument.replace("%", "%%")
        if not _RESERVED.intersection(argument):
            return argument
        for char in '\\"`$':
            argument = argument.replace(char, "\\" + char)
        return f'"{argument}"'

    return _string_value(" ".join([*map(quoted, command), "%f"]))


def desktop_entry(command: list[str]) -> str:
    """The shipped entry with Exec and TryExec pointing at `command`."""
    lines = resource_path("desktop", DESKTOP_ID).read_text(encoding="utf-8").splitlines()
    values = {"Exec": exec_line(command), "TryExec": _string_value(command[0])}
    for number, line in enumerate(lines):
        key = line.partition("=")[0]
        if key in values:
            lines[number] = f"{key}={values[key]}"
    return "\n".join(lines) + "\n"


def planned_files(command: list[str]) -> dict[PurePosixPath, bytes]:
    """What install writes, by path under the data folder."""
    files = {
        PurePosixPath("applications", DESKTOP_ID): desktop_entry(command).encode("utf-8"),
        PurePosixPath("mime", "packages", "journey-editor.xml"):
            resource_path("desktop", "journey-editor-mime.xml").read_bytes(),
        PurePosixPath("icons", "hicolor", "scalable", "apps", "journey-editor.svg"):
            resource_path("icons", "journey-editor.svg").read_bytes(),
    }
    for size in ICON_SIZES:
        apps = PurePosixPath("icons", "hicolor", f"{size}x{size}", "apps")
        # resources/icons/ holds the PNGs in the theme's own layout
        files[apps / "journey-editor.png"] = resource_path(*apps.parts, "journey-editor.png"
                                                           ).read_bytes()
    return files


class _Manifest:
    """The files and folders install created, relative to the data folder."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.path = home / MANIFEST
        self.files: set[PurePosixPath] = set()
        self.folders: set[PurePosixPath] = set()

    def load(self) -> bool:
        """False when there is none. Only plain relative paths are kept: a hand-edited
        manifest cannot make uninstall delete anything outside the data folder."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return False
        except (OSError, ValueError) as error:
            raise _Errors.failure(_t("{0}: cannot read the install list: {1}").format(
                printable(self.path), error)) from None
        for key, into in (("files", self.files), ("folders", self.folders)):
            into.update(PurePosixPath(p) for p in data.get(key, [])
                        if isinstance(p, str) and _safe(PurePosixPath(p)))
        return True

    def save(self) -> None:
        data = {"files": sorted(map(str, self.files)), "folders": sorted(map(str, self.folders))}
        _write(self.path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def _safe(path: PurePosixPath) -> bool:
    return bool(path.parts) and not path.is_absolute() and ".." not in path.parts


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: a menu reading the folder never sees half a file."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def _os_failure(error: OSError, path: Path) -> Exception:
    """One line naming the file or folder that could not be written or removed."""
    where = Path(error.filename) if isinstance(error.filename, str) else path
    return _Errors.failure(f"{printable(where)}: {describe_os_error(error, where.parent)}")


def _make_folders(home: Path, relative: PurePosixPath, created: set[PurePosixPath]) -> None:
    """Creates the folders above `relative`, noting the ones that were not there."""
    for depth in range(1, len(relative.parts)):
        folder = PurePosixPath(*relative.parts[:depth])
        path = home / folder
        if path.is_dir():
            continue
        if path.exists():  # mkdir would say "File exists", which reads as no problem
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
        path.mkdir()
        created.add(folder)


def _install_files(manifest: _Manifest, files: dict[PurePosixPath, bytes]) -> None:
    """Writes `files` and the manifest; on a failure removes what this run created."""
    home, new_files, new_folders = manifest.home, set[PurePosixPath](), set[PurePosixPath]()
    target = home
    try:
        home.mkdir(parents=True, exist_ok=True)
        for relative, data in files.items():
            target = home / relative  # named in the message: the partial file is not
            _make_folders(home, relative, new_folders)
            if not target.exists():
                new_files.add(relative)
            _write(target, data)
        target = manifest.path
        _make_folders(home, MANIFEST, new_folders)
        manifest.files |= set(files)
        manifest.folders |= new_folders
        manifest.save()
    except OSError as error:
        with contextlib.suppress(OSError):  # the first failure is the one to report
            _remove(home, new_files, new_folders)
        raise _os_failure(error, target) from None


def _remove(home: Path, files: set[PurePosixPath], folders: set[PurePosixPath]) -> None:
    """Deletes `files`, then those of `folders` left empty, deepest first."""
    for relative in sorted(files):
        (home / relative).unlink(missing_ok=True)
    for relative in sorted(folders, key=lambda f: len(f.parts), reverse=True):
        folder = home / relative
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def _refresh(home: Path) -> bool:
    """Rebuilds the user's MIME and desktop databases; False when a tool failed."""
    ok = True
    for tool, package, folder in (
            ("update-mime-database", "shared-mime-info", home / "mime"),
            ("update-desktop-database", "desktop-file-utils", home / "applications")):
        if not folder.is_dir():
            continue
        if shutil.which(tool) is None:
            _warn(_t("{0} not found (package {1}): the desktop sees the change once it runs "
                     "on {2}").format(tool, package, printable(folder)))
            continue
        problem = _run_quietly([tool, str(folder)])
        if problem:
            _warn(_t("{0} {1} failed: {2}").format(tool, printable(folder), problem))
            ok = False
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # icon caches compare this folder's time with their own
    return ok


def _run_quietly(command: list[str]) -> str:
    """Runs a database tool; its first line of complaint, or "" when it succeeded."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, errors="replace",
                              timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return printable(str(error))
    if done.returncode == 0:
        return ""
    lines = done.stderr.strip().splitlines() or [_t("exit status {0}").format(done.returncode)]
    return printable(lines[0])


def _drop_empty_databases(home: Path, created: set[PurePosixPath]) -> None:
    """Deletes the databases the tools rebuilt from nothing in folders install created,
    so that uninstalling leaves the data folder as it found it. Everything in mime/
    but packages/ is generated from packages/ (shared-mime-info spec)."""
    mime, applications = home / "mime", home / "applications"
    if PurePosixPath("mime") in created and not any((mime / "packages").glob("*.xml")):
        shutil.rmtree(mime)
    cache = applications / "mimeinfo.cache"
    if (PurePosixPath("applications") in created and applications.is_dir()
            and [*applications.iterdir()] == [cache]):
        cache.unlink()


def _warn(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _refuse_other_systems() -> None:
    """Windows and macOS read neither the XDG folders nor .desktop files."""
    if sys.platform in ("win32", "darwin"):
        raise _Errors.failure(_t("'desktop install' is for Linux and BSD desktops "
                                 "(freedesktop.org); this system is {0}").format(sys.platform))


def _install(args: argparse.Namespace) -> int:
    _refuse_other_systems()
    home, command = data_home(), launcher()
    manifest = _Manifest(home)
    manifest.load()
    _install_files(manifest, planned_files(command))
    refreshed = _refresh(home)
    print(_t("Installed the menu entry, the .journey file type ({0}) and the icon in {1}; "
             "the entry runs {2}").format(MIME_TYPE, printable(home),
                                          printable(" ".join(command))))
    return 0 if refreshed else 1


def _uninstall(args: argparse.Namespace) -> int:
    home = data_home()
    manifest = _Manifest(home)
    if not manifest.load():
        print(_t("Nothing to remove: Journey Editor is not installed in {0} (no {1})").format(
            printable(home), printable(home / MANIFEST)))
        return 0
    removed = sum((home / relative).exists() for relative in manifest.files)
    try:
        _remove(home, manifest.files, set())
        (home / MANIFEST).unlink()  # last: a failure above leaves the list for a retry
        refreshed = _refresh(home)  # before the folders go: the tools need theirs
        _drop_empty_databases(home, manifest.folders)
        _remove(home, set(), manifest.folders)
    except OSError as error:
        raise _os_failure(error, home / MANIFEST) from None
    print(_t("Removed the menu entry, the .journey file type and the icon from {0} "
             "({1} files)").format(printable(home), removed))
    return 0 if refreshed else 1


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 failure: type[Exception]) -> None:
    """`desktop install` and `desktop uninstall`."""
    _Errors.failure = failure
    desktop = commands.add_parser(
        "desktop", help=_t("add Journey Editor to the desktop's menu and file types"))
    actions = desktop.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "install", help=_t("install the menu entry, the .journey file type and the icon "
                           "for this user")).set_defaults(run=_install)
    actions.add_parser(
        "uninstall", help=_t("remove what 'desktop install' installed")
    ).set_defaults(run=_uninstall)
