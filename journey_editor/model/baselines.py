"""Named revisions (baselines) of a map and the copies of the map they keep (no Qt).

Why a copy: the revision log records when, by whom and a summary, never the map, so
nothing could rebuild the map as it was at a revision. A baseline therefore keeps the
journeys as they were in the file's `snapshots` section, apart from the map so that a
diff of the file shows edits to the map as before. Only named revisions keep one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from msgspec import UNSET

from journey_editor.i18n import translate
from journey_editor.model.edits import Change, Step
from journey_editor.model.types import (
    MAX_BASELINE_NAME,
    MAX_SNAPSHOTS,
    Journey,
    Revision,
    Snapshot,
    Workspace,
    clone,
    new_id,
)

# What a baseline edit reports: the workspace's log and its copies changed.
FIELDS = frozenset({"revisions", "snapshots"})


def _t(text: str) -> str:
    return translate("Baselines", text)


def snapshots_of(workspace: Workspace) -> list[Snapshot]:
    return [] if workspace.snapshots is UNSET else workspace.snapshots


def snapshot_of(workspace: Workspace, revision: Revision) -> Snapshot | None:
    """The copy of the map a named revision keeps (None for an unnamed one)."""
    return next((s for s in snapshots_of(workspace) if s.id == revision.snapshot), None)


def baselines(workspace: Workspace) -> list[Revision]:
    """The named revisions, oldest first."""
    return [r for r in workspace.revisions if r.name]


def name_key(name: str) -> str:
    """Names that read alike in a list (case and spacing aside) are one name."""
    return " ".join(name.split()).casefold()


def clean_name(text: str) -> str:
    """A name as typed, without the spacing a list row would not show."""
    return " ".join(text.split())


def name_problem(workspace: Workspace, name: str, renaming: Revision | None = None) -> str | None:
    """Why `name` cannot name a revision (None when it can); `renaming`: the revision
    whose own name it may keep."""
    if not name:
        return _t("A baseline needs a name.")
    if len(name) > MAX_BASELINE_NAME:
        return _t("A baseline's name may have at most {0} characters.").format(MAX_BASELINE_NAME)
    key = name_key(name)
    if any(name_key(r.name) == key for r in baselines(workspace) if r is not renaming):
        return _t("Another revision is already named '{0}'.").format(name)
    return None


def new_snapshot(journeys: Sequence[Journey]) -> Snapshot:
    """A copy of `journeys` that later edits of the map do not reach."""
    return Snapshot(id=new_id("snapshot"), journeys=[clone(j) for j in journeys])


def room_for_snapshot(workspace: Workspace) -> bool:
    return len(snapshots_of(workspace)) < MAX_SNAPSHOTS


def index_of(log: list[Revision], revision: Revision) -> int:
    """Where this very revision (not an equal one) is in the log; -1 when it is not."""
    return next((i for i, r in enumerate(log) if r is revision), -1)


@dataclass
class NameRevision(Step):
    """Gives `revision` the name `name` (blank: takes its name away, and its copy of the
    map with it). `snapshot`: the copy a revision named for the first time keeps;
    `append`: the revision is new and joins the end of the log (File ▸ Mark Baseline)."""

    revision: Revision
    name: str
    snapshot: Snapshot | None = None
    append: bool = False
    old_name: str = ""
    removed: tuple[Snapshot, int] | None = None

    def apply(self, workspace: Workspace) -> Change:
        if self.append:
            workspace.revisions.append(self.revision)
        self.old_name = self.revision.name
        if self.snapshot is not None:
            if workspace.snapshots is UNSET:
                workspace.snapshots = []
            workspace.snapshots.append(self.snapshot)
            self.revision.snapshot = self.snapshot.id
        elif not self.name:
            self.removed = self._take_snapshot(workspace)
        self.revision.name = self.name
        return self._changed()

    def revert(self, workspace: Workspace) -> Change:
        self.revision.name = self.old_name
        if self.snapshot is not None:
            snapshots = snapshots_of(workspace)
            del snapshots[index_of_snapshot(snapshots, self.snapshot)]
            self.revision.snapshot = None
            _drop_empty(workspace)
        elif self.removed is not None:
            snapshot, index = self.removed
            if workspace.snapshots is UNSET:
                workspace.snapshots = []
            workspace.snapshots.insert(index, snapshot)
            self.revision.snapshot = snapshot.id
        if self.append:
            del workspace.revisions[index_of(workspace.revisions, self.revision)]
        return self._changed()

    def _take_snapshot(self, workspace: Workspace) -> tuple[Snapshot, int] | None:
        snapshots = snapshots_of(workspace)
        snapshot = snapshot_of(workspace, self.revision)
        self.revision.snapshot = None
        if snapshot is None:
            return None
        index = index_of_snapshot(snapshots, snapshot)
        del snapshots[index]
        _drop_empty(workspace)
        return snapshot, index

    def _changed(self) -> Change:
        return Change(None, "workspace", frozenset({"workspace"}), FIELDS)


def index_of_snapshot(snapshots: list[Snapshot], snapshot: Snapshot) -> int:
    return next(i for i, s in enumerate(snapshots) if s is snapshot)


def _drop_empty(workspace: Workspace) -> None:
    """No copies left: the key leaves the file, which then reads as before baselines."""
    if workspace.snapshots is not UNSET and not workspace.snapshots:
        workspace.snapshots = UNSET
