"""The journey as a graph: reachability in one search from all start cards."""

from __future__ import annotations

from journey_editor.model import graph


def test_a_chain_is_reached_from_its_first_card() -> None:
    links = [(f"c{i}", f"c{i + 1}") for i in range(10_000)]
    assert graph.reached_from(links, ["c0"]) == {f"c{i}" for i in range(10_001)}
    assert graph.reached_from(links, ["c5000"]) == {f"c{i}" for i in range(5_000, 10_001)}


def test_starts_are_reached_and_cycles_end() -> None:
    links = [("a", "b"), ("b", "a"), ("c", "d")]
    assert graph.reached_from(links, ["a", "lonely"]) == {"a", "b", "lonely"}
