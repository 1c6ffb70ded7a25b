"""The heat overlay's colours: cards coloured by their latest value of a metric."""

from __future__ import annotations

from journey_editor.model.types import Journey

HEAT_STOPS = ((0.0, (0xe0, 0x6c, 0x5f)), (0.5, (0xf2, 0xb9, 0x4b)), (1.0, (0x7c, 0xc0, 0x7a)))


def heat_colour(t: float) -> str:
    """#rrggbb on the red (0) -> amber (0.5) -> green (1) scale."""
    t = min(1.0, max(0.0, t))
    for (t0, c0), (t1, c1) in zip(HEAT_STOPS, HEAT_STOPS[1:], strict=False):
        if t <= t1:
            f = (t - t0) / (t1 - t0)
            return "#" + "".join(f"{round(a + (b - a) * f):02x}"
                                 for a, b in zip(c0, c1, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*HEAT_STOPS[-1][1])


def heat_fills(journey: Journey, metric_name: str | None,
               ) -> tuple[dict[str, str], tuple[float, float] | None]:
    """Each card's fill for `metric_name` (none: cards without a value), red (lowest) to
    amber to green (highest), and the values' range for the legend; ({}, None) with no
    metric or no values."""
    if metric_name is None:
        return {}, None
    from journey_editor.model import survey  # the CSV machinery: only once a heat map shows

    values = survey.latest_values(journey, metric_name)
    if not values:
        return {}, None
    low, high = min(values.values()), max(values.values())
    span = high - low
    return ({card_id: heat_colour((v - low) / span if span else 1.0)
             for card_id, v in values.items()}, (low, high))
