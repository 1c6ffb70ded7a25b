"""Live session on loopback: latency from a local edit to the other participants' maps,
p50 / p95, with the host and 3 participants, and the rate of edits the session keeps
up with before that latency passes 100 ms.

All of them run in this one process and thread, as the tests do: each edit is
applied by the host's gate and by every other participant one after the other, so
the figures are pessimistic for a room of laptops, where each does its share at
once. A sample is one edit's arrival in one participant's model (its remote steps
applied, the Changes the scene repaints from announced); "all" waits for the last.

Two kinds of edit: renames (a card's fields: only that card is read back) and moves
(a card to another cell: its whole journey is read back, see `session.incoming`).

With --windows: a Journey Editor window for the host and each participant, and the
latency until the other windows' maps have repainted (tests/benchmarks/session_windows.py).

    python tests/benchmarks/bench_session.py [--cards 0,1000] [--edits 200] [--kind move]
    python tests/benchmarks/bench_session.py --windows [--edits 100]

The windows measure the sample map only: a card outside a window's viewport is not
repainted, so a paint is no signal there; the first table covers the big maps.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journey_editor.model.edits import Change, Edit, MoveCards, Step
from journey_editor.model.types import Workspace
from tests.benchmarks.bigmap import big_workspace
from tests.factories import small_workspace
from tests.session_support import Participant, converged, start_host

RATES = (5, 10, 20, 50, 100, 200, 400, 800)  # edits per second, over the participants


class Watch:
    """Times when each edit's token reaches each participant's model."""

    def __init__(self, participants: list[Participant]) -> None:
        self.sent: dict[str, float] = {}
        self.arrived: dict[str, list[float]] = {}
        for participant in participants:
            peer = participant.peer
            notify = peer.notify
            peer.notify = lambda change, p=participant, n=notify: self._seen(p, change, n)

    def _seen(self, participant: Participant, change: Change, notify: object) -> None:
        if change.kind == "card" and change.fields and "title" in change.fields:
            journey = participant.workspace.journey(change.journey or "")
            for card in journey.cards:
                if card.id in change.ids and card.title in self.sent:
                    self.arrived.setdefault(card.title, []).append(time.perf_counter())
        notify(change)  # type: ignore[operator]

    def latencies(self, receivers: int) -> tuple[list[float], list[float]]:
        each, whole = [], []
        for token, sent in self.sent.items():
            times = [t - sent for t in self.arrived.get(token, [])]
            each += times
            whole.append(max(times) if len(times) == receivers else float("inf"))
        return each, whole


async def run(workspace: Workspace, rate: float, edits: int,
              kind: str) -> tuple[list[float], list[float], float]:
    server, host = await start_host(workspace)
    guests = [Participant(f"guest{i}", server.port) for i in range(3)]
    for guest in guests:
        guest.start()
        await guest.connected()
    await converged([host, *guests], timeout=120)
    journey = workspace.journeys[0]
    cards = [c.id for c in journey.cards]
    watch = Watch([host, *guests])
    rng = random.Random(3)
    started = time.perf_counter()
    for index in range(edits):
        guest = guests[index % 3]
        token = f"edit {index}"
        watch.sent[token] = time.perf_counter()
        card = rng.choice(cards)
        steps: list[Step] = [Edit(journey.id, "card", card, {"title": token})]
        if kind == "move":
            cell = (rng.choice(journey.stages).id, rng.choice(journey.lanes).id)
            steps.insert(0, MoveCards(journey.id, "card", [(card, *cell)]))
        guest.edit(steps)
        await asyncio.sleep(1 / rate)
    achieved = edits / (time.perf_counter() - started)  # the loop also does all the work
    await asyncio.sleep(1.0)  # the last edits arrive
    for participant in [host, *guests]:
        await participant.stop()
    await server.stop()
    return (*watch.latencies(receivers=3), achieved)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", default="0,1000", help="map sizes (0: the small sample)")
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--kind", choices=("rename", "move"), default="rename")
    parser.add_argument("--windows", action="store_true", help="to the other windows' paint")
    args = parser.parse_args()
    if args.windows:
        windows(args)
        return
    print(f"{'cards':>6} {'asked/s':>8} {'made/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'all p50':>8} {'all p95':>8}")
    for size in (int(s) for s in args.cards.split(",")):
        kept_up = 0.0
        for rate in RATES:
            workspace = (small_workspace() if size == 0
                         else big_workspace(cards=size, connections=size, stages=20, lanes=12))
            each, whole, made = asyncio.run(run(workspace, rate, args.edits, args.kind))
            p95_all = percentile(whole, 0.95)
            print(f"{size or len(workspace.journeys[0].cards):>6} {rate:>8} {made:>8.0f} "
                  f"{percentile(each, 0.5) * 1000:>8.1f} {percentile(each, 0.95) * 1000:>8.1f} "
                  f"{statistics.median(whole) * 1000:>8.1f} {p95_all * 1000:>8.1f}", flush=True)
            if p95_all > 0.1:
                break
            kept_up = made
        print(f"       kept up with {kept_up:.0f} edits/s (p95 of the last arrival <= 100 ms)")


def windows(args: argparse.Namespace) -> None:
    from tests.benchmarks.session_windows import measure, measure_presence

    for what, run_one in (("command pushed -> other windows' map repainted", measure),
                          ("card selected -> outlined with the name in the others' maps",
                           measure_presence)):
        print(f"{'cards':>6} {'acts/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'all p50':>8} "
              f"{'all p95':>8}   ({what})")
        for rate in (5, 20):
            workspace = small_workspace()
            each, whole = run_one(workspace, args.edits, 1 / rate)
            print(f"{len(workspace.journeys[0].cards):>6} {rate:>8} "
                  f"{percentile(each, 0.5) * 1000:>8.1f} "
                  f"{percentile(each, 0.95) * 1000:>8.1f} "
                  f"{statistics.median(whole) * 1000:>8.1f} "
                  f"{percentile(whole, 0.95) * 1000:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
