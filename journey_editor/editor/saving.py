"""Saving a document together with an entry of its revision log."""

from __future__ import annotations

from pathlib import Path

from journey_editor.editor.document import Document
from journey_editor.model.types import Revision


def save_with_revision(document: Document, path: Path, revision: Revision | None) -> None:
    """Saves `document` to `path`, its log ending with `revision` when one is given.

    The revision is part of the saved data, not an undo step: undo does not take a save
    back. Raises SaveError; the file and the log are then as they were."""
    log = document.workspace.revisions
    if revision is not None:
        log.append(revision)
    try:
        document.save(path)
    except Exception:
        if revision is not None:
            log.remove(revision)
        raise
