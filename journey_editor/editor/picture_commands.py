"""Attaching a picture to a card, or a photo to a persona, and taking it off: undoable,
through `edit_facade.push`.

One command sets the card's or persona's `picture` key and, in the same step list, the
workspace's images section: the picture comes into the section with its first user and
leaves it with its last one (`images.section_after`), so the map in memory holds what
its file will hold, and one undo restores both.
"""

from __future__ import annotations

from msgspec import UNSET
from PySide6.QtCore import QCoreApplication

from journey_editor.editor.commands import DocumentCommand
from journey_editor.editor.document import Document
from journey_editor.editor.edit_facade import Outcome, push
from journey_editor.model.edits import Edit, Step
from journey_editor.model.images import images_of, section_after
from journey_editor.model.types import MAX_PICTURES, Card, Image, Persona

# The images section is edited as the workspace's field, addressed by this item id.
_WORKSPACE = "workspace"


def _label(item: Card | Persona) -> str:
    name = item.title if isinstance(item, Card) else item.name
    return name if len(name) <= 30 else name[:29] + "…"


def make_attach_picture(document: Document, journey_id: str, card_id: str, key: str,
                        image: Image) -> DocumentCommand | None:
    """None when the card does not exist, shows this picture already, or the map holds
    as many pictures as a file may."""
    card = _card(document, journey_id, card_id)
    if card is None or card.picture == key:
        return None
    steps = _attach_steps(document, Edit(journey_id, "card", card_id, {"picture": key}),
                          card.picture, key, image)
    text = QCoreApplication.translate("Commands", "Attach picture to card '{0}'").format(
        _label(card))
    return DocumentCommand(document, text, steps) if steps else None


def make_attach_persona_picture(document: Document, persona_id: str, key: str,
                                image: Image) -> DocumentCommand | None:
    """The persona's photo; None as for a card's picture."""
    persona = _persona(document, persona_id)
    if persona is None or persona.picture == key:
        return None
    steps = _attach_steps(document, Edit(None, "persona", persona_id, {"picture": key}),
                          persona.picture, key, image)
    text = QCoreApplication.translate("Commands", "Set photo of persona '{0}'").format(
        _label(persona))
    return DocumentCommand(document, text, steps) if steps else None


def _attach_steps(document: Document, edit: Edit, leaving: str | None, key: str,
                  image: Image) -> list[Step]:
    """The item's edit, after the section's when it changes; empty when the section
    would hold more pictures than a file may."""
    images = images_of(document.workspace)
    after = section_after(document.workspace, {**images, key: image}, leaving)
    if len(after) > MAX_PICTURES:
        return []
    return [_set_section(after), edit] if after != images else [edit]


def make_remove_picture(document: Document, journey_id: str,
                        card_id: str) -> DocumentCommand | None:
    card = _card(document, journey_id, card_id)
    if card is None or card.picture is None:
        return None
    steps = _remove_steps(document, Edit(journey_id, "card", card_id, {"picture": None}),
                          card.picture)
    text = QCoreApplication.translate("Commands", "Remove picture from card '{0}'").format(
        _label(card))
    return DocumentCommand(document, text, steps)


def make_remove_persona_picture(document: Document,
                                persona_id: str) -> DocumentCommand | None:
    persona = _persona(document, persona_id)
    if persona is None or persona.picture is None:
        return None
    steps = _remove_steps(document, Edit(None, "persona", persona_id, {"picture": None}),
                          persona.picture)
    text = QCoreApplication.translate("Commands", "Remove photo of persona '{0}'").format(
        _label(persona))
    return DocumentCommand(document, text, steps)


def _remove_steps(document: Document, edit: Edit, leaving: str) -> list[Step]:
    images = images_of(document.workspace)
    after = section_after(document.workspace, images, leaving)
    return [edit, _set_section(after)] if after != images else [edit]


def _card(document: Document, journey_id: str, card_id: str) -> Card | None:
    if not document.exists(journey_id, "card", card_id):
        return None
    card = document.find(journey_id, "card", card_id)
    assert isinstance(card, Card)
    return card


def _persona(document: Document, persona_id: str) -> Persona | None:
    if not document.exists(None, "persona", persona_id):
        return None
    return document.workspace.persona(persona_id)


def _set_section(images: dict[str, Image]) -> Edit:
    # An empty section is left out of the file, as in a map that never had pictures.
    return Edit(None, "workspace", _WORKSPACE, {"images": images or UNSET})


def attach_picture(document: Document, journey_id: str, card_id: str, key: str,
                   image: Image) -> Outcome:
    return push(document, make_attach_picture(document, journey_id, card_id, key, image))


def remove_picture(document: Document, journey_id: str, card_id: str) -> Outcome:
    return push(document, make_remove_picture(document, journey_id, card_id))


def attach_persona_picture(document: Document, persona_id: str, key: str,
                           image: Image) -> Outcome:
    return push(document, make_attach_persona_picture(document, persona_id, key, image))


def remove_persona_picture(document: Document, persona_id: str) -> Outcome:
    return push(document, make_remove_persona_picture(document, persona_id))
