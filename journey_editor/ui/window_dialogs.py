"""The dialogs the window's menus open on the map shown: export, web page, interview
guide, curves together, baselines, survey import, properties, help. Each dialog's module
is imported on first use: start-up time is what a facilitator waits for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow

from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import JourneyView
from journey_editor.editor.document import Document
from journey_editor.fileformat.errors import printable


class WindowDialogs:
    def __init__(self, window: QMainWindow, view: JourneyView,
                 document: Callable[[], Document | None]) -> None:
        self.window = window
        self.view = view
        self.document = document

    def _shown(self) -> tuple[Document, str] | None:
        """The document and the journey on screen, if any."""
        document, scene = self.document(), self.view.scene()
        if document is None or not isinstance(scene, JourneyScene):
            return None
        return document, scene.journey_id

    def _wrote(self, paths: list[Path]) -> None:
        if paths:
            names = ", ".join(printable(path) for path in paths)
            text = QCoreApplication.translate("MainWindow", "Wrote {0}").format(names)
            self.window.statusBar().showMessage(text, 6000)

    def export(self) -> None:
        if shown := self._shown():
            from journey_editor.ui.export_dialog import ExportDialog

            ExportDialog(*shown, self.window, scene=self.view.journey_scene()).exec()

    def web_page(self) -> None:
        if (document := self.document()) is not None:
            from journey_editor.ui.web_page_export import export_web_page

            written = export_web_page(document, self.window)
            self._wrote([written] if written else [])

    def guide(self) -> None:
        if shown := self._shown():
            from journey_editor.ui.guide_dialog import export_interview_guide

            self._wrote(export_interview_guide(*shown, self.window))

    def curves_together(self) -> None:
        if shown := self._shown():
            from journey_editor.ui.curves_overlay import CurvesOverlayDialog

            dialog = CurvesOverlayDialog(*shown, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def mark_baseline(self) -> None:
        from journey_editor.ui.baseline_name_dialog import mark_baseline

        mark_baseline(self.document(), self.window)

    def import_survey(self) -> None:
        if shown := self._shown():
            from journey_editor.ui.survey_dialog import SurveyDialog

            SurveyDialog.run(*shown, self.window)

    def properties(self) -> None:
        if (document := self.document()) is not None:
            from journey_editor.ui.properties_dialog import PropertiesDialog

            PropertiesDialog(document, self.window).exec()

    def help(self, name: str) -> None:
        from journey_editor.ui import help as help_pages

        getattr(help_pages, name)(self.window)
