"""File > Export > Interview Guide…: the dialog writes the guide a user chose, says why it
could not, and a survey's results sheet comes back into the map through Import Survey
Results."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.model.types import Workspace
from journey_editor.templates import new_from_template
from journey_editor.ui.guide_dialog import GuideDialog
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.survey_dialog import SurveyDialog
from tests.benchmarks.bigmap import big_workspace
from tests.factories import small_workspace
from tests.gui.test_ui_language import Interface, interface  # noqa: F401  # the fixture


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> GuideDialog:
    document = Document(small_workspace(), tmp_path / "gift.journey")
    dialog = GuideDialog(document, "j1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _pick_format(qtbot: QtBot, dialog: GuideDialog, key: str) -> None:
    """Chooses a format as a keyboard user does: arrow keys on the drop-down."""
    qtbot.keyClick(dialog.format, Qt.Key.Key_Home)
    for _ in range(dialog.format.count()):
        if dialog.format.currentData() == key:
            return
        qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
    assert dialog.format.currentData() == key


def test_the_interview_guide_is_written_beside_the_map(dialog: GuideDialog, qtbot: QtBot,
                                                       tmp_path: Path) -> None:
    assert Path(dialog.path.text()) == tmp_path / "gift-interview-guide.pdf"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    out = tmp_path / "gift-interview-guide.pdf"
    assert dialog.written == [out] and out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Checkout" in text and "Invoice" in text and "Find a gift" not in text


def test_the_kind_and_format_choose_the_file_name(dialog: GuideDialog, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    qtbot.mouseClick(dialog.survey, Qt.MouseButton.LeftButton)
    assert dialog.survey.isChecked()
    assert Path(dialog.path.text()) == tmp_path / "gift-survey.pdf"
    assert "gift-survey-results.csv" in dialog.note.text()
    _pick_format(qtbot, dialog, "markdown")
    assert Path(dialog.path.text()) == tmp_path / "gift-survey.md"
    qtbot.mouseClick(dialog.interview, Qt.MouseButton.LeftButton)
    assert Path(dialog.path.text()) == tmp_path / "gift-interview-guide.md"
    dialog.path.clear()
    assert not dialog.export_button.isEnabled()


def test_browse_takes_the_chosen_file_and_adds_the_suffix(
        dialog: GuideDialog, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "for the team"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen), "*.md"))
    _pick_format(qtbot, dialog, "markdown")
    browse = next(b for b in dialog.findChildren(type(dialog.export_button))
                  if b.text() == dialog.tr("&Browse…"))
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(chosen) + ".md"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = (tmp_path / "for the team.md").read_text(encoding="utf-8")
    assert text.startswith("# Buying a gift\n") and "### Checkout" in text


def test_a_failure_is_said_in_the_dialog_which_stays_open(dialog: GuideDialog, qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    dialog.path.setText(str(tmp_path / "no such folder" / "guide.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and "guide.pdf" in dialog.error.text()
    assert dialog.written == []


def test_a_filled_survey_sheet_comes_back_through_import_survey_results(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document(small_workspace(), tmp_path / "gift.journey"))
    qtbot.addWidget(window)
    window.show()
    assert window.document is not None
    for card in window.document.journey("j1").cards:
        card.key_touchpoint = card.id in ("a", "b")
    dialog = GuideDialog(window.document, "j1", window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.survey, Qt.MouseButton.LeftButton)
    _pick_format(qtbot, dialog, "docx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    sheet = tmp_path / "gift-survey-results.csv"
    assert dialog.written == [tmp_path / "gift-survey.docx", sheet]
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    scores = iter(("4.5", "3", "2.5", "6"))
    sheet.write_text("\n".join([lines[0], *(f"{line[:-2]},{next(scores)},2026-12-01"
                                            for line in lines[1:])]), encoding="utf-8")

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(sheet), "CSV files (*.csv *.txt)"))

    def press_import(survey: SurveyDialog) -> int:
        survey.import_button.click()
        return int(survey.result())

    monkeypatch.setattr(SurveyDialog, "exec", press_import)
    window.actions["import_survey"].trigger()
    cards = {c.id: [(m.name, m.value) for m in c.metrics]
             for c in window.document.journey("j1").cards}
    assert cards["a"] == [("CSAT", 4.5), ("CES", 3.0)]
    assert cards["b"][-2:] == [("CSAT", 2.5), ("CES", 6.0)]
    assert cards["c"] == []


def _open_dialog(qtbot: QtBot, workspace: Workspace, path: Path) -> GuideDialog:
    dialog = GuideDialog(Document(workspace, path), workspace.journeys[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_in_a_danish_window_the_file_names_are_danish(
        interface: Interface, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: F811  # the fixture
    interface.switch("da")
    dialog = _open_dialog(qtbot, small_workspace(), tmp_path / "gave.journey")
    assert Path(dialog.path.text()) == tmp_path / "gave-interviewguide.pdf"
    qtbot.mouseClick(dialog.survey, Qt.MouseButton.LeftButton)
    assert Path(dialog.path.text()) == tmp_path / "gave-kundeundersøgelse.pdf"
    assert "gave-kundeundersøgelse-results.csv" in dialog.note.text()
    qtbot.mouseClick(dialog.interview, Qt.MouseButton.LeftButton)
    assert Path(dialog.path.text()) == tmp_path / "gave-interviewguide.pdf"


def test_a_survey_of_a_map_without_touchpoints_cannot_be_exported(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    dialog = _open_dialog(qtbot, new_from_template("blank", "en"), tmp_path / "new.journey")
    assert dialog.export_button.isEnabled()  # an interview guide asks where they met us
    qtbot.mouseClick(dialog.survey, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()
    assert "no touchpoints to survey" in dialog.note.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.written == [] and list(tmp_path.iterdir()) == []


def test_the_dialog_says_what_a_future_or_big_maps_guide_asks(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    workspace = new_from_template("retail", "en")
    workspace.journeys[0].state = "future"
    dialog = _open_dialog(qtbot, workspace, tmp_path / "future.journey")
    assert "future state" in dialog.note.text() and "what would you" in dialog.note.text()
    big = _open_dialog(qtbot, big_workspace(2000, 2000), tmp_path / "big.journey")
    assert "too many for one guide" in big.note.text()
    qtbot.mouseClick(big.export_button, Qt.MouseButton.LeftButton)
    assert big.result() == QDialog.DialogCode.Accepted
    assert big.written == [tmp_path / "big-interview-guide.pdf"]
