"""Starting the desktop application: platform check, QApplication, fonts, translations."""

from __future__ import annotations

import sys
from pathlib import Path

from journey_editor import i18n, platform_check

APP_NAME = "Journey Editor"
ORGANIZATION = "Journey Editor"


def run(path: Path | None = None) -> int:
    problem = platform_check.problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QApplication.setDesktopFileName("journey-editor")
    translator = QTranslator(app)
    if translator.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    from journey_editor.ui import clipboard

    app.aboutToQuit.connect(clipboard.release)
    window = create_window(path)
    window.show()
    return app.exec()


def create_window(path: Path | None):  # type: ignore[no-untyped-def]
    """The main window on `path`, or on the sample map when there is none or it is bad."""
    from journey_editor.canvas.text import register_fonts
    from journey_editor.editor.document import Document
    from journey_editor.templates import new_from_template
    from journey_editor.ui.main_window import MainWindow

    register_fonts()
    window = MainWindow(Document(new_from_template("retail")))
    if path is not None:
        window.open_path(path)
    return window
