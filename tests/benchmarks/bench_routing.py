"""Arrow benchmark: routing all connections of a big map, and building their canvas items.

Run: python tests/benchmarks/bench_routing.py [--runs 5] [--sizes 5000 20000]
Maps from bigmap.big_workspace(n, n). "before" is the frozen implementation the tests
compare against (tests/unit/_routing_v1.py, tests/gui/_connection_item_v1.py), "after" the
current one, timed in turn in the same process; the table shows medians in ms. Targets
(issue 13): routing and item creation of 20,000 connections each well under 300 ms. The
"one card moved" row times the Router (layout/rerouting.py) routing the map again after
one card moved (and, for its state, back: so that row's figure is two re-routings).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journey_editor.layout import engine, routing
from journey_editor.layout.geometry import ConnectionPath
from journey_editor.layout.rerouting import Router
from tests.benchmarks.bigmap import big_workspace
from tests.unit import _routing_v1

RouteArgs = tuple[list[routing.Link], list[float], Any, float]


def route_args(cards: int) -> RouteArgs:
    """What the layout engine hands route_all for a big map (caught on its way in)."""
    caught: list[RouteArgs] = []

    def spy(*args: Any) -> list[ConnectionPath]:
        caught.append(args)  # type: ignore[arg-type]
        return routing.route_all(*args)

    engine.route_all, real = spy, engine.route_all  # type: ignore[assignment]
    try:
        engine.lay_out(big_workspace(cards, cards).journeys[0])
    finally:
        engine.route_all = real  # type: ignore[assignment]
    return caught[0]


def medians_ms(before: Callable[[], object], after: Callable[[], object], runs: int,
               ) -> tuple[float, float]:
    """Median ms of each, run in turn (before, after, before, ...): a busy machine then
    slows both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for run, spent in zip((before, after), times, strict=True):
            start = time.perf_counter()
            kept = run()  # freed after the clock stops: creation only, not deletion
            # With the collector paused while routing, its pass over the new objects
            # comes later, on the next allocations: count it here.
            gc.collect(0)
            spent.append((time.perf_counter() - start) * 1000)
            del kept
    return statistics.median(times[0]), statistics.median(times[1])


def _moved_card(links: list[routing.Link]) -> list[routing.Link]:
    """The links after the first link's source card moved 3 points down."""
    card, box = links[0].source, links[0].src
    moved = box._replace(y=box.y + 3.0)
    return [link._replace(src=moved) if link.source == card else
            link._replace(dst=moved) if link.target == card else link for link in links]


def _route_twice(router: Router, links: list[routing.Link], moved: list[routing.Link],
                 *frame: Any) -> list[ConnectionPath]:
    """The moved map's arrows, then the first map's again (the router's state back)."""
    paths = router.route(moved, *frame)
    router.route(links, *frame)
    return paths


def items(paths: Sequence[ConnectionPath], make: Callable[[ConnectionPath], object],
          ) -> Callable[[], object]:
    return lambda: [make(path) for path in paths]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[5000, 20000])
    options = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from journey_editor.canvas.items import ConnectionItem
    from journey_editor.layout.style import Style
    from tests.gui._connection_item_v1 import OldConnectionItem

    app = QApplication.instance() or QApplication([])  # noqa: F841  (items need one)
    style = Style()
    print(f"| figure (median of {options.runs}, ms) | before | after |")
    print("|---|---|---|")
    for n in options.sizes:
        links, edges, grid, room = route_args(n)
        args = (links, edges, grid, room)
        old, new = medians_ms(partial(_routing_v1.route_all, *args),
                              partial(routing.route_all, *args), options.runs)
        print(f"| route_all, {n:,} cards / {len(links):,} arrows | {old:.0f} | {new:.0f} |")
        moved = _moved_card(links)
        router = Router()
        router.route(links, edges, grid, room)
        full, again = medians_ms(partial(routing.route_all, moved, edges, grid, room),
                                 partial(_route_twice, router, links, moved, edges, grid, room),
                                 options.runs)
        print(f"| one card moved, routed again (before: route_all; after: Router) | {full:.0f}"
              f" | {again:.1f} |")
        paths = routing.route_all(links, edges, grid, room)
        old, new = medians_ms(items(paths, lambda p: OldConnectionItem(p, style)),
                              items(paths, lambda p: ConnectionItem(p, style)), options.runs)
        print(f"| ConnectionItem x {len(paths):,} | {old:.0f} | {new:.0f} |", flush=True)


if __name__ == "__main__":
    main()
