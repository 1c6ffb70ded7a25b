"""File > Export…: PDF poster (page setup, tiling), PNG or SVG, with a live preview.

The map is laid out once per dialog, in the style the PDF is drawn with: the window's
scene lends its layout when it has that style (it does), so opening lays out nothing.
The preview paints that layout once and only places it on the page when the page setup
changes; the PDF job takes the same layout. The PDF is drawn in a worker thread from a
copy of the workspace, so the window stays responsive and shows progress on big maps;
PNG and SVG use the canvas (Qt scenes live in the GUI thread) and are quick.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSignalBlocker, Qt, QThread
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor.document import Document
from journey_editor.export import ExportError
from journey_editor.export.cropmarks import BLEED, PrintFrame
from journey_editor.export.glyph_coverage import missing_glyph_warnings
from journey_editor.export.pages import MM, PageSetup, page_size_names, parse_page_size
from journey_editor.export.pdf import PRINT_STYLE, compose
from journey_editor.export.readability import MAX_PARTS, WALL_POSTER_PT, readability
from journey_editor.export.sheet_content import tile_plan
from journey_editor.export.split import split_by_stages
from journey_editor.export.tiling import TileSetup
from journey_editor.fileformat import SaveError
from journey_editor.fileformat.errors import printable
from journey_editor.layout.engine import lay_out
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.model.types import Journey, clone
from journey_editor.ui.export_preview import PREVIEW, map_image, page_pixmap
from journey_editor.ui.export_sheets import DEFAULT_PAGES, SHEET_KINDS, save_sheets, sheet_preview
from journey_editor.ui.pdf_worker import PdfJob, PdfWorker
from journey_editor.ui.readability_note import ReadabilityNote
from journey_editor.ui.settings import Settings

if TYPE_CHECKING:
    from journey_editor.canvas.scene import JourneyScene


class ExportDialog(QDialog):
    def __init__(self, document: Document, journey_id: str, parent: QWidget | None = None,
                 *, scene: JourneyScene | None = None) -> None:
        """`scene`: the window's scene, whose layout the dialog borrows when it can."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.document, self.journey_id = document, journey_id
        self.map_layout = print_layout(document, journey_id, scene)
        # The preview's picture of the map (or its first part), painted once per layout.
        self._map_image: tuple[JourneyLayout, QImage] | None = None
        self._parts: dict[int, tuple[Journey, JourneyLayout]] = {}  # first part, by count
        self.thread: QThread | None = None
        self.worker: PdfWorker | None = None
        self._build()
        self._update()

    # --- widgets ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.format = QComboBox(self)
        for label, key in ((self.tr("PDF poster"), "pdf"), (self.tr("PNG image"), "png"),
                           (self.tr("SVG image"), "svg"),
                           (self.tr("Persona sheets (PDF)"), "personas"),
                           (self.tr("Emotion curves together (PDF)"), "curves")):
            self.format.addItem(label, key)
        self.which = QComboBox(self)
        self.which.addItem(self.tr("This journey"), "current")
        self.which.addItem(self.tr("All journeys"), "all")
        self.page = QComboBox(self)
        self.page.addItems(page_size_names())
        self.page.setEditable(True)  # custom sizes: 420x297mm, 11x17in
        self.page.setCurrentText(DEFAULT_PAGES["pdf"])
        self._pages = dict(DEFAULT_PAGES)  # the page size chosen for each kind of PDF
        self._kind = "pdf"
        self.orientation = QComboBox(self)
        for label, key in ((self.tr("Automatic"), "auto"), (self.tr("Landscape"), "landscape"),
                           (self.tr("Portrait"), "portrait")):
            self.orientation.addItem(label, key)
        self.fit = QCheckBox(self.tr("Fit to the page"), self)
        self.fit.setChecked(True)
        self.scale = _spin(self, 1, 1000, 100, " %")
        self.margin = _spin(self, 0, 100, 10, " mm")
        self.tile = QCheckBox(self.tr("Tile onto sheets of"), self)
        self.sheet = QComboBox(self)
        self.sheet.addItems(["A4", "Letter", "A3", "Legal"])
        self.overlap = _spin(self, 0, 50, 10, " mm")
        self.handout = QCheckBox(self.tr("Add workshop handout pages"), self)
        self.bleed = QCheckBox(self.tr("Bleed and crop marks"), self)
        self.bleed.setToolTip(self.tr("For a print shop: 3 mm of bleed around the poster and "
                                      "marks showing where to cut. Not for tiled sheets."))
        self.framed = QCheckBox(self.tr("Title block and legend"), self)
        self.framed.setChecked(True)
        self.dpi = QSpinBox(self)
        self.dpi.setRange(30, 1200)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        self.preview = QLabel(self)
        self.preview.setFixedSize(PREVIEW + 20, PREVIEW + 20)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.min_text = QDoubleSpinBox(self)
        self.min_text.setRange(4, 40)
        self.min_text.setDecimals(1)
        self.min_text.setValue(WALL_POSTER_PT)
        self.min_text.setSuffix(" pt")
        self.min_text.setToolTip(self.tr("Warn when card text prints smaller than this: about "
                                         "8 pt for a wall poster read from a step away"))
        self.parts = QSpinBox(self)
        self.parts.setRange(1, MAX_PARTS)
        self.parts.setToolTip(self.tr("Print a wide map as several posters, consecutive stages "
                                      "on each, every lane on all: they hang side by side"))
        self.readability = ReadabilityNote(self)
        self.missing_glyphs = QLabel(self)  # texts no installed font can print wholly
        self.missing_glyphs.setWordWrap(True)
        self._show_missing_glyphs()
        self.readability.pageChosen.connect(self.page.setCurrentText)
        self.readability.partsChosen.connect(self.parts.setValue)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self._lay_out()
        self.format.currentIndexChanged.connect(self._kind_changed)
        for widget in (self.format, self.which, self.orientation, self.sheet):
            widget.currentIndexChanged.connect(self._update)
        # The page box is editable: choosing a size changes its text too, one update.
        self.page.editTextChanged.connect(self._update)
        for box in (self.fit, self.tile, self.bleed):
            box.toggled.connect(self._update)
        for spin in (self.scale, self.margin, self.overlap, self.dpi, self.min_text, self.parts):
            spin.valueChanged.connect(self._update)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Journeys"), self.which)
        form.addRow(self.tr("Page size"), self.page)
        form.addRow(self.tr("Orientation"), self.orientation)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.fit)
        scale_row.addWidget(self.scale)
        form.addRow(self.tr("Scale"), scale_row)
        form.addRow(self.tr("Margins"), self.margin)
        form.addRow(self.tr("Card text at least"), self.min_text)
        form.addRow(self.tr("Posters side by side"), self.parts)
        tile_row = QHBoxLayout()
        tile_row.addWidget(self.tile)
        tile_row.addWidget(self.sheet)
        form.addRow(self.tr("Tiling"), tile_row)
        form.addRow(self.tr("Overlap"), self.overlap)
        form.addRow(self.tr("Handout"), self.handout)
        form.addRow(self.tr("Print shop"), self.bleed)
        form.addRow(self.tr("Resolution"), self.dpi)
        form.addRow(self.tr("Picture"), self.framed)
        columns = QHBoxLayout()
        columns.addLayout(form)
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.summary)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.readability)
        layout.addWidget(self.missing_glyphs)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    # --- options ----------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.format.currentData())

    def page_setup(self) -> PageSetup:
        return PageSetup(page_size=parse_page_size(self.page.currentText()),
                         orientation=self.orientation.currentData(),
                         scale=None if self.fit.isChecked() else self.scale.value() / 100,
                         margin=self.margin.value() * MM)

    def tile_setup(self) -> TileSetup | None:
        if not self.tile.isChecked():
            return None
        return TileSetup(sheet=parse_page_size(self.sheet.currentText()),
                         overlap=self.overlap.value() * MM)

    def _kind_changed(self) -> None:
        """Each kind keeps its own page size: a poster on A1, sheets on A4 or A3."""
        if self._kind in self._pages:
            self._pages[self._kind] = self.page.currentText()
        self._kind = self.kind()
        if self._kind in self._pages:
            blocker = QSignalBlocker(self.page)
            self.page.setCurrentText(self._pages[self._kind])
            blocker.unblock()

    def _update(self) -> None:
        pdf = self.kind() == "pdf"
        self.page.setEnabled(pdf or self.kind() in SHEET_KINDS)
        for widget in (self.which, self.orientation, self.fit, self.margin, self.tile,
                       self.sheet, self.overlap, self.handout, self.min_text, self.parts):
            widget.setEnabled(pdf)
        self.scale.setEnabled(pdf and not self.fit.isChecked())
        self.sheet.setEnabled(pdf and self.tile.isChecked())
        self.overlap.setEnabled(pdf and self.tile.isChecked())
        self.bleed.setEnabled(pdf and not self.tile.isChecked())
        self.dpi.setEnabled(self.kind() == "png")
        self.framed.setEnabled(self.kind() in ("png", "svg"))
        try:
            self._show_preview()
        except ExportError as error:
            self.readability.show_result(None)
            self.preview.setPixmap(QPixmap())
            message = str(error)
            self.summary.setText(message[:1].upper() + message[1:])  # a sentence of its own
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _show_missing_glyphs(self) -> None:
        """Said once: the map does not change while the dialog is open."""
        warnings = missing_glyph_warnings(self.document.journey(self.journey_id))
        shown = warnings[:3] + ([self.tr("… and %n more", "", len(warnings) - 3)]
                                if len(warnings) > 3 else [])
        self.missing_glyphs.setText("\n".join(shown))
        self.missing_glyphs.setVisible(bool(warnings))

    # --- preview ----------------------------------------------------------------------------

    def _map(self) -> QImage:
        layout = self._first_poster()[1]
        if self._map_image is None or self._map_image[0] is not layout:
            self._map_image = (layout, map_image(layout, PRINT_STYLE))
        return self._map_image[1]

    def _first_poster(self) -> tuple[Journey, JourneyLayout]:
        """The journey, or its first part when split, with its layout (made once a split)."""
        journey = self.document.journey(self.journey_id)
        parts = self.parts.value() if self.kind() == "pdf" else 1  # pictures: the whole map
        if parts == 1:
            return journey, self.map_layout
        if parts not in self._parts:
            part = split_by_stages(journey, parts)[0]
            self._parts[parts] = part, lay_out(part, PRINT_STYLE)
        return self._parts[parts]

    def _show_preview(self) -> None:
        if self.kind() in SHEET_KINDS:
            pixmap, text = sheet_preview(self.kind(), self.document, self.journey_id,
                                         parse_page_size(self.page.currentText()))
            self.preview.setPixmap(pixmap)
            self.summary.setText(text)
            self.readability.show_result(None)
            return
        layout = self.map_layout
        if self.kind() != "pdf":
            size = (layout.width, layout.height)
            self.preview.setPixmap(page_pixmap(self._map(), size, QRectF(0, 0, *size),
                                               None))
            dpi = self.dpi.value()
            self.summary.setText(self.tr("{0:.0f} × {1:.0f} pixels").format(
                size[0] * dpi / 72, size[1] * dpi / 72) if self.kind() == "png" else "")
            self.readability.show_result(None)
            return
        workspace = self.document.workspace
        journey, layout = self._first_poster()
        tiles = self.tile_setup()
        poster = compose(workspace, journey, self.page_setup(), style=PRINT_STYLE, layout=layout,
                         tiles=tiles)
        self.readability.show_result(readability(
            workspace, journey, self.page_setup(), scale=poster.scale, layout=layout,
            minimum=self.min_text.value()))
        target = QRectF(*poster.map_origin, layout.width * poster.scale,
                        layout.height * poster.scale)
        grid = tile_plan(layout, poster.scale, tiles) if tiles else None
        self.preview.setPixmap(page_pixmap(self._map(), poster.page, target, grid))
        percent = math.floor(poster.scale * 100)  # down: that scale still fits the page
        if self.fit.isChecked():  # the greyed field shows the scale the fit comes to
            blocker = QSignalBlocker(self.scale)
            self.scale.setValue(percent)
            blocker.unblock()
        text = self.tr("{0:.0f} × {1:.0f} mm at {2} %").format(
            poster.page[0] / MM, poster.page[1] / MM, percent)
        if self.parts.value() > 1:
            text = self.tr("%n posters, the first shown: ", "", self.parts.value()) + text
        if grid is not None:
            text += " " + self.tr("on {0} sheets ({1} across, {2} down) plus an assembly "
                                  "sheet").format(grid.count, grid.columns, grid.rows)
        elif self.bleed.isChecked():
            sheet = PrintFrame.with_marks(poster.page).media
            text += ", " + self.tr("printed on {0:.0f} × {1:.0f} mm with {2:.0f} mm bleed and "
                                   "crop marks").format(sheet[0] / MM, sheet[1] / MM, BLEED / MM)
        self.summary.setText(text)

    # --- export -----------------------------------------------------------------------------

    def export(self) -> None:
        suffix = ".pdf" if self.kind() in SHEET_KINDS else f".{self.kind()}"
        start = self.document.path.with_suffix(suffix) if self.document.path else Path(
            self.document.journey(self.journey_id).name + suffix)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(start),
                                              f"*{suffix}")
        if not name:
            return
        path = Path(name if name.endswith(suffix) else name + suffix)
        if self.kind() in SHEET_KINDS:
            self._export_sheets(path)
        elif self.kind() == "pdf":
            self._export_pdf(path)
        else:
            self._export_image(path)

    def _export_image(self, path: Path) -> None:
        from journey_editor.export import image

        try:
            if self.kind() == "png":
                image.save_png(self.document.workspace, self.journey_id, path, self.dpi.value(),
                               self.map_layout, framed=self.framed.isChecked())
            else:
                image.save_svg(self.document.workspace, self.journey_id, path, self.map_layout,
                               framed=self.framed.isChecked())
        except (SaveError, image.ImageTooLarge) as error:
            QMessageBox.critical(self, self.tr("Export failed"), str(error))
            return
        self.accept()

    def _export_sheets(self, path: Path) -> None:
        failure = save_sheets(self.kind(), self.document, self.journey_id, path,
                              parse_page_size(self.page.currentText()),
                              Settings().export_author())
        if failure:
            QMessageBox.critical(self, self.tr("Export failed"), failure)
        else:
            self.accept()

    def _export_pdf(self, path: Path) -> None:
        ids = ([j.id for j in self.document.workspace.journeys]
               if self.which.currentData() == "all" else [self.journey_id])
        job = PdfJob(clone(self.document.workspace), ids, self.page_setup(), self.tile_setup(),
                     path, printable(self.document.path.name) if self.document.path else "",
                     self.handout.isChecked(), self.bleed.isEnabled() and self.bleed.isChecked(),
                     Settings().export_author(), {self.journey_id: self.map_layout},
                     split=self.parts.value())
        self.thread, self.worker = QThread(self), PdfWorker(job)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.buttons.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.thread.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _stop_thread(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()

    def _finished(self, pages: int) -> None:
        self._stop_thread()
        self.accept()

    def _failed(self, message: str) -> None:
        self._stop_thread()
        self.buttons.setEnabled(True)
        self.progress.hide()
        QMessageBox.critical(self, self.tr("Export failed"), message)


def _spin(parent: QWidget, low: float, high: float, value: float, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setDecimals(0)
    return spin



def print_layout(document: Document, journey_id: str,
                 scene: JourneyScene | None) -> JourneyLayout:
    """The journey's layout in the print style: the scene's own when it shows this journey
    in that style and without the compare view's ghosts (which add room), else made here."""
    if (scene is not None and scene.journey_id == journey_id and scene.map_style == PRINT_STYLE
            and not scene.marks.ghosts):
        scene.finish_opening()  # a big map's arrows may still wait for its first frame
        return scene.layout
    return lay_out(document.journey(journey_id), PRINT_STYLE)
