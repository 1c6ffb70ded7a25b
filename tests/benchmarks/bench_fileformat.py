"""File format benchmark: load+validate, atomic save, a reachability search on a 5,000-card map.

Run: python tests/benchmarks/bench_fileformat.py [--repeat 15]
Prints a table of medians, each next to plain json on the same bytes in the same run.
Targets (issue 2): load+validate <= 0.5x json.loads; atomic save with fsync < 60 ms;
reachability search < 50 ms; `import journey_editor.cli` imports no PySide6, networkx, reportlab.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journey_editor.fileformat import encode_workspace, parse_workspace, save_workspace  # noqa: E402
from journey_editor.model.graph import reached_from  # noqa: E402
from tests.benchmarks.bigmap import big_workspace  # noqa: E402


def median_ms(action: Callable[[], object], repeat: int) -> float:
    for _ in range(3):  # warm-up: allocator arenas, caches
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def import_report() -> tuple[float, list[str]]:
    """Cumulative import time of journey_editor.cli (ms) and any heavy module it pulled in."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import journey_editor.cli"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2],
    )
    heavy, total = set(), 0.0
    for line in result.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3 or not parts[1].isdigit():
            continue
        name = parts[2].strip()
        if name.split(".")[0] in {"PySide6", "shiboken6", "networkx", "reportlab"}:
            heavy.add(name.split(".")[0])
        if name == "journey_editor.cli":
            total = int(parts[1]) / 1000
    return total, sorted(heavy)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=31)
    parser.add_argument("--cards", type=int, default=5_000)
    args = parser.parse_args()

    workspace = big_workspace(cards=args.cards, connections=args.cards)
    data = encode_workspace(workspace)
    raw = json.loads(data)
    folder = Path(tempfile.mkdtemp())
    target = folder / "big.journey"
    journey = workspace.journeys[0]

    rows = [
        ("load + validate", median_ms(lambda: parse_workspace(data, "big.journey"), args.repeat),
         "json.loads", median_ms(lambda: json.loads(data), args.repeat), "<= 0.5x"),
        ("atomic save (fsync)", median_ms(lambda: save_workspace(workspace, target), args.repeat),
         "json.dumps", median_ms(lambda: json.dumps(raw, indent=2), args.repeat), "< 60 ms"),
        ("reachability search", median_ms(lambda: reached_from(
            ((k.source, k.target) for k in journey.connections), [journey.cards[0].id]),
            args.repeat), "", float("nan"), "< 50 ms"),
    ]
    print(f"{args.cards} cards, {len(journey.connections)} connections, "
          f"{len(journey.stages)} stages x {len(journey.lanes)} lanes, "
          f"{len(data) / 2**20:.1f} MiB, median of {args.repeat}")
    print(f"{'operation':<22}{'ms':>9}   {'baseline':<11}{'ms':>9}{'ratio':>8}   target")
    for name, ms, base_name, base_ms, target_text in rows:
        ratio = f"{ms / base_ms:.2f}x" if base_name else ""
        base = f"{base_ms:9.1f}" if base_name else " " * 9
        print(f"{name:<22}{ms:9.1f}   {base_name:<11}{base}{ratio:>8}   {target_text}")
    total, heavy = import_report()
    print(f"import journey_editor.cli: {total:.1f} ms; heavy modules imported: {heavy or 'none'}")


if __name__ == "__main__":
    main()
