"""Attaching a picture to a card and taking it off: undoable, through `edit_facade.push`.

One command sets the card's `picture` key and, in the same step list, the workspace's
images section: the picture comes into the section with its first card and leaves it
with its last one, so the map in memory holds what its file will hold, and one undo
restores both.
"""

from __future__ import annotations

from msgspec import UNSET
from PySide6.QtCore import QCoreApplication

from journey_editor.editor.commands import DocumentCommand
from journey_editor.editor.document import Document
from journey_editor.editor.edit_facade import Outcome, push
from journey_editor.model.edits import Edit, Step
from journey_editor.model.images import all_cards, images_of
from journey_editor.model.types import MAX_PICTURES, Card, Image, Workspace

# The images section is edited as the workspace's field, addressed by this item id.
_WORKSPACE = "workspace"


def _label(card: Card) -> str:
    return card.title if len(card.title) <= 30 else card.title[:29] + "…"


def make_attach_picture(document: Document, journey_id: str, card_id: str, key: str,
                        image: Image) -> DocumentCommand | None:
    """None when the card does not exist, shows this picture already, or the map holds
    as many pictures as a file may."""
    card = _card(document, journey_id, card_id)
    if card is None or card.picture == key:
        return None
    workspace = document.workspace
    images = images_of(workspace)
    steps: list[Step] = [Edit(journey_id, "card", card_id, {"picture": key})]
    after = _section_after(workspace, {**images, key: image}, leaving=card.picture)
    if len(after) > MAX_PICTURES:
        return None
    if after != images:
        steps.insert(0, _set_section(after))
    text = QCoreApplication.translate("Commands", "Attach picture to card '{0}'").format(
        _label(card))
    return DocumentCommand(document, text, steps)


def make_remove_picture(document: Document, journey_id: str,
                        card_id: str) -> DocumentCommand | None:
    card = _card(document, journey_id, card_id)
    if card is None or card.picture is None:
        return None
    steps: list[Step] = [Edit(journey_id, "card", card_id, {"picture": None})]
    images = images_of(document.workspace)
    after = _section_after(document.workspace, images, leaving=card.picture)
    if after != images:
        steps.append(_set_section(after))
    text = QCoreApplication.translate("Commands", "Remove picture from card '{0}'").format(
        _label(card))
    return DocumentCommand(document, text, steps)


def _card(document: Document, journey_id: str, card_id: str) -> Card | None:
    if not document.exists(journey_id, "card", card_id):
        return None
    card = document.find(journey_id, "card", card_id)
    assert isinstance(card, Card)
    return card


def _set_section(images: dict[str, Image]) -> Edit:
    # An empty section is left out of the file, as in a map that never had pictures.
    return Edit(None, "workspace", _WORKSPACE, {"images": images or UNSET})


def _section_after(workspace: Workspace, images: dict[str, Image],
                   leaving: str | None) -> dict[str, Image]:
    """`images` without the picture a card is leaving, when no other card (a
    baseline's copy included) shows it."""
    if leaving is None or sum(card.picture == leaving for _, card in all_cards(workspace)) > 1:
        return images
    return {key: image for key, image in images.items() if key != leaving}


def attach_picture(document: Document, journey_id: str, card_id: str, key: str,
                   image: Image) -> Outcome:
    return push(document, make_attach_picture(document, journey_id, card_id, key, image))


def remove_picture(document: Document, journey_id: str, card_id: str) -> Outcome:
    return push(document, make_remove_picture(document, journey_id, card_id))
