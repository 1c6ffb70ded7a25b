"""File names with line breaks, terminal escapes or bytes that are not UTF-8 are shown
escaped, so every message stays one line and nothing in a name reaches the terminal."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from journey_editor.cli import main
from journey_editor.fileformat.errors import printable
from journey_editor.resources import resource_path

RETAIL = resource_path("templates") / "retail.en.journey"

# (a name as the file system holds it, the same name as a message shows it)
NAMES = [
    ("two\nlines", "two\\nlines"),
    ("\x1b[31mred\x1b[0m \x1b]0;title\x07", "\\x1b[31mred\\x1b[0m \\x1b]0;title\\x07"),
    (os.fsdecode(b"caf\xe9 \xff"), "caf\\xe9 \\xff"),  # Latin-1 bytes: not UTF-8
]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="names with control characters")


def _one_safe_line(text: str, shown: str) -> None:
    """What reaches the terminal: one line, the escaped name, no escape sequence."""
    text.encode("utf-8")  # strict: a lone surrogate would crash a real stdout
    assert text.count("\n") == 1 and text.endswith("\n"), text
    assert "\x1b" not in text and "\x07" not in text
    assert shown in text


@pytest.fixture(params=NAMES, ids=["newline", "ansi", "not utf-8"])
def name(request: pytest.FixtureRequest) -> tuple[str, str]:
    return request.param  # type: ignore[no-any-return]


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_broken_file_is_one_escaped_line_in_every_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: tuple[str, str]) -> None:
    raw, shown = name
    bad = tmp_path / f"{raw}.journey"
    bad.write_bytes(b'{"format": "journey-editor", "version": 1, "title": oops}')
    bad_mmd = tmp_path / f"{raw}.mmd"
    bad_mmd.write_text("journey\n  accDescr {\n  section A\n", encoding="utf-8")
    good_mmd = tmp_path / "good.mmd"
    good_mmd.write_text("journey\n  section A\n    Tea: 3\n", encoding="utf-8")
    commands = [
        ("validate", bad), ("info", bad), ("check", bad), ("check", "--json", bad),
        ("export", bad, "--mermaid", tmp_path / "out.mmd"),
        ("export", bad, "--csv", tmp_path / "out.csv"),
        ("export", bad, "--pdf", tmp_path / "out.pdf"),
        ("import", bad_mmd, tmp_path / "new.journey"),
        ("import", good_mmd, bad),
        ("diff", bad, RETAIL), ("diff", RETAIL, bad),
        ("new", bad),  # exists already
        ("new", tmp_path / raw / "x.journey"),  # a folder that does not exist
    ]
    for argv in commands:
        status, out, err = _run(capsys, *argv)
        assert (status, out) == (1, ""), argv
        _one_safe_line(err, shown)
        assert err.startswith("journey-editor: ")


def test_what_the_commands_did_names_the_file_escaped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: tuple[str, str]) -> None:
    raw, shown = name
    created, copy = tmp_path / f"{raw}.journey", tmp_path / f"{raw} copy.journey"
    mmd, csv = tmp_path / f"{raw}.mmd", tmp_path / f"{raw}.csv"
    copy.write_bytes(RETAIL.read_bytes())
    for argv in [("new", "--template", "retail", created), ("validate", created),
                 ("export", created, "--mermaid", mmd), ("export", created, "--csv", csv),
                 ("import", csv, copy), ("import", mmd, copy)]:
        status, out, err = _run(capsys, *argv)
        assert (status, err) == (0, ""), argv
        _one_safe_line(out, shown)
    status, out, _ = _run(capsys, "info", created)
    assert status == 0 and out.splitlines()[0].startswith(f"{printable(created)}: ")
    status, out, _ = _run(capsys, "check", "--json", created)
    assert status == 0 and json.loads(out)["file"] == printable(created)


def test_a_map_whose_name_is_not_utf8_exports_to_pdf_with_the_name_escaped_in_the_footer(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw, shown = NAMES[2]  # it used to end in a UnicodeEncodeError traceback
    source, pdf = tmp_path / f"{raw}.journey", tmp_path / f"{raw}.pdf"
    source.write_bytes(RETAIL.read_bytes())
    status, out, err = _run(capsys, "export", source, "--pdf", pdf)
    assert (status, err) == (0, "")
    _one_safe_line(out, shown)
    assert f"{shown}.journey" in PdfReader(pdf).pages[0].extract_text()


def test_printable_keeps_every_script_and_escapes_only_what_a_terminal_obeys() -> None:
    assert printable("Kundenreise – Café 顧客 رحلة 👩‍👩‍👧.journey") == \
        "Kundenreise – Café 顧客 رحلة 👩‍👩‍👧.journey"
    assert printable(Path("a\tb\r\x9b\u2028\u202eexe.txt")) == "a\\tb\\r\\x9b\\u2028\\u202eexe.txt"


def test_a_maps_own_titles_reach_the_terminal_escaped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Card titles and journey names come from the file too: info, check and diff print
    them with a terminal's escape sequences escaped, one line each."""
    from journey_editor.fileformat import save_workspace
    from tests.factories import small_workspace

    workspace = small_workspace()
    workspace.journeys[0].name = "\x1b]0;owned\x07Buying"
    workspace.journeys[0].cards[1].title = "Check\x1b[2Jout\nnow"
    hostile = tmp_path / "hostile.journey"
    save_workspace(workspace, hostile, backup=False)
    plain = tmp_path / "plain.journey"
    save_workspace(small_workspace(), plain, backup=False)
    for command in (["info", str(hostile)], ["check", str(hostile)],
                    ["diff", str(plain), str(hostile)]):
        main(command)
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out, command
        assert "\\x1b" in out, command
