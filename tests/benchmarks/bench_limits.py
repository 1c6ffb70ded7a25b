"""The largest files the format's limits allow: validate, open in the editor, check and
export each, with wall time and peak memory (the child's maximum resident set).

Run: python tests/benchmarks/bench_limits.py [--shapes cards titles entries text]
         [--ops validate open check pdf]
Target (issue 12): every shape opens in the editor in under 10 s and 1.5 GB.

Shapes, each at the limits of `model.types` and `fileformat.reader`:
  cards    MAX_FILE_CARDS cards and as many connections, MAX_CARDS per journey
  titles   one journey of MAX_CARDS cards with titles of MAX_NAME characters (the layout's
           worst case: every title wraps to many lines) and MAX_CARDS connections
  entries  MAX_FILE_ENTRIES comments (the small items a file could hold millions of)
  text     the file filled to MAX_FILE_BYTES with texts of MAX_TEXT characters
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from journey_editor.fileformat import integrity  # noqa: E402
from journey_editor.fileformat.reader import MAX_FILE_BYTES, parse_workspace  # noqa: E402
from journey_editor.fileformat.writer import encode_workspace  # noqa: E402
from journey_editor.model.types import (  # noqa: E402
    MAX_CARDS,
    MAX_FILE_CARDS,
    MAX_FILE_ENTRIES,
    MAX_NAME,
    MAX_TEXT,
    Card,
    Comment,
    Journey,
    Persona,
    Workspace,
)
from tests.benchmarks.bigmap import WORDS, big_workspace  # noqa: E402

TARGET_S, TARGET_MB = 10.0, 1536.0


def _file(title: str, journeys: list[Journey]) -> Workspace:
    from journey_editor.model.types import new_workspace

    return new_workspace(title, personas=[Persona(id="p1", name="Ann")], journeys=journeys)


def _cards() -> Workspace:
    """Realistic cards (the benchmark map's), MAX_CARDS to a journey, to the file limit."""
    journeys = []
    for n in range(MAX_FILE_CARDS // MAX_CARDS):
        journey = big_workspace(cards=MAX_CARDS, connections=MAX_CARDS + 200, seed=n).journeys[0]
        journey.id, journey.name = f"j{n}", f"Journey {n + 1}"
        journey.connections = journey.connections[:MAX_CARDS]
        journeys.append(journey)
    return _file("Largest by cards", journeys)


def _titles() -> Workspace:
    journey = big_workspace(cards=MAX_CARDS, connections=MAX_CARDS + 200).journeys[0]
    journey.connections = journey.connections[:MAX_CARDS]
    sentence = " ".join(WORDS)
    for card in journey.cards:
        card.title = (f"{card.id} " + sentence * (MAX_NAME // len(sentence) + 1))[:MAX_NAME]
    return _file("Largest by titles", [journey])


def _entries() -> Workspace:
    journey = big_workspace(cards=MAX_FILE_ENTRIES // 1_000, connections=0).journeys[0]
    room = MAX_FILE_ENTRIES - integrity.entries(journey)
    for card in journey.cards:
        take = min(1_000 - len(card.comments), room)
        card.comments += [Comment(text=f"Comment {i}") for i in range(take)]
        room -= take
    return _file("Largest by entries", [journey])


def _text() -> Workspace:
    """Cards whose seven long text fields are full, until the file is nearly full."""
    journey = big_workspace(cards=1, connections=0).journeys[0]
    fields = ("notes", "customer_goal", "expectations", "pain_points", "desired_think",
              "desired_do", "desired_feel")
    text = (" ".join(WORDS) * (MAX_TEXT // 20))[:MAX_TEXT]
    per_card = len(fields) * (MAX_TEXT + 40) + 300
    count = (MAX_FILE_BYTES - 200_000) // per_card
    template = journey.cards[0]
    journey.cards = [Card(id=f"c{i}", stage=template.stage, lane=template.lane, title=f"Card {i}",
                          **{name: text for name in fields}) for i in range(count)]
    return _file("Largest by text", [journey])


SHAPES: dict[str, Callable[[], Workspace]] = {
    "cards": _cards, "titles": _titles, "entries": _entries, "text": _text}


def _open_in_editor(path: str) -> None:
    """The child of the "open" operation: the editor's window on the file, first paint."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from tests.benchmarks.bench_edits import open_window

    app, window = open_window(path)
    window.view.viewport().repaint()
    del app


def _commands(path: str, out: str) -> dict[str, list[str]]:
    tool = [sys.executable, "-m", "journey_editor"]
    return {
        "validate": [*tool, "validate", path],
        "open": [sys.executable, __file__, "--open", path],
        "check": [*tool, "check", path],
        "pdf": [*tool, "export", path, "--pdf", out],
    }


def _measure(command: list[str]) -> tuple[float, float, str]:
    """(seconds, peak MB, what went wrong or "") of one run under /usr/bin/time -v."""
    start = time.perf_counter()
    run = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True,
                         cwd=ROOT, timeout=1800)
    seconds = time.perf_counter() - start
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    failed = "" if run.returncode == 0 else (run.stderr.strip().splitlines() or ["?"])[0][:40]
    return seconds, int(peak[1]) / 1024 if peak else float("nan"), failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    parser.add_argument("--ops", nargs="+", choices=["validate", "open", "check", "pdf"],
                        default=["validate", "open", "check", "pdf"])
    parser.add_argument("--open", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.open:
        _open_in_editor(args.open)
        return
    print(f"{'shape':8} {'file MB':>8} {'cards':>8}  " + "  ".join(
        f"{op + ' s':>9} {op + ' MB':>9}" for op in args.ops))
    over = False
    with tempfile.TemporaryDirectory() as folder:
        for shape in args.shapes:
            workspace = SHAPES[shape]()
            data = encode_workspace(workspace)
            parse_workspace(data, shape)  # a file the reader takes, at its limits
            path = Path(folder) / f"{shape}.journey"
            path.write_bytes(data)
            cards = sum(len(j.cards) for j in workspace.journeys)
            del workspace
            row = f"{shape:8} {len(data) / 2**20:8.1f} {cards:8,}  "
            for op in args.ops:
                seconds, peak, failed = _measure(_commands(str(path), f"{folder}/out.pdf")[op])
                row += f"{seconds:9.2f} {peak:9.0f}  " if not failed else f"{failed:>19}  "
                over |= op == "open" and (seconds > TARGET_S or peak > TARGET_MB)
            print(row, flush=True)
    print(f"target: open < {TARGET_S:.0f} s and < {TARGET_MB:.0f} MB: "
          + ("MISSED" if over else "met"))
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
