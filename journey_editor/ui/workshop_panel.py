"""The floating panel of workshop mode: the stage shown, the voting controls, key hints.

It sits in the band along the map's bottom (the stage names along the top stay
visible), on the right, or on the left when the timer takes the right, and takes no
keyboard focus, so the arrow and number keys stay with the map.
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
HINTS_FONT_SCALE = 1.2  # the keys are for the facilitator: less of the band's width
MARGIN = 16  # from the edges of the view, and between the panel and the timer
SEPARATOR = " · "  # between two key hints (the translations keep it)
NO_BREAK = "\u00a0"
WRAP_SLACK = 2  # px: a rounding must not break the one line the hints fit on
NOTE_INK = "#b42318"
HINT_INK = "#3d4452"


def _ink(label: QLabel, color: str) -> None:
    """Text colour by palette: a style sheet would also reset the panel's larger font.
    Both roles: over the canvas (a Base-coloured widget) labels draw with Text."""
    palette = label.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(color))
    label.setPalette(palette)


def _unbroken(hints: str) -> str:
    """Key hints that wrap only between two hints, never inside one ("T:" / "timer")."""
    return SEPARATOR.join(hint.replace(" ", NO_BREAK) for hint in hints.split(SEPARATOR))


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
        hints_font = QFont(font)
        hints_font.setPointSizeF(font.pointSizeF() * HINTS_FONT_SCALE)
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
        self.hints = QLabel(_unbroken(self.tr(
            "← → stages · ↑ ↓ scroll · Home: whole map · "
            "1-9: who votes · V: vote · T: timer · Esc: leave")), self)
        self.hints.setFont(hints_font)
        self.hints.setWordWrap(True)  # two lines rather than the timer off the band
        _ink(self.hints, HINT_INK)
        self.left_side = False
        self.room: int | None = None  # the width it may take; None: the view's
        layout = QVBoxLayout(self)
        for widget in (self.stage, self.bar, self.note, self.hints):
            layout.addWidget(widget)
        self._clear = QTimer(self, singleShot=True, interval=4000)
        self._clear.timeout.connect(self._hide_note)
        voting.message.connect(self.show_note)

    def show_note(self, text: str) -> None:
        """A voting message, for a few seconds in the key hints' place: the panel keeps
        its height, so the map's bottom row stays in view."""
        self.note.setText(text)
        self.hints.hide()
        self.note.show()
        self.place(self.left_side, self.room)
        self._clear.start()

    def _hide_note(self) -> None:
        self.note.hide()
        self.hints.show()
        self.place(self.left_side, self.room)

    def place(self, left_side: bool = False, room: int | None = None) -> None:
        """At the bottom, on the right (or the left), no wider than `room`: the key
        hints wrap rather than leave the timer no place beside the panel."""
        self.left_side, self.room = left_side, room
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(self._natural_width(), parent.width() - 2 * MARGIN if room is None else room)
        width = max(width, self.minimumSizeHint().width())
        self.resize(width, self.heightForWidth(width))
        x = MARGIN if left_side else parent.width() - width - MARGIN
        self.move(max(0, x), max(0, parent.height() - self.height() - MARGIN))

    def _natural_width(self) -> int:
        """Its width with the hints on one line (a wrapping label hints at less)."""
        margins = self.contentsMargins()
        sides = margins.left() + margins.right()
        layout = self.layout()
        if layout is not None:
            sides += layout.contentsMargins().left() + layout.contentsMargins().right()
        line = self.hints.fontMetrics().horizontalAdvance(self.hints.text()) + WRAP_SLACK
        return max(self.sizeHint().width(), line + sides)
