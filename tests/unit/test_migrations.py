from pathlib import Path

import pytest

from journey_editor.fileformat import JourneyFileError, migrations, read_workspace, save_workspace
from journey_editor.model.types import FORMAT_VERSION

DATA = Path(__file__).parent.parent / "data"


def test_preview_file_is_upgraded_to_the_current_version(tmp_path: Path) -> None:
    workspace = read_workspace(DATA / "preview-v0.journey")
    assert workspace.version == FORMAT_VERSION
    assert workspace.title == "Workshop, spring"
    journey = workspace.journeys[0]
    assert [s.name for s in journey.stages] == ["Before", "During", "After"]
    assert [(lane.name, lane.kind) for lane in journey.lanes] == [
        ("Website", "channel"), ("Pain points", "text")]
    assert [(c.title, c.emotion) for c in journey.cards] == [
        ("Search ad", 1), ("Checkout", -2), ("Slow checkout", None)]
    assert [(c.source, c.target) for c in journey.connections] == [("c1", "c2")]
    save_workspace(workspace, tmp_path / "new.journey")
    assert read_workspace(tmp_path / "new.journey") == workspace


def test_damaged_old_file_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "old.journey"
    path.write_text('{"format": "journey-editor", "version": 0, "journeys": [{"cards": [{}]}]}')
    with pytest.raises(JourneyFileError, match="old.journey: this older file is damaged"):
        read_workspace(path)


def test_steps_must_go_one_version_at_a_time() -> None:
    with pytest.raises(ValueError):
        migrations.migrator(0, 2)
    assert migrations.oldest_readable() == 0
