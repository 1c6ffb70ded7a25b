"""Moving around the grid with the keyboard: which cell or card is next (no Qt)."""

from __future__ import annotations

from journey_editor.layout.geometry import JourneyLayout

Cell = tuple[str, str]  # (stage id, lane id)


def neighbour(layout: JourneyLayout, cell: Cell, d_stage: int, d_lane: int) -> Cell | None:
    stages, lanes = list(layout.columns), list(layout.rows)
    s = stages.index(cell[0]) + d_stage
    ln = lanes.index(cell[1]) + d_lane
    if 0 <= s < len(stages) and 0 <= ln < len(lanes):
        return stages[s], lanes[ln]
    return None


def cards_in(layout: JourneyLayout, cell: Cell) -> list[str]:
    return [box.id for box in layout.cards.values() if (box.stage, box.lane) == cell]


def reading_order(layout: JourneyLayout) -> list[str]:
    """Cards lane by lane, stage by stage, then as they stack in their cell."""
    stage_index = {s: i for i, s in enumerate(layout.columns)}
    lane_index = {ln: i for i, ln in enumerate(layout.rows)}
    return sorted(layout.cards, key=lambda c: (lane_index[layout.cards[c].lane],
                                               stage_index[layout.cards[c].stage],
                                               layout.cards[c].rect.y, layout.cards[c].rect.x))


def step_card(layout: JourneyLayout, current: str | None, step: int) -> str | None:
    order = reading_order(layout)
    if not order:
        return None
    if current not in layout.cards:
        return order[0] if step > 0 else order[-1]
    return order[(order.index(current) + step) % len(order)]  # type: ignore[arg-type]


def arrow_target(layout: JourneyLayout, cell: Cell, card: str | None, d_stage: int,
                 d_lane: int) -> tuple[Cell, str | None]:
    """Where an arrow key goes: up/down first walk the cards stacked in the cell, then
    the next cell; the result is the cell and the card to select there (if any)."""
    if card is not None and d_lane:
        stacked = cards_in(layout, cell)
        i = stacked.index(card) + d_lane if card in stacked else -1
        if 0 <= i < len(stacked):
            return cell, stacked[i]
    target = neighbour(layout, cell, d_stage, d_lane)
    if target is None:
        return cell, card
    there = cards_in(layout, target)
    if not there:
        return target, None
    return target, there[0] if d_lane >= 0 else there[-1]
