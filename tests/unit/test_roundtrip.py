"""Load, save, load gives the same document; saving is deterministic and diff-friendly."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.fileformat import (
    encode_workspace,
    parse_workspace,
    read_workspace,
    save_workspace,
)
from journey_editor.model.types import (
    FORMAT_VERSION,
    Card,
    Connection,
    Journey,
    Lane,
    Metric,
    Persona,
    Revision,
    Stage,
    Workspace,
    new_workspace,
)
from journey_editor.templates import list_templates


def test_load_save_load_gives_an_equal_workspace(saved: Path, workspace: Workspace) -> None:
    loaded = read_workspace(saved)
    assert loaded == workspace
    save_workspace(loaded, saved)
    assert read_workspace(saved) == workspace


def test_saving_twice_gives_identical_bytes(saved: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.journey"
    save_workspace(read_workspace(saved), again)
    assert again.read_bytes() == saved.read_bytes()


def test_file_is_indented_utf8_json_with_marker_and_version_first(saved: Path) -> None:
    text = saved.read_text("utf-8")
    assert text.startswith(f'{{\n  "format": "journey-editor",\n  "version": {FORMAT_VERSION},\n')
    assert text.endswith("}\n")


def test_small_edit_gives_a_one_line_diff(saved: Path, workspace: Workspace) -> None:
    before = saved.read_text("utf-8").splitlines()
    workspace.journeys[0].cards[0].title = "Radio ad"
    after = encode_workspace(workspace).decode().splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ['-          "title": "Ad",', '+          "title": "Radio ad",']


def test_non_latin_text_survives(tmp_path: Path, workspace: Workspace) -> None:
    workspace.journeys[0].cards[0].title = "Kontaktytor · berøringspunkter · Ωμέγα · Привет 🎯"
    save_workspace(workspace, tmp_path / "u.journey")
    assert read_workspace(tmp_path / "u.journey").journeys[0].cards[0].title.endswith("🎯")


def test_every_template_loads_and_has_a_journey() -> None:
    templates = list_templates()
    assert {t.name for t in templates} >= {"blank", "retail", "b2b-software"}
    for info in templates:
        assert read_workspace(info.path).journeys, info.name


# --- property test: random valid workspaces survive a round trip ------------------------

_text = st.text(max_size=20)
_ids = st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True)


# A card's fields but its id and cell, built once: hypothesis validates every new
# strategy object, which took longer than the draws when they were made per card.
_card_fields = st.fixed_dictionaries({
    "title": _text,
    "emotion": st.none() | st.integers(-3, 3),
    "control": st.sampled_from(["owned", "paid", "earned", "uncontrolled"]),
    "status": st.sampled_from(["draft", "validated", "planned", "retired"]),
    "key_touchpoint": st.booleans(),
    "votes": st.dictionaries(_text, st.integers(0, 50), max_size=3),
    "metrics": st.lists(st.builds(Metric, name=_text, value=st.floats(-1e6, 1e6, allow_nan=False),
                                  date=st.none() | st.dates()), max_size=2),
})
_lane_kinds = st.sampled_from(["channel", "text", "emotion"])


@st.composite
def journeys(draw: st.DrawFn, journey_id: str, persona_ids: list[str]) -> Journey:
    stage_ids = draw(st.lists(_ids.map(lambda s: "s" + s), min_size=1, max_size=5, unique=True))
    lane_ids = draw(st.lists(_ids.map(lambda s: "l" + s), min_size=1, max_size=5, unique=True))
    card_ids = draw(st.lists(_ids.map(lambda s: "c" + s), max_size=12, unique=True))
    cell = st.fixed_dictionaries({"stage": st.sampled_from(stage_ids),
                                  "lane": st.sampled_from(lane_ids)})
    cards = [Card(id=cid, **draw(cell), **draw(_card_fields)) for cid in card_ids]
    pairs = [(a, b) for a in card_ids for b in card_ids if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=8, unique=True)) if pairs else []
    emotion_values = st.dictionaries(st.sampled_from(stage_ids), st.floats(-3, 3), max_size=2)
    return Journey(
        id=journey_id,
        name=draw(_text),
        persona=draw(st.sampled_from([None, *persona_ids])),
        state=draw(st.sampled_from(["current", "future"])),
        stages=[Stage(id=s, name=draw(_text)) for s in stage_ids],
        lanes=[Lane(id=ln, name=draw(_text), kind=draw(_lane_kinds),
                    emotion_values=draw(emotion_values))
               for ln in lane_ids],
        cards=cards,
        connections=[Connection(id=f"k{i}", source=a, target=b) for i, (a, b) in enumerate(chosen)],
    )


@st.composite
def workspaces(draw: st.DrawFn) -> Workspace:
    persona_ids = draw(st.lists(_ids.map(lambda s: "p" + s), max_size=3, unique=True))
    journey_ids = draw(st.lists(_ids.map(lambda s: "j" + s), max_size=3, unique=True))
    return new_workspace(
        draw(_text),
        personas=[Persona(id=p, name=draw(_text), goals=draw(_text)) for p in persona_ids],
        journeys=[draw(journeys(j, persona_ids)) for j in journey_ids],
        revisions=draw(st.lists(st.builds(
            Revision, date=st.datetimes(timezones=st.just(dt.UTC)), summary=_text), max_size=2)),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workspaces())
def test_random_workspaces_round_trip(workspace: Workspace) -> None:
    data = encode_workspace(workspace)
    loaded = parse_workspace(data, "random.journey")
    assert loaded == workspace
    assert encode_workspace(loaded) == data
