"""`journey-editor NEW.journey` for a file that does not exist yet: offer to create it.

Asked before the main window opens, so that declining opens nothing at all (not the
sample map in its place). The command line has already refused names it could never
create (a missing folder, another extension), see `cli.new_file_problem`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from journey_editor.fileformat import SaveError, save_workspace
from journey_editor.fileformat.errors import printable
from journey_editor.templates import list_templates, new_from_template

# Under this name pyside6-lupdate finds the strings (see resources/translations/README.md).
translate = QCoreApplication.translate


def ask_to_create(path: Path) -> tuple[str, str] | None:
    """(template name, language) to create the map from; None when the user declines."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("MissingFile", "Create journey map"),
                      translate("MissingFile", "{0} does not exist yet. Create a new journey "
                                               "map there?").format(printable(path.name)))
    box.setInformativeText(printable(path.resolve()))
    create = box.addButton(translate("MissingFile", "Create &Blank Map"),
                           QMessageBox.ButtonRole.AcceptRole)
    gallery = box.addButton(translate("MissingFile", "Choose a &Template…"),
                            QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(create)
    box.exec()
    if box.clickedButton() is create:
        from journey_editor.ui.template_gallery import default_language

        return "blank", default_language(sorted({t.language for t in list_templates()}))
    if box.clickedButton() is gallery:
        from journey_editor.ui.template_gallery import TemplateGallery

        return TemplateGallery.pick(None)
    return None


def create_missing(path: Path) -> bool:
    """Asks, then writes the new map to `path`; True when the file now exists."""
    choice = ask_to_create(path)
    if choice is None:
        return False
    try:
        save_workspace(new_from_template(*choice), path, backup=False)
    except SaveError as error:
        QMessageBox.critical(None, translate("MissingFile", "Cannot create journey map"),
                             str(error))
        return False
    return True
