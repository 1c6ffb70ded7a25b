"""networkx views of a journey, built on demand, and the queries the analysis needs.

The graph is derived data: build it from the journey when needed, never edit it.
Reachability questions only concern touchpoints (cards in channel lanes): goals,
pain points and other text cards are not steps a customer takes.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from journey_editor.model.types import Journey, Lane

if TYPE_CHECKING:
    import networkx as nx


def journey_graph(journey: Journey) -> nx.DiGraph:
    """Cards as nodes (cell, lane kind, stage index, emotion...), connections as edges."""
    import networkx as nx  # heavy: imported only when analysis runs

    stage_index = {stage.id: i for i, stage in enumerate(journey.stages)}
    lane_kind = {lane.id: lane.kind for lane in journey.lanes}
    graph = nx.DiGraph(journey=journey.id)
    graph.add_nodes_from(
        (
            card.id,
            {
                "stage": card.stage,
                "lane": card.lane,
                "stage_index": stage_index[card.stage],
                "touchpoint": lane_kind[card.lane] == "channel",
                "title": card.title,
                "emotion": card.emotion,
                "owner": card.owner,
                "status": card.status,
                "key": card.key_touchpoint,
            },
        )
        for card in journey.cards
    )
    graph.add_edges_from(
        (link.source, link.target, {"id": link.id, "label": link.label})
        for link in journey.connections
    )
    return graph


def _touchpoints(graph: nx.DiGraph) -> list[str]:
    return [node for node, data in graph.nodes(data=True) if data["touchpoint"]]


def unreachable_from_start(graph: nx.DiGraph) -> list[str]:
    """Touchpoints no path leads to from the touchpoints of the first stage that has any."""
    import networkx as nx

    touchpoints = _touchpoints(graph)
    if not touchpoints:
        return []
    first = min(graph.nodes[n]["stage_index"] for n in touchpoints)
    starts = [n for n in touchpoints if graph.nodes[n]["stage_index"] == first]
    reached = set(starts).union(*(nx.descendants(graph, s) for s in starts))
    return [n for n in touchpoints if n not in reached]


def dead_ends(graph: nx.DiGraph, stage_count: int) -> list[str]:
    """Touchpoints with no way onward that are not in the last stage."""
    last = stage_count - 1
    return [
        n for n in _touchpoints(graph)
        if graph.out_degree(n) == 0 and graph.nodes[n]["stage_index"] < last
    ]


def cards_per_cell(journey: Journey) -> Counter[tuple[str, str]]:
    """How many cards each (stage id, lane id) cell holds; empty cells are absent."""
    return Counter((card.stage, card.lane) for card in journey.cards)


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
