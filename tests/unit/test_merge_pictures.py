"""Merging maps with pictures on cards: a picture one side dropped (its last card lost it,
and the save dropped it too) while the other side still shows it comes back."""

from __future__ import annotations

import datetime as dt
import hashlib

from msgspec import UNSET

from journey_editor.fileformat import encode_workspace, parse_workspace
from journey_editor.model.baselines import NameRevision, baselines, new_snapshot, snapshot_of
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.images import images_of
from journey_editor.model.merge import merge
from journey_editor.model.types import Card, Image, Revision, Workspace, clone
from tests.factories import PNG_1PX, small_workspace

KEY = hashlib.sha256(PNG_1PX).hexdigest()


def _card(workspace: Workspace, card_id: str) -> Card:
    return next(c for c in workspace.journeys[0].cards if c.id == card_id)


def _base() -> Workspace:
    """The small map with a picture on card a."""
    workspace = small_workspace()
    workspace.images = {KEY: Image(type="image/png", width=1, height=1, data=PNG_1PX)}
    _card(workspace, "a").picture = KEY
    return workspace


def _take_off(workspace: Workspace) -> None:
    """The picture taken off card a, its only card: the file no longer holds it."""
    _card(workspace, "a").picture = None
    workspace.images = UNSET


def _opened(workspace: Workspace) -> Workspace:
    merged = parse_workspace(encode_workspace(workspace), "merged.journey")
    assert conflicts_of(merged) == []
    return merged


def test_a_picture_taken_off_on_one_side_and_given_to_another_card_on_the_other_stays() -> None:
    base = _base()
    ours, theirs = clone(base), clone(base)
    _take_off(ours)
    _card(theirs, "b").picture = KEY
    for merged in (merge(base, ours, theirs).workspace, merge(base, theirs, ours).workspace):
        assert (_card(merged, "a").picture, _card(merged, "b").picture) == (None, KEY)
        assert images_of(merged).keys() == {KEY}
        assert _card(_opened(merged), "b").picture == KEY


def test_a_picture_a_baseline_keeps_stays_when_the_other_side_takes_it_off_the_map() -> None:
    base = _base()
    ours, theirs = clone(base), clone(base)
    _take_off(ours)
    revision = Revision(date=dt.datetime(2026, 12, 3, tzinfo=dt.UTC), author="ann")
    NameRevision(None, "workspace", revision, "Post-workshop baseline",
                 new_snapshot(theirs.journeys), append=True).apply(theirs)
    _take_off(theirs)  # after the workshop: the picture is only in the baseline's copy
    merged = merge(base, ours, theirs).workspace
    assert images_of(merged).keys() == {KEY}
    [baseline] = baselines(_opened(merged))
    copy = snapshot_of(merged, baseline)
    assert copy is not None and copy.journeys[0].cards[0].picture == KEY
