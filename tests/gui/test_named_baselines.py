"""Issue 18, item 7: named baselines. A revision named in the history (or the map marked
as it is now) is kept in the file and offered in the compare dock, which then shows
what changed since; undo takes the name back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.fileformat import read_workspace
from journey_editor.model.baselines import baselines, snapshot_of
from journey_editor.ui.baseline_name_dialog import BaselineNameDialog, mark_baseline
from journey_editor.ui.history_dialog import HistoryDialog
from journey_editor.ui.main_window import MainWindow

BASELINE = "Post-workshop baseline"


@pytest.fixture
def window(qtbot: QtBot, saved: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document.open(saved))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.docks["compare"].widget() is not None)  # docks filled in
    return window


def _document(window: MainWindow) -> Document:
    assert window.document is not None
    return window.document


def _retitle_first_card(window: MainWindow, title: str) -> None:
    document = _document(window)
    journey = document.workspace.journeys[0]
    assert edit_facade.edit(document, journey.id, "card", journey.cards[0].id, {"title": title})


def _history(window: MainWindow, qtbot: QtBot) -> HistoryDialog:
    dialog = window.file_safety.show_revision_history()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _click_row(qtbot: QtBot, dialog: HistoryDialog, row: int) -> None:
    rect = dialog.tree.visualItemRect(dialog.tree.topLevelItem(row))
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _type_name(qtbot: QtBot, parent: object, name: str) -> BaselineNameDialog:
    dialog = next(d for d in parent.findChildren(BaselineNameDialog)  # type: ignore[attr-defined]
                  if d.isVisible())
    qtbot.keyClicks(dialog.edit, name)  # replaces the suggested name, which is selected
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    return dialog


def _name_newest_in_history(window: MainWindow, qtbot: QtBot, name: str) -> HistoryDialog:
    history = _history(window, qtbot)
    _click_row(qtbot, history, 0)
    qtbot.mouseClick(history.name_button, Qt.MouseButton.LeftButton)
    _type_name(qtbot, history, name)
    return history


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Picks an entry with the keyboard, as a user tabbing through the dock would."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, [combo.itemText(i) for i in range(combo.count())]


def _compare_dock(window: MainWindow) -> None:
    window.docks["compare"].show()
    window.docks["compare"].raise_()  # the comparison runs while its tab shows


def _groups(window: MainWindow) -> dict[str, list[str]]:
    entries = window.panels.compare.entries
    groups: dict[str, list[str]] = {}
    rows: list[str] = []
    for row in range(entries.count()):
        item: QListWidgetItem = entries.item(row)
        if item.flags() & Qt.ItemFlag.ItemIsSelectable:
            rows.append(item.text())
        else:
            groups[item.text()] = rows = []
    return groups


def _versions(window: MainWindow) -> list[str]:
    combo = window.panels.compare.version
    return [combo.itemText(i) for i in range(combo.count())]


def test_naming_a_revision_in_history_keeps_the_saved_map_to_compare_with(
        window: MainWindow, qtbot: QtBot, saved: Path) -> None:
    old_title = _document(window).workspace.journeys[0].cards[0].title
    _retitle_first_card(window, "Self-service kiosk")  # after the workshop, not saved
    history = _name_newest_in_history(window, qtbot, BASELINE)

    assert history.rows()[0][1] == BASELINE
    assert history.tree.topLevelItem(0).font(1).bold()
    kept = snapshot_of(_document(window).workspace, baselines(_document(window).workspace)[0])
    assert kept is not None and kept.journeys[0].cards[0].title == old_title  # as saved

    _compare_dock(window)
    version = next(v for v in _versions(window) if BASELINE in v)
    _choose(qtbot, window.panels.compare.version, version)
    changed = _groups(window)["Cards changed (1)"]
    assert "Self-service kiosk" in changed[0] and old_title in changed[0]

    window.actions["undo"].trigger()  # the naming, not the card's title
    assert history.rows()[0][1] == "" and not history.tree.topLevelItem(0).font(1).bold()
    assert not any(BASELINE in v for v in _versions(window))
    assert _document(window).workspace.journeys[0].cards[0].title == "Self-service kiosk"
    window.actions["redo"].trigger()
    assert history.rows()[0][1] == BASELINE

    assert window.files.save()
    again = read_workspace(saved)
    assert [r.name for r in baselines(again)] == [BASELINE]
    kept = snapshot_of(again, baselines(again)[0])
    assert kept is not None and kept.journeys[0].cards[0].title == old_title
    history.close()


def test_mark_baseline_keeps_the_map_as_it_is_now_and_compares_with_later_edits(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = mark_baseline(window.document, window)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _type_name(qtbot, window, BASELINE)
    assert not dialog.isVisible()
    _retitle_first_card(window, "Self-service kiosk")

    _compare_dock(window)
    version = next(v for v in _versions(window) if BASELINE in v)
    _choose(qtbot, window.panels.compare.version, version)
    assert list(_groups(window)) == ["Cards changed (1)"]
    _choose(qtbot, window.panels.compare.version, "This map")  # two journeys of the map again
    assert window.panels.compare.before.count() == len(_document(window).workspace.journeys)

    history = _history(window, qtbot)
    assert history.rows()[0][1] == BASELINE and history.tree.topLevelItem(0).font(0).bold()
    history.close()


def test_a_taken_name_is_refused_in_the_dialog_with_the_reason(
        window: MainWindow, qtbot: QtBot) -> None:
    assert edit_facade.mark_baseline(_document(window), BASELINE, "ann")
    dialog = mark_baseline(window.document, window)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _type_name(qtbot, window, "post-workshop  BASELINE")
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "already named" in dialog.problem.text()
    assert len(baselines(_document(window).workspace)) == 1
    dialog.reject()


def test_history_filters_baselines_and_older_revisions_cannot_be_named(
        window: MainWindow, qtbot: QtBot) -> None:
    document = _document(window)
    assert edit_facade.mark_baseline(document, BASELINE, "ann")
    assert edit_facade.mark_baseline(document, "Launch", "bo")
    history = _history(window, qtbot)
    everything = len(history.rows())
    assert everything == len(document.workspace.revisions) == 3

    qtbot.mouseClick(history.named_only, Qt.MouseButton.LeftButton)
    assert [row[1] for row in history.rows()] == ["Launch", BASELINE]
    qtbot.keyClicks(history.filter, "bo")
    assert [row[1] for row in history.rows()] == ["Launch"]
    qtbot.mouseClick(history.named_only, Qt.MouseButton.LeftButton)
    history.filter.clear()
    assert len(history.rows()) == everything

    _click_row(qtbot, history, 2)  # the oldest, unnamed: the log kept no map for it
    assert not history.name_button.isEnabled() and history.name_button.toolTip()
    _click_row(qtbot, history, 1)
    qtbot.mouseClick(history.unname_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in baselines(document.workspace)] == ["Launch"]
    assert history.rows()[1][1] == ""
    history.close()


def test_the_dock_compares_with_the_saved_file_until_the_next_save(
        window: MainWindow, qtbot: QtBot) -> None:
    _compare_dock(window)
    _choose(qtbot, window.panels.compare.version, "Saved file")
    assert list(_groups(window)) == []  # nothing changed since the file was opened
    _retitle_first_card(window, "Self-service kiosk")
    assert list(_groups(window)) == ["Cards changed (1)"]
    assert window.files.save()  # the saved file now holds the edit
    assert list(_groups(window)) == []
    assert window.panels.compare.lines.item(0).text() == "No differences"


def test_the_version_list_names_a_baseline_once_with_its_date_once(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = mark_baseline(window.document, window)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    suggested = dialog.edit.text()  # "Baseline of <date>"
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # kept as suggested
    _compare_dock(window)
    entries = _versions(window)
    assert suggested in entries  # the name alone: no "Baseline:" before it, no date again
    assert not any(e.startswith("Baseline:") for e in entries)
