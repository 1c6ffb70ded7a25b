"""Editing on the map itself: a card's title or a header's name typed over the text,
and a new card typed into an empty spot of a cell (see `inline_editor`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtWidgets import QWidget

from journey_editor.canvas import navigation
from journey_editor.canvas.inline_editor import InlineEditor
from journey_editor.canvas.scene import JourneyScene
from journey_editor.editor import edit_facade
from journey_editor.layout import textmetrics
from journey_editor.model.edits import ItemKind
from journey_editor.model.types import Card, new_id


class EditingView(Protocol):
    """What in-place editing uses of the map's view (canvas.view.JourneyView)."""

    cursor_cell: navigation.Cell | None

    def journey_scene(self) -> JourneyScene: ...
    def window(self) -> QWidget: ...
    def setFocus(self, reason: Qt.FocusReason, /) -> None: ...  # noqa: N802
    def bring_into_view(self, rect: QRectF, margin: int) -> None: ...


class InPlaceEditing:
    """The view's one in-place editor at a time (`editor`, None when closed)."""

    def __init__(self, view: EditingView) -> None:
        self.view = view
        self.editor: InlineEditor | None = None

    def _refused(self, what: str) -> bool:
        """A read-only map opens no editor: what would be typed could not be kept."""
        document = self.view.journey_scene().document
        if document.read_only:
            document.refused.emit(what)
        return document.read_only

    def _take_keyboard(self) -> None:
        """What is typed next goes to the in-place editor, whichever widget had the focus
        (an inspector field, a panel's list): that widget loses it first, so a field's
        pending edit is committed before the map is looked at."""
        self.view.window().activateWindow()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open_editor(self, rect: QRectF, text: str, size: float, on_commit: object,
                     centered: bool = False) -> None:
        if self.editor is not None:
            self.editor.close(commit=True)
        editor = InlineEditor(rect, text, size, on_commit, self._editor_closed,  # type: ignore[arg-type]
                              centered)
        self.view.journey_scene().addItem(editor)
        self.editor = editor
        editor.start()
        self.view.bring_into_view(editor.sceneBoundingRect(), 30)

    def _editor_closed(self) -> None:
        self.editor = None
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_edit(self, kind: ItemKind, item_id: str,
                   on_commit: Callable[[str], None] | None = None) -> None:
        """Edits a card's title or a header's name in place; `on_commit` replaces the
        usual rename command (it receives the typed text)."""
        scene = self.view.journey_scene()
        if self._refused(QCoreApplication.translate("Canvas", "Edit")):
            return
        self._take_keyboard()
        target = scene.document.find(scene.journey_id, kind, item_id)
        if kind == "card":
            text, size = scene.layout.cards[item_id].title, scene.map_style.card_font
        else:
            headers = scene.stage_headers if kind == "stage" else scene.lane_headers
            text = headers[item_id].box.text
            size = scene.map_style.stage_font if kind == "stage" else scene.map_style.lane_font
        rect = QRectF(text.x, text.y, text.width, text.line_height)  # over the text itself
        current = target.title if isinstance(target, Card) else getattr(target, "name", "")
        self._open_editor(rect, current, size,
                          on_commit or (lambda typed: self.rename(kind, item_id, typed)),
                          centered=text.align == "center")

    def rename(self, kind: ItemKind, item_id: str, text: str) -> None:
        """Sets a card's title or a stage's or lane's name (which cannot be empty)."""
        if kind != "card" and not text:
            return
        scene = self.view.journey_scene()
        edit_facade.rename(scene.document, scene.journey_id, kind, item_id, text)

    def start_add(self, stage: str, lane: str) -> None:
        if self._refused(QCoreApplication.translate("Canvas", "Add card")):
            return
        self._take_keyboard()
        scene = self.view.journey_scene()
        cell = scene.layout.cells[(stage, lane)]
        # Where the new card's title will be drawn (below the cell's cards, as it is
        # added after them), so the text neither covers a card nor jumps on Enter.
        style = scene.map_style
        inset = style.cell_padding + style.card_padding
        top = max((scene.layout.cards[card].rect.bottom + style.card_gap + style.card_padding
                   for card in navigation.cards_in(scene.layout, (stage, lane))),
                  default=cell.y + inset)
        rect = QRectF(cell.x + inset, top,
                      min(style.card_width, cell.w - 2 * style.cell_padding)
                      - 2 * style.card_padding, textmetrics.line_height(style.card_font))
        doc, journey_id = scene.document, scene.journey_id

        def commit(text: str) -> None:
            if not text:
                return
            card = Card(id=new_id("card"), stage=stage, lane=lane, title=text)
            if edit_facade.add_card(doc, journey_id, card):
                scene.select_cards([card.id])
                self.view.cursor_cell = (stage, lane)

        self.view.cursor_cell = (stage, lane)
        self._open_editor(rect, "", scene.map_style.card_font, commit)

