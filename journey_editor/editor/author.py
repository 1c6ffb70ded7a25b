"""Who records a revision: the login name, as the revision log stores it."""

from __future__ import annotations

import getpass

from journey_editor.model.types import MAX_NAME


def login_name() -> str:
    try:
        return getpass.getuser()[:MAX_NAME]
    except (OSError, KeyError, ImportError):
        return ""
