"""File > Export as Web Page…: every journey of the map in one offline HTML file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journey_editor.editor.document import Document
from journey_editor.fileformat.errors import printable


def _t(text: str) -> str:
    return QCoreApplication.translate("WebPageExport", text)


def export_web_page(document: Document, parent: QWidget | None = None) -> Path | None:
    """Asks where, writes the page; the file written, or None (cancelled or failed: the
    user was told why)."""
    from journey_editor.export import ExportError
    from journey_editor.export.html_export import export_html
    from journey_editor.fileformat.errors import SaveError

    source = document.path
    start = source.with_suffix(".html") if source else Path(
        (document.workspace.title or _t("Journey map")).replace("/", "-") + ".html")
    name, _ = QFileDialog.getSaveFileName(parent, _t("Export as Web Page"), str(start),
                                          _t("Web page (*.html)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith((".html", ".htm")) else name + ".html")
    try:
        export_html(document.workspace, [j.id for j in document.workspace.journeys], path,
                    file_name=source.name if source else "")
    except (ExportError, SaveError) as error:
        QMessageBox.warning(parent, _t("Export as Web Page"),
                            _t("Could not write {0}: {1}").format(printable(path), error))
        return None
    return path
