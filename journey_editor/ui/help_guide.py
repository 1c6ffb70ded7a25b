"""The Getting Started page: what the editor does, section by section, in the interface's
language.

The text lives in the translation catalogs, a paragraph per entry, rather than in a
bundled HTML file per language: the catalogs' test fails as soon as an English paragraph
changes and a translation lags behind, and the commands a paragraph names come from the
actions table ({0}, {1}... become 'File › Export (Ctrl+E)' in the reader's language), so
the page cannot name a menu entry or a key the window does not have. Everything is on
the page: it needs no network.
"""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.ui.help_keys import Command, command_html, commands

# The other help pages a section links to, by the name `HelpPage.linked` carries.
PAGES: dict[str, str] = {
    "shortcuts": QT_TRANSLATE_NOOP("Help", "All keyboard shortcuts"),
    "file-format": QT_TRANSLATE_NOOP("Help", "The .journey file format"),
}


class Section(NamedTuple):
    title: str
    body: str  # {0}, {1}... stand for `refs`
    refs: tuple[str, ...] = ()  # action ids, shown as their menu path and key
    links: tuple[str, ...] = ()  # names in PAGES
    commands: tuple[str, ...] = ()  # command lines, each on a line of its own to copy


GUIDE: tuple[Section, ...] = (
    Section(QT_TRANSLATE_NOOP("Help", "Start a map"),
            QT_TRANSLATE_NOOP("Help", "{0} offers a blank map and worked examples (a retail "
                                      "purchase, a B2B software service), each in English, "
                                      "Swedish, Danish, Finnish or Dutch, with their stages, "
                                      "lanes and first cards in place. {1} starts an empty map "
                                      "and {2} opens a .journey file. Everything stays on this "
                                      "computer: no account, no network."),
            ("new_from_template", "new", "open")),
    Section(QT_TRANSLATE_NOOP("Help", "Stages, lanes and cards"),
            QT_TRANSLATE_NOOP("Help", "Stages are the columns: the steps the customer goes "
                                      "through before, during and after the purchase. Lanes "
                                      "are the rows: goals, touchpoints, the emotion curve, pain "
                                      "points, ideas and the teams behind them. {0} and {1} add "
                                      "one after the selected one; drag a header to move it, its "
                                      "edge to resize it. Double-click an empty cell and type to "
                                      "add a card: Enter keeps it, Esc drops it. {2} does the "
                                      "same in the cell you clicked last. Drag cards to another "
                                      "cell to move them."),
            ("add_stage", "add_lane", "add_card")),
    Section(QT_TRANSLATE_NOOP("Help", "The Inspector"),
            QT_TRANSLATE_NOOP("Help", "Select a card, a stage or a lane and the Inspector shows "
                                      "its fields, in a form that fits the card's lane: a "
                                      "touchpoint's channel, owner and control, what the "
                                      "customer expects and feels, evidence and validation "
                                      "status. With nothing selected it shows the map's title "
                                      "and the journey. {0} puts the keyboard in the first "
                                      "field; Esc there goes back to the map."),
            ("edit_in_inspector",)),
    Section(QT_TRANSLATE_NOOP("Help", "Connecting cards"),
            QT_TRANSLATE_NOOP("Help", "Drag from the handle on a card's right edge to another "
                                      "card to draw the customer's path, or select two cards "
                                      "and use {0}."),
            ("connect",)),
    Section(QT_TRANSLATE_NOOP("Help", "The emotion curve"),
            QT_TRANSLATE_NOOP("Help", "Give the cards an emotion in the Inspector, from -3 (very "
                                      "negative) to +3 (very positive). The emotion lane draws "
                                      "the customer's feelings as a curve across the stages, "
                                      "through the mean of each stage's cards, and shows each "
                                      "point as a face and a score, so that it reads without "
                                      "colour too.")),
    Section(QT_TRANSLATE_NOOP("Help", "Personas and journeys"),
            QT_TRANSLATE_NOOP("Help", "One file holds several personas and several journeys: "
                                      "the Personas and Journeys panels list them (the tabs "
                                      "along the window's edges open and close each panel). "
                                      "Choose a journey's persona in the Inspector. Create "
                                      "future state copies a journey into a linked future-state "
                                      "journey, and the Compare panel lists what differs, each "
                                      "difference a click away on the map.")),
    Section(QT_TRANSLATE_NOOP("Help", "Review"),
            QT_TRANSLATE_NOOP("Help", "The Review panel lists what deserves a second look: "
                                      "touchpoints without an owner, dead ends, too many teams "
                                      "in one stage, moments of truth. Click a finding to see it "
                                      "on the map. The Checklist panel holds the method's "
                                      "questions about the map, and {0} dims the validated "
                                      "cards so that what still needs checking stands out."),
            ("unvalidated_only",)),
    Section(QT_TRANSLATE_NOOP("Help", "Workshop mode and dot voting"),
            QT_TRANSLATE_NOOP("Help", "{0} shows the map full screen for the projector: the "
                                      "arrow keys step through the stages, Home shows the whole "
                                      "map, Esc leaves. Round… sets up dot voting: the "
                                      "participants and how many dots each may place. Choose who "
                                      "votes with the number keys 1 to 9, press V and click the "
                                      "cards that matter most; Shift+click takes a dot back. "
                                      "Results… ranks the cards by their dots. T shows a "
                                      "countdown timer for timed exercises: S starts or pauses "
                                      "it, + adds a minute, D chooses the time."),
            ("workshop",)),
    Section(QT_TRANSLATE_NOOP("Help", "Export and posters"),
            QT_TRANSLATE_NOOP("Help", "{0} prints the map as a PDF poster on any page size, or "
                                      "tiled onto A4 or Letter sheets for an office printer, "
                                      "with workshop handout pages if you like, and saves "
                                      "pictures as PNG or SVG. The dialog says how large the "
                                      "card text will print. When it would be hard to read on a "
                                      "wall, it warns you and offers a larger page, or a wide "
                                      "map split into several posters of consecutive stages "
                                      "(Posters side by side)."),
            ("export",)),
    Section(QT_TRANSLATE_NOOP("Help", "The map's language"),
            QT_TRANSLATE_NOOP("Help", "Menus and dialogs speak your system's language, or the "
                                      "one chosen in {0}, from the next start. The map's own "
                                      "words (lane kinds, phases, the poster's title block, "
                                      "legend and handout) follow the journey's Labels in field "
                                      "in the Inspector, shown when nothing is selected: a team "
                                      "can print a Finnish map from a Danish desktop."),
            ("preferences",)),
    Section(QT_TRANSLATE_NOOP("Help", "On your desktop"),
            QT_TRANSLATE_NOOP("Help", "To find Journey Editor in your desktop's menu and open "
                                      ".journey files with a double-click, run the first "
                                      "command below once in a terminal; the second removes "
                                      "exactly what the first added."),
            commands=("journey-editor desktop install", "journey-editor desktop uninstall")),
    Section(QT_TRANSLATE_NOOP("Help", "Undo, keys and the file"),
            QT_TRANSLATE_NOOP("Help", "Every change can be undone with {0}; the History panel "
                                      "lists them. {1} lists every key. A map is saved as one "
                                      ".journey file of readable JSON, a format documented "
                                      "with its schema."),
            ("undo", "help_shortcuts"), ("shortcuts", "file-format")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _section(section: Section, known: dict[str, Command]) -> str:
    # Escaped before the references go in: a translation's '<' or '&' stays text.
    body = escape(_t(section.body)).format(*(command_html(known[r]) for r in section.refs))
    links = " · ".join(f'<a href="help:{name}">{escape(_t(PAGES[name]))}</a>'
                       for name in section.links)
    lines = "".join(f"<pre>{escape(line)}</pre>" for line in section.commands)
    return (f"<h3>{escape(_t(section.title))}</h3><p>{body}</p>{lines}"
            + (f"<p>{links}</p>" if links else ""))


def guide_html() -> str:
    """The whole page, in the interface's language, with this platform's keys."""
    known = commands()
    intro = _t("Journey Editor maps customer journeys: the stages a customer goes through, "
               "what they do, meet and feel on the way, and the teams behind each touchpoint. "
               "This page walks through the editor.")
    return f"<p>{escape(intro)}</p>" + "".join(_section(s, known) for s in GUIDE)
