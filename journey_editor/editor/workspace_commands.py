"""Undo commands on the workspace itself: its title, its personas and its journeys.

Same rules as `commands`: each `make_*` builder checks everything first and
returns None for an edit that cannot be made, so that the command it returns can
never fail in undo or redo. Cascades (a deleted persona leaves the journeys that
used it; a deleted journey leaves the future states based on it) are extra steps
of the same command, so that one undo restores all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from journey_editor.editor.commands import (
    AddCommand,
    DeleteCommand,
    EditCommand,
    ReorderCommand,
    make_edit,
    make_reorder,
)
from journey_editor.editor.document import Document
from journey_editor.fileformat import JourneyFileError
from journey_editor.model import ops
from journey_editor.model.edits import Edit, Insert, Remove, Step
from journey_editor.model.journeys import (
    blank_from,
    capped_name,
    copy_with_fresh_ids,
    future_state_of,
    journeys_based_on,
    journeys_with_persona,
)
from journey_editor.model.types import (
    MAX_LIST,
    MAX_NAME,
    ImageType,
    Journey,
    Persona,
    Workspace,
    new_id,
)
from journey_editor.templates import DEFAULT_LANGUAGE, new_from_template

MAX_SOURCE_BYTES = 64 * 1024 * 1024  # a bigger file is not a photo worth decoding


class PhotoError(ValueError):
    """An image that cannot be stored as a picture; the message is for the facilitator."""


def _label(item: Persona | Journey | Workspace) -> str:
    name = item.title if isinstance(item, Workspace) else item.name
    return name if len(name) <= 30 else name[:29] + "…"


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `name 2`, `name 3`...: two list entries that read the same confuse."""
    candidate, number = name, 2
    while candidate in taken:
        candidate = capped_name(name, f"{{0}} {number}", MAX_NAME)
        number += 1
    return candidate


# --- the map itself -----------------------------------------------------------------------

def make_set_map_title(document: Document, title: str,
                       merge: object = None) -> EditCommand | None:
    """Renames the map (the workspace's title, which posters and file names use). A blank
    title is allowed: it is what a field holds while the user retypes it. `merge` as in
    `make_edit`. Checked here, not by `make_edit`, which would validate the whole map on
    every keystroke."""
    if title == document.workspace.title or len(title) > MAX_NAME:
        return None
    old = _label(document.workspace)
    text = (QCoreApplication.translate("Commands", "Rename map '{0}'").format(old) if old
            else QCoreApplication.translate("Commands", "Name the map"))
    return EditCommand(document, text, Edit(None, "workspace", "workspace", {"title": title}),
                       merge)


# --- personas ---------------------------------------------------------------------------

def make_add_persona(document: Document, persona: Persona | None = None,
                     index: int | None = None, for_journey: str | None = None) -> AddCommand | None:
    """Adds a persona; `for_journey`, when that journey has no persona yet, gets this one
    in the same undo step (a journey without a persona is the usual reason to add one)."""
    personas = document.workspace.personas
    if persona is None:
        name = _unique(QCoreApplication.translate("Commands", "New persona"),
                       {p.name for p in personas})
        persona = Persona(id=new_id("persona"), name=name)
    if (len(personas) >= MAX_LIST or document.exists(None, "persona", persona.id)
            or ops.check_fields(persona, {}) is not None
            or (index is not None and not 0 <= index <= len(personas))):
        return None
    text = QCoreApplication.translate("Commands", "Add persona '{0}'").format(_label(persona))
    steps: list[Step] = [Insert(None, "persona", persona, index)]
    if (for_journey is not None and document.exists(None, "journey", for_journey)
            and document.journey(for_journey).persona is None):
        steps.append(Edit(None, "journey", for_journey, {"persona": persona.id}))
    return AddCommand(document, text, steps)


def make_delete_persona(document: Document, persona_id: str) -> DeleteCommand | None:
    """Deletes a persona; the journeys assigned to it are left without one."""
    if not document.exists(None, "persona", persona_id):
        return None
    persona = document.workspace.persona(persona_id)
    steps: list[Step] = [Edit(None, "journey", j.id, {"persona": None})
                         for j in journeys_with_persona(document.workspace, persona_id)]
    text = QCoreApplication.translate("Commands", "Delete persona '{0}'").format(_label(persona))
    return DeleteCommand(document, text, [*steps, Remove(None, "persona", persona_id)])


def make_reorder_persona(document: Document, persona_id: str,
                         new_index: int) -> ReorderCommand | None:
    return make_reorder(document, None, "persona", persona_id, new_index)


# --- journeys ---------------------------------------------------------------------------

def _blank_template(language: str) -> Journey | None:
    """The blank template's journey, in `language` when it exists, else in English."""
    for lang in dict.fromkeys((language, DEFAULT_LANGUAGE)):
        try:
            journeys = new_from_template("blank", lang).journeys
        except (LookupError, JourneyFileError):
            continue
        if journeys:
            return journeys[0]
    return None


def _insert_journey(document: Document, journey: Journey, index: int | None,
                    text: str) -> AddCommand | None:
    journeys = document.workspace.journeys
    if (len(journeys) >= MAX_LIST or document.exists(None, "journey", journey.id)
            or ops.check_fields(journey, {}) is not None
            or (index is not None and not 0 <= index <= len(journeys))):
        return None
    return AddCommand(document, text, [Insert(None, "journey", journey, index)])


def make_add_journey(document: Document, name: str | None = None, index: int | None = None,
                     language: str = DEFAULT_LANGUAGE) -> AddCommand | None:
    """A new journey with the blank template's stages (before, during, after) and lanes."""
    template = _blank_template(language)
    if template is None:
        return None
    taken = {j.name for j in document.workspace.journeys}
    journey = blank_from(template, _unique(name or template.name, taken))
    text = QCoreApplication.translate("Commands", "Add journey '{0}'").format(_label(journey))
    return _insert_journey(document, journey, index, text)


def make_duplicate_journey(document: Document, journey_id: str) -> AddCommand | None:
    """A copy with fresh ids for everything, placed after the original."""
    if not document.exists(None, "journey", journey_id):
        return None
    source = document.journey(journey_id)
    template = QCoreApplication.translate("Commands", "{0} (copy)")
    name = _unique(capped_name(source.name, template, MAX_NAME),
                   {j.name for j in document.workspace.journeys})
    copy = copy_with_fresh_ids(source, name)
    text = QCoreApplication.translate("Commands", "Duplicate journey '{0}'").format(_label(source))
    index = ops.index_of(document.workspace.journeys, journey_id) + 1
    return _insert_journey(document, copy, index, text)


def make_create_future_state(document: Document, journey_id: str) -> AddCommand | None:
    """A future-state journey based on a current-state one, placed after it.

    The copy keeps the ids of the stages, lanes, cards and connections (they only need
    to be unique within a journey), so that comparing the two matches them by id."""
    if not document.exists(None, "journey", journey_id):
        return None
    source = document.journey(journey_id)
    if source.state != "current":
        return None
    template = QCoreApplication.translate("Commands", "{0} (future state)")
    name = _unique(capped_name(source.name, template, MAX_NAME),
                   {j.name for j in document.workspace.journeys})
    text = QCoreApplication.translate("Commands", "Create future state of '{0}'").format(
        _label(source))
    index = ops.index_of(document.workspace.journeys, journey_id) + 1
    return _insert_journey(document, future_state_of(source, name), index, text)


def make_rename_journey(document: Document, journey_id: str, name: str) -> EditCommand | None:
    """None for a blank name (the list would show an empty row) or an unchanged one."""
    name = name.strip()
    if not name or not document.exists(None, "journey", journey_id):
        return None
    old = document.journey(journey_id)
    text = QCoreApplication.translate("Commands", "Rename journey '{0}' to '{1}'").format(
        _label(old), name if len(name) <= 30 else name[:29] + "…")
    return make_edit(document, None, "journey", journey_id, {"name": name}, text=text)


def make_reorder_journey(document: Document, journey_id: str,
                         new_index: int) -> ReorderCommand | None:
    return make_reorder(document, None, "journey", journey_id, new_index)


def make_delete_journey(document: Document, journey_id: str) -> DeleteCommand | None:
    """Deletes a journey, never the last one; future states based on it lose the link."""
    journeys = document.workspace.journeys
    if len(journeys) < 2 or not document.exists(None, "journey", journey_id):
        return None
    journey = document.journey(journey_id)
    steps: list[Step] = [Edit(None, "journey", j.id, {"based_on": None})
                         for j in journeys_based_on(document.workspace, journey_id)]
    text = QCoreApplication.translate("Commands", "Delete journey '{0}'").format(_label(journey))
    return DeleteCommand(document, text, [*steps, Remove(None, "journey", journey_id)])


# --- pictures (persona photos and card pictures: editor.picture_import) ----------------

def prepare_photo(data: bytes, max_bytes: int, side: int) -> tuple[bytes, ImageType]:
    """The image fitted into side x side pixels and encoded as PNG or JPEG in at most
    `max_bytes`. Re-encoding always also drops metadata (a phone photo's location)."""
    image = _read_image(data, side)
    for size in (side, side // 2, side // 4):
        fitted = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        if image.width() <= size and image.height() <= size:
            fitted = image  # never enlarge a small picture
        for encoded, kind in _encodings(fitted):
            if len(encoded) <= max_bytes:
                return encoded, kind
    raise PhotoError(QCoreApplication.translate(
        "Commands", "The photo is still larger than {0} KB after scaling it down. "
                    "Choose a simpler or smaller image.").format(max(1, max_bytes // 1024)))


def _read_image(data: bytes, side: int) -> QImage:
    not_an_image = QCoreApplication.translate(
        "Commands", "This file is not an image that can be read. Choose a PNG or JPEG photo.")
    if len(data) > MAX_SOURCE_BYTES:
        raise PhotoError(QCoreApplication.translate(
            "Commands", "This file is too large for a photo ({0} MB; at most {1} MB).").format(
            len(data) // (1024 * 1024), MAX_SOURCE_BYTES // (1024 * 1024)))
    if not data:
        raise PhotoError(not_an_image)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo taken upright shows upright
    stored = reader.size()
    if stored.isValid() and (stored.width() > 2 * side or stored.height() > 2 * side):
        # Decode big photos at a reduced size: fast, and far below Qt's memory limit.
        reader.setScaledSize(stored.scaled(QSize(2 * side, 2 * side),
                                           Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise PhotoError(not_an_image)
    return image


def _encodings(image: QImage) -> list[tuple[bytes, ImageType]]:
    """Candidates, preferred first: PNG keeps transparency, so it comes first for images
    that have some; otherwise the smaller of PNG and JPEG (drawings vs photographs)."""
    if image.hasAlphaChannel():
        flat = _flattened(image)
        return [(_encode(image, "PNG"), "image/png"),
                (_encode(flat, "JPEG", 85), "image/jpeg"),
                (_encode(flat, "JPEG", 60), "image/jpeg")]
    png: tuple[bytes, ImageType] = (_encode(image, "PNG"), "image/png")
    jpeg: tuple[bytes, ImageType] = (_encode(image, "JPEG", 85), "image/jpeg")
    return [*sorted((png, jpeg), key=lambda c: len(c[0])),
            (_encode(image, "JPEG", 60), "image/jpeg")]


def _flattened(image: QImage) -> QImage:
    """The image on white: JPEG has no transparency, and black behind it looks broken."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The ignore: PySide6's stub knows save(QIODevice, ...) only for a file name.
    image.save(buffer, fmt, quality)  # type: ignore[call-overload]
    return bytes(buffer.data().data())
