"""Pictures for the picture tests, made in the test: good ones, and a hostile corpus of
files that must be refused (each with the words its refusal names)."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib

from PySide6.QtCore import QBuffer, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter


def encoded(image: QImage, fmt: str, quality: int = -1) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)
    return bytes(buffer.data().data())


def photo(width: int = 1600, height: int = 1200, fmt: str = "JPEG") -> bytes:
    """A photograph-like picture: a smooth gradient with a disc (JPEG by default)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
    gradient.setColorAt(0, QColor("#204080"))
    gradient.setColorAt(1, QColor("#f0c040"))
    painter.fillRect(image.rect(), gradient)
    painter.setBrush(QColor("#c03030"))
    painter.drawEllipse(QPointF(width / 3, height / 2), width / 6, width / 6)
    painter.end()
    return encoded(image, fmt, 90)


def logo(side: int = 300) -> bytes:
    """A drawing with transparency (PNG): a disc on nothing."""
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setBrush(QColor("#2f6fed"))
    painter.drawEllipse(QPointF(side / 2, side / 2), side / 3, side / 3)
    painter.end()
    return encoded(image, "PNG")


def png_header(width: int, height: int) -> bytes:
    """A PNG that says width x height pixels: a decompression bomb's header, its pixel
    data a few compressed bytes of zeros (the rows a decoder would have to allocate)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 100_000, 9)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def zip_file() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("slides.txt", "not a picture")
    return out.getvalue()


def hostile() -> dict[str, tuple[bytes, str]]:
    """name -> (the file's bytes, a phrase its refusal contains)."""
    jpeg = photo(400, 300)
    png = photo(400, 300, "PNG")
    return {
        "bomb.png": (png_header(60_000, 60_000), "60000 x 60000 pixels"),
        "wide.png": (png_header(30_000, 10), "30000 x 10 pixels"),
        "cut.jpg": (jpeg[:len(jpeg) // 2], "cut short"),
        "cut.png": (png[:len(png) // 2], "cut short"),
        "noise.png": (os.urandom(5000), "not a PNG or JPEG"),
        "slides.png": (zip_file(), "not a PNG or JPEG"),
        "empty.png": (b"", "not a PNG or JPEG"),
        "no-size.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(64), "no picture size"),
        "zero.png": (png_header(0, 10), "no picture size"),
    }


def plain(color: str, width: int = 300, height: int = 200, fmt: str = "JPEG") -> bytes:
    """A picture of one colour: easy to find again in a rendering."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return encoded(image, fmt, 95)
