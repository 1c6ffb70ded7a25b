"""Every command of the window in one table: id, text, shortcuts, icon.

Shortcuts live here and nowhere else, so they can be reviewed (and later made
configurable) in one place.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

from journey_editor.i18n import QT_TRANSLATE_NOOP

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
    "open": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open…"), (StandardKey.Open,),
                       "document-open"),
    "save": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Save"), (StandardKey.Save,), "document-save"),
    "save_as": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Save &As…"), (StandardKey.SaveAs,),
                          "document-save-as"),
    "ask_summary": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Ask for a Su&mmary When Saving"), (),
                              "", QT_TRANSLATE_NOOP("Actions", "On every save, ask for a short "
                                                               "summary of what changed, kept in "
                                                               "the map's history")),
    "revision_history": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Revision &History…"), (),
                                   "document-open-recent"),
    "compare_saved": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Compare with Saved &Version"), (),
                                "document-revert",
                                QT_TRANSLATE_NOOP("Actions", "What changed since the file was "
                                                             "last saved")),
    "export": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Export…"), ("Ctrl+E",), "document-export"),
    "import_survey": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Import Survey Results…"), (),
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
    "duplicate": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Dup&licate"), ("Ctrl+D",), "edit-copy"),
    # Not StandardKey.Delete: on X11 desktops it also holds Ctrl+D, which is Duplicate.
    "delete": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Delete"), ("Delete", "Backspace"),
                         "edit-delete"),
    "select_all": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Select &All"), (StandardKey.SelectAll,),
                             "edit-select-all"),
    "connect": ActionSpec(QT_TRANSLATE_NOOP("Actions", "C&onnect Selected Cards"), ("Ctrl+L",),
                          "insert-link",
                          QT_TRANSLATE_NOOP("Actions", "Draw an arrow from the first selected "
                                                       "card to the second")),
    "edit_in_inspector": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Edit in &Inspector"),
                                    ("Alt+Return", "Ctrl+I"), "document-edit",
                                    QT_TRANSLATE_NOOP("Actions", "Put the keyboard in the "
                                                                 "selected item's first field; "
                                                                 "Esc there comes back")),
    "add_card": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &Card"), ("Insert", "Ctrl+Return"),
                           "list-add"),
    "add_stage": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &Stage"), ("Ctrl+Shift+T",),
                            "insert-table-column"),
    "add_lane": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &Lane"), ("Ctrl+Shift+L",),
                           "insert-table-row"),
    "unvalidated_only": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show &Unvalidated Cards Only"),
                                   ("Ctrl+Shift+U",), "view-filter",
                                   QT_TRANSLATE_NOOP("Actions", "Dim the validated cards, so "
                                                                "what still needs checking "
                                                                "stands out")),
    "preferences": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"),
                              (QKeySequence.StandardKey.Preferences,), "preferences-system"),
    "zoom_in": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Zoom &In"), (StandardKey.ZoomIn, "Ctrl+="),
                          "zoom-in"),
    "zoom_out": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), (StandardKey.ZoomOut,),
                           "zoom-out"),
    "zoom_reset": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Actual &Size"), ("Ctrl+0",),
                             "zoom-original"),
    "fit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Fit to Window"), ("Ctrl+9",), "zoom-fit-best"),
    "next_pane": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Next &Pane"), ("F6",), "",
                            QT_TRANSLATE_NOOP("Actions", "Move the keyboard to the next of the "
                                                         "map, the panels and the toolbar")),
    "previous_pane": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Pre&vious Pane"), ("Shift+F6",)),
    "high_contrast": ActionSpec(QT_TRANSLATE_NOOP("Actions", "High &Contrast"), (), "",
                                QT_TRANSLATE_NOOP("Actions", "Black text on light cards, black "
                                                             "headers and lines")),
    "workshop": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Workshop Mode"), ("F11", "Ctrl+Shift+W"),
                           "view-fullscreen",
                           QT_TRANSLATE_NOOP("Actions", "The map full screen for a projector: "
                                                        "stage by stage, dot voting; Esc leaves")),
    "export_web_page": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "E&xport as Web Page…"), (), "text-html",
        QT_TRANSLATE_NOOP("Actions", "The whole map in one HTML file that opens offline in any "
                                     "browser: zoom, pan, click a card for its fields")),
    "export_guide": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Interview &Guide…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Questions per stage and touchpoint for customer "
                                     "interviews, or a survey, in the map's language")),
    "mark_baseline": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Mark &Baseline…"), (), "bookmark-new",
        QT_TRANSLATE_NOOP("Actions", "Keep the map as it is now under a name, to compare it "
                                     "with later")),
    "curves_together": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Overl&ay Emotion Curves…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "The emotion curves of several journeys over the same "
                                     "stages, in one chart")),
    "properties": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Pro&perties…"), (),
                             "document-properties",
                             QT_TRANSLATE_NOOP("Actions", "The map's title and what the file "
                                                          "holds")),
    "getting_started": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Getting Started"),
                                  (StandardKey.HelpContents,), "help-contents"),
    "help_shortcuts": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), ("Ctrl+/",),
                                 "help-keyboard-shortcuts"),
    "file_format": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&File Format"), (), "text-x-generic"),
    "about": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About Journey Editor"), (), "help-about"),
}

# The actions as the Keyboard Shortcuts dialog groups them (the menus' order).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "File"),
     ("new", "new_from_template", "open", "save", "save_as", "ask_summary", "revision_history",
      "mark_baseline", "compare_saved", "export", "export_web_page", "export_guide",
      "import_survey", "properties", "quit")),
    (QT_TRANSLATE_NOOP("Actions", "Edit"),
     ("undo", "redo", "cut", "copy", "paste", "duplicate", "delete", "edit_in_inspector",
      "select_all", "connect", "preferences")),
    (QT_TRANSLATE_NOOP("Actions", "Map"), ("add_card", "add_stage", "add_lane")),
    (QT_TRANSLATE_NOOP("Actions", "View"),
     ("unvalidated_only", "high_contrast", "zoom_in", "zoom_out", "zoom_reset", "fit",
      "workshop", "curves_together", "next_pane", "previous_pane")),
    (QT_TRANSLATE_NOOP("Actions", "Help"),
     ("getting_started", "help_shortcuts", "file_format", "about")),
)

# Keys the map and workshop mode read themselves (no action of their own): listed for
# the Keyboard Shortcuts dialog. Keep in step with JourneyView.keyPressEvent,
# Inspector.keyPressEvent and WorkshopMode._key.
MAP_KEYS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "On the map"), ("Left", "Right", "Up", "Down"),
     QT_TRANSLATE_NOOP("Actions", "Move the keyboard cursor across cells and cards")),
    (QT_TRANSLATE_NOOP("Actions", "On the map"), ("Tab", "Shift+Tab"),
     QT_TRANSLATE_NOOP("Actions", "Next or previous card")),
    (QT_TRANSLATE_NOOP("Actions", "On the map"), ("Return", "F2"),
     QT_TRANSLATE_NOOP("Actions", "Edit the selected card, stage or lane name")),
    (QT_TRANSLATE_NOOP("Actions", "On the map"),
     ("Ctrl+Left", "Ctrl+Right", "Ctrl+Up", "Ctrl+Down"),
     QT_TRANSLATE_NOOP("Actions", "Move the selected cards to the next cell")),
    (QT_TRANSLATE_NOOP("Actions", "On the map"), ("Esc",),
     QT_TRANSLATE_NOOP("Actions", "Cancel a drag or an edit")),
    (QT_TRANSLATE_NOOP("Actions", "On the map"), ("Space",),
     QT_TRANSLATE_NOOP("Actions", "Hold and drag to pan the map")),
    (QT_TRANSLATE_NOOP("Actions", "On the map"), ("Ctrl+Tab", "Ctrl+Shift+Tab"),
     QT_TRANSLATE_NOOP("Actions", "Leave the map for the next or previous control")),
    (QT_TRANSLATE_NOOP("Actions", "In the Inspector"), ("Esc",),
     QT_TRANSLATE_NOOP("Actions", "Back to the map, the item still selected")),
    (QT_TRANSLATE_NOOP("Actions", "Workshop mode"), ("Left", "Right"),
     QT_TRANSLATE_NOOP("Actions", "Previous or next stage")),
    (QT_TRANSLATE_NOOP("Actions", "Workshop mode"), ("Home",),
     QT_TRANSLATE_NOOP("Actions", "Back to the whole map")),
    (QT_TRANSLATE_NOOP("Actions", "Workshop mode"), ("Up", "Down"),
     QT_TRANSLATE_NOOP("Actions", "Scroll the stage up or down")),
    (QT_TRANSLATE_NOOP("Actions", "Workshop mode"), ("V",),
     QT_TRANSLATE_NOOP("Actions", "Dot voting on or off")),
    (QT_TRANSLATE_NOOP("Actions", "Workshop mode"), tuple("123456789"),
     QT_TRANSLATE_NOOP("Actions", "Vote as the first, second, third… participant")),
    (QT_TRANSLATE_NOOP("Actions", "Workshop mode"), ("Esc",),
     QT_TRANSLATE_NOOP("Actions", "Leave workshop mode")),
)


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
