"""View > Emotion Curves Together… (issue 18 item 6): ticking journeys redraws their
curves together, journeys with other stages are refused in the chart's place, the chart
follows the map's edits, and it saves the same chart as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.layout.curves_overlay import DEFAULT_CURVES, PALETTE
from journey_editor.model.types import Journey, Lane, Persona, Stage, new_workspace
from journey_editor.ui.curves_overlay import CurvesOverlayDialog

STAGES = ["Discover", "Choose", "Buy", "Use"]


def journey(jid: str, values: list[float], stages: list[str] = STAGES,
            persona: str | None = None) -> Journey:
    lane = Lane(id="feel", name="Feelings", kind="emotion",
                emotion_values={f"s{i}": v for i, v in enumerate(values)})
    return Journey(id=jid, name=f"Journey {jid}", persona=persona, lanes=[lane],
                   stages=[Stage(id=f"s{i}", name=n) for i, n in enumerate(stages)])


@pytest.fixture
def dialog(qtbot: QtBot) -> CurvesOverlayDialog:
    journeys = [journey(str(i), [i - 3, 0, 3 - i, 1], persona="p1") for i in range(6)]
    journeys.append(journey("other", [1, 1], ["Call", "Visit"]))
    workspace = new_workspace("Map", personas=[Persona(id="p1", name="Emma")],
                              journeys=journeys)
    dialog = CurvesOverlayDialog(Document(workspace), "1")
    qtbot.addWidget(dialog)
    dialog.resize(1280, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_check(qtbot: QtBot, dialog: CurvesOverlayDialog, row: int) -> None:
    """A click on the row's check box, as a user ticks it."""
    view = dialog.journeys
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + rect.height() // 2 + 2, rect.center().y()))


def colours_in(dialog: CurvesOverlayDialog) -> set[str]:
    image = dialog.chart.grab().toImage()
    palette = {QColor(c).rgb(): c for c in PALETTE}
    return {palette[image.pixel(x, y)] for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2) if image.pixel(x, y) in palette}


def test_it_starts_with_the_journey_and_those_sharing_its_stages(
        dialog: CurvesOverlayDialog) -> None:
    assert dialog.chosen() == ["0", "1", "2", "3", "4"][:DEFAULT_CURVES]
    assert dialog.journeys.item(0).text() == "Journey 0 \u00b7 Emma"  # as the legend says
    chart = dialog.chart.chart()
    assert [e.label.lines[0] for e in chart.legend] == [
        f"Journey {i} \u00b7 Emma" for i in range(5)]
    assert colours_in(dialog) == set(PALETTE[:5])
    assert chart.legend[0].label.size >= 14  # read from the back of the room at 1280x720


def test_ticking_a_journey_adds_its_curve_and_unticking_removes_one(
        qtbot: QtBot, dialog: CurvesOverlayDialog) -> None:
    click_check(qtbot, dialog, 5)
    assert dialog.chosen()[-1] == "5"
    assert len(dialog.chart.chart().series) == 6
    assert PALETTE[5] in colours_in(dialog)
    for row in (5, 4, 3, 2):
        click_check(qtbot, dialog, row)
    assert dialog.chosen() == ["0", "1"]
    assert colours_in(dialog) == set(PALETTE[:2])


def test_a_journey_with_other_stages_is_refused_with_the_reason(
        qtbot: QtBot, dialog: CurvesOverlayDialog) -> None:
    click_check(qtbot, dialog, 6)
    refusal = dialog.chart.refusal()
    assert "'Journey 0' and 'Journey other' do not share their stages" in refusal
    assert dialog.chart.accessibleDescription() == refusal
    assert not dialog.save.isEnabled()
    assert not colours_in(dialog)  # no half-right chart: the reason instead
    click_check(qtbot, dialog, 6)
    assert dialog.chart.refusal() == "" and dialog.save.isEnabled()


def test_the_chart_follows_the_maps_edits(dialog: CurvesOverlayDialog) -> None:
    from journey_editor.editor import edit_facade

    document = dialog.document
    assert edit_facade.rename_journey(document, "0", "Sofa, first home")
    assert dialog.journeys.item(0).text() == "Sofa, first home \u00b7 Emma"
    assert dialog.chosen() == ["0", "1", "2", "3", "4"]  # the ticks are kept
    chart = dialog.chart.chart()
    assert chart.series[0].points[1][1] == pytest.approx(chart.plot.y + chart.plot.h / 2)
    assert edit_facade.edit(document, "0", "lane", "feel",
                            {"emotion_values": {"s0": -3.0, "s1": 3.0}})
    chart = dialog.chart.chart()
    assert chart.series[0].points[1][1] == pytest.approx(chart.plot.y)  # now at +3
    assert chart.series[0].points[2] is None  # its value for Buy was removed


def test_save_as_pdf_writes_the_chosen_curves(qtbot: QtBot, dialog: CurvesOverlayDialog,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "curves.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    text = PdfReader(out).pages[0].extract_text()
    assert all(f"Journey {i} \u00b7 Emma" in text for i in range(5))
    assert "Journey 5" not in text


def test_it_closes_with_its_map(qtbot: QtBot, dialog: CurvesOverlayDialog) -> None:
    dialog.document.deleteLater()
    qtbot.waitUntil(lambda: not dialog.isVisible())
