"""The review dock: the automated findings on the current journey, grouped by kind.

Each finding row is clickable: it asks the window to show its card or its stage.
The list follows the document live (a short delay gathers a burst of edits, such
as typing in the inspector, into one review). The thresholds are user settings.

Nothing here blocks the window for more than a frame on a big map: the review runs on
a worker thread (`background_review`), the list is a model whose rows are made when
shown, and the view lays its word-wrapped rows out in batches between events.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.analysis.review import Finding, Severity, Thresholds, kind_titles
from journey_editor.editor.document import Document
from journey_editor.model.edits import Change
from journey_editor.ui.background_review import BackgroundReview
from journey_editor.ui.follow import follow_document
from journey_editor.ui.lazy_panel import LazyPanel

_FINDING = Qt.ItemDataRole.UserRole
REFRESH_DELAY_MS = 150
# A huge map can have thousands of findings of one kind: more rows help no one, and
# word-wrapped rows are slow to lay out.
MAX_ROWS_PER_KIND = 200
LAYOUT_BATCH = 40  # word-wrapped rows the view lays out between two events

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


class FindingRows(QAbstractListModel):
    """The findings under a bold heading per kind, at most MAX_ROWS_PER_KIND rows each.
    Headings and the "… and N more" line are not selectable: they show nothing. The view
    asks only for the rows it paints, so a new list costs no widget per finding."""

    def __init__(self, icons: dict[Severity, QIcon], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons = icons
        # (text, its finding or None, bold): a heading is bold, "… and N more" is not
        self._rows: list[tuple[str, Finding | None, bool]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._rows = []
        titles = kind_titles()
        for kind, group in groupby(findings, key=lambda f: f.kind):
            shown = list(group)
            self._rows.append((f"{titles[kind]} ({len(shown)})", None, True))
            self._rows += [(f.message, f, False) for f in shown[:MAX_ROWS_PER_KIND]]
            if len(shown) > MAX_ROWS_PER_KIND:
                more = QCoreApplication.translate("ReviewPanel", "… and {0} more")
                self._rows.append((more.format(len(shown) - MAX_ROWS_PER_KIND), None, False))
        self.endResetModel()

    def row_of(self, finding: Finding | None) -> int | None:
        return next((i for i, (_, f, _) in enumerate(self._rows)
                     if f is not None and f == finding), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text, finding, bold = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if finding is None:
            return self._bold if role == Qt.ItemDataRole.FontRole and bold else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[finding.severity]
        return finding if role == _FINDING else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        selectable = self._rows[index.row()][1] is not None
        return Qt.ItemFlag.ItemIsEnabled | (
            Qt.ItemFlag.ItemIsSelectable if selectable else Qt.ItemFlag.NoItemFlags)


class ReviewPanel(LazyPanel):
    """Emits `cardChosen(journey id, card id)` for a card finding and
    `stageChosen(journey id, stage id)` for a stage finding, when its row is clicked;
    `reviewed()` once the list shows the findings of the latest review."""

    cardChosen = Signal(str, str)  # noqa: N815
    stageChosen = Signal(str, str)  # noqa: N815
    reviewed = Signal()

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
        self.rows_model = FindingRows(self._icons(), self)
        self.list = self._list_view()
        self.worker = BackgroundReview(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._build_layout()
        self.thresholds_button.toggled.connect(self.thresholds_form.setVisible)
        self.thresholds_form.changed.connect(self._thresholds_changed)
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)  # Enter on the keyboard
        self.worker.ready.connect(self._show)
        self._timer.timeout.connect(self.refresh)
        self.set_document(document)

    def _list_view(self) -> QListView:
        view = QListView(self)
        view.setModel(self.rows_model)
        view.setWordWrap(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when the dock resizes
        # Word-wrapped rows of different heights are measured one by one: a thousand of
        # them take longer than a frame, so the view lays them out a batch at a time.
        view.setLayoutMode(QListView.LayoutMode.Batched)
        view.setBatchSize(LAYOUT_BATCH)
        return view

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.thresholds_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.thresholds_form)
        layout.addWidget(self.list)

    def _icons(self) -> dict[Severity, QIcon]:
        pixmaps: dict[Severity, QStyle.StandardPixmap] = {
            "problem": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }
        return {severity: self.style().standardIcon(p) for severity, p in pixmaps.items()}

    # --- what is reviewed -------------------------------------------------------------

    @property
    def thresholds(self) -> Thresholds:
        return self.thresholds_form.thresholds()

    def set_document(self, document: Document) -> None:
        follow_document(self, document)
        self.refresh()

    def set_journey(self, journey_id: str) -> None:
        if journey_id != self.journey_id:
            self.journey_id = journey_id
            self.refresh()

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.journey == self.journey_id or c.kind == "journey" for c in changes):
            # A review still pending is of the map before this edit: never show it.
            self.worker.cancel()
            self._timer.start()

    def _thresholds_changed(self, thresholds: Thresholds) -> None:
        save_thresholds(thresholds)
        self.refresh()

    # --- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Starts a review of the journey as it is now; its findings replace the list
        when they are ready (the list stays as it was until then)."""
        self._timer.stop()
        if not self.should_work():
            return
        journey_id = self.journey_id
        if journey_id is not None and self.document.exists(None, "journey", journey_id):
            self.worker.request(self.document.journey(journey_id), self.thresholds)
        else:
            self.worker.cancel()
            self._show([])

    def _show(self, findings: list[Finding]) -> None:
        current = self.list.currentIndex()
        keep = current.data(_FINDING) if current.isValid() else None
        self.findings = findings
        self.summary.setText(self._summary_text())
        self.rows_model.set_findings(findings)
        row = self.rows_model.row_of(keep)
        if row is not None:
            self.list.setCurrentIndex(self.rows_model.index(row))
        self.reviewed.emit()

    def _summary_text(self) -> str:
        if self.journey_id is None:
            return self.tr("No journey to review.")
        if not self.findings:
            return self.tr("No findings: this journey passes the review.")
        if len(self.findings) == 1:
            return self.tr("1 finding. Click it to show it on the map.")
        return self.tr("{0} findings. Click one to show it on the map.").format(len(self.findings))

    def rows(self) -> list[QModelIndex]:
        """The finding rows (headings left out), in order."""
        indexes = (self.rows_model.index(i) for i in range(self.rows_model.rowCount()))
        return [index for index in indexes if index.data(_FINDING) is not None]

    def _chosen(self, index: QModelIndex) -> None:
        finding: Finding | None = index.data(_FINDING)
        if finding is None:
            return
        if finding.card_id is not None:
            self.cardChosen.emit(finding.journey_id, finding.card_id)
        elif finding.stage_id is not None:
            self.stageChosen.emit(finding.journey_id, finding.stage_id)
