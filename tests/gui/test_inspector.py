"""The Inspector dock driven like a user: typing, picking, clicking; then undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journey_editor.editor import commands
from journey_editor.editor.document import Document
from journey_editor.model.types import Card, Metric
from journey_editor.ui.inspector import Inspector
from tests.factories import small_workspace


@pytest.fixture
def inspector(qtbot: QtBot, doc: Document) -> Inspector:
    widget = Inspector(doc)
    qtbot.addWidget(widget)
    widget.resize(360, 800)
    widget.show()
    return widget


def _line(inspector: Inspector, name: str) -> QLineEdit:
    widget = inspector.field_widget(name)
    assert isinstance(widget, QLineEdit)
    return widget


def _combo(inspector: Inspector, name: str) -> QComboBox:
    widget = inspector.field_widget(name)
    assert isinstance(widget, QComboBox)
    return widget


def _pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def _replace_text(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _hint_visible(inspector: Inspector) -> bool:
    hint = inspector.findChild(QLabel, "hint")
    return hint is not None and hint.isVisible()


def test_nothing_selected_shows_a_hint(inspector: Inspector) -> None:
    assert _hint_visible(inspector)
    assert "Select a card" in inspector.findChild(QLabel, "hint").text()
    inspector.show_item("j1", "card", "b")
    assert not _hint_visible(inspector)
    inspector.show_item(None, None, None)
    assert _hint_visible(inspector) and inspector.shown_item() is None


def test_card_fields_show_the_model(inspector: Inspector) -> None:
    inspector.show_item("j1", "card", "b")
    assert _line(inspector, "title").text() == "Checkout"
    pain = inspector.field_widget("pain_points")
    assert isinstance(pain, QPlainTextEdit) and pain.toPlainText() == "Too many steps"
    assert _combo(inspector, "emotion").currentText() == "-2 frustrated"
    assert _combo(inspector, "stage").currentText() == "During"
    assert inspector.field_widget("key_touchpoint").isChecked()
    votes = inspector.field_widget("votes")
    assert isinstance(votes, QLabel) and "3" in votes.text()
    metrics = inspector.field_widget("metrics")
    assert isinstance(metrics, QTableWidget)
    assert [metrics.item(0, c).text() for c in range(3)] == ["CSAT", "4.2", "2026-10-01"]


def test_typing_a_title_is_one_undo_step(qtbot: QtBot, inspector: Inspector,
                                         doc: Document) -> None:
    inspector.show_item("j1", "card", "b")
    title = _line(inspector, "title")
    _replace_text(qtbot, title, "Hello")
    assert doc.find("j1", "card", "b").title == "Hello"
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Edit card 'Checkout': Title"
    doc.undo_stack.undo()
    assert doc.find("j1", "card", "b").title == "Checkout"
    assert title.text() == "Checkout"


def test_the_cursor_stays_where_the_user_types(qtbot: QtBot, inspector: Inspector,
                                               doc: Document) -> None:
    inspector.show_item("j1", "card", "b")
    title = _line(inspector, "title")
    title.setCursorPosition(2)
    qtbot.keyClicks(title, "XY")
    assert doc.find("j1", "card", "b").title == "ChXYeckout"
    assert title.cursorPosition() == 4  # the refresh did not reset the text


def test_a_long_value_shows_its_beginning(inspector: Inspector, doc: Document) -> None:
    doc.journey("j1").departments = ["Marketing", "Sales", "Logistics", "Finance", "Support"]
    inspector.show_item("j1", "journey", "j1")
    departments = _line(inspector, "departments")
    assert departments.text().startswith("Marketing")
    assert departments.cursorPosition() == 0  # what a narrow field shows is "Marketing, ..."


def test_undo_while_typing_keeps_the_cursor_at_the_end(qtbot: QtBot, inspector: Inspector,
                                                        doc: Document) -> None:
    inspector.show_item("j1", "card", "b")
    title = _line(inspector, "title")
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.end(False)
    qtbot.keyClicks(title, "xyz")
    doc.undo_stack.undo()  # Ctrl+Z in the window while the field has focus
    qtbot.keyClicks(title, "Q")
    assert doc.find("j1", "card", "b").title == "CheckoutQ"


def test_typing_notes_is_one_undo_step(qtbot: QtBot, inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "card", "a")
    notes = inspector.field_widget("notes")
    assert isinstance(notes, QPlainTextEdit)
    qtbot.keyClicks(notes, "Banner on the home page")
    assert doc.find("j1", "card", "a").notes == "Banner on the home page"
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Edit card 'Ad': Notes"


def test_changing_status_with_the_combo(inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "card", "a")
    _pick(_combo(inspector, "status"), "Validated")
    assert doc.find("j1", "card", "a").status == "validated"
    doc.undo_stack.undo()
    assert _combo(inspector, "status").currentText() == "Draft"


def test_emotion_can_be_cleared(inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "card", "a")
    _pick(_combo(inspector, "emotion"), "none")
    assert doc.find("j1", "card", "a").emotion is None
    _pick(_combo(inspector, "emotion"), "+3 delighted")
    assert doc.find("j1", "card", "a").emotion == 3


def test_toggling_key_touchpoint(qtbot: QtBot, inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "card", "a")
    box = inspector.field_widget("key_touchpoint")
    assert isinstance(box, QCheckBox) and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert doc.find("j1", "card", "a").key_touchpoint is True
    assert doc.undo_stack.undoText() == "Edit card 'Ad': Key touchpoint"
    doc.undo_stack.undo()
    assert not box.isChecked()


def test_picking_another_stage_moves_the_card(inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "card", "a")
    _pick(_combo(inspector, "stage"), "After")
    card = doc.find("j1", "card", "a")
    assert (card.stage, card.lane) == ("after", "web")
    assert doc.undo_stack.undoText() == "Move card 'Ad'"


def test_colour_is_picked_and_cleared(qtbot: QtBot, inspector: Inspector, doc: Document,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *args: QColor("#ff8800")))
    inspector.show_item("j1", "card", "a")
    button = inspector.field_widget("color")
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert doc.find("j1", "card", "a").color == "#ff8800"
    assert button.text() == "#ff8800"
    clear = button.parentWidget().findChild(QToolButton)
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert doc.find("j1", "card", "a").color is None


def test_metrics_table_edits_add_and_remove_rows(inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "card", "b")
    table = inspector.field_widget("metrics")
    assert isinstance(table, QTableWidget)
    table.item(0, 1).setText("4,5")  # a decimal comma is understood
    assert doc.find("j1", "card", "b").metrics[0].value == 4.5
    table.item(0, 2).setText("next week")
    assert inspector.field_error("metrics") is not None
    assert doc.find("j1", "card", "b").metrics[0].date == dt.date(2026, 10, 1)
    add = table.parentWidget().findChildren(QPushButton)[0]
    add.click()
    assert [m.name for m in doc.find("j1", "card", "b").metrics] == ["CSAT", "New metric"]
    assert table.rowCount() == 2
    table.selectRow(0)
    table.parentWidget().findChildren(QPushButton)[1].click()
    assert [m.name for m in doc.find("j1", "card", "b").metrics] == ["New metric"]
    doc.undo_stack.undo()
    assert table.item(0, 0).text() == "CSAT"


def test_evidence_kind_is_chosen_from_the_list(inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "card", "b")
    table = inspector.field_widget("evidence")
    assert isinstance(table, QTableWidget)
    assert table.item(0, 0).text() == "Survey"
    table.item(0, 0).setText("Focus group")  # what the cell's drop-down writes
    assert doc.find("j1", "card", "b").evidence[0].kind == "focus_group"
    assert doc.find("j1", "card", "b").evidence[0].note == "Q3 survey"


def test_editing_a_stage_name_and_width(qtbot: QtBot, inspector: Inspector,
                                        doc: Document) -> None:
    inspector.show_item("j1", "stage", "during")
    _replace_text(qtbot, _line(inspector, "name"), "Buying")
    assert doc.find("j1", "stage", "during").name == "Buying"
    assert doc.undo_stack.undoText() == "Edit stage 'During': Name"
    width = inspector.field_widget("width")
    assert isinstance(width, QDoubleSpinBox) and width.text() == "auto"
    width.setValue(250)
    assert doc.find("j1", "stage", "during").width == 250
    width.setValue(5)  # below the minimum of 10 points
    assert inspector.field_error("width") is not None
    assert doc.find("j1", "stage", "during").width == 250
    width.setValue(width.minimum())
    assert doc.find("j1", "stage", "during").width is None


def test_stage_phase_offers_none(inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "stage", "before")
    assert _combo(inspector, "phase").currentText() == "Before purchase"
    _pick(_combo(inspector, "phase"), "none")
    assert doc.find("j1", "stage", "before").phase is None


def test_editing_a_lane_kind(inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "lane", "goals")
    assert _combo(inspector, "kind").currentText() == "Sticky notes"
    _pick(_combo(inspector, "kind"), "Emotion curve")
    assert doc.find("j1", "lane", "goals").kind == "emotion"
    assert doc.undo_stack.undoText() == "Edit lane 'Goals': Kind"


def test_editing_the_journey_goal(qtbot: QtBot, inspector: Inspector, doc: Document) -> None:
    inspector.show_item(None, "journey", "j1")
    goal = inspector.field_widget("goal")
    assert isinstance(goal, QPlainTextEdit)
    assert goal.toPlainText() == "Fewer abandoned carts"
    _replace_text(qtbot, goal, "Fewer late deliveries")
    assert doc.journey("j1").goal == "Fewer late deliveries"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert goal.toPlainText() == "Fewer abandoned carts"


def test_journey_persona_and_departments(qtbot: QtBot, inspector: Inspector,
                                         doc: Document) -> None:
    inspector.show_item("j1", "journey", "j1")
    persona = _combo(inspector, "persona")
    assert persona.currentText() == "Ann"
    _pick(persona, "none")
    assert doc.journey("j1").persona is None
    qtbot.keyClicks(_line(inspector, "departments"), "Warehouse, Delivery ,Support")
    assert doc.journey("j1").departments == ["Warehouse", "Delivery", "Support"]


def test_a_pasted_title_that_is_too_long_is_refused(qtbot: QtBot, inspector: Inspector,
                                                    doc: Document) -> None:
    inspector.show_item("j1", "card", "b")
    title = _line(inspector, "title")
    QGuiApplication.clipboard().setText("x" * 600)
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(title.text()) == 600
    assert doc.find("j1", "card", "b").title == "Checkout"
    assert doc.undo_stack.count() == 0
    assert "500" in (inspector.field_error("title") or "")
    _replace_text(qtbot, title, "Pay")  # a valid value clears the error
    assert doc.find("j1", "card", "b").title == "Pay"
    assert inspector.field_error("title") is None


def test_deleting_the_shown_card_shows_the_hint(inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "card", "b")
    doc.push(commands.make_remove_cards(doc, "j1", ["b"]))
    assert _hint_visible(inspector) and inspector.shown_item() is None


def test_undoing_the_creation_of_the_shown_card_shows_the_hint(inspector: Inspector,
                                                               doc: Document) -> None:
    doc.push(commands.make_add_card(doc, "j1", Card(id="n", stage="during", lane="goals",
                                                    title="New")))
    inspector.show_item("j1", "card", "n")
    assert _line(inspector, "title").text() == "New"
    doc.undo_stack.undo()
    assert _hint_visible(inspector)


def test_an_external_change_updates_the_widget(inspector: Inspector, doc: Document) -> None:
    inspector.show_item("j1", "card", "b")
    doc.push(commands.make_edit(doc, "j1", "card", "b", {"title": "Pay now"}))
    assert _line(inspector, "title").text() == "Pay now"
    assert doc.undo_stack.count() == 1  # the refresh itself made no edit


def test_renaming_a_stage_elsewhere_updates_the_card_stage_choice(inspector: Inspector,
                                                                   doc: Document) -> None:
    inspector.show_item("j1", "card", "b")
    doc.push(commands.make_edit(doc, "j1", "stage", "during", {"name": "Paying"}))
    assert _combo(inspector, "stage").currentText() == "Paying"


def test_set_document_edits_the_new_document(qtbot: QtBot, inspector: Inspector,
                                             doc: Document) -> None:
    inspector.show_item("j1", "card", "a")
    other = Document(small_workspace())
    inspector.set_document(other)
    assert _hint_visible(inspector)
    inspector.show_item("j1", "card", "a")
    _replace_text(qtbot, _line(inspector, "title"), "Banner")
    assert other.find("j1", "card", "a").title == "Banner"
    assert doc.find("j1", "card", "a").title == "Ad"
    doc.push(commands.make_remove_cards(doc, "j1", ["a"]))  # the old document is not followed
    assert not _hint_visible(inspector)


def test_ctrl_z_in_a_text_field_undoes_the_document(qtbot: QtBot, doc: Document) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    inspector = Inspector(doc, window)
    QVBoxLayout(window).addWidget(inspector)
    undo = QAction("Undo", window)  # as the main window's Edit > Undo
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(doc.undo_stack.undo)
    window.addAction(undo)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    inspector.show_item("j1", "card", "b")
    title = _line(inspector, "title")
    title.setFocus()
    qtbot.keyClicks(title, "Hi")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Checkout"
    assert doc.undo_stack.index() == 0  # undone on the stack, not re-edited by the widget


def test_a_refused_cell_shows_the_saved_value_again_after_a_change(inspector: Inspector,
                                                                   doc: Document) -> None:
    doc.push(commands.make_edit(doc, "j1", "card", "b", {"metrics": [
        Metric(name="NPS", value=31.123456789, date=dt.date(2026, 10, 1))]}))
    inspector.show_item("j1", "card", "b")
    table = inspector.field_widget("metrics")
    assert isinstance(table, QTableWidget)
    table.item(0, 0).setText("x" * 600)  # longer than a name may be
    assert inspector.field_error("metrics") is not None
    table.item(0, 2).setText("soon")
    assert inspector.field_error("metrics") is not None
    doc.push(commands.make_edit(doc, "j1", "card", "b", {"title": "Pay"}))
    assert [table.item(0, c).text() for c in (0, 2)] == ["NPS", "2026-10-01"]
    assert inspector.field_error("metrics") is None
    table.item(0, 2).setText("2026-11-01")  # the other cells keep their exact values
    assert doc.find("j1", "card", "b").metrics == [
        Metric(name="NPS", value=31.123456789, date=dt.date(2026, 11, 1))]


def test_an_unknown_preset_is_shown_as_it_is_and_only_for_its_lane(inspector: Inspector,
                                                                   doc: Document) -> None:
    doc.push(commands.make_edit(doc, "j1", "lane", "web", {"preset": "kiosk"}))
    inspector.show_item("j1", "lane", "web")
    preset = _combo(inspector, "preset")
    assert preset.currentText() == "kiosk"
    inspector.show_item("j1", "lane", "goals")
    assert preset.currentText() == "Goals"
    assert preset.findText("kiosk") == -1


def _wheel(widget: QWidget) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_scrolling_past_a_drop_down_does_not_change_it(qtbot: QtBot, inspector: Inspector,
                                                       doc: Document) -> None:
    inspector.show_item("j1", "stage", "during")
    _wheel(_combo(inspector, "phase"))
    _wheel(inspector.field_widget("width"))
    assert doc.undo_stack.count() == 0
    inspector.activateWindow()
    qtbot.waitUntil(inspector.isActiveWindow)
    width = inspector.field_widget("width")
    width.setFocus()
    _wheel(width)  # a focused spin box does take the wheel: up from "auto"
    assert doc.find("j1", "stage", "during").width == 10


def test_typing_again_after_leaving_the_field_is_a_new_undo_step(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    document = Document(small_workspace())
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show()
    inspector.show_item("j1", "card", "a")
    title = inspector.field_widget("title")
    channel = inspector.field_widget("channel")
    assert isinstance(title, QLineEdit) and isinstance(channel, QLineEdit)
    title.setFocus()
    qtbot.waitUntil(lambda: title.cursorPosition() == len("Ad"))  # focused: typing appends
    qtbot.keyClicks(title, "!")
    channel.setFocus()
    qtbot.keyClicks(channel, "Web")
    title.setFocus()
    qtbot.keyClicks(title, "?")
    assert document.find("j1", "card", "a").title == "Ad!?"
    assert document.undo_stack.count() == 3
