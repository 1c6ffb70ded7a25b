"""Two journeys side by side, stage by stage: for each stage and lane, the first
journey's cards on the left and the second's on the right, the differences tinted in
the colours the map uses (and marked + ~ − for a black-and-white print or a
colour-blind reader). A card's title is a link to it on the second journey's map.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journey_editor.canvas.compare_overlay import MARK_COLOURS
from journey_editor.model.compare_entries import ADDED, CHANGED, REMOVED, Comparison
from journey_editor.model.types import Card

TINTS = {ADDED: "#e1f3e6", CHANGED: "#fbefd2", REMOVED: "#fbe1de", None: "#f1f2f4"}
MARKERS = {ADDED: "+", CHANGED: "~", REMOVED: "\u2212", None: ""}
HEADER_FILL = "#2f3b52"
_LINK = "card:"

Pair = tuple[Any, Any]  # (item of the first journey or None, item of the second or None)


def _pairs(a_items: Sequence[Any], b_items: Sequence[Any], pairs: dict[str, str]) -> list[Pair]:
    """The second journey's order, each with its counterpart; then what only the first has."""
    from_b = {b_id: a_id for a_id, b_id in pairs.items()}
    a_by_id = {item.id: item for item in a_items}
    out: list[Pair] = [(a_by_id.get(from_b.get(item.id, "")), item) for item in b_items]
    return out + [(item, None) for item in a_items if item.id not in pairs]


def _by_cell(cards: Sequence[Card]) -> dict[tuple[str, str], list[Card]]:
    cells: dict[tuple[str, str], list[Card]] = defaultdict(list)
    for card in cards:
        cells[(card.stage, card.lane)].append(card)
    return cells


class SideBySideDialog(QDialog):
    """Emits `cardChosen(card id)`: an id in the second journey, or a removed card's
    (its ghost's) id in the first."""

    cardChosen = Signal(str)  # noqa: N815

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        sides = comparison.sides
        self.changes = comparison.card_changes()
        self.cells = (_by_cell(sides.a.cards), _by_cell(sides.b.cards))
        self.setWindowTitle(self.tr("Side by Side: {0} and {1}").format(sides.a.name, sides.b.name))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.only_differences = QCheckBox(self.tr("Only the rows with differences"), self)
        self.only_differences.toggled.connect(self._fill)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_differences)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def _fill(self) -> None:
        self.browser.setHtml(self.html())

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(_LINK):
            self.cardChosen.emit(text[len(_LINK):])

    # --- the page ----------------------------------------------------------------------

    def html(self) -> str:
        sides = self.comparison.sides
        head = (f"<tr><th align='left'>{escape(self.tr('Lane'))}</th>"
                f"<th align='left' width='42%'>{escape(sides.a.name)}</th>"
                f"<th align='left' width='42%'>{escape(sides.b.name)}</th></tr>")
        rows = [head]
        for stage in _pairs(sides.a.stages, sides.b.stages, sides.stages):
            rows += self._stage_rows(stage)
        return ("<table width='100%' cellspacing='0' cellpadding='5' border='1' "
                "style='border-color:#c9ced6; border-style:solid'>" + "".join(rows) + "</table>")

    def _stage_rows(self, stage: Pair) -> list[str]:
        sides = self.comparison.sides
        cards_a, cards_b = self.cells
        only_differences = self.only_differences.isChecked()
        rows = []
        for lane in _pairs(sides.a.lanes, sides.b.lanes, sides.lanes):
            left = cards_a.get((stage[0].id, lane[0].id), []) if stage[0] and lane[0] else []
            right = cards_b.get((stage[1].id, lane[1].id), []) if stage[1] and lane[1] else []
            marked = [(card, *self._change(card, True)) for card in left]
            marked += [(card, *self._change(card, False)) for card in right]
            if not marked or (only_differences and not any(m[1] for m in marked)):
                continue
            shown = [_card_html(*m) for m in marked]
            name = (lane[1] or lane[0]).name
            rows.append(f"<tr><td valign='top'>{escape(name)}</td>"
                        f"<td valign='top'>{''.join(shown[:len(left)])}</td>"
                        f"<td valign='top'>{''.join(shown[len(left):])}</td></tr>")
        title = self._stage_title(stage)
        if not rows and only_differences and title == (stage[1] or stage[0]).name:
            return []  # nothing differs in this stage
        return [f"<tr><td colspan='3' bgcolor='{HEADER_FILL}'><font color='white'><b>"
                f"{escape(title)}</b></font></td></tr>", *rows]

    def _stage_title(self, stage: Pair) -> str:
        before, after = stage
        if after is None:
            return self.tr("{0} (removed)").format(before.name)
        if before is None:
            return self.tr("{0} (added)").format(after.name)
        if before.name != after.name:
            return self.tr("{0} (was {1})").format(after.name, before.name)
        return str(after.name)

    def _change(self, card: Card, first: bool) -> tuple[str | None, str]:
        """What happened to a card (None: nothing) and the id its link shows on the
        second map: its own, its counterpart's, or for a removed card its ghost's."""
        if not first:
            return self.changes.get(card.id), card.id
        paired = self.comparison.sides.cards.get(card.id)
        if paired is None:
            return REMOVED, card.id
        return self.changes.get(paired), paired


def _card_html(card: Card, change: str | None, link: str) -> str:
    """A card as a tinted paragraph with its marker; the title links to the map."""
    title = escape(card.title)
    if change == REMOVED:
        title = f"<s>{title}</s>"
    marker = MARKERS[change]
    ink = MARK_COLOURS.get(change or "", "#1f2430")
    prefix = f"<b><font color='{ink}'>{marker}</font></b> " if marker else ""
    return (f"<p style='background-color:{TINTS[change]}; margin:2px 0px; padding:3px'>"
            f"{prefix}<a href='{_LINK}{escape(link)}' style='color:#1f2430; "
            f"text-decoration:none'>{title}</a></p>")
