"""The review dock: the automated findings on the current journey, grouped by kind.

Each finding row is clickable: it asks the window to show its card or its stage.
The list follows the document live (a short delay gathers a burst of edits, such
as typing in the inspector, into one review). The thresholds are user settings.
"""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QSpinBox,
    QStyle, QToolButton, QVBoxLayout, QWidget,
)

from journey_editor.analysis.review import Finding, Severity, Thresholds, kind_titles, review
from journey_editor.editor.document import Document
from journey_editor.ui.follow import follow_document
from journey_editor.model.edits import Change
from journey_editor.ui.lazy_panel import LazyPanel

_FINDING = Qt.ItemDataRole.UserRole
REFRESH_DELAY_MS = 150
# A huge map can have thousands of findings of one kind: more rows help no one, and
# word-wrapped rows are slow to lay out.
MAX_ROWS_PER_KIND = 200

# QSettings keys of the thresholds.
KEY_MAX_TEAMS = "review/max_teams"
KEY_NEGATIVE_EMOTION = "review/negative_emotion"
KEY_MOMENTS_OF_TRUTH = "review/moments_of_truth"


def _read_int(store: QSettings, key: str, default: int) -> int:
    """A stored int, or the default when missing or unreadable (a hand-edited file)."""
    try:
        return int(store.value(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def load_thresholds() -> Thresholds:
    store, default = QSettings(), Thresholds()
    return Thresholds(
        max_teams_per_stage=_read_int(store, KEY_MAX_TEAMS, default.max_teams_per_stage),
        negative_emotion=_read_int(store, KEY_NEGATIVE_EMOTION, default.negative_emotion),
        moments_of_truth=_read_int(store, KEY_MOMENTS_OF_TRUTH, default.moments_of_truth),
    )


def save_thresholds(thresholds: Thresholds) -> None:
    store = QSettings()
    store.setValue(KEY_MAX_TEAMS, thresholds.max_teams_per_stage)
    store.setValue(KEY_NEGATIVE_EMOTION, thresholds.negative_emotion)
    store.setValue(KEY_MOMENTS_OF_TRUTH, thresholds.moments_of_truth)


class ThresholdsForm(QWidget):
    """Spin boxes for the thresholds; emits `changed(Thresholds)` on every edit."""

    changed = Signal(object)  # Thresholds

    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_teams = self._spin(1, 50, thresholds.max_teams_per_stage)
        self.negative_emotion = self._spin(-3, -1, thresholds.negative_emotion)
        self.moments_of_truth = self._spin(0, 10, thresholds.moments_of_truth)
        self.moments_of_truth.setSpecialValueText(self.tr("none"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Most teams in a stage"), self.max_teams)
        form.addRow(self.tr("Negative emotion at or below"), self.negative_emotion)
        form.addRow(self.tr("Moments of truth to name"), self.moments_of_truth)

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)  # clamps a stored value that is out of range
        spin.valueChanged.connect(lambda _: self.changed.emit(self.thresholds()))
        return spin

    def thresholds(self) -> Thresholds:
        return Thresholds(max_teams_per_stage=self.max_teams.value(),
                          negative_emotion=self.negative_emotion.value(),
                          moments_of_truth=self.moments_of_truth.value())


class ReviewPanel(LazyPanel):
    """Emits `cardChosen(journey id, card id)` for a card finding and
    `stageChosen(journey id, stage id)` for a stage finding, when its row is clicked."""

    cardChosen = Signal(str, str)  # noqa: N815
    stageChosen = Signal(str, str)  # noqa: N815

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id: str | None = None
        self.findings: list[Finding] = []
        self._listening: Document | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.thresholds_button = QToolButton(self)
        self.thresholds_button.setText(self.tr("Thresholds…"))
        self.thresholds_button.setCheckable(True)
        self.thresholds_form = ThresholdsForm(load_thresholds(), self)
        self.thresholds_form.hide()
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when the dock resizes
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._build_layout()
        self.thresholds_button.toggled.connect(self.thresholds_form.setVisible)
        self.thresholds_form.changed.connect(self._thresholds_changed)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)  # Enter on the keyboard
        self._timer.timeout.connect(self.refresh)
        self.set_document(document)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.thresholds_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.thresholds_form)
        layout.addWidget(self.list)

    # --- what is reviewed -------------------------------------------------------------

    @property
    def thresholds(self) -> Thresholds:
        return self.thresholds_form.thresholds()

    def set_document(self, document: Document) -> None:
        follow_document(self, document)
        self.refresh()

    def set_journey(self, journey_id: str) -> None:
        # The window calls this when a finding is shown, from inside our own click
        # handler: rebuilding the list then would delete the clicked row under Qt's feet.
        if journey_id != self.journey_id:
            self.journey_id = journey_id
            self.refresh()

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.journey == self.journey_id or c.kind == "journey" for c in changes):
            self._timer.start()

    def _thresholds_changed(self, thresholds: Thresholds) -> None:
        save_thresholds(thresholds)
        self.refresh()

    # --- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        self._timer.stop()
        if not self.should_work():
            return
        journey_id = self.journey_id
        if journey_id is not None and self.document.exists(None, "journey", journey_id):
            self.findings = review(self.document.journey(journey_id), self.thresholds)
        else:
            self.findings = []
        self._fill()

    def _fill(self) -> None:
        current = self.list.currentItem()
        keep = current.data(_FINDING) if current is not None else None
        self.list.clear()
        self.summary.setText(self._summary_text())
        titles = kind_titles()
        for kind, group in groupby(self.findings, key=lambda f: f.kind):
            findings = list(group)
            self._add_heading(f"{titles[kind]} ({len(findings)})")
            for finding in findings[:MAX_ROWS_PER_KIND]:
                item = QListWidgetItem(self._icon(finding.severity), finding.message, self.list)
                item.setData(_FINDING, finding)
                item.setToolTip(finding.message)
                if finding == keep:
                    self.list.setCurrentItem(item)
            if len(findings) > MAX_ROWS_PER_KIND:
                more = QListWidgetItem(self.tr("… and {0} more").format(
                    len(findings) - MAX_ROWS_PER_KIND), self.list)
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _summary_text(self) -> str:
        if self.journey_id is None:
            return self.tr("No journey to review.")
        if not self.findings:
            return self.tr("No findings: this journey passes the review.")
        if len(self.findings) == 1:
            return self.tr("1 finding. Click it to show it on the map.")
        return self.tr("{0} findings. Click one to show it on the map.").format(len(self.findings))

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: it shows nothing

    def _icon(self, severity: Severity) -> QIcon:
        pixmap = {
            "problem": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }[severity]
        return self.style().standardIcon(pixmap)

    def rows(self) -> list[QListWidgetItem]:
        """The finding rows (headings left out), in order."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in items if item.data(_FINDING) is not None]

    def _chosen(self, item: QListWidgetItem) -> None:
        finding: Finding | None = item.data(_FINDING)
        if finding is None:
            return
        if finding.card_id is not None:
            self.cardChosen.emit(finding.journey_id, finding.card_id)
        elif finding.stage_id is not None:
            self.stageChosen.emit(finding.journey_id, finding.stage_id)
