"""The map for screen readers: the cards, stages and lanes as accessible objects, and the
selected one announced as the keyboard moves.

Graphics items are no widgets, so Qt's accessibility tree stops at the view. An
interface factory gives the view an interface (`MapAccessible`) whose children are, after
its own widgets (viewport, scroll bars), one `ItemAccessible` per card, stage and lane:
role, name ("Card: Checkout, lane Website, stage During, emotion -2 frustrated, status
Draft"), place on screen and state (selected, focused). On a selection change the view's
own accessible name becomes that sentence too, and a Focus event names the item, so a
screen reader speaks the card the arrow keys or Tab reached.

Item interfaces are written in Python: Qt does not own them, so they are kept here and
deregistered (deleted on the C++ side) when their item goes, when the view goes, and
before the interpreter exits; a Python interface freed while Qt still lists it would
crash the process. They are made only when an assistive tool (or a test) asks.
"""

from __future__ import annotations

import atexit
import weakref
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAction,
    QKeySequence,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsItem

from journey_editor.canvas import navigation
from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import JourneyView
from journey_editor.model.types import Card, Journey

Key = tuple[str, str]  # (kind, id): "card", "stage" or "lane", and the item's id
ROLES = {"card": QAccessible.Role.ListItem, "stage": QAccessible.Role.ColumnHeader,
         "lane": QAccessible.Role.RowHeader}
NAME = QAccessible.Text.Name


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapAccessibility", text)


def _choice_label(choices: Sequence[tuple[str, Any]], value: object) -> str:
    from journey_editor.ui.fields.base import translated  # the Inspector's own words

    return next((translated(label) for label, v in choices if v == value), str(value))


def describe_card(journey: Journey, card: Card) -> str:
    """What a screen reader says for a card: title, lane, stage, emotion, status."""
    from journey_editor.ui.inspector_specs import EMOTIONS, STATUS  # not at start-up

    lane = next((la.name for la in journey.lanes if la.id == card.lane), "")
    stage = next((st.name for st in journey.stages if st.id == card.stage), "")
    parts = [_tr("Card: {0}").format(card.title or _tr("untitled")),
             _tr("lane {0}").format(lane), _tr("stage {0}").format(stage)]
    if card.emotion is not None:
        parts.append(_tr("emotion {0}").format(_choice_label(EMOTIONS, card.emotion)))
    parts.append(_tr("status {0}").format(_choice_label(STATUS, card.status)))
    if card.key_touchpoint:
        parts.append(_tr("key touchpoint"))
    return ", ".join(parts)


def describe(journey: Journey, kind: str, item_id: str) -> str:
    """The sentence for a card, a stage or a lane of `journey` ('' if it is gone)."""
    if kind == "card":
        card = next((c for c in journey.cards if c.id == item_id), None)
        return describe_card(journey, card) if card is not None else ""
    headers = [(h.id, h.name) for h in (journey.stages if kind == "stage" else journey.lanes)]
    index = next((i for i, (h, _) in enumerate(headers) if h == item_id), None)
    if index is None:
        return ""
    text = _tr("Stage {0} of {1}: {2}") if kind == "stage" else _tr("Lane {0} of {1}: {2}")
    return text.format(index + 1, len(headers), headers[index][1])


# PySide's stubs say these methods never return None; Qt's API answers nullptr for
# "none", so the overrides below return None there (type: ignore[override]).

class ItemAccessible(QAccessibleInterface):
    """A card, stage or lane of the map, looked up by id on every question."""

    def __init__(self, access: MapAccess, key: Key) -> None:
        super().__init__()
        self.access = access
        self.key = key

    def _item(self) -> QGraphicsItem | None:
        return self.access.graphics_item(self.key)

    def isValid(self) -> bool:  # noqa: N802
        return self._item() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.access.view.window().windowHandle()

    def relations(self, match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self.access.view)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        return self.access.sentence(self.key) if kind == NAME else ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802
        pass  # names are edited through commands, not by assistive tools

    def rect(self) -> QRect:
        item, view = self._item(), self.access.view
        if item is None:
            return QRect()
        shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapToGlobal(shown.topLeft()), shown.size())

    def role(self) -> QAccessible.Role:
        return ROLES[self.key[0]]

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item, view = self._item(), self.access.view
        state.selectable = state.focusable = True
        if item is None:
            state.invalid = True
            return state
        state.selected = item.isSelected()
        state.focused = item.isSelected() and view.hasFocus()
        shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        state.offscreen = not view.viewport().rect().intersects(shown)
        return state


class MapAccessible(QAccessibleWidget):
    """The view's interface: its widgets, then the map's cards, stages and lanes."""

    def __init__(self, view: JourneyView, access: MapAccess) -> None:
        super().__init__(view, QAccessible.Role.List)
        self.access = access

    def childCount(self) -> int:  # noqa: N802
        return super().childCount() + len(self.access.keys())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        widgets = super().childCount()
        if index < widgets:
            return super().child(index)
        keys = self.access.keys()
        return self.access.interface(keys[index - widgets]) if index - widgets < len(keys) \
            else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        if isinstance(child, ItemAccessible):
            index = self.access.index(child.key)
            return -1 if index is None else super().childCount() + index
        return super().indexOfChild(child)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        key = self.access.selected()
        if key is None or not self.access.view.hasFocus():
            return super().focusChild()
        return self.access.interface(key)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        view = self.access.view
        at = view.viewport().mapFromGlobal(QPoint(x, y))
        if view.viewport().rect().contains(at):
            for item in view.items(at):
                key = self.access.key_of(item)
                if key is not None:
                    return self.access.interface(key)
        return super().childAt(x, y)


# Views with their accessibility, for the factory (weak: a closed window goes away).
_ACCESS: weakref.WeakKeyDictionary[JourneyView, MapAccess] = weakref.WeakKeyDictionary()


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    access = _ACCESS.get(obj) if isinstance(obj, JourneyView) else None
    return MapAccessible(obj, access) if access is not None else None  # type: ignore[arg-type]


def _help_text(actions: dict[str, QAction]) -> str:
    """The view's description: how to get around the map, with this window's keys."""
    def key(action_id: str) -> str:
        keys = actions[action_id].shortcuts()
        return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""

    return _tr("Arrow keys and Tab move between the cards, Return or F2 edits a title, {0} "
               "opens its fields in the Inspector, {1} moves to the panels.").format(
        key("edit_in_inspector"), key("next_pane"))


_LIVE: dict[int, ItemAccessible] = {}  # every item interface Qt lists, by its Qt id


def _release(uids: list[int]) -> None:
    """Qt deletes the interfaces (by id: one Qt deleted already is not touched), then
    Python lets go of them."""
    for uid in uids:
        QAccessible.deleteAccessibleInterface(uid)
        _LIVE.pop(uid, None)


def _release_all() -> None:
    _release(list(_LIVE))


class MapAccess:
    """Owned by the main window: the map's accessible items and what is announced."""

    _installed = False

    def __init__(self, view: JourneyView, actions: dict[str, QAction]) -> None:
        self.view = view
        self.help = _help_text(actions)  # how to move around, read after the name
        self._scene: weakref.ref[JourneyScene] | None = None
        self._keys: list[Key] | None = None  # the children's order, until the map changes
        self._index: dict[Key, int] = {}
        self._interfaces: dict[Key, int] = {}  # the items' interfaces, by their Qt id
        _ACCESS[view] = self
        if not MapAccess._installed:
            MapAccess._installed = True
            QAccessible.installFactory(_factory)
            atexit.register(_release_all)  # before Qt's own clean-up at exit
        view.destroyed.connect(lambda *_: self._drop(list(self._interfaces)))

    # --- the items -----------------------------------------------------------------------

    def scene(self) -> JourneyScene | None:
        """The map shown, None while there is none (or its journey was just deleted and
        the window has not switched yet)."""
        scene = self.view.scene()
        if not isinstance(scene, JourneyScene) or not scene.document.exists(
                None, "journey", scene.journey_id):
            return None
        return scene

    def _groups(self, scene: JourneyScene) -> Iterator[tuple[str, dict[str, QGraphicsItem]]]:
        yield "stage", scene.stage_headers  # type: ignore[misc]
        yield "lane", scene.lane_headers  # type: ignore[misc]
        yield "card", scene.cards  # type: ignore[misc]

    def keys(self) -> list[Key]:
        """Stages, lanes, then the cards in the order Tab walks them."""
        scene = self.scene()
        if scene is None:
            return []
        if self._keys is None:
            cards = [c for c in navigation.reading_order(scene.layout) if c in scene.cards]
            self._keys = ([("stage", s) for s in scene.stage_headers]
                          + [("lane", la) for la in scene.lane_headers]
                          + [("card", c) for c in cards])
            self._index = {key: i for i, key in enumerate(self._keys)}
        return self._keys

    def index(self, key: Key) -> int | None:
        self.keys()
        return self._index.get(key)

    def graphics_item(self, key: Key) -> QGraphicsItem | None:
        scene = self.scene()
        if scene is None:
            return None
        return dict(self._groups(scene))[key[0]].get(key[1])

    def key_of(self, item: QGraphicsItem) -> Key | None:
        scene = self.scene()
        for kind, items in self._groups(scene) if scene is not None else ():
            item_id = getattr(item, "item_id", None)
            if item_id is not None and items.get(item_id) is item:
                return kind, item_id
        return None

    def interface(self, key: Key) -> ItemAccessible:
        uid = self._interfaces.get(key)
        if uid is None:
            iface = ItemAccessible(self, key)
            uid = self._interfaces[key] = QAccessible.registerAccessibleInterface(iface)
            _LIVE[uid] = iface
        return _LIVE[uid]

    def selected(self) -> Key | None:
        scene = self.scene()
        picked = scene.selected_item() if scene is not None else None
        return picked if picked is not None and picked[0] in ROLES else None  # type: ignore[return-value]

    def sentence(self, key: Key) -> str:
        scene = self.scene()
        if scene is None:
            return ""
        return describe(scene.document.journey(scene.journey_id), *key)

    # --- announcing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """After a selection change, a new scene or an edit: the view's name says what is
        selected, and a screen reader following the focus hears it."""
        scene = self.scene()
        if scene is None:
            return
        if self._scene is None or self._scene() is not scene:  # another journey or file
            self._scene = weakref.ref(scene)
            self._drop(list(self._interfaces))
        self._keys = None
        self._drop([k for k in self._interfaces if self.graphics_item(k) is None])
        key = self.selected()
        journey = scene.document.journey(scene.journey_id)
        name = self.sentence(key) if key is not None else \
            _tr("Journey map: {0}").format(journey.name)
        if name != self.view.accessibleName():
            self.view.setAccessibleName(name)  # Qt sends NameChanged itself
        if self.help and self.view.accessibleDescription() != self.help:
            self.view.setAccessibleDescription(self.help)
        if key is not None and self.view.hasFocus() and QAccessible.isActive():
            self._announce_focus(key)

    def _announce_focus(self, key: Key) -> None:
        """Tells assistive tools that the focus is on the item now (they read it out)."""
        view = QAccessible.queryAccessibleInterface(self.view)
        index = view.indexOfChild(self.interface(key)) if view is not None else -1
        if index >= 0:
            event = QAccessibleEvent(self.view, QAccessible.Event.Focus)
            event.setChild(index)
            QAccessible.updateAccessibility(event)

    def _drop(self, keys: list[Key]) -> None:
        _release([self._interfaces.pop(k) for k in keys if k in self._interfaces])
