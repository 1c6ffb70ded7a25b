"""Every command of the window in one table: id, text, shortcuts, icon.

Shortcuts live here and nowhere else, so they can be reviewed (and later made
configurable) in one place.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

StandardKey = QKeySequence.StandardKey


class ActionSpec(NamedTuple):
    text: str
    keys: tuple[QKeySequence.StandardKey | str, ...] = ()
    icon: str = ""  # freedesktop icon theme name
    tip: str = ""


SPECS: dict[str, ActionSpec] = {
    "new": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New"), (StandardKey.New,), "document-new"),
    "new_from_template": ActionSpec(QT_TRANSLATE_NOOP("Actions", "New from &Template…"),
                                    ("Ctrl+Shift+N",), "document-new"),
    "open": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open…"), (StandardKey.Open,), "document-open"),
    "save": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Save"), (StandardKey.Save,), "document-save"),
    "save_as": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Save &As…"), (StandardKey.SaveAs,),
                          "document-save-as"),
    "ask_summary": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Ask for a Summary When Saving"), (), "",
                              QT_TRANSLATE_NOOP("Actions", "On every save, ask for a short summary "
                                                           "of what changed, kept in the map's history")),
    "revision_history": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Revision &History…"), (),
                                   "document-open-recent"),
    "compare_saved": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Compare with Saved &Version"), (),
                                "document-revert",
                                QT_TRANSLATE_NOOP("Actions", "What changed since the file was "
                                                             "last saved")),
    "export": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Export…"), ("Ctrl+E",), "document-export"),
    "import_survey": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Import Survey &Results…"), (),
                                "document-import",
                                QT_TRANSLATE_NOOP("Actions", "Attach metrics from a survey CSV "
                                                             "file to the touchpoints")),
    "quit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), (StandardKey.Quit, "Ctrl+Q"),
                       "application-exit"),
    "undo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Undo"), (StandardKey.Undo,), "edit-undo"),
    "redo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Redo"),
                       (StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"), "edit-redo"),
    "cut": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Cu&t"), (StandardKey.Cut,), "edit-cut"),
    "copy": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Copy"), (StandardKey.Copy,), "edit-copy"),
    "paste": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Paste"), (StandardKey.Paste,), "edit-paste"),
    "duplicate": ActionSpec(QT_TRANSLATE_NOOP("Actions", "D&uplicate"), ("Ctrl+D",), "edit-copy"),
    "delete": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Delete"), (StandardKey.Delete, "Backspace"),
                         "edit-delete"),
    "select_all": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Select &All"), (StandardKey.SelectAll,),
                             "edit-select-all"),
    "connect": ActionSpec(QT_TRANSLATE_NOOP("Actions", "C&onnect Selected Cards"), ("Ctrl+L",),
                          "insert-link",
                          QT_TRANSLATE_NOOP("Actions", "Draw an arrow from the first selected "
                                                       "card to the second")),
    "add_card": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &Card"), ("Insert", "Ctrl+Return"),
                           "list-add"),
    "add_stage": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &Stage"), ("Ctrl+Shift+T",),
                            "insert-table-column"),
    "add_lane": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &Lane"), ("Ctrl+Shift+L",),
                           "insert-table-row"),
    "unvalidated_only": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show &Unvalidated Cards Only"),
                                   ("Ctrl+Shift+U",), "view-filter",
                                   QT_TRANSLATE_NOOP("Actions", "Dim the validated cards, so "
                                                                "what still needs checking stands out")),
    "preferences": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
                              (QKeySequence.StandardKey.Preferences,), "preferences-system"),
    "zoom_in": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Zoom &In"), (StandardKey.ZoomIn, "Ctrl+="),
                          "zoom-in"),
    "zoom_out": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), (StandardKey.ZoomOut,),
                           "zoom-out"),
    "zoom_reset": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Actual &Size"), ("Ctrl+0",),
                             "zoom-original"),
    "fit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Fit to Window"), ("Ctrl+9",), "zoom-fit-best"),
    "workshop": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Workshop Mode"), ("F11", "Ctrl+Shift+W"),
                           "view-fullscreen",
                           QT_TRANSLATE_NOOP("Actions", "The map full screen for a projector: "
                                                        "stage by stage, dot voting; Esc leaves")),
}


def create_actions(parent: QObject) -> dict[str, QAction]:
    actions = {}
    for action_id, spec in SPECS.items():
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(action_id)
        keys: list[QKeySequence] = []
        for key in spec.keys:  # standard keys differ by platform: skip repeats
            for sequence in QKeySequence.keyBindings(key) if isinstance(key, StandardKey) \
                    else [QKeySequence(key)]:
                if sequence not in keys:
                    keys.append(sequence)
        action.setShortcuts(keys)
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        if spec.tip:
            action.setStatusTip(QCoreApplication.translate("Actions", spec.tip))
        actions[action_id] = action
    return actions
