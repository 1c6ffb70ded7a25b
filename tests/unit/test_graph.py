from journey_editor.model import graph
from journey_editor.model.types import Card, Connection
from tests.factories import small_journey


def test_graph_has_cards_as_nodes_and_connections_as_edges() -> None:
    g = graph.journey_graph(small_journey())
    assert set(g.nodes) == {"a", "b", "c", "g"}
    assert set(g.edges) == {("a", "b"), ("b", "c")}
    assert g.nodes["b"]["stage_index"] == 1 and g.nodes["b"]["touchpoint"]
    assert not g.nodes["g"]["touchpoint"]


def test_connected_path_has_no_unreachable_cards_or_dead_ends() -> None:
    journey = small_journey()
    g = graph.journey_graph(journey)
    assert graph.unreachable_from_start(g) == []
    assert graph.dead_ends(g, len(journey.stages)) == []


def test_card_off_the_path_is_unreachable_and_a_dead_end() -> None:
    journey = small_journey()
    journey.cards.append(Card(id="x", stage="during", lane="web", title="Phone"))
    g = graph.journey_graph(journey)
    assert graph.unreachable_from_start(g) == ["x"]
    assert graph.dead_ends(g, len(journey.stages)) == ["x"]


def test_text_cards_are_not_steps_of_the_path() -> None:
    journey = small_journey()
    journey.cards.append(Card(id="y", stage="during", lane="goals", title="Decide"))
    g = graph.journey_graph(journey)
    assert "y" not in graph.unreachable_from_start(g) + graph.dead_ends(g, 3)


def test_broken_link_makes_the_rest_unreachable() -> None:
    journey = small_journey()
    journey.connections = [Connection(id="ab", source="a", target="b")]
    g = graph.journey_graph(journey)
    assert graph.unreachable_from_start(g) == ["c"]
    assert graph.dead_ends(g, 3) == ["b"]


def test_cards_per_cell_counts_each_cell() -> None:
    journey = small_journey()
    journey.cards.append(Card(id="a2", stage="before", lane="web"))
    counts = graph.cards_per_cell(journey)
    assert counts[("before", "web")] == 2
    assert counts[("during", "web")] == 1
    assert counts[("during", "goals")] == 0


def test_emotion_curve_uses_direct_values_then_card_means() -> None:
    journey = small_journey()
    journey.cards.append(Card(id="a2", stage="before", lane="web", emotion=-2))
    # before: mean of 1 and -2; during: the one card; after: set directly on the lane
    assert graph.emotion_curve(journey) == [-0.5, -2.0, 2.0]


def test_emotion_curve_is_none_where_a_stage_has_no_data() -> None:
    journey = small_journey()
    journey.cards = [c for c in journey.cards if c.stage != "during"]
    assert graph.emotion_curve(journey)[1] is None
