"""What the command line says about baselines: `info`'s list (text and JSON) and the
names a merge numbered."""

from __future__ import annotations

import datetime as dt
import json

import msgspec

from journey_editor.cli.baseline_text import baseline_lines, baseline_summary, renamed_lines
from journey_editor.model.baselines import NameRevision, new_snapshot
from journey_editor.model.merge import merge
from journey_editor.model.types import Revision, Workspace, clone
from tests.factories import small_workspace


def _mark(workspace: Workspace, name: str, when: dt.datetime) -> None:
    NameRevision(None, "workspace", Revision(date=when, author="ann"), name,
                 new_snapshot(workspace.journeys), append=True).apply(workspace)


def test_info_lists_each_baseline_with_its_day_oldest_first() -> None:
    workspace = small_workspace()
    _mark(workspace, "Pilot", dt.datetime(2026, 11, 2, 8, tzinfo=dt.UTC))
    _mark(workspace, "Post-workshop baseline", dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC))
    summary = baseline_summary(workspace)
    assert baseline_lines(summary) == ["Baselines:", "  2026-11-02  Pilot",
                                       "  2026-12-03  Post-workshop baseline"]
    as_json = json.loads(msgspec.json.encode({"baselines": summary}))["baselines"]
    assert as_json[1] == {"name": "Post-workshop baseline", "date": "2026-12-03T15:30:00+00:00"}
    assert dt.datetime.fromisoformat(as_json[0]["date"]) == workspace.revisions[1].date


def test_a_map_without_baselines_says_so_and_a_hostile_name_cannot_drive_the_terminal() -> None:
    workspace = small_workspace()
    assert baseline_lines(baseline_summary(workspace)) == ["Baselines: -"]
    _mark(workspace, "Pilot\x1b[2J\nrm", dt.datetime(2026, 11, 2, tzinfo=dt.UTC))
    [_, line] = baseline_lines(baseline_summary(workspace))
    assert line == "  2026-11-02  Pilot\\x1b[2J\\nrm"


def test_a_merge_says_which_baseline_it_numbered() -> None:
    base = small_workspace()
    ours, theirs = clone(base), clone(base)
    _mark(ours, "Pilot", dt.datetime(2026, 12, 4, tzinfo=dt.UTC))
    _mark(theirs, "Pilot", dt.datetime(2026, 12, 3, tzinfo=dt.UTC))
    assert renamed_lines(merge(base, ours, theirs).renamed) == [
        "Both sides named a baseline 'Pilot': the younger one is now 'Pilot (2)'"]
