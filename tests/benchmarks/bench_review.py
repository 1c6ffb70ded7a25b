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
Targets (issue 13): `check` on the 5,000-card map <= 150 ms; a 100,000-card chain
<= 2 s and <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from journey_editor.model.types import (  # noqa: E402
    Card, Connection, Journey, Lane, Persona, Stage, Workspace, new_workspace,
)

ROWS = ("map5000", "review5000", "chain1000", "chain4000", "chain100000", "check4x25000")


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


def _big_map() -> Workspace:
    from tests.benchmarks.bigmap import big_workspace

    return big_workspace(5000, 5000)


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


def _child(row: str, path: str | None) -> None:
    result = _check_child(path) if path else _review_child(row)
    print(json.dumps({**result, "peak_mb": _peak_mb()}))


# --- parent ------------------------------------------------------------------------------

def _file_for(row: str, folder: Path) -> str | None:
    from journey_editor.fileformat.writer import encode_workspace

    if row == "map5000":
        workspace = _big_map()
    elif row == "check4x25000":
        workspace = _workspace([chain_journey(25_000, f"j{n}") for n in range(4)])
    else:
        return None
    path = folder / f"{row}.journey"
    path.write_bytes(encode_workspace(workspace))
    return str(path)


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
    return (f"{row:14} {out['seconds'] * 1000:10.1f} {out['peak_mb']:9.0f} "
            f"{out['before_mb']:10.0f} {wall:8.2f} {findings:>9}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", nargs="+", choices=ROWS, default=list(ROWS))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per row")
    parser.add_argument("--child", choices=ROWS, help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.file)
        return
    print(f"{'row':14} {'ms':>10} {'peak MB':>9} {'input MB':>10} {'wall s':>8} {'findings':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for row in args.rows:
            print(_measure(row, _file_for(row, Path(folder)), args.timeout), flush=True)
    print("ms: the review alone (review rows) or the whole command (map5000, check4x25000);"
          " input MB: peak before the review; wall s: the child process")


if __name__ == "__main__":
    main()
