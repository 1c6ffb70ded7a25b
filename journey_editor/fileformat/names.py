"""A file name for a map, made from its title, for Save As to suggest."""

from __future__ import annotations

import re
import unicodedata

SUFFIX = ".journey"
LONGEST = 80  # characters before the suffix: file dialogs and sync clients cope
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')  # refused by Windows, macOS or a shell


def file_name_for(title: str, fallback: str = "journey") -> str:
    """'Retail purchase journey' -> 'Retail purchase journey.journey'; letters of any
    script stay, what a file system refuses goes."""
    name = unicodedata.normalize("NFC", title)
    name = _UNSAFE.sub(" ", name)
    name = " ".join(name.split()).strip(" .")[:LONGEST].rstrip(" .")
    return (name or fallback) + SUFFIX
