"""`journey-editor desktop install|uninstall`, checked with the desktop's own tools in a
private XDG data folder: the entry validates, xdg-mime knows the file type and its
application, and uninstall leaves the folder as it was."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.cli.desktop import ICON_SIZES, MIME_TYPE

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "blank.en.journey"


def _missing(*tools: str) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


def _needs(*tools: str) -> pytest.MarkDecorator:
    missing = _missing(*tools)
    return pytest.mark.skipif(bool(missing), reason=f"needs {', '.join(missing)} "
                              "(apt-get install desktop-file-utils xdg-utils shared-mime-info "
                              "libfile-mimeinfo-perl)")


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder; the other XDG variables point away from the user's too."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.setenv("XDG_DATA_DIRS", "/usr/share")  # the system's base MIME types
    # xdg-mime picks a desktop's tool (gio, kmimetypefinder) from these; a container has
    # none, so the generic backend is asked for: mimetype (File::MimeInfo) and the
    # mimeapps.list / mimeinfo.cache files, which read exactly what install wrote.
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "X-Generic")
    return tmp_path / "share"


def _tree(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): None if p.is_dir() else p.read_bytes()
            for p in sorted(folder.rglob("*"))}


def _xdg_mime(*args: str) -> str:
    done = subprocess.run(["xdg-mime", "query", *args], capture_output=True, text=True,
                          timeout=60, check=True)
    return done.stdout.strip()


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_install_writes_the_entry_the_file_type_and_every_icon_size(
        share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["desktop", "install"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and MIME_TYPE in out and str(share) in out
    entry = (share / "applications" / "journey-editor.desktop").read_text(encoding="utf-8")
    assert f"MimeType={MIME_TYPE};" in entry and "Categories=Office;" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f") and exec_line.split()[0] != "Exec=journey-editor"
    assert "*.journey" in (share / "mime" / "packages" / "journey-editor.xml").read_text()
    icons = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert _png_size(icons / f"{size}x{size}" / "apps" / "journey-editor.png") == (size, size)
    assert (icons / "scalable" / "apps" / "journey-editor.svg").is_file()


def test_the_entry_runs_the_journey_editor_that_installed_it(
        share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A venv's script, in a folder whose name needs quoting in Exec."""
    script = tmp_path / "My 100% apps" / "journey-editor"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(script), "desktop", "install"])
    assert main() == 0
    entry = (share / "applications" / "journey-editor.desktop").read_text(encoding="utf-8")
    assert f'Exec="{tmp_path}/My 100%% apps/journey-editor" %f\n' in entry
    assert f"TryExec={script}\n" in entry
    if not _missing("desktop-file-validate"):
        _validate(share)


def _validate(share: Path) -> None:
    done = subprocess.run(["desktop-file-validate",
                           str(share / "applications" / "journey-editor.desktop")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@_needs("desktop-file-validate")
def test_installed_entry_passes_desktop_file_validate(share: Path) -> None:
    assert main(["desktop", "install"]) == 0
    _validate(share)


@_needs("xdg-mime", "mimetype", "update-mime-database", "update-desktop-database")
def test_xdg_mime_knows_the_type_by_name_and_content_and_its_application(
        share: Path, tmp_path: Path) -> None:
    named, unnamed, other = tmp_path / "x.journey", tmp_path / "workshop-map", tmp_path / "data"
    shutil.copy(TEMPLATE, named)
    shutil.copy(TEMPLATE, unnamed)
    other.write_text('{"format": "something-else", "version": 1}\n')
    assert _xdg_mime("filetype", str(named)) != MIME_TYPE
    assert main(["desktop", "install"]) == 0
    assert _xdg_mime("filetype", str(named)) == MIME_TYPE       # the glob
    assert _xdg_mime("filetype", str(unnamed)) == MIME_TYPE     # the magic
    assert _xdg_mime("filetype", str(other)) != MIME_TYPE
    assert _xdg_mime("default", MIME_TYPE) == "journey-editor.desktop"
    assert main(["desktop", "uninstall"]) == 0
    assert _xdg_mime("filetype", str(named)) != MIME_TYPE
    assert _xdg_mime("default", MIME_TYPE) == ""


def test_uninstall_removes_what_install_wrote_and_nothing_else(
        share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = share / "applications" / "someone-else.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    before = _tree(share)
    assert main(["desktop", "install"]) == 0
    assert main(["desktop", "install"]) == 0  # again: still one set of files to remove
    assert main(["desktop", "uninstall"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("Removed") and f"({len(ICON_SIZES) + 3} files)" in out[-1]
    after = _tree(share)
    # update-desktop-database keeps its cache of the folder's other entries.
    after.pop("applications/mimeinfo.cache", None)
    assert after == before


def test_uninstall_when_nothing_is_installed(share: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["desktop", "uninstall"]) == 0
    assert capsys.readouterr().out.startswith("Nothing to remove")
    assert not share.exists()


def test_a_failed_install_names_the_path_and_leaves_nothing_behind(
        share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = share / "icons" / "hicolor" / "48x48"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("not a folder")
    before = _tree(share)
    assert main(["desktop", "install"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{blocker}: " in err
    assert _tree(share) == before


def test_missing_database_tools_are_named_and_the_install_still_succeeds(
        share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    assert main(["desktop", "install"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line.split()[1] for line in err] == ["update-mime-database",
                                                 "update-desktop-database"]
    assert (share / "applications" / "journey-editor.desktop").is_file()


def test_shipped_icons_are_renders_of_the_svg(qapp: object) -> None:
    """Whoever edits journey-editor.svg must rerun packaging/build_icons.py."""
    spec = importlib.util.spec_from_file_location("build_icons",
                                                  ROOT / "packaging" / "build_icons.py")
    assert spec is not None and spec.loader is not None
    build_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_icons)
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        shipped = QImage(os.fspath(build_icons.png_path(size))).convertToFormat(
            QImage.Format.Format_ARGB32)
        assert shipped == build_icons.render(size), f"{size}x{size} differs from the SVG"


def test_a_failing_database_tool_is_quoted_and_fails_the_command(
        share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    tools = tmp_path / "tools"
    tools.mkdir()
    broken = tools / "update-mime-database"
    broken.write_text("#!/bin/sh\necho 'Error in file packages/x.xml: bad magic' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    assert main(["desktop", "install"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (f"journey-editor: update-mime-database {share / 'mime'} failed: "
                      "Error in file packages/x.xml: bad magic")
    assert (share / "mime" / "packages" / "journey-editor.xml").is_file()  # for a retry


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_install_refuses_systems_without_xdg_desktops(
        share: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        system: str) -> None:
    monkeypatch.setattr(sys, "platform", system)
    assert main(["desktop", "install"]) == 1
    assert system in capsys.readouterr().err and not share.exists()


def test_a_bundle_installs_its_own_program_whatever_its_name(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sys

    from journey_editor.cli import desktop

    program = tmp_path / "Journey Editor" / "je"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.setattr(sys, "argv", ["je"])
    assert desktop.launcher() == [str(program)]
