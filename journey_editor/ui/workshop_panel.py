"""The floating panel of workshop mode: the stage shown, the voting controls, key hints.

It sits over the map's bottom right corner (the stage names along the top stay
visible) and takes no keyboard focus, so the arrow and number keys stay with the map.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.ui.voting import VotingState

PANEL_FONT_SCALE = 1.5  # the room reads who votes and the dots left from here
NOTE_INK = "#b42318"
HINT_INK = "#3d4452"


def _ink(label: QLabel, color: str) -> None:
    """Text colour by palette: a style sheet would also reset the panel's larger font.
    Both roles: over the canvas (a Base-coloured widget) labels draw with Text."""
    palette = label.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(color))
    label.setPalette(palette)


class VotingBar(QFrame):
    """The voting controls on the workshop panel: on/off, who votes, dots left."""

    def __init__(self, state: VotingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.toggle = QPushButton(self.tr("&Vote"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Click a card to place a dot; Shift+click or "
                                       "right-click takes one off (V)"))
        self.who = QComboBox()
        self.who.setToolTip(self.tr("Who is voting (number keys 1-9)"))
        self.left = QLabel()
        self.setup = QPushButton(self.tr("&Round…"))
        self.results = QPushButton(self.tr("R&esults…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.toggle, self.who, self.left, self.setup, self.results):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the map
            row.addWidget(widget)
        self.toggle.toggled.connect(state.set_enabled)
        self.who.activated.connect(lambda i: state.set_participant(self.who.itemText(i)))
        state.changed.connect(self.refresh)

    def refresh(self) -> None:
        people = self.state.participants()
        with QSignalBlocker(self.who), QSignalBlocker(self.toggle):
            if [self.who.itemText(i) for i in range(self.who.count())] != people:
                self.who.clear()
                self.who.addItems(people)
            self.who.setCurrentText(self.state.participant or "")
            self.toggle.setChecked(self.state.enabled)
        self.who.setEnabled(bool(people))
        editable = not self.state.scene().document.read_only
        self.toggle.setEnabled(editable)
        self.setup.setEnabled(editable)
        self.results.setEnabled(bool(people) or any(c.votes for c in self.state.journey().cards))
        round_ = self.state.journey().voting
        self.left.setText(self.tr("{0} of {1} dots left").format(
            self.state.dots_left(), round_.dots_per_participant)
            if round_ and self.state.participant else self.tr("No round yet"))


class WorkshopPanel(QFrame):
    """A small floating panel in the corner: the stage, the voting bar, key hints."""

    def __init__(self, voting: VotingState, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_panel")
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)  # no dot under it
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * PANEL_FONT_SCALE)
        self.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        # Children made with their parent: palette and font are then settled before
        # they are given their own colour.
        self.stage = QLabel(self)
        self.stage.setFont(bold)
        self.bar = VotingBar(voting, self)
        self.note = QLabel(self)
        self.note.setFont(bold)
        _ink(self.note, NOTE_INK)
        self.note.hide()
        self.hints = QLabel(self.tr("← → stages · ↑ ↓ scroll · Home: whole map · "
                                    "1-9: who votes · V: vote · T: timer · Esc: leave"), self)
        _ink(self.hints, HINT_INK)
        layout = QVBoxLayout(self)
        for widget in (self.stage, self.bar, self.note, self.hints):
            layout.addWidget(widget)
        self._clear = QTimer(self, singleShot=True, interval=4000)
        self._clear.timeout.connect(self._hide_note)
        voting.message.connect(self.show_note)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
        self.place()
        self._clear.start()

    def _hide_note(self) -> None:
        self.note.hide()
        self.place()

    def place(self) -> None:
        """Bottom right: the stage names along the top stay in view."""
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move(max(0, parent.width() - self.width() - 16),
                      max(0, parent.height() - self.height() - 16))
