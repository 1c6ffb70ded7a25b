"""File > Import Survey Results…: a CSV file, a preview, the column mapping, the bad rows.

Nothing is imported while any row has a problem; the import is one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.bridges.errors import BridgeError
from journey_editor.bridges.survey_csv import read_survey_csv, with_mapping
from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.fileformat.errors import printable
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.survey import REQUIRED, ROLES, SurveyTable, plan_import
from journey_editor.model.types import Metric

CSV_FILTER = QT_TRANSLATE_NOOP("SurveyDialog", "CSV files (*.csv *.txt);;All files (*)")
PREVIEW_ROWS = 20
MAX_LISTED_ERRORS = 500


class SurveyDialog(QDialog):
    def __init__(self, document: Document, journey_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Survey Results"))
        self.document = document
        self.journey_id = journey_id
        self.table: SurveyTable | None = None
        self.planned: list[tuple[str, Metric]] = []
        self.file_label = QLabel(self.tr("No file chosen"), self)
        choose = QPushButton(self.tr("Choose File…"), self)
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.preview = QTableWidget(self)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"), self)
        form = QFormLayout(mapping_box)
        names = {"touchpoint": self.tr("Touchpoint (title or id)"),
                 "metric": self.tr("Metric name"), "value": self.tr("Value"),
                 "date": self.tr("Date"), "source": self.tr("Source")}
        for role in ROLES:
            combo = QComboBox(mapping_box)
            combo.setObjectName(f"role_{role}")
            combo.activated.connect(self._mapping_changed)
            self.combos[role] = combo
            label = names[role] + ("" if role in REQUIRED else self.tr(" (optional)"))
            form.addRow(label, combo)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.errors = QListWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.import_results)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 2)
        layout.addWidget(mapping_box)
        layout.addWidget(self.status)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

    def choose_file(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import survey results"), "",
                                              self.tr(CSV_FILTER))
        if not name:
            return False
        self.load(Path(name))
        return True

    def load(self, path: Path) -> None:
        self.file_label.setText(printable(path))
        try:
            self.table = read_survey_csv(path)
        except BridgeError as error:
            self.table = None
            self._fill_preview()
            self._show([], [str(error)])
            return
        self._fill_preview()
        for role, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for header in self.table.headers:
                combo.addItem(header, header)
            chosen = self.table.header_of(role)
            combo.setCurrentIndex(0 if chosen is None else combo.findData(chosen))
        self._replan()

    def _fill_preview(self) -> None:
        table = self.table
        self.preview.clear()
        if table is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(table.headers)
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([str(number) for number, _ in shown])
        for r, (_, cells) in enumerate(shown):
            for c, cell in enumerate(cells[:len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell))

    def _mapping_changed(self) -> None:
        if self.table is None:
            return
        mapping = {role: combo.currentData() for role, combo in self.combos.items()}
        try:
            self.table = with_mapping(self.table, mapping)
        except BridgeError as error:
            self._show([], [str(error)])
            return
        self._replan()

    def _replan(self) -> None:
        assert self.table is not None
        planned, errors = plan_import(self.document.journey(self.journey_id), self.table)
        self._show(planned, [str(e) for e in errors])

    def _show(self, planned: list[tuple[str, Metric]], errors: list[str]) -> None:
        self.planned = planned
        self.errors.clear()
        self.errors.addItems(errors[:MAX_LISTED_ERRORS])
        if len(errors) > MAX_LISTED_ERRORS:
            self.errors.addItem(self.tr("… and {0} more").format(len(errors) - MAX_LISTED_ERRORS))
        if errors:
            self.status.setText(self.tr("{0} problem(s): fix the file or the column choice; "
                                        "nothing is imported while there are any.")
                                .format(len(errors)))
        elif planned:
            cards = len({card_id for card_id, _ in planned})
            self.status.setText(self.tr("{0} result(s) for {1} touchpoint(s) are ready to import.")
                                .format(len(planned), cards))
        else:
            self.status.setText("")
        self.import_button.setEnabled(bool(planned) and not errors)

    def import_results(self) -> None:
        if not self.planned:
            return
        outcome = edit_facade.import_metrics(self.document, self.journey_id, self.planned)
        if outcome is edit_facade.Outcome.UNCHANGED:
            self._show([], [self.tr("The journey changed; choose the file again.")])
            return
        self.accept()

    @classmethod
    def run(cls, document: Document, journey_id: str, parent: QWidget | None = None) -> bool:
        """Asks for a file, then shows the dialog; True when results were imported."""
        dialog = cls(document, journey_id, parent)
        if not dialog.choose_file():
            return False
        return dialog.exec() == QDialog.DialogCode.Accepted
