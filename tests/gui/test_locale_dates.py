"""Dates and numbers shown in the interface follow its locale (issue 16 item 1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.model.types import Revision, new_workspace
from journey_editor.ui.history_dialog import HistoryDialog
from journey_editor.ui.locale_format import decimal, short_date


@pytest.fixture
def danish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    yield
    QLocale.setDefault(before)


def test_the_history_shows_dates_as_the_locale_writes_them(qtbot: QtBot, danish: None) -> None:
    moment = dt.datetime(2026, 12, 3, 14, 5, tzinfo=dt.UTC)
    revision = Revision(date=moment, author="Ann", summary="Workshop")
    dialog = HistoryDialog(Document(new_workspace(revisions=[revision])))
    qtbot.addWidget(dialog)
    shown = dialog.tree.topLevelItem(0).text(0)
    local = moment.astimezone()
    assert f"{local.day:02d}.{local.month:02d}" in shown and "2026-12-03" not in shown


def test_numbers_and_dates_in_danish(danish: None) -> None:
    assert decimal(12.5) == "12,5"
    assert short_date(dt.date(2026, 12, 3)).startswith("03.12.")
