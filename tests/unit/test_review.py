"""The automated review: each finding on a journey with exactly that problem, and on one
without it; thresholds; order; the retail template."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from journey_editor.analysis.review import (
    DEAD_END,
    EMPTY_STAGE,
    INCONSISTENT,
    KEY_WITHOUT_FEEDBACK,
    KINDS,
    MOMENT_OF_TRUTH,
    NEGATIVE_WITHOUT_IDEA,
    NO_OWNER,
    RETIRED_CONNECTED,
    TOO_MANY_TEAMS,
    UNREACHABLE,
    Finding,
    Thresholds,
    kind_titles,
    review,
)
from journey_editor.fileformat import read_workspace
from journey_editor.model.types import Card, Connection, Evidence, Journey, Lane, Metric, Stage
from journey_editor.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def clean_journey() -> Journey:
    """3 stages, a goals, a website and an emotion lane; a -> b -> c; nothing to find."""
    return Journey(
        id="j1", name="Buying a gift",
        stages=[Stage(id="before", name="Before"), Stage(id="during", name="During"),
                Stage(id="after", name="After")],
        lanes=[Lane(id="goals", name="Goals", kind="text", preset="goals"),
               Lane(id="web", name="Website", kind="channel"),
               Lane(id="feel", name="Emotion", kind="emotion")],
        cards=[
            Card(id="a", stage="before", lane="web", title="Ad", owner="Marketing", emotion=1),
            Card(id="b", stage="during", lane="web", title="Checkout", owner="Web team",
                 emotion=0, key_touchpoint=True, metrics=[Metric(name="CSAT", value=4.2)]),
            Card(id="c", stage="after", lane="web", title="Invoice", owner="Finance", emotion=1),
            Card(id="g", stage="before", lane="goals", title="Find a gift"),
        ],
        connections=[Connection(id="ab", source="a", target="b"),
                     Connection(id="bc", source="b", target="c")],
    )


def changed(journey: Journey, **cards: dict[str, object]) -> Journey:
    """The journey with some cards' fields replaced: changed(j, b={"owner": ""})."""
    return msgspec.structs.replace(journey, cards=[
        msgspec.structs.replace(card, **cards.get(card.id, {})) for card in journey.cards])


def with_cards(journey: Journey, cards: list[Card], links: list[tuple[str, str]]) -> Journey:
    return msgspec.structs.replace(
        journey, cards=journey.cards + cards,
        connections=journey.connections + [Connection(id=s + t, source=s, target=t)
                                           for s, t in links])


def only(findings: list[Finding], kind: str) -> list[Finding]:
    assert {f.kind for f in findings} == {kind}, [f.message for f in findings]
    return findings


def web_card(card_id: str, stage: str = "during", **fields: object) -> Card:
    fields.setdefault("owner", "Web team")
    return Card(id=card_id, stage=stage, lane="web", title=card_id.title(), **fields)  # type: ignore[arg-type]


def test_the_clean_journey_has_no_findings() -> None:
    assert review(clean_journey()) == []


# --- one test per kind: exactly that problem, then the same journey without it ------------


def test_stage_without_touchpoints() -> None:
    journey = msgspec.structs.replace(
        clean_journey(),
        cards=[c for c in clean_journey().cards if c.id != "b"]
        + [Card(id="g2", stage="during", lane="goals", title="Pay quickly")],  # not a touchpoint
        connections=[Connection(id="ac", source="a", target="c")])
    [finding] = only(review(journey), EMPTY_STAGE)
    assert (finding.stage_id, finding.card_ids, finding.severity) == ("during", (), "warning")
    assert "“During”" in finding.message
    assert review(clean_journey()) == []


def test_a_retired_touchpoint_does_not_serve_a_stage() -> None:
    journey = changed(clean_journey(), b={"status": "retired"})
    journey = msgspec.structs.replace(journey,
                                      connections=[Connection(id="ac", source="a", target="c")])
    assert [(f.kind, f.stage_id) for f in review(journey)] == [(EMPTY_STAGE, "during")]


def test_touchpoint_without_owner() -> None:
    [finding] = only(review(changed(clean_journey(), b={"owner": "  "})), NO_OWNER)
    assert (finding.card_ids, finding.stage_id) == (("b",), "during")
    assert finding.message == "Touchpoint “Checkout” (Website, During) has no owning team."
    # A card that is not a touchpoint needs no owner.
    assert review(changed(clean_journey(), g={"owner": ""})) == []


def test_negative_emotion_without_idea() -> None:
    journey = changed(clean_journey(), b={"emotion": -2})
    # The stage's curve value is set on the emotion lane, so no moment of truth here.
    journey.lanes[2] = msgspec.structs.replace(journey.lanes[2], emotion_values={"during": 0.5})
    [finding] = only(review(journey), NEGATIVE_WITHOUT_IDEA)
    assert finding.card_ids == ("b",) and "(emotion -2)" in finding.message
    assert review(changed(journey, b={"ideas": "One-page checkout"})) == []
    assert review(changed(journey, b={"emotion": -1})) == []  # above the default threshold


def test_inconsistent_card() -> None:
    [finding] = only(review(changed(clean_journey(), c={"inconsistent": True})), INCONSISTENT)
    assert (finding.card_ids, finding.severity) == (("c",), "problem")
    assert "“Invoice” (Website, After)" in finding.message
    # Checked on every card, goals too, and whatever the status.
    assert len(review(changed(clean_journey(), g={"inconsistent": True}))) == 1


def test_unreachable_touchpoint() -> None:
    journey = with_cards(clean_journey(), [web_card("d")], [("d", "c")])
    [finding] = only(review(journey), UNREACHABLE)
    assert (finding.card_ids, finding.stage_id) == (("d",), "during")
    assert review(with_cards(clean_journey(), [web_card("d")], [("a", "d"), ("d", "c")])) == []


def test_dead_end_before_the_last_stage() -> None:
    journey = with_cards(clean_journey(), [web_card("d")], [("a", "d")])
    [finding] = only(review(journey), DEAD_END)
    assert finding.card_ids == ("d",) and "dead end" in finding.message
    # A touchpoint in the last stage ends the journey: not a dead end.
    assert review(with_cards(clean_journey(), [web_card("e", "after")], [("b", "e")])) == []


def test_a_journey_without_connections_has_no_graph_findings() -> None:
    journey = with_cards(clean_journey(), [web_card("d")], [])
    journey = msgspec.structs.replace(journey, connections=[])
    assert review(journey) == []


def test_stage_with_too_many_teams() -> None:
    teams = [web_card(f"t{i}", owner=owner)
             for i, owner in enumerate(("Sales", "Support", "Logistics"))]
    links = [(s, t) for card in teams for s, t in (("a", card.id), (card.id, "c"))]
    journey = with_cards(clean_journey(), teams, links)
    [finding] = only(review(journey), TOO_MANY_TEAMS)
    assert (finding.stage_id, finding.card_ids) == ("during", ())
    assert "meets 4 teams (Web team, Sales, Support, Logistics)" in finding.message
    assert review(journey, Thresholds(max_teams_per_stage=4)) == []
    # The same team spelled differently is one team, named as first spelled.
    spelled = [web_card(f"t{i}", owner=o) for i, o in
               enumerate(("web team", " Web  team", "WEB TEAM", "Sales"))]
    links = [(s, t) for card in spelled for s, t in (("a", card.id), (card.id, "c"))]
    same = with_cards(clean_journey(), spelled, links)
    [finding] = only(review(same, Thresholds(max_teams_per_stage=1)), TOO_MANY_TEAMS)
    assert "meets 2 teams (Web team, Sales)" in finding.message


def test_key_touchpoint_without_metric_or_survey() -> None:
    journey = changed(clean_journey(), b={"metrics": [], "evidence": [Evidence(kind="interview")]})
    [finding] = only(review(journey), KEY_WITHOUT_FEEDBACK)
    assert finding.card_ids == ("b",)
    assert review(changed(journey, b={"evidence": [Evidence(kind="survey")]})) == []
    assert review(changed(journey, b={"key_touchpoint": False})) == []


def test_moments_of_truth_are_the_lowest_negative_stages() -> None:
    journey = clean_journey()
    journey.lanes[2] = msgspec.structs.replace(
        journey.lanes[2], emotion_values={"before": -0.5, "during": -2.0, "after": -1.0})
    findings = only(review(journey), MOMENT_OF_TRUTH)
    # The two lowest, listed in stage order.
    assert [f.stage_id for f in findings] == ["during", "after"]
    assert findings[0].severity == "info" and "(-2)" in findings[0].message
    assert [f.stage_id for f in review(journey, Thresholds(moments_of_truth=1))] == ["during"]
    assert review(journey, Thresholds(moments_of_truth=0)) == []
    journey.lanes[2] = msgspec.structs.replace(journey.lanes[2], emotion_values={"during": 0.0})
    assert review(journey) == []  # 0 is not a low point


def test_moments_of_truth_ties_go_to_the_earlier_stage() -> None:
    journey = clean_journey()
    journey.lanes[2] = msgspec.structs.replace(
        journey.lanes[2], emotion_values={"before": -1.0, "during": -1.0, "after": -1.0})
    assert [f.stage_id for f in review(journey)] == ["before", "during"]


def test_retired_touchpoint_still_connected() -> None:
    retired = web_card("d", status="retired")
    journey = with_cards(clean_journey(), [retired], [("a", "d"), ("d", "c")])
    [finding] = only(review(journey), RETIRED_CONNECTED)
    assert finding.card_ids == ("d",)
    assert finding.message == ("Retired touchpoint “D” (Website, During) is still connected to "
                               "“Ad”, “Invoice”.")
    # Unconnected, a retired touchpoint is neither unreachable nor a dead end.
    assert review(with_cards(clean_journey(), [retired], [])) == []


# --- thresholds, order, the template ---------------------------------------------------------


def test_thresholds_change_the_results() -> None:
    journey = changed(clean_journey(), a={"emotion": -1}, c={"emotion": -1})
    journey.lanes[2] = msgspec.structs.replace(journey.lanes[2], emotion_values={
        "before": 1.0, "after": 1.0})
    assert review(journey) == []
    strict = review(journey, Thresholds(negative_emotion=-1))
    assert [(f.kind, f.card_ids) for f in strict] == [
        (NEGATIVE_WITHOUT_IDEA, ("a",)), (NEGATIVE_WITHOUT_IDEA, ("c",))]
    assert review(clean_journey(), Thresholds(max_teams_per_stage=0))[0].kind == TOO_MANY_TEAMS


def test_order_is_by_kind_then_place_on_the_map() -> None:
    # Cards listed against stage order, and several problems at once.
    journey = changed(clean_journey(), a={"owner": ""}, b={"inconsistent": True},
                      c={"owner": ""})
    journey = msgspec.structs.replace(journey, cards=list(reversed(journey.cards)))
    findings = review(journey)
    assert [(f.kind, f.card_ids) for f in findings] == [
        (NO_OWNER, ("a",)), (NO_OWNER, ("c",)), (INCONSISTENT, ("b",))]
    assert review(journey) == findings
    assert list(kind_titles()) == list(KINDS)


@pytest.fixture(scope="module")
def retail() -> Journey:
    return read_workspace(resource_path("templates", "retail.en.journey")).journeys[0]


def test_the_retail_template_gives_a_useful_list(retail: Journey) -> None:
    findings = review(retail)
    print("\n".join(f"{f.severity}: {f.message}" for f in findings))
    assert [(f.kind, f.card_ids or f.stage_id) for f in findings] == [
        (INCONSISTENT, ("card-website",)),
        (UNREACHABLE, ("card-catalog",)),
        (DEAD_END, ("card-pr",)),
        (DEAD_END, ("card-community",)),
        (TOO_MANY_TEAMS, "stage-discover"),
        (TOO_MANY_TEAMS, "stage-choose"),
        (KEY_WITHOUT_FEEDBACK, ("card-store",)),
        (KEY_WITHOUT_FEEDBACK, ("card-transactional-emails",)),
        (MOMENT_OF_TRUTH, "stage-receive"),
    ]
    cards = {c.id: c for c in retail.cards}
    for finding in findings:
        assert finding.journey_id == retail.id and finding.message.endswith(".")
        assert all(cards[i].title in finding.message for i in finding.card_ids)
        assert finding.stage_id in {s.id for s in retail.stages}


def test_review_imports_neither_qt_nor_networkx_up_front() -> None:
    """networkx comes in only when a journey's paths are searched; Qt never."""
    code = (
        "import sys\n"
        "from journey_editor.analysis import review\n"
        "from tests.unit.test_review import clean_journey\n"
        "assert 'networkx' not in sys.modules, 'networkx imported'\n"
        "assert review(clean_journey()) == []\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
