"""Dot voting in workshop mode: set up a round, place and remove dots, see the results.

The arithmetic (dots left, limits, ranking) is `model.voting`; this module turns it
into undoable edits of `Card.votes` and `Journey.voting` and into widgets. A refused
dot (none left, none to remove) pushes no command and says why in a short message.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import JourneyView
from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.model import voting
from journey_editor.model.types import Journey, Voting
from journey_editor.model.voting import Refusal

DEFAULT_DOTS = 5
MAX_DOTS = 100  # the file format's limit (types.Voting)
PROJECTOR_POINTS = 18.0  # about 24 px at 96 dpi: what the back of a room reads


class VotingDialog(QDialog):
    """Participants (one name per line) and the dots each of them gets."""

    def __init__(self, current: Voting | None, has_dots: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dot Voting Round"))
        self.names = QPlainTextEdit("\n".join(current.participants) if current else "")
        self.names.setPlaceholderText(self.tr("One name per line"))
        self.names.setTabChangesFocus(True)
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(current.dots_per_participant if current else DEFAULT_DOTS)
        self.clear = QCheckBox(self.tr("Take off the dots already placed"))
        self.clear.setVisible(has_dots)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Participants:"), self.names)
        form.addRow(self.tr("&Dots each:"), self.dots)
        form.addRow(self.clear)
        form.addRow(self.buttons)
        self.names.textChanged.connect(self._update_ok)
        self._update_ok()

    def participants(self) -> list[str]:
        return voting.clean_participants(self.names.toPlainText().splitlines())

    def round(self) -> Voting:
        return voting.new_round(self.participants(), self.dots.value())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.participants()))

    @staticmethod
    def ask(parent: QWidget, journey: Journey) -> tuple[Voting, bool] | None:
        """(round, take off placed dots) or None when cancelled. Tests replace this."""
        has_dots = any(card.votes for card in journey.cards)
        dialog = VotingDialog(journey.voting, has_dots, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.round(), dialog.clear.isChecked()


class ResultsDialog(QDialog):
    """Cards ranked by dots, with each participant's dots; double-click shows the card."""

    cardChosen = Signal(str)  # noqa: N815 (Qt's naming)

    def __init__(self, journey: Journey, parent: QWidget | None = None,
                 scale: float = 1.0) -> None:
        """`scale` above 1 (workshop mode) shows the results for the projector."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dot Voting Results"))
        desktop = self.font().pointSizeF()
        if scale > 1.0:
            self._projector_font(scale)
        people = journey.voting.participants if journey.voting else []
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Rank"), self.tr("Card"), self.tr("Stage"),
                                    self.tr("Dots"), *people])
        self._fill(journey, people)
        self.table.itemActivated.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fit(self.font().pointSizeF() / desktop if desktop > 0 else 1.0)

    def _projector_font(self, scale: float) -> None:
        """Text read from the back of the room: the map's projector scale, and never
        below PROJECTOR_POINTS."""
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() * scale, PROJECTOR_POINTS))
        self.setFont(font)

    def _fit(self, grown: float) -> None:
        """The desktop size grown with the text, within the screen of the window it
        opens over. (Not a parentless dialog's own screen(): PySide then drops the
        QScreen's Python wrapper with the dialog, under anyone else holding it.)"""
        size = QSize(int(760 * grown), int(480 * grown))
        parent = self.parentWidget()
        if parent is not None:
            size = size.boundedTo(parent.screen().availableGeometry().size() * 0.9)
        self.resize(size)

    def _fill(self, journey: Journey, people: list[str]) -> None:
        stages = {s.id: s.name for s in journey.stages}
        ranked = voting.ranking(journey)
        for row in ranked:
            dots = dict(row.breakdown)
            item = QTreeWidgetItem([str(row.rank), row.title or self.tr("(untitled)"),
                                    stages.get(row.stage_id, ""), str(row.total),
                                    *(str(dots.get(name, "")) for name in people)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.card_id)
            self.table.addTopLevelItem(item)
            for column in (0, *range(3, 4 + len(people))):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        if not ranked:
            self.table.addTopLevelItem(QTreeWidgetItem(["", self.tr("No dots placed yet")]))
        # Sized by Qt once the font is settled, not now: a scaled font measures later.
        header = self.table.header()
        bold = header.font()
        bold.setBold(True)  # the columns' names stand apart from the rows
        header.setFont(bold)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _chosen(self, item: QTreeWidgetItem) -> None:
        card_id = item.data(0, Qt.ItemDataRole.UserRole)
        if card_id:
            self.cardChosen.emit(card_id)
            self.accept()


class VotingState(QObject):
    """Who is voting, and clicks on cards turned into dots (while `enabled`)."""

    changed = Signal()  # round, participant, dots or on/off changed: the bar redraws
    message = Signal(str)  # a short note for the facilitator (a refused dot)
    cardChosen = Signal(str)  # noqa: N815  picked in the results

    def __init__(self, view: JourneyView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.enabled = False
        self.participant: str | None = None
        self.results: ResultsDialog | None = None
        self._document: Document | None = None
        self._swallow_release = False

    # --- lifetime (the workshop mode attaches it to its projector scene) -----------------

    def attach(self) -> None:
        self._document = self.scene().document
        self._document.changed.connect(self._on_changed)
        self.view.viewport().installEventFilter(self)
        self._pick_valid_participant()
        self.changed.emit()

    def detach(self) -> None:
        self.view.viewport().removeEventFilter(self)
        if self._document is not None:
            self._document.changed.disconnect(self._on_changed)
            self._document = None
        self.enabled = False
        if self.results is not None:
            self.results.close()
            self.results = None

    def scene(self) -> JourneyScene:
        return self.view.journey_scene()

    def journey(self) -> Journey:
        scene = self.scene()
        return scene.document.journey(scene.journey_id)

    def participants(self) -> list[str]:
        round_ = self.journey().voting
        return list(round_.participants) if round_ else []

    def dots_left(self) -> int:
        return voting.dots_left(self.journey(), self.participant) if self.participant else 0

    def _on_changed(self, changes: tuple[object, ...]) -> None:
        scene = self.scene()
        if scene.document.exists(None, "journey", scene.journey_id):
            self._pick_valid_participant()
            self.changed.emit()

    def _pick_valid_participant(self) -> None:
        people = self.participants()
        if self.participant not in people:
            self.participant = people[0] if people else None
        if not people:
            self.enabled = False

    # --- choices ---------------------------------------------------------------------------

    def set_enabled(self, on: bool) -> None:
        document = self.scene().document
        if on and document.read_only:
            document.refused.emit(self.tr("Vote"))
            on = False
        elif on and not self.participants():
            self.message.emit(self.tr("Set up a voting round first."))
            on = False
        self.enabled = on
        self.changed.emit()

    def set_participant(self, name: str) -> None:
        if name in self.participants() and name != self.participant:
            self.participant = name
            self.changed.emit()

    def choose(self, number: int) -> None:
        """Number keys: 1 is the first participant."""
        people = self.participants()
        if 1 <= number <= len(people):
            self.set_participant(people[number - 1])

    # --- dots ------------------------------------------------------------------------------

    def vote(self, card_id: str, remove: bool = False) -> bool:
        """Places (or removes) one dot of the current participant; True if it did."""
        journey, name = self.journey(), self.participant or ""
        result = (voting.remove_dot if remove else voting.add_dot)(journey, card_id, name)
        if isinstance(result, Refusal):
            self.message.emit(self._refusal_text(result, name))
            return False
        card = self.scene().document.find(journey.id, "card", card_id)
        title = getattr(card, "title", "")
        text = (self.tr("Remove {0}'s dot from '{1}'") if remove
                else self.tr("Dot from {0} on '{1}'")).format(name, title)
        return bool(edit_facade.edit(self.scene().document, journey.id, "card", card_id,
                                     {"votes": result}, text=text))

    def _refusal_text(self, refusal: Refusal, name: str) -> str:
        texts = {
            Refusal.NO_ROUND: self.tr("Set up a voting round first."),
            Refusal.UNKNOWN_PARTICIPANT: self.tr("Choose who is voting."),
            Refusal.UNKNOWN_CARD: self.tr("That card is gone."),
            Refusal.NO_DOTS_LEFT: self.tr("{0} has no dots left.").format(name),
            Refusal.NO_DOT_HERE: self.tr("{0} has no dot on this card.").format(name),
        }
        return texts[refusal]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """While voting, a click on a card is a dot: no selection, no drag, no editor."""
        kind = event.type()
        if not self.enabled:
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            return self._press(event)
        if kind == QEvent.Type.MouseButtonRelease and self._swallow_release:
            self._swallow_release = False
            return True
        return kind == QEvent.Type.ContextMenu  # right-click removes a dot, no menu

    def _press(self, event: QMouseEvent) -> bool:
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return False  # the middle button still pans
        item = self.scene().card_at(self.view.mapToScene(event.position().toPoint()))
        if item is None:
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._swallow_release = True
        self.vote(item.item_id, remove=shift or button == Qt.MouseButton.RightButton)
        return True

    # --- dialogs ---------------------------------------------------------------------------

    def setup_round(self, parent: QWidget) -> None:
        journey = self.journey()
        answer = VotingDialog.ask(parent, journey)
        if answer is None:
            return
        round_, clear = answer
        edit_facade.set_voting_round(self.scene().document, journey.id, round_, clear,
                                     self.tr("Set up dot voting"))
        self.set_enabled(bool(self.participants()))

    def show_results(self, parent: QWidget, scale: float = 1.0) -> ResultsDialog:
        if self.results is not None:
            self.results.close()
        self.results = ResultsDialog(self.journey(), parent, scale)
        self.results.cardChosen.connect(self.cardChosen)
        self.results.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.results.finished.connect(self._results_closed)
        self.results.open()
        return self.results

    def _results_closed(self) -> None:
        self.results = None
