"""Upgrades of older `.journey` files, one `@migrator(n, n + 1)` step per format version.

Steps work on the raw decoded JSON (dicts and lists), never on model types, so a
step stays valid when the model changes later. They run in order on a copy: a
step that fails leaves the user's file and the loaded data untouched.
"""

from __future__ import annotations

import base64
import binascii
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from journey_editor.fileformat.errors import printable
from journey_editor.fileformat.pictures import complete, digest, header_size, kind_of
from journey_editor.i18n import translate
from journey_editor.model.types import FORMAT_VERSION

Raw = dict[str, Any]
Step = Callable[[Raw], Raw]

_STEPS: dict[int, Step] = {}


def migrator(from_version: int, to_version: int) -> Callable[[Step], Step]:
    if to_version != from_version + 1:
        raise ValueError("a migration step goes from one version to the next")

    def register(step: Step) -> Step:
        _STEPS[from_version] = step
        return step

    return register


def oldest_readable() -> int:
    version = FORMAT_VERSION
    while version - 1 in _STEPS:
        version -= 1
    return version


def migrate(raw: Raw, version: int) -> Raw:
    """Brings `raw` from `version` up to FORMAT_VERSION; KeyError/TypeError mean a bad file."""
    while version < FORMAT_VERSION:
        raw = _STEPS[version](raw)
        version += 1
        raw["version"] = version
    return raw


@migrator(0, 1)
def _preview_to_v1(raw: Raw) -> Raw:
    """Version 0 was the development preview: `title`/`type`/`text`/`score` names, `links`."""
    out = {k: v for k, v in raw.items() if k not in ("name", "journeys")}
    out["title"] = raw.get("name", "")
    out["journeys"] = [_journey_v0(j) for j in raw.get("journeys", [])]
    return out


def _journey_v0(journey: Raw) -> Raw:
    out = {k: v for k, v in journey.items() if k not in ("stages", "lanes", "cards", "links")}
    out["stages"] = [{"id": s["id"], "name": s.get("title", "")} for s in journey.get("stages", [])]
    out["lanes"] = [
        {"id": lane["id"], "name": lane.get("title", ""), "kind": lane.get("type", "text")}
        for lane in journey.get("lanes", [])
    ]
    out["cards"] = [_card_v0(c) for c in journey.get("cards", [])]
    out["connections"] = [
        {"id": f"{link['from']}-{link['to']}", "source": link["from"], "target": link["to"]}
        for link in journey.get("links", [])
    ]
    return out


def _card_v0(card: Raw) -> Raw:
    out = {"id": card["id"], "stage": card["stage_id"], "lane": card["lane_id"]}
    out["title"] = card.get("text", "")
    if card.get("score") is not None:
        out["emotion"] = card["score"]
    return out


# Version 2's limits on a stored picture (`Image`) and on the images section: a version 1
# photo over them is left out.
_V2_SIDE, _V2_BYTES, _V2_PICTURES = 1024, 2 * 1024 * 1024, 1_000


@migrator(1, 2)
def _photos_to_v2(raw: Raw) -> Raw:
    """Version 1 kept a persona's photo inline (`photo`, base64, and `photo_type`);
    version 2 keeps it in the images section as cards keep theirs, and the persona
    names it by key (`picture`). The bytes move as they are, unless they fail the
    checks every stored picture passes (not PNG or JPEG, no size in the header, larger
    than a stored picture may be, cut short, no room left in the section): such a photo
    is left out, the persona kept, so that a file that opened before still opens."""
    section = raw.get("images", {})
    # A damaged file keeps its damage where it is, for the reader to name precisely.
    images: Raw = dict(section) if isinstance(section, dict) else {}
    out = dict(raw)
    out["personas"] = _each(raw.get("personas", []), lambda p: _persona_v1(p, images))
    if "conflicts" in raw:
        conflicts = _each(raw["conflicts"], lambda c: _conflict_v1(c, images))
        out["conflicts"] = ([c for c in conflicts if c is not None]
                            if isinstance(conflicts, list) else conflicts)
    if images and isinstance(section, dict):
        out["images"] = images
    return out


def _each(items: object, step: Callable[[Raw], Raw | None]) -> Any:
    """`step` applied to each object of a list; anything else left as it is."""
    if not isinstance(items, list):
        return items
    return [step(item) if isinstance(item, dict) else item for item in items]


class LeftOut(UserWarning):
    """Part of an older file that could not be carried into this version and was left
    out (the message says what); the file on disk keeps it until the map is saved."""


@contextmanager
def left_out_notes() -> Iterator[list[str]]:
    """What the files read within it left out, one line each, filled in at its end."""
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LeftOut)
        yield notes
    notes.extend(str(w.message) for w in caught if issubclass(w.category, LeftOut))


def _persona_v1(persona: Raw, images: Raw) -> Raw:
    out = {k: v for k, v in persona.items() if k not in ("photo", "photo_type")}
    key = _adopt_photo(persona.get("photo"), images)
    if key is not None:
        out["picture"] = key
    elif persona.get("photo"):
        warnings.warn(LeftOut(translate(
            "FileErrors", "the photo of persona '{0}' is damaged or too large for this "
            "version and was left out").format(printable(str(persona.get("name", ""))))),
            stacklevel=2)
    return out


def _conflict_v1(conflict: Raw, images: Raw) -> Raw | None:
    """A merge conflict about a persona's photo names the picture's key instead; one
    about its type is dropped (the key says it), and a deleted persona's copy moves its
    photo as a persona does."""
    if conflict.get("kind") != "persona":
        return conflict
    field = conflict.get("field", "")
    if field == "photo_type":
        return None
    sides = ("base", "ours", "theirs")
    if field == "photo":
        return {**conflict, "field": "picture",
                **{side: _adopt_photo(conflict.get(side), images) for side in sides}}
    if field == "":
        return {**conflict, **{side: _persona_v1(conflict[side], images) for side in sides
                               if isinstance(conflict.get(side), dict)}}
    return conflict


def _adopt_photo(photo: object, images: Raw) -> str | None:
    """The key of a version 1 photo (base64 text) put into `images`, None without one."""
    if not isinstance(photo, str):
        return None
    try:
        data = base64.b64decode(photo, validate=True)
    except (binascii.Error, ValueError):
        return None
    kind = kind_of(data)
    size = header_size(data, kind) if kind is not None else None
    if (kind is None or size is None or not 1 <= min(size) <= max(size) <= _V2_SIDE
            or len(data) > _V2_BYTES or not complete(data, kind)):
        return None
    key = digest(data)
    if key not in images and len(images) >= _V2_PICTURES:
        return None
    images[key] = {"type": kind, "width": size[0], "height": size[1], "data": photo}
    return key
