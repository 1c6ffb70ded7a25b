"""The user's own touchpoint library entries on disk: a small JSON file (no Qt).

The file lives in the platform's user data folder (never inside the app); the
catalog itself (`model/catalog.py`) only knows entries, not where they are kept.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from journey_editor.fileformat.writer import write_atomically
from journey_editor.model.catalog import Entry

USER_FILE = "touchpoint-library.json"


class UserLibrary(msgspec.Struct):
    entries: list[Entry] = msgspec.field(default_factory=list)


def load_user_entries(folder: Path) -> list[Entry]:
    """The user's own entries; a missing or damaged file counts as none (it is only a list)."""
    try:
        data = (folder / USER_FILE).read_bytes()
        return [msgspec.structs.replace(e, user=True)
                for e in msgspec.json.decode(data, type=UserLibrary).entries]
    except (OSError, msgspec.DecodeError):
        return []


def save_user_entries(folder: Path, entries: list[Entry]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = msgspec.json.format(msgspec.json.encode(UserLibrary(entries)), indent=2)
    write_atomically(data, folder / USER_FILE, backup=False)
