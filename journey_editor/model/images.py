"""Pictures on cards and personas' photos: which ones a map uses, and the pictures this
process has seen.

A card names its picture by the SHA-256 of the picture's bytes (`Card.picture`), a
persona its photo likewise (`Persona.picture`), and the bytes live once in
`Workspace.images`. The painters get a card's box from the layout,
which knows no workspace; they find the picture here, in a process-wide table filled by
whatever brings pictures in (the file reader, the picture import, a paste). The table is
content-addressed: a key always means the same bytes, so a picture of another map, of
an undone attach or of a closed file is never wrong, only kept.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import msgspec
from msgspec import UNSET, UnsetType

from journey_editor.model.types import Card, Image, Workspace

_KNOWN: dict[str, Image] = {}


def remember(images: Mapping[str, Image] | UnsetType) -> None:
    """Adds pictures to the table; their keys must be their digests (checked on load)."""
    if images is not UNSET:
        _KNOWN.update(images)


def known(key: str) -> Image | None:
    return _KNOWN.get(key)


def images_of(workspace: Workspace) -> dict[str, Image]:
    return workspace.images if workspace.images is not UNSET else {}


def all_cards(workspace: Workspace) -> Iterator[tuple[str, Card]]:
    """(where, card) for every card of the file, the baselines' copies too."""
    for j, journey in enumerate(workspace.journeys):
        for i, card in enumerate(journey.cards):
            yield f"journeys[{j}].cards[{i}]", card
    snapshots = workspace.snapshots if workspace.snapshots is not UNSET else []
    for s, snapshot in enumerate(snapshots):
        for j, journey in enumerate(snapshot.journeys):
            for i, card in enumerate(journey.cards):
                yield f"snapshots[{s}].journeys[{j}].cards[{i}]", card


def references(workspace: Workspace) -> Iterator[tuple[str, str]]:
    """(where, key) for every picture a card or a persona shows, the baselines' too."""
    for index, persona in enumerate(workspace.personas):
        if persona.picture is not None:
            yield f"personas[{index}]", persona.picture
    for where, card in all_cards(workspace):
        if card.picture is not None:
            yield where, card.picture


def in_use(workspace: Workspace) -> set[str]:
    return {key for _, key in references(workspace)}


def section_after(workspace: Workspace, images: dict[str, Image],
                  leaving: str | None) -> dict[str, Image]:
    """`images` without the picture one card or persona is leaving, when nothing else
    (another card, a persona, a baseline's copy) shows it: a picture leaves the section
    with its last user, so the map in memory holds what its file will hold."""
    if leaving is None or sum(key == leaving for _, key in references(workspace)) > 1:
        return images
    return {key: image for key, image in images.items() if key != leaving}


def as_saved(workspace: Workspace) -> Workspace:
    """The workspace as it is saved: the pictures its cards and personas show, and no
    images section at all without any (a shallow copy; the map itself keeps every
    picture, which an undo may bring back). A picture a card brought from another map
    (pasted) comes from the table: its key is its digest, so it is that picture."""
    section = images_of(workspace)
    used = in_use(workspace)
    if used == section.keys() and (section or workspace.images is UNSET):
        return workspace
    kept = {key: image for key, image in section.items() if key in used}
    for key in sorted(used - kept.keys()):
        image = _KNOWN.get(key)
        if image is not None:
            kept[key] = image
    return msgspec.structs.replace(workspace, images=kept or UNSET)
