"""Undo commands that name revisions (baselines), remove their names, or mark the map as
it is now as a new baseline.

Same rules as `commands`: each builder checks everything first and returns None for a
naming that cannot be made (a blank, too long or taken name; a revision no longer in
the log; no room for another copy of the map), so the command never fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from journey_editor.editor.commands import DocumentCommand
from journey_editor.editor.document import Document
from journey_editor.model.baselines import (
    NameRevision,
    clean_name,
    index_of,
    name_problem,
    new_snapshot,
    room_for_snapshot,
)
from journey_editor.model.types import MAX_NAME, Journey, Revision


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def make_mark_baseline(document: Document, name: str, author: str,
                       now: dt.datetime | None = None) -> DocumentCommand | None:
    """A new revision named `name` at the end of the log, keeping the map as it is now."""
    name = clean_name(name)
    workspace = document.workspace
    if name_problem(workspace, name) is not None or not room_for_snapshot(workspace):
        return None
    revision = Revision(date=now or dt.datetime.now(dt.UTC), author=author[:MAX_NAME])
    step = NameRevision(None, "workspace", revision, name, new_snapshot(workspace.journeys),
                        append=True)
    return DocumentCommand(document, _tr("Mark baseline '{0}'").format(name), [step])


def make_name_revision(document: Document, revision: Revision, name: str,
                       journeys: Sequence[Journey] | None = None) -> DocumentCommand | None:
    """Names (or renames) a revision of the log. A revision named for the first time
    keeps a copy of `journeys`, the map as it was at that revision: without them only a
    baseline can be renamed."""
    name = clean_name(name)
    workspace = document.workspace
    if (index_of(workspace.revisions, revision) < 0 or name == revision.name
            or name_problem(workspace, name, revision) is not None):
        return None
    snapshot = None
    if revision.snapshot is None:
        if journeys is None or not room_for_snapshot(workspace):
            return None
        snapshot = new_snapshot(journeys)
    text = (_tr("Rename baseline '{0}' to '{1}'").format(revision.name, name) if revision.name
            else _tr("Name revision '{0}'").format(name))
    return DocumentCommand(document, text,
                           [NameRevision(None, "workspace", revision, name, snapshot)])


def make_remove_name(document: Document, revision: Revision) -> DocumentCommand | None:
    """Takes a baseline's name away, and the copy of the map it kept."""
    if index_of(document.workspace.revisions, revision) < 0 or not revision.name:
        return None
    return DocumentCommand(document, _tr("Remove baseline name '{0}'").format(revision.name),
                           [NameRevision(None, "workspace", revision, "")])
