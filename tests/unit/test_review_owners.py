"""A touchpoint is owned by its own Owner or by the team its stage's Teams lane names;
the GUI's review and `journey-editor check` agree on it."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from journey_editor.analysis.review import NO_OWNER, review
from journey_editor.cli import main
from journey_editor.fileformat import read_workspace, save_workspace
from journey_editor.model.types import Card, Journey, Lane, Stage, new_workspace
from journey_editor.resources import resource_path


def journey(*team_cards: Card, preset: str = "teams") -> Journey:
    """Two stages, each with one touchpoint without an owner, and a Teams lane."""
    return Journey(
        id="j", name="Repair",
        stages=[Stage(id="book", name="Book"), Stage(id="fix", name="Fix")],
        lanes=[Lane(id="web", name="Website", kind="channel"),
               Lane(id="teams", name="Teams", kind="text", preset=preset, zone="backstage")],
        cards=[Card(id="form", stage="book", lane="web", title="Booking form"),
               Card(id="mail", stage="fix", lane="web", title="Ready e-mail"),
               *team_cards])


def team(stage: str, title: str, **fields: object) -> Card:
    return Card(id=f"team-{stage}", stage=stage, lane="teams", title=title, **fields)  # type: ignore[arg-type]


def unowned(j: Journey) -> list[str]:
    return [card for f in review(j) if f.kind == NO_OWNER for card in f.card_ids]


def test_without_teams_every_touchpoint_without_owner_is_reported() -> None:
    assert unowned(journey()) == ["form", "mail"]


def test_a_team_named_in_the_stage_owns_its_touchpoints() -> None:
    assert unowned(journey(team("book", "Customer service"))) == ["mail"]
    assert unowned(journey(team("book", "Service desk"), team("fix", "Workshop"))) == []


def test_a_team_card_must_name_a_team_and_be_in_service() -> None:
    assert unowned(journey(team("book", "   "))) == ["form", "mail"]
    assert unowned(journey(team("book", "Desk", status="retired"))) == ["form", "mail"]


def test_only_the_teams_preset_names_owners() -> None:
    # A backstage lane holds what happens behind the scenes, not who is responsible.
    assert unowned(journey(team("book", "Check the stock"), preset="backstage")) == [
        "form", "mail"]
    assert unowned(journey(team("book", "Desk"), preset="")) == ["form", "mail"]


def test_a_team_card_in_a_touchpoint_lane_is_a_touchpoint() -> None:
    j = journey()
    card = Card(id="desk", stage="book", lane="web", title="Service desk")
    j = msgspec.structs.replace(j, cards=[*j.cards, card])
    assert unowned(j) == ["form", "desk", "mail"]


def test_the_retail_template_names_its_teams_in_every_stage() -> None:
    retail = read_workspace(resource_path("templates", "retail.en.journey")).journeys[0]
    cleared = msgspec.structs.replace(retail, cards=[
        msgspec.structs.replace(c, owner="") for c in retail.cards])
    assert unowned(cleared) == []


def test_the_check_command_counts_team_lanes_too(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "repair.journey"
    save_workspace(new_workspace("Repair", journeys=[journey(team("book", "Service desk"))]),
                   path, backup=False)
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "“Ready e-mail” (Website, Fix) has no owning team" in out
    assert "Booking form" not in out
