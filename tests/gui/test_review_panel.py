"""The review dock: lists the findings, shows them on the map, follows edits live."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from journey_editor.analysis.review import (
    INCONSISTENT, KEY_WITHOUT_FEEDBACK, NO_OWNER, TOO_MANY_TEAMS, Finding,
)
from journey_editor.editor import commands
from journey_editor.editor.document import Document
from journey_editor.model.types import Card, Journey, Lane, Stage, new_workspace
from journey_editor.templates import new_from_template
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.review_panel import KEY_MAX_TEAMS, MAX_ROWS_PER_KIND, ReviewPanel

JOURNEY = "journey-retail"


@pytest.fixture
def window(sample_window: MainWindow) -> MainWindow:
    sample_window.docks["review"].raise_()
    return sample_window


def _finding(item: QListWidgetItem) -> Finding:
    return item.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]


def _row(panel: ReviewPanel, kind: str, target: str) -> QListWidgetItem:
    return next(item for item in panel.rows() if _finding(item).kind == kind
                and target in (_finding(item).card_id, _finding(item).stage_id))


def _click(qtbot: QtBot, panel: ReviewPanel, item: QListWidgetItem) -> None:
    panel.list.scrollToItem(item)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _kinds(panel: ReviewPanel) -> list[tuple[str, Any]]:
    return [(f.kind, f.card_id or f.stage_id) for f in map(_finding, panel.rows())]


def test_lists_the_findings_of_the_retail_template(qtbot: QtBot) -> None:
    panel = ReviewPanel(Document(new_from_template("retail")))
    qtbot.addWidget(panel)
    panel.show()  # a panel reviews while it shows (a tabbed-away one waits)
    assert len(panel.rows()) == 9
    assert panel.summary.text() == "9 findings. Click one to show it on the map."
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts[0] == "Inconsistent or wrong information (1)"
    assert "Dead ends before the last stage (2)" in texts
    assert panel.rows()[0].text().startswith("“Website” (Website and online, Choose)")


def test_a_stage_finding_emits_stage_chosen(qtbot: QtBot) -> None:
    panel = ReviewPanel(Document(new_from_template("retail")))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    with qtbot.waitSignal(panel.stageChosen) as signal:
        _click(qtbot, panel, _row(panel, TOO_MANY_TEAMS, "stage-choose"))
    assert signal.args == [JOURNEY, "stage-choose"]


def test_clicking_a_card_finding_selects_the_card(window: MainWindow, qtbot: QtBot) -> None:
    _click(qtbot, window.panels.review, _row(window.panels.review, KEY_WITHOUT_FEEDBACK, "card-store"))
    scene = window.view.journey_scene()
    assert scene.selected_card_ids() == ["card-store"]


def test_clicking_a_stage_finding_selects_the_stage(window: MainWindow, qtbot: QtBot) -> None:
    _click(qtbot, window.panels.review, _row(window.panels.review, TOO_MANY_TEAMS, "stage-discover"))
    scene = window.view.journey_scene()
    assert [h for h, item in scene.stage_headers.items() if item.isSelected()] == [
        "stage-discover"]
    assert scene.selected_card_ids() == []


def test_fixing_a_problem_removes_its_finding_live(window: MainWindow, qtbot: QtBot) -> None:
    document, panel = window.document, window.panels.review
    assert document is not None
    # The stage's Teams lane names its teams, which own its touchpoints too: clear it first.
    document.push(commands.make_edit(document, JOURNEY, "card", "card-team-discover",
                                     {"title": ""}))
    document.push(commands.make_edit(document, JOURNEY, "card", "card-pr", {"owner": ""}))
    qtbot.waitUntil(lambda: (NO_OWNER, "card-pr") in _kinds(panel))
    document.push(commands.make_edit(document, JOURNEY, "card", "card-pr",
                                     {"owner": "Communications"}))
    qtbot.waitUntil(lambda: (NO_OWNER, "card-pr") not in _kinds(panel))
    document.push(commands.make_edit(document, JOURNEY, "card", "card-website",
                                     {"inconsistent": False}))
    qtbot.waitUntil(lambda: (INCONSISTENT, "card-website") not in _kinds(panel))
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: (INCONSISTENT, "card-website") in _kinds(panel))


def test_thresholds_are_settings(qtbot: QtBot) -> None:
    panel = ReviewPanel(Document(new_from_template("retail")))
    qtbot.addWidget(panel)
    panel.show()
    panel.thresholds_button.click()
    assert panel.thresholds_form.isVisibleTo(panel)
    panel.thresholds_form.max_teams.setValue(5)
    assert TOO_MANY_TEAMS not in {kind for kind, _ in _kinds(panel)}
    assert int(QSettings().value(KEY_MAX_TEAMS)) == 5  # type: ignore[call-overload]
    again = ReviewPanel(Document(new_from_template("retail")))
    qtbot.addWidget(again)
    again.show()
    assert again.thresholds.max_teams_per_stage == 5 and len(again.rows()) == 7


def test_a_new_document_is_reviewed(window: MainWindow) -> None:
    window.new_document()  # the blank template: three stages without touchpoints
    assert window.panels.review.summary.text() == "3 findings. Click one to show it on the map."


def test_a_huge_list_is_cut_short(qtbot: QtBot) -> None:
    journey = Journey(
        id="j", name="Big", stages=[Stage(id="s", name="Only")],
        lanes=[Lane(id="web", name="Website", kind="channel")],
        cards=[Card(id=f"c{i}", stage="s", lane="web", title=f"Page {i}") for i in range(250)])
    panel = ReviewPanel(Document(new_workspace(journeys=[journey])))
    qtbot.addWidget(panel)
    panel.show()
    assert len(panel.findings) == 250 and len(panel.rows()) == MAX_ROWS_PER_KIND
    assert panel.list.item(panel.list.count() - 1).text() == "… and 50 more"


def test_a_hidden_panel_reviews_only_once_it_shows(qtbot: QtBot) -> None:
    panel = ReviewPanel(Document(new_from_template("retail")))
    qtbot.addWidget(panel)
    assert panel.findings == []  # nothing computed for a panel nobody sees
    panel.show()
    assert len(panel.findings) == 9
