"""A card's picture in the Inspector: shown large, attached from a file (the button, or a
file dropped on it) and removed. The value it reports is (key, picture) to attach, or
None to remove; the Inspector turns either into the undoable picture command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journey_editor.editor.picture_import import (
    Picture,
    PictureError,
    has_picture,
    picture_from_file,
    picture_from_mime,
)
from journey_editor.model.types import MAX_PICTURES
from journey_editor.render.pictures import decoded
from journey_editor.ui.fields.base import FieldEditor, OnEdit

PREVIEW_WIDTH, PREVIEW_HEIGHT = 280, 200  # pixels: large beside the card's thumbnail


def _t(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class _Preview(QLabel):
    """The picture, or a line saying how to add one; takes a dropped picture file."""

    def __init__(self, field: PictureField) -> None:
        super().__init__()
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if has_picture(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.field.attach_from(lambda: picture_from_mime(event.mimeData()))
        event.acceptProposedAction()


class PictureField(FieldEditor):
    def __init__(self, on_edit: OnEdit) -> None:
        self._key: str | None = None
        self.preview = _Preview(self)
        self.attach_button = QPushButton(_t("Attach Picture…"))
        self.attach_button.setObjectName("attach_picture")
        self.remove_button = QPushButton(_t("Remove"))
        self.remove_button.setObjectName("remove_picture")
        self.remove_button.setToolTip(_t("Take the picture off the card"))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        super().__init__(self.preview, on_edit, holder)
        self.attach_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(lambda: on_edit(None, False))
        self._set(None)

    def value(self) -> Any:
        return self._key

    def _set(self, value: Any) -> None:
        self._key = value
        image = decoded(value) if value else None
        if image is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(_t("No picture. Attach one, drop a PNG or JPEG file here, "
                                    "or paste one onto the selected card."))
            self.preview.setMinimumHeight(PREVIEW_HEIGHT // 2)
        else:
            pixmap = QPixmap.fromImage(image).scaled(
                PREVIEW_WIDTH, PREVIEW_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
            self.preview.setPixmap(pixmap)
            self.preview.setMinimumHeight(pixmap.height())  # whole, not cut to the text's
        self.remove_button.setEnabled(value is not None)

    def choose_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getOpenFileName(
            self.widget, _t("Attach a picture"), start,
            _t("Pictures (*.png *.jpg *.jpeg);;All files (*)"))
        if name:
            self.attach_from(lambda: picture_from_file(Path(name)))

    def attach_from(self, load: Any) -> None:
        """Reads a picture with `load()` and reports it; a refusal shows under the field."""
        try:
            picture: Picture = load()
        except PictureError as error:
            self.set_error(str(error))
            return
        self.set_error(None)
        self.on_edit(picture, False)

    def explain(self, value: Any) -> str:
        return _t("The card shows this picture already, or the map holds as many pictures "
                  "as a file may ({0}).").format(MAX_PICTURES)
