"""The inspector draws a metric's history as a small chart."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from journey_editor.editor import commands
from journey_editor.editor.document import Document
from journey_editor.model.types import Metric
from journey_editor.ui.inspector import Inspector
from journey_editor.ui.metric_chart import history
from tests.factories import small_workspace


def test_history_is_the_dated_values_of_one_metric_oldest_first() -> None:
    metrics = [Metric(name="CSAT", value=4.0, date=dt.date(2026, 9, 1)),
               Metric(name="NPS", value=30, date=dt.date(2026, 8, 1)),
               Metric(name="CSAT", value=3.1, date=dt.date(2026, 6, 1)),
               Metric(name="CSAT", value=9.9)]
    assert history(metrics, "CSAT") == [(dt.date(2026, 6, 1), 3.1), (dt.date(2026, 9, 1), 4.0)]


def test_inspector_shows_the_chart_once_a_metric_has_two_dates(qtbot: QtBot) -> None:
    document = Document(small_workspace())
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show()
    inspector.show_item("j1", "card", "b")  # one CSAT value on 2026-10-01
    field = inspector._editors["card"]["metrics"][1]
    assert not field.chart.isVisible()
    card = document.find("j1", "card", "b")
    more = [*card.metrics, Metric(name="CSAT", value=3.8, date=dt.date(2026, 11, 1))]
    document.push(commands.make_edit(document, "j1", "card", "b", {"metrics": more}))
    assert field.chart.isVisible()
    assert [v for _, v in field.chart.points] == [4.2, 3.8]
    assert not field.chart.grab().isNull()
