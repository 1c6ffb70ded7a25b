"""The one failure of the bridges, and the checks every imported text file goes through."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from journey_editor.fileformat.errors import describe_os_error, printable
from journey_editor.fileformat.messages import wide_text
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate

_LISTED = 5  # problems spelt out in the one-line message; all of them stay in `.problems`

_SIGNATURES = [
    (b"PK\x03\x04", QT_TRANSLATE_NOOP(
        "Bridges", "an Excel workbook or another ZIP archive; save it as {0}")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP(
        "Bridges", "an old Excel or Office document; save it as {0}")),
    (b"%PDF", QT_TRANSLATE_NOOP("Bridges", "a PDF document, not {0}")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("Bridges", "a PNG image, not {0}")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Bridges", "a JPEG image, not {0}")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Bridges", "a compressed (gzip) file, not {0}")),
]


def _t(text: str) -> str:
    return translate("Bridges", text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an imported file. `line` is the line of a Mermaid file, or the
    row of a CSV file counted as a spreadsheet does (the header is row 1)."""

    line: int | None
    text: str
    column: str | None = None
    unit: str = "line"

    def __str__(self) -> str:
        place = []
        if self.line is not None:
            template = _t("row {0}") if self.unit == "row" else _t("line {0}")
            place.append(template.format(self.line))
        if self.column is not None:
            place.append(_t("column '{0}'").format(self.column))
        where = ", ".join(place)
        return f"{where}: {self.text}" if where else self.text


class BridgeError(Exception):
    """A Mermaid or CSV file could not be imported (or exported); `str()` is one line
    naming the file, the place and the problem. Nothing was changed."""

    def __init__(self, path: str | Path, line: int | None, problem: str,
                 column: str | None = None, *, unit: str = "line",
                 more: Sequence[Problem] = ()) -> None:
        self.path = Path(path)
        self.problems = [Problem(line, problem, column, unit), *more]
        super().__init__(self._message())

    @classmethod
    def several(cls, path: str | Path, problems: Sequence[Problem]) -> BridgeError:
        first, *rest = problems
        return cls(path, first.line, first.text, first.column, unit=first.unit, more=rest)

    @property
    def line(self) -> int | None:
        return self.problems[0].line

    @property
    def problem(self) -> str:
        return self.problems[0].text

    def _message(self) -> str:
        if len(self.problems) == 1:
            return f"{printable(self.path.name)}: {self.problems[0]}"
        lines = sorted({p.line for p in self.problems if p.line is not None})
        unit = _t("rows") if self.problems[0].unit == "row" else _t("lines")
        head = _t("{0} {1} have problems, nothing was imported").format(len(lines), unit)
        shown = "; ".join(str(p) for p in self.problems[:_LISTED])
        left = len(self.problems) - _LISTED
        tail = _t("; and {0} more").format(left) if left > 0 else ""
        return f"{printable(self.path.name)}: {head}: {shown}{tail}"


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a file to import, refusing folders, missing files and huge files."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BridgeError(path, None, _t("no such file")) from None
    except OSError as error:
        raise BridgeError(path, None, describe_os_error(error, path.parent)) from None
    if path.is_dir():
        raise BridgeError(path, None, _t("that is a folder, not a file"))
    if size > limit:
        raise BridgeError(path, None, _t("the file is too large ({0} MB; the limit is {1} MB)")
                          .format(size // 2**20, limit // 2**20))
    try:
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)  # one byte more: the file may have grown since stat()
    except OSError as error:
        raise BridgeError(path, None, _t("cannot be read: {0}").format(error.strerror)) from None
    if len(data) > limit:
        raise BridgeError(path, None, _t("the file is too large"))
    return data


def decode_text(data: bytes, path: str | Path, wanted: str) -> str:
    """UTF-8 text without its BOM; `wanted` names the expected kind ("CSV UTF-8") so the
    message can say how to save the file instead."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            raise BridgeError(path, None, _t("this is {0}").format(_t(kind).format(wanted)))
    if not data.strip():
        raise BridgeError(path, None, _t("the file is empty"))
    head = data[:4096]
    # UTF-16 without a BOM has a zero in every other byte of Latin text, even when the
    # first character is not Latin (the reader's clue).
    encoding = wide_text(data) or ("UTF-16" if head.count(0) * 3 > len(head) else None)
    if encoding is not None:
        raise BridgeError(path, None, _t("this is text in {0}; save it as {1}").format(
            encoding, wanted))
    if b"\x00" in head:
        raise BridgeError(path, None, _t("this is a binary file, not {0}").format(wanted))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise BridgeError(path, line, _t("the text is not UTF-8; save the file as {0}")
                          .format(wanted)) from None
