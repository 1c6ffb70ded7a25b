"""Starting the desktop application: platform check, QApplication, fonts, translations."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journey_editor import i18n, platform_check

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from journey_editor.ui.main_window import MainWindow

APP_NAME = "Journey Editor"
ORGANIZATION = "Journey Editor"


def run(path: Path | None = None, autosave_s: float | None = None) -> int:
    problem = platform_check.problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from journey_editor.resources import resource_path
    from journey_editor.ui import clipboard
    from journey_editor.ui.language import interface_locale

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QApplication.setDesktopFileName("journey-editor")
    QApplication.setWindowIcon(QIcon(str(resource_path("icons", "journey-editor.svg"))))
    install_translators(app, interface_locale())
    app.aboutToQuit.connect(clipboard.release)
    if path is not None and not path.exists():
        from journey_editor.ui.missing_file import create_missing

        if not create_missing(path):  # declined: open nothing else in its place
            return 1
    from journey_editor.editor import autosave, session_lock

    autosave.set_interval_override(autosave_s)
    folder = autosave.recovery_folder()
    orphans = session_lock.orphaned_recoveries(folder)  # before our own lock exists
    session_lock.clear_dead_sessions(folder)
    session: session_lock.SessionLock | None = None
    try:
        session = session_lock.SessionLock.create(folder)
    except OSError as error:
        print(f"cannot create the session lock: {error}", file=sys.stderr)
    window = create_window()
    window.show()

    def after_show() -> None:
        # After the window is up, so that a bad file's message appears over the sample map.
        if path is not None:
            window.files.open_path(path)
        if orphans:
            from journey_editor.ui.recovery_dialog import offer_recovery

            offer_recovery(window, orphans)

    QTimer.singleShot(0, after_show)
    status = app.exec()
    if session is not None:
        session.release()  # a clean exit leaves no lock behind
    return status


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Puts the interface in `locale`'s language: Qt's own catalog (standard buttons and
    dialogs) and the editor's, where they exist; English, the source text, has none. The
    locale also becomes the default, so QLocale() formats numbers and dates in it. Returns
    the installed translators (owned by `app`), for a caller that wants to remove them."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    from journey_editor.resources import resource_path

    QLocale.setDefault(locale)
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("journey_editor", str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    i18n.install(QCoreApplication.translate)  # the Qt-free modules' texts too
    return installed


def create_window() -> MainWindow:
    """The main window on the sample map, fonts registered, garbage collected in the GUI
    thread only, numbers written as the locale writes them (the Qt-free modules' too)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from journey_editor.editor.document import Document
    from journey_editor.render.text import register_fonts
    from journey_editor.templates import list_templates, new_from_template
    from journey_editor.ui.gui_collector import collect_in_gui_thread
    from journey_editor.ui.locale_format import decimal
    from journey_editor.ui.main_window import MainWindow  # noqa: F811 (the real import)

    app = QCoreApplication.instance()
    assert app is not None, "a window needs its QApplication first"
    collect_in_gui_thread(app)
    i18n.install_decimal(decimal)
    register_fonts()
    # The sample in the interface's language, where a template speaks it (else English).
    language = QLocale().name()[:2]
    known = {info.language for info in list_templates()}
    return MainWindow(Document(new_from_template("retail", language if language in known
                                                 else "en")))
