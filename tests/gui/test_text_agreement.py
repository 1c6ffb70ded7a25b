"""The width table agrees with what Qt and reportlab do with the same font files, and
the canvas draws text at its size in scene units whatever the device's DPI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QRawFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from journey_editor.layout import textmetrics as tm
from journey_editor.render import text as render_text
from journey_editor.render.text import (
    BASE_PIXEL_SIZE,
    base_font,
    draw_lines,
    register_fonts,
)

SAMPLES = {
    "English": "Efficient office workflow: fluffy waffles, AVAST! Quick-fix (“review”) 100%",
    "Danish": "Kunden får tøj og æbler på Ærø; berøringspunkter før købet",
    "Swedish": "Kontaktytor före köpet: Åsa läser kundtjänstens svar på målgruppen",
    "Finnish": "Asiakastilanteet ennen ostoa: hyvä käyttäjäkokemus ja jäätelö",
    "Dutch": "Klantcontactpunten: ĳverig, IJmuiden, Ĳsselmeer en de bijbehorende ijs",
    "Polish": "Łódź: żółć, źdźbło, gęślą jaźń; zażółć zamówienie",
    "Greek": "Σημεία επαφής του πελάτη: Ωμέγα, ψυχή, άνθρωποι",
    "Cyrillic": "Точки контакта: Привет, ёжик, Щука, Юлия; Ђорђе, Љубљана",
}
DPMS_96_AND_300_DPI = (3780, 11811)  # dots per metre


def _reportlab_font(bold: bool) -> str:
    name = f"JourneyEditorTest-{'Bold' if bold else 'Regular'}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(tm.font_file(bold))))
    return name


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("language", SAMPLES)
def test_table_agrees_with_qt(qapp: object, language: str, bold: bool) -> None:
    text = SAMPLES[language]
    qt = QFontMetricsF(base_font(bold)).horizontalAdvance(text)
    ours = tm.text_width(text, BASE_PIXEL_SIZE, bold)
    assert qt == pytest.approx(ours, rel=0.005)


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("language", SAMPLES)
def test_table_agrees_with_reportlab(language: str, bold: bool) -> None:
    text = SAMPLES[language]
    pdf = pdfmetrics.stringWidth(text, _reportlab_font(bold), 12)
    assert pdf == pytest.approx(tm.text_width(text, 12, bold), rel=0.001)


@pytest.mark.parametrize("bold", [False, True])
def test_qt_draws_with_the_bundled_font_file(qapp: object, bold: bool) -> None:
    # "DejaVu Sans" may also be installed on the system; whichever file Qt picked, its
    # advance widths (hmtx) and character map must be the bundled file's.
    raw = QRawFont.fromFont(base_font(bold))
    bundled = TTFontFile(str(tm.font_file(bold)))
    for table in ("hmtx", "cmap", "hhea"):
        assert bytes(raw.fontTable(table)) == bundled.get_table(table)


def test_ligatures_and_kerning_are_off(qapp: object) -> None:
    metrics = QFontMetricsF(base_font())
    for text in ("ffi", "AV", "Te"):
        assert metrics.horizontalAdvance(text) == sum(metrics.horizontalAdvance(c) for c in text)


def _ink_box(image: QImage) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the pixels darker than mid-grey."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride, data = gray.bytesPerLine(), bytes(gray.constBits())
    width = gray.width()
    rows = [y for y in range(gray.height()) if min(data[y * stride:y * stride + width]) < 128]
    cols = [x for x in range(width) if any(data[y * stride + x] < 128 for y in rows)]
    return cols[0], rows[0], cols[-1], rows[-1]


def _render(
    dots_per_metre: int, lines: list[str], size: float, font: QFont | None = None
) -> QImage:
    """Draws with draw_lines, or with `font` at baseline 40 to compare."""
    image = QImage(400, 160, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    if font is None:
        draw_lines(painter, lines, 10, 10, size, False, QColor("black"))
    else:
        painter.setFont(font)
        painter.drawText(10, 40, lines[0])
    painter.end()
    return image


def test_drawn_text_size_does_not_depend_on_dpi(qapp: object) -> None:
    text = "Hello Wörld"
    boxes = [_ink_box(_render(dpm, [text], 20)) for dpm in DPMS_96_AND_300_DPI]
    assert boxes[0] == boxes[1]
    left, _, right, _ = boxes[0]
    # Ink spans the advance minus the side bearings of 'H' and 'd'.
    assert 0.9 * tm.text_width(text, 20) < right - left + 1 <= tm.text_width(text, 20)
    # The check is not vacuous: a point-size font does grow with the DPI.
    point_font = QFont(tm.FONT_FAMILY, 10)
    boxes = [_ink_box(_render(dpm, [text], 10, point_font)) for dpm in DPMS_96_AND_300_DPI]
    assert boxes[1][2] - boxes[1][0] > 2.5 * (boxes[0][2] - boxes[0][0])


def test_baselines_are_at_ascent_plus_line_heights(qapp: object) -> None:
    size = 40.0
    image = _render(3780, ["H"], size)
    _, top, _, bottom = _ink_box(image)
    baseline = 10 + tm.ascent(size)
    cap_height = size * 1493 / 2048  # DejaVu Sans: 'H' is 1493 units tall, on the baseline
    assert bottom + 1 == pytest.approx(baseline, abs=1)
    assert top == pytest.approx(baseline - cap_height, abs=1)
    second = _ink_box(_render(3780, ["", "H"], size))
    assert second[3] - bottom == pytest.approx(tm.line_height(size), abs=1)


class _RecordingFontDatabase:
    """Stands in for QFontDatabase: records the files added, answers with `result`."""

    def __init__(self, result: int) -> None:
        self.result = result
        self.added: list[str] = []

    def addApplicationFont(self, path: str) -> int:
        self.added.append(path)
        return self.result


@pytest.fixture
def fake_font_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[_RecordingFontDatabase]:
    fake = _RecordingFontDatabase(result=0)
    monkeypatch.setattr(render_text, "QFontDatabase", fake)
    register_fonts.cache_clear()
    yield fake
    register_fonts.cache_clear()  # the next caller registers with the real database


def test_register_fonts_adds_both_files_once(
    qapp: object, fake_font_database: _RecordingFontDatabase
) -> None:
    register_fonts()
    register_fonts()
    assert fake_font_database.added == [str(tm.font_file(False)), str(tm.font_file(True))]


def test_register_fonts_reports_a_font_qt_cannot_load(
    qapp: object, fake_font_database: _RecordingFontDatabase
) -> None:
    fake_font_database.result = -1
    with pytest.raises(RuntimeError, match="DejaVuSans.ttf"):
        register_fonts()
