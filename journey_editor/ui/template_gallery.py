"""File > New from template: a gallery of the bundled templates in the chosen language.

Each entry shows a thumbnail of the template's first journey, drawn by the same layout
engine and canvas as the editor (through the PNG exporter), its title and a one-line
description. The language defaults to the UI language, so a Danish facilitator starts
from Danish maps without looking for the setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.export.image import MARGIN, png_bytes
from journey_editor.fileformat import read_workspace
from journey_editor.layout.engine import lay_out
from journey_editor.model.types import Journey, Workspace
from journey_editor.templates import DEFAULT_LANGUAGE, TemplateInfo, list_templates

# Languages are named in their own language (an endonym), never translated: a Finn who
# opened the English UI by mistake still has to recognise "Suomi".
LANGUAGE_NAMES = {
    "en": "English",
    "sv": "Svenska",
    "da": "Dansk",
    "fi": "Suomi",
    "nl": "Nederlands",
}
THUMBNAIL = QSize(240, 180)
ORDER = {"blank": 0, "retail": 1, "b2b-software": 2}
NAME_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Entry:
    name: str
    title: str
    summary: str      # one line under the title, in the template's language
    description: str  # the journey's whole description, for the detail line
    image: QImage


# Bundled templates do not change while the app runs, yet a rebuilt file (a developer
# running build_templates.py) must not show a stale picture: key on the file's stamp.
_cache: dict[tuple[Path, int, int, float], _Entry] = {}


def _stamp(path: Path) -> tuple[Path, int, int]:
    status = path.stat()
    return path, status.st_mtime_ns, status.st_size


def _thumbnail(workspace: Workspace, size: QSize, ratio: float) -> QImage:
    """The first journey scaled to fit `size`, centred on white."""
    journey = workspace.journeys[0]
    layout = lay_out(journey)
    fit = min(size.width() / (layout.width + 2 * MARGIN),
              size.height() / (layout.height + 2 * MARGIN))
    picture = QImage.fromData(png_bytes(workspace, journey.id, 72 * fit * ratio, layout))
    canvas = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.drawImage((canvas.width() - picture.width()) // 2,
                      (canvas.height() - picture.height()) // 2, picture)
    painter.end()
    canvas.setDevicePixelRatio(ratio)
    return canvas


def _entry(info: TemplateInfo, ratio: float) -> _Entry:
    key = (*_stamp(info.path), ratio)
    if key not in _cache:
        workspace = read_workspace(info.path)
        if workspace.journeys:
            journey = workspace.journeys[0]
            image = _thumbnail(workspace, THUMBNAIL, ratio)
        else:  # a hand-made template without a journey: still listed, never a crash
            journey, image = None, QImage()
        _cache[key] = _Entry(info.name, workspace.title or info.name, _summary(journey),
                             journey.description if journey else "", image)
    return _cache[key]


def _summary(journey: Journey | None) -> str:
    """The example's journey name; for an empty map (whose journey is just "New
    journey") its stages, which say what the map starts with."""
    if journey is None:
        return ""
    if journey.cards or not journey.stages:
        return journey.name
    return " · ".join(stage.name for stage in journey.stages)


def _languages() -> list[str]:
    """The languages templates exist in: the five bundled ones in a fixed order, then
    any other a later build added, so a new language shows up without a code change."""
    found = {info.language for info in list_templates()}
    known = [code for code in LANGUAGE_NAMES if code in found]
    return known + sorted(found - set(known)) or [DEFAULT_LANGUAGE]


def _language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code


def default_language(available: list[str]) -> str:
    """The UI language when templates exist in it, else English."""
    code = QLocale().name()[:2]
    return code if code in available else DEFAULT_LANGUAGE


class TemplateGallery(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Template"))
        self._languages = _languages()
        self._entries: dict[str, _Entry] = {}
        self._build()
        start = language if language in self._languages else default_language(self._languages)
        with QSignalBlocker(self.language_box):  # fill once, below, not once per signal
            self.language_box.setCurrentIndex(self._languages.index(start))
        self._fill(start)

    # --- public -----------------------------------------------------------------------

    @staticmethod
    def pick(parent: QWidget | None = None) -> tuple[str, str] | None:
        """Shows the gallery; (template name, language) when the user chose one."""
        gallery = TemplateGallery(parent)
        gallery.exec()
        return gallery.chosen()

    def chosen(self) -> tuple[str, str] | None:
        """(template name, language) after OK or a double-click; None if cancelled."""
        name = self.selected_name()
        if self.result() != QDialog.DialogCode.Accepted or name is None:
            return None
        return name, self.language()

    def language(self) -> str:
        return self._languages[max(0, self.language_box.currentIndex())]

    def template_names(self) -> list[str]:
        return [self.list.item(row).data(NAME_ROLE) for row in range(self.list.count())]

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(NAME_ROLE) if item is not None else None

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.language_box = QComboBox()
        for code in self._languages:
            self.language_box.addItem(_language_name(code), code)
        self.language_box.setToolTip(self.tr("Language of the template's text"))
        self.language_box.currentIndexChanged.connect(lambda _: self._fill(self.language()))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_box)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_box)
        top.addStretch(1)

        self.list = self._make_list()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)

    def _make_list(self) -> QListWidget:
        view = QListWidget()
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setIconSize(THUMBNAIL)
        view.setMovement(QListView.Movement.Static)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setWordWrap(True)
        view.setUniformItemSizes(True)
        line = QFontMetrics(view.font()).lineSpacing()
        grid = QSize(THUMBNAIL.width() + 24, THUMBNAIL.height() + 3 * line + 16)
        view.setGridSize(grid)
        # Room for the three bundled templates side by side, scroll bar included.
        chrome = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width() + 8
        view.setMinimumSize(3 * grid.width() + chrome, grid.height() + chrome)
        view.currentItemChanged.connect(lambda *_: self._show_details())
        # Not itemActivated: with single-click activation (a KDE setting) one click would
        # choose before the user has even looked. Enter reaches the default button anyway.
        view.itemDoubleClicked.connect(lambda _: self.accept())
        return view

    # --- content ------------------------------------------------------------------------

    def _fill(self, language: str) -> None:
        """Lists the templates of `language`, keeping the chosen template selected."""
        keep = self.selected_name()
        ratio = self.devicePixelRatioF()
        self._entries = {info.name: _entry(info, ratio)
                         for info in _ordered(list_templates(language))}
        self.list.clear()
        metrics = QFontMetrics(self.list.font())
        for entry in self._entries.values():
            self.list.addItem(self._item(entry, metrics))
        if self.list.count():
            names = self.template_names()
            self.list.setCurrentRow(names.index(keep) if keep in names else 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)

    def _details(self, entry: _Entry) -> str:
        return entry.description or self.tr(
            "An empty map: the purchase phases as stages and the basic lanes, ready to fill in.")

    def _item(self, entry: _Entry, metrics: QFontMetrics) -> QListWidgetItem:
        one_line = metrics.elidedText(entry.summary, Qt.TextElideMode.ElideRight,
                                      THUMBNAIL.width())
        item = QListWidgetItem(QIcon(QPixmap.fromImage(entry.image)),
                               f"{entry.title}\n{one_line}")
        item.setData(NAME_ROLE, entry.name)
        item.setToolTip(self._details(entry))
        return item

    def _show_details(self) -> None:
        name = self.selected_name()
        entry = self._entries.get(name) if name else None
        self.details.setText(self._details(entry) if entry else "")


def _ordered(templates: list[TemplateInfo]) -> list[TemplateInfo]:
    """Blank first (the usual start), then the examples from simple to involved."""
    return sorted(templates, key=lambda info: (ORDER.get(info.name, len(ORDER)), info.name))
