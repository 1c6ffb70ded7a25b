"""The workshop timer: a countdown the room reads on the projector.

It sits in a bottom corner beside the workshop panel (the left by default, C swaps
the two), in the band the map keeps free for them, so it covers no card, stage header
or lane name; at 1280 x 720 the band is the panel's own in every language we ship (the
face is as wide as the digits, "Time's up!" fits in it). It takes no keyboard
focus: workshop mode hands it the keys it does not use itself (see `handle_key`,
listed in help_keys.TIMER_KEYS). Each second only its digits repaint; the colours, the
frame and the words change with the phase: ready, running, the last minute, time's up.
Loaded when workshop mode starts, not with the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import partial

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QActionGroup,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from journey_editor.ui.workshop_countdown import MINUTE_MS, Countdown, Phase
from journey_editor.ui.workshop_panel import MARGIN

PRESETS = (1, 3, 5, 10)  # minutes
DEFAULT_MINUTES = 5
MAX_MINUTES = 180
DIGITS_PX = {False: 96, True: 200}  # normal, large: cap height ~70 / ~145 px
SMALLEST_DIGITS_PX = 48  # narrower than this, the timer goes above the panel instead
CONTROL_FONT_SCALE = 1.3
FACE_HEIGHT = 1.3  # times the digits' cap height
SMALLEST_WORDS_PX = 8
LOOK_MARGIN = 10  # inside the frame (8 px at its thickest)
# The buttons' (row, column) in the grid: Start, +1 min, Reset, Timer.
CONTROLS = {False: ((1, 2), (1, 3), (2, 2), (2, 3)), True: ((1, 2), (2, 2), (3, 2), (4, 2))}
KEY = "workshop_timer/"  # QSettings group: the facilitator's own timer, kept between runs


class Corner(Enum):
    """Both beside the workshop panel, in the band without cards (a top corner would
    hide the stage headers the room reads)."""

    BOTTOM_LEFT = "bottom_left"
    BOTTOM_RIGHT = "bottom_right"  # the panel moves to the left


@dataclass(frozen=True)
class Look:
    background: str
    ink: str
    frame: str
    frame_width: int  # thicker from the last minute on: a cue that is not a colour


PLAIN = Look("#ffffff", "#101828", "#98a2b3", 2)
LAST_MINUTE = Look("#fef0c7", "#7a2e0e", "#dc6803", 8)
TIMES_UP = Look("#b42318", "#ffffff", "#55160c", 8)


class TimerFace(QWidget):
    """The digits (or "Time's up!"), as wide as the duration's longest time, so that
    nothing moves as the seconds go by; the words take the same box."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills itself
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.text = ""
        self.done = False
        self.digits_font = QFont(parent.font())
        self.digits_font.setBold(True)
        self._minute_digits = 1  # the widest minutes the face is sized for
        self._large = False
        self._widest: int | None = None  # the width it may take; None: any

    def set_large(self, large: bool) -> None:
        self._large = large
        self._fit()

    def fit_width(self, widest: int | None) -> None:
        """No wider than `widest`: the digits shrink rather than push the workshop
        panel out of the band (large digits on a 1280 px projector in Dutch)."""
        self._widest = widest
        self._fit()

    def _fit(self) -> None:
        size = DIGITS_PX[self._large]
        if self._widest is not None:
            size = max(SMALLEST_DIGITS_PX, min(size, size * self._widest // self._width(size)))
            while size > SMALLEST_DIGITS_PX and self._width(size) > self._widest:
                size -= 1  # the digits' advance is not quite proportional to their size
        if size != self.digits_font.pixelSize():
            self.digits_font.setPixelSize(size)
            self.updateGeometry()
            self.update()

    def _width(self, pixel_size: int) -> int:
        font = QFont(self.digits_font)
        font.setPixelSize(pixel_size)
        return QFontMetrics(font).horizontalAdvance("8" * self._minute_digits + ":88") + 8

    def set_time(self, seconds: int, duration_ms: int, done: bool) -> bool:
        """Shows the time; True when the face needs another width."""
        self.text = f"{seconds // 60}:{seconds % 60:02d}"
        self.done = done
        self.update()
        minute_digits = len(str(duration_ms // MINUTE_MS))
        if minute_digits == self._minute_digits:
            return False
        self._minute_digits = minute_digits
        self._fit()
        self.updateGeometry()
        return True

    def times_up(self) -> str:
        return self.tr("Time's up!")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # Sized to the digits alone: a translation of "Time's up!" must not widen the
        # timer out of its place beside the panel (the words wrap and shrink instead).
        cap = QFontMetrics(self.digits_font).capHeight()
        # Digits have no descenders: a cap height and a little air, not a line's height.
        return QSize(self._width(self.digits_font.pixelSize()), int(cap * FACE_HEIGHT))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignCenter
        if self.done:
            flags |= Qt.TextFlag.TextWordWrap
            painter.setFont(_words_font(self.digits_font, self.times_up(), self.rect()))
        else:
            painter.setFont(self.digits_font)
        painter.drawText(self.rect(), flags, self.times_up() if self.done else self.text)


def _words_font(digits: QFont, text: str, box: QRect) -> QFont:
    """The digits' font at the largest size (at most theirs) at which `text` fits in
    `box`, on two lines if that is larger than one."""
    font = QFont(digits)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    low, high = SMALLEST_WORDS_PX, max(SMALLEST_WORDS_PX, digits.pixelSize())
    while low < high:  # bisect the pixel size
        font.setPixelSize((low + high + 1) // 2)
        needed = QFontMetrics(font).boundingRect(box, flags, text)
        if needed.width() <= box.width() and needed.height() <= box.height():
            low = font.pixelSize()
        else:
            high = font.pixelSize() - 1
    font.setPixelSize(low)
    return font


def _setting(name: str, default: str) -> str:
    return str(QSettings().value(KEY + name, default))


def _flag(name: str) -> bool:
    """A yes/no setting, whichever way the settings' format gives it back."""
    return QSettings().value(KEY + name, False) in (True, "true", 1, "1")


def _saved_minutes() -> int:
    try:
        minutes = int(_setting("minutes", str(DEFAULT_MINUTES)))
    except ValueError:  # a settings file edited by hand
        minutes = DEFAULT_MINUTES
    return max(1, min(MAX_MINUTES, minutes))


def _saved_corner() -> Corner:
    try:
        return Corner(_setting("corner", Corner.BOTTOM_LEFT.value))
    except ValueError:
        return Corner.BOTTOM_LEFT


def _mnemonic(minutes: int, text: str) -> str:
    """'&5 min', '1&0 min': the preset's last digit picks it in the menu."""
    number = str(minutes)
    return text.replace(number, number[:-1] + "&" + number[-1], 1)


class WorkshopTimer(QFrame):
    """The timer over the map. `placed` asks the owner to place it again (it came,
    went, moved to another corner or changed size); `announced` carries what was
    announced to screen readers."""

    placed = Signal()
    announced = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_timer")
        self.setAccessibleName(self.tr("Workshop timer"))
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)  # no vote under it
        self.setAutoFillBackground(True)  # opaque: its repaints never reach the map
        # Over the view a child would take the canvas's Base role: the phase's colour
        # is set on Window.
        self.setBackgroundRole(QPalette.ColorRole.Window)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * CONTROL_FONT_SCALE)
        self.setFont(font)
        self.countdown = Countdown(_saved_minutes(), self)
        self.corner = _saved_corner()
        self.large = _flag("large")
        self.face = TimerFace(self)
        self.face.set_large(self.large)
        self.status = QLabel(self)
        self.menu = self._build_menu()
        self._build_controls()
        self._lay_out()
        self.look = PLAIN
        self._set_look(PLAIN)
        self._heard = (self.countdown.phase(), False, self.countdown.duration_ms,
                       self.countdown.chosen_ms)
        self.countdown.changed.connect(self.refresh)
        self.countdown.finished.connect(self._finished)
        self.refresh()

    def _build_controls(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        self.status.setFont(bold)
        self.status.setWordWrap(True)  # a long translation takes two lines, not the width
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.start = self._button(self.tr("Start"), self.tr("Start or pause (S)"))
        self.start.clicked.connect(self.countdown.toggle)
        self.plus = self._button(self.tr("+1 min"), self.tr("Add a minute (+)"))
        self.plus.clicked.connect(self.countdown.add_minute)
        self.reset = self._button(self.tr("Reset"), self.tr("Back to the full time (R)"))
        self.reset.clicked.connect(self.countdown.reset)
        self.more = self._button(self.tr("Timer"),
                                 self.tr("Duration, sound, corner and size (D)"))
        self.more.setMenu(self.menu)
        self._start_texts = {Phase.READY: self.tr("Start"), Phase.RUNNING: self.tr("Pause"),
                             Phase.PAUSED: self.tr("Resume"), Phase.DONE: self.tr("Restart")}
        # As wide as its widest text: the timer keeps its size through the phases.
        self.start.setMinimumWidth(max(self.start.fontMetrics().horizontalAdvance(text)
                                       for text in self._start_texts.values()) + 24)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the map
        return button

    def _lay_out(self) -> None:
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(*(LOOK_MARGIN,) * 4)  # clear of the thickest frame
        self.grid.setSpacing(4)
        self.grid.setColumnMinimumWidth(1, 8)
        self.grid.setRowStretch(0, 1)  # large digits: the words stay just above the buttons
        self._arrange()

    def _arrange(self) -> None:
        """The digits on the left, the words and the buttons beside them: two by two
        beside normal digits (low enough to sit beside the workshop panel on a 1280 x 720
        projector), in one column beside large ones, which are that tall anyway: the
        column's width goes to the digits (at 1024 px the panel leaves the timer so
        little that large digits beside two columns were no larger than normal ones)."""
        buttons = (self.start, self.plus, self.reset, self.more)
        for widget in (self.face, self.status, *buttons):
            self.grid.removeWidget(widget)
        places = CONTROLS[self.large]
        self.grid.addWidget(self.face, 0, 0, max(row for row, _ in places) + 1, 1)
        self.grid.addWidget(self.status, 0, 2, 1, 1 if self.large else 2,
                            Qt.AlignmentFlag.AlignBottom)
        for button, (row, column) in zip(buttons, places, strict=True):
            self.grid.addWidget(button, row, column)

    def _build_menu(self) -> QMenu:
        menu = QMenu(self)
        self.presets = QActionGroup(menu)
        for minutes in PRESETS:
            text = _mnemonic(minutes, self.tr("%n min", "", minutes))
            action = menu.addAction(text, partial(self.set_minutes, minutes))
            action.setCheckable(True)
            action.setData(minutes)
            self.presets.addAction(action)
        menu.addAction(self.tr("&Other Duration…"), self.ask_minutes)
        menu.addSeparator()
        self.sound = menu.addAction(self.tr("&Sound at the End"))
        self.sound.setCheckable(True)
        self.sound.setChecked(_flag("sound"))
        self.sound.toggled.connect(lambda on: QSettings().setValue(KEY + "sound", on))
        self.large_action = menu.addAction(self.tr("&Large Digits") + "\tL", self.toggle_size)
        self.large_action.setCheckable(True)
        self.large_action.setChecked(self.large)
        menu.addAction(self.tr("Next &Corner") + "\tC", self.next_corner)
        menu.addAction(self.tr("&Hide Timer") + "\tT", self.toggle_shown)
        return menu

    # --- commands ------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """The timer's keys in workshop mode; True when the key was one of them."""
        key = event.key()
        shift_only = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                               | Qt.KeyboardModifier.KeypadModifier)
        plain = shift_only and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Plus and shift_only or key == Qt.Key.Key_Equal and plain:
            self.countdown.add_minute()  # '+' is Shift+= on many keyboards
        elif not plain:
            return False
        elif key == Qt.Key.Key_T:
            self.toggle_shown()
            return True  # the one key that may hide it
        elif key == Qt.Key.Key_S:
            self.countdown.toggle()
        elif key == Qt.Key.Key_R:
            self.countdown.reset()
        elif key == Qt.Key.Key_D:
            self._show()
            self.menu.popup(self.mapToGlobal(QPoint(0, 0)))
        elif key == Qt.Key.Key_C:
            self.next_corner()
        elif key == Qt.Key.Key_L:
            self.toggle_size()
        else:
            return False
        self._show()
        return True

    def _show(self) -> None:
        if self.isHidden():
            self.toggle_shown()

    def toggle_shown(self) -> None:
        self.setVisible(self.isHidden())
        self.placed.emit()

    def set_minutes(self, minutes: int) -> None:
        QSettings().setValue(KEY + "minutes", minutes)
        self.countdown.set_minutes(minutes)

    def ask_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(self.window(), self.tr("Timer"), self.tr("Minutes:"),
                                          self.countdown.chosen_ms // MINUTE_MS, 1, MAX_MINUTES)
        if ok:
            self.set_minutes(minutes)

    def next_corner(self) -> None:
        corners = list(Corner)
        self.corner = corners[(corners.index(self.corner) + 1) % len(corners)]
        QSettings().setValue(KEY + "corner", self.corner.value)
        self.placed.emit()

    def toggle_size(self) -> None:
        self.large = not self.large
        QSettings().setValue(KEY + "large", self.large)
        self._arrange()
        self.face.set_large(self.large)
        self.large_action.setChecked(self.large)
        self.placed.emit()

    def _finished(self) -> None:
        if self.sound.isChecked():
            QApplication.beep()  # QtMultimedia is not in the bundle; the system's bell is

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """After each change of the countdown: the digits, and, on a change of phase,
        the colours and words."""
        countdown = self.countdown
        phase, seconds = countdown.phase(), countdown.seconds_left()
        last_minute = phase is not Phase.READY and seconds <= MINUTE_MS // 1000
        look = TIMES_UP if phase is Phase.DONE else LAST_MINUTE if last_minute else PLAIN
        if self.face.set_time(seconds, countdown.duration_ms, phase is Phase.DONE):
            self.placed.emit()  # more digits (10:00 after 9:59): a wider timer
        if look != self.look:
            self._set_look(look)
        self.status.setText(self._status(phase, last_minute))
        self.start.setText(self._start_texts[phase])
        self.face.setAccessibleName(self._spoken(phase, seconds))
        for action in self.presets.actions():
            action.setChecked(action.data() * MINUTE_MS == countdown.chosen_ms)
        self._announce_changes(phase, last_minute)

    def _status(self, phase: Phase, last_minute: bool) -> str:
        if phase is Phase.DONE:
            return self.tr("Ended")
        if phase is Phase.PAUSED:
            return self.tr("Paused")
        if last_minute:
            return self.tr("Last minute")
        return self.tr("Running") if phase is Phase.RUNNING else self.tr("Ready: S starts")

    def _spoken(self, phase: Phase, seconds: int) -> str:
        """The face's name for screen readers: it changes at most once a minute."""
        if phase is Phase.DONE:
            return self.tr("Time's up")
        if seconds < 60:
            return self.tr("Timer: less than a minute left")
        return self.tr("Timer: %n min left", "", -(-seconds // 60))

    def _set_look(self, look: Look) -> None:
        self.look = look
        palette = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, QColor(look.background))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(look.ink))
        self.setPalette(palette)  # the face and the status label inherit it
        self.update()

    def _announce_changes(self, phase: Phase, last_minute: bool) -> None:
        """Screen readers hear a new duration, a minute added, the phases and the last
        minute: never the seconds."""
        was_phase, was_last, was_duration, was_chosen = self._heard
        countdown = self.countdown
        self._heard = (phase, last_minute, countdown.duration_ms, countdown.chosen_ms)
        digits = self.face.text
        if countdown.chosen_ms != was_chosen:
            text = self.tr("Timer set to {0}").format(digits)
        elif countdown.duration_ms > was_duration:
            text = self.tr("A minute added, {0} left").format(digits)
        elif phase is not was_phase:
            text = {Phase.READY: self.tr("Timer set to {0}"),
                    Phase.RUNNING: self.tr("Timer running, {0} left"),
                    Phase.PAUSED: self.tr("Timer paused, {0} left"),
                    Phase.DONE: self.tr("Time's up")}[phase].format(digits)
        elif last_minute and not was_last:
            text = self.tr("One minute left")
        else:
            return
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
        self.announced.emit(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        painter = QPainter(self)
        pen = QPen(QColor(self.look.frame), self.look.frame_width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = self.look.frame_width // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))

    def place(self, panel: QRect) -> None:
        """In its bottom corner of the parent beside the workshop panel, its top level
        with the panel's; above the panel only where the two do not fit side by side
        (a window far narrower than a projector)."""
        self.adjustSize()
        parent = self.parentWidget()
        if parent is None:
            return
        height = max(self.height(), panel.height())  # one band, one top edge
        left = self.corner is Corner.BOTTOM_LEFT
        x = MARGIN if left else parent.width() - self.width() - MARGIN
        y = parent.height() - height - MARGIN
        if QRect(x, y, self.width(), height).intersects(panel):
            height = self.height()
            y = panel.top() - height - MARGIN // 2
        self.setGeometry(max(0, x), max(0, y), self.width(), height)

    def fit_width(self, widest: int) -> None:
        """No wider than `widest` (the room the workshop panel leaves): smaller digits."""
        others = self.sizeHint().width() - self.face.sizeHint().width()
        self.face.fit_width(widest - others)

    def takes_the_right(self) -> bool:
        """Shown in the bottom right corner: the panel goes to the left."""
        return not self.isHidden() and self.corner is Corner.BOTTOM_RIGHT

    def band_top(self) -> int | None:
        """Where the map must end for the timer to cover none of it (None: hidden)."""
        return None if self.isHidden() else self.y()
