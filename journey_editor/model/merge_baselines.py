"""The baselines of a merged map (no Qt): each side's named revisions and their copies of
the map kept, in a log the reader accepts.

The log has no ids, so the merge takes its revisions as a collection of entries (a
revision renamed on one side is the old entry gone and a new one added), and the copies
by their ids. Each side's log is valid alone, yet together they may not be: both sides
named a baseline "Post-workshop baseline"; both renamed one baseline differently (two
entries keep one copy); one side took a name away, dropping the copy, while the other
renamed it. Nothing a side named is lost: the copies come back, a revision that reads
the same in both logs appears once where it can, a copy kept twice is copied, and a name
taken twice is numbered ("Pilot (2)"). Every choice depends on the revisions themselves
(date, name, copy), never on which side is ours, so the sides swapped give the same
baselines.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

import msgspec
from msgspec import UNSET

from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.model.baselines import name_key, snapshots_of
from journey_editor.model.types import (
    MAX_BASELINE_NAME,
    MAX_SNAPSHOTS,
    Revision,
    Snapshot,
    Workspace,
    clone,
)

Renamed = tuple[str, str]  # a baseline's name as a side gave it, and as the merge keeps it
_MAX_ID = 64  # model.types.Id


class TooManyBaselines(ValueError):
    """Both sides together name more baselines than a map keeps: nothing is merged, as
    leaving some out would lose what a side named. `str()` says so to a facilitator;
    the caller puts the file's name before it."""

    TEXT = QT_TRANSLATE_NOOP(
        "Baselines", "not merged: the two versions have {0} named baselines together, "
        "more than the {1} a map can keep. Remove at least {2} of them in one version "
        "(File > Revision History), then merge again.")

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(translate("Baselines", self.TEXT).format(
            count, MAX_SNAPSHOTS, count - MAX_SNAPSHOTS))


def separate_copies(base: Workspace, ours: Workspace,
                    theirs: Workspace) -> tuple[Workspace, Workspace]:
    """`ours` and `theirs`, where both added a copy under one id with different journeys
    (a file copied between branches): the copy whose file text sorts later gets an id of
    its own, and its side's revisions with it. The sides themselves are left alone."""
    mine, other = ({s.id: s for s in snapshots_of(side)} for side in (ours, theirs))
    taken = {s.id for side in (base, ours, theirs) for s in snapshots_of(side)}
    before = {s.id for s in snapshots_of(base)}
    moves: list[dict[str, str]] = [{}, {}]
    for copy_id in sorted(mine.keys() & other.keys() - before):
        pair = (mine[copy_id], other[copy_id])
        if pair[0] != pair[1]:
            later = max((0, 1), key=lambda i: msgspec.json.encode(pair[i]))
            moves[later][copy_id] = _fresh_id(copy_id, taken)
    return _moved(ours, moves[0]), _moved(theirs, moves[1])


def settle_baselines(merged: Workspace, sides: Sequence[Workspace]) -> list[Renamed]:
    """Makes the merged log's baselines valid (`sides`: ours, theirs, base); returns the
    names the merge had to number. TooManyBaselines when they are more than a map keeps."""
    merged.revisions = list(merged.revisions)  # the merge may share its lists with a side
    merged.snapshots = list(snapshots_of(merged))
    _restore_copies(merged, sides)
    _drop_twins(merged, sides)
    _own_copies(merged)
    renamed = _number_names(merged)
    kept = {r.snapshot for r in merged.revisions}
    merged.snapshots = [s for s in merged.snapshots if s.id in kept] or UNSET
    if len(snapshots_of(merged)) > MAX_SNAPSHOTS:
        raise TooManyBaselines(len(snapshots_of(merged)))
    return renamed


def _restore_copies(merged: Workspace, sides: Sequence[Workspace]) -> None:
    """A copy one side dropped (its name taken away) while the other renamed its revision."""
    have = {s.id for s in snapshots_of(merged)}
    for revision in merged.revisions:
        if revision.snapshot is not None and revision.snapshot not in have:
            found = _find_copy(revision.snapshot, sides)
            if found is not None:
                snapshots_of(merged).append(found)
                have.add(found.id)


def _find_copy(copy_id: str, sides: Iterable[Workspace]) -> Snapshot | None:
    return next((s for side in sides for s in snapshots_of(side) if s.id == copy_id), None)


def _identity(revision: Revision) -> tuple[dt.datetime, str, str]:
    """What makes a log entry the same revision whatever its name."""
    return revision.date, revision.author, revision.summary


def _drop_twins(merged: Workspace, sides: Sequence[Workspace]) -> None:
    """A revision both sides named, renamed or unnamed appears in the merged log once from
    each side: no side's log holds it that many times. Of the extra entries, the unnamed
    ones go first, then a baseline another entry repeats (same name, same copy)."""
    most = Counter[tuple[dt.datetime, str, str]]()
    for side in sides:
        most |= Counter(_identity(r) for r in side.revisions)
    extra = Counter(_identity(r) for r in merged.revisions) - most
    copies = {s.id: s.journeys for s in snapshots_of(merged)}
    dropped: list[Revision] = []
    for identity, count in extra.items():
        twins = sorted((r for r in merged.revisions if _identity(r) == identity),
                       key=lambda r: (r.name != "", r.snapshot or ""))
        seen: list[tuple[str, object]] = []
        for revision in twins:
            look = (name_key(revision.name), copies.get(revision.snapshot or ""))
            if count and (not revision.name or look in seen):
                dropped.append(revision)
                count -= 1
            seen.append(look)
    merged.revisions = [r for r in merged.revisions if not any(r is d for d in dropped)]


def _by_age(revision: Revision) -> tuple[dt.datetime, str, str, str]:
    """The order in which baselines keep what they share: the older first. A date
    without a zone (a hand-edited file) counts as UTC: Python will not compare it with
    one that has a zone."""
    date = revision.date if revision.date.tzinfo else revision.date.replace(tzinfo=dt.UTC)
    return date, name_key(revision.name), revision.name, revision.snapshot or ""


def _own_copies(merged: Workspace) -> None:
    """Two revisions keeping one copy (both sides renamed one baseline differently): the
    younger gets a copy of its own."""
    copies = {s.id: s for s in snapshots_of(merged)}
    taken = set(copies)
    keepers: set[str] = set()
    for revision in sorted(merged.revisions, key=_by_age):
        if revision.snapshot is None or revision.snapshot not in copies:
            continue
        if revision.snapshot in keepers:
            copy = clone(copies[revision.snapshot])
            copy.id = _fresh_id(copy.id, taken)
            snapshots_of(merged).append(copy)
            _replace(merged, revision, msgspec.structs.replace(revision, snapshot=copy.id))
        keepers.add(revision.snapshot)


def _number_names(merged: Workspace) -> list[Renamed]:
    """A name taken twice: the older baseline keeps it, the younger is numbered."""
    taken = {name_key(r.name) for r in merged.revisions if r.name}
    seen: set[str] = set()
    renamed: list[Renamed] = []
    for revision in sorted((r for r in merged.revisions if r.name), key=_by_age):
        key = name_key(revision.name)
        if key in seen:
            name = _numbered(revision.name, taken)
            taken.add(name_key(name))
            renamed.append((revision.name, name))
            _replace(merged, revision, msgspec.structs.replace(revision, name=name))
        seen.add(key)
    return renamed


def _numbered(name: str, taken: set[str]) -> str:
    """`name (2)`, or the first number after it free, within a name's length."""
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[:MAX_BASELINE_NAME - len(suffix)].rstrip() + suffix
        if name_key(candidate) not in taken:
            return candidate
        number += 1


def _fresh_id(old: str, taken: set[str]) -> str:
    """`old-2`, or the first number after it free, within an id's length; taken now."""
    number = 2
    while (new := f"{old[:_MAX_ID - len(str(number)) - 1]}-{number}") in taken:
        number += 1
    taken.add(new)
    return new


def _replace(merged: Workspace, old: Revision, new: Revision) -> None:
    merged.revisions = [new if r is old else r for r in merged.revisions]


def _moved(side: Workspace, moves: dict[str, str]) -> Workspace:
    """`side` with its copies `moves` names given their new ids (a shallow copy)."""
    if not moves:
        return side
    snapshots = [msgspec.structs.replace(s, id=moves[s.id]) if s.id in moves else s
                 for s in snapshots_of(side)]
    revisions = [r if r.snapshot not in moves or r.snapshot is None
                 else msgspec.structs.replace(r, snapshot=moves[r.snapshot])
                 for r in side.revisions]
    return msgspec.structs.replace(side, snapshots=snapshots, revisions=revisions)
