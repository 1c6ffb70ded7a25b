"""Checks of a picture's bytes that need no decoding: the kind its first bytes say, the
pixel size its header gives, whether it is complete. Reading the header is how a
decompression bomb (a small file that says 60,000 x 60,000 pixels) is refused before
anything tries to decode it; the file's images section and the picture import share it.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator

from journey_editor.i18n import translate
from journey_editor.model.images import images_of, references
from journey_editor.model.types import Image, ImageType, Workspace

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
_PNG_END = b"IEND"
_JPEG_SCAN, _JPEG_END = b"\xff\xda", b"\xff\xd9"
# Start-of-frame markers, the segments that hold a JPEG's size (C4, C8 and CC are not).
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers without a length: the start of the image, TEM and the restart markers.
_JPEG_BARE = frozenset({0xD8, 0x01, *range(0xD0, 0xD8)})


def digest(data: bytes) -> str:
    """A picture's key: the SHA-256 of its stored bytes, so one picture is kept once."""
    return hashlib.sha256(data).hexdigest()


def kind_of(data: bytes) -> ImageType | None:
    """PNG or JPEG by the first bytes; None for anything else (a renamed file)."""
    if data.startswith(PNG_MAGIC):
        return "image/png"
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    return None


def header_size(data: bytes, kind: ImageType) -> tuple[int, int] | None:
    """(width, height) in pixels as the header says, None when there is no such header."""
    return _png_size(data) if kind == "image/png" else _jpeg_size(data)


def _png_size(data: bytes) -> tuple[int, int] | None:
    # The IHDR chunk comes first: length (4 bytes), "IHDR", width and height.
    if len(data) < 24 or not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walks the segments up to the first frame header; bounded by the data's length."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None  # not a marker where one must be: damaged
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte before a marker
            at += 1
        elif marker in _JPEG_BARE:
            at += 2
        elif marker in _JPEG_FRAMES:
            if at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return width, height
        else:
            at += 2 + int.from_bytes(data[at + 2:at + 4], "big")
    return None


def complete(data: bytes, kind: ImageType) -> bool:
    """Whether the picture runs to its end marker: a file cut short loses it (the decoders
    would show the part they got, with grey or nothing below)."""
    if kind == "image/png":
        return data.rfind(_PNG_END) > 8
    # After the last scan (an Exif thumbnail has its own end marker, earlier in the file).
    scan = data.rfind(_JPEG_SCAN)
    return scan > 0 and data.find(_JPEG_END, scan) > 0


# --- the file's images section -------------------------------------------------------------

def _t(text: str) -> str:
    return translate("FileErrors", text)


def problems(workspace: Workspace) -> Iterator[tuple[str, str]]:
    """(where, what) for each picture that is not what its entry says, and each card or
    persona whose picture is missing from the images section."""
    images = images_of(workspace)
    for key, image in images.items():
        problem = image_problem(key, image)
        if problem is not None:
            yield f"images.{key[:12]}", problem
    for where, key in references(workspace):
        if key not in images:
            yield f"{where}.picture", _t(
                "refers to a picture '{0}…' that is not in the file's images").format(key[:12])


def image_problem(key: str, image: Image) -> str | None:
    """What is wrong with one stored picture, in one line naming it; None when sound."""
    name = key[:12] + "…"
    kind = kind_of(image.data)
    if kind != image.type:
        return _t("the picture {0} is not a {1} image").format(
            name, image.type.removeprefix("image/").upper())
    size = header_size(image.data, kind)
    if size is None:
        return _t("the picture {0} has no readable size in its header").format(name)
    if size != (image.width, image.height):
        return _t("the picture {0} is {1} x {2} pixels, but its entry says {3} x {4}").format(
            name, *size, image.width, image.height)
    if not complete(image.data, kind):
        return _t("the picture {0} is cut short (its end is missing)").format(name)
    if digest(image.data) != key:
        return _t("the picture {0} does not match its key: its data was changed or "
                  "damaged").format(name)
    return None
