"""Review benchmark: the automated review (`check`, the Review dock) on big maps.

Run: python tests/benchmarks/bench_review.py [--rows map5000 chain1000 ...] [--timeout 120]
Each row runs in a fresh child process; the table shows its wall time and peak memory
(the child's maximum resident set), and for the in-memory rows the memory the journey
alone took before the review started.

Rows:
  map5000       `check` on the benchmark map (big_workspace(5000, 5000)), whole command
  review5000    review() of the same map, in memory
  chainN        review() of a chain of N touchpoints in one stage, c0 -> c1 -> ... (every
                card is a start card: the old code ran one search per card)
  check4x25000  `check` on a file of 4 journeys, each a 25,000-card chain (the file
                format allows at most 25,000 cards per journey)
  dockN         the Review dock on big_workspace(N, N), offscreen: a card's owner is
                cleared; ms is the longest the GUI thread did not run (a 1 ms timer's
                largest gap) from the edit until the new findings are shown and laid
                out; "shown after" is when they were shown (medians of 3 edits)
Targets (issue 13): `check` on the 5,000-card map <= 150 ms; a 100,000-card chain
<= 2 s and <= 300 MB; the dock never blocks the window more than a frame (16 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from journey_editor.model.types import (  # noqa: E402
    Card,
    Connection,
    Journey,
    Lane,
    Persona,
    Stage,
    Workspace,
    new_workspace,
)

EDITS = 3  # edits per dock row, each on another card: the figures are their medians
ROWS = ("map5000", "review5000", "chain1000", "chain4000", "chain100000", "check4x25000",
        "dock5000", "dock25000")


def chain_journey(cards: int, journey_id: str = "chain") -> Journey:
    """N owned touchpoints in one stage and one channel lane, each connected to the next."""
    return Journey(
        id=journey_id, name=f"Chain {journey_id}", persona="p1",
        stages=[Stage(id="s", name="Stage")],
        lanes=[Lane(id="web", name="Website", kind="channel")],
        cards=[Card(id=f"c{i}", stage="s", lane="web", title=f"Step {i}", owner="Support")
               for i in range(cards)],
        connections=[Connection(id=f"k{i}", source=f"c{i}", target=f"c{i + 1}")
                     for i in range(cards - 1)])


def _workspace(journeys: list[Journey]) -> Workspace:
    return new_workspace("Review benchmark", personas=[Persona(id="p1", name="Ann")],
                         journeys=journeys)


def _big_map(cards: int = 5000) -> Workspace:
    from tests.benchmarks.bigmap import big_workspace

    return big_workspace(cards, cards)


# --- children ----------------------------------------------------------------------------

def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _review_child(row: str) -> dict[str, float]:
    """Builds the row's journey, then times one review of it."""
    from journey_editor.analysis.review import review

    journey = _big_map().journeys[0] if row == "review5000" else chain_journey(
        int(row.removeprefix("chain")))
    before = _peak_mb()
    start = time.perf_counter()
    findings = review(journey)
    return {"seconds": time.perf_counter() - start, "before_mb": before,
            "findings": len(findings)}


def _check_child(path: str) -> dict[str, float]:
    """The whole `check` command, as a user runs it, in this process (output dropped)."""
    import runpy

    sys.argv = ["journey-editor", "check", path]
    start = time.perf_counter()
    with open(os.devnull, "w") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            runpy.run_module("journey_editor", run_name="__main__")
        except SystemExit:
            pass
        finally:
            sys.stdout = stdout
    return {"seconds": time.perf_counter() - start, "before_mb": float("nan"), "findings": -1}


def _dock_child(row: str) -> dict[str, float]:
    """The Review dock alone, offscreen: the GUI thread's longest stall after an edit."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from journey_editor.editor import commands
    from journey_editor.editor.document import Document
    from journey_editor.ui.review_panel import ReviewPanel

    app = QApplication([])
    cards = int(row.removeprefix("dock"))
    document = Document(_big_map(cards))
    before = _peak_mb()
    panel = ReviewPanel(document)
    panel.resize(360, 900)
    shown: list[float] = []
    panel.reviewed.connect(lambda: shown.append(time.perf_counter()))
    gaps, last = [0.0], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer(interval=1, timeout=tick)
    ticker.start()

    def settle(action: Callable[[], object]) -> tuple[float, float]:
        """(longest stall, seconds until shown) of `action` and what follows it."""
        shown.clear()
        start = time.perf_counter()
        action()
        gaps[:] = [time.perf_counter() - last[0]]
        while not shown or time.perf_counter() - shown[0] < 1.0:  # then batched layout
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()
        return max(gaps), shown[0] - start

    settle(panel.show)
    runs = [settle(lambda card=card: document.push(commands.make_edit(  # type: ignore[misc]
        document, "big", "card", card.id, {"owner": ""})))
        for card in document.journey("big").cards[:EDITS]]
    del app
    stall, latency = (statistics.median(values) for values in zip(*runs, strict=True))
    return {"seconds": stall, "before_mb": before, "findings": len(panel.findings),
            "latency": latency}


def _child(row: str, path: str | None) -> None:
    if path:
        result = _check_child(path)
    elif row.startswith("dock"):
        result = _dock_child(row)
    else:
        result = _review_child(row)
    print(json.dumps({**result, "peak_mb": _peak_mb()}))


# --- parent ------------------------------------------------------------------------------

FILE_ROWS = ("map5000", "check4x25000")


def _make_file(row: str, path: str) -> None:
    """Writes the row's map (a child of its own: a child inherits its parent's peak
    memory, so the parent stays small)."""
    from journey_editor.fileformat.writer import encode_workspace

    workspace = _big_map() if row == "map5000" else _workspace(
        [chain_journey(25_000, f"j{n}") for n in range(4)])
    Path(path).write_bytes(encode_workspace(workspace))


def _file_for(row: str, folder: Path) -> str | None:
    if row not in FILE_ROWS:
        return None
    path = str(folder / f"{row}.journey")
    subprocess.run([sys.executable, __file__, "--make", row, path], check=True, cwd=ROOT)
    return path


def _measure(row: str, path: str | None, timeout: float) -> str:
    command = [sys.executable, __file__, "--child", row, *(["--file", path] if path else [])]
    start = time.perf_counter()
    try:
        run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                             check=False)
    except subprocess.TimeoutExpired:
        return f"{row:14} {'> ' + format(timeout, '.0f') + ' s':>10}"
    wall = time.perf_counter() - start
    if run.returncode != 0:
        return f"{row:14} failed: {run.stderr.strip().splitlines()[-1][:60]}"
    out = json.loads(run.stdout.strip().splitlines()[-1])
    findings = "" if out["findings"] < 0 else f"{out['findings']:9,}"
    latency = f"{out['latency'] * 1000:12.0f}" if "latency" in out else ""
    return (f"{row:14} {out['seconds'] * 1000:10.1f} {out['peak_mb']:9.0f} "
            f"{out['before_mb']:10.0f} {wall:8.2f} {findings:>9} {latency}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", nargs="+", choices=ROWS, default=list(ROWS))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per row")
    parser.add_argument("--child", choices=ROWS, help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--make", nargs=2, metavar=("ROW", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        _make_file(*args.make)
        return
    if args.child:
        _child(args.child, args.file)
        return
    print(f"{'row':14} {'ms':>10} {'peak MB':>9} {'input MB':>10} {'wall s':>8} {'findings':>9}"
          f" {'shown after':>12}")
    with tempfile.TemporaryDirectory() as folder:
        for row in args.rows:
            print(_measure(row, _file_for(row, Path(folder)), args.timeout), flush=True)
    print("ms: the review alone (review, chain), the whole command (map5000, check4x25000),"
          " the longest GUI stall (dock); input MB: peak before the review; wall s: the child")


if __name__ == "__main__":
    main()
