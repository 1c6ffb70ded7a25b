"""Reads `.journey` files: every failure is one JourneyFileError, never a crash or a hang."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import Any, overload

import msgspec

from journey_editor.fileformat import integrity, messages, migrations
from journey_editor.fileformat.errors import (
    JourneyFileError,
    describe_os_error,
    one_line,
    printable,
)
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.model import images
from journey_editor.model.types import FORMAT_MARKER, FORMAT_VERSION, Workspace

MAX_FILE_BYTES = 128 * 1024 * 1024

_SIGNATURES = [
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("FileErrors", "a ZIP archive (or an Office document)")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("FileErrors", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("FileErrors", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("FileErrors", "a GIF image")),
    (b"%PDF", QT_TRANSLATE_NOOP("FileErrors", "a PDF document")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("FileErrors", "a compressed (gzip) file")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("FileErrors", "a program")),
    (b"MZ", QT_TRANSLATE_NOOP("FileErrors", "a program")),
]


_DECODER = msgspec.json.Decoder(Workspace)


class _Header(msgspec.Struct):
    """The two keys looked at before anything else, to explain a file that fails. The
    version stays raw JSON, so that a number no type can hold (1e999) can be quoted."""

    format: Any = None
    version: msgspec.Raw = msgspec.Raw()


def _t(text: str) -> str:
    return translate("FileErrors", text)


def read_workspace(path: str | Path) -> Workspace:
    path = Path(path)
    return share_ids(parse_workspace(_read_bytes(path), path))


def share_ids(workspace: Workspace) -> Workspace:
    """One string object per id: the decoder makes a new one for every card's stage and
    lane and every connection's ends. 13 % of a big map's memory (1,076 -> 934 bytes per
    card and its connection), for 1.5 ms per 1,000 cards."""
    share = sys.intern
    for journey in workspace.journeys:
        for card in journey.cards:
            card.id, card.stage, card.lane = share(card.id), share(card.stage), share(card.lane)
        for link in journey.connections:
            link.source, link.target = share(link.source), share(link.target)
    return workspace


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise JourneyFileError(path, _t("no such file")) from None
    except OSError as error:
        raise JourneyFileError(path, describe_os_error(error, path.parent)) from None
    if path.is_dir():
        raise JourneyFileError(path, _t("that is a folder, not a file"))
    if not path.is_file():
        raise JourneyFileError(path, _t("that is not a regular file"))
    if info.st_size > MAX_FILE_BYTES:
        raise JourneyFileError(
            path,
            _t("the file is too large ({0} MB; the limit is {1} MB)").format(
                info.st_size // 2**20, MAX_FILE_BYTES // 2**20
            ),
        )
    try:
        with open(path, "rb") as stream:
            # Read one byte past the limit: the file may have grown since stat().
            data = stream.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise JourneyFileError(path, _t("no permission to read the file")) from None
    except OSError as error:
        raise JourneyFileError(path, _t("cannot be read: {0}").format(error.strerror)) from None
    if len(data) > MAX_FILE_BYTES:
        raise JourneyFileError(path, _t("the file is too large"))
    return data


def parse_workspace(data: bytes, path: str | Path) -> Workspace:
    """Decodes and checks the bytes of a `.journey` file; `path` names it in errors."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    _reject_other_kinds(data, path)
    try:
        workspace = _DECODER.decode(data)
    except (msgspec.DecodeError, RecursionError, UnicodeDecodeError):
        workspace = _explain_or_migrate(data, path)
    problem = integrity.first_problem(workspace)
    if problem is not None:
        raise JourneyFileError(path, problem[1], problem[0])
    images.remember(workspace.images)  # for the painters (see model.images)
    return workspace


def _reject_other_kinds(data: bytes, path: str | Path) -> None:
    if not data or data.isspace():
        raise JourneyFileError(path, _t("the file is empty"))
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            raise JourneyFileError(path, _t("this is {0}, not a journey map").format(_t(kind)))
    encoding = messages.wide_text(data)
    if encoding is not None:
        raise JourneyFileError(path, _t("this is text in {0}; save it as UTF-8").format(encoding))
    if b"\x00" in data[:4096]:
        raise JourneyFileError(path, _t("this is a binary file, not a journey map"))


def _explain_or_migrate(data: bytes, path: str | Path) -> Workspace:
    """The slow path, taken only when the fast typed decode failed."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        where = messages.line_column(data, error.start)
        raise JourneyFileError(path, _t("the file is not UTF-8 text"), where) from None
    header = _decode(data, path, _Header)
    if not isinstance(header, _Header):
        raise JourneyFileError(path, _t("this is not a journey map (no Journey Editor data in it)"))
    version = _check_header(header, path)
    if version == FORMAT_VERSION:
        return _decode(data, path, Workspace)
    raw = _decode(data, path, dict)
    with warnings.catch_warnings(record=True) as left_out:
        warnings.simplefilter("always", migrations.LeftOut)
        try:
            raw = migrations.migrate(raw, version)
        except (KeyError, TypeError, AttributeError, ValueError, IndexError):
            raise JourneyFileError(
                path, _t("this older file is damaged and cannot be upgraded")
            ) from None
    try:
        workspace = msgspec.convert(raw, Workspace)
    except msgspec.ValidationError as error:
        where, problem = messages.describe_validation(error, Workspace)
        raise JourneyFileError(path, problem, where) from None
    for note in left_out:  # said once the file opens, naming it as its errors do
        message = f"{printable(Path(path).name)}: {note.message}"
        warnings.warn(note.category(message), stacklevel=3)
    return workspace


@overload
def _decode(data: bytes, path: str | Path, kind: type[_Header]) -> _Header | None: ...
@overload
def _decode[T](data: bytes, path: str | Path, kind: type[T]) -> T: ...
def _decode(data: bytes, path: str | Path, kind: type[Any]) -> Any:
    """The data as `kind`, or an explained JourneyFileError; None only for a header
    that does not fit (the data is not a JSON object)."""
    try:
        return msgspec.json.decode(data, type=kind)
    except RecursionError:
        raise JourneyFileError(path, _t("the data is nested too deeply")) from None
    except msgspec.ValidationError as error:  # a subclass of DecodeError: test it first
        if kind is _Header:
            return None
        where, problem = messages.describe_validation(error, kind)
        raise JourneyFileError(path, problem, where) from None
    except msgspec.DecodeError as error:
        where, problem = messages.describe_syntax(error, data)
        raise JourneyFileError(path, problem, where) from None


def _check_header(header: _Header, path: str | Path) -> int:
    """The file's format version, once marker and version are known to be readable."""
    if header.format is None:
        raise JourneyFileError(path, _t("this is not a journey map (the format marker is missing)"))
    if header.format != FORMAT_MARKER:
        raise JourneyFileError(
            path,
            _t("this is not a journey map (its format is '{0}')").format(str(header.format)[:60]),
        )
    version = _version(header.version, path)
    if version > FORMAT_VERSION:
        raise JourneyFileError(
            path,
            _t(
                "made with a newer Journey Editor (format version {0}; this one reads up to {1}):"
                " please update Journey Editor"
            ).format(version, FORMAT_VERSION),
        )
    if version < migrations.oldest_readable():
        raise JourneyFileError(
            path, _t("format version {0} is too old to read").format(version), "version"
        )
    return version


def _version(raw: msgspec.Raw, path: str | Path) -> int:
    text = one_line(bytes(raw)[:80].decode("utf-8", "replace"), 40)
    if not text or text == "null":
        raise JourneyFileError(path, _t("the format version is missing"), "version")
    try:
        version = msgspec.json.decode(raw)
    except (msgspec.DecodeError, RecursionError):  # 1e999: a number too large for any type
        version = None
    if not isinstance(version, int) or isinstance(version, bool):
        raise JourneyFileError(
            path, _t("the format version must be a whole number, found {0}").format(text), "version"
        )
    return version

