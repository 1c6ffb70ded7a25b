"""Reading and writing `.journey` files (no Qt)."""

from journey_editor.fileformat.errors import JourneyFileError, SaveError
from journey_editor.fileformat.reader import parse_workspace, read_workspace
from journey_editor.fileformat.writer import encode_workspace, save_workspace

__all__ = [
    "JourneyFileError",
    "SaveError",
    "encode_workspace",
    "parse_workspace",
    "read_workspace",
    "save_workspace",
]
