"""A picture a user brings (a dropped or chosen file, a pasted image) made ready for a card:
checked before decoding, scaled down to MAX_PICTURE_SIDE, re-encoded, keyed by digest.

Refusals are PictureError with one line naming the picture and the problem. The header is
read first (`fileformat.pictures`): a decompression bomb (a small file that says 60,000 x
60,000 pixels), a file cut short or a renamed non-image never reaches a decoder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMimeData
from PySide6.QtGui import QImage

from journey_editor.editor.workspace_commands import MAX_SOURCE_BYTES, PhotoError, prepare_photo
from journey_editor.fileformat.pictures import complete, digest, header_size, kind_of
from journey_editor.model import images
from journey_editor.model.types import MAX_PICTURE_BYTES, MAX_PICTURE_SIDE, Image

# What a source picture may be before it is scaled down: larger than any camera's, far
# smaller than what would exhaust memory while decoding (Qt stops at 256 MB anyway).
MAX_SOURCE_SIDE = 20_000
MAX_SOURCE_PIXELS = 120_000_000
Picture = tuple[str, Image]  # (its key, the picture as stored)


class PictureError(ValueError):
    """A picture that cannot go on a card; the message is one line for the facilitator."""


def _t(text: str) -> str:
    return QCoreApplication.translate("Pictures", text)


def checked_source(data: bytes, name: str) -> bytes:
    """The bytes of a PNG or JPEG file that may be decoded: refused (PictureError) when
    too large, not PNG or JPEG, without a size, too many pixels, or cut short."""
    if len(data) > MAX_SOURCE_BYTES:
        raise PictureError(_t("'{0}' is too large for a picture ({1} MB; at most {2} MB)")
                           .format(name, len(data) // 2**20, MAX_SOURCE_BYTES // 2**20))
    kind = kind_of(data)
    if kind is None:
        raise PictureError(_t("'{0}' is not a PNG or JPEG picture").format(name))
    size = header_size(data, kind)
    if size is None or 0 in size:
        raise PictureError(_t("'{0}' is damaged: its header gives no picture size").format(name))
    width, height = size
    if max(size) > MAX_SOURCE_SIDE or width * height > MAX_SOURCE_PIXELS:
        raise PictureError(_t("'{0}' is too large: {1} x {2} pixels (at most {3} pixels on a "
                              "side)").format(name, width, height, MAX_SOURCE_SIDE))
    if not complete(data, kind):
        raise PictureError(_t("'{0}' is cut short: the end of the picture is missing")
                           .format(name))
    return data


def picture_from_bytes(data: bytes, name: str) -> Picture:
    """The stored form of a PNG or JPEG file's bytes; `name` names it in a refusal."""
    try:
        encoded, stored = prepare_photo(checked_source(data, name), MAX_PICTURE_BYTES,
                                        MAX_PICTURE_SIDE)
    except PhotoError as error:
        raise PictureError(f"'{name}': {error}") from None
    width, height = header_size(encoded, stored) or (0, 0)
    picture = Image(type=stored, width=width, height=height, data=encoded)
    key = digest(encoded)
    images.remember({key: picture})
    return key, picture


def picture_from_file(path: Path) -> Picture:
    return picture_from_bytes(*source_from_file(path))


def picture_from_mime(mime: QMimeData) -> Picture:
    """The picture of a drop or the clipboard (see `source_from_mime`)."""
    return picture_from_bytes(*source_from_mime(mime))


def source_from_file(path: Path) -> tuple[bytes, str]:
    """(the file's bytes, its name); PictureError when it cannot be read."""
    try:
        with open(path, "rb") as stream:
            return stream.read(MAX_SOURCE_BYTES + 1), path.name  # a byte more: "too large"
    except OSError as error:
        raise PictureError(_t("'{0}' cannot be read: {1}").format(
            path.name, error.strerror or error)) from None


def has_picture(mime: QMimeData | None) -> bool:
    """Whether dropped or pasted data may hold a picture (checked when it arrives)."""
    return mime is not None and (mime.hasImage() or any(
        url.isLocalFile() for url in mime.urls()))


def source_from_mime(mime: QMimeData) -> tuple[bytes, str]:
    """The first local file of a drop or the clipboard, else its image (a screenshot, a
    picture copied in a browser: already decoded by Qt, saved as PNG), and a name."""
    for url in mime.urls():
        if url.isLocalFile():
            return source_from_file(Path(url.toLocalFile()))
    image = mime.imageData()
    name = _t("the pasted picture")
    if not isinstance(image, QImage) or image.isNull():
        raise PictureError(_t("'{0}' is not a PNG or JPEG picture").format(name))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The ignore: PySide6's stub knows save(QIODevice, ...) only for a file name.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data()), name
