"""The compare dock: what differs between two journeys, grouped by kind with counts,
each difference a click away from its card on the map, where it is outlined in the
colour the legend names (removed cards as ghosts); the same as plain text lines
(as `journey-editor diff` prints them) on a second tab; a side-by-side view per stage.
Compares two journeys of the map, or a journey with itself as last saved or as a named
revision (baseline) kept it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journey_editor.canvas.compare_overlay import MARK_COLOURS, CompareMarks
from journey_editor.editor.document import Document
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.compare_entries import (
    ADDED,
    CHANGED,
    REMOVED,
    Comparison,
    Target,
    read,
)
from journey_editor.model.compare_text import diff_lines
from journey_editor.model.diff import JourneyDiff
from journey_editor.model.edits import Change
from journey_editor.model.types import Journey
from journey_editor.ui.compare_legend import legend, swatch
from journey_editor.ui.compare_sources import MAP, Sources, counterpart, fill_sources
from journey_editor.ui.lazy_panel import LazyPanel

_CARD = Qt.ItemDataRole.UserRole
_TARGET_KIND, _TARGET_ID = Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2

GROUP_NAMES = {
    (ADDED, "card"): QT_TRANSLATE_NOOP("Compare", "Cards added"),
    (CHANGED, "card"): QT_TRANSLATE_NOOP("Compare", "Cards changed"),
    (REMOVED, "card"): QT_TRANSLATE_NOOP("Compare", "Cards removed"),
    (ADDED, "stage"): QT_TRANSLATE_NOOP("Compare", "Stages added"),
    (CHANGED, "stage"): QT_TRANSLATE_NOOP("Compare", "Stages changed"),
    (REMOVED, "stage"): QT_TRANSLATE_NOOP("Compare", "Stages removed"),
    (ADDED, "lane"): QT_TRANSLATE_NOOP("Compare", "Lanes added"),
    (CHANGED, "lane"): QT_TRANSLATE_NOOP("Compare", "Lanes changed"),
    (REMOVED, "lane"): QT_TRANSLATE_NOOP("Compare", "Lanes removed"),
    (ADDED, "connection"): QT_TRANSLATE_NOOP("Compare", "Arrows added"),
    (CHANGED, "connection"): QT_TRANSLATE_NOOP("Compare", "Arrows changed"),
    (REMOVED, "connection"): QT_TRANSLATE_NOOP("Compare", "Arrows removed"),
    (CHANGED, "journey"): QT_TRANSLATE_NOOP("Compare", "Journey details changed"),
    (CHANGED, "emotion"): QT_TRANSLATE_NOOP("Compare", "Emotion curve changed"),
}


def group_title(change: str, kind: str, count: int) -> str:
    """'Cards added (3)': the group's name and how many differences it holds."""
    name = QCoreApplication.translate("Compare", GROUP_NAMES[(change, kind)])
    return QCoreApplication.translate("Compare", "{0} ({1})").format(name, count)


def card_marks(comparison: Comparison) -> CompareMarks:
    """Card id (in the second journey) -> outline colour, and the removed cards' ghosts."""
    return CompareMarks({card_id: MARK_COLOURS[change]
                         for card_id, change in comparison.card_changes().items()},
                        comparison.ghosts)


def _card_ids_by_line(diff: JourneyDiff) -> list[str | None]:
    """The card each line of `diff_lines(diff)` is about (None for other lines), following
    the order compare_text writes them in: journey fields, stages, lanes, then cards."""
    head = len(diff.fields) + sum(len(part) for part in (
        diff.stages_added, diff.stages_removed, diff.stages_renamed,
        diff.lanes_added, diff.lanes_removed, diff.lanes_renamed))
    return ([None] * head + [c.id for c in diff.cards_added] + [None] * len(diff.cards_removed)
            + [m.id for m in diff.cards_moved] + [c.id for c in diff.cards_changed])


class ComparePanel(LazyPanel):
    """Emits `marksChanged(journey id, CompareMarks)` for the canvas,
    `cardChosen(journey id, card id)` when a difference about a card is clicked (for a
    removed card: the id of its ghost) and `headerChosen(journey id, stage or lane id)`
    for a stage or lane (a removed one: in the first journey, where it still is)."""

    marksChanged = Signal(str, object)  # noqa: N815
    cardChosen = Signal(str, str)  # noqa: N815
    headerChosen = Signal(str, str)  # noqa: N815

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._listening: Document | None = None
        self.comparison: Comparison | None = None
        self.sources = Sources()
        self.version = self._combo()
        self.version.setToolTip(self.tr("What to compare with: another journey of this map, "
                                        "the map as last saved, or a baseline (File ▸ Mark "
                                        "Baseline…)"))
        self.before_journeys: list[Journey] = []
        self.version_problem = ""
        self.before = self._combo()
        self.after = self._combo()
        self.highlight = QCheckBox(self.tr("Mark the differences on the map"), self)
        self.highlight.setChecked(True)
        # A grouped list, not a tree: list rows wrap long titles to the dock's width.
        self.entries = QListWidget(self)
        self.entries.setObjectName("compareEntries")
        self.entries.setWordWrap(True)
        self.entries.setSpacing(1)
        self.lines = QListWidget(self)
        self.lines.setWordWrap(True)
        self.side_by_side = QPushButton(self.tr("Side by Side…"), self)
        self.side_by_side.setToolTip(self.tr("Both journeys stage by stage, in two columns"))
        self._build_layout()
        for combo in (self.before, self.after):
            combo.activated.connect(self.refresh)
        self.version.activated.connect(self._version_chosen)
        self.highlight.toggled.connect(self.refresh)
        self.entries.itemClicked.connect(self._entry_clicked)
        self.lines.itemClicked.connect(self._clicked)
        self.side_by_side.clicked.connect(self.show_side_by_side)
        self.set_document(document)

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        # Long journey names must not widen the dock; the open list shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Compare"), self.before)
        form.addRow(self.tr("with"), self.after)
        tabs = QTabWidget(self)
        tabs.addTab(self.entries, self.tr("Differences"))
        tabs.addTab(self.lines, self.tr("As Text"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.highlight, 1)
        buttons.addWidget(self.side_by_side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(legend(self))
        layout.addWidget(tabs, 1)

    def set_document(self, document: Document) -> None:
        if self._listening is not None:
            self._listening.changed.disconnect(self._on_changed)
            self._listening.undo_stack.cleanChanged.disconnect(self._on_saved)
        self.document = self._listening = document
        document.changed.connect(self._on_changed)
        # A save changes the saved file without an edit: compare with it again.
        document.undo_stack.cleanChanged.connect(self._on_saved)
        self._fill_combos()
        self.refresh()

    def _fill_combos(self) -> None:
        fill_sources(self.version, self.document)
        self.before_journeys, self.version_problem = self.sources.journeys(
            self.document, self.version.currentData())
        _fill_journeys(self.before, self.before_journeys)
        _fill_journeys(self.after, self.document.workspace.journeys)
        if self.version.currentData() == MAP:
            self._pick_two(self.document.workspace.journeys)
        else:
            self._pick_counterpart()

    def _pick_two(self, journeys: list[Journey]) -> None:
        """Two different journeys of the map: a future state and its source if any."""
        future = next((j for j in journeys if j.based_on), None)
        if future is not None and self.before.currentData() == self.after.currentData():
            self.before.setCurrentIndex(self.before.findData(future.based_on))
            self.after.setCurrentIndex(self.after.findData(future.id))
        if self.before.currentData() == self.after.currentData() and len(journeys) > 1:
            self.after.setCurrentIndex(1 if self.before.currentIndex() == 0 else 0)

    def _pick_counterpart(self) -> None:
        """The chosen journey of the map as that version had it."""
        after = self.after.currentData()
        journey = next((j for j in self.document.workspace.journeys if j.id == after), None)
        index = self.before.findData(counterpart(self.before_journeys, journey))
        if index >= 0:
            self.before.setCurrentIndex(index)

    def _version_chosen(self) -> None:
        self._fill_combos()
        self.refresh()

    def _on_saved(self, clean: bool) -> None:
        if clean and self.version.currentData() != MAP:
            self._fill_combos()
            self.refresh()

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.kind in ("journey", "workspace") and c.journey is None for c in changes):
            self._fill_combos()
        self.refresh()

    def refresh(self) -> None:
        """Compares only while the panel shows: on a 5,000-card map a comparison takes
        ~0.15 s, too much for every edit when nobody is looking."""
        if not self.should_work():
            self.marksChanged.emit(self.after.currentData() or "", {})
            return
        self.lines.clear()
        self.entries.clear()
        self.comparison = None
        pair = self._pair()
        self.side_by_side.setEnabled(pair is not None)
        b = self.after.currentData()
        if pair is None:
            self.marksChanged.emit(b or "", {})
            return
        self.comparison = read(*pair)
        self._fill_lines(self.comparison.diff)
        self._fill_entries(self.comparison)
        self.marksChanged.emit(b, card_marks(self.comparison) if self.highlight.isChecked()
                               else {})

    def _pair(self) -> tuple[Journey, Journey] | None:
        """The journeys to compare (before, after), or None once the lists say why not."""
        a, b = self.before.currentData(), self.after.currentData()
        if self.version.currentData() != MAP:
            before = next((j for j in self.before_journeys if j.id == a), None)
            if self.version_problem:
                self._say(self.version_problem)
            if before is None or b is None:
                return None
            return before, self.document.journey(b)
        if a is None or b is None:
            return None
        if a == b:
            self._say(self.tr(
                "Choose two different journeys. To plan changes, Journey > Create future "
                "state copies this one; the comparison then shows what you changed."))
            return None
        return self.document.journey(a), self.document.journey(b)

    def _say(self, text: str) -> None:
        """A message in place of the differences, on both tabs."""
        for view in (self.lines, self.entries):
            view.addItem(text)

    def _fill_lines(self, diff: JourneyDiff) -> None:
        if diff.is_empty():
            self._say(self.tr("No differences"))
        ids = _card_ids_by_line(diff)
        for i, line in enumerate(diff_lines(diff)):
            item = QListWidgetItem(line, self.lines)
            item.setData(_CARD, ids[i] if i < len(ids) else None)

    def _fill_entries(self, comparison: Comparison) -> None:
        """A bold heading with its count per group; under it one row per difference
        with the colour the map outlines it in (a changed card's changes on lines below
        its title)."""
        for change, kind, entries in comparison.groups():
            heading = QListWidgetItem(group_title(change, kind, len(entries)), self.entries)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            for entry in entries:
                # U+2028, not "\n": the item views draw a line separator, but drop a newline.
                item = QListWidgetItem(swatch(change), "\u2028".join(
                    (entry.text, *("    " + line for line in entry.details))), self.entries)
                item.setToolTip("\n".join((entry.text, *entry.details)))
                if entry.target is not None:  # plain strings: Qt hands a tuple back as a list
                    item.setData(_TARGET_KIND, entry.target.kind)
                    item.setData(_TARGET_ID, entry.target.id)

    def _entry_clicked(self, item: QListWidgetItem) -> None:
        kind = item.data(_TARGET_KIND)
        if kind:
            self.show_target(Target(kind, item.data(_TARGET_ID)))

    def show_target(self, target: Target) -> None:
        """Brings what a difference is about into view on the second journey's map."""
        journey = self.after.currentData()
        if target.kind in ("card", "ghost"):
            self.cardChosen.emit(journey, target.id)
        elif target.kind in ("stage", "lane"):
            self.headerChosen.emit(journey, target.id)
        elif target.kind == "removed" and self.version.currentData() == MAP:
            # Only a journey of the map has a place to show; a saved or kept one has not.
            self.headerChosen.emit(self.before.currentData(), target.id)

    def _clicked(self, item: QListWidgetItem) -> None:
        card_id = item.data(_CARD)
        if card_id:
            self.cardChosen.emit(self.after.currentData(), card_id)

    def show_side_by_side(self) -> None:
        from journey_editor.ui.compare_side_by_side import (
            SideBySideDialog,  # when asked for
        )

        if self.comparison is not None:
            dialog = SideBySideDialog(self.comparison, self)
            dialog.cardChosen.connect(
                lambda card_id: self.cardChosen.emit(self.after.currentData(), card_id))
            dialog.show()


def _fill_journeys(combo: QComboBox, journeys: list[Journey]) -> None:
    """The journeys by name; keeps the one chosen while it is there."""
    current = combo.currentData()
    combo.clear()
    for journey in journeys:
        combo.addItem(journey.name, journey.id)
        combo.setItemData(combo.count() - 1, journey.name, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(current), 0))
