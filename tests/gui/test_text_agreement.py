"""The width table agrees with what Qt and reportlab do with the same font files, the
canvas draws text at its size in scene units whatever the device's DPI, and text in
world scripts looks the same on the canvas and on paper."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QRawFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from journey_editor.export.pdf_ops import PdfOut, new_canvas
from journey_editor.layout import fallback_fonts
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
# Scripts that need shaping or fonts other than DejaVu Sans (issue 15 item 2).
WORLD_SAMPLES = {
    "Chinese": "顾客比较价格，然后付款",
    "Japanese": "お客様が価格を比較します",
    "Korean": "고객이 가격을 비교합니다",
    "Arabic": "يقارن العميل الأسعار 24",
    "Hebrew": "הלקוח משווה מחירים 24",
    "Devanagari": "ग्राहक कीमतों की तुलना",
    "Thai": "ลูกค้าเปรียบเทียบราคา",
    "Mixed": "Café 咖啡 and שלום",
}


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

    def addApplicationFont(self, path: str) -> int:  # noqa: N802 (Qt's name)
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


def _world_fonts_missing() -> str:
    if shutil.which("pdftoppm") is None:
        return "pdftoppm (poppler-utils) is not installed"
    for family in ("Noto Sans CJK SC", "Noto Sans Arabic", "Noto Sans Hebrew",
                   "Noto Sans Devanagari", "Noto Sans Thai"):
        if fallback_fonts.family_source(family, False) is None:
            return f"{family} is not installed (fonts-noto-core, fonts-noto-cjk)"
    return ""


def _inked_columns(image: QImage) -> list[bool]:
    """Whether each column of pixels has ink darker than mid-grey: where glyphs stand
    and where the gaps between them are, whatever the anti-aliasing."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride, data = gray.bytesPerLine(), bytes(gray.constBits())
    return [any(data[y * stride + x] < 128 for y in range(gray.height()))
            for x in range(gray.width())]


def _on_paper(text: str, size: float, bold: bool) -> QImage:
    """`text` printed by the PDF painter, its line's top at (10, 10), rendered at 72 dpi
    (1 pt = 1 px) by poppler."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (400, 80))
    PdfOut(canvas).text_block([(text, 10, 80 - 10 - tm.ascent(size), size, bold)], "#000000")
    canvas.showPage()
    canvas.save()
    pgm = subprocess.run(["pdftoppm", "-r", "72", "-gray", "-"], input=buffer.getvalue(),
                         capture_output=True, check=True).stdout
    return QImage.fromData(pgm)


def _on_screen(text: str, size: float, bold: bool) -> QImage:
    image = QImage(400, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    draw_lines(painter, [text], 10, 10, size, bold, QColor("black"))
    painter.end()
    return image


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("script", WORLD_SAMPLES)
def test_world_scripts_look_the_same_on_screen_and_paper(
    qapp: object, script: str, bold: bool
) -> None:
    if _world_fonts_missing():
        pytest.skip(_world_fonts_missing())
    text, size = WORLD_SAMPLES[script], 20.0
    screen, paper = _on_screen(text, size, bold), _on_paper(text, size, bold)
    # The same glyphs at the same places: the ink spans the same box, to a pixel of
    # anti-aliasing, with glyphs and gaps in the same columns (an empty box or a glyph
    # of another font would not); and it ends where the layout measured the line to end.
    for ours, theirs in zip(_ink_box(screen), _ink_box(paper), strict=True):
        assert ours == pytest.approx(theirs, abs=1)
    columns = list(zip(_inked_columns(screen), _inked_columns(paper), strict=True))
    assert sum(a != b for a, b in columns) <= 0.12 * sum(a or b for a, b in columns)
    left, _, right, _ = _ink_box(screen)
    assert right - left + 1 <= tm.text_width(text, size, bold) + 1
    assert right + 1 >= 10 + 0.9 * tm.text_width(text, size, bold)
