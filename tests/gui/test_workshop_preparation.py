"""Issue 5's story end to end: a Danish workshop prepared, mapped, compared, exported."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.app import create_window
from journey_editor.editor import commands
from journey_editor.export.pdf import export_pdf
from journey_editor.fileformat import read_workspace
from journey_editor.ui.template_gallery import TemplateGallery


def test_danish_workshop_from_template_to_two_exported_posters(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(TemplateGallery, "pick", staticmethod(lambda parent: ("retail", "da")))
    window = create_window()
    qtbot.addWidget(window)
    window.actions["new_from_template"].trigger()
    doc = window.document
    assert doc is not None
    for _ in range(2):  # two personas for the two customer groups
        window.panels.personas.actions["add"].trigger()
    assert len(doc.workspace.personas) == 3  # the template's and the two new ones
    current = doc.workspace.journeys[0]
    window.panels.journeys.actions["future_state"].trigger()
    future = doc.workspace.journeys[1]
    assert (future.state, future.based_on) == ("future", current.id)
    card = next(c for c in future.cards if c.key_touchpoint)
    doc.push(commands.make_edit(doc, future.id, "card", card.id, {"emotion": 3}))
    window.show()
    window.docks["compare"].raise_()
    listed = window.panels.compare.lines
    lines = [listed.item(i).text() for i in range(listed.count())]
    assert any(line.startswith(f"~ card '{card.title}': emotion") for line in lines)
    doc.save(tmp_path / "workshop.journey")
    saved = read_workspace(tmp_path / "workshop.journey")
    assert export_pdf(saved, tmp_path / "both.pdf", saved.journeys) == 2
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "both.pdf").pages)
    assert "Sociale medier" in text and future.name in text
