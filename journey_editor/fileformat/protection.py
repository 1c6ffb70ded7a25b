"""Write protection: a file the user may not change is never replaced (no Qt).

Saving replaces a file by renaming a new one over it, which needs permission on the
folder only: without this check a `chmod 444` map in a writable folder would be replaced
(keeping its mode), and another user's map would become ours. Two cases count:

- the file is not writable for us (`os.access`: mode bits, ACLs, a read-only disk);
- it belongs to another user. Even when we may write it (a group-writable shared map,
  or root), the replacement would be owned by us, and its owner could lose the right to
  change their own map. Writing in place instead would keep the owner but lose the
  all-or-nothing save, so such a map opens read-only and saves as a copy.

A file that does not exist yet is no one's: it may be created. Where the system has no
owners (Windows), only the first case applies.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

from journey_editor.fileformat.errors import SaveError
from journey_editor.i18n import translate


class Protection(StrEnum):
    WRITE_PROTECTED = "write_protected"
    OTHER_OWNER = "other_owner"


class WriteProtected(SaveError):
    """Saving would replace a protected file: nothing was written."""

    def __init__(self, path: str | Path, kind: Protection) -> None:
        self.kind = kind
        super().__init__(path, translate("FileErrors", "{0}; nothing was written").format(
            reason(path, kind)))


def protection(path: str | Path) -> Protection | None:
    """Why `path` must not be replaced, or None when it may be (or does not exist)."""
    try:
        owner = os.stat(path).st_uid
    except OSError:  # missing (created, not replaced) or unreadable: the writer reports that
        return None
    if not os.access(path, os.W_OK):
        return Protection.WRITE_PROTECTED
    if hasattr(os, "geteuid") and owner != os.geteuid():
        return Protection.OTHER_OWNER
    return None


def refuse_protected(path: str | Path) -> None:
    """Raises WriteProtected (a SaveError) when `path` must not be replaced."""
    found = protection(path)
    if found is not None:
        raise WriteProtected(path, found)


def reason(path: str | Path, kind: Protection) -> str:
    """The reason in words, lower case, to follow the file's name or "read-only:"."""
    if kind is Protection.WRITE_PROTECTED:
        return translate("FileErrors", "the file is write-protected")
    return translate("FileErrors", "the file belongs to {0}, and saving over it would make "
                                   "you its owner").format(_owner_name(path))


def _owner_name(path: str | Path) -> str:
    try:
        import pwd  # not on Windows, where no file is "another user's" here

        return pwd.getpwuid(os.stat(path).st_uid).pw_name
    except (ImportError, KeyError, OSError):
        return translate("FileErrors", "another user")
