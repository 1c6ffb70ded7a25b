"""A large, realistic workspace for benchmarks: stages x lanes grid, cards and connections."""

from __future__ import annotations

import datetime as dt
import random

from journey_editor.model.types import (
    Card,
    Connection,
    Journey,
    Lane,
    Metric,
    Persona,
    Stage,
    Workspace,
    new_workspace,
)

WORDS = ("order status e-mail checkout delivery review support invoice store app call "
         "chat refund survey ad search catalog payment coupon unboxing return").split()


def big_workspace(cards: int = 5_000, connections: int = 5_000, stages: int = 30,
                  lanes: int = 40, seed: int = 1) -> Workspace:
    rng = random.Random(seed)
    stage_list = [Stage(id=f"s{i}", name=f"Stage {i + 1}") for i in range(stages)]
    kinds = ["channel"] * (lanes - 4) + ["text", "text", "text", "emotion"]
    lane_list = [Lane(id=f"l{i}", name=f"Lane {i + 1}", kind=kind)  # type: ignore[arg-type]
                 for i, kind in enumerate(kinds)]
    card_list = [
        Card(
            id=f"c{i}",
            stage=stage_list[i % stages].id,
            lane=lane_list[(i // stages) % lanes].id,
            title=" ".join(rng.choices(WORDS, k=rng.randint(2, 7))).capitalize(),
            notes=" ".join(rng.choices(WORDS, k=rng.randint(0, 30))),
            owner=rng.choice(["Marketing", "Sales", "Support", "Logistics", ""]),
            emotion=rng.choice([None, -3, -2, -1, 0, 1, 2, 3]),
            key_touchpoint=rng.random() < 0.1,
            status=rng.choice(["draft", "validated"]),
            metrics=[Metric(name="CSAT", value=round(rng.uniform(1, 5), 1),
                            date=dt.date(2026, 10, 1))] if rng.random() < 0.2 else [],
        )
        for i in range(cards)
    ]
    # Customers move forward: each connection goes to a card in the same or the next
    # stage, as the paths of a real map do, but in any lane of it: long vertical runs,
    # a harder case for routing and repainting than a real map's nearby lanes (measured:
    # an added card costs about the same with targets within 3 lanes, 233 vs 225 ms).
    by_stage: dict[str, list[str]] = {}
    for card in card_list:
        by_stage.setdefault(card.stage, []).append(card.id)
    links = []
    for i in range(connections):
        source = card_list[rng.randrange(cards)]
        stage_index = int(source.stage[1:])
        next_stage = f"s{min(stage_index + rng.choice((0, 1, 1)), stages - 1)}"
        target = rng.choice(by_stage[next_stage])
        if target != source.id:
            links.append(Connection(id=f"k{i}", source=source.id, target=target))
    journey = Journey(id="big", name="Big journey", persona="p1", stages=stage_list,
                      lanes=lane_list, cards=card_list, connections=links)
    return new_workspace("Benchmark map", personas=[Persona(id="p1", name="Ann")],
                         journeys=[journey])
