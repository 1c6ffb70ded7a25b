"""The journey as a graph, for the queries the analysis needs (networkx, built on
demand from the journey: derived data, never edited)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from journey_editor.model.types import Journey, Lane


def reached_from(links: Iterable[tuple[str, str]], starts: Iterable[str]) -> set[str]:
    """Every card a chain of (source, target) links leads to from any of `starts`, the
    starts included: one breadth-first search from a node joined to all of them, so each
    card and link is visited once, O(cards + links)."""
    import networkx as nx  # heavy: imported only when a journey's paths are searched

    graph: nx.DiGraph[object] = nx.DiGraph(links)
    origin = object()  # no card's id
    graph.add_node(origin)
    graph.add_edges_from((origin, start) for start in starts)
    # Every node but `origin` is a card's id, and descendants() leaves the source out.
    return cast(set[str], nx.descendants(graph, origin))


def emotion_curve(journey: Journey, lane: Lane | None = None) -> list[float | None]:
    """One value per stage, in stage order: set on the emotion lane, else the mean of
    the stage's card emotions, else None (no data for that stage)."""
    lane = lane or next((ln for ln in journey.lanes if ln.kind == "emotion"), None)
    direct = lane.emotion_values if lane is not None else {}
    by_stage: dict[str, list[int]] = {}
    for card in journey.cards:
        if card.emotion is not None:
            by_stage.setdefault(card.stage, []).append(card.emotion)
    curve: list[float | None] = []
    for stage in journey.stages:
        if stage.id in direct:
            curve.append(direct[stage.id])
        else:
            values = by_stage.get(stage.id)
            curve.append(sum(values) / len(values) if values else None)
    return curve
