"""Survey import through the dialog (one undo step) and the heat overlay."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.canvas.heat import heat_colour
from journey_editor.editor.document import Document
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.survey_dialog import SurveyDialog
from tests.factories import small_workspace

GOOD = "Touchpoint,Metric,Value,Date\nAd,NPS,10,2026-01-01\nCheckout,NPS,30,2026-01-02\n" \
       "invoice,NPS,50,2.1.2026\nAd,CSAT,4.5,2026-01-03\n"


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document(small_workspace()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), "CSV files (*.csv *.txt)"))


def _run_dialog(monkeypatch: pytest.MonkeyPatch, click_import: bool) -> list[SurveyDialog]:
    """Replaces the modal loop: records the dialog and presses Import if it can."""
    seen: list[SurveyDialog] = []

    def fake_exec(dialog: SurveyDialog) -> int:
        seen.append(dialog)
        if click_import and dialog.import_button.isEnabled():
            dialog.import_button.click()
        return int(dialog.result())

    monkeypatch.setattr(SurveyDialog, "exec", fake_exec)
    return seen


def _metrics(window: MainWindow) -> dict[str, list[tuple[str, float]]]:
    assert window.document is not None
    return {c.id: [(m.name, m.value) for m in c.metrics]
            for c in window.document.journey("j1").cards}


def test_import_through_the_dialog_is_one_undo_step(window: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "survey.csv"
    path.write_text(GOOD, encoding="utf-8")
    _choose(monkeypatch, path)
    seen = _run_dialog(monkeypatch, click_import=True)
    before = _metrics(window)
    window.actions["import_survey"].trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert seen[0].preview.rowCount() == 4
    after = _metrics(window)
    assert after["a"] == [("NPS", 10.0), ("CSAT", 4.5)]
    assert after["b"] == [("CSAT", 4.2), ("NPS", 30.0)]
    assert after["c"] == [("NPS", 50.0)]
    assert window.document is not None
    assert window.document.undo_stack.count() == 1
    window.actions["undo"].trigger()
    assert _metrics(window) == before
    window.actions["redo"].trigger()
    assert _metrics(window) == after


def _pick_column(qtbot: QtBot, dialog: SurveyDialog, role: str, header: str) -> None:
    """Picks a column for a role as a keyboard user does: arrow keys on the drop-down."""
    combo = dialog.combos[role]
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == header:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == header


def test_bad_rows_block_the_import_until_the_mapping_is_fixed(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "survey.csv"
    path.write_text("Step,KPI,Score\nAd,NPS,1\nNowhere,NPS,x\n", encoding="utf-8")
    assert window.document is not None
    dialog = SurveyDialog(window.document, "j1", window)
    dialog.load(path)
    assert not dialog.import_button.isEnabled()
    assert "missing column" in dialog.errors.item(0).text()
    for role, header in (("touchpoint", "Step"), ("metric", "KPI"), ("value", "Score")):
        _pick_column(qtbot, dialog, role, header)
    texts = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert len(texts) == 2 and all(t.startswith("row 3") for t in texts)
    assert not dialog.import_button.isEnabled()
    path.write_text("Step,KPI,Score\nAd,NPS,1\n", encoding="utf-8")
    dialog.load(path)
    assert dialog.errors.count() == 1  # detection does not know these headers
    for role, header in (("touchpoint", "Step"), ("metric", "KPI"), ("value", "Score")):
        _pick_column(qtbot, dialog, role, header)
    assert dialog.errors.count() == 0 and dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert _metrics(window)["a"] == [("NPS", 1.0)]


def test_hostile_file_is_reported_in_the_dialog(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_bytes("Touchpoint,Metric,Value\nAd,NPS,1\n".encode("utf-16"))
    assert window.document is not None
    dialog = SurveyDialog(window.document, "j1", window)
    dialog.load(path)
    assert "UTF-16" in dialog.errors.item(0).text()
    assert not dialog.import_button.isEnabled()


def test_cancelled_file_choice_imports_nothing(window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    seen = _run_dialog(monkeypatch, click_import=True)
    window.actions["import_survey"].trigger()
    assert seen == []
    assert window.document is not None and window.document.undo_stack.count() == 0


def test_heat_overlay_colours_the_cards_with_the_metric(window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "survey.csv"
    path.write_text(GOOD, encoding="utf-8")
    _choose(monkeypatch, path)
    _run_dialog(monkeypatch, click_import=True)
    window.actions["import_survey"].trigger()
    window.heat.fill_menu()
    names = [a.text() for a in window.heat.menu.actions()]
    assert names[:3] == ["Off", "CSAT", "NPS"]
    next(a for a in window.heat.menu.actions() if a.text() == "NPS").trigger()
    scene = window.view.journey_scene()
    cards = scene.cards
    assert scene.heat_range == (10.0, 50.0)
    assert cards["a"].heat == heat_colour(0.0) == "#e06c5f"  # lowest: red
    assert cards["b"].heat == heat_colour(0.5)  # middle: amber
    assert cards["c"].heat == heat_colour(1.0) == "#7cc07a"  # highest: green
    assert cards["g"].heat is None and cards["g"].dimmed
    assert not cards["a"].dimmed
    assert "10" in window.statusBar().currentMessage()
    window.heat.fill_menu()
    assert any("red 10" in a.text() for a in window.heat.menu.actions())
    # Edits keep the overlay current; undoing the import leaves only card b's old CSAT.
    window.heat.set("CSAT")
    assert cards["a"].heat == "#7cc07a" and cards["b"].heat == "#e06c5f"
    assert window.document is not None
    window.document.undo_stack.undo()
    assert cards["a"].heat is None and cards["a"].dimmed and cards["b"].heat is not None
    window.heat.set(None)
    assert all(item.heat is None and not item.dimmed for item in cards.values())


def test_paint_with_heat(window: MainWindow) -> None:
    scene = window.view.journey_scene()
    scene.set_heat("CSAT")
    window.view.viewport().grab()  # paints every card with and without a heat colour
    assert scene.cards["b"].heat is not None and scene.cards["a"].dimmed
