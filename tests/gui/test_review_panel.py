"""The review dock: lists the findings, shows them on the map, follows edits live, and
reviews on a worker thread without ever showing the findings of an older map."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from journey_editor.analysis.review import (
    DEAD_END,
    INCONSISTENT,
    KEY_WITHOUT_FEEDBACK,
    NO_OWNER,
    RETIRED_CONNECTED,
    TOO_MANY_TEAMS,
    UNREACHABLE,
    Finding,
    Thresholds,
    review,
)
from journey_editor.editor import commands
from journey_editor.editor.document import Document
from journey_editor.model.types import Card, Journey, Lane, Stage, new_workspace
from journey_editor.templates import new_from_template
from journey_editor.ui import background_review
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.review_panel import (
    KEY_MAX_TEAMS,
    MAX_ROWS_PER_KIND,
    REFRESH_DELAY_MS,
    ReviewPanel,
)

JOURNEY = "journey-retail"


@pytest.fixture
def window(sample_window: MainWindow, qtbot: QtBot) -> MainWindow:
    sample_window.docks["review"].raise_()
    qtbot.waitUntil(lambda: bool(sample_window.panels.review.findings))
    return sample_window


def _finding(index: QModelIndex) -> Finding:
    return index.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]


def _row(panel: ReviewPanel, kind: str, target: str) -> QModelIndex:
    return next(index for index in panel.rows() if _finding(index).kind == kind
                and target in (_finding(index).card_id, _finding(index).stage_id))


def _click(qtbot: QtBot, panel: ReviewPanel, index: QModelIndex) -> None:
    panel.list.scrollTo(index)
    qtbot.waitUntil(lambda: panel.list.visualRect(index).isValid())  # laid out in batches
    rect = panel.list.visualRect(index)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _kinds(panel: ReviewPanel) -> list[tuple[str, Any]]:
    return [(f.kind, f.card_id or f.stage_id) for f in map(_finding, panel.rows())]


def _texts(panel: ReviewPanel) -> list[str]:
    model = panel.list.model()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def _shown(qtbot: QtBot, document: Document) -> ReviewPanel:
    """A review panel on the document, shown, once its first review is in the list."""
    panel = ReviewPanel(document)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.reviewed):
        panel.show()  # a panel reviews while it shows (a tabbed-away one waits)
    return panel


def test_lists_the_findings_of_the_retail_template(qtbot: QtBot) -> None:
    panel = _shown(qtbot, Document(new_from_template("retail")))
    assert len(panel.rows()) == 9
    assert panel.summary.text() == "9 findings. Click one to show it on the map."
    texts = _texts(panel)
    assert texts[0] == "Inconsistent or wrong information (1)"
    assert "Dead ends before the last stage (2)" in texts
    assert panel.rows()[0].data().startswith("“Website” (Website and online, Choose)")


def test_a_stage_finding_emits_stage_chosen(qtbot: QtBot) -> None:
    panel = _shown(qtbot, Document(new_from_template("retail")))
    qtbot.waitExposed(panel)
    with qtbot.waitSignal(panel.stageChosen) as signal:
        _click(qtbot, panel, _row(panel, TOO_MANY_TEAMS, "stage-choose"))
    assert signal.args == [JOURNEY, "stage-choose"]


def test_clicking_a_card_finding_selects_the_card(window: MainWindow, qtbot: QtBot) -> None:
    _click(qtbot, window.panels.review,
           _row(window.panels.review, KEY_WITHOUT_FEEDBACK, "card-store"))
    scene = window.view.journey_scene()
    assert scene.selected_card_ids() == ["card-store"]


def test_clicking_a_stage_finding_selects_the_stage(window: MainWindow, qtbot: QtBot) -> None:
    _click(qtbot, window.panels.review,
           _row(window.panels.review, TOO_MANY_TEAMS, "stage-discover"))
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
    panel = _shown(qtbot, Document(new_from_template("retail")))
    panel.thresholds_button.click()
    assert panel.thresholds_form.isVisibleTo(panel)
    with qtbot.waitSignal(panel.reviewed):
        panel.thresholds_form.max_teams.setValue(5)
    assert TOO_MANY_TEAMS not in {kind for kind, _ in _kinds(panel)}
    assert int(QSettings().value(KEY_MAX_TEAMS)) == 5  # type: ignore[call-overload]
    again = _shown(qtbot, Document(new_from_template("retail")))
    assert again.thresholds.max_teams_per_stage == 5 and len(again.rows()) == 7


def test_a_new_document_is_reviewed(window: MainWindow, qtbot: QtBot) -> None:
    window.files.new_document()  # the blank template: three stages without touchpoints
    qtbot.waitUntil(lambda: window.panels.review.summary.text()
                    == "3 findings. Click one to show it on the map.")


def test_a_huge_list_is_cut_short(qtbot: QtBot) -> None:
    journey = Journey(
        id="j", name="Big", stages=[Stage(id="s", name="Only")],
        lanes=[Lane(id="web", name="Website", kind="channel")],
        cards=[Card(id=f"c{i}", stage="s", lane="web", title=f"Page {i}") for i in range(250)])
    panel = _shown(qtbot, Document(new_workspace(journeys=[journey])))
    assert len(panel.findings) == 250 and len(panel.rows()) == MAX_ROWS_PER_KIND
    assert _texts(panel)[-1] == "… and 50 more"


def test_a_hidden_panel_reviews_only_once_it_shows(qtbot: QtBot) -> None:
    panel = ReviewPanel(Document(new_from_template("retail")))
    qtbot.addWidget(panel)
    qtbot.wait(50)
    assert panel.findings == [] and not panel.worker.busy  # nothing for a panel nobody sees
    with qtbot.waitSignal(panel.reviewed):
        panel.show()
    assert len(panel.findings) == 9


# --- the worker: the window keeps running, and an old map's findings never show --------


def _held_reviews(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[Journey],
                                                          list[str]]:
    """Makes the first review wait for the returned event; notes every journey reviewed
    and the thread each review ran on."""
    release, reviewed, threads = threading.Event(), [], []

    def held(journey: Journey, thresholds: Thresholds) -> list[Finding]:
        reviewed.append(journey)
        threads.append(threading.current_thread().name)
        if len(reviewed) == 1:
            release.wait(10)
        return review(journey, thresholds)

    monkeypatch.setattr(background_review, "review", held)
    return release, reviewed, threads


def _record(panel: ReviewPanel) -> list[list[Finding]]:
    """Every list of findings the panel puts on screen, in order."""
    shown: list[list[Finding]] = []
    panel.reviewed.connect(lambda: shown.append(list(panel.findings)))
    return shown


def _panel_held_on_first_review(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> tuple[
        ReviewPanel, threading.Event, list[Journey], list[str], list[list[Finding]]]:
    release, reviewed, threads = _held_reviews(monkeypatch)
    panel = ReviewPanel(Document(new_from_template("retail")))
    qtbot.addWidget(panel)
    shown = _record(panel)
    panel.show()  # its review starts, and is held on the worker
    qtbot.waitUntil(lambda: len(reviewed) == 1)
    # The window is not blocked meanwhile: the user fixes the inconsistent card.
    panel.document.push(commands.make_edit(panel.document, JOURNEY, "card", "card-website",
                                           {"inconsistent": False}))
    return panel, release, reviewed, threads, shown


def _only_the_map_as_it_is(panel: ReviewPanel, reviewed: list[Journey],
                           shown: list[list[Finding]]) -> None:
    # The held review read a copy of the map from before the edit...
    assert (INCONSISTENT, "card-website") in [
        (f.kind, f.card_id) for f in review(reviewed[0], panel.thresholds)]
    # ...and what it found never reached the screen: only the review of the map as it is.
    assert len(reviewed) == 2 and len(shown) == 1
    assert shown[0] == review(panel.document.journey(JOURNEY), panel.thresholds)
    assert (INCONSISTENT, "card-website") not in _kinds(panel)


def test_a_review_finished_after_an_edit_is_not_shown(qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The old review ends before the edit's own review is even asked for."""
    panel, release, reviewed, threads, shown = _panel_held_on_first_review(qtbot, monkeypatch)
    release.set()
    qtbot.wait(background_review.POLL_MS * 5)
    assert shown == [] and panel.summary.text() == ""
    qtbot.waitUntil(lambda: len(reviewed) == 2 and not panel.worker.busy)
    qtbot.wait(background_review.POLL_MS * 3)
    _only_the_map_as_it_is(panel, reviewed, shown)
    assert threading.main_thread().name not in threads


def test_a_review_still_running_at_the_next_request_is_not_shown(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    panel, release, reviewed, _, shown = _panel_held_on_first_review(qtbot, monkeypatch)
    qtbot.wait(REFRESH_DELAY_MS + 100)  # the edit's own review is asked for meanwhile
    release.set()
    qtbot.waitUntil(lambda: len(reviewed) == 2 and not panel.worker.busy)
    qtbot.wait(background_review.POLL_MS * 3)
    _only_the_map_as_it_is(panel, reviewed, shown)


def _step(document: Document) -> list[Callable[[], object]]:
    """Edits of every kind the review looks at: connect, retire, remove, move, add."""
    def card(card_id: str) -> Card:
        return next(c for c in document.journey(JOURNEY).cards if c.id == card_id)

    return [
        lambda: document.push(commands.make_connect(document, JOURNEY, "card-pr", "card-catalog")),
        lambda: document.push(commands.make_edit(document, JOURNEY, "card", "card-store",
                                                 {"status": "retired"})),
        lambda: document.push(commands.make_remove_cards(document, JOURNEY, ["card-website"])),
        lambda: document.push(commands.make_move_cards(
            document, JOURNEY, [("card-billing", "stage-discover", card("card-billing").lane)])),
        lambda: document.push(commands.make_add_card(document, JOURNEY, Card(
            id="card-new", stage="stage-buy", lane="lane-online", title="Chat"))),
        document.undo_stack.undo,
    ]


def test_the_dock_follows_a_burst_of_edits(window: MainWindow, qtbot: QtBot) -> None:
    document, panel = window.document, window.panels.review
    assert document is not None
    shown = _record(panel)
    for edit in _step(document):
        edit()
        qtbot.wait(20)  # faster than the dock's delay: one review for the burst
    qtbot.waitUntil(lambda: len(shown) >= 1)
    qtbot.wait(300)
    expected = review(document.journey(JOURNEY), panel.thresholds)
    assert shown[-1] == panel.findings == expected
    kinds = {kind for kind, _ in _kinds(panel)}
    assert {RETIRED_CONNECTED, UNREACHABLE, DEAD_END} <= kinds
    assert len(panel.rows()) == len(expected)
