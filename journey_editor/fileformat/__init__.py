"""Reading and writing `.journey` files (no Qt)."""

from typing import Any

from journey_editor.fileformat.errors import JourneyFileError, SaveError
from journey_editor.fileformat.reader import parse_workspace, read_workspace

__all__ = [
    "JourneyFileError",
    "SaveError",
    "encode_workspace",
    "parse_workspace",
    "read_workspace",
    "save_workspace",
]


def __getattr__(name: str) -> Any:
    """The writer (with its sweep of leftovers) is loaded when something writes: the
    commands that only read start without it."""
    if name in ("encode_workspace", "save_workspace"):
        from journey_editor.fileformat import writer

        return getattr(writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
