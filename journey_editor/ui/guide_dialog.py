"""File > Export > Interview Guide…: the interview or survey guide of the current journey,
as PDF, Markdown or Word, in the map's language.

A small dialog: what to write (interview guide or customer survey), the format, the
file (typed, or chosen with Browse…), and what the guide will be (a future state's
concept test, the key touchpoints only of a big map). Writing takes well under a
second, even for a map of thousands of cards (a guide covers at most
`guide_blocks.MAX_TOUCHPOINTS`), so it runs on the spot; a failure is said inside the
dialog, which stays open to try another place. The work itself is `export.guide`,
shared with the command line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor.document import Document
from journey_editor.export import ExportError
from journey_editor.export.guide import GuideFormat, export_guide, guide_notes, results_path
from journey_editor.export.guide_survey import surveyed
from journey_editor.fileformat.errors import printable
from journey_editor.model.types import Journey
from journey_editor.ui.settings import Settings

SUFFIX: dict[GuideFormat, str] = {"pdf": ".pdf", "markdown": ".md", "docx": ".docx"}


class GuideDialog(QDialog):
    def __init__(self, document: Document, journey_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Interview Guide"))
        self.document, self.journey_id = document, journey_id
        self.written: list[Path] = []
        self._build()
        self._update()

    def _build(self) -> None:
        self.interview = QRadioButton(self.tr("&Interview guide: questions per stage and "
                                              "touchpoint, with room for notes"), self)
        self.survey = QRadioButton(self.tr("Customer &survey: satisfaction and effort at the "
                                           "key touchpoints, with a results sheet"), self)
        self.interview.setChecked(True)
        self.kinds = QButtonGroup(self)
        for button in (self.interview, self.survey):
            self.kinds.addButton(button)
            button.toggled.connect(self._update)
        self.format = QComboBox(self)
        for label, key in ((self.tr("PDF, to print"), "pdf"),
                           (self.tr("Word document (.docx), to adapt"), "docx"),
                           (self.tr("Markdown, for a wiki or e-mail"), "markdown")):
            self.format.addItem(label, key)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path = QLineEdit(str(self._default_path()), self)
        self.path.textChanged.connect(self._update)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(browse)

    def _lay_out(self, browse: QPushButton) -> None:
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        label = QLabel(self.tr("Fi&le:"), self)
        label.setBuddy(self.path)  # a row holding a layout gets no buddy by itself
        form.addRow(label, where)
        layout = QVBoxLayout(self)
        name = self.document.journey(self.journey_id).name
        layout.addWidget(QLabel(self.tr("Journey: {0}").format(name), self))
        layout.addWidget(self.interview)
        layout.addWidget(self.survey)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        # Never narrower than its widest choice: with the wrapped note (height-for-width)
        # Qt opens the window at most 2/3 of the screen wide, which on an 800-pixel screen
        # cut the Danish survey choice off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def kind_names(self) -> tuple[str, str]:
        """The file name's ending for each kind (interview, survey), in the interface's
        language: sofa-interviewguide.pdf in Danish."""
        return (self.tr("interview-guide", "the end of a file name: no spaces"),
                self.tr("survey", "the end of a file name: no spaces"))

    def kind_name(self) -> str:
        return self.kind_names()[self.survey.isChecked()]

    def chosen_format(self) -> GuideFormat:
        fmt: GuideFormat = self.format.currentData()
        return fmt

    def _default_path(self) -> Path:
        """Beside the map, named after it: sofa.journey -> sofa-interview-guide.pdf."""
        saved = self.document.path
        stem = saved.stem if saved else self.document.journey(self.journey_id).name or "journey"
        folder = saved.parent if saved else Path.home()
        return folder / f"{stem}-{self.kind_name()}{SUFFIX[self.chosen_format()]}"

    def _format_changed(self) -> None:
        """The file's suffix follows the format."""
        if self.path.text().strip():
            self.path.setText(str(Path(self.path.text()).with_suffix(SUFFIX[self.chosen_format()])))

    def _update(self) -> None:
        path = Path(self.path.text().strip() or ".")
        old = self.kind_names()[not self.survey.isChecked()]
        if path.stem.endswith(f"-{old}"):  # the default name follows the kind
            self.path.setText(str(path.with_name(path.stem.removesuffix(old) + self.kind_name()
                                                 + path.suffix)))
            return
        journey = self.document.journey(self.journey_id)
        nothing = self.survey.isChecked() and not surveyed(journey).touchpoints
        self.note.setText(self.tr("This journey has no touchpoints to survey: put them in a "
                                  "channel lane first.") if nothing
                          else self._about(journey, path))
        self.export_button.setEnabled(bool(self.path.text().strip()) and not nothing)

    def _about(self, journey: Journey, path: Path) -> str:
        """What the chosen guide will be: where the survey's sheet goes, what a future
        state's guide asks, how much of a big map it covers (in the interface's words)."""
        if self.survey.isChecked():
            first = self.tr("The results sheet is written beside it as {0}, unless one is "
                            "there already: fill it in and bring it back with File > Import "
                            "Survey Results.").format(results_path(path).name)
        else:
            first = self.tr("The guide is in the map's language, with the open questions of "
                            "its Questions lane.")
        return "\n".join([first, *guide_notes(journey, self.survey.isChecked())])

    def browse(self) -> None:
        suffix = SUFFIX[self.chosen_format()]
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export Interview Guide"),
                                              self.path.text(), f"*{suffix}")
        if name:
            self.path.setText(name if name.lower().endswith(suffix) else name + suffix)

    def export(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != SUFFIX[self.chosen_format()]:
            path = path.with_name(path.name + SUFFIX[self.chosen_format()])
        journey = self.document.journey(self.journey_id)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # up to a second, big maps
        try:
            self.written = export_guide(self.document.workspace, journey, path,
                                        survey=self.survey.isChecked(),
                                        author=Settings().export_author())
        except ExportError as error:
            self.error.setText(self.tr("Not exported: {0}").format(printable(str(error))))
            self.error.show()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


def export_interview_guide(document: Document, journey_id: str,
                           parent: QWidget | None = None) -> list[Path]:
    """What File > Export > Interview Guide… runs: the dialog; the files it wrote."""
    dialog = GuideDialog(document, journey_id, parent)
    dialog.exec()
    return dialog.written


__all__ = ["GuideDialog", "export_interview_guide"]
