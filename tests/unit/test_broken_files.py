"""Every kind of bad input gets one line naming the file, the place and the problem."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journey_editor.fileformat import JourneyFileError, encode_workspace, read_workspace
from journey_editor.fileformat.reader import MAX_FILE_BYTES
from tests.factories import small_workspace

Doc = dict[str, Any]


def _valid() -> Doc:
    return json.loads(encode_workspace(small_workspace()))


def _edit(change: Callable[[Doc], None]) -> bytes:
    doc = _valid()
    change(doc)
    return json.dumps(doc).encode()


def _card(doc: Doc, index: int = 0) -> Doc:
    return doc["journeys"][0]["cards"][index]


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = path.split("/")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return change


VALID = encode_workspace(small_workspace())

# (case id, file content, the words the message must contain)
CASES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "the file is empty"),
    ("whitespace", b"  \n\t ", "the file is empty"),
    ("zip", b"PK\x03\x04\x14\x00" + b"\x00" * 40, "ZIP archive"),
    ("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG image"),
    ("pdf", b"%PDF-1.7\n", "PDF document"),
    ("utf16", '{"format": "journey-editor"}'.encode("utf-16"), "text in UTF-16; save it as UTF-8"),
    *[(f"{codec} without BOM", VALID.decode().encode(codec), f"text in {name}; save it as UTF-8")
      for codec, name in [("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"),
                          ("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32")]],
    ("utf32", VALID.decode().encode("utf-32"), "text in UTF-32; save it as UTF-8"),
    ("utf32 big-endian", codecs.BOM_UTF32_BE + VALID.decode().encode("utf-32-be"),
     "text in UTF-32"),
    ("binary", b"\x01\x02\x00\x03garbage", "binary file"),
    ("latin1", VALID.replace(b'"Ad"', '"Caf\xe9"'.encode("latin-1")), "not UTF-8"),
    ("not json", b"hello, this is a note", "not valid JSON"),
    ("truncated", VALID[: len(VALID) // 2], "ends too early"),
    ("trailing", VALID + b"{}", "after the end"),
    ("nan", VALID.replace(b'"value": 4.2', b'"value": NaN'), "not valid JSON"),
    ("array", b"[1, 2, 3]", "not a journey map"),
    ("no marker", b'{"version": 1}', "format marker is missing"),
    ("other marker", b'{"format": "drawio", "version": 1}', "its format is 'drawio'"),
    ("no version", b'{"format": "journey-editor"}', "version is missing"),
    ("text version", b'{"format": "journey-editor", "version": "1"}',
     'version: the format version must be a whole number, found "1"'),
    ("huge version", VALID.replace(b'"version": 2', b'"version": 1e999'),
     "version: the format version must be a whole number, found 1e999"),
    ("fraction version", b'{"format": "journey-editor", "version": 1.5}',
     "the format version must be a whole number, found 1.5"),
    ("null version", b'{"format": "journey-editor", "version": null}', "version is missing"),
    ("future version", VALID.replace(b'"version": 2', b'"version": 7'), "newer Journey Editor"),
    ("ancient version", VALID.replace(b'"version": 2', b'"version": -3'), "too old"),
    ("wrong type", _edit(_set("journeys/0/cards/0/emotion", "happy")),
     "journeys[0].cards[0].emotion: expected a whole number or nothing (null), found text"),
    ("out of range", _edit(_set("journeys/0/cards/0/emotion", 5)),
     "journeys[0].cards[0].emotion: must be at most 3"),
    ("huge number", _edit(_set("journeys/0/cards/1/metrics/0/value", 10**400)),
     "journeys[0].cards[1].metrics[0].value"),
    ("bad enum", _edit(_set("journeys/0/cards/0/status", "done")),
     "'done' is not allowed here (allowed: draft, planned, retired, validated)"),
    ("bad lane kind", _edit(_set("journeys/0/lanes/0/kind", "swim")),
     "allowed: channel, emotion, text"),
    ("bad date", _edit(_set("journeys/0/cards/1/metrics/0/date", "yesterday")), "not a valid date"),
    ("bad colour", _edit(_set("journeys/0/cards/0/color", "red")), "wrong form"),
    ("missing field", _edit(lambda d: _card(d).pop("id")), "required field 'id' is missing"),
    ("unknown field", _edit(_set("journeys/0/cards/0/colour", "#ff0000")),
     "unknown field 'colour'"),
    ("long title", _edit(_set("journeys/0/cards/0/title", "x" * 600)), "too long"),
    ("duplicate card", _edit(_set("journeys/0/cards/1/id", "a")), "the id 'a' is used twice"),
    ("missing stage", _edit(_set("journeys/0/cards/0/stage", "nowhere")),
     "journeys[0].cards[0].stage: refers to a stage 'nowhere' that does not exist"),
    ("missing lane", _edit(_set("journeys/0/cards/0/lane", "gone")), "lane 'gone'"),
    ("dangling link", _edit(_set("journeys/0/connections/0/target", "zz")), "card 'zz'"),
    ("self link", _edit(_set("journeys/0/connections/0/target", "a")), "connects a card to itself"),
    ("missing persona", _edit(_set("journeys/0/persona", "p9")), "persona 'p9'"),
    ("emotion for no stage", _edit(_set("journeys/0/lanes/2/emotion_values", {"zz": 1})),
     "stage 'zz'"),
    ("photo not in images", _edit(_set("personas/0/picture", "ab" * 32)),
     "personas[0].picture: refers to a picture 'abababababab…' that is not in the file's images"),
    ("photo not a key", _edit(_set("personas/0/picture", "me.png")), "wrong form"),
    ("inline photo in version 2", _edit(_set("personas/0/photo", "aGVsbG8=")),
     "unknown field 'photo'"),
    ("deep nesting", b'{"format": "journey-editor", "version": 1, "title": ' + b"[" * 100_000
     + b"]" * 100_000 + b"}", "journey"),
    ("deep nesting untyped", b"[" * 100_000 + b"]" * 100_000, "journey"),
    ("too many cards", _edit(lambda d: d["journeys"][0].__setitem__(
        "cards", [_card(d)] * 100_001)), "too long"),
]


@pytest.mark.parametrize(("content", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_file_gives_one_clear_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "workshop.journey"
    path.write_bytes(content)
    with pytest.raises(JourneyFileError) as caught:
        read_workspace(path)
    message = str(caught.value)
    assert message.startswith("workshop.journey: ")
    assert "\n" not in message and len(message) < 300
    assert expected in message


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "x.journey"
    path.write_bytes(b'{\n  "format": "journey-editor",\n  "version": 1,\n  "title": oops\n}')
    with pytest.raises(JourneyFileError,
                       match=r"x.journey: line 4, column 12: this is not valid JSON"):
        read_workspace(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(JourneyFileError, match="nope.journey: no such file"):
        read_workspace(tmp_path / "nope.journey")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(JourneyFileError, match="folder, not a file"):
        read_workspace(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.journey"
    path.write_bytes(VALID)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(JourneyFileError, match="locked.journey: no permission to read"):
        read_workspace(path)


def test_absurd_size_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.journey"
    with open(path, "wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(JourneyFileError, match="too large"):
        read_workspace(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_hanging(tmp_path: Path) -> None:
    path = tmp_path / "pipe.journey"
    os.mkfifo(path)
    with pytest.raises(JourneyFileError, match="not a regular file"):
        read_workspace(path)
