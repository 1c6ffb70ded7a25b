"""A write-protected map, or another user's, is never replaced: the CLI refuses it with one
line and exit status 2, and the file keeps its bytes and its mode (issue 12, item 3).

Tests run as root here, where a 0444 file is still writable: the permission check is
stubbed at the OS boundary (`os.access`, `os.geteuid`: the fixtures `protect` and
`someone_else` of tests/conftest.py); one test uses a real 0444 file and runs only as
another user."""

from __future__ import annotations

import os
import pwd
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.fileformat import read_workspace
from journey_editor.fileformat.protection import (
    Protection,
    WriteProtected,
    protection,
    refuse_protected,
)
from tests.conftest import Protect


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mode


def test_what_counts_as_protected(saved: Path, tmp_path: Path, protect: Protect) -> None:
    other = tmp_path / "other.journey"
    other.write_bytes(saved.read_bytes())
    assert protection(other) is None  # our own writable map
    assert protection(tmp_path / "new.journey") is None  # nothing there to replace yet
    protect(other)
    assert protection(other) is Protection.WRITE_PROTECTED
    assert protection(saved) is None  # the stub is for that file only


def test_another_users_map_is_protected_and_named(saved: Path, someone_else: None) -> None:
    owner = pwd.getpwuid(saved.stat().st_uid).pw_name
    assert protection(saved) is Protection.OTHER_OWNER
    with pytest.raises(WriteProtected) as caught:
        refuse_protected(saved)
    assert f"belongs to {owner}" in str(caught.value) and "owner" in str(caught.value)


def test_the_refusal_is_one_line_naming_the_file(saved: Path, protect: Protect) -> None:
    protect(saved)
    with pytest.raises(WriteProtected) as caught:
        refuse_protected(saved)
    message = str(caught.value)
    assert message.startswith("map.journey: ") and "write-protected" in message
    assert "\n" not in message and caught.value.kind is Protection.WRITE_PROTECTED


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(args)
    return status, capsys.readouterr().err


def test_new_force_refuses_a_write_protected_map(saved: Path, protect: Protect,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    protect(saved)
    before = _state(saved)
    status, err = _cli(["new", "--force", str(saved)], capsys)
    assert status == 2
    assert err.count("\n") == 1 and "map.journey" in err and "write-protected" in err
    assert _state(saved) == before


def test_new_force_refuses_another_users_map(saved: Path, someone_else: None,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    before = _state(saved)
    status, err = _cli(["new", "--force", str(saved)], capsys)
    assert status == 2 and "belongs to" in err and err.count("\n") == 1
    assert _state(saved) == before


@pytest.mark.parametrize("kind", ["csv", "mermaid"])
def test_import_into_a_write_protected_map_is_refused(
        saved: Path, tmp_path: Path, protect: Protect, kind: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / ("cards.csv" if kind == "csv" else "flow.mmd")
    assert main(["export", str(saved), f"--{kind}", str(source)]) == 0
    control = tmp_path / "control.journey"
    control.write_bytes(saved.read_bytes())
    assert main(["import", str(source), str(control)]) == 0  # unprotected: it imports
    protect(saved)
    before = _state(saved)
    capsys.readouterr()
    status, err = _cli(["import", str(source), str(saved)], capsys)
    assert status == 2 and err.count("\n") == 1
    assert "map.journey" in err and "write-protected" in err
    assert _state(saved) == before
    assert not list(tmp_path.glob(".map.journey.*.tmp"))


def test_an_unprotected_map_is_still_replaced(saved: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The control: the same command on the same map, not protected, does replace it."""
    status, _ = _cli(["new", "--force", str(saved)], capsys)
    assert status == 0 and read_workspace(saved).title == "Blank journey map"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a 0444 file")
def test_a_real_0444_map_is_refused(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved.chmod(0o444)
    before = _state(saved)
    status, err = _cli(["new", "--force", str(saved)], capsys)
    assert status == 2 and "write-protected" in err
    assert _state(saved) == before
